import os
import shutil
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, env=None, tmp_path):
    """manage.py in a child process with only the given environment (and an empty data folder)."""
    clean = {"PATH": os.environ["PATH"], "DJANGO_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env={**clean, **(env or {})},
        capture_output=True, text=True, timeout=60,
    )


def test_missing_secret_key_with_debug_off_stops_with_a_clear_message(tmp_path):
    result = run_manage("check", tmp_path=tmp_path)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY saknas" in result.stderr


def test_secret_key_from_the_data_folder_is_used_when_the_variable_is_unset(tmp_path):
    (tmp_path / "secret_key").write_text("k" * 60)
    result = run_manage("shell", "--no-imports", "-c", "from django.conf import settings; print(settings.SECRET_KEY)",
                        tmp_path=tmp_path)
    assert result.stdout.strip() == "k" * 60


def test_debug_is_off_unless_asked_for(tmp_path):
    code = "from django.conf import settings; print(settings.DEBUG)"
    off = run_manage("shell", "--no-imports", "-c", code, env={"DJANGO_SECRET_KEY": "x" * 60}, tmp_path=tmp_path)
    on = run_manage("shell", "--no-imports", "-c", code, env={"DJANGO_DEBUG": "1"}, tmp_path=tmp_path)
    assert off.stdout.strip() == "False"
    assert on.stdout.strip() == "True"


def test_check_deploy_with_production_environment_has_no_warnings(tmp_path):
    production = {
        "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "x9Q!" * 15,
        "DJANGO_ALLOWED_HOSTS": "jobba.forsakringskassan.se",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://jobba.forsakringskassan.se",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
        "DJANGO_SITE_URL": "https://jobba.forsakringskassan.se",
    }
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production, tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_without_the_site_url(tmp_path):
    production = {
        "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "x9Q!" * 15,
        "DJANGO_ALLOWED_HOSTS": "jobba.forsakringskassan.se",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://jobba.forsakringskassan.se",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
    }
    for site_url in (None, "jobba.forsakringskassan.se"):
        env = production if site_url is None else {**production, "DJANGO_SITE_URL": site_url}
        result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env, tmp_path=tmp_path)
        assert result.returncode != 0
        output = result.stdout + result.stderr
        assert "(alerts.W001) DJANGO_SITE_URL saknas" in output
        assert "identified 1 issue (0 silenced)" in output  # this one, and nothing else


def test_environment_chooses_database_and_cache(tmp_path):
    code = ("from django.conf import settings; d=settings.DATABASES['default']; "
            "c=settings.CACHES['default']; print(d['ENGINE'], d['NAME'], c['BACKEND'], c['LOCATION'])")
    env = {"DJANGO_SECRET_KEY": "x" * 60, "DATABASE_URL": "postgres://u@127.0.0.1:5432/jobba",
           "CACHE_URL": "redis://127.0.0.1:6379/3"}
    default = run_manage("shell", "--no-imports", "-c", code, env={"DJANGO_SECRET_KEY": "x" * 60}, tmp_path=tmp_path)
    chosen = run_manage("shell", "--no-imports", "-c", code, env=env, tmp_path=tmp_path)
    assert default.stdout.split() == [
        "django.db.backends.sqlite3", str(tmp_path / "db.sqlite3"),
        "careers.pagecache.backend.FileCache", str(tmp_path / "cache"),
    ]
    # PostgreSQL and Redis through the site's own subclasses of Django's backends (issue 15).
    assert chosen.stdout.split() == [
        "careers.database", "jobba",
        "careers.pagecache.backend.ResilientRedisCache", "redis://127.0.0.1:6379/3",
    ]


def test_timeouts_for_the_database_and_the_cache_come_from_the_environment(tmp_path):
    code = ("from django.conf import settings; d=settings.DATABASES['default']['OPTIONS']; "
            "c=settings.CACHES['default']['OPTIONS']; "
            "print(d['connect_timeout'], d['options'], c['socket_connect_timeout'], c['socket_timeout'], "
            "settings.CACHE_RETRY_SECONDS)")
    env = {"DJANGO_SECRET_KEY": "x" * 60, "DATABASE_URL": "postgres://u@127.0.0.1:5432/jobba",
           "CACHE_URL": "redis://127.0.0.1:6379/3"}
    default = run_manage("shell", "--no-imports", "-c", code, env=env, tmp_path=tmp_path)
    assert default.stdout.split() == ["3", "-c", "statement_timeout=5000", "0.1", "0.1", "5.0"]
    chosen = run_manage("shell", "--no-imports", "-c", code, tmp_path=tmp_path, env={
        **env, "DJANGO_DB_CONNECT_TIMEOUT": "2", "DJANGO_DB_STATEMENT_TIMEOUT": "1.5",
        "DJANGO_CACHE_TIMEOUT": "0.05", "DJANGO_CACHE_RETRY_SECONDS": "10"})
    assert chosen.stdout.split() == ["2", "-c", "statement_timeout=1500", "0.05", "0.05", "10.0"]


def test_the_data_folder_may_be_set_in_the_env_file(tmp_path):
    """README: a .env beside manage.py is read; it must be read before the data folder is chosen."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    # Copies, not links, of what decides BASE_DIR: Python follows a linked script to its real folder.
    shutil.copytree(BASE_DIR / "careers", checkout / "careers", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(BASE_DIR / "manage.py", checkout)
    for name in ("benefits", "cookies", "templates", "locale", "static"):
        (checkout / name).symlink_to(BASE_DIR / name)
    data = tmp_path / "from-env-file"
    (checkout / ".env").write_text(f"DJANGO_DATA_DIR={data}\nDJANGO_SECRET_KEY={'e' * 60}\n")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c",
         "from django.conf import settings; print(settings.DATA_DIR, settings.DATABASES['default']['NAME'])"],
        cwd=checkout, env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.split() == [str(data), str(data / "db.sqlite3")], result.stderr
    assert data.is_dir()

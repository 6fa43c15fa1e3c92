"""The backup the README documents for dumpdata/loaddata restores everything: nothing lost, nothing added.

The command is read from README.md's "Backups" section, so the test checks
what an operator would type. Two restores: into the same database emptied
(PostgreSQL in CI's second run, where the id sequences must be reset too), and
into a new, freshly migrated SQLite database in another process, as the
README's restore steps say.
"""

import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import reversion
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from benefits.models import Benefit
from careers.models import Page
from cookies.models import ConsentRecord

BASE_DIR = Path(__file__).resolve().parents[2]
PASSWORD = "Ett-långt-lösenord-för-backup-42"

pytestmark = pytest.mark.django_db


def readme_backup_command():
    """The dumpdata arguments of README.md's "Backups" section."""
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Backups", 1)[1].split("\n## ", 1)[0]
    line = re.search(r"^.*manage\.py dumpdata .*$", section, re.MULTILINE).group(0)
    args = shlex.split(line.split("manage.py dumpdata", 1)[1])
    # Without the output file: the tests read the dump from stdout.
    output = next((i for i, arg in enumerate(args) if arg in ("-o", "--output")), None)
    return args if output is None else args[:output] + args[output + 2:]


def dump():
    out = io.StringIO()
    call_command("dumpdata", *readme_backup_command(), stdout=out)
    return out.getvalue()


def normalized(data):
    """The rows of a dump, in an order that does not depend on the database.

    Dumps keep times to the millisecond: a time with a few microseconds is
    written "…:08.000Z" and, loaded back with none, "…:08Z". The same moment.
    """
    rows = (json.dumps(row, sort_keys=True) for row in json.loads(data))
    return sorted(re.sub(r'(T\d\d:\d\d:\d\d)\.000(Z|[+-]\d\d:\d\d)"', r'\1\2"', row) for row in rows)


@pytest.fixture
def site_with_everything(content, client, monkeypatch):
    """The real content, an HR editor, an edit in the admin's history and a consent record."""
    monkeypatch.setenv("DJANGO_HR_EDITOR_PASSWORD", PASSWORD)
    call_command("createhreditor", "--username", "redaktor", "--noinput", stdout=io.StringIO())
    editor = User.objects.get(username="redaktor")
    benefit = Benefit.objects.first()
    LogEntry.objects.log_actions(editor.pk, [benefit], CHANGE, change_message="Ändrade titeln.")
    with reversion.create_revision():
        reversion.set_user(editor)
        benefit.save()
    ConsentRecord.objects.create(choice="yes", policy_version="1")
    return editor


def test_the_readme_command_covers_every_content_app_groups_and_users():
    labels = readme_backup_command()
    assert {"careers", "benefits", "cookies", "auth.group", "auth.user"} <= set(labels)
    assert {"--natural-foreign", "--natural-primary"} <= set(labels)


def test_a_dump_loaded_into_the_emptied_database_gives_back_every_row(site_with_everything, tmp_path):
    before, home = dump(), Client().get("/").content
    rows = json.loads(before)
    models = {row["model"] for row in rows}
    assert {"careers.page", "careers.section", "careers.role", "benefits.amount", "auth.group", "auth.user",
            "cookies.consentrecord", "admin.logentry", "otp_totp.totpdevice", "reversion.version"} <= models
    group = next(row for row in rows if row["model"] == "auth.group")
    assert group["fields"]["permissions"], "the HR editors' permissions are in the dump"

    # Empty the database of everything dumped, dependants first.
    for label in reversed(list(dict.fromkeys(row["model"] for row in rows))):
        apps.get_model(label)._base_manager.all().delete()
    assert not Page.objects.exists() and not User.objects.exists()

    backup = tmp_path / "backup.json"
    backup.write_text(before, encoding="utf-8")
    call_command("loaddata", str(backup), stdout=io.StringIO())

    assert normalized(dump()) == normalized(before)
    assert Client().get("/").content == home
    assert User.objects.get(username="redaktor").check_password(PASSWORD)
    # New rows get new ids after the restore (PostgreSQL's sequences were reset).
    assert Benefit.objects.create(title="Ny förmån").pk > max(b.pk for b in Benefit.objects.exclude(title="Ny förmån"))


def test_a_dump_restores_into_a_new_database_as_the_readme_says(site_with_everything, tmp_path):
    """migrate, flush, loaddata into a new SQLite database, then dump it again: the same rows."""
    backup = tmp_path / "backup.json"
    backup.write_text(dump(), encoding="utf-8")
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DJANGO_DATA_DIR": str(tmp_path),
           "DJANGO_SECRET_KEY": "x" * 60}

    def manage(*args):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env,
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    manage("migrate", "--noinput", "--verbosity", "0")
    manage("flush", "--noinput")
    manage("loaddata", str(backup))
    restored = manage("dumpdata", *readme_backup_command())
    assert normalized(restored) == normalized(backup.read_text(encoding="utf-8"))

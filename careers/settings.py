"""Settings for Jobba på Försäkringskassan, read from the environment.

Every value an operator may change is an environment variable (or a line in an
optional `.env` file beside manage.py); README.md explains each. Safe defaults
are chosen for production: DEBUG is off unless asked for, and a missing secret
key stops the site at start instead of falling back to a known value.
"""

import secrets
import sys
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from careers import mailers
from careers.media import config as media_config

BASE_DIR = Path(__file__).resolve().parent.parent

# The .env file first: every setting below, the data folder included, may come from it.
env = environ.Env()
if (BASE_DIR / ".env").exists():  # read_env logs a line in every process when it is missing
    environ.Env.read_env(BASE_DIR / ".env")

# Git-ignored home of everything a machine makes for itself: the SQLite
# database, the file cache and the locally generated secret key.
DATA_DIR = Path(env.str("DJANGO_DATA_DIR", default=str(BASE_DIR / "data")))

DEBUG = env.bool("DJANGO_DEBUG", default=False)


def _secret_key():
    if key := env.str("DJANGO_SECRET_KEY", default=""):
        return key
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    if DEBUG:
        # A random key for this process only: nothing predictable, ever.
        return secrets.token_urlsafe(50)
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY saknas. Sätt miljövariabeln DJANGO_SECRET_KEY "
        f"(eller skapa {key_file} med `make secret`) innan webbplatsen startas "
        "med DJANGO_DEBUG avstängt."
    )


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "careers",
    "careers.pagecache",
    "benefits",
    "cookies",
    "careers.alerts",
    # One column per language for editable texts (title_sv, title_en); before
    # the admin, which it patches so that editors see both languages.
    "modeltranslation",
    # The admin site that asks for a password and a code (careers/twofactor.py).
    "careers.apps.EditorAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # The search document's field type (careers/jobads.py); its lookups only act on PostgreSQL.
    "django.contrib.postgres",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "reversion",
]

MIDDLEWARE = [
    # First, so that every log line of a request, and every answer (a
    # redirect, a cached page, a 400), carries the request's ID.
    "careers.requestid.RequestIDMiddleware",
    # Then the metrics, so that the time counted is the whole answer's.
    "careers.metrics.MetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise right after SecurityMiddleware: static files get the security
    # headers but skip everything below (sessions, consent, page cache).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Uploaded files from the local folder, likewise (careers/media/serve.py).
    "careers.media.serve.MediaMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # The address's language (/en/…) for all below, the 400 included; not LocaleMiddleware (careers/language.py).
    "careers.language.LanguageFromPathMiddleware",
    # The consent middleware runs before the page cache so that a cached page
    # is chosen by the visitor's consent state, and so that its response filter
    # (no analytics cookie without consent) also covers cached responses.
    "cookies.middleware.ConsentMiddleware",
    # The page cache answers before CommonMiddleware would check the Host
    # header, so bad requests are refused first: 400, cached page or not.
    "careers.middleware.BadRequestMiddleware",
    # Before the page cache: an address with campaign parameters is the plain
    # address's cache key, and its page is rendered without them.
    "careers.middleware.TrackingParametersMiddleware",
    # Above the page cache, so that a cached page is answered 304 too: the
    # ETag it uses is set below GZipMiddleware (ETagMiddleware), and the
    # Cache-Control under it is added after the page cache has stored the
    # page (it stores none that states its own caching).
    "django.middleware.http.ConditionalGetMiddleware",
    "careers.middleware.CacheControlMiddleware",
    "careers.pagecache.middleware.PageCacheMiddleware",
    # Right inside the page cache: a page that cannot be rendered because the
    # database does not answer becomes a 503 (in the page's language), which
    # the page cache replaces with its last good copy of the page when it has one.
    "careers.database.middleware.DatabaseUnavailableMiddleware",
    # Inside the page cache: a page is compressed once, when it is rendered,
    # and the cache keeps the gzip copy (its key says whether the client
    # accepts gzip). Django's GZipMiddleware pads against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "careers.middleware.ETagMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: tells whether the user's session was verified
    # with a code, which the admin site requires.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "careers.middleware.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns a login refused for too many
    # failures into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Messages (the consent confirmation) travel in their own cookie, never in a
# session: an anonymous visitor must not be given a session cookie.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

ROOT_URLCONF = "careers.urls"
WSGI_APPLICATION = "careers.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cookies.context_processors.consent",
            ],
        },
    },
]

DATA_DIR.mkdir(parents=True, exist_ok=True)
# Seconds: connecting, and one statement. A statement that runs longer is
# cancelled by PostgreSQL, and one whose server does not answer at all (hung,
# or cut off) is cut off by the site a second later.
DB_CONNECT_TIMEOUT = env.int("DJANGO_DB_CONNECT_TIMEOUT", default=3)
DB_STATEMENT_TIMEOUT = env.float("DJANGO_DB_STATEMENT_TIMEOUT", default=5.0)
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and IMMEDIATE transactions let several gunicorn workers share the
    # file without "database is locked" errors under load.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
         "transaction_mode": "IMMEDIATE",
         # How long a statement waits for another process's write lock.
         "timeout": DB_STATEMENT_TIMEOUT}
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # A database that hangs must not hold a worker: PostgreSQL's own backend
    # with a deadline on every wait for the server (careers/database/).
    DATABASES["default"]["ENGINE"] = "careers.database"
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options.setdefault("connect_timeout", DB_CONNECT_TIMEOUT)
    _statement_timeout = f"-c statement_timeout={int(DB_STATEMENT_TIMEOUT * 1000)}"
    _options["options"] = f"{_options.get('options', '')} {_statement_timeout}".strip()

# The default cache lives in files so that every worker process on a machine
# sees the same pages and the same invalidation; CACHE_URL=redis://… shares it
# between machines.
CACHES = {
    "default": env.cache(
        "CACHE_URL", default=f"filecache://{DATA_DIR / 'cache'}"
    )
}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache":
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 2000)
    # Its add() is atomic, for the page cache's render lock (careers/pagecache/backend.py).
    CACHES["default"]["BACKEND"] = "careers.pagecache.backend.FileCache"
# Seconds the site waits for Redis (to connect, and for each answer), and how
# long it then goes without it before it tries again.
CACHE_TIMEOUT = env.float("DJANGO_CACHE_TIMEOUT", default=0.1)
CACHE_RETRY_SECONDS = env.float("DJANGO_CACHE_RETRY_SECONDS", default=5.0)
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # A cache that does not answer is a miss, never an error (careers/pagecache/backend.py).
    CACHES["default"]["BACKEND"] = "careers.pagecache.backend.ResilientRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"socket_connect_timeout": CACHE_TIMEOUT, "socket_timeout": CACHE_TIMEOUT}
    )
CACHES["default"]["KEY_PREFIX"] = env.str("DJANGO_CACHE_PREFIX", default="jobba")
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=600)
# Seconds the cache's copy of the content version is trusted before it is read
# again from the database: the longest an instance that did not notice a
# short cache outage may serve a page that a save during it replaced.
PAGE_CACHE_VERSION_LEASE = 2
# Seconds a render lock holds (careers/pagecache/lock.py): the longest other
# requests for the same missed page wait for its one render before rendering
# it themselves, and the longest a crashed renderer's lock is left behind.
PAGE_CACHE_LOCK_SECONDS = env.int("DJANGO_PAGE_CACHE_LOCK_SECONDS", default=3)

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out user name and address is refused before any
    # password is checked.
    "careers.security.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "sv"
# Swedish at the addresses it has always had, English under /en/ (issue:
# "The site in English too"). The admin stays Swedish.
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
MODELTRANSLATION_DEFAULT_LANGUAGE = "sv"
MODELTRANSLATION_LANGUAGES = ("sv", "en")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.str("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
# Uploaded files: a folder under DJANGO_DATA_DIR, or a bucket (DJANGO_MEDIA_S3_*, careers/media/config.py).
_media_storage, MEDIA_ROOT, MEDIA_URL, _media_hosts = media_config.media(env, DATA_DIR)
STORAGES = {
    "default": _media_storage,
    # Hashed names, gzip and brotli copies; WhiteNoise serves hashed files
    # with a far-future, immutable Cache-Control.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

ADMIN_URL = env.str("ADMIN_URL", default="admin/").strip("/") + "/"

# Analytics: a Matomo-compatible tracker, off unless both are set.
MATOMO_URL = env.str("MATOMO_URL", default="").rstrip("/")
MATOMO_SITE_ID = env.str("MATOMO_SITE_ID", default="")
ANALYTICS_ENABLED = bool(MATOMO_URL and MATOMO_SITE_ID)

# Consent: the cookie that keeps the visitor's choice, and the policy version
# it was given for. Raising the version asks every visitor again.
CONSENT_COOKIE_NAME = "fk_kakval"
CONSENT_COOKIE_AGE = 365 * 24 * 60 * 60
CONSENT_POLICY_VERSION = env.int("CONSENT_POLICY_VERSION", default=1)
CONSENT_RETENTION_DAYS = env.int("CONSENT_RETENTION_DAYS", default=396)  # about 13 months
# Contact persons and union representatives of a closed ad are deleted this
# many days after its last day (clearjobcontacts); the site stops showing them at once.
JOB_CONTACTS_RETENTION_DAYS = env.int("JOB_CONTACTS_RETENTION_DAYS", default=30)

# The site's own address, for links in e-mails sent where there is no request
# (sendjobalerts, clearjobalerts). Required by those commands in production.
SITE_URL = env.str("DJANGO_SITE_URL", default="http://127.0.0.1:8000" if DEBUG else "").rstrip("/")


# Mail: EMAIL_URL (careers/mailers.py): a file per e-mail in development, localhost:25 in production without it.
MAILERS = mailers.mailers(env, DEBUG, DATA_DIR)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Jobba på Försäkringskassan <jobb@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where mail programs send the mailto: half of List-Unsubscribe; someone must read it.
JOB_ALERTS_UNSUBSCRIBE_EMAIL = env.str("JOB_ALERTS_UNSUBSCRIBE_EMAIL", default="")

# Security. Production runs behind TLS; DJANGO_HTTPS=0 is for plain-http runs
# on a developer's machine (make serve, make bench).
HTTPS = env.bool("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
# nginx and load balancers probe each instance directly, over plain http, and
# Prometheus scrapes each one so (nginx answers /metrics with 404 from outside).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
if proxy_header := env.list("DJANGO_SECURE_PROXY_SSL_HEADER", default=[]):
    # e.g. "HTTP_X_FORWARDED_PROTO,https": only set this behind a proxy that
    # overwrites the header, or clients can claim TLS they do not have.
    SECURE_PROXY_SSL_HEADER = tuple(proxy_header)
USE_X_FORWARDED_HOST = env.bool("DJANGO_USE_X_FORWARDED_HOST", default=False)
SESSION_COOKIE_HTTPONLY = True
# Only HR editors have sessions (a visitor's consent and messages are cookies of
# their own). An editor's login ends when the browser closes, and at the latest
# a working day after it began: the session is not saved on every request, so
# its age counts from the login, not from the last click.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 9 * 60 * 60
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Login throttling (django-axes): 5 failed logins for one user name from one
# address lock that pair out for 15 minutes. Counting the pair, not the user
# name alone, keeps a stranger from locking an HR editor out by guessing at
# their name; counting it in the database keeps it shared by every instance.
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("DJANGO_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "careers.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "careers.security.client_ip"
# Who logged in is in the log (stdout); a table of every login is not needed.
AXES_DISABLE_ACCESS_LOG = True
# Not verbose: no start-up banner in the output of every manage.py command.
AXES_VERBOSE = False
# Behind a proxy: the header it writes the visitor's address to (as Django
# names it, e.g. HTTP_X_FORWARDED_FOR) and how many proxies append to it.
CLIENT_IP_HEADER = env.str("DJANGO_CLIENT_IP_HEADER", default="")
PROXY_COUNT = max(1, env.int("DJANGO_PROXY_COUNT", default=1))

# Two-factor login (django-otp): the name authenticator apps show beside the
# code. A code is a TOTP code from an app or a single-use backup code.
OTP_TOTP_ISSUER = "Jobba på Försäkringskassan"
# No secret is shown again in the admin, not even to a superuser: a new device
# is made with `manage.py resetotpdevice`, which prints it once.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# With a trailing slash a CSP source covers every path below it, so a tracker
# installed under a path (https://host/matomo) has matomo.js and matomo.php allowed.
_analytics_hosts = [MATOMO_URL + "/"] if ANALYTICS_ENABLED else []
# Strict: no inline script or style anywhere, so no nonce is needed and full
# pages can be cached and shared between visitors.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, *_analytics_hosts],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *_analytics_hosts, *_media_hosts],
    "media-src": [CSP.SELF, *_media_hosts],
    "connect-src": [CSP.SELF, *_analytics_hosts],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# /metrics answers only with "Authorization: Bearer <METRICS_TOKEN>"; unset, it does not exist (404).
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")

LOG_LEVEL = env.str("DJANGO_LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"()": "careers.logformat.OneLineFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": sys.stdout,
                            "formatter": "line"}},
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own handlers would print a second, many-line copy of each
        # error in development; one line on stdout is enough everywhere.
        "django": {"handlers": ["stdout"], "level": LOG_LEVEL, "propagate": False},
        "django.server": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}

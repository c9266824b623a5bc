"""Settings for Briefing, read from environment variables.

Every value has a local default that runs the site on SQLite; the typed helpers
below refuse a malformed value instead of guessing what was meant.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {value!r}.")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}.") from None


def envfloat(name: str, default: float, low: float, high: float) -> float:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number; got {value!r}.") from None
    if not low <= number <= high:
        raise ImproperlyConfigured(f"{name} must be between {low} and {high}; got {number}.")
    return number


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = envbool("DJANGO_DEBUG", True)

_DEV_SECRET_KEY = "django-insecure-local-development-key-not-for-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", _DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
if not DEBUG and (SECRET_KEY == _DEV_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be a random string of 50 or more characters in production.")

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "briefing",
    "quizzes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Reads a form body before the CSRF check's process_view does, to answer one too large itself.
    "briefing.middleware.RefuseOversizedBodyMiddleware",
    # Last, so that it turns a locked-out login into the lock-out page (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "briefing.urls"
WSGI_APPLICATION = "briefing.wsgi.application"

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
                "briefing.context_processors.roles",
                # Last: while a page is drawn for the page cache, its CSRF token and nonce are placeholders.
                "briefing.pagecache.placeholders",
            ],
        },
    },
]

# SQLite by default, in WAL mode with IMMEDIATE transactions and a busy timeout so
# that concurrent writers wait their turn instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA busy_timeout=20000;"
        "PRAGMA foreign_keys=ON;"
    ),
}
# Each worker keeps its database connection for DJANGO_CONN_MAX_AGE seconds (checked before
# reuse) rather than opening one per request, which halves the throughput on PostgreSQL.
# Off under DEBUG: the development server starts a thread per request, so nothing is reused.
CONN_MAX_AGE = envint("DJANGO_CONN_MAX_AGE", 0 if DEBUG else 60)
if CONN_MAX_AGE < 0:
    raise ImproperlyConfigured(f"DJANGO_CONN_MAX_AGE must be 0 (close after each request) or more seconds; got {CONN_MAX_AGE}.")
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=CONN_MAX_AGE,
        conn_health_checks=CONN_MAX_AGE > 0,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches in each worker's memory. They hold only what can be rebuilt from the database and are
# keyed by everything it was made from (rendered lesson HTML), or by stamps that the database
# changes on every write that matters (whole pages, briefing/pagecache.py), so workers never
# serve each other stale data and nothing needs clearing after an edit.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 1000}},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages", "OPTIONS": {"MAX_ENTRIES": 3000}},
}
# Keep a signed-in user's lesson, quiz-question and review pages until something they show changes.
BRIEFING_PAGE_CACHE = envbool("BRIEFING_PAGE_CACHE", True)

# Sessions stay in the database (no cached_db: with a cache per worker, a logout handled by one
# worker would leave the session alive in the others' caches; no signed cookies: a copy of the
# cookie would stay valid after logout until it expires). Reading the session row with plain
# SQL (briefing/auth.py) costs about as little as checking a signed cookie does.
SESSION_ENGINE = "briefing.auth"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes checks first whether the login is locked out; ModelBackend then checks the password
# (briefing.auth.UserBackend: Django's ModelBackend, which also reads the user's role and page
# stamps in the query that loads a signed-in user).
# The first backend is django-axes' AxesStandaloneBackend, made at the end of this file.
AUTHENTICATION_BACKENDS = [
    "briefing.settings.LoginThrottleBackend",
    "briefing.auth.UserBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Security. Cookies and HSTS follow HTTPS; each switch can be set on its own.
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = envbool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("DJANGO_HSTS_PRELOAD", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("DJANGO_BEHIND_PROXY", False) else None
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy: only our own files, scripts only with the per-request nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# Imports larger than this are refused before they are read.
BRIEFING_MAX_IMPORT_BYTES = envint("BRIEFING_MAX_IMPORT_BYTES", 5 * 1024 * 1024)
# A pasted article travels in the form body: allow it, with room for the other fields, so the
# import form itself can say when a text is too long. Larger bodies get the 413 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = BRIEFING_MAX_IMPORT_BYTES + 1024 * 1024

# Generated questions scoring at least this are published without review; the rest wait in the queue.
BRIEFING_AUTO_PUBLISH_SCORE = envfloat("BRIEFING_AUTO_PUBLISH_SCORE", 0.6, 0.0, 1.0)

# Spread review dates a little so cards added together do not stay together (py-fsrs fuzzing).
BRIEFING_FSRS_FUZZING = envbool("BRIEFING_FSRS_FUZZING", True)

# Login throttling (django-axes). After AXES_FAILURE_LIMIT wrong passwords for one username
# from one address, logging in as that username from that address is refused until
# AXES_COOLOFF_TIME has passed since the last attempt. Locking username and address together
# means a class behind one school address is not locked out by one student's typos, and
# nobody can lock another person out from elsewhere by guessing at their username.
AXES_FAILURE_LIMIT = envint("BRIEFING_LOGIN_FAILURE_LIMIT", 5)
if AXES_FAILURE_LIMIT < 1:
    raise ImproperlyConfigured(f"BRIEFING_LOGIN_FAILURE_LIMIT must be 1 or more; got {AXES_FAILURE_LIMIT}.")
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"


def axes_client_ip(request) -> str | None:
    """The address a login came from. Behind our proxy (SECURE_PROXY_SSL_HEADER set by
    DJANGO_BEHIND_PROXY) that is the address the proxy appended to X-Forwarded-For, the one
    part of that header a client cannot forge; otherwise the connection's own address."""
    import ipaddress

    from django.conf import settings

    if settings.SECURE_PROXY_SSL_HEADER:
        last = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(last))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")


AXES_CLIENT_IP_CALLABLE = axes_client_ip


def axes_username(request, credentials) -> str | None:
    """The username a login is counted against, as django-axes finds it, cut to the 255
    characters it can store: the login form does not limit what is typed, and a longer
    name would fail to save on PostgreSQL. Real usernames are at most 150 characters."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return username[:255] if isinstance(username, str) else username


AXES_USERNAME_CALLABLE = axes_username


def __getattr__(name: str):
    """Make LoginThrottleBackend on first use: django-axes reads these settings when it is
    imported, so it cannot be imported while they load."""
    if name != "LoginThrottleBackend":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from axes.backends import AxesStandaloneBackend

    class LoginThrottleBackend(AxesStandaloneBackend):
        """django-axes' lock-out check for logins over the web, which always pass the request
        (LoginView, the admin). A call without one (a management command, the shell, the test
        client's login()) is no web login: it goes straight on to ModelBackend instead of
        failing with AxesBackendRequestParameterRequired."""

        def authenticate(self, request, username=None, password=None, **kwargs):
            if request is None:
                return None
            return super().authenticate(request, username, password, **kwargs)

    LoginThrottleBackend.__module__ = __name__
    globals()[name] = LoginThrottleBackend
    return LoginThrottleBackend

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

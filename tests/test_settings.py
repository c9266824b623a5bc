"""Settings come from the environment and fail loudly; production settings pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "x7Jq2vLw9Rk3mZp8Tn4Bc6Yd1Hf5Gs0Ae2Ui7Oo3Pl9Kj4Mn8Bv6Cx1Zq5Wr",
    "DJANGO_ALLOWED_HOSTS": "briefing.example.org",
}


def manage(*args, **env):
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean_env, **env}, capture_output=True, text=True, timeout=60
    )


def test_deploy_check_reports_nothing_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be one of"),
        ({"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "x.org"}, "DJANGO_SECRET_KEY must be set"),
        ({**PRODUCTION, "DJANGO_SECRET_KEY": "short"}, "50 or more characters"),
        ({**PRODUCTION, "DJANGO_HSTS_SECONDS": "a year"}, "DJANGO_HSTS_SECONDS must be a whole number"),
    ],
)
def test_bad_environment_values_fail_loudly(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_security_switches_follow_the_environment():
    result = manage(
        "shell", "--no-imports", "-c",
        "from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT)",
        **PRODUCTION, DJANGO_SECURE_COOKIES="0", DJANGO_HSTS_SECONDS="0", DJANGO_SECURE_SSL_REDIRECT="0",
    )  # fmt: skip
    assert result.stdout.split() == ["False", "0", "False"], result.stderr


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    code = (
        "from django.db import connection; c = connection.cursor(); "
        "print(c.execute('PRAGMA journal_mode').fetchone()[0], c.execute('PRAGMA busy_timeout').fetchone()[0], "
        "connection.transaction_mode)"
    )
    result = manage("shell", "--no-imports", "-c", code, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert result.stdout.split() == ["wal", "20000", "IMMEDIATE"], result.stderr

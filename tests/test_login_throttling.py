"""Login throttling (django-axes): too many wrong passwords pause logging in to that account
from that address for a while; nobody else is affected, and the other ways in still work."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.http import HttpRequest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
LIMIT = django_settings.AXES_FAILURE_LIMIT
LOCKED_OUT = "Logging in is paused"


def log_in(client: Client, username: str, password: str, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def fail(client: Client, username: str, times: int, **extra):
    return [log_in(client, username, "not-the-password", **extra) for _ in range(times)]


def signed_in(client: Client) -> bool:
    return SESSION_KEY in client.session


def test_the_settings_are_as_documented():
    assert "axes" in django_settings.INSTALLED_APPS
    assert django_settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    from axes.backends import AxesStandaloneBackend
    from django.utils.module_loading import import_string

    first, second = django_settings.AUTHENTICATION_BACKENDS
    assert issubclass(import_string(first), AxesStandaloneBackend)
    from django.contrib.auth.backends import ModelBackend

    assert second == "briefing.auth.UserBackend" and issubclass(import_string(second), ModelBackend)
    assert LIMIT == int(os.environ.get("BRIEFING_LOGIN_FAILURE_LIMIT", "5"))
    assert django_settings.AXES_COOLOFF_TIME == timedelta(minutes=15)
    assert django_settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert django_settings.AXES_RESET_ON_SUCCESS is True
    assert django_settings.AXES_LOCKOUT_TEMPLATE == "registration/lockout.html"


def test_wrong_passwords_up_to_the_limit_lock_the_account_out_with_a_friendly_page(client, student):
    responses = fail(client, "student", LIMIT)
    for response in responses[:-1]:
        assert response.status_code == 200
        assert "Please enter a correct username and password" in response.content.decode()
    locked = responses[-1]
    assert locked.status_code == 429
    assert "registration/lockout.html" in [t.name for t in locked.templates]
    page = locked.content.decode()
    assert LOCKED_OUT in page
    assert f"There have been {LIMIT} wrong passwords in a row" in page and "“student”" in page
    assert "try again in 15 minutes" in page
    assert "Caps Lock" in page and "ask your instructor" in page
    assert "Content-Security-Policy" in locked.headers
    assert not signed_in(client)


def test_the_right_password_is_refused_until_the_cool_off_has_passed(client, student):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as traveller:
        fail(client, "student", LIMIT)
        refused = log_in(client, "student", "pw-student")
        assert refused.status_code == 429 and LOCKED_OUT in refused.content.decode()
        assert not signed_in(client)

        traveller.shift(timedelta(minutes=14))  # 14 minutes after the last try: still paused
        assert log_in(client, "student", "pw-student").status_code == 429
        assert not signed_in(client)

        traveller.shift(timedelta(minutes=16))  # 16 minutes after that try: free again
        response = log_in(client, "student", "pw-student")
        assert response.status_code == 302 and response.headers["Location"] == reverse("home")
        assert signed_in(client)


def test_other_users_and_other_addresses_are_not_locked_out(student, other_student):
    attacker = Client()
    fail(attacker, "student", LIMIT)
    assert log_in(attacker, "student", "pw-student").status_code == 429

    # Someone else on the same address (a classroom behind one router) logs in as usual.
    classmate = Client()
    response = log_in(classmate, "other_student", "pw-other_student")
    assert response.status_code == 302 and signed_in(classmate)

    # The student, from their own address, is not locked out by someone guessing elsewhere.
    owner = Client(REMOTE_ADDR="198.51.100.23")
    response = log_in(owner, "student", "pw-student")
    assert response.status_code == 302 and signed_in(owner)


def test_a_success_resets_the_count(client, student):
    fail(client, "student", LIMIT - 1)
    assert log_in(client, "student", "pw-student").status_code == 302
    client.post(reverse("logout"))
    responses = fail(client, "student", LIMIT - 1)
    assert all(r.status_code == 200 for r in responses)
    assert log_in(client, "student", "pw-student").status_code == 302


def test_unknown_usernames_are_throttled_too(client):
    """Guessing at accounts that do not exist is paused the same way (and looks the same)."""
    assert fail(client, "nobody-here", LIMIT)[-1].status_code == 429


def test_the_admin_login_is_throttled(client, db):
    get_user_model().objects.create_superuser("boss", password="pw-boss")
    url = reverse("admin:login")
    responses = [client.post(url, {"username": "boss", "password": "wrong", "next": "/admin/"}) for _ in range(LIMIT)]
    assert responses[-1].status_code == 429
    assert client.post(url, {"username": "boss", "password": "pw-boss", "next": "/admin/"}).status_code == 429


def test_the_lock_out_page_escapes_the_username_typed(client):
    name = "<script>alert(1)</script>"
    page = fail(client, name, LIMIT)[-1].content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, student, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # A client cannot choose its address by sending X-Forwarded-For itself: the proxy appends the real one last.
    fail(client, "student", LIMIT, HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.9")
    assert log_in(client, "student", "pw-student", HTTP_X_FORWARDED_FOR="10.0.0.2, 203.0.113.9").status_code == 429
    response = log_in(client, "student", "pw-student", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.4")
    assert response.status_code == 302  # another real address


def test_the_client_address_function(settings):
    from briefing.settings import axes_client_ip

    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="10.1.1.1, 203.0.113.9")
    settings.SECURE_PROXY_SSL_HEADER = None
    assert axes_client_ip(request) == "192.0.2.1"  # not behind a proxy: the header is ignored
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert axes_client_ip(request) == "203.0.113.9"
    request.META["HTTP_X_FORWARDED_FOR"] = "203.0.113.9, not-an-address"
    assert axes_client_ip(request) == "192.0.2.1"  # a malformed header is not trusted
    del request.META["HTTP_X_FORWARDED_FOR"]
    assert axes_client_ip(request) == "192.0.2.1"


def test_signup_still_logs_the_new_student_in(client, db):
    data = {"username": "newcomer", "first_name": "New", "password1": "a-long-Pass-phrase-9", "password2": "a-long-Pass-phrase-9"}
    response = client.post(reverse("signup"), data)
    assert response.status_code == 302 and signed_in(client)
    assert client.session["_auth_user_backend"] == "briefing.auth.UserBackend"
    assert client.get(reverse("deck")).status_code == 200  # the session is good on the next request
    client.post(reverse("logout"))
    assert log_in(client, "newcomer", "a-long-Pass-phrase-9").status_code == 302


def test_the_test_clients_ways_in_still_work(student):
    client = Client()
    client.force_login(student)
    assert client.get(reverse("deck")).status_code == 200
    assert Client().login(username="student", password="pw-student")
    assert not Client().login(username="student", password="wrong")
    assert Client().login(request=HttpRequest(), username="student", password="pw-student")


def test_the_failure_limit_comes_from_the_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BRIEFING_"))}

    def setting(value: str):
        return subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", "from django.conf import settings; print(settings.AXES_FAILURE_LIMIT)"],
            cwd=ROOT, env={**env, "BRIEFING_LOGIN_FAILURE_LIMIT": value}, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    assert setting("3").stdout.strip() == "3"
    assert setting("").stdout.strip() == "5"
    for bad, message in (("0", "must be 1 or more"), ("many", "must be a whole number")):
        result = setting(bad)
        assert result.returncode != 0 and message in result.stderr


def test_a_huge_username_is_counted_not_a_server_error(client):
    """The login form does not limit the username's length; django-axes stores at most 255 characters."""
    name = "x" * 5000
    responses = fail(client, name, LIMIT)
    assert [r.status_code for r in responses] == [200] * (LIMIT - 1) + [429]
    from axes.models import AccessAttempt

    assert AccessAttempt.objects.get().username == name[:255]

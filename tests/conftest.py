import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the tests themselves are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """On PostgreSQL, keep autovacuum away from the test database's tables.

    Tests fill tables inside transactions they roll back, and flush them with TRUNCATE. Autovacuum,
    analysing a table between two tests, records it as empty; the planner then takes every table for one
    row and joins them in nested loops of full scans, and a five-table join over a few thousand rows
    runs for many minutes. Never analysed, a table is estimated from its size on disk, as it should be.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                for (table,) in cursor.fetchall():
                    cursor.execute(f'ALTER TABLE "{table}" SET (autovacuum_enabled = false)')


@pytest.fixture(autouse=True)
def _fast_passwords(request):
    if "settings" not in request.fixturenames and not request.node.get_closest_marker("django_db"):
        if "db" not in request.fixturenames and "transactional_db" not in request.fixturenames:
            return
    settings = request.getfixturevalue("settings")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def make_user(username: str, instructor: bool = False):
    from django.contrib.auth.models import Group, User

    from briefing.models import INSTRUCTORS_GROUP

    user = User.objects.create_user(username, password="pw-" + username, first_name=username.title())
    if instructor:
        user.groups.add(Group.objects.get_or_create(name=INSTRUCTORS_GROUP)[0])
    return user


@pytest.fixture
def student(db):
    return make_user("student")


@pytest.fixture
def other_student(db):
    return make_user("other_student")


@pytest.fixture
def instructor(db):
    return make_user("instructor", instructor=True)


@pytest.fixture
def other_instructor(db):
    return make_user("other_instructor", instructor=True)


@pytest.fixture
def corpus(db):
    """The bundled corpus, loaded as `manage.py load_corpus` loads it."""
    from briefing.corpus import load_corpus

    return load_corpus()


@pytest.fixture
def cached_generation(monkeypatch):
    """Question generation is deterministic, so its result is cached across tests."""
    from quizzes import bank

    monkeypatch.setattr(bank, "generate", _cached_generate)


@pytest.fixture
def questions(corpus, cached_generation):
    """The bundled corpus with its questions generated and stored."""
    from quizzes import bank
    from quizzes.models import Question

    bank.generate_questions()
    return Question.objects.all()


_generated: dict = {}


def _cached_generate(inputs):
    from quizzes.generation import generate

    key = tuple(inputs)
    if key not in _generated:
        _generated[key] = generate(list(inputs))
    return _generated[key]


@pytest.fixture(scope="module")
def module_world(request, django_db_setup, django_db_blocker):
    """Data built once per module by the module's ``build_world()``, inside a transaction that is
    rolled back at the module's end; each test runs in a savepoint inside it (pytest-django's
    ``db``), so it sees the data fresh."""
    from django.db import transaction
    from django.test import override_settings

    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setattr("quizzes.bank.generate", _cached_generate)
        with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
            outer = transaction.atomic()
            outer.__enter__()
            try:
                yield request.module.build_world()
            finally:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is not installed at {CHROMIUM}; browser tests cannot run in CI without it.")
        pytest.skip("Chromium is not installed; install Debian's chromium package to run browser tests.")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    }


SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="session")
def axe():
    """Check the page in front of the browser with axe-core (bundled with axe-playwright-python):
    no serious or critical accessibility violations."""
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()

    def check(page, label: str = "") -> None:
        violations = runner.run(page).response["violations"]
        serious = [v for v in violations if v["impact"] in SERIOUS]
        details = [
            f"{v['id']} ({v['impact']}): {v['help']} at {', '.join(str(n['target']) for n in v['nodes'][:3])}" for v in serious
        ]
        assert not serious, f"{label or page.url}: " + "; ".join(details)

    return check

"""The load benchmark counts honestly: its wrk script against a stub server, and its parsing of wrk's output."""

import importlib.util
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "load.py"
spec = importlib.util.spec_from_file_location("load_benchmark", SCRIPT)
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)

OUTPUT = """Running 3s test @ http://127.0.0.1:8000/
  1 threads and 8 connections
  1200 requests in 3.00s, 1.00MB read
RESULT {"requests": 1200, "duration_us": 3000000, "connect": 1, "read": 2, "write": 0, "timeout": 3, "status": 4, "unexpected": 5, "refused": 6, "wrapped": 0, "p50_us": 4500, "p99_us": 12000}
Requests/sec:    400.00
"""


def test_it_reads_the_counts_and_latencies_of_a_wrk_run():
    run = load.parse_wrk(OUTPUT, "review")
    assert (run.requests, run.rate, run.p50_ms, run.p99_ms) == (1200, 400.0, 4.5, 12.0)
    assert (run.socket_errors, run.unexpected, run.refused, run.errors) == (6, 5, 6, 17)
    assert run.error_text() == "17 (6 socket, 5 non-200, 6 refused grade)"


def test_it_refuses_a_wrk_run_without_its_result_line():
    with pytest.raises(ValueError, match="no RESULT line"):
        load.parse_wrk("Running 3s test\nunable to connect to 127.0.0.1:8000 Connection refused\n", "review")


class StubSite(BaseHTTPRequestHandler):
    """Answers as the site would: the health page, a login redirect, and grades, refusing stale ones."""

    protocol_version = "HTTP/1.1"
    posts: ClassVar[list[dict]] = []

    def do_GET(self):
        if self.path == "/health/":
            self._answer(200, "ok")
        else:
            self._answer(302, "", {"Location": "/accounts/login/"})

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        StubSite.posts.append({"form": form, **{name: self.headers[name] for name in ("Cookie", "X-CSRFToken", "Origin", "HX-Request")}})
        stale = form["version"] != ["0"]
        self._answer(200, '<ul class="messages" role="status"><li>already graded</li></ul>' if stale else "<section>next card</section>")

    def _answer(self, status, body, headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def stub():
    if shutil.which("wrk") is None:
        if os.environ.get("CI"):
            pytest.fail("wrk is not installed; CI installs Debian's wrk package for the load benchmark.")
        pytest.skip("wrk is not installed (Debian: apt-get install wrk).")
    server = ThreadingHTTPServer((load.HOST, 0), StubSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    StubSite.posts = []

    class Target:
        port = server.server_address[1]
        origin = f"https://{load.HOST}:{port}"

        @staticmethod
        def cpu_seconds():
            return 0.0

    yield Target
    server.shutdown()
    server.server_close()


def test_a_redirect_counts_as_an_error_and_not_as_a_fast_page(stub, tmp_path):
    health = load.wrk(stub, "baseline", [load.Request("GET", "/health/")], 1, 2, tmp_path)
    redirected = load.wrk(stub, "review", [load.Request("GET", "/review/")], 1, 2, tmp_path)
    assert health.requests > 0 and health.errors == 0
    assert redirected.requests > 0 and redirected.unexpected == redirected.requests


def test_a_refused_grade_counts_as_an_error_and_the_grade_carries_the_session_and_csrf_token(stub, tmp_path):
    student = load.Student(1, "sessionid=abc; csrftoken=" + "t" * 32, "t" * 32)
    grades = [load.Request("POST", "/review/grade/", student, f"card={n}&version={n % 2}&rating=3") for n in range(10)]
    run = load.wrk(stub, "grade", grades, 1, 1, tmp_path)
    refused = sum(post["form"]["version"] != ["0"] for post in StubSite.posts[: run.requests])
    assert run.requests > 0 and run.unexpected == 0
    assert run.refused == refused > 0
    for post in StubSite.posts:
        card = int(post["form"]["card"][0])
        assert post["form"] == {"card": [str(card)], "version": [str(card % 2)], "rating": ["3"]}
        assert (post["Cookie"], post["X-CSRFToken"], post["Origin"], post["HX-Request"]) == (student.cookie, student.token, stub.origin, "true")

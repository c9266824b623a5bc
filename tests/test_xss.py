"""Cross-site scripting: every place a person can write text, fed with known attack vectors.

The surfaces, one test each: lesson Markdown and fields (the instructor's editor), pasted
sources (``import_source``, the function and the command, as text and as HTML), question edits
and reject notes (the instructor's forms) with the answers students type, display names
(sign-up), and text echoed back by forms (study settings, quiz settings, the review queue's
filters, the login form); class names (the instructor's form) and students' display names
where classes show them, with the results CSV; a source's details typed into the browser's
import form (preview and source pages); lesson titles and summaries from the new-lesson form
(the lesson lists and the version history).

Every vector goes through the real form or command, and every page that shows it is checked
in the HTML the server sends: parsed, no script element but the site's own, no event-handler
or style attribute, no javascript:/data: URL, no frames, objects, SVG, MathML, base or refresh
tags, and Django template syntax not evaluated.

Then the pages are rendered in Chromium against the live server with the
Content-Security-Policy *bypassed*, so that what is proven is the escaping and sanitising
itself, not the CSP behind it. Every vector tries to set ``window.__xss`` or call ``alert``:
a dialog fails the test, and so does ``window.__xss`` being set, or any such markup in the DOM
the browser actually built (which catches mutation XSS too). To keep this fast, Chromium sees
the lesson Markdown six vectors to a lesson and all of them in one, and pages of escaped text
with many vectors together, while the HTML checks see every vector on its own page. Without
Chromium (outside CI) the HTML checks still run.
"""

import csv
import io
import os
import re
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from briefing.importing import SourceMeta, import_source
from briefing.ingest import IngestError
from briefing.models import Lesson, Source
from quizzes import attempts, scheduling
from quizzes.models import Card, Question

J = "window.__xss=1"
VECTORS = [
    # script elements
    f"<script>{J}</script>",
    f"<SCRIPT>{J}</SCRIPT>",
    f"<ScRiPt>{J}</sCrIpT>",
    "<script>alert(1)</script>",
    f"<script src=data:text/javascript,{J}></script>",
    f"<script\u2028>{J}</script>",
    # event handlers
    f"<img src=x onerror={J}>",
    f'<IMG SRC=x OnErRoR="{J}">',
    "<img src=x onerror=alert(1)//",
    f"<img/src=x/onerror={J}>",
    "<img src=x onerror=&#119;indow.__xss=1>",
    '<img src=x onerror="\\u0077indow.__xss=1">',
    f"<body onload={J}>",
    f"<input autofocus onfocus={J}>",
    f"<details open ontoggle={J}>",
    f"<video><source onerror={J}></video>",
    f"<audio src=x onerror={J}>",
    f"<marquee onstart={J}>",
    f"<x onclick={J}>click</x>",
    f'<a href="#" onmouseover="{J}">hover</a>',
    # SVG and MathML
    f"<svg onload={J}>",
    "<svg/onload=alert(1)>",
    f"<svg><script>{J}</script></svg>",
    f"<svg><animate onbegin={J} attributeName=x dur=1s>",
    f'<svg><a xlink:href="javascript:{J}"><text x=20 y=20>XSS</text></a></svg>',
    f"<math><mtext><table><mglyph><style><img src=x onerror={J}>",
    # frames, objects, forms
    '<iframe src="javascript:top.__xss=1"></iframe>',
    '<iframe srcdoc="<script>top.__xss=1</script>"></iframe>',
    f'<object data="javascript:{J}"></object>',
    f'<embed src="javascript:{J}">',
    f'<form action="javascript:{J}"><button>go</button></form>',
    f'<button formaction="javascript:{J}">go</button>',
    f'<meta http-equiv="refresh" content="0;url=javascript:{J}">',
    f'<base href="javascript:{J}//">',
    # javascript: and data: URLs, in HTML and in Markdown
    f'<a href="javascript:{J}">click me</a>',
    f"[click me](javascript:{J})",
    f"![picture](javascript:{J})",
    "[link](data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==)",
    '<a href="data:text/html,<script>top.__xss=1</script>">data</a>',
    '<img src="data:image/svg+xml,<svg onload=top.__xss=1>">',
    f'<a href="jav&#x09;ascript:{J}">tab</a>',
    f'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{J}">entities</a>',
    f'<a href="JaVaScRiPt:{J}">mixed case</a>',
    f'<a href=" javascript:{J}">leading space</a>',
    f'<a href="java\u200bscript:{J}">zero width</a>',
    f"javascript:{J}",
    # style
    f'<div style="background:url(javascript:{J})">styled</div>',
    f'<div style="width:expression({J})">expression</div>',
    f"<style>@import 'javascript:{J}';</style>",
    f'<link rel=stylesheet href="javascript:{J}">',
    # broken tags and breaking out of attributes and elements
    f"<<script>script>{J}<</script>/script>",
    f"<scr<script>ipt>{J}</scr</script>ipt>",
    f'<noscript><p title="</noscript><img src=x onerror={J}>">',
    f'"><script>{J}</script>',
    f"'><img src=x onerror={J}>",
    f'" onmouseover="{J}" x="',
    f"</textarea><script>{J}</script>",
    f"</title><script>{J}</script>",
    # entity-encoded: must stay text
    f"&lt;script&gt;{J}&lt;/script&gt;",
    f"&#60;img src=x onerror={J}&#62;",
    # htmx attributes
    '<div hx-get="data:text/html,<script>top.__xss=1</script>" hx-trigger="load">htmx</div>',
    f'<div hx-on:htmx:load="{J}">htmx on</div>',
    # template injection: must not be evaluated
    "{{ 1234|add:4321 }} {% now 'Y' %} {% debug %}",
    "{% load static %}{% csrf_token %}{{ request.user.password }}{{ settings.SECRET_KEY }}",
    # unicode tricks
    f"＜script＞{J}＜/script＞",
    f"<ſcript>{J}</ſcript>",
    f"\u202e<script>{J}</script>",
    f"<img src=x onerror={J}>\u0130\u0131\ufeff",
]
assert len(VECTORS) >= 40

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "srcdoc", "codebase",
                  "cite", "dynsrc", "lowsrc", "ping"}  # fmt: skip
BANNED_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "svg", "math", "audio", "video",
               "marquee", "source", "animate", "set", "mglyph", "template"}  # fmt: skip
HTMX_REQUESTS = {"hx-get", "hx-post", "hx-put", "hx-patch", "hx-delete"}
DANGEROUS_URL = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)


def _as_browser_reads(url: str) -> str:
    """A URL as a browser parses it (WHATWG): outer spaces and controls trimmed, tabs and newlines removed."""
    return re.sub(r"[\t\n\r]", "", url.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14"
                                            "\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))  # fmt: skip


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        shown = (self.get_starttag_text() or tag)[:160]
        if tag == "script" and not (attributes.get("src") or "").startswith("/static/"):
            self.problems.append(f"a script element: {shown}")
        if tag in BANNED_TAGS:
            self.problems.append(f"a <{tag}> element: {shown}")
        if tag == "meta" and "http-equiv" in attributes:
            self.problems.append(f"a meta refresh: {shown}")
        if tag == "link" and not (attributes.get("href") or "").startswith("/static/"):
            self.problems.append(f"a link element: {shown}")
        for name, value in attrs:
            value = value or ""
            if name.startswith(("on", "hx-on")) or name == "style":
                self.problems.append(f"a {name} attribute: {shown}")
            if name in URL_ATTRIBUTES and DANGEROUS_URL.match(_as_browser_reads(value)):
                self.problems.append(f"a {name} URL with a dangerous scheme: {shown}")
            if name in HTMX_REQUESTS and not value.startswith("/"):
                self.problems.append(f"an htmx request to {value!r}: {shown}")


def html_problems(html: str) -> list[str]:
    """What in a page the server sent could run a script: parsed, and in the raw text."""
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    problems = scanner.problems
    problems += [f"raw {m.group()[:160]!r}" for m in re.finditer(r"<script(?![^>]*\ssrc=\"/static/)[^>]*>", html, re.IGNORECASE)]
    for tag in re.finditer(r"<[a-z][^<>]*>", html, re.IGNORECASE):
        unquoted = re.sub(r"=\s*(\"[^\"]*\"|'[^']*')", "=", tag.group())  # attribute values are text
        if re.search(r"\son[a-z]+\s*=", unquoted, re.IGNORECASE):
            problems.append(f"raw {tag.group()[:160]!r}")
    # "5555" is what "{{ 1234|add:4321 }}" renders; as a number on its own, not inside a timestamp or a token
    for evaluated in (r"(?<![\w.])5555(?![\w.])", "sql_queries", r"md5\$", "pbkdf2_", "django-insecure"):
        if re.search(evaluated, html):
            problems.append(f"template syntax was evaluated ({evaluated!r} is in the page)")
    return problems


# Chromium ------------------------------------------------------------------------------------

DOM_CHECK = """() => {
  const problems = [];
  const urlAttributes = new Set(%s);
  const banned = new Set(%s);
  const htmxRequests = new Set(%s);
  const dangerous = (value) => {
    try { return ["javascript:", "vbscript:", "data:"].includes(new URL(value, location.href).protocol); } catch { return false; }
  };
  for (const el of document.querySelectorAll("*")) {
    const name = el.localName;
    const shown = () => el.cloneNode(false).outerHTML.slice(0, 160);
    if (name === "script" && !(el.src && new URL(el.src).origin === location.origin && new URL(el.src).pathname.startsWith("/static/")))
      problems.push("a script element: " + shown());
    if (banned.has(name)) problems.push("a <" + name + "> element: " + shown());
    if (name === "meta" && el.hasAttribute("http-equiv")) problems.push("a meta refresh: " + shown());
    if (name === "link" && !new URL(el.href, location.href).pathname.startsWith("/static/")) problems.push("a link element: " + shown());
    for (const attribute of el.attributes) {
      const a = attribute.name.toLowerCase();
      if (a.startsWith("on") || a.startsWith("hx-on") || a === "style") problems.push("a " + a + " attribute: " + shown());
      if (urlAttributes.has(a) && dangerous(attribute.value)) problems.push("a " + a + " URL with a dangerous scheme: " + shown());
      if (htmxRequests.has(a) && !attribute.value.startsWith("/")) problems.push("an htmx request: " + shown());
    }
  }
  if (typeof window.__xss !== "undefined") problems.push("a script ran: window.__xss is set");
  return problems;
}""" % (sorted(URL_ATTRIBUTES), sorted(BANNED_TAGS), sorted(HTMX_REQUESTS))  # noqa: UP031

POST_FROM_PAGE = """([path, fields]) => {
  const form = document.createElement("form");
  form.method = "post";
  form.action = path;
  const token = document.cookie.split("; ").find((c) => c.startsWith("csrftoken="));
  fields.push(["csrfmiddlewaretoken", token ? token.slice("csrftoken=".length) : ""]);
  for (const [name, value] of fields) {
    const input = document.createElement("textarea");
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}"""


class Chromium:
    """A browser tab on the live server with the CSP bypassed; every page it opens is checked
    in the HTML the server sent and in the DOM the browser built, and any dialog is recorded."""

    def __init__(self, browser, base: str):
        self.base = base
        self.context = browser.new_context(bypass_csp=True, base_url=base)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.visited = 0
        self.closed = False
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}({dialog.message!r}) on {self.page.url}")
        dialog.dismiss()

    def log_in_as(self, client: Client | None) -> "Chromium":
        """Share a test client's session (None: nobody is signed in)."""
        self.context.clear_cookies()
        if client is not None:
            cookies = [{"name": name, "value": morsel.value, "url": self.base} for name, morsel in client.cookies.items()]
            self.context.add_cookies(cookies)
        return self

    def _inspect(self, where: str, response) -> None:
        self.visited += 1
        self.problems += [f"{where}: {p}" for p in html_problems(response.text())] if response else []
        self.problems += [f"{where} (DOM): {p}" for p in self.page.evaluate(DOM_CHECK)]

    def visit(self, path: str) -> None:
        response = self.page.goto(path, wait_until="load")
        assert response.status == 200, f"{path}: {response.status}"
        self._inspect(path, response)

    def post(self, path: str, fields: dict, from_path: str) -> None:
        """Submit a form as a browser does, from a page of the site, and check the page that comes back."""
        if self.page.url != self.base + from_path:
            self.page.goto(from_path)
        items = [[k, str(v)] for k, values in fields.items() for v in (values if isinstance(values, list) else [values])]
        with self.page.expect_navigation(wait_until="load") as navigation:
            self.page.evaluate(POST_FROM_PAGE, [path, items])
        self._inspect(f"POST {path}", navigation.value)

    def finish(self) -> list[str]:
        self.page.wait_for_timeout(300)  # handlers that fire late: animations, toggles, focus
        self.problems += [f"{self.page.url} after a pause (DOM): {p}" for p in self.page.evaluate(DOM_CHECK)]
        self.context.close()
        self.closed = True
        return self.problems + [f"a dialog opened: {d}" for d in self.dialogs]


@pytest.fixture
def chromium(request, live_server):
    """Opens checked tabs in Chromium, or None where Chromium is not installed (outside CI):
    then the tests still check every page's HTML, through the test client."""
    from conftest import CHROMIUM

    if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
        yield None
        return
    browser = request.getfixturevalue("browser")
    tabs = []

    def open_tab(client: Client | None = None) -> Chromium:
        tabs.append(Chromium(browser, live_server.url).log_in_as(client))
        return tabs[-1]

    yield open_tab
    for tab in tabs:
        if not tab.closed:  # a test that failed before finish()
            tab.context.close()


def in_chromium(chromium, visits: list[tuple[Client | None, str]], posts=()) -> list[str]:
    """Open pages and submit forms in one Chromium tab, each as the given client's user; the problems found."""
    if chromium is None:
        return []
    tab, current = chromium(), None
    steps = [(client, path, None, None) for client, path in visits] + list(posts)
    for client, path, data, from_path in steps:
        if client is not current:
            tab.log_in_as(client)
            current = client
        tab.visit(path) if data is None else tab.post(path, data, from_path)
    assert tab.visited == len(steps)
    return tab.finish()


# Helpers ---------------------------------------------------------------------------------------


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def checked(response, where: str, status=200) -> list[str]:
    assert response.status_code == status, f"{where}: {response.status_code}"
    return [f"{where}: {p}" for p in html_problems(response.content.decode())]


def check_pages(client: Client, paths) -> list[str]:
    return [p for path in paths for p in checked(client.get(path), path)]


def batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def single_line(vector: str) -> bool:
    return len(vector.splitlines()) == 1


def report(problems: list[str]) -> str:
    return f"{len(problems)} problems:\n" + "\n".join(problems[:60])


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


# Surface 1: lesson Markdown and fields, through the instructor's editor ------------------------


def lesson_markdown(vector: str, cite: str) -> str:
    return f"## {vector}\n\nBefore {vector} after {cite}.\n\n{vector}\n\n- item {vector}\n\n> {vector}\n\n| a | b |\n|---|---|\n| {vector} | x |\n"


def test_lesson_editor(questions, instructor, student, chromium):
    editor, reader = logged_in(instructor), logged_in(student)
    china = Lesson.objects.get(slug="china")
    start = china.markdown.index("[@")
    cite = china.markdown[start : china.markdown.index("]", start) + 1]
    problems, details, attempts_pages = [], [], []
    for n, vector in enumerate(VECTORS):
        lesson = Lesson.objects.create(slug=f"xss-{n}", title="Placeholder", topic=china.topic, markdown="Placeholder.", order=100 + n)
        edit = reverse("lesson_edit", args=[lesson.slug])
        data = {"title": vector[:200], "summary": vector[:300], "topic": china.topic_id, "order": 100 + n, "status": "published",
                "markdown": lesson_markdown(vector, cite)}  # fmt: skip
        assert editor.post(edit, data).status_code == 302, f"the editor refused vector {n}"
        # Refused (a citation of a missing passage), the editor shows what was typed back in the form.
        problems += checked(editor.post(edit, data | {"markdown": f"{vector} [@no-such-source:1]"}), f"the editor refusing {n}")
        started = reader.post(reverse("lesson_quiz", args=[lesson.slug]), {"length": 5, "mode": "practice"})
        assert started.status_code == 302
        details.append(lesson.get_absolute_url())
        attempts_pages.append(started.headers["Location"])
    lesson = Lesson.objects.get(slug="xss-0")
    assert lesson.title == VECTORS[0] and VECTORS[0] in lesson.markdown  # stored as written; made safe when shown
    # For Chromium, the vectors a few at a time, and all at once.
    everything = "\n\n".join(VECTORS)
    grouped = []
    for n, group in enumerate(batches(VECTORS, 6)):
        lesson = Lesson(slug=f"xss-group-{n}", title=f"Group {n}", topic=china.topic, status="published",
                        markdown="\n\n".join(lesson_markdown(vector, cite) for vector in group))  # fmt: skip
        lesson.save_with_citations()
        grouped.append(lesson.get_absolute_url())
    combined = Lesson.objects.create(slug="xss-all", title="All vectors", topic=china.topic, markdown=f"{everything}\n\n{cite}", status="published")
    combined.save_with_citations()

    anonymous = Client()
    problems += check_pages(anonymous, ["/", reverse("lessons"), *details, *grouped])
    problems += check_pages(reader, ["/", reverse("lessons"), reverse("attempt_history"), *attempts_pages])
    problems += check_pages(editor, [reverse("lesson_edit", args=["xss-all"]), reverse("lesson_edit", args=["xss-3"])])
    problems += in_chromium(
        chromium,
        [(anonymous, path) for path in ["/", reverse("lessons"), combined.get_absolute_url(), *grouped]]
        + [(reader, path) for path in [reverse("attempt_history"), *attempts_pages[::10]]]
        + [(editor, reverse("lesson_edit", args=["xss-all"]))],
        posts=[(editor, reverse("lesson_edit", args=["xss-all"]), {"title": "All", "topic": china.topic_id, "order": 1, "status": "published",
                "markdown": everything + " [@no-such-source:1]"}, reverse("lesson_edit", args=["xss-all"]))],
    )  # fmt: skip
    assert not problems, report(problems)


# Surface 2: pasted sources, through import_source (the function and the command) -------------


def source_text(vector: str) -> str:
    return (
        f"A Report on Alliances\n\n"
        f"Venezuela and Russia signed a long agreement in Caracas in 2019 that {vector} covered oil, arms and debt for ten years.\n\n"
        f"{vector}\n\n"
        f"China lent Venezuela more than sixty billion dollars over a decade, and {vector} officials said the loans were repaid in oil.\n\n"
        f"Notes\n[1] {vector} https://example.org/report?q={vector}\n"
    )


def source_html(vector: str) -> str:
    return (
        f"<html><head><title>{vector}</title></head><body><article><h1>A Report on Alliances</h1>"
        f"<p>Venezuela and Russia signed a long agreement in Caracas in 2019 that {vector} covered oil, arms and debt.</p>"
        f"<p>{vector}</p><p>China lent Venezuela more than sixty billion dollars, and {vector} officials said so.</p>"
        f"</article></body></html>"
    )


def meta_for(title: str, vector: str) -> SourceMeta:
    return SourceMeta(title=title[:300], publisher=vector[:200], authors=[vector, "A. Writer"], published_note=vector[:300],
                      kind=vector[:200], caveats=vector)  # fmt: skip


def test_pasted_sources(corpus, tmp_path, chromium):
    slugs, before = [], Source.objects.count()
    for n, vector in enumerate(VECTORS):
        meta = meta_for(f"Source {n} {vector}", vector)
        if n < 3:  # the command, as an operator runs it on a saved capture
            path = tmp_path / f"capture-{n}.html"
            path.write_text(source_html(vector), encoding="utf-8")
            out = io.StringIO()
            call_command("import_source", str(path), title=meta.title, publisher=meta.publisher, authors=vector, date_note=meta.published_note,
                         kind=meta.kind, caveats=vector, stdout=out, stderr=io.StringIO())  # fmt: skip
            slugs.append(out.getvalue().strip())
        else:
            try:
                slugs.append(import_source(source_html(vector), "html", meta).slug)
            except IngestError:  # an unclosed <svg>, <style>… swallows the article: refused, and nothing is stored
                assert Source.objects.count() == before + len(slugs)
        slugs.append(import_source(source_text(vector), "txt", meta).slug)
    everything = "\n\n".join(f"Paragraph {n}: Venezuela and Russia signed an agreement that {v} covered oil and arms." for n, v in enumerate(VECTORS))
    slugs.append(import_source(everything, "txt", meta_for("Every vector", " ".join(VECTORS))).slug)
    sources = list(Source.objects.filter(slug__in=slugs).prefetch_related("passages"))
    # A lesson citing each source's first passage shows the sources' titles in its citations and references.
    citing = " ".join(f"Claim [@{s.slug}:{s.passages.all()[0].ordinal}]." for s in sources)
    lesson = Lesson(slug="cites-pasted-sources", title="Cites them", topic_id=Lesson.objects.first().topic_id, markdown=citing, status="published")
    lesson.save_with_citations()

    client = Client()
    pages = [reverse("sources"), lesson.get_absolute_url()]
    for source in sources:
        pages += [source.get_absolute_url(), source.passages.all()[0].get_absolute_url()]
    problems = check_pages(client, pages)
    problems += [p for path in pages if "/passages/" in path for p in checked(client.get(path, HTTP_HX_REQUEST="true"), f"{path} (htmx)")]
    combined = Source.objects.get(slug=slugs[-1])
    browse = [reverse("sources"), lesson.get_absolute_url(), combined.get_absolute_url()]
    browse += [p.get_absolute_url() for p in combined.passages.all()[::20]]
    browse += [Source.objects.get(slug=slug).get_absolute_url() for slug in slugs[:4]]  # through the command, as HTML and as text
    problems += in_chromium(chromium, [(client, path) for path in browse])
    assert not problems, report(problems)


def test_a_source_url_must_be_http_or_https(corpus, client):
    """A source's 'Original' link: only web addresses may become links (see the report of this bug)."""
    try:
        source = import_source(source_text("plain"), "txt", SourceMeta(title="Bad URL", url=f"javascript:{J}"))
    except (IngestError, ValidationError, ValueError):  # refusing the import is a fix too
        return
    problems = html_problems(client.get(source.get_absolute_url()).content.decode())
    assert not problems, report(problems)


# Surface 3: question edits and reject notes, through the instructor's forms; typed answers ------


def test_question_edits_and_typed_answers(questions, instructor, student, chromium):
    editor, reader = logged_in(instructor), logged_in(student)
    pool = list(Question.objects.filter(type="cloze").order_by("pk")) + list(Question.objects.filter(type="truefalse").order_by("pk"))
    assert len(pool) >= len(VECTORS)
    problems, detail_pages, edited = [], [], []
    for n, (vector, question) in enumerate(zip(VECTORS, pool)):
        # Rejected first with the vector as the note, then edited: the review history shows both.
        rejected = editor.post(reverse("question_decide", args=[question.pk]), {"action": "reject", "reason": "other", "note": vector})
        assert rejected.status_code == 302
        cloze = question.type == "cloze"
        data = {"stem": f"{vector} _____ then" if cloze else vector, "answer": f"answer {vector}" if cloze else "True", "options": "",
                "accepted": f"{vector}\nplain", "explanation": f"Because {vector} answer {vector}"}  # fmt: skip
        edit = reverse("question_edit", args=[question.pk])
        # Refused first (an empty explanation): the form shows what was typed back.
        problems += checked(editor.post(edit, data | {"explanation": ""}), f"the question editor refusing {n}")
        assert editor.post(edit, data).status_code == 302, f"vector {n}"
        detail_pages.append(reverse("question_review", args=[question.pk]))
        edited.append(question.pk)
    choices = [v for v in VECTORS if single_line(v)]
    for n, (question, options) in enumerate(zip(Question.objects.filter(type="mcq").order_by("pk"), batches(choices, 3))):
        options = [f"{n}.{k} {v}" for k, v in enumerate(options)]
        data = {"stem": f"Which? {options[0]}", "answer": options[0], "options": "\n".join(options + ["Plain option"]), "accepted": "",
                "explanation": f"Because {options[0]}"}  # fmt: skip
        assert editor.post(reverse("question_edit", args=[question.pk]), data).status_code == 302, f"options {n}"
        detail_pages.append(reverse("question_review", args=[question.pk]))
        edited.append(question.pk)
    assert Question.objects.filter(type="cloze").order_by("pk")[0].current.stem.startswith(VECTORS[0])
    queue = reverse("review_queue")
    queue_pages = [f"{queue}?{urlencode({'status': 'approved', 'type': kind, 'page': page})}" for kind in ("cloze", "truefalse", "mcq") for page in (1, 2)]

    # The student takes a practice quiz over them typing a vector as every answer, and sees the feedback;
    # a second attempt, answered the same way and finished, shows them all on its results page.
    now = timezone.now()
    chosen = Question.objects.filter(pk__in=edited)
    practice = attempts.start_attempt(student, chosen, title="Practice", mode="practice", length=len(edited), time_limit=None, now=now, seed=5)
    finished = attempts.start_attempt(student, chosen, title="Test", mode="test", length=len(edited), time_limit=None, now=now, seed=6)
    question_pages = []
    for item in practice.items.order_by("position"):
        path = reverse("attempt_question", args=[practice.pk, item.position])
        assert reader.post(path, {"answer": VECTORS[item.position % len(VECTORS)]}).status_code == 302
        question_pages.append(path)
    for item in finished.items.order_by("position"):
        attempts.answer(item.pk, VECTORS[item.position % len(VECTORS)], now)
    attempts.finish(finished, now)
    scheduling.add_cards(student, chosen, Card.Origin.SINGLE, now)
    card = Card.objects.filter(user=student).order_by("due", "pk").first()
    summary_pages = [reverse("attempt_results", args=[finished.pk]), reverse("deck"), reverse("review"), f"{reverse('review')}?show={card.pk}"]

    problems += check_pages(editor, detail_pages + queue_pages) + check_pages(reader, question_pages + summary_pages)
    problems += in_chromium(
        chromium,
        [(editor, path) for path in queue_pages[::2] + detail_pages[::10]] + [(reader, path) for path in summary_pages + question_pages[::12]],
    )
    assert not problems, report(problems)


# Surface 4: display names, through sign-up --------------------------------------------------


def signup_data(username: str, name: str) -> dict:
    return {"username": username, "first_name": name[:150], "password1": "a-long-Pass-phrase-9", "password2": "a-long-Pass-phrase-9"}


def test_display_names(corpus, chromium):
    from django.contrib.auth.models import User

    problems, visits, posts = [], [], []
    anonymous = Client()
    for n, vector in enumerate(VECTORS):
        # As a username it is refused, and shown back in the form.
        problems += checked(anonymous.post(reverse("signup"), signup_data(vector[:150], vector)), f"sign-up refusing username {n}")
        assert not User.objects.filter(username=vector[:150]).exists()
        # As a name it is kept, and shown in the welcome message and in the menu of every page.
        client = Client()
        assert client.post(reverse("signup"), signup_data(f"xss{n}", vector)).status_code == 302
        assert User.objects.get(username=f"xss{n}").first_name == vector[:150].strip()
        if n % 8 == 0:
            visits.append((client, "/"))  # the welcome message is shown once: in the browser, for these
        problems += check_pages(client, ["/" if n % 8 else reverse("deck"), reverse("password_change")])
        if n % 6 == 0:
            posts.append((None, reverse("signup"), signup_data(vector[:150], vector), reverse("signup")))
    problems += in_chromium(chromium, visits, posts)
    # And typed into the real sign-up form, by hand.
    if chromium is not None:
        tab = chromium()
        for vector in VECTORS[3::7]:
            if tab.page.url != tab.base + reverse("signup"):
                tab.page.goto(reverse("signup"))
            tab.page.get_by_label("Username").fill(vector[:150])
            tab.page.get_by_label("Your name").fill(vector[:150])
            tab.page.locator("input[name=password1]").fill("a-long-Pass-phrase-9")
            tab.page.locator("input[name=password2]").fill("a-long-Pass-phrase-9")
            with tab.page.expect_navigation(wait_until="load") as navigation:
                tab.page.get_by_role("button", name="Sign up").click()
            tab._inspect("the sign-up form, typed into", navigation.value)
        problems += tab.finish()
    assert not problems, report(problems)


# Surface 5: text echoed back: quiz answers of every type, study settings, queue filters, login, quiz settings --


def test_echoed_text(questions, student, instructor, chromium):
    reader, teacher, anonymous = logged_in(student), logged_in(instructor), Client()
    lesson = Lesson.objects.get(slug="china")
    attempt = attempts.start_attempt(student, Question.objects.for_lesson(lesson), title="Quiz: China", lessons=[lesson], mode="test",
                                     length=20, time_limit=None, now=timezone.now(), seed=11)  # fmt: skip
    problems, answers = [], []
    for item in attempt.items.select_related("version__question").order_by("position"):
        path = reverse("attempt_question", args=[attempt.pk, item.position])
        vector = VECTORS[(item.position * 7) % len(VECTORS)]
        kind = item.version.question.type
        if kind == "matching":
            data = {f"match-{n}": VECTORS[(item.position + n) % len(VECTORS)] for n in range(len(item.version.answer))}
        elif kind == "timeline":
            data = {f"position-{n}": vector for n in range(len(item.options))}  # refused: positions are numbers
        else:
            data = {"answer": vector}
        answers.append((path, data))
    # In Chromium the student answers the first few (when there is a Chromium), the test client the rest.
    half = len(answers) // 4 if chromium is not None else 0
    for path, data in answers[half:]:
        response = reader.post(path, data)
        problems += checked(response, f"POST {path}", status=422) if response.status_code == 422 else []
    problems += in_chromium(chromium, [], [(reader, path, data, path) for path, data in answers[:half]])
    attempts.finish(attempt, timezone.now())

    requests = []  # (client, path, data or None for GET, the page the form is on)
    for group in batches(VECTORS, 4):
        settings = dict(zip(["time_zone", "new_per_day", "desired_retention", "add_missed"], group)) | {"reviews_per_day": "5"}
        requests.append((reader, reverse("study_settings"), settings, reverse("study_settings")))
    for group in batches(VECTORS, 4):
        requests.append((reader, reverse("mixed_quiz"), dict(zip(["lessons", "topics", "length", "mode"], group)), reverse("mixed_quiz")))
    for group in batches(VECTORS, 7):
        filters = dict(zip(["lesson", "topic", "source", "type", "status", "min_score", "page"], group))
        requests.append((teacher, f"{reverse('review_queue')}?{urlencode(filters)}", None, None))
    for group in batches(VECTORS, 2):
        requests.append((anonymous, reverse("login"), dict(zip(["username", "next"], group)) | {"password": "wrong"}, reverse("login")))
    for group in batches(VECTORS, 2):
        requests.append((anonymous, f"{reverse('login')}?{urlencode({'next': group[0]})}", None, None))
    for client, path, data, _ in requests:
        response = client.get(path) if data is None else client.post(path, data)
        problems += checked(response, f"{'GET' if data is None else 'POST'} {path}")
    problems += in_chromium(
        chromium,
        [(reader, reverse("attempt_results", args=[attempt.pk]))] + [(c, path) for c, path, data, _ in requests if data is None][::4],
        [(c, path, data, page) for c, path, data, page in requests if data is not None][::3],
    )
    problems += check_pages(reader, [reverse("attempt_results", args=[attempt.pk])])
    assert not problems, report(problems)


# Surface 6: class names, through the instructor's form; students' display names in a class -------

FORMULAS = ['=HYPERLINK("https://example.org","click")', "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "=cmd|' /C calc'!A0"]


def test_classes_and_their_students(corpus, instructor, chromium):
    from django.contrib.auth.models import User

    from quizzes.models import Classroom

    instructor.first_name = VECTORS[6][:150]  # shown to students as who teaches the class
    instructor.save()
    teacher, reader = logged_in(instructor), logged_in(User.objects.create_user("reader", password="pw-reader", first_name="Reader"))
    china = Lesson.objects.get(slug="china")
    problems, dashboards, leave_pages = [], [], []
    for n, vector in enumerate(VECTORS):
        # Too long, it is refused and shown back in the form; then kept, as every page shows it.
        problems += checked(teacher.post(reverse("class_create"), {"name": (vector + " ") * 20}), f"the class form refusing {n}")
        assert teacher.post(reverse("class_create"), {"name": vector[:100]}).status_code == 302, f"the class form refused vector {n}"
        classroom = Classroom.objects.latest("pk")
        assert classroom.name == " ".join(vector[:100].split())
        new_assignment = reverse("assignment_create", args=[classroom.pk])
        data = {"kind": "reading", "lesson": china.pk, "due": f"{timezone.now().date() + timedelta(days=7):%Y-%m-%d}"}
        problems += checked(teacher.post(new_assignment, data | {"due": vector}), f"the assignment form refusing a due date {n}")
        assert teacher.post(new_assignment, data).status_code == 302
        # The reader joins every class, with its code typed as a person would; a vector as the code is refused.
        problems += checked(reader.post(reverse("class_join"), {"code": vector[:40]}), f"the join form refusing {n}")
        assert reader.post(reverse("class_join"), {"code": classroom.code_display.lower()}).status_code == 302
        dashboards.append(classroom.get_absolute_url())
        leave_pages.append(reverse("class_leave", args=[classroom.pk]))
    # One class with a student named after each vector (and some spreadsheet formulas), signed up and joined through the forms.
    assert teacher.post(reverse("class_create"), {"name": "Every student"}).status_code == 302
    everyone = Classroom.objects.latest("pk")
    assert teacher.post(reverse("assignment_create", args=[everyone.pk]), {"kind": "review", "review_target": 5,
                        "due": f"{timezone.now().date() + timedelta(days=7):%Y-%m-%d}"}).status_code == 302  # fmt: skip
    student_pages, students = [], []
    for n, name in enumerate(VECTORS + FORMULAS):
        client = Client()
        assert client.post(reverse("signup"), signup_data(f"pupil{n}", name)).status_code == 302
        assert client.post(reverse("class_join"), {"code": everyone.join_code}).status_code == 302
        student = User.objects.get(username=f"pupil{n}")
        student_pages.append(reverse("class_student", args=[everyone.pk, student.pk]))
        students.append(client)
    remove_pages = [reverse("class_remove_student", args=[everyone.pk, User.objects.get(username=f"pupil{n}").pk]) for n in range(0, len(VECTORS), 9)]

    teach = [reverse("instructor_home"), everyone.get_absolute_url(), *dashboards, *student_pages, *remove_pages,
             reverse("item_analysis") + f"?class={everyone.pk}", reverse("assignment_create", args=[everyone.pk])]  # fmt: skip
    problems += check_pages(teacher, teach)
    problems += check_pages(reader, ["/", reverse("classes"), *leave_pages[::3]])
    problems += check_pages(students[0], ["/", reverse("classes"), reverse("class_leave", args=[everyone.pk])])
    first_class, name = " ".join(VECTORS[0][:100].split()), VECTORS[0][:150].strip()
    for client, path, text in [(teacher, reverse("instructor_home"), first_class), (teacher, dashboards[0], first_class),
                               (reader, reverse("classes"), first_class), (reader, "/", first_class), (students[0], reverse("classes"), VECTORS[6]),
                               (teacher, everyone.get_absolute_url(), name), (teacher, student_pages[0], name)]:  # fmt: skip
        assert escape(text) in client.get(path).content.decode(), f"{path} does not show {text!r}"
    # The results file: a download, never a page, and no cell a spreadsheet would run as a formula.
    for classroom in (everyone, Classroom.objects.filter(name=" ".join(VECTORS[0].split())).first()):
        response = teacher.get(reverse("class_results_csv", args=[classroom.pk]))
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        assert response["Content-Disposition"].startswith("attachment") and response["X-Content-Type-Options"] == "nosniff"
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 1 + classroom.memberships.count()
        problems += [f"CSV cell {cell[:60]!r} starts a formula" for row in rows for cell in row if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert any(row[0] == "'" + FORMULAS[0] for row in csv.reader(io.StringIO(teacher.get(reverse("class_results_csv", args=[everyone.pk])).content.decode("utf-8-sig"))))

    problems += in_chromium(
        chromium,
        [(teacher, path) for path in [reverse("instructor_home"), everyone.get_absolute_url(), *dashboards[::12], *student_pages[::10]]]
        + [(reader, path) for path in ["/", reverse("classes"), leave_pages[0]]] + [(students[3], reverse("classes"))],
        posts=[(teacher, reverse("class_create"), {"name": vector}, reverse("class_create")) for vector in VECTORS[1::10]]
        + [(reader, reverse("class_join"), {"code": vector}, reverse("classes")) for vector in VECTORS[2::10]],
    )
    assert not problems, report(problems)


# Surface 7: a source's details, typed into the browser's import form ---------------------------


def import_details(n: int, vector: str) -> dict:
    return {"title": f"Source {n} {vector}"[:300], "publisher": vector[:200], "authors": f"{vector}, A. Writer"[:500], "published": "",
            "published_note": vector[:300], "url": "", "kind": vector[:200], "caveats": vector, "slug": ""}  # fmt: skip


def confirm_data(preview) -> dict:
    """What the preview page's form posts back, as shown."""
    form = preview.context["form"]
    data = {name: "" if form[name].value() is None else str(form[name].value()) for name in form.fields if name != "capture"}
    return data | {"capture": form.capture_value}


def test_imported_source_details(corpus, instructor, chromium):
    from django.core.files.uploadedfile import SimpleUploadedFile

    teacher = logged_in(instructor)
    problems, pages = [], [reverse("sources")]
    for n, vector in enumerate(VECTORS):
        details = import_details(n, vector)
        # A bad web address is refused, and everything typed is shown back in the form.
        problems += checked(teacher.post(reverse("source_import"), {"text": source_text(vector), "format": "txt"} | details | {"url": vector[:500]}),
                            f"the import form refusing {n}")  # fmt: skip
        if n % 8 == 0:  # uploaded as HTML
            capture = {"text": "", "format": "txt", "file": SimpleUploadedFile(f"capture-{n}.html", source_html(vector).encode())}
        else:
            capture = {"text": source_text(vector), "format": "txt"}
        preview = teacher.post(reverse("source_import"), capture | details)
        problems += checked(preview, f"the import preview {n}")
        if preview.context.get("doc") is None:  # an unclosed <svg>, <style>… swallows the article: refused
            assert n % 8 == 0, f"vector {n} was refused as pasted text"
            continue
        saved = teacher.post(reverse("source_import_confirm"), confirm_data(preview))
        assert saved.status_code == 302, f"vector {n} was not saved"
        source = Source.objects.get(title=details["title"].strip())
        assert source.publisher == details["publisher"].strip() and source.caveats == vector.strip()
        pages += [saved.headers["Location"], source.passages.first().get_absolute_url()]
    problems += check_pages(teacher, pages) + check_pages(Client(), pages[::5])
    shown = teacher.get(pages[1]).content.decode()
    assert all(escape(text) in shown for text in (VECTORS[0], f"Source 0 {VECTORS[0]}")), "the source page does not show its details"

    if chromium is not None:
        tab = chromium(teacher)
        for path in pages[:1] + pages[1::14]:
            tab.visit(path)
        for n, vector in list(enumerate(VECTORS))[5::9]:  # typed into the form, previewed, then saved with the preview's button
            tab.post(reverse("source_import"), {"text": source_text(vector), "format": "txt"} | import_details(n + 1000, vector), reverse("source_import"))
            with tab.page.expect_navigation(wait_until="load") as navigation:
                tab.page.get_by_role("button", name="Save the source").click()
            tab._inspect(f"saving the preview of {n}", navigation.value)
            assert tab.page.url.startswith(tab.base + "/sources/"), tab.page.url
        problems += tab.finish()
    assert not problems, report(problems)


# Surface 8: lesson titles and summaries, through the new-lesson form ---------------------------


def test_new_lessons(corpus, instructor, student, chromium):
    editor, reader = logged_in(instructor), logged_in(student)
    china = Lesson.objects.get(slug="china")
    start = china.markdown.index("[@")
    cite = china.markdown[start : china.markdown.index("]", start) + 1]
    problems, histories = [], []
    for n, vector in enumerate(VECTORS):
        data = {"title": vector[:200], "slug": f"xss-new-{n}", "summary": vector[:300], "topic": china.topic_id, "status": "published",
                "markdown": f"A claim {cite}."}  # fmt: skip
        # Refused first (a citation of a missing passage): the form shows the title and summary back; then saved.
        problems += checked(editor.post(reverse("lesson_create"), data | {"markdown": "Missing [@no-such-source:1]."}), f"the new-lesson form refusing {n}")
        assert editor.post(reverse("lesson_create"), data).status_code == 302, f"the new-lesson form refused vector {n}"
        # Edited once, so the history has a version to compare with another title and summary.
        edit = reverse("lesson_edit", args=[f"xss-new-{n}"])
        assert editor.post(edit, data | {"title": f"Now {vector}"[:200], "summary": "Changed.", "markdown": f"A changed claim {cite}."}).status_code == 302
        history = reverse("lesson_history", args=[f"xss-new-{n}"])
        histories += [history, f"{history}?version=1"]
    lesson = Lesson.objects.get(slug="xss-new-0")
    assert lesson.versions.get(number=1).title == VECTORS[0] and lesson.title == f"Now {VECTORS[0]}"
    lists = [reverse("lessons"), "/"]
    problems += check_pages(editor, [reverse("instructor_lessons"), *lists, *histories])
    problems += check_pages(reader, lists) + check_pages(Client(), lists)
    assert escape(f"Now {VECTORS[0]}") in reader.get(reverse("lessons")).content.decode()
    assert escape(VECTORS[0]) in editor.get(histories[1]).content.decode()
    problems += [p for path in histories[1::6] for p in checked(editor.get(path, HTTP_HX_REQUEST="true"), f"{path} (htmx)")]
    problems += in_chromium(
        chromium,
        [(editor, path) for path in [reverse("instructor_lessons"), reverse("lessons"), *histories[::12], *histories[1::12]]] + [(reader, reverse("lessons"))],
        posts=[(editor, reverse("lesson_create"), {"title": vector, "summary": vector, "topic": china.topic_id, "status": "draft", "slug": f"xss-typed-{n}",
                "markdown": f"{vector} [@no-such-source:1]"}, reverse("lesson_create")) for n, vector in list(enumerate(VECTORS))[4::10]],
    )  # fmt: skip
    assert not problems, report(problems)

import os, time
import pytest
from pyinstrument import Profiler
from django.utils import timezone
from briefing.models import Lesson
from quizzes import scheduling, attempts
from quizzes.models import Card, Question, Attempt

pytestmark = pytest.mark.django_db
N = int(os.environ.get("N", "100"))

def prof(label, fn):
    fn()
    p = Profiler(interval=0.0002)
    t = time.perf_counter()
    p.start()
    for _ in range(N):
        fn()
    p.stop()
    print(f"\n##### {label}: {1000*(time.perf_counter()-t)/N:.2f} ms/req")
    if os.environ.get("SHOW") in (label, "all"):
        print(p.output_text(unicode=False, color=False, show_all=bool(os.environ.get("ALL"))))

def test_prof(client, questions, student, settings):
    settings.DEBUG = False
    scheduling.add_cards(student, Question.objects.all(), Card.Origin.LESSON, timezone.now())
    client.force_login(student)
    lesson = Lesson.objects.filter(status="published").order_by("-markdown").first()
    lesson = max(Lesson.objects.filter(status="published"), key=lambda l: len(l.markdown))
    attempt = attempts.start_attempt(student, Question.objects.all(), title="Q", mode=Attempt.Mode.PRACTICE, length=10, time_limit=None, now=timezone.now())
    prof("health", lambda: client.get("/health/"))
    prof("lesson", lambda: client.get(lesson.get_absolute_url()))
    prof("question", lambda: client.get(f"/attempts/{attempt.pk}/q/3/"))
    prof("review", lambda: client.get("/review/"))
    cards = iter(list(Card.objects.filter(user=student, version=0)))
    def g():
        c = next(cards)
        r = client.post("/review/grade/", {"card": c.pk, "version": 0, "rating": 3, "started": int(time.time()*1000)}, HTTP_HX_REQUEST="true")
        assert r.status_code == 200 and b'class="messages"' not in r.content
    global N; N = 40
    prof("grade", g)

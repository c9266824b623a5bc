import json
import re
from datetime import datetime, time, timedelta

from django import forms
from django.utils import timezone

from briefing.models import Lesson, Topic
from quizzes import attempts
from quizzes.models import Assignment, Attempt, Classroom, Question, clean_join_code


class QueueFilterForm(forms.Form):
    lesson = forms.ModelChoiceField(Lesson.objects.all(), required=False, to_field_name="slug", empty_label="All lessons")
    topic = forms.ModelChoiceField(Topic.objects.all(), required=False, to_field_name="slug", empty_label="All topics")
    source = forms.SlugField(required=False, widget=forms.HiddenInput)
    type = forms.ChoiceField(choices=[("", "All types"), *Question.Type.choices], required=False)
    status = forms.ChoiceField(choices=[("", "All statuses"), *Question.Status.choices], required=False, initial="pending")
    min_score = forms.FloatField(required=False, min_value=0, max_value=1, label="Score at least", widget=forms.NumberInput(attrs={"step": "0.05"}))

    def filter(self, questions):
        data = self.cleaned_data
        if data.get("lesson"):
            questions = questions.for_lesson(data["lesson"])
        if data.get("topic"):
            questions = questions.for_topic(data["topic"].slug)
        if data.get("source"):
            questions = questions.filter(passage__source__slug=data["source"])
        if data.get("type"):
            questions = questions.filter(type=data["type"])
        if data.get("status"):
            questions = questions.filter(status=data["status"])
        if data.get("min_score") is not None:
            questions = questions.filter(score__gte=data["min_score"])
        return questions


class RejectForm(forms.Form):
    reason = forms.ChoiceField(choices=Question.RejectReason.choices)
    note = forms.CharField(max_length=500, required=False)


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


class QuestionEditForm(forms.Form):
    """Edit what a question says. Lists are one item per line; matching pairs are 'left = right'."""

    stem = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
    answer = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                             help_text="For a timeline, the events in the right order, one per line; for matching, one 'left = right' pair per line.")  # fmt: skip
    options = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=4000,
                              help_text="Choices shown to the student, one per line (multiple choice: include the answer).")  # fmt: skip
    accepted = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000,
                               help_text="Other answers that count as right, one per line.")  # fmt: skip
    explanation = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, question: Question, **kwargs):
        self.question = question
        super().__init__(*args, **kwargs)

    @staticmethod
    def initial_for(version) -> dict:
        answer = version.answer
        if isinstance(answer, list):
            answer = "\n".join(" = ".join(item) if isinstance(item, list) else item for item in answer)
        return {"stem": version.stem, "answer": answer, "options": "\n".join(version.options),
                "accepted": "\n".join(version.accepted), "explanation": version.explanation}  # fmt: skip

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        kind = self.question.type
        answer_text = data["answer"].strip()
        options = _lines(data["options"])
        if kind == Question.Type.TIMELINE:
            data["answer"] = _lines(answer_text)
            if len(data["answer"]) < 3:
                raise forms.ValidationError("A timeline needs at least three events, one per line.")
            options = options or sorted(data["answer"])
            if sorted(options) != sorted(data["answer"]):
                raise forms.ValidationError("The timeline's options must be the same events as its answer.")
        elif kind == Question.Type.MATCHING:
            pairs = []
            for line in _lines(answer_text):
                left, sep, right = line.partition("=")
                if not sep or not left.strip() or not right.strip():
                    raise forms.ValidationError(f"Write each matching pair as 'left = right'; check “{line}”.")
                pairs.append([left.strip(), right.strip()])
            data["answer"] = pairs
            options = options or sorted(right for _, right in pairs)
        else:
            data["answer"] = answer_text
            if kind == Question.Type.TRUEFALSE and answer_text not in ("True", "False"):
                raise forms.ValidationError("A true-or-false answer must be True or False.")
            if kind in (Question.Type.MCQ, Question.Type.PARTNER):
                if answer_text not in options:
                    raise forms.ValidationError("The answer must be one of the options.")
                if len({o.casefold() for o in options}) != len(options) or len(options) < 2:
                    raise forms.ValidationError("Give at least two options, all different.")
            if kind == Question.Type.CLOZE and "_____" not in data["stem"]:
                raise forms.ValidationError("A fill-in-the-blank stem needs a blank written as _____.")
        data["options"] = options
        data["accepted"] = _lines(data["accepted"])
        json.dumps(data["answer"])  # stored as JSON
        return data


# Classes and assignments


class ClassroomForm(forms.ModelForm):
    class Meta:
        model = Classroom
        fields = ["name"]
        labels = {"name": "Name of the class"}
        help_texts = {"name": "Students see it when they join, e.g. “Latin American politics, spring term”."}

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Give the class a name.")
        return name


class JoinForm(forms.Form):
    code = forms.CharField(label="Join code", max_length=40, help_text="The 8 letters and digits your instructor gave you, e.g. ABCD-EFGH.",
                           widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}))  # fmt: skip

    def clean_code(self) -> str:
        code = clean_join_code(self.cleaned_data["code"])
        if len(code) != 8:
            raise forms.ValidationError("A join code has 8 letters and digits, like ABCD-EFGH. Check the code your instructor gave you.")
        self.classroom = Classroom.objects.select_related("instructor").filter(join_code=code).first()
        if self.classroom is None:
            raise forms.ValidationError("No class has this code. Check it with your instructor: they may have changed it.")
        return code


class DueField(forms.DateTimeField):
    """A date and time as a browser's date-and-time field sends it, in the current time zone.
    A date alone means the end of that day."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    default_error_messages = {"invalid": "Enter the due date and time, e.g. 2030-05-31 23:59."}

    def to_python(self, value):
        if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            value = value.strip() + " 23:59"
        return super().to_python(value)


def default_due(now: datetime) -> datetime:
    """A week from today at 23:59, in the current time zone."""
    day = timezone.localtime(now).date() + timedelta(days=7)
    return timezone.make_aware(datetime.combine(day, time(23, 59)))


class AssignmentForm(forms.ModelForm):
    kind = forms.ChoiceField(choices=Assignment.Kind.choices, widget=forms.RadioSelect, label="What to do")
    lesson = forms.ModelChoiceField(Lesson.objects.filter(status=Lesson.Status.PUBLISHED), required=False,
                                    help_text="For reading and quizzes. Only published lessons can be assigned.")  # fmt: skip
    length = forms.TypedChoiceField(choices=[(n, f"{n} questions") for n in attempts.LENGTHS], coerce=int, required=False,
                                    empty_value=attempts.DEFAULT_LENGTH, initial=attempts.DEFAULT_LENGTH, label="Length")  # fmt: skip
    mode = forms.ChoiceField(choices=Attempt.Mode.choices, initial=Attempt.Mode.PRACTICE, required=False, widget=forms.RadioSelect, label="Mode")
    time_limit = forms.IntegerField(min_value=1, max_value=120, required=False, label="Time limit in minutes (test mode, optional)")
    review_target = forms.IntegerField(min_value=1, max_value=1000, required=False, label="Cards to review",
                                       help_text="Reviews between now and the due date count, of any cards.")  # fmt: skip
    due = DueField(label="Due")

    class Meta:
        model = Assignment
        fields = ["kind", "lesson", "length", "mode", "time_limit", "review_target", "due"]

    def __init__(self, *args, now, **kwargs):
        self.now = now
        super().__init__(*args, **kwargs)
        self.fields["due"].help_text = f"In your time zone ({timezone.get_current_timezone_name()}); a date alone means 23:59 that day."

    def clean_due(self):
        due = self.cleaned_data["due"]
        if due <= self.now:
            raise forms.ValidationError("That time has passed. Choose a due date in the future.")
        if due > self.now + timedelta(days=2 * 365):
            raise forms.ValidationError("Choose a due date within the next two years.")
        return due

    def clean(self):
        data = super().clean()
        kind, lesson = data.get("kind"), data.get("lesson")
        if kind in (Assignment.Kind.READING, Assignment.Kind.QUIZ) and not lesson and "lesson" not in self.errors:
            self.add_error("lesson", "Choose the lesson to read." if kind == Assignment.Kind.READING else "Choose the lesson the quiz is on.")
        if kind == Assignment.Kind.QUIZ and lesson and not Question.objects.for_lesson(lesson).live().exists():
            self.add_error("lesson", "This lesson has no published questions yet. Review its questions first, or choose another lesson.")
        if kind == Assignment.Kind.REVIEW:
            data["lesson"] = None
            if data.get("review_target") is None and "review_target" not in self.errors:
                self.add_error("review_target", "Say how many cards to review, from 1 to 1000.")
        else:
            data["review_target"] = None
        data["mode"] = data.get("mode") or Attempt.Mode.PRACTICE
        if kind != Assignment.Kind.QUIZ or data["mode"] != Attempt.Mode.TEST:
            data["time_limit"] = None
        return data


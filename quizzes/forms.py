import json

from django import forms

from briefing.models import Lesson, Topic
from quizzes.models import Question


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

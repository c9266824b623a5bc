"""Forms for importing a source in the browser and correcting its passages.

An import takes two steps. ``CaptureForm`` reads the pasted text or the uploaded file and
cleans it into a preview; nothing is stored. The preview page carries the capture forward
in ``ConfirmForm``'s ``capture`` field, signed, so that "Save" stores exactly the text that
was previewed, and cleans it again to check the passages are still the ones shown.
"""

import json
from dataclasses import asdict, dataclass, field

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat

from briefing import ingest
from briefing.importing import SourceMeta, check_capture_size, format_for, preview_source, read_capture, unique_slug
from briefing.models import Source, content_hash

CAPTURE_MAX_AGE = 24 * 60 * 60  # seconds a preview can wait for "Save"
PASTED_FORMATS = [("txt", "Plain text"), ("md", "Markdown"), ("html", "HTML")]
PASSAGE_MAX_CHARS = 6000


@dataclass
class Capture:
    """The article as captured: its text, format, decoding warnings and, if uploaded, the file's name."""

    raw: str
    fmt: str
    warnings: list[str] = field(default_factory=list)
    filename: str = ""


def fingerprint(doc: ingest.CleanedDocument) -> str:
    """Identifies what an import stores from a cleaned document: its passages and notes."""
    passages = [[p.ordinal, p.section, p.kind, p.text] for p in doc.passages]
    notes = [[n.number, n.text] for n in doc.notes]
    return content_hash(json.dumps([passages, notes]))


def _salt(user) -> str:
    return f"briefing.source-import:{user.pk}"


def sign_capture(capture: Capture, doc: ingest.CleanedDocument, user) -> str:
    return signing.dumps({**asdict(capture), "fingerprint": fingerprint(doc)}, salt=_salt(user), compress=True)


class SourceMetaForm(forms.Form):
    """What the site says about a source: shown beside every passage cited from it."""

    title = forms.CharField(max_length=300, help_text="The article's headline, as published.",
                            error_messages={"required": "Give the source its title; it is shown wherever the source is cited."})  # fmt: skip
    publisher = forms.CharField(max_length=200, required=False, help_text="The site, paper or institute that published it.")
    authors = forms.CharField(max_length=500, required=False, help_text="Separate several names with commas.")
    published = forms.DateField(required=False, label="Date published", widget=forms.DateInput(attrs={"type": "date"}),
                                help_text="Leave empty if the article gives no exact date.")  # fmt: skip
    published_note = forms.CharField(max_length=300, required=False, label="Note on the date",
                                      help_text="What is known of the date when it is not exact, e.g. “early 2025, undated page”.")  # fmt: skip
    url = forms.CharField(max_length=500, required=False, label="Web address", help_text="The article's http:// or https:// address.")
    kind = forms.CharField(max_length=200, required=False, label="Kind of source",
                           help_text="What sort of source this is, e.g. news report, think-tank analysis, opinion.")  # fmt: skip
    caveats = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                              help_text="What a reader should be careful of: the publisher's stance, missing sources, the date.")  # fmt: skip
    slug = forms.SlugField(max_length=80, required=False, label="Address name",
                           help_text="Names the source in its web address and in lessons' citations, e.g. [@name:3]. Made from the title if left empty.")  # fmt: skip

    def clean_url(self) -> str:
        url = self.cleaned_data["url"].strip()
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except forms.ValidationError:
                raise forms.ValidationError("Give the article's web address, starting with http:// or https://.") from None
        return url

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if slug and Source.objects.filter(slug=slug).exists():
            raise forms.ValidationError(
                "A source already has the address name “%(slug)s”; choose another, e.g. “%(free)s”.",
                params={"slug": slug, "free": unique_slug(slug)},
            )
        return slug

    def meta(self) -> SourceMeta:
        """The details as cleaned so far (a field with an error counts as empty)."""
        data = self.cleaned_data
        return SourceMeta(
            title=data.get("title", ""),
            publisher=data.get("publisher", "").strip(),
            authors=[name.strip() for name in data.get("authors", "").split(",") if name.strip()],
            published=data.get("published"),
            published_note=data.get("published_note", "").strip(),
            url=data.get("url", ""),
            kind=data.get("kind", "").strip(),
            caveats=data.get("caveats", "").strip(),
        )

    def metadata(self) -> dict:
        """The cleaned fields, to fill in the next step's form."""
        return {name: self.cleaned_data[name] for name in SourceMetaForm.base_fields}


class CaptureForm(SourceMetaForm):
    """Step one: the article, pasted or uploaded, and what is known of it."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}), required=False, strip=False,
                           label="Paste the article", help_text="Everything you copied from the page; site menus, share buttons and paywall notices are removed.")  # fmt: skip
    format = forms.ChoiceField(choices=PASTED_FORMATS, initial="txt", label="The pasted text is",
                               help_text="For an uploaded file, its name's ending (.txt, .md, .html) says which.")  # fmt: skip
    file = forms.FileField(required=False, label="Or upload the saved article",
                           error_messages={"empty": "The file is empty; choose the file you saved the article in."})  # fmt: skip

    field_order = ["text", "format", "file"]

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        limit = filesizeformat(settings.BRIEFING_MAX_IMPORT_BYTES)
        self.fields["file"].help_text = f"A .txt, .md or .html file of at most {limit}."

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        size, limit = len(text.encode()), settings.BRIEFING_MAX_IMPORT_BYTES
        if size > limit:
            raise forms.ValidationError(
                "The pasted text is %(size)s; the limit is %(limit)s. Paste the article's text only.",
                params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
            )
        return text

    def clean_file(self) -> Capture | None:
        upload = self.cleaned_data["file"]
        if not upload:
            return None
        try:
            fmt = format_for(upload.name)
            check_capture_size(upload.size)
            raw, warnings = read_capture(upload.read())
        except ingest.IngestError as error:
            raise forms.ValidationError(str(error)) from None
        return Capture(raw, fmt, warnings, upload.name)

    def clean(self):
        data = super().clean()
        if self.has_error("text") or self.has_error("file"):
            return data
        text, upload = data.get("text", ""), data.get("file")
        if text.strip() and upload:
            raise forms.ValidationError("Paste the article or upload it, not both: clear the text box or the file.")
        if not text.strip() and not upload:
            self.add_error("text", "Paste the article's text here, or upload the file you saved it in.")
            return data
        capture = upload or Capture(text, data.get("format") or "txt")
        if self.errors:  # the details need correcting first
            if upload:
                self.add_error("file", "Choose the file again once the details are corrected: the browser does not keep it.")
            return data
        try:
            data["document"] = preview_source(capture.raw, capture.fmt, self.meta())
        except ingest.IngestError as error:
            self.add_error("file" if upload else "text", str(error))
            return data
        data["capture"] = capture
        data["signed"] = sign_capture(capture, data["document"], self.user)
        carried = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if carried is not None and len(data["signed"]) > carried - 100_000:  # "Save" posts it back
            self.add_error("file" if upload else "text", "This article is too large to preview and save in the browser; "
                                                         "import it with manage.py import_source instead.")  # fmt: skip
        return data


class ConfirmForm(SourceMetaForm):
    """Step two: the details again (still editable) and the previewed capture, signed."""

    capture = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = True
        self.fields["slug"].error_messages["required"] = "Give the source an address name, e.g. one made from its title."

    def clean_capture(self) -> dict:
        try:
            return signing.loads(self.cleaned_data["capture"], salt=_salt(self.user), max_age=CAPTURE_MAX_AGE)
        except signing.SignatureExpired:
            raise forms.ValidationError("This preview is more than a day old; start the import again.") from None
        except signing.BadSignature:
            raise forms.ValidationError("This preview cannot be read back; start the import again.") from None

    def clean(self):
        data = super().clean()
        signed = data.get("capture")
        if not signed:
            return data
        fields = {key: signed[key] for key in ("raw", "fmt", "warnings", "filename")}
        data["capture"] = capture = Capture(**fields)
        if self.has_error("title"):  # cleaning depends on the title; the other details can wait
            return data
        try:
            data["document"] = doc = preview_source(capture.raw, capture.fmt, self.meta())
        except ingest.IngestError as error:  # only a changed title can make a previewed capture fail
            raise forms.ValidationError(str(error)) from None
        if fingerprint(doc) != signed["fingerprint"]:
            data["signed"] = sign_capture(capture, doc, self.user)
            raise forms.ValidationError(
                "With the changed title, cleaning keeps different text: check the passages below again, then save."
            )
        return data

    @property
    def document(self) -> ingest.CleanedDocument | None:
        return getattr(self, "cleaned_data", {}).get("document")

    @property
    def capture_value(self) -> str:
        """The signed capture to carry on: re-signed when the passages changed, else as posted."""
        return getattr(self, "cleaned_data", {}).get("signed") or self.data.get("capture") or self.initial.get("capture", "")


class PassageForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), max_length=PASSAGE_MAX_CHARS, label="Passage text",
                           help_text="One paragraph; line breaks become spaces. Keep note markers such as [3] where they belong.",
                           error_messages={"required": "A passage cannot be empty; write its corrected text."})  # fmt: skip

    def __init__(self, *args, passage, **kwargs):
        self.passage = passage
        super().__init__(*args, **kwargs)

    def clean_text(self) -> str:
        text = " ".join(self.cleaned_data["text"].split())
        if not text:
            raise forms.ValidationError("A passage cannot be empty; write its corrected text.")
        if text == self.passage.text:
            raise forms.ValidationError("The text is unchanged, so nothing was saved.")
        return text

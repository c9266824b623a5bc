from django import template
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from briefing.ingest import note_markers

register = template.Library()


@register.simple_tag
def passage_text(passage, note_numbers=frozenset()) -> SafeString:
    """The passage's text, escaped, with markers like [10] linked to their note on the source page."""
    text, parts, last = passage.text, [], 0
    notes_url = reverse("source", args=[passage.source.slug])
    for start, end, number in note_markers(text):
        if number not in note_numbers:
            continue
        parts.append(conditional_escape(text[last:start]))
        parts.append(
            format_html('<a class="note-ref" href="{}#note-{}" aria-label="Note {}">{}</a>', notes_url, number, number, text[start:end])
        )
        last = end
    parts.append(conditional_escape(text[last:]))
    return mark_safe("".join(parts))

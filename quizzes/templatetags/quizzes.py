from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def highlighted(text: str, start: int, end: int):
    """The text with [start, end) marked, everything escaped."""
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


@register.filter
def answer_display(answer) -> str:
    """An answer as one line: timelines joined by arrows, matching pairs as 'left → right'."""
    if isinstance(answer, list):
        if answer and isinstance(answer[0], list):
            return "; ".join(f"{left} → {right}" for left, right in answer)
        return " → ".join(answer)
    return str(answer)


@register.filter
def index_of(items, value) -> int | None:
    """1-based position of value in a list, or None."""
    try:
        return list(items).index(value) + 1
    except (ValueError, TypeError):
        return None


@register.filter
def lookup(mapping, key):
    return mapping.get(key) if isinstance(mapping, dict) else None


@register.filter
def percent(value) -> str:
    return f"{round(100 * float(value))}%"


@register.filter
def duration_label(seconds: int) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes} min {seconds:02d} s"

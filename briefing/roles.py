"""Who may do what: instructors are members of the Instructors group (or superusers)."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from briefing.models import is_instructor


def instructor_required(view):
    """Anonymous visitors are sent to log in; signed-in people who are not instructors get 403."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not is_instructor(request.user):
            raise PermissionDenied("Only instructors can open this page.")
        return view(request, *args, **kwargs)

    return wrapper

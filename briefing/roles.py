"""Who may do what: instructors are members of the Instructors group (or superusers)."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

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


def redirect_back(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    """Go back to the form's ``next`` if it is a path on this site, else to ``fallback``."""
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return HttpResponseRedirect(target if target.startswith("/") and safe else fallback)

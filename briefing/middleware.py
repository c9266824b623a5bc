"""Request handling shared by every page."""

from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render


class RefuseOversizedBodyMiddleware:
    """Answer a form body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` with the readable "too large" page.

    The CSRF check reads ``request.POST`` in ``process_view``, before any view runs, so an
    oversized paste raises ``RequestDataTooBig`` there, and with ``DEBUG`` on Django shows its
    technical page instead of ``400.html``. Every middleware's ``__call__`` runs before any
    ``process_view``, so reading the form here first gives every setting the same page, drawn
    like any other (signed-in header, CSRF cookie and security headers included).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST
            except RequestDataTooBig:
                return render(request, "413.html", status=413)
        return self.get_response(request)

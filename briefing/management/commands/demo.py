import secrets

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError

from briefing.models import instructors_group


class Command(BaseCommand):
    help = "Create (or reset) the demo accounts 'student' and 'instructor' and print their logins."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password for both accounts (only with DEBUG on). Default: a random one, printed.")

    def handle(self, *args, **options):
        password = options["password"]
        if password is not None and not settings.DEBUG:
            raise CommandError("Refusing to give demo accounts a known password with DEBUG off; omit --password for a random one.")
        if password is not None and len(password) < 4:
            raise CommandError("--password must be at least 4 characters.")
        password = password or secrets.token_urlsafe(9)
        instructors = instructors_group()
        for username, name in (("student", "Sam Student"), ("instructor", "Ines Instructor")):
            user, _ = User.objects.get_or_create(username=username)
            user.first_name, _, user.last_name = name.partition(" ")
            user.set_password(password)
            user.is_staff = username == "instructor"  # instructors edit topic aliases and content in the admin
            user.save()
            if username == "instructor":
                user.groups.add(instructors)
            self.stdout.write(f"  {username:<11} password: {password}")
        self.stdout.write(self.style.SUCCESS("Demo accounts ready."))

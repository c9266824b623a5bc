import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from briefing.models import Lesson, instructors_group


class Command(BaseCommand):
    help = ("Create (or reset) the demo accounts 'student' and 'instructor' and print their logins; the instructor "
            "gets a demo class with the student in it and two assignments.")

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
        users = {}
        for username, name in (("student", "Sam Student"), ("instructor", "Ines Instructor")):
            user, _ = User.objects.get_or_create(username=username)
            user.first_name, _, user.last_name = name.partition(" ")
            user.set_password(password)
            user.is_staff = username == "instructor"  # instructors edit topic aliases and content in the admin
            user.save()
            if username == "instructor":
                user.groups.add(instructors)
            users[username] = user
            self.stdout.write(f"  {username:<11} password: {password}")
        classroom = self.demo_class(users["instructor"], users["student"])
        self.stdout.write(f"  Demo class “{classroom.name}”, join code {classroom.join_code}")
        self.stdout.write(self.style.SUCCESS("Demo accounts ready."))

    def demo_class(self, instructor, student):
        from quizzes.models import Assignment, Classroom, Membership

        classroom, created = Classroom.objects.get_or_create(name="Demo class", instructor=instructor)
        Membership.objects.get_or_create(classroom=classroom, student=student)
        if created:
            now = timezone.now()
            lessons = list(Lesson.objects.filter(status=Lesson.Status.PUBLISHED).order_by("order")[:2])
            if lessons:  # read the first lesson, take a quiz on the next
                Assignment.objects.create(classroom=classroom, kind=Assignment.Kind.READING, lesson=lessons[0], due=now + timedelta(days=7))
                Assignment.objects.create(classroom=classroom, kind=Assignment.Kind.QUIZ, lesson=lessons[-1], length=10,
                                          due=now + timedelta(days=14))  # fmt: skip
            Assignment.objects.create(classroom=classroom, kind=Assignment.Kind.REVIEW, review_target=30, due=now + timedelta(days=7))
        return classroom

"""Briefings and badge holders for the briefing tests, built the way editors and officers would leave them."""

import datetime
import itertools
import secrets

from django.utils import timezone

from wagtail.models import Locale

from core.pages import publish
from press_center.models import Application, BriefingPage, BriefingSpeaker, Outlet, Status

_numbers = itertools.count(1)


def at(days, hour=9, minute=0):
    """An aware datetime `days` from today at local (Asia/Ho_Chi_Minh) `hour`:`minute`."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def make_briefing(schedule, title=None, start=None, minutes=60, live=True, speakers=None, **fields):
    """A briefing under `schedule`, published unless live=False (publication creates its shared state)."""
    number = next(_numbers)
    start = start or at(2, 9)
    defaults = {
        "summary": "Tóm tắt cuộc họp báo, viết cho bộ kiểm thử.",
        "organiser": "Ban Tổ chức Đại hội",
        "language": "vi",
    }
    defaults.update(fields)
    page = BriefingPage(
        title=title or f"Họp báo thử số {number}",
        slug=f"hop-bao-thu-{number}",
        start=start,
        end=start + datetime.timedelta(minutes=minutes),
        live=False,
        **defaults,
    )
    page.speakers = [
        BriefingSpeaker(name=name, title=role, sort_order=order)
        for order, (name, role) in enumerate(speakers or [("Trần Minh Đức", "Người phát ngôn")])
    ]
    schedule.add_child(instance=page)
    if live:
        publish(page)
    return BriefingPage.objects.get(pk=page.pk)


def edit(page, publish_it=True, **changes):
    """Change a briefing as an editor would (a new revision), and publish it unless told not to."""
    page = BriefingPage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    if publish_it:
        publish(page)
    else:
        page.save_revision()
    return BriefingPage.objects.get(pk=page.pk)


def translate(page, title="Test briefing", **fields):
    """The English copy of `page`, published."""
    translated = page.copy_for_translation(Locale.objects.get(language_code="en"))
    translated.title = title
    translated.slug = f"{page.slug}-en"
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    publish(translated)
    return BriefingPage.objects.get(pk=translated.pk)


def badge_holder(status=Status.APPROVED, language="vi", valid_until=None, outlet=None, name=None):
    """An accreditation application in `status`; approved and revoked ones carry a signed badge."""
    number = next(_numbers)
    today = timezone.localdate()
    outlet = outlet or Outlet.objects.get_or_create(name="Báo Lịch Họp Báo", defaults={"quota": None})[0]
    application = Application.objects.create(
        language=language,
        status=status,
        category="reporter",
        origin="domestic",
        family_name="Lê",
        given_names=name or f"Phóng Viên {number}",
        document_number=f"BR{number:07d}",
        outlet=outlet,
        position="Phóng viên",
        email=f"pv{number}@example.org",
        phone="+84 90 000 0000",
        coverage_starts=today,
        coverage_ends=today + datetime.timedelta(days=30),
        consented_at=timezone.now(),
        submitted_at=timezone.now(),
    )
    if status in (Status.APPROVED, Status.REVOKED):
        application.badge_number = 5000 + number
        application.badge_secret = secrets.token_hex(16)
        application.badge_valid_from = today
        application.badge_valid_until = valid_until or today + datetime.timedelta(days=30)
        application.decided_at = timezone.now()
        application.save()
    return application


def registrations_url(application, language="vi"):
    return application.status_path(language) + "briefings/"


def calendar_attachment(message):
    """(file name, Content-Type, iCalendar text) of the .ics an e-mail carries."""
    (attachment,) = message.attachments
    return attachment.get_filename(), attachment["Content-Type"], attachment.get_payload(decode=True).decode()

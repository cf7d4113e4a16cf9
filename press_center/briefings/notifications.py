"""E-mails to registered journalists, in their language, with a plain-text and an HTML part.

Like the accreditation e-mails they go through django-tasks (immediate in development and tests,
stored and retried by `manage.py db_worker` in production). Confirmations, promotions and changes
carry the briefing's .ics, so the journalist's calendar holds the current time and place.
"""

from email.mime.text import MIMEText

from django_tasks import task

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from . import changes

SUBJECTS = {
    "registered": _("Registered: %(title)s"),
    "waitlisted": _("On the waitlist: %(title)s"),
    "promoted": _("A place is now yours: %(title)s"),
    "changed": _("Changed: %(title)s"),
    "postponed": _("Postponed: %(title)s"),
    "cancelled": _("Cancelled: %(title)s"),
    "withdrawn": _("Registration cancelled: %(title)s"),
}
WITH_CALENDAR = ("registered", "promoted", "changed", "postponed", "cancelled", "withdrawn")
# What the attached .ics asks of the journalist's calendar (RFC 5546): remove the event, else update it.
CALENDAR_METHOD = {"cancelled": "CANCEL", "withdrawn": "CANCEL"}


def send(registration, kind, change=None):
    """Queue the e-mail `kind` (a key of SUBJECTS) to the registered journalist."""
    if kind not in SUBJECTS:
        raise ValueError(f"Unknown briefing e-mail: {kind}")
    send_registration_email.enqueue(registration.pk, kind, change.pk if change else None)


def change_kind(items):
    statuses = [item["after"] for item in items if item["kind"] == changes.STATUS]
    if "cancelled" in statuses:
        return "cancelled"
    if "postponed" in statuses:
        return "postponed"
    return "changed"


def notify_change(event, change):
    """Tell everyone registered (confirmed or waiting) about a published change."""
    kind = change_kind(change.items)
    for registration in event.registrations.exclude(status="cancelled"):
        send(registration, kind, change)


def build_message(registration, kind, change=None):
    """The EmailMultiAlternatives for `kind`, in the journalist's language."""
    from .calendar import absolute, base_url, invitation

    application = registration.application
    language = application.language
    briefing = registration.event.page_for(language)
    base = base_url()
    status_url = application.status_url(language)
    with translation.override(language):
        context = {
            "registration": registration,
            "application": application,
            "briefing": briefing,
            "kind": kind,
            "change_note": change.note(language) if change else "",
            "briefing_url": absolute(briefing.get_url(), base) if briefing else "",
            "registrations_url": f"{status_url}briefings/" if status_url else "",
            "position": registration.waitlist_position(),
            "venue": briefing.venue_label(language) if briefing else "",
        }
        title = briefing.title if briefing else ""
        subject = str(SUBJECTS[kind]) % {"title": title}
        text = render_to_string("press_center/briefings/emails/registration.txt", context)
        html = render_to_string("press_center/briefings/emails/registration.html", context)
        calendar = None
        if briefing and kind in WITH_CALENDAR:
            method = CALENDAR_METHOD.get(kind, "REQUEST")
            calendar = invitation(briefing, base, application.email, application.full_name, method)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[application.email])
    message.attach_alternative(html, "text/html")
    if calendar:
        attachment = MIMEText(calendar.to_ical().decode(), "calendar", "utf-8")
        attachment.set_param("method", method)
        attachment.add_header("Content-Disposition", "attachment", filename=f"{briefing.slug}.ics")
        message.attach(attachment)
    return message


@task()
def send_registration_email(registration_id, kind, change_id=None):
    from press_center.models import BriefingChange, BriefingRegistration, Status

    registration = (
        BriefingRegistration.objects.select_related("application", "event")
        .filter(pk=registration_id, application__purged_at__isnull=True)
        .exclude(application__status=Status.REVOKED)  # queued before the revocation: no longer theirs
        .first()
    )
    if registration is None:
        return False
    change = BriefingChange.objects.filter(pk=change_id).first() if change_id else None
    build_message(registration, kind, change).send()
    return True

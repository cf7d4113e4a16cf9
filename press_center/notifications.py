"""E-mails to applicants, in their language, with a plain-text and an HTML part.

Sending goes through django-tasks: immediate in development and tests, stored in the database and
retried by `manage.py db_worker` in production, so a slow mail server never holds up an officer.
"""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

SUBJECTS = {
    "invited": _("Press accreditation %(reference)s: complete your details"),
    "received": _("Application %(reference)s received"),
    "updated": _("Application %(reference)s updated"),
    "promoted": _("Application %(reference)s: a place is now available"),
    "under_review": _("Application %(reference)s is under review"),
    "info_requested": _("Application %(reference)s: more information needed"),
    "info_received": _("Application %(reference)s: information received"),
    "sent_for_vetting": _("Application %(reference)s approved by the press centre"),
    "approved": _("Application %(reference)s approved: your press badge"),
    "vetting_refused": _("Application %(reference)s: security check"),
    "rejected": _("Application %(reference)s rejected"),
    "revoked": _("Accreditation %(reference)s revoked"),
    "badge_replaced": _("Accreditation %(reference)s: your new badge"),
    "appeal_received": _("Application %(reference)s: appeal received"),
    "appeal_dismissed": _("Application %(reference)s: appeal decided"),
    "link": _("Your status link for application %(reference)s"),
}


def send(application, event):
    """Queue the e-mail for `event` (a key of SUBJECTS) to the applicant."""
    if event not in SUBJECTS:
        raise ValueError(f"Unknown accreditation e-mail: {event}")
    send_applicant_email.enqueue(application.pk, event)


def build_message(application, event):
    """The EmailMultiAlternatives for `event`, rendered in the applicant's language."""
    with translation.override(application.language):
        context = {
            "application": application,
            "event": event,
            "status_url": application.status_url(),
            "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
            "released_briefings": released_briefings(application) if event == "revoked" else 0,
            "replaced": application.replaced_badges.first() if event == "badge_replaced" else None,
        }
        subject = str(SUBJECTS[event]) % {"reference": application.reference}
        text = render_to_string("press_center/emails/status_email.txt", context)
        html = render_to_string("press_center/emails/status_email.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[application.email])
    message.attach_alternative(html, "text/html")
    return message


def released_briefings(application):
    """How many briefing registrations the revocation cancelled (see briefings.registration.release_places)."""
    return application.briefing_registrations.filter(
        status="cancelled", cancelled_at__gte=application.decided_at
    ).count()


@task()
def send_applicant_email(application_id, event):
    from .models import Application

    application = Application.objects.active().select_related("outlet").filter(pk=application_id).first()
    if application is None:
        return False
    build_message(application, event).send()
    return True


# E-mails to an outlet's focal point about its staff list.
STAFF_LIST_SUBJECTS = {
    "registered": _("Staff list %(reference)s of %(outlet)s received"),
    "approved": _("Staff list %(reference)s of %(outlet)s approved"),
}


def send_staff_list(staff_list, event):
    """Queue the e-mail for `event` (a key of STAFF_LIST_SUBJECTS) to the list's focal point."""
    if event not in STAFF_LIST_SUBJECTS:
        raise ValueError(f"Unknown staff-list e-mail: {event}")
    send_staff_list_email.enqueue(staff_list.pk, event)


def build_staff_list_message(staff_list, event):
    from .staff_lists import progress

    with translation.override(staff_list.language):
        context = {"staff_list": staff_list, "event": event, "list_url": staff_list.url(), **progress(staff_list)}
        subject = str(STAFF_LIST_SUBJECTS[event]) % {
            "reference": staff_list.reference,
            "outlet": staff_list.outlet.name,
        }
        text = render_to_string("press_center/emails/staff_list_email.txt", context)
        html = render_to_string("press_center/emails/staff_list_email.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[staff_list.focal_email])
    message.attach_alternative(html, "text/html")
    return message


@task()
def send_staff_list_email(staff_list_id, event):
    from .models import StaffList

    staff_list = StaffList.objects.active().select_related("outlet").filter(pk=staff_list_id).first()
    if staff_list is None:
        return False
    build_staff_list_message(staff_list, event).send()
    return True

"""Registering accredited journalists for briefings: who may, capacity, the waitlist, attendance.

Places are counted with the briefing's shared row (`BriefingEvent`) locked: SELECT … FOR UPDATE on
PostgreSQL, and on SQLite the IMMEDIATE transactions configured in settings serialise writers. So
simultaneous registrations queue one after the other and capacity can never be overbooked; past it,
registrations join the waitlist in arrival order. When a place frees (a cancellation, a raised
capacity), the first on the waitlist is promoted and told by e-mail.

Every change is written to Wagtail's audit log on the journalist's application, where officers see it.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from press_center.models import Application, BadgeState, ReplacedBadge, Status
from press_center.models.briefings import (
    Access,
    BriefingEvent,
    BriefingRegistration,
    BriefingStatus,
    RegistrationStatus,
)

from . import notifications
from .publication import ensure_event

# Audit-log actions, logged on the application (labels in briefings.hooks).
REGISTER = "press_center.briefing_register"
WAITLIST = "press_center.briefing_waitlist"
PROMOTE = "press_center.briefing_promote"
CANCEL = "press_center.briefing_cancel"
ATTEND = "press_center.briefing_attend"
EXPORT = "press_center.briefing_export"

OPEN_STATUSES = (BriefingStatus.SCHEDULED, BriefingStatus.CHANGED)


class RegistrationError(Exception):
    """Registration refused; `code` names the reason for code, the message is for the journalist."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def badge_problem(application, briefing_day, today=None):
    """Why this application's badge cannot be used to register for a briefing on `briefing_day`, or None.

    The badge must be valid today (approved, not revoked, not expired) and must not expire before the
    briefing. Its first day of validity is not checked: journalists register ahead of time.
    """
    from core.dates import long_date

    state = application.badge_state(on=today)
    if state in (BadgeState.VALID, BadgeState.NOT_YET_VALID):
        if application.badge_state(on=briefing_day) == BadgeState.EXPIRED:
            return (
                "expires_before",
                _("Your badge is valid until %(until)s, before this briefing on %(day)s.")
                % {"until": long_date(application.badge_valid_until), "day": long_date(briefing_day)},
            )
        return None
    if state == BadgeState.REVOKED:
        return "revoked", _("Your accreditation has been revoked, so your badge cannot be used to register.")
    if state == BadgeState.EXPIRED:
        return (
            "expired",
            _("Your badge expired on %(date)s, so you cannot register for briefings.")
            % {"date": long_date(application.badge_valid_until)},
        )
    if application.status == Status.REJECTED:
        return "rejected", _("Your accreditation application was not approved, so you have no badge to register with.")
    return "unknown", _("You can register for briefings once your accreditation is approved and your badge is issued.")


def registration_problem(event, now=None):
    """Why `event` takes no registrations right now, or None."""
    from core.dates import long_date

    now = now or timezone.now()
    if event.access != Access.REGISTRATION:
        return "not_needed", _("This briefing needs no registration (%(access)s).") % {
            "access": Access(event.access).label.lower()
        }
    if event.status == BriefingStatus.CANCELLED:
        return "cancelled", _("This briefing has been cancelled.")
    if event.status == BriefingStatus.POSTPONED:
        return "postponed", _("This briefing has been postponed; registration reopens when it has a new date.")
    if event.status == BriefingStatus.COMPLETED or event.start <= now:
        return "started", _("This briefing has already started or taken place.")
    if event.registration_closes <= now:
        return "closed", _("Registration for this briefing closed on %(date)s.") % {
            "date": long_date(event.registration_closes, with_time=True)
        }
    if not event.capacity:
        return "closed", _("Registration for this briefing is not open.")
    return None


def register(briefing, application, notify=True, now=None):
    """Register `application` for `briefing` (a BriefingPage): a confirmed place or a place on the waitlist.

    Raises RegistrationError with a clear message when the badge or the briefing does not allow it.
    Registering again while registered changes nothing and returns the existing registration.
    """
    now = now or timezone.now()
    problem = badge_problem(application, timezone.localtime(briefing.start).date())
    if problem:
        raise RegistrationError(*problem)
    event = ensure_event(briefing)
    with transaction.atomic():
        event = BriefingEvent.objects.select_for_update().get(pk=event.pk)
        problem = registration_problem(event, now)
        if problem:
            raise RegistrationError(*problem)
        registration = BriefingRegistration.objects.filter(event=event, application=application).first()
        if registration is not None and registration.is_active:
            return registration
        registration = registration or BriefingRegistration(event=event, application=application)
        confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        full = confirmed >= event.capacity
        registration.status = RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED
        registration.queued_at = timezone.now()
        registration.cancelled_at = None
        registration.promoted_at = None
        registration.save()
        log(application, WAITLIST if full else REGISTER, data=log_data(event, briefing))
        if notify:
            notifications.send(registration, "waitlisted" if full else "registered")
    return registration


def cancel(registration, user=None, notify_promoted=True, notify_journalist=True):
    """Cancel a registration (by the journalist, or by an officer as `user`); promotes from the waitlist.

    A cancelled registration is kept, so the list shows who withdrew. A journalist who cancels sees
    it on the page; one whose registration an officer cancels is told by e-mail (unless
    `notify_journalist` is false: a revoked journalist is told once, by the revocation e-mail).
    """
    with transaction.atomic():
        event = BriefingEvent.objects.select_for_update().get(pk=registration.event_id)
        registration = BriefingRegistration.objects.select_related("application").get(pk=registration.pk)
        if not registration.is_active:
            return registration, []
        if event.start <= timezone.now() and user is None:
            raise RegistrationError("started", _("This briefing has already started; the registration stays."))
        was_confirmed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at", "updated_at"])
        log(registration.application, CANCEL, user=user, data={**log_data(event), "was_confirmed": was_confirmed})
        promoted = fill_places(event, locked=True, notify=notify_promoted) if was_confirmed else []
        if user is not None and notify_journalist:
            notifications.send(registration, "withdrawn")
    return registration, promoted


def release_places(application, user):
    """Cancel `application`'s registrations for briefings still ahead (its badge was revoked).

    Their places go to the first on each waitlist, who are told; past registrations stay as history.
    Returns the cancelled registrations.
    """
    upcoming = BriefingRegistration.objects.filter(
        application=application,
        status__in=(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED),
        event__start__gt=timezone.now(),
    )
    return [cancel(registration, user=user, notify_journalist=False)[0] for registration in upcoming]


def fill_places(event, locked=False, notify=True):
    """Promote the earliest waitlisted registrations into free places; returns them.

    Only while the briefing is still ahead and on the schedule. `locked`: the caller holds the row lock.
    """
    if not locked:
        with transaction.atomic():
            return fill_places(BriefingEvent.objects.select_for_update().get(pk=event.pk), locked=True, notify=notify)
    if event.access != Access.REGISTRATION or event.status not in OPEN_STATUSES or event.start <= timezone.now():
        return []
    confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    free = (event.capacity or 0) - confirmed
    if free <= 0:
        return []
    waiting = (
        event.registrations.filter(status=RegistrationStatus.WAITLISTED)
        .select_related("application")
        .order_by("queued_at", "pk")[:free]
    )
    promoted = list(waiting)
    now = timezone.now()
    data = log_data(event) if promoted else None
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at", "updated_at"])
        log(registration.application, PROMOTE, data=data)
        if notify:
            notifications.send(registration, "promoted")
    return promoted


def set_attendance(registration, user, present=True):
    """Record (or undo) that a registered journalist came to the briefing."""
    if registration.status == RegistrationStatus.CANCELLED and present:
        raise RegistrationError("cancelled", _("This registration was cancelled."))
    registration.attended_at = timezone.now() if present else None
    registration.attended_by = user if present else None
    registration.save(update_fields=["attended_at", "attended_by", "updated_at"])
    log(registration.application, ATTEND, user=user, data={**log_data(registration.event), "present": present})
    return registration


def attend_by_badge(event, code, user):
    """Record attendance from a scanned or typed badge code; returns the registration.

    The badge must be valid today and registered for this briefing (confirmed, or waitlisted when an
    officer lets the journalist in on a free seat).
    """
    application = Application.objects.by_badge_code(code)
    if application is None:
        if ReplacedBadge.objects.by_badge_code(code):
            raise RegistrationError("replaced", _("This badge was replaced by a new one and is no longer valid."))
        raise RegistrationError("unknown_badge", _("This badge code is not valid."))
    state = application.badge_state()
    if state != BadgeState.VALID:
        raise RegistrationError(
            "badge_state", _("This badge is not valid (%(state)s).") % {"state": BadgeState(state).label.lower()}
        )
    registration = (
        BriefingRegistration.objects.select_related("application__outlet")
        .filter(event=event, application=application)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )
    if registration is None:
        raise RegistrationError(
            "not_registered",
            _("%(name)s (%(badge)s) is not registered for this briefing.")
            % {"name": application.full_name, "badge": application.badge_label},
        )
    return set_attendance(registration, user, present=True)


def log_data(event, briefing=None):
    """What the audit log keeps about the briefing: its id, start and (Vietnamese) title."""
    briefing = briefing or event.page_for("vi", live=False)
    return {
        "event": event.pk,
        "start": timezone.localtime(event.start).strftime("%Y-%m-%d %H:%M"),
        "briefing": briefing.title if briefing else "",
    }


def registered_briefings(page, include_descendants=False, now=None):
    """[(briefing, journalists registered)] among `page` (and its descendants) that have not ended,
    are not cancelled and still have registrations: unpublishing one would leave them uninformed."""
    from press_center.models import BriefingPage, attach_events

    now = now or timezone.now()
    pages = BriefingPage.objects.live().filter(end__gt=now).exclude(status=BriefingStatus.CANCELLED)
    pages = pages.descendant_of(page, inclusive=True) if include_descendants else pages.filter(pk=page.pk)
    held = []
    for briefing in attach_events(list(pages.order_by("start")), with_counts=True):
        registered = briefing.event.confirmed_count + briefing.event.waitlisted_count if briefing.event else 0
        if registered:
            held.append((briefing, registered))
    return held

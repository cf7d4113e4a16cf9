"""The rules of outlet staff lists: registering an outlet, listing its people, their own completion, bulk approval.

See press_center.models.staff_lists for the model. Places are taken person by person in list order
with the outlet's row locked (accreditation._place), so simultaneous lists of the same outlet can
never push it past its quota: whoever does not fit is waitlisted, never dropped.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from . import accreditation, notifications
from .accreditation import TransitionError, kept_on_success, settings_for, store
from .models import Application, Origin, Outlet, StaffList, Status
from .models.accreditation import normalize_email, normalize_key

# What the focal point gives for each person; the rest each person completes themselves.
LISTED_FIELDS = ("family_name", "given_names", "email", "category", "position")
# What each person completes through their private link.
COMPLETED_FIELDS = (
    "family_name",
    "given_names",
    "date_of_birth",
    "place_of_birth",
    "nationality",
    "document_type",
    "document_number",
    "document_country",
    "document_expires",
    "press_card_number",
    "phone",
    "coverage_starts",
    "coverage_ends",
)


class OutletAlreadyRegistered(Exception):
    """The outlet has a staff list already: its focal point adds people there."""

    def __init__(self, staff_list):
        super().__init__(staff_list.reference)
        self.staff_list = staff_list


class AlreadyApplied(Exception):
    """Some listed e-mail addresses have an application already; nothing was stored."""

    def __init__(self, emails):
        super().__init__(", ".join(emails))
        self.emails = emails


def register(data, people, letter, language, site=None):
    """Register an outlet with its first people. Returns the new StaffList.

    `data` holds the outlet (`outlet`, or `new_outlet` with `kind` and `country`) and the focal point
    (`focal_name`, `focal_position`, `focal_email`, `focal_phone`); `people` is a list of dicts of
    LISTED_FIELDS; `letter` an uploads.CheckedFile. Raises OutletAlreadyRegistered or AlreadyApplied,
    storing nothing.
    """
    settings = settings_for(site)
    letter_name = store(letter)
    with kept_on_success(letter_name):
        for attempt in range(3):
            try:
                with transaction.atomic():
                    staff_list = _register(data, people, letter_name, language, settings)
                break
            except IntegrityError:
                # A list for the same new outlet won the race; the next attempt finds it.
                if attempt == 2:
                    raise
    notifications.send_staff_list(staff_list, "registered")
    return staff_list


def _register(data, people, letter_name, language, settings):
    outlet = _outlet(data, settings.new_outlet_quota)
    outlet = Outlet.objects.select_for_update().get(pk=outlet.pk)  # one registration per outlet at a time
    existing = outlet.staff_lists.active().first()
    if existing is not None:
        raise OutletAlreadyRegistered(existing)
    staff_list = StaffList(
        outlet=outlet,
        language=language,
        consented_at=timezone.now(),
        **{name: data[name] for name in ("focal_name", "focal_position", "focal_email", "focal_phone")},
    )
    staff_list.letter.name = letter_name
    staff_list.save()
    log(staff_list, accreditation.REGISTER_OUTLET, data={"outlet": outlet.name, "people": len(people)})
    _list_people(staff_list, people, settings)
    return staff_list


def _outlet(data, default_quota):
    """The chosen outlet, or the typed one (matched by name, else created unlisted with its type and country)."""
    if data.get("outlet") is not None:
        return data["outlet"]
    name = " ".join(data["new_outlet"].split())
    country = data.get("country") or ""
    outlet, _created = Outlet.objects.get_or_create(
        name_key=normalize_key(name)[:150],
        defaults={
            "name": name,
            "listed": False,
            "added_by_applicant": True,
            "quota": default_quota,
            "kind": data.get("kind") or "",
            "country": country,
            "origin": (Origin.DOMESTIC if country == "VN" else Origin.FOREIGN) if country else "",
        },
    )
    return outlet


def add_people(staff_list, people, site=None):
    """The focal point lists more people on an existing list. Returns the new applications."""
    settings = settings_for(site)
    with transaction.atomic():
        staff_list = StaffList.objects.select_for_update().get(pk=staff_list.pk)
        return _list_people(staff_list, people, settings)


def _list_people(staff_list, people, settings):
    """Create one invited application per person, in list order, each taking a place or the waitlist."""
    emails = [normalize_email(person["email"]) for person in people]
    taken = sorted(set(Application.objects.active().filter(email_key__in=emails).values_list("email_key", flat=True)))
    if taken:
        raise AlreadyApplied(taken)
    outlet = staff_list.outlet
    origin = outlet.origin or (Origin.DOMESTIC if outlet.country == "VN" else Origin.FOREIGN)
    listed = []
    for person in people:
        application = Application(
            staff_list=staff_list,
            outlet=outlet,
            origin=origin,
            language=staff_list.language,
            consented_at=staff_list.consented_at,
            coverage_starts=settings.coverage_starts or timezone.localdate(),
            coverage_ends=settings.coverage_ends or settings.coverage_starts or timezone.localdate(),
            **{name: person.get(name) or "" for name in LISTED_FIELDS},
        )
        placed = accreditation._place(outlet) == Status.SUBMITTED
        application.status = Status.INVITED if placed else Status.WAITLISTED
        application.save()
        log(application, accreditation.LIST_PERSON, data={"status": application.status, "list": staff_list.reference})
        if not placed:
            log(application, accreditation.WAITLIST, data={"outlet": outlet.name})
        notifications.send(application, "invited")
        listed.append(application)
    return listed


def complete(application, data, photo):
    """The listed person gives their own identity data and photo through their private link.

    An invited person's application becomes "submitted" and goes to the officers; a waitlisted one
    stays on the waitlist, complete, until a place is free. Raises TransitionError with a message for
    the person when the details were given already or the same person has applied on their own.
    """
    photo_name = store(photo)
    with kept_on_success(photo_name):
        try:
            with transaction.atomic():
                application = accreditation._locked(application)
                if not application.awaiting_details or application.status not in (Status.INVITED, Status.WAITLISTED):
                    raise TransitionError(_("Your details have been received already."))
                accreditation.copy_fields(application, data, COMPLETED_FIELDS)
                application.photo.name = photo_name
                application.consented_at = timezone.now()
                if application.status == Status.INVITED:
                    application.status = Status.SUBMITTED
                application.submitted_at = timezone.now()
                application.save()
        except IntegrityError:
            raise TransitionError(
                _(
                    "You have already applied on your own with this document number and e-mail. Follow that "
                    "application with the link we e-mailed you, or ask the press centre to merge them."
                )
            ) from None
        log(application, accreditation.COMPLETE, data={"status": application.status})
        notifications.send(application, "received")
    return application


def approvable(staff_list):
    """The people of the list an officer can approve now (completed, and no unresolved duplicate)."""
    return [
        application
        for application in staff_list.people.active().select_related("outlet").order_by("pk")
        if "approve" in accreditation.allowed_actions(application)
    ]


def approve(staff_list, user):
    """Approve the outlet and every person of its list who can be approved; returns (approved, failed)."""
    with transaction.atomic():
        staff_list = StaffList.objects.select_for_update().get(pk=staff_list.pk)
        first_time = staff_list.approved_at is None
        if first_time:
            staff_list.approved_at = timezone.now()
            staff_list.save(update_fields=["approved_at"])
    approved, failed = accreditation.bulk_approve(approvable(staff_list), user)
    log(
        staff_list,
        accreditation.APPROVE_LIST,
        user=user,
        data={"approved": [application.reference for application in approved], "outlet": staff_list.outlet.name},
    )
    if first_time:
        notifications.send_staff_list(staff_list, "approved")
    return approved, failed


def progress(staff_list):
    """How far the list has come, by status, for the focal point's page and the officer's listing."""
    people = list(staff_list.people_in_order())
    return {
        "people": people,
        "awaiting": sum(1 for person in people if person.awaiting_details),
        "waitlisted": sum(1 for person in people if person.status == Status.WAITLISTED),
        "total": len(people),
    }

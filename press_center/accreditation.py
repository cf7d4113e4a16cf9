"""The rules of accreditation: submitting, quotas and the waitlist, officers' decisions, appeals, badges.

Every change goes through a function here, inside a transaction, is written to Wagtail's audit log
(who, when, what, reason) and e-mails the applicant in their language. Quotas are enforced with
the outlet's row locked (SELECT … FOR UPDATE on PostgreSQL; SQLite's IMMEDIATE transactions
serialise writers), so simultaneous submissions can never push an outlet past its quota.
"""

import secrets

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from core.dates import long_date

from . import notifications
from .briefings import registration
from .models import (
    HOLDS_PLACE,
    OPEN_STATUSES,
    AccreditationSettings,
    ApplicantFile,
    Application,
    CheckIn,
    Outlet,
    ReplacedBadge,
    Status,
)
from .models.accreditation import normalize_email, normalize_key, private_storage, private_upload_path

# Audit-log action names (registered with labels in wagtail_hooks.py).
SUBMIT = "press_center.submit"
LIST_PERSON = "press_center.list_person"
COMPLETE = "press_center.complete"
REGISTER_OUTLET = "press_center.register_outlet"
APPROVE_LIST = "press_center.approve_list"
UPDATE = "press_center.update"
WAITLIST = "press_center.waitlist"
PROMOTE = "press_center.promote"
START_REVIEW = "press_center.start_review"
REQUEST_INFO = "press_center.request_info"
SUPPLY_INFO = "press_center.supply_info"
APPROVE = "press_center.approve"
CLEAR = "press_center.clear"
REFUSE_CLEARANCE = "press_center.refuse_clearance"
REJECT = "press_center.reject"
REVOKE = "press_center.revoke"
NOT_DUPLICATE = "press_center.not_duplicate"
ERASE = "press_center.erase"
REPLACE_BADGE = "press_center.replace_badge"
APPEAL = "press_center.appeal"
DISMISS_APPEAL = "press_center.dismiss_appeal"
FILE_ACCESS = "press_center.file_access"
BADGE_PRINT = "press_center.badge_print"
CHECK_IN = "press_center.check_in"
EXPORT = "press_center.export"
LINK_SENT = "press_center.link_sent"
PURGE = "press_center.purge"


class TransitionError(Exception):
    """An action that the application's current state does not allow; the message is for people."""


class AlreadyDecided(Exception):
    """A new submission matches an application that officers have already decided."""

    def __init__(self, application):
        super().__init__(application.reference)
        self.application = application


# Submitting


PERSONAL_FIELDS = (
    "category",
    "origin",
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
    "position",
    "email",
    "phone",
    "coverage_starts",
    "coverage_ends",
)
# Left empty as None, not "".
OPTIONAL_DATES = {"date_of_birth", "document_expires"}


def copy_fields(application, data, names):
    """Set the form's cleaned `data` of `names` on the application; what is missing becomes empty."""
    for name in names:
        setattr(application, name, data.get(name) or (None if name in OPTIONAL_DATES else ""))


def resolve_outlet(outlet=None, new_outlet_name="", default_quota=None):
    """The chosen outlet, or the typed one: matched to an existing outlet by name, else created unlisted."""
    if outlet is not None:
        return outlet
    name = " ".join(new_outlet_name.split())
    found, _created = Outlet.objects.get_or_create(
        name_key=normalize_key(name)[:150],
        defaults={"name": name, "listed": False, "added_by_applicant": True, "quota": default_quota},
    )
    return found


def settings_for(site=None):
    """The accreditation settings of `site` (default: the default site), unsaved defaults if there is none."""
    from wagtail.models import Site

    site = site or Site.objects.filter(is_default_site=True).first()
    return AccreditationSettings.for_site(site) if site else AccreditationSettings()


def store(checked_file):
    """Write a checked upload to the private storage under a random name; returns the name."""
    return private_storage.save(
        private_upload_path(None, f"upload.{checked_file.extension}"), checked_file.as_django_file()
    )


class kept_on_success:
    """Delete the named files again if the block fails, so a refused submission leaves nothing behind."""

    def __init__(self, *names):
        self.names = [name for name in names if name]

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is not None:
            delete_files(self.names)
        return False


def submit(data, photo, letter, language, site=None):
    """Create an application, or update the open one with the same document number and e-mail.

    `data` holds the cleaned personal fields plus `outlet` / `new_outlet`; `photo` and `letter` are
    `uploads.CheckedFile`s. Returns (application, created). Raises AlreadyDecided when the matching
    application has been decided (approved, rejected, revoked): nothing is stored then.
    """
    settings = settings_for(site)
    photo_name, letter_name = store(photo), store(letter)
    with kept_on_success(photo_name, letter_name):
        for attempt in range(3):
            try:
                with transaction.atomic():
                    return _submit(data, photo_name, letter_name, language, settings)
            except IntegrityError:
                # Another submission for the same person (or a new outlet of the same name) won the
                # race; the next attempt sees it and becomes an update.
                if attempt == 2:
                    raise
    raise AssertionError("unreachable")


def _submit(data, photo_name, letter_name, language, settings):
    outlet = resolve_outlet(data.get("outlet"), data.get("new_outlet", ""), settings.new_outlet_quota)
    existing = (
        Application.objects.select_for_update()
        .active()
        .filter(document_key=normalize_key(data["document_number"])[:30], email_key=normalize_email(data["email"]))
        .first()
    )
    if existing is not None and existing.status not in OPEN_STATUSES:
        raise AlreadyDecided(existing)

    application = existing or Application()
    previous_outlet_id = application.outlet_id
    old_files = [application.photo.name, application.letter.name] if existing else []
    copy_fields(application, data, PERSONAL_FIELDS)
    application.language = language
    application.consented_at = timezone.now()
    application.outlet = outlet
    application.photo.name = photo_name
    application.letter.name = letter_name
    transaction.on_commit(lambda: delete_files(old_files))

    if existing is None:
        application.status = _place(outlet)
        application.save()
        log(application, SUBMIT, data={"status": application.status, "outlet": outlet.name})
        if application.status == Status.WAITLISTED:
            log(application, WAITLIST, data={"outlet": outlet.name})
        notifications.send(application, "received")
        return application, True

    if previous_outlet_id != outlet.pk and application.status in (*HOLDS_PLACE, Status.WAITLISTED):
        application.status = _place(outlet, exclude=application)
    application.save()
    log(application, UPDATE, data={"status": application.status, "outlet": outlet.name})
    if previous_outlet_id != outlet.pk:
        _fill_places(Outlet.objects.get(pk=previous_outlet_id))
    notifications.send(application, "updated")
    return application, False


def _place(outlet, exclude=None):
    """SUBMITTED if the outlet has a free place, else WAITLISTED. Locks the outlet row until commit."""
    outlet = Outlet.objects.select_for_update().get(pk=outlet.pk)
    if outlet.quota is None:
        return Status.SUBMITTED
    taken = outlet.applications.filter(status__in=HOLDS_PLACE)
    if exclude is not None and exclude.pk:
        taken = taken.exclude(pk=exclude.pk)
    return Status.SUBMITTED if taken.count() < outlet.quota else Status.WAITLISTED


def fill_places(outlet):
    """Move the earliest waitlisted applications of `outlet` into its free places."""
    with transaction.atomic():
        return _fill_places(outlet)


def _fill_places(outlet):
    outlet = Outlet.objects.select_for_update().get(pk=outlet.pk)
    waiting = outlet.applications.active().filter(status=Status.WAITLISTED).order_by("submitted_at", "pk")
    if outlet.quota is None:
        promoted = list(waiting)
    else:
        free = outlet.quota - outlet.applications.filter(status__in=HOLDS_PLACE).count()
        promoted = list(waiting[: max(free, 0)])
    for application in promoted:
        # Someone listed by their outlet who has not yet given their details is invited to, first.
        application.status = Status.INVITED if application.awaiting_details else Status.SUBMITTED
        application.save(update_fields=["status", "updated_at"])
        log(application, PROMOTE, data={"outlet": outlet.name})
        notifications.send(application, "promoted")
    return promoted


def delete_files(names):
    for name in names:
        if name:
            private_storage.delete(name)


# Officers' actions


# Officers' actions and the statuses each starts from: the one place the state machine is written.
# The admin offers exactly `allowed_actions()`; each function below refuses anything else.
TRANSITIONS = {
    "start_review": (Status.SUBMITTED,),
    "request_info": (Status.SUBMITTED, Status.UNDER_REVIEW),
    "approve": (Status.SUBMITTED, Status.UNDER_REVIEW, Status.INFO_REQUESTED),
    "reject": (
        Status.INVITED,
        Status.SUBMITTED,
        Status.WAITLISTED,
        Status.UNDER_REVIEW,
        Status.INFO_REQUESTED,
        Status.VETTING,
    ),
    "revoke": (Status.APPROVED,),
    # A lost or damaged badge: a new number and code; the old ones are refused at once.
    "replace_badge": (Status.APPROVED,),
    # Likely duplicates checked and found to be different people (see Application.likely_duplicates).
    "not_duplicate": OPEN_STATUSES,
    # Deletion on request, which the data-protection notice promises, from any status.
    "erase": tuple(status for status in Status if status != Status.WITHDRAWN),
}
# An appeal waiting for a decision reopens a rejected application to these.
APPEAL_ACTIONS = ("approve", "reject", "not_duplicate")


def allowed_actions(application):
    """The officers' actions the application allows now, in the order the admin offers them."""
    if application.purged_at:
        return []
    appeal = application.status == Status.REJECTED and application.appeal_pending
    names = [
        name
        for name, sources in TRANSITIONS.items()
        if application.status in sources or (appeal and name in APPEAL_ACTIONS)
    ]
    if application.awaiting_details:
        # Listed by the outlet, details not given yet: nothing to approve or compare.
        names = [name for name in names if name not in ("approve", "not_duplicate")]
    if "approve" in names or "not_duplicate" in names:
        # Approval waits until an officer has looked at the other record; without one, nothing to check.
        hidden = "approve" if application.duplicates_unresolved else "not_duplicate"
        names = [name for name in names if name != hidden]
    return names


def _refuse_unless(application, allowed, action_label):
    if application.purged_at:
        raise TransitionError(_("The personal data of this application has been deleted."))
    if not allowed:
        raise TransitionError(
            _("This application is “%(status)s”; it cannot be %(action)s now.")
            % {"status": application.get_status_display(), "action": action_label}
        )


def _transition(application, action, action_label):
    """Refuse, with a message for the officer, an action that `allowed_actions()` does not offer."""
    if application.purged_at:
        raise TransitionError(_("The personal data of this application has been deleted."))
    if action == "approve" and application.duplicates_unresolved:
        other = application.likely_duplicates().first()
        raise TransitionError(
            _(
                "This may be the same person as application %(other)s (%(status)s). Check both records, "
                "then reject one or confirm they are different people."
            )
            % {"other": other.reference, "status": other.get_status_display()}
        )
    _refuse_unless(application, action in allowed_actions(application), action_label)


def _locked(application):
    return Application.objects.select_for_update().select_related("outlet").get(pk=application.pk)


def start_review(application, user):
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "start_review", _("put under review"))
        application.status = Status.UNDER_REVIEW
        application.save(update_fields=["status", "updated_at"])
        log(application, START_REVIEW, user=user)
        notifications.send(application, "under_review")
    return application


def request_information(application, user, message):
    message = (message or "").strip()
    if not message:
        raise TransitionError(_("Write what the applicant needs to send."))
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "request_info", _("sent a request for information"))
        application.status = Status.INFO_REQUESTED
        application.officer_message = message
        application.save(update_fields=["status", "officer_message", "updated_at"])
        log(application, REQUEST_INFO, user=user, data={"message": message})
        notifications.send(application, "info_requested")
    return application


def supply_information(application, reply, photo=None, letter=None, document=None):
    """The applicant answers a request for information: text, and optionally new or extra files."""
    names = {
        key: store(upload) for key, upload in (("photo", photo), ("letter", letter), ("document", document)) if upload
    }
    with kept_on_success(*names.values()), transaction.atomic():
        application = _locked(application)
        _refuse_unless(application, application.status == Status.INFO_REQUESTED, _("answered"))
        old_files = []
        if "photo" in names:
            old_files.append(application.photo.name)
            application.photo.name = names["photo"]
        if "letter" in names:
            old_files.append(application.letter.name)
            application.letter.name = names["letter"]
        if "document" in names:
            extra = ApplicantFile(
                application=application, kind=ApplicantFile.Kind.INFORMATION, content_type=document.content_type
            )
            extra.file.name = names["document"]
            extra.save()
        application.applicant_reply = reply.strip()
        application.status = Status.UNDER_REVIEW
        application.save()
        transaction.on_commit(lambda: delete_files(old_files))
        log(
            application,
            SUPPLY_INFO,
            data={
                "reply": application.applicant_reply,
                "new_photo": "photo" in names,
                "new_letter": "letter" in names,
                "document": "document" in names,
            },
        )
        notifications.send(application, "info_received")
    return application


def approve(application, user):
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "approve", _("approved"))
        if not application.holds_place:
            # An upheld appeal needs a free place under the outlet's quota again.
            outlet = Outlet.objects.select_for_update().get(pk=application.outlet_id)
            if outlet.quota is not None and outlet.places_taken() >= outlet.quota:
                raise TransitionError(
                    _("%(outlet)s has used its quota of %(quota)s. Raise the quota first.")
                    % {"outlet": outlet.name, "quota": outlet.quota}
                )
            application.appeal_decided_at = timezone.now()
        application.status = Status.VETTING
        application.decided_at = timezone.now()
        application.decision_reason = ""
        application.save()
        log(application, APPROVE, user=user)
        notifications.send(application, "sent_for_vetting")
    return application


def clear(application, user, note=""):
    """Security vetting clears the person: the badge is issued (number, signed code, validity dates)."""
    with transaction.atomic():
        application = _locked(application)
        _refuse_unless(application, application.status == Status.VETTING, _("cleared"))
        settings = settings_for()
        application.status = Status.APPROVED
        application.vetted_at = timezone.now()
        application.vetting_note = (note or "").strip()
        application.badge_secret = secrets.token_hex(16)
        application.badge_valid_from = _clamp(application.coverage_starts, settings.coverage_starts, max)
        application.badge_valid_until = _clamp(application.coverage_ends, settings.coverage_ends, min)
        _assign_badge_number(application)
        log(application, CLEAR, user=user, data={"badge": application.badge_label, "note": application.vetting_note})
        notifications.send(application, "approved")
    return application


def refuse_clearance(application, user, note):
    """Security vetting refuses the person. The note stays with officers and vetting; the applicant is
    told that the security check did not clear them, and may appeal once to the press centre."""
    note = (note or "").strip()
    if not note:
        raise TransitionError(_("Write the vetting note: officers need it to answer an appeal."))
    with transaction.atomic():
        application = _locked(application)
        _refuse_unless(application, application.status == Status.VETTING, _("refused by the vetting"))
        application.status = Status.REJECTED
        application.vetted_at = timezone.now()
        application.vetting_note = note
        application.decision_reason = ""
        application.save()
        log(application, REFUSE_CLEARANCE, user=user, data={"note": note})
        notifications.send(application, "vetting_refused")
        _fill_places(application.outlet)
    return application


VETTING_DECISIONS = {"cleared": clear, "refused": refuse_clearance}


def record_vetting_decisions(rows, user):
    """Apply decisions read back from the vetting list: rows of (reference, decision, note).

    `decision` is "cleared" or "refused" (as exported). Returns (done, [(line, reference, error)]);
    each row is its own transaction, so one bad row never undoes or blocks the others.
    """
    from .models import normalize_reference

    done, errors = [], []
    for line, (reference, decision, note) in enumerate(rows, start=2):
        reference = normalize_reference(reference)
        decision = (decision or "").strip().lower()
        if not reference and not decision:
            continue
        application = Application.objects.active().filter(reference=reference).first() if reference else None
        if application is None:
            errors.append((line, reference, _("No application has this reference.")))
        elif decision not in VETTING_DECISIONS:
            if decision:
                errors.append((line, reference, _("The decision must be “cleared” or “refused”.")))
        else:
            try:
                done.append(VETTING_DECISIONS[decision](application, user, note))
            except TransitionError as error:
                errors.append((line, reference, str(error)))
    return done, errors


def _clamp(value, bound, pick):
    return pick(value, bound) if value and bound else value


def _assign_badge_number(application):
    """The next badge number; a concurrent approval taking the same number makes us try the next one.

    Numbers of replaced badges are never given again.
    """
    for _attempt in range(5):
        top = max(
            Application.objects.aggregate(top=Max("badge_number"))["top"] or 0,
            ReplacedBadge.objects.aggregate(top=Max("badge_number"))["top"] or 0,
        )
        application.badge_number = top + 1
        try:
            with transaction.atomic():
                application.save()
            return
        except IntegrityError:
            continue
    raise TransitionError(_("Could not assign a badge number; please try again."))


def reject(application, user, reason):
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("A reason is required to reject an application."))
    with transaction.atomic():
        application = _locked(application)
        if application.status == Status.REJECTED and application.appeal_pending:
            application.appeal_decided_at = timezone.now()
            application.decision_reason = reason
            application.save(update_fields=["appeal_decided_at", "decision_reason", "updated_at"])
            log(application, DISMISS_APPEAL, user=user, data={"reason": reason})
            notifications.send(application, "appeal_dismissed")
            return application
        _transition(application, "reject", _("rejected"))
        frees_place = application.holds_place
        application.status = Status.REJECTED
        application.decision_reason = reason
        application.decided_at = timezone.now()
        application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
        log(application, REJECT, user=user, data={"reason": reason})
        notifications.send(application, "rejected")
        if frees_place:
            _fill_places(application.outlet)
    return application


def revoke(application, user, reason):
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("A reason is required to revoke an accreditation."))
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "revoke", _("revoked"))
        application.status = Status.REVOKED
        application.decision_reason = reason
        application.decided_at = timezone.now()
        application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
        log(application, REVOKE, user=user, data={"reason": reason, "badge": application.badge_label})
        registration.release_places(application, user)
        notifications.send(application, "revoked")
        _fill_places(application.outlet)
    return application


def replace_badge(application, user, reason):
    """Give an approved journalist a new badge (lost, damaged): a new number and a new signed code.

    The old number and code are kept as a ReplacedBadge, which the desk and briefings refuse at once.
    Briefing registrations stay: they belong to the journalist, not to the card. The new badge has to
    be collected again; the journalist is e-mailed the new number.
    """
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("Write why the badge is replaced (lost, damaged …)."))
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "replace_badge", _("given a new badge"))
        old = ReplacedBadge.objects.create(
            application=application,
            badge_number=application.badge_number,
            badge_secret=application.badge_secret,
            reason=reason,
        )
        application.badge_secret = secrets.token_hex(16)
        application.badge_collected_at = None
        _assign_badge_number(application)
        log(
            application,
            REPLACE_BADGE,
            user=user,
            data={"badge": application.badge_label, "replaced": old.badge_label, "reason": reason},
        )
        notifications.send(application, "badge_replaced")
    return application


def mark_not_duplicate(application, user):
    """An officer compared the likely duplicates and found different people: approval may go ahead.

    The other records are marked too, so the same comparison is not asked for twice; a person who
    applies later under the same number or name is compared afresh.
    """
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "not_duplicate", _("marked as a different person"))
        others = list(application.likely_duplicates())
        now = timezone.now()
        Application.objects.filter(pk__in=[application.pk, *(other.pk for other in others)]).update(
            duplicates_checked_at=now
        )
        application.duplicates_checked_at = now
        log(application, NOT_DUPLICATE, user=user, data={"others": [other.reference for other in others]})
    return application


def erase(application, user, reason):
    """Withdraw the application and erase its personal data now, at the applicant's request.

    A badge stops working at once and its briefing places go to the waitlists; a place under the
    outlet's quota goes to the next applicant. Anonymous counts stay, as after the purge.
    """
    from .purge import file_names, purge

    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("Write whose request this is and when it came, for the record."))
    with transaction.atomic():
        application = _locked(application)
        _transition(application, "erase", _("withdrawn"))
        held_place = application.holds_place
        if application.status == Status.APPROVED:
            registration.release_places(application, user)
        application.status = Status.WITHDRAWN
        application.decided_at = timezone.now()
        application.save(update_fields=["status", "decided_at", "updated_at"])
        purge(application, file_names(application))
        log(application, ERASE, user=user, data={"reason": reason})
        if held_place:
            _fill_places(application.outlet)
    return application


def file_appeal(application, text, document=None):
    """The applicant's one appeal against a rejection."""
    name = store(document) if document else None
    with kept_on_success(name), transaction.atomic():
        application = _locked(application)
        if not application.can_appeal:
            raise TransitionError(_("This application cannot be appealed."))
        if name:
            extra = ApplicantFile(
                application=application, kind=ApplicantFile.Kind.APPEAL, content_type=document.content_type
            )
            extra.file.name = name
            extra.save()
        application.appeal_text = text.strip()
        application.appealed_at = timezone.now()
        application.save(update_fields=["appeal_text", "appealed_at", "updated_at"])
        log(application, APPEAL, data={"text": application.appeal_text, "document": bool(name)})
        notifications.send(application, "appeal_received")
    return application


def bulk_approve(applications, user):
    """Approve each application that can be approved; returns (approved, [(application, error)])."""
    approved, failed = [], []
    for application in applications:
        try:
            approved.append(approve(application, user))
        except TransitionError as error:
            failed.append((application, str(error)))
    return approved, failed


# Access, badges and check-in


def log_file_access(application, user, what):
    log(application, FILE_ACCESS, user=user, data={"file": what})


def log_badge_print(application, user):
    log(application, BADGE_PRINT, user=user, data={"badge": application.badge_label})


def record_check_in(application, user, kind):
    """Record a pickup or an entry: (check-in, created). A second pickup of a badge keeps the first."""
    from .models import BadgeState

    state = application.badge_state()
    if state == BadgeState.NOT_YET_VALID:
        raise TransitionError(
            _("This badge is valid from %(start)s to %(end)s: nothing was recorded.")
            % {"start": long_date(application.badge_valid_from), "end": long_date(application.badge_valid_until)}
        )
    if state != BadgeState.VALID:
        raise TransitionError(_("This badge is not valid: nothing was recorded."))
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        if kind == CheckIn.Kind.PICKUP:
            earlier = application.check_ins.filter(kind=kind).order_by("at").first()
            if earlier is not None:  # a double scan, or a second visit: the first pickup stands
                return earlier, False
        check_in = CheckIn.objects.create(application=application, kind=kind, by=user)
        if kind == CheckIn.Kind.PICKUP:
            application.badge_collected_at = check_in.at
            application.save(update_fields=["badge_collected_at", "updated_at"])
        log(application, CHECK_IN, user=user, data={"kind": kind, "badge": application.badge_label})
    return check_in, True

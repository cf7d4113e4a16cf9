"""Deleting applicants' personal data once coverage is over, keeping anonymous counts."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .accreditation import PURGE, delete_files
from .models import ApplicantFile, Application, StaffList
from .models.accreditation import private_storage

# Uploads are stored before their application is saved; younger files may belong to a submission in flight.
ORPHAN_GRACE = datetime.timedelta(days=1)

# Fields cleared on purge; category, origin, outlet, status and dates stay for the statistics.
CLEARED = {
    "family_name": "",
    "given_names": "",
    "date_of_birth": None,
    "place_of_birth": "",
    "nationality": "",
    "document_type": "",
    "document_number": "",
    "document_key": "",
    "document_country": "",
    "document_expires": None,
    "press_card_number": "",
    "position": "",
    "email": "",
    "email_key": "",
    "search_key": "",
    "person_key": "",
    "phone": "",
    "officer_message": "",
    "applicant_reply": "",
    "decision_reason": "",
    "vetting_note": "",
    "appeal_text": "",
    "photo": "",
    "letter": "",
}


@dataclass
class PurgeReport:
    applications: int = 0
    files: int = 0
    lines: list = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


def file_names(application):
    """The names of every private file the application holds: photo, letter, later documents."""
    names = [
        application.photo.name,
        application.letter.name,
        *(extra.file.name for extra in application.extra_files.all()),
    ]
    return [name for name in names if name]


def purge_before(day, dry_run=False):
    """Purge every application whose coverage ended before `day`; returns what was (or would be) done."""
    report = PurgeReport()
    applications = Application.objects.active().filter(coverage_ends__lt=day).prefetch_related("extra_files")
    for application in applications:
        names = file_names(application)
        report.applications += 1
        report.files += len(names)
        report.counts[(application.status, application.category, application.origin)] += 1
        report.lines.append(f"{application.reference} ({application.get_status_display()}, {len(names)} file(s))")
        if not dry_run:
            purge(application, names)
    # A staff list's focal point and letter go with the last of its people.
    for staff_list in StaffList.objects.active().filter(people__isnull=False).distinct():
        if staff_list.people.active().exists() and not dry_run:
            continue
        if dry_run and staff_list.people.active().exclude(coverage_ends__lt=day).exists():
            continue
        report.files += bool(staff_list.letter.name)
        report.lines.append(f"{staff_list.reference} (staff list of {staff_list.outlet.name})")
        if not dry_run:
            purge_staff_list(staff_list)
    return report


def purge_staff_list(staff_list):
    """Clear the focal point's contact and the letter; the outlet and the dates stay for the statistics."""
    name = staff_list.letter.name
    with transaction.atomic():
        content_type = ContentType.objects.get_for_model(StaffList)
        ModelLogEntry.objects.filter(content_type=content_type, object_id=str(staff_list.pk)).update(data={})
        StaffList.objects.filter(pk=staff_list.pk).update(
            focal_name="",
            focal_position="",
            focal_email="",
            focal_phone="",
            letter="",
            secret="",
            purged_at=timezone.now(),
        )
        log(staff_list, PURGE)
        transaction.on_commit(lambda: delete_files([name]))


def purge(application, names):
    with transaction.atomic():
        content_type = ContentType.objects.get_for_model(Application)
        # Log entries keep who did what and when, but not the reasons and replies, which may name people.
        ModelLogEntry.objects.filter(content_type=content_type, object_id=str(application.pk)).update(data={})
        application.extra_files.all().delete()
        application.replaced_badges.update(reason="")  # reasons may name people; the numbers stay refused
        for name, value in CLEARED.items():
            setattr(application, name, value)
        application.status_secret = ""
        application.purged_at = timezone.now()
        Application.objects.filter(pk=application.pk).update(
            **{name: getattr(application, name) for name in CLEARED}, status_secret="", purged_at=application.purged_at
        )
        log(application, PURGE)
        transaction.on_commit(lambda: delete_files(names))


def stored_files(folder="accreditation"):
    """Every file name under `folder` of the private storage."""
    try:
        folders, files = private_storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from stored_files(f"{folder}/{sub}")


def orphan_files(now=None):
    """Private files that no application or applicant file refers to, older than ORPHAN_GRACE.

    They are left behind when a submission is interrupted between storing its uploads and saving.
    """
    cutoff = (now or timezone.now()) - ORPHAN_GRACE
    referenced = set()
    for photo, letter in Application.objects.values_list("photo", "letter"):
        referenced.update((photo, letter))
    referenced.update(ApplicantFile.objects.values_list("file", flat=True))
    referenced.update(StaffList.objects.values_list("letter", flat=True))
    return [
        name for name in stored_files() if name not in referenced and private_storage.get_modified_time(name) < cutoff
    ]

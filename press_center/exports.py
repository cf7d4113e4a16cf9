"""The approved list for the security-vetting submission, as CSV and XLSX (and the helpers other lists use).

Spreadsheet programs run cells that start with =, +, -, @ (and tab or carriage return) as formulas:
such text is prefixed with an apostrophe in CSV and stored as a plain string in XLSX, so a name or
outlet typed by an applicant can never become a formula on an officer's computer.
"""

import csv
import io

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail.models import ModelLogEntry

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text safe to open in a spreadsheet: formula-like strings get a leading apostrophe."""
    if value is None:
        return ""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def headings():
    return [
        _("Badge number"),
        _("Reference"),
        _("Family name"),
        _("Given names"),
        _("Date of birth"),
        _("Nationality"),
        _("ID or passport number"),
        _("Press card number"),
        _("Media outlet"),
        _("Position"),
        pgettext("accreditation", "Category"),
        _("Domestic or foreign"),
        _("Coverage from"),
        _("Coverage until"),
        _("Approved"),
        _("Possibly the same person as"),
    ]


def duplicate_references(applications):
    """{application id: "REF1, REF2"} of the likely duplicates of each (the rule of `likely_duplicates()`),
    read in one query so that an export of thousands stays one pass."""
    from collections import defaultdict

    from .models import Application
    from .models.accreditation import document_identity, same_document_identity

    by_document, by_person = defaultdict(list), defaultdict(list)
    for reference, document_key, person_key, *identity in Application.objects.active().values_list(
        "reference", "document_key", "person_key", "document_type", "document_country", "nationality"
    ):
        if document_key:
            by_document[document_key].append((reference, document_identity(*identity)))
        if person_key:
            by_person[person_key].append(reference)
    found = {}
    for application in applications:
        identity = application.document_identity()
        others = {
            reference
            for reference, other_identity in by_document.get(application.document_key, [])
            if same_document_identity(identity, other_identity)
        }
        others |= set(by_person.get(application.person_key, []))
        others.discard(application.reference)
        found[application.pk] = ", ".join(sorted(others))
    return found


def rows(applications):
    applications = list(applications)
    duplicates = duplicate_references(applications)
    for application in applications:
        yield [
            application.badge_label,
            application.reference,
            application.family_name,
            application.given_names,
            application.date_of_birth.isoformat() if application.date_of_birth else "",
            application.nationality.name if application.nationality else "",
            application.document_number,
            application.press_card_number,
            application.outlet.name,
            application.position,
            application.get_category_display(),
            application.get_origin_display(),
            application.badge_valid_from.isoformat() if application.badge_valid_from else "",
            application.badge_valid_until.isoformat() if application.badge_valid_until else "",
            timezone.localtime(application.decided_at).strftime("%Y-%m-%d %H:%M") if application.decided_at else "",
            duplicates[application.pk],
        ]


def as_csv(applications):
    return csv_bytes(headings(), rows(applications))


def as_xlsx(applications):
    return xlsx_bytes(_("Accredited"), headings(), rows(applications))


def csv_bytes(heading_row, data_rows):
    """UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese names correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(heading_row)
    for row in data_rows:
        writer.writerow([neutralise(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(title, heading_row, data_rows):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(title)[:31])
    sheet.append(heading_row)
    for row in data_rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=str(value))
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def spreadsheet_response(title, heading_row, data_rows, file_format, filename):
    """A private, uncached download of the rows as CSV or XLSX (`file_format`), named `filename`."""
    from django.http import HttpResponse

    if file_format == "csv":
        response = HttpResponse(csv_bytes(heading_row, data_rows), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            xlsx_bytes(title, heading_row, data_rows),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def log_export(applications, user, file_format):
    """One audit-log entry per exported application: who took whose data, when, in which format."""
    if not applications:
        return
    content_type = ContentType.objects.get_for_model(applications[0].__class__)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                label=str(application),
                action="press_center.export",
                user=user,
                timestamp=now,
                object_id=str(application.pk),
                data={"format": file_format, "rows": len(applications)},
            )
            for application in applications
        ]
    )

"""Security vetting: the people the press centre has approved wait here until vetting clears them.

The "Security vetting" group sees exactly what vetting needs (names as on the ID, date and place of
birth, nationality, the document's type, number, issuing country and expiry, outlet, photo) and
nothing else of the applications. It records a
decision per person with a note, or works from the exported list and imports its decisions back
(CSV or XLSX, the same columns). Clearing issues the badge (accreditation.clear).
"""

import csv
import io

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import accreditation, exports
from .admin_views import permission_required
from .models import Application, Status
from .views import serve_private_file

VET = "press_center.vet_application"
MAX_IMPORT_BYTES = 2 * 1024 * 1024
MAX_IMPORT_ROWS = 5000
DECISION_COLUMN = "cleared / refused"


def waiting():
    return Application.objects.active().filter(status=Status.VETTING).select_related("outlet").order_by("decided_at")


def headings():
    return [
        _("Reference"),
        _("Family name"),
        _("Given names"),
        _("Date of birth"),
        _("Place of birth"),
        _("Nationality (ISO code)"),
        _("Nationality"),
        _("Identity document"),
        _("Document number"),
        _("Issuing country (ISO code)"),
        _("Valid until"),
        _("Media outlet"),
        _("Domestic or foreign"),
        _("Possibly the same person as"),
        _("Decision (%(values)s)") % {"values": DECISION_COLUMN},
        _("Vetting note"),
    ]


def rows(applications):
    applications = list(applications)
    duplicates = exports.duplicate_references(applications)
    for application in applications:
        yield [
            application.reference,
            application.family_name,
            application.given_names,
            application.date_of_birth.isoformat() if application.date_of_birth else "",
            application.place_of_birth,
            application.nationality.code if application.nationality else "",
            application.nationality.name if application.nationality else "",
            application.get_document_type_display() if application.document_type else "",
            application.document_number,
            application.document_country.code if application.document_country else "",
            application.document_expires.isoformat() if application.document_expires else "",
            application.outlet.name,
            application.get_origin_display(),
            duplicates[application.pk],
            "",
            "",
        ]


@permission_required(VET)
def index(request):
    applications = list(waiting())
    return TemplateResponse(
        request,
        "press_center/admin/vetting.html",
        {
            "applications": applications,
            "duplicates": exports.duplicate_references(applications),
            "header_title": _("Security vetting"),
            "page_title": _("Security vetting"),
            "max_rows": MAX_IMPORT_ROWS,
        },
    )


@require_POST
@permission_required(VET)
def decide(request, pk):
    application = get_object_or_404(Application, pk=pk)
    decision = request.POST.get("decision")
    note = request.POST.get("note", "")[:2000]
    if decision not in accreditation.VETTING_DECISIONS:
        messages.error(request, _("Choose cleared or refused."))
        return redirect(reverse("press_center_vetting:index"))
    try:
        accreditation.VETTING_DECISIONS[decision](application, request.user, note)
    except accreditation.TransitionError as error:
        messages.error(request, f"{application.reference}: {error}")
    else:
        done = (
            _("%(reference)s cleared: badge %(badge)s issued.")
            if decision == "cleared"
            else _("%(reference)s refused.")
        )
        application.refresh_from_db()
        messages.success(request, done % {"reference": application.reference, "badge": application.badge_label})
    return redirect(reverse("press_center_vetting:index"))


@permission_required(VET)
def export(request, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    applications = list(waiting())
    exports.log_export(applications, request.user, f"vetting-{file_format}")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return exports.spreadsheet_response(
        _("Security vetting"), headings(), rows(applications), file_format, f"vetting-{stamp}.{file_format}"
    )


def read_decisions(upload):
    """(reference, decision, note) rows of an uploaded vetting list, CSV or XLSX; raises ValueError."""
    if upload.size > MAX_IMPORT_BYTES:
        raise ValueError(_("The file is larger than 2 MB."))
    content = upload.read()
    if content[:2] == b"PK":  # an XLSX workbook is a zip archive
        import openpyxl

        try:
            sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
        except Exception as error:  # openpyxl raises many kinds on a damaged file
            raise ValueError(_("This is not a readable XLSX file.")) from error
        table = [["" if cell is None else str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValueError(_("The CSV file must be UTF-8, as exported.")) from error
        table = list(csv.reader(io.StringIO(text)))
    body = table[1:]
    if len(body) > MAX_IMPORT_ROWS:
        raise ValueError(_("The file has more than %(count)s rows.") % {"count": MAX_IMPORT_ROWS})
    # The columns as exported: reference first, decision and note last. An exported cell may carry the
    # apostrophe that keeps spreadsheets from running formulas.
    return [(row[0].lstrip("'"), row[-2].strip(), row[-1].lstrip("'").strip()) for row in body if len(row) >= 3]


@require_POST
@permission_required(VET)
def import_decisions(request):
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose the file with the decisions."))
        return redirect(reverse("press_center_vetting:index"))
    try:
        decisions = read_decisions(upload)
    except ValueError as error:
        messages.error(request, str(error))
        return redirect(reverse("press_center_vetting:index"))
    done, errors = accreditation.record_vetting_decisions(decisions, request.user)
    messages.success(request, _("%(count)s decisions recorded.") % {"count": len(done)})
    for line, reference, error in errors[:50]:
        messages.error(request, _("Line %(line)s (%(reference)s): %(error)s") % {
            "line": line, "reference": reference or "—", "error": error,
        })  # fmt: skip
    return redirect(reverse("press_center_vetting:index"))


@permission_required(VET)
def photo(request, pk):
    """The photo of a person waiting for vetting (vetting sees no other file)."""
    application = get_object_or_404(Application.objects.active(), pk=pk, status=Status.VETTING)
    response = serve_private_file(application.photo, f"{application.reference}-photo")
    accreditation.log_file_access(application, request.user, "photo")
    return response

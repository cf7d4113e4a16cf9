"""The officers' section of the Wagtail admin: applications, decisions, files, exports, badges, check-in.

Only users with the press-centre permissions (the "Accreditation officers" group, and superusers)
get in; everyone else, Editors and Chief editors included, is refused by every view here.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from wagtail.admin.views.generic import InspectView
from wagtail.log_actions import registry as log_registry

from search.text import MAX_QUERY_TOKENS

from . import accreditation, exports
from .badges import LAYOUTS, render_badge, render_badge_sheet
from .forms import CheckInForm, DecisionForm
from .models import ApplicantFile, Application, BadgeState, Category, CheckIn, Origin, Outlet, ReplacedBadge, Status
from .models.accreditation import normalize_key, search_key
from .views import serve_private_file

REVIEW = "press_center.review_application"
VIEW = "press_center.view_application"
EXPORT = "press_center.export_application"
CHECK_IN = "press_center.check_in_application"


def permission_required(permission):
    """Refuse (PermissionDenied, which the admin turns into a redirect with a message) without `permission`."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def detail_url(application):
    return reverse("press_center_application:inspect", args=(application.pk,))


@dataclass(frozen=True)
class Action:
    """An officer's button on the application: its label, the rule it calls and the text it asks for."""

    label: str
    rule: Callable  # rule(application, user) or, with a text, rule(application, user, text)
    text_label: str = ""  # empty: the action needs no text

    @property
    def needs_text(self):
        return bool(self.text_label)

    def run(self, application, user, text):
        return self.rule(application, user, text) if self.needs_text else self.rule(application, user)


REASON = gettext_lazy("Reason (sent to the applicant)")
ACTIONS = {
    "start_review": Action(gettext_lazy("Start review"), accreditation.start_review),
    "request_info": Action(
        gettext_lazy("Request information"),
        accreditation.request_information,
        gettext_lazy("Message to the applicant"),
    ),
    "approve": Action(gettext_lazy("Approve and send for security vetting"), accreditation.approve),
    "reject": Action(gettext_lazy("Reject"), accreditation.reject, REASON),
    "revoke": Action(gettext_lazy("Revoke"), accreditation.revoke, REASON),
    "replace_badge": Action(
        gettext_lazy("Replace the badge"),
        accreditation.replace_badge,
        gettext_lazy("Why (lost, damaged …): the old badge is refused at once"),
    ),
    "not_duplicate": Action(gettext_lazy("Different people: allow approval"), accreditation.mark_not_duplicate),
    "erase": Action(
        gettext_lazy("Withdraw and erase the personal data"),
        accreditation.erase,
        gettext_lazy("Whose request, and when (kept in the history)"),
    ),
}


def available_actions(application):
    """The officers' actions the rules allow now (`accreditation.allowed_actions`), ready for the template."""
    return [
        {
            "name": name,
            "label": ACTIONS[name].label,
            "needs_text": ACTIONS[name].needs_text,
            "text_label": ACTIONS[name].text_label,
        }
        for name in accreditation.allowed_actions(application)
    ]


class ApplicationDetailView(InspectView):
    """One application: its data, photo and letter, the actions its status allows, and its audit log."""

    template_name = "press_center/admin/application_detail.html"
    any_permission_required = ["view", "change"]

    def get_object(self, queryset=None):
        return get_object_or_404(Application.objects.select_related("outlet"), pk=self.pk)

    def get_page_subtitle(self):
        return (
            f"{self.object.reference} – {self.object.full_name}"
            if not self.object.purged_at
            else self.object.reference
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.update(
            {
                "application": application,
                "actions": available_actions(application) if self.request.user.has_perm(REVIEW) else [],
                "log_entries": [
                    (entry, who_did(entry), log_details(entry))
                    for entry in log_registry.get_logs_for_instance(application).select_related("user")
                ],
                "extra_files": application.extra_files.all(),
                "duplicates": list(application.likely_duplicates().select_related("outlet")),
                "replaced_badges": application.replaced_badges.all(),
                "check_ins": application.check_ins.select_related("by")[:20],
                "can_print": application.status == Status.APPROVED and self.request.user.has_perm(REVIEW),
            }
        )
        return context


# Actions logged without a user are the applicant's own, from the status link, or else the system's
# (waitlist promotions, the purge of personal data).
APPLICANT_ACTIONS = {
    accreditation.SUBMIT,
    accreditation.UPDATE,
    accreditation.COMPLETE,
    accreditation.SUPPLY_INFO,
    accreditation.APPEAL,
    accreditation.LINK_SENT,
    "press_center.briefing_register",
    "press_center.briefing_waitlist",
    "press_center.briefing_cancel",
}
# Actions of an outlet's focal point, from the staff-list form and page.
FOCAL_POINT_ACTIONS = {accreditation.REGISTER_OUTLET, accreditation.LIST_PERSON}


# What the history shows of each entry's data, in the officer's language; keys not listed are not shown.
LOG_DATA_LABELS = {
    "status": gettext_lazy("Status"),
    "outlet": gettext_lazy("Media outlet"),
    "message": gettext_lazy("Message to the applicant"),
    "reply": gettext_lazy("Applicant's reply"),
    "new_photo": gettext_lazy("New photo"),
    "new_letter": gettext_lazy("New letter"),
    "document": gettext_lazy("Document attached"),
    "text": gettext_lazy("Appeal"),
    "reason": gettext_lazy("Reason"),
    "badge": gettext_lazy("Badge"),
    "replaced": gettext_lazy("Replaced badge"),
    "note": gettext_lazy("Vetting note"),
    "others": gettext_lazy("Compared with"),
    "file": gettext_lazy("File"),
    "kind": gettext_lazy("Recorded"),
    "format": gettext_lazy("Format"),
    "rows": gettext_lazy("Rows"),
    "briefing": gettext_lazy("Briefing"),
    "start": gettext_lazy("Starts"),
    "was_confirmed": gettext_lazy("Had a confirmed place"),
    "present": gettext_lazy("Present"),
    "list": gettext_lazy("Staff list"),
    "people": gettext_lazy("People"),
    "approved": gettext_lazy("Approved"),
}


def log_details(entry):
    """[(label, value)] of an audit-log entry's data, ready to show."""
    details = []
    for key, value in (entry.data or {}).items():
        if key not in LOG_DATA_LABELS:
            continue
        if isinstance(value, bool):
            value = _("yes") if value else _("no")
        elif key == "status":
            value = Status(value).label if value in Status.values else value
        elif key == "kind":
            value = CheckIn.Kind(value).label if value in CheckIn.Kind.values else value
        elif isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        details.append((LOG_DATA_LABELS[key], value))
    return details


def who_did(entry):
    if entry.user:
        return entry.user.get_full_name() or entry.user.get_username()
    if entry.action in FOCAL_POINT_ACTIONS:
        return _("Outlet's focal point")
    return _("Applicant") if entry.action in APPLICANT_ACTIONS else _("System")


@require_POST
@permission_required(REVIEW)
def application_action(request, pk, action):
    application = get_object_or_404(Application, pk=pk)
    if action not in ACTIONS:
        raise Http404
    form = DecisionForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    if not form.is_valid():
        messages.error(request, _("The text is too long (2,000 characters at most)."))
        return redirect(detail_url(application))
    try:
        ACTIONS[action].run(application, request.user, text)
    except accreditation.TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(action)s: done for %(reference)s.")
            % {"action": ACTIONS[action].label, "reference": application.reference},
        )
    return redirect(detail_url(application))


@permission_required(VIEW)
def application_file(request, pk, kind):
    application = get_object_or_404(Application, pk=pk)
    if kind not in ("photo", "letter"):
        raise Http404
    response = serve_private_file(getattr(application, kind), f"{application.reference}-{kind}")
    accreditation.log_file_access(application, request.user, kind)
    return response


@permission_required(VIEW)
def extra_file(request, pk, file_pk):
    extra = get_object_or_404(ApplicantFile.objects.select_related("application"), pk=file_pk, application_id=pk)
    response = serve_private_file(extra.file, f"{extra.application.reference}-{extra.kind}-{extra.pk}")
    accreditation.log_file_access(extra.application, request.user, f"{extra.kind} #{extra.pk}")
    return response


@permission_required(REVIEW)
def application_badge(request, pk):
    application = get_object_or_404(Application.objects.select_related("outlet"), pk=pk)
    if application.status != Status.APPROVED:
        raise Http404
    accreditation.log_badge_print(application, request.user)
    layout = badge_layout(request, default="a6")
    response = HttpResponse(render_badge(application, layout=layout), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="badge-{application.badge_label}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def badge_layout(request, default):
    """?layout=cr80 or a6; anything else is `default`."""
    layout = request.GET.get("layout", "")
    return layout if layout in LAYOUTS else default


@require_GET
@permission_required(REVIEW)
def badge_sheet(request):
    """A4 pages of the approved badges (?outlet=, ?category=, ?origin= narrow them) to print in one go."""
    applications = list(approved_queryset(request).filter(badge_number__isnull=False))
    if not applications:
        messages.warning(request, _("No approved badge to print."))
        return redirect(reverse("press_center_application:index"))
    pdf = render_badge_sheet(applications, layout=badge_layout(request, default="cr80"))
    with transaction.atomic():
        for application in applications:
            accreditation.log_badge_print(application, request.user)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="badges-{stamp}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def approved_queryset(request):
    """Approved applications, narrowed by ?outlet=, ?category= and ?origin= when they are valid values."""
    queryset = (
        Application.objects.active().filter(status=Status.APPROVED).select_related("outlet").order_by("badge_number")
    )
    outlet = request.GET.get("outlet", "")
    if outlet.isdigit():
        queryset = queryset.filter(outlet_id=int(outlet))
    if request.GET.get("category") in Category.values:
        queryset = queryset.filter(category=request.GET["category"])
    if request.GET.get("origin") in Origin.values:
        queryset = queryset.filter(origin=request.GET["origin"])
    return queryset


@permission_required(EXPORT)
def export_approved(request, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    applications = list(approved_queryset(request))
    exports.log_export(applications, request.user, file_format)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return exports.spreadsheet_response(
        _("Accredited"),
        exports.headings(),
        exports.rows(applications),
        file_format,
        f"accredited-{stamp}.{file_format}",
    )


@permission_required(REVIEW)
def bulk_approval(request):
    """Applications ready for a decision, with checkboxes to approve several at once."""
    queryset = (
        Application.objects.active()
        .filter(status__in=[Status.SUBMITTED, Status.UNDER_REVIEW])
        .select_related("outlet")
        .order_by("outlet__name", "submitted_at")
    )
    outlet = request.GET.get("outlet", "")
    if outlet.isdigit():
        queryset = queryset.filter(outlet_id=int(outlet))
    if request.method == "POST":
        ids = [value for value in request.POST.getlist("application") if value.isdigit()][:500]
        approved, failed = accreditation.bulk_approve(queryset.filter(pk__in=ids), request.user)
        if approved:
            messages.success(request, _("%(count)s applications approved.") % {"count": len(approved)})
        for application, error in failed:
            messages.error(request, f"{application.reference}: {error}")
        if not ids:
            messages.warning(request, _("Select at least one application."))
        return redirect(request.get_full_path())
    return TemplateResponse(
        request,
        "press_center/admin/bulk_approval.html",
        {
            "applications": queryset[:500],
            "outlets": Outlet.objects.filter(applications__isnull=False).distinct(),
            "selected_outlet": int(outlet) if outlet.isdigit() else None,
            "header_title": _("Bulk approval"),
            "page_title": _("Bulk approval"),
        },
    )


@permission_required(CHECK_IN)
def check_in(request):
    """Scan or type a badge code; see who it belongs to and whether it admits them; record pickup or entry.

    Only a code whose signature verifies can be "valid". A badge number typed by hand finds the person
    but shows "check identity by hand": the officer compares the photo and confirms before recording.
    """
    form = CheckInForm(request.POST or request.GET or None)
    application, state, typed, replaced = None, None, False, None
    if form.is_bound and form.is_valid():
        code = form.cleaned_data["code"].strip()
        application, replaced, typed = find_badge(code)
        state = application.badge_state() if application else BadgeState.UNKNOWN
        if replaced is not None:
            state = BadgeState.REPLACED  # whatever the holder's new badge says, this card is void
        elif typed and state == BadgeState.VALID:
            state = BadgeState.CHECK_BY_HAND
        if request.method == "POST" and application is not None:
            kind = request.POST.get("kind")
            if replaced is not None:
                messages.error(request, _("This badge was replaced: nothing was recorded."))
            elif kind not in CheckIn.Kind.values:
                messages.error(request, _("Choose what to record."))
            elif typed and not request.POST.get("identity_checked"):
                messages.error(request, _("Compare the photo with the person and confirm it before recording."))
            else:
                try:
                    check, created = accreditation.record_check_in(application, request.user, kind)
                except accreditation.TransitionError as error:
                    messages.error(request, str(error))
                else:
                    values = {"kind": CheckIn.Kind(kind).label, "badge": application.badge_label}
                    if not created:
                        values["time"] = date_format(timezone.localtime(check.at), "SHORT_DATETIME_FORMAT")
                        already = _("%(kind)s of %(badge)s was already recorded at %(time)s.")
                        messages.warning(request, already % values)
                    else:
                        messages.success(request, _("%(kind)s recorded for %(badge)s.") % values)
                    return redirect(reverse("press_center_checkin:index"))
    return TemplateResponse(
        request,
        "press_center/admin/check_in.html",
        {
            "form": form,
            "application": application,
            "state": state,
            "typed": typed,
            "replaced": replaced,
            "today": application.check_ins.filter(at__date=timezone.localdate()) if application else [],
            "states": BadgeState,
            "kinds": CheckIn.Kind,
            "recent": CheckIn.objects.select_related("application", "by").filter(at__date=timezone.localdate())[:10],
            "header_title": _("Badge check-in"),
            "page_title": _("Badge check-in"),
        },
    )


def find_badge(code):
    """(application, replaced badge or None, typed by hand) for what the desk scanned or typed.

    A signed code is looked up first, current then replaced; then a printed number typed by hand.
    """
    application = Application.objects.by_badge_code(code)
    if application is not None:
        return application, None, False
    replaced = ReplacedBadge.objects.by_badge_code(code)
    if replaced is not None:
        return replaced.application, replaced, False
    application = Application.objects.by_badge_number(code)
    if application is not None:
        return application, None, True
    replaced = ReplacedBadge.objects.by_badge_number(code)
    if replaced is not None:
        return replaced.application, replaced, True
    return None, None, False


def search_applications(queryset, query):
    """Every word of `query` in the names, e-mail, outlet, reference or numbers, with or without diacritics.

    Used by the index view's search box: "nguyen", "Nguyễn Thị Lan", "lan@bao.vn", "thong tan xa"
    and a reference typed without its hyphen all find the application.
    """
    for word in search_key(query).split()[:MAX_QUERY_TOKENS]:
        # "123-456" is kept as typed in names and e-mails, and without its dash in numbers.
        queryset = queryset.filter(Q(search_key__contains=word) | Q(search_key__contains=normalize_key(word) or word))
    return queryset

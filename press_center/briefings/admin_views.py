"""Officers' registration lists in the Wagtail admin: see, print, export, record attendance.

Only the "Accreditation officers" group (and superusers) hold the registration permissions; Editors
and Chief editors, who manage the briefing pages, never see who registered.
"""

import datetime

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from wagtail.models import ModelLogEntry

from press_center import exports
from press_center.admin_views import permission_required
from press_center.models import BriefingEvent, BriefingPage, BriefingRegistration, RegistrationStatus

from . import registration as rules

VIEW = "press_center.view_briefingregistration"
EXPORT = "press_center.export_briefingregistration"
ATTEND = "press_center.attend_briefingregistration"
CHANGE = "press_center.change_briefingregistration"


def titled(events):
    """Give each event `page`: its live page in the admin user's language, else another (one query)."""
    language = translation.get_language() or "vi"
    keys = [event.translation_key for event in events]
    pages = {}
    for page in BriefingPage.objects.filter(translation_key__in=keys).select_related("locale", "venue"):
        if page.translation_key not in pages or page.locale.language_code == language[:2]:
            pages[page.translation_key] = page
    for event in events:
        event.page = pages.get(event.translation_key)
    return events


def counted(queryset):
    return queryset.annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)),
        waitlisted_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITLISTED)),
        attended_count=Count("registrations", filter=Q(registrations__attended_at__isnull=False)),
    )


@permission_required(VIEW)
def index(request):
    """Briefings that take registrations (or have some): upcoming first, then the last month's."""
    now = timezone.now()
    events = counted(
        BriefingEvent.objects.filter(Q(access="registration") | Q(registrations__isnull=False)).distinct()
    )
    upcoming = titled(list(events.filter(end__gte=now).order_by("start")))
    past = titled(list(events.filter(end__lt=now, end__gte=now - datetime.timedelta(days=31)).order_by("-start")))
    return TemplateResponse(
        request,
        "press_center/briefings/admin/index.html",
        {
            "upcoming": upcoming,
            "past": past,
            "header_title": _("Briefing registrations"),
            "page_title": _("Briefing registrations"),
        },
    )


def registrations_of(event):
    return list(
        BriefingRegistration.objects.filter(event=event)
        .select_related("application__outlet", "attended_by")
        .order_by("queued_at", "pk")
    )


def grouped(registrations):
    confirmed = [r for r in registrations if r.status == RegistrationStatus.CONFIRMED]
    waitlisted = [r for r in registrations if r.status == RegistrationStatus.WAITLISTED]
    for position, registration in enumerate(waitlisted, start=1):
        registration.position = position
    cancelled = [r for r in registrations if r.status == RegistrationStatus.CANCELLED]
    return {"confirmed": confirmed, "waitlisted": waitlisted, "cancelled": cancelled}


def get_event(pk):
    event = get_object_or_404(counted(BriefingEvent.objects.all()), pk=pk)
    titled([event])
    return event


def detail_url(event):
    return reverse("press_center_briefings:detail", args=(event.pk,))


@permission_required(VIEW)
def detail(request, pk):
    event = get_event(pk)
    title = event.page.title if event.page else str(event)
    return TemplateResponse(
        request,
        "press_center/briefings/admin/detail.html",
        {
            "event": event,
            "briefing": event.page,
            **grouped(registrations_of(event)),
            "can_attend": request.user.has_perm(ATTEND),
            "can_cancel": request.user.has_perm(CHANGE),
            "can_export": request.user.has_perm(EXPORT),
            "header_title": title,
            "page_title": _("Registrations: %(title)s") % {"title": title},
            "breadcrumbs_items": [
                {"url": reverse("press_center_briefings:index"), "label": _("Briefing registrations")},
                {"url": "", "label": title},
            ],
        },
    )


@permission_required(VIEW)
def print_list(request, pk):
    """The list on paper: a plain page with a print stylesheet and a signature column."""
    event = get_event(pk)
    response = TemplateResponse(
        request,
        "press_center/briefings/admin/print.html",
        {"event": event, "briefing": event.page, "printed_at": timezone.now(), **grouped(registrations_of(event))},
    )
    response["Cache-Control"] = "private, no-store"
    return response


def headings():
    return [
        _("No."),
        _("Status"),
        _("Place on the waitlist"),
        _("Badge number"),
        _("Reference"),
        _("Full name"),
        _("Media outlet"),
        pgettext("accreditation", "Category"),
        _("Domestic or foreign"),
        _("Registered"),
        _("Attended"),
    ]


def rows(registrations):
    def stamp(value):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""

    lists = grouped(registrations)
    ordered = [*lists["confirmed"], *lists["waitlisted"], *lists["cancelled"]]
    for number, registration in enumerate(ordered, start=1):
        application = registration.application
        yield [
            number,
            registration.get_status_display(),
            getattr(registration, "position", "") or "",
            application.badge_label,
            application.reference,
            application.full_name if not application.purged_at else "—",
            application.outlet.name,
            application.get_category_display(),
            application.get_origin_display(),
            stamp(registration.queued_at),
            stamp(registration.attended_at),
        ]


@permission_required(EXPORT)
def export(request, pk, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    event = get_event(pk)
    registrations = registrations_of(event)
    log_export(registrations, request.user, event, file_format)
    data = list(rows(registrations))
    slug = event.page.slug if event.page else "briefing"
    filename = f"{timezone.localtime(event.start):%Y%m%d-%H%M}-{slug}-registrations.{file_format}"
    return exports.spreadsheet_response(_("Registrations"), headings(), data, file_format, filename)


def log_export(registrations, user, event, file_format):
    """One audit-log entry per journalist on the exported list, on their application."""
    if not registrations:
        return
    content_type = ContentType.objects.get_for_model(registrations[0].application.__class__)
    data = {**rules.log_data(event, event.page), "format": file_format, "rows": len(registrations)}
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                label=str(registration.application),
                action=rules.EXPORT,
                user=user,
                timestamp=now,
                object_id=str(registration.application_id),
                data=data,
            )
            for registration in registrations
        ]
    )


@require_POST
@permission_required(ATTEND)
def attendance(request, pk, registration_pk):
    registration = get_object_or_404(
        BriefingRegistration.objects.select_related("application", "event"), pk=registration_pk, event_id=pk
    )
    present = request.POST.get("present") == "1"
    try:
        rules.set_attendance(registration, request.user, present=present)
    except rules.RegistrationError as error:
        messages.error(request, str(error.message))
    else:
        label = registration.application.badge_label or registration.application.reference
        if present:
            messages.success(request, _("%(badge)s: attendance recorded.") % {"badge": label})
        else:
            messages.success(request, _("%(badge)s: attendance removed.") % {"badge": label})
    return redirect(detail_url(registration.event) + f"#registration-{registration.pk}")


@require_POST
@permission_required(ATTEND)
def scan(request, pk):
    """A badge scanned or typed at the door: record attendance if it is valid and registered."""
    event = get_object_or_404(BriefingEvent, pk=pk)
    code = request.POST.get("code", "").strip()[:120]
    try:
        registration = rules.attend_by_badge(event, code, request.user)
    except rules.RegistrationError as error:
        messages.error(request, str(error.message))
    else:
        application = registration.application
        status = registration.get_status_display()
        messages.success(
            request,
            _("%(name)s (%(badge)s, %(outlet)s): attendance recorded – %(status)s.")
            % {
                "name": application.full_name,
                "badge": application.badge_label,
                "outlet": application.outlet.name,
                "status": status,
            },
        )
    return redirect(detail_url(event))


@require_POST
@permission_required(CHANGE)
def cancel(request, pk, registration_pk):
    registration = get_object_or_404(
        BriefingRegistration.objects.select_related("application", "event"), pk=registration_pk, event_id=pk
    )
    _registration, promoted = rules.cancel(registration, user=request.user)
    messages.success(
        request,
        _("Registration of %(badge)s cancelled.") % {"badge": registration.application.badge_label},
    )
    for other in promoted:
        messages.info(
            request,
            _("%(badge)s moved up from the waitlist and was told by e-mail.")
            % {"badge": other.application.badge_label},
        )
    return redirect(detail_url(registration.event))

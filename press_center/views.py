"""Public views of the press-centre page (called from PressCentrePage's routes)."""

import functools

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from wagtail.log_actions import log

from core.i18n import current_language

from . import accreditation, notifications, staff_lists, uploads
from .badges import render_badge
from .forms import AppealForm, ApplicationForm, CompletionForm, FindForm, ReplyForm, StaffListForm, staff_formset
from .limits import limited
from .models import AccreditationSettings, Application, BriefingSchedulePage, StaffList, Status, normalize_reference

SESSION_KEY = "press_center_sent"
STAFF_LIST_SESSION_KEY = "press_center_staff_list"
# Empty rows of people a staff-list form starts with, and the most a "more rows" link asks for.
STAFF_ROWS, MAX_STAFF_ROWS = 5, 50


def too_many_requests(request, page):
    response = page.render(request, template="press_center/rate_limited.html")
    response.status_code = 429
    response["Retry-After"] = "3600"
    return response


def private(response):
    """Headers for pages and files that carry personal data or the private link."""
    add_never_cache_headers(response)
    # Same-origin only: the private link never leaks to other sites, and POSTs keep their Origin for CSRF.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def index(request, page):
    """The press-centre page: accreditation, the next briefings with the schedule's link, the status lookup."""
    from .briefings.hooks import next_briefings  # it imports the admin views, which import this module

    schedule = BriefingSchedulePage.objects.child_of(page).live().public().first()
    briefings = next_briefings(page, request, limit=3) if schedule else []
    context = {"find_form": FindForm(), "schedule": schedule, "next_briefings": briefings}
    return page.render(request, context_overrides=context)


@require_http_methods(["GET", "POST"])
def apply(request, page):
    settings = AccreditationSettings.for_request(request)
    context = {"accreditation": settings}
    if not settings.is_open():
        return page.render(request, template="press_center/apply_closed.html", context_overrides=context)
    if request.method == "POST":
        if limited(request, "apply"):
            return too_many_requests(request, page)
        form = ApplicationForm(request.POST, request.FILES, settings=settings)
        if form.is_valid():
            try:
                application, created = accreditation.submit(
                    form.cleaned_data,
                    form.checked_files["photo"],
                    form.checked_files["letter"],
                    language=current_language(),
                    site=page.get_site(),
                )
            except accreditation.AlreadyDecided as error:
                form.add_error(
                    None,
                    _(
                        "An application with this document number and e-mail (reference %(reference)s) has "
                        "already been decided, so it cannot be changed. Open the status link we e-mailed you, "
                        "or contact the press centre."
                    )
                    % {"reference": error.application.reference},
                )
            else:
                request.session[SESSION_KEY] = {
                    "reference": application.reference,
                    "created": created,
                    "waitlisted": application.status == Status.WAITLISTED,
                    # Only a new application shows its link here; an update sends it to the e-mail on file.
                    "status_path": application.status_path(current_language()) if created else "",
                }
                return redirect(page.url + page.reverse_subpage("sent"))
    else:
        form = ApplicationForm(settings=settings)
    context["form"] = form
    response = page.render(request, template="press_center/apply.html", context_overrides=context)
    return private(response) if request.method == "POST" else response


def sent(request, page):
    summary = request.session.get(SESSION_KEY)
    if not summary:
        return redirect(page.url + page.reverse_subpage("apply"))
    return private(page.render(request, template="press_center/sent.html", context_overrides={"summary": summary}))


def requested_rows(request):
    """How many empty rows of people the form shows: ?rows= (asked for by "more rows"), else STAFF_ROWS."""
    rows = request.GET.get("rows", "")
    return min(max(int(rows), 1), MAX_STAFF_ROWS) if rows.isdigit() else STAFF_ROWS


@require_http_methods(["GET", "POST"])
def register_outlet(request, page):
    """An outlet's focal point registers the outlet, with the letter, and lists its people."""
    settings = AccreditationSettings.for_request(request)
    context = {"accreditation": settings}
    if not settings.is_open():
        return page.render(request, template="press_center/apply_closed.html", context_overrides=context)
    if request.method == "POST":
        if limited(request, "staff_list"):
            return too_many_requests(request, page)
        form = StaffListForm(request.POST, request.FILES)
        people = staff_formset(request.POST)
        if form.is_valid() and people.is_valid():
            try:
                staff_list = staff_lists.register(
                    form.cleaned_data,
                    people.people(),
                    form.checked_files["letter"],
                    language=current_language(),
                    site=page.get_site(),
                )
            except staff_lists.OutletAlreadyRegistered:
                form.add_error(
                    None,
                    _(
                        "This outlet has been registered already. Its focal point adds people from the link "
                        "we e-mailed them; if you cannot reach them, contact the press centre."
                    ),
                )
            except staff_lists.AlreadyApplied as error:
                form.add_error(None, already_applied_message(error))
            else:
                request.session[STAFF_LIST_SESSION_KEY] = {
                    "reference": staff_list.reference,
                    "outlet": staff_list.outlet.name,
                    "path": staff_list.path(current_language()),
                }
                return redirect(page.url + page.reverse_subpage("outlet_sent"))
    else:
        form, people = StaffListForm(), staff_formset(rows=requested_rows(request))
    context.update(form=form, people=people, more_rows=min(people.total_form_count() + 5, MAX_STAFF_ROWS))
    response = page.render(request, template="press_center/register_outlet.html", context_overrides=context)
    return private(response) if request.method == "POST" else response


def already_applied_message(error):
    return _(
        "These addresses already have an application with the press centre: %(emails)s. Remove them from "
        "the list: each person can follow their own application with their link."
    ) % {"emails": ", ".join(error.emails)}


def outlet_sent(request, page):
    summary = request.session.get(STAFF_LIST_SESSION_KEY)
    if not summary:
        return redirect(page.url + page.reverse_subpage("register_outlet"))
    return private(
        page.render(request, template="press_center/outlet_sent.html", context_overrides={"summary": summary})
    )


@require_http_methods(["GET", "POST"])
def staff_list(request, page, reference, token):
    """The focal point's private page: who is on the list and how far each has come; add people."""
    found = StaffList.objects.by_token(reference, token)
    if found is None:
        if limited(request, "status_miss", normalize_reference(reference) or reference[:20]):
            return too_many_requests(request, page)
        raise Http404(_("No staff list matches this link."))
    if limited(request, "status", f"list-{found.pk}"):
        return too_many_requests(request, page)
    settings = AccreditationSettings.for_request(request)
    message, error = "", ""
    people = staff_formset(rows=requested_rows(request) if "rows" in request.GET else 1)
    if request.method == "POST" and settings.is_open():
        people = staff_formset(request.POST)
        if people.is_valid():
            try:
                added = staff_lists.add_people(found, people.people(), site=page.get_site())
            except staff_lists.AlreadyApplied as already:
                error = already_applied_message(already)
            else:
                message = ngettext(
                    "%(count)s person added: they have been e-mailed their private link.",
                    "%(count)s people added: they have been e-mailed their private links.",
                    len(added),
                ) % {"count": len(added)}
                people = staff_formset(rows=1)
    context = {
        "staff_list": found,
        "accreditation": settings,
        "people_form": people,
        "message": message,
        "error": error,
        "more_rows": min(people.total_form_count() + 5, MAX_STAFF_ROWS),
        **staff_lists.progress(found),
    }
    response = page.render(request, template="press_center/staff_list.html", context_overrides=context)
    if error or (people.is_bound and not people.is_valid()):
        response.status_code = 400
    return private(response)


@require_http_methods(["GET", "POST"])
def find(request, page):
    """Send the status link again to the address on file; says the same whether or not it matched."""
    form = FindForm(request.POST or None)
    done = False
    if request.method == "POST":
        if limited(request, "find"):
            return too_many_requests(request, page)
        if form.is_valid() and not form.cleaned_data.get("website"):
            application = (
                Application.objects.active()
                .filter(
                    reference=normalize_reference(form.cleaned_data["reference"]),
                    email_key=form.cleaned_data["email"].strip().lower(),
                )
                .first()
            )
            if application is not None:
                notifications.send(application, "link")
                log(application, accreditation.LINK_SENT)
            done = True
    return page.render(request, template="press_center/find.html", context_overrides={"find_form": form, "done": done})


def status_view(view):
    """Resolve the private link to its application, or answer 404.

    The link is checked first, so a press room's wrong guesses never block anyone's valid link;
    misses are counted per reference and per address (press_center.limits).
    """

    @functools.wraps(view)
    def wrapper(request, page, reference, token, *args, **kwargs):
        application = Application.objects.by_status_token(reference, token)
        if application is None:
            if limited(request, "status_miss", normalize_reference(reference) or reference[:20]):
                return too_many_requests(request, page)
            raise Http404(_("No application matches this link."))
        if limited(request, "status", application.pk):
            return too_many_requests(request, page)
        return private(view(request, page, application, *args, **kwargs))

    return wrapper


def completing(application):
    """Whether the status page asks the person listed by their outlet for their own details."""
    return application.awaiting_details and application.status in (Status.INVITED, Status.WAITLISTED)


def render_status(request, page, application, reply_form=None, appeal_form=None, message="", completion_form=None):
    if completion_form is None and completing(application):
        completion_form = CompletionForm(application=application, settings=AccreditationSettings.for_request(request))
    context = {
        "application": application,
        "completion_form": completion_form,
        "status_path": application.status_path(page.locale.language_code),
        "reply_form": reply_form or (ReplyForm() if application.status == Status.INFO_REQUESTED else None),
        "appeal_form": appeal_form or (AppealForm() if application.can_appeal else None),
        "message": message,
        "translations": {code: path for code in ("vi", "en") if (path := application.status_path(code)) is not None},
    }
    return page.render(request, template="press_center/status.html", context_overrides=context)


@status_view
def status(request, page, application):
    return render_status(request, page, application)


@require_http_methods(["POST"])
@status_view
def complete(request, page, application):
    """A person listed by their outlet sends their own details and photo."""
    if not completing(application):
        return redirect(application.status_path(page.locale.language_code))
    settings = AccreditationSettings.for_request(request)
    form = CompletionForm(request.POST, request.FILES, application=application, settings=settings)
    if form.is_valid():
        try:
            staff_lists.complete(application, form.cleaned_data, form.checked_files["photo"])
        except accreditation.TransitionError as error:
            form.add_error(None, str(error))
        else:
            application.refresh_from_db()
            message = _("Thank you: your details have been sent to the officers.")
            return render_status(request, page, application, message=message)
    response = render_status(request, page, application, completion_form=form)
    response.status_code = 400
    return response


@require_http_methods(["POST"])
@status_view
def reply(request, page, application):
    form = ReplyForm(request.POST, request.FILES)
    if application.status != Status.INFO_REQUESTED:
        return redirect(application.status_path(page.locale.language_code))
    if form.is_valid():
        accreditation.supply_information(
            application,
            form.cleaned_data["reply"],
            photo=form.checked_files.get("photo"),
            letter=form.checked_files.get("letter"),
            document=form.checked_files.get("document"),
        )
        application.refresh_from_db()
        return render_status(
            request, page, application, message=_("Thank you: your answer has been sent to the officers.")
        )
    response = render_status(request, page, application, reply_form=form)
    response.status_code = 400
    return response


@require_http_methods(["POST"])
@status_view
def appeal(request, page, application):
    form = AppealForm(request.POST, request.FILES)
    if not application.can_appeal:
        return redirect(application.status_path(page.locale.language_code))
    if form.is_valid():
        accreditation.file_appeal(application, form.cleaned_data["text"], document=form.checked_files.get("document"))
        application.refresh_from_db()
        return render_status(request, page, application, message=_("Your appeal has been sent to the officers."))
    response = render_status(request, page, application, appeal_form=form)
    response.status_code = 400
    return response


@status_view
def badge(request, page, application):
    if application.status != Status.APPROVED:
        raise Http404(_("There is no badge for this application."))
    response = HttpResponse(render_badge(application), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="badge-{application.badge_label}.pdf"'
    return response


@status_view
def applicant_file(request, page, application, kind):
    if kind not in ("photo", "letter"):
        raise Http404
    return serve_private_file(getattr(application, kind), f"{application.reference}-{kind}")


def serve_private_file(field_file, download_name):
    """A file from the private storage, with headers that keep browsers from running or caching it."""
    if not field_file or not field_file.name or not field_file.storage.exists(field_file.name):
        raise Http404(_("This file is no longer available."))
    content_type = uploads.content_type_for(field_file.name)
    extension = field_file.name.rsplit(".", 1)[-1]
    response = FileResponse(
        field_file.storage.open(field_file.name, "rb"),
        content_type=content_type,
        as_attachment=content_type == "application/pdf",
        filename=f"{download_name}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return private(response)

"""The journalist's briefing registrations, reached from the private link of their accreditation status page.

status/<reference>/<token>/briefings/ lists the briefings of the schedule that need registration,
with the journalist's own registrations; register/ and cancel/ (POST) act on one briefing. The link
is resolved by press_center.views.status_view (404 on a miss, failed lookups rate limited, private
headers), so nothing here is reachable without the applicant's secret.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from press_center.limits import limited
from press_center.models import BriefingPage, BriefingRegistration, BriefingSchedulePage, attach_events
from press_center.views import status_view, too_many_requests

from . import registration as rules


def schedule_for(page):
    return BriefingSchedulePage.objects.child_of(page).live().first()


def registrations_path(page, application):
    return application.status_path(page.locale.language_code) + "briefings/"


def briefing_titles(keys, locale_id):
    """{translation_key: live page}, preferring the page in `locale_id` (one query)."""
    pages = {}
    for briefing in BriefingPage.objects.live().filter(translation_key__in=keys).order_by("pk"):
        if briefing.translation_key not in pages or briefing.locale_id == locale_id:
            pages[briefing.translation_key] = briefing
    return pages


@require_http_methods(["GET"])
@status_view
def registrations(request, page, application):
    schedule = schedule_for(page)
    now = timezone.now()
    own = {
        registration.event.translation_key: registration
        for registration in BriefingRegistration.objects.filter(application=application).select_related("event")
    }
    briefings = []
    if schedule is not None:
        briefings = list(schedule.briefings().filter(end__gte=now, access="registration"))
        attach_events(briefings, with_counts=True)
    badge = rules.badge_problem(application, timezone.localdate())
    for briefing in briefings:
        briefing.registration = own.get(briefing.translation_key)
        event = briefing.event
        problem = rules.registration_problem(event, now) if event else None
        if problem is None and badge is None:
            # Valid today, but perhaps not on the day of this briefing.
            problem = rules.badge_problem(application, timezone.localdate(briefing.start))
        briefing.registration_problem = problem[1] if problem else ""
        if briefing.registration is not None and briefing.registration.is_active:
            briefing.position = briefing.registration.waitlist_position()
    listed = {briefing.translation_key for briefing in briefings}
    # Registrations for briefings no longer listed here (past, or in another language only) stay visible.
    others = [registration for key, registration in own.items() if key not in listed]
    titles = briefing_titles([registration.event.translation_key for registration in others], page.locale_id)
    for registration in others:
        registration.briefing = titles.get(registration.event.translation_key)
    context = {
        "application": application,
        "schedule": schedule,
        "briefings": briefings,
        "other_registrations": others,
        "badge_problem": badge[1] if badge else "",
        "status_path": application.status_path(page.locale.language_code),
        "translations": {
            code: f"{path}briefings/" for code in ("vi", "en") if (path := application.status_path(code)) is not None
        },
    }
    return page.render(request, template="press_center/briefings/registrations.html", context_overrides=context)


@require_POST
@status_view
def registration_action(request, page, application, briefing_id, action):
    if action not in ("register", "cancel"):
        raise Http404
    if limited(request, "briefing", application.pk):
        return too_many_requests(request, page)
    schedule = schedule_for(page)
    briefing = (
        BriefingPage.objects.child_of(schedule).live().public().filter(pk=briefing_id).first() if schedule else None
    )
    if briefing is None:
        raise Http404(_("This briefing is not on the schedule."))
    try:
        if action == "register":
            registration = rules.register(briefing, application)
            if registration.status == "confirmed":
                messages.success(request, _("You are registered for “%(title)s”.") % {"title": briefing.title})
            else:
                messages.warning(
                    request,
                    _("“%(title)s” is full: you are number %(position)s on the waitlist.")
                    % {"title": briefing.title, "position": registration.waitlist_position()},
                )
        else:
            registration = BriefingRegistration.objects.filter(
                event__translation_key=briefing.translation_key, application=application
            ).first()
            if registration is None or not registration.is_active:
                messages.info(request, _("You were not registered for “%(title)s”.") % {"title": briefing.title})
            else:
                rules.cancel(registration)
                messages.success(
                    request, _("Your registration for “%(title)s” is cancelled.") % {"title": briefing.title}
                )
    except rules.RegistrationError as error:
        messages.error(request, str(error.message))
    return redirect(registrations_path(page, application) + f"#briefing-{briefing.pk}")

"""Wagtail hooks of the briefing schedule (imported by press_center.wagtail_hooks).

The officers' registration lists, the venue and topic snippets (in the "Press centre" menu), audit-log
labels, a "Registrations" button on briefing pages for officers, and the next briefings on the home page.
Two guards: embargoed documents are refused at their own address (embargo.py), and a briefing with
registered journalists cannot be unpublished until it is cancelled, which tells them.
"""

import dataclasses
import datetime

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import SnippetViewSet

from press_center.models import BriefingPage, BriefingStatus, BriefingTopic, Venue, attach_events

from . import admin_views, embargo, publication, registration

NEXT_BRIEFINGS = 4


@hooks.register("before_serve_document")
def hold_back_embargoed_materials(document, request):
    return embargo.refuse_embargoed_document(document, request)


@hooks.register("before_unpublish_page")
def keep_registered_briefings_published(request, page):
    """A briefing with registered journalists is cancelled (which e-mails them) before it is unpublished."""
    include_descendants = bool(request.POST.get("include_descendants"))
    held = registration.registered_briefings(page, include_descendants=include_descendants)
    if not held:
        return None
    for briefing, count in held:
        messages.error(
            request,
            ngettext(
                "“%(title)s” has %(count)d registered journalist, who would not be told. Set its status to "
                "Cancelled and publish it (they are e-mailed), then unpublish it.",
                "“%(title)s” has %(count)d registered journalists, who would not be told. Set its status to "
                "Cancelled and publish it (they are e-mailed), then unpublish it.",
                count,
            )
            % {"title": briefing.title, "count": count},
        )
    return redirect("wagtailadmin_pages:edit", held[0][0].pk)


@hooks.register("register_log_actions")
def register_briefing_actions(actions):
    for action, label, message in [
        (registration.REGISTER, _("Register for a briefing"), _("Registered for a briefing")),
        (registration.WAITLIST, _("Join a briefing waitlist"), _("Put on a briefing's waitlist: no place left")),
        (registration.PROMOTE, _("Briefing place freed"), _("Taken off a briefing's waitlist: a place became free")),
        (registration.CANCEL, _("Cancel a briefing registration"), _("Briefing registration cancelled")),
        (registration.ATTEND, _("Briefing attendance"), _("Attendance at a briefing recorded or removed")),
        (registration.EXPORT, _("Export a briefing list"), _("Included in an export of a briefing's registrations")),
        (
            publication.SYNC,
            _("Copy from the other language"),
            _("Time, venue, status or access copied from the other language"),
        ),
    ]:
        actions.register_action(action, label, message)


class PermissionMenuItem(MenuItem):
    permission = admin_views.VIEW

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class BriefingRegistrationViewSet(ViewSet):
    name = "press_center_briefings"
    url_prefix = "press-centre/briefings"
    icon = "date"
    menu_label = _("Briefing registrations")

    def get_menu_item(self, order=None):
        return PermissionMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name="press-centre-briefings",
            icon_name=self.icon,
            order=self.get_menu_item_order(order),
        )

    def get_urlpatterns(self):
        return [
            path("", admin_views.index, name="index"),
            path("<int:pk>/", admin_views.detail, name="detail"),
            path("<int:pk>/print/", admin_views.print_list, name="print"),
            path("<int:pk>/export/<str:file_format>/", admin_views.export, name="export"),
            path("<int:pk>/scan/", admin_views.scan, name="scan"),
            path("<int:pk>/attendance/<int:registration_pk>/", admin_views.attendance, name="attendance"),
            path("<int:pk>/cancel/<int:registration_pk>/", admin_views.cancel, name="cancel"),
        ]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Briefing venues")
    list_display = ["name_vi", "name_en", "details_vi"]
    search_fields = ["name_vi", "name_en"]
    copy_view_enabled = False


class BriefingTopicViewSet(SnippetViewSet):
    model = BriefingTopic
    icon = "tag"
    menu_label = _("Briefing topics")
    list_display = ["name_vi", "name_en", "slug"]
    search_fields = ["name_vi", "name_en"]
    copy_view_enabled = False


VIEWSETS = (BriefingRegistrationViewSet, VenueViewSet, BriefingTopicViewSet)


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name=None, **kwargs):
    """On a briefing that takes registrations, officers get a button to its registration list."""
    if not isinstance(page.specific_deferred, BriefingPage) or not user.has_perm(admin_views.VIEW):
        return []
    from press_center.models import BriefingEvent

    event = BriefingEvent.objects.filter(translation_key=page.translation_key).first()
    if event is None:
        return []
    return [
        HeaderButton(
            _("Registrations"),
            url=reverse("press_center_briefings:detail", args=(event.pk,)),
            icon_name="group",
            priority=15,
        )
    ]


# Home page


@dataclasses.dataclass(frozen=True)
class NextBriefing:
    """What the home page shows of an upcoming briefing."""

    title: str
    start: datetime.datetime
    end: datetime.datetime
    venue: str
    url: str
    status: str
    status_label: str


@hooks.register("home_page_context")
def next_briefings_on_home_page(context, request, page):
    """context["next_briefings"]: up to four upcoming briefings in the language of `page` (three queries)."""
    context["next_briefings"] = next_briefings(page, request)


def next_briefings(page, request=None, limit=NEXT_BRIEFINGS, now=None):
    now = now or timezone.now()
    language = page.locale.language_code
    briefings = list(
        BriefingPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, end__gte=now)
        .exclude(status__in=[BriefingStatus.CANCELLED, BriefingStatus.COMPLETED])
        .select_related("venue")
        .defer_streamfields()
        .order_by("start", "pk")[:limit]
    )
    attach_events(briefings)
    return [
        NextBriefing(
            title=briefing.title,
            start=briefing.start,
            end=briefing.end,
            venue=briefing.venue_label(language) if briefing.venue else str(_("Online")),
            url=briefing.get_url(request),
            status=briefing.display_status.value,
            status_label=str(briefing.display_status.label),
        )
        for briefing in briefings
    ]

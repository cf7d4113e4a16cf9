"""The search index in the Wagtail admin: what is pending or failed, and a button to retry it now.

Only users with `search.view_indexupdate` (superusers; no group gets it from `setup_site`) see the
page, its menu item under Settings and the dashboard warning. It shows what `check_search` prints
about the outbox, without a terminal.
"""

import logging

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View

from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import Page

from . import indexing
from .models import MAX_ATTEMPTS, IndexUpdate

logger = logging.getLogger(__name__)

VIEW = "search.view_indexupdate"
ERROR_SHOWN = 300  # characters of a backend error put in a message


def field_label(name):
    return capfirst(IndexUpdate._meta.get_field(name).verbose_name)


class NextAttemptColumn(Column):
    """The time of the next retry (a date to come, so not "… ago"), or "Given up" once none is scheduled."""

    cell_template_name = "search/admin/next_attempt_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["given_up"] = instance.given_up
        return context


class ErrorColumn(Column):
    """The backend's error, shortened, with the full text one click away."""

    cell_template_name = "search/admin/error_cell.html"


def with_pages(updates):
    """Give each update `page_label` and `page_edit_url` (None once the page is deleted), in one query."""
    updates = list(updates)
    titles = dict(Page.objects.filter(pk__in={update.page_id for update in updates}).values_list("pk", "title"))
    for update in updates:
        title = titles.get(update.page_id)
        if title is None:
            update.page_label = _("Page %(id)s (deleted)") % {"id": update.page_id}
            update.page_edit_url = None
        else:
            update.page_label = title
            update.page_edit_url = reverse("wagtailadmin_pages:edit", args=(update.page_id,))
    return updates


class IndexStatusView(generic.IndexView):
    """The index at a glance, then the updates not applied yet, failed ones first."""

    page_title = _("Search index")
    any_permission_required = ["view"]  # also decides whether the menu item is shown
    retry_url_name = None

    def get_base_queryset(self):
        return indexing.pending_updates()

    @property
    def no_results_message(self):
        return _("Every index update has been applied.")

    @property
    def columns(self):
        return [
            TitleColumn("page", label=_("Page"), accessor="page_label", get_url=lambda update: update.page_edit_url),
            Column("reason", label=field_label("reason"), accessor="get_reason_display"),
            DateColumn("requested_at", label=field_label("requested_at")),
            Column("attempts", label=field_label("attempts")),
            NextAttemptColumn("next_attempt_at", label=field_label("next_attempt_at")),
            ErrorColumn("last_error", label=field_label("last_error")),
        ]

    def get_table(self, object_list):
        return super().get_table(with_pages(object_list))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only:
            context["status"] = indexing.status()
            context["max_attempts"] = MAX_ATTEMPTS
            context["retry_url"] = reverse(self.retry_url_name)
        return context


class RetryView(PermissionCheckedMixin, View):
    """Apply every pending update now, in the request, and say how it went."""

    model = IndexUpdate
    permission_required = "view"
    http_method_names = ["post"]
    index_url_name = None

    def post(self, request):
        page_ids = sorted(set(indexing.pending_updates().values_list("page_id", flat=True)))
        if not page_ids:
            messages.success(request, _("Nothing to retry: every index update has been applied."))
            return redirect(self.index_url_name)
        try:
            synced = indexing.process_updates(page_ids)
        except Exception as error:  # the backend's or anything else: reported, never a server error
            logger.warning("Retrying the search index updates from the admin failed", exc_info=True)
            still_pending = len(set(indexing.pending_updates().values_list("page_id", flat=True)) & set(page_ids))
            text = f"{type(error).__name__}: {error}"[:ERROR_SHOWN]
            messages.error(
                request,
                ngettext(
                    "The search index could not sync %(count)d of %(total)d page: %(error)s",
                    "The search index could not sync %(count)d of %(total)d pages: %(error)s",
                    len(page_ids),
                )
                % {"count": still_pending, "total": len(page_ids), "error": text},
            )
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)d page synced with the search index.",
                    "%(count)d pages synced with the search index.",
                    synced,
                )
                % {"count": synced},
            )
        return redirect(self.index_url_name)


class FailedUpdatesPanel(Component):
    """A dashboard warning while index updates fail; the hook adds it only then."""

    name = "search_index_failures"
    template_name = "search/admin/failed_panel.html"
    order = 50  # above Wagtail's own panels: something needs an operator

    def __init__(self, failed, url):
        self.failed = failed
        self.url = url

    def get_context_data(self, parent_context=None):
        return {"failed": self.failed, "url": self.url}

"""The search index in the Wagtail admin: Settings → Search index, and a dashboard warning while updates fail."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, indexing
from .models import IndexUpdate, Synonym


class IndexUpdateViewSet(ModelViewSet):
    """A read-only listing of the index outbox; the only action is "Retry now"."""

    model = IndexUpdate
    name = "search_index"
    url_prefix = "search-index"
    icon = "search"
    menu_label = _("Search index")
    add_to_settings_menu = True
    add_to_reference_index = False
    index_view_class = admin_views.IndexStatusView
    index_template_name = "search/admin/index_status.html"
    copy_view_enabled = False
    list_per_page = 50

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs.update(add_url_name=None, edit_url_name=None, delete_url_name=None)
        return view_kwargs

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(retry_url_name=self.get_url_name("retry"), **kwargs)

    @property
    def retry_view(self):
        return self.construct_view(admin_views.RetryView)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("retry/", self.retry_view, name="retry"),
        ]

    def get_permissions_to_register(self):
        # Only "view" means something here; superusers have it, and an administrator may give it to a group.
        from django.contrib.auth.models import Permission

        return Permission.objects.filter(content_type__app_label="search", codename="view_indexupdate")


@hooks.register("register_admin_viewset")
def register_search_index_admin():
    return IndexUpdateViewSet()


@hooks.register("construct_homepage_panels")
def warn_about_failed_index_updates(request, panels):
    """One count query for the users who may act on it; nothing at all while every update succeeds."""
    if not request.user.has_perm(admin_views.VIEW):
        return
    failed = indexing.failed_updates().count()
    if failed:
        panels.append(admin_views.FailedUpdatesPanel(failed, reverse("search_index:index")))


class SynonymViewSet(SnippetViewSet):
    """Snippets → Search synonyms: the editors' additions to the curated list of search.synonyms."""

    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms", "note", "updated_at"]
    ordering = ["terms"]


register_snippet(SynonymViewSet)

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.seo import SeoMixin


class SitemapPage(SeoMixin, Page):
    """A readable map of one language's pages. News articles are left to the news archive."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sitemap page")

    def sharing_summary(self):
        return self.intro

    def tree(self):
        """The home page of this language and its live, public descendants as nested (page, children) pairs."""
        from news.models import ArticlePage

        home = self.get_parent()
        pages = (
            Page.objects.descendant_of(home)
            .live()
            .public()
            .not_type(ArticlePage)
            .exclude(pk=self.pk)
            .defer_streamfields()
            .order_by("path")
        )
        nodes = {home.path: (home, [])}
        for page in pages:
            node = (page, [])
            parent = nodes.get(page.path[: -Page.steplen])
            if parent is not None:  # under a private or unpublished page: left out with it
                parent[1].append(node)
                nodes[page.path] = node
        return nodes[home.path]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = self.tree()
        return context

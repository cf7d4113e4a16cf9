from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from core.models import CustomImage


class HomePage(Page):
    """The landing page of one language: lead story, latest and most-read news."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "press_center.PressCentrePage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from news.models import ArticlePage, NewsIndexPage, most_read

        context = super().get_context(request, *args, **kwargs)
        articles = (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("category", "hero_image")
            .prefetch_related(Prefetch("hero_image", queryset=CustomImage.objects.prefetch_renditions()))
            .defer_streamfields()
            .order_by("-published_at", "-pk")
        )
        featured = articles.filter(featured=True).first() or articles.first()
        context["featured_article"] = featured
        context["latest_articles"] = list(articles.exclude(pk=getattr(featured, "pk", None))[:8])
        context["most_read"] = most_read(self.locale)
        context["news_index"] = NewsIndexPage.objects.child_of(self).live().first()
        return context

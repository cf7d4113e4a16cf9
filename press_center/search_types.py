"""Press briefings in the public search (see search/registry.py and docs/search.md)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.registry import Category, SearchType, register

from .models import BriefingEvent, BriefingPage, BriefingTopic


@register
class BriefingSearch(SearchType):
    key = "briefing"
    label = _("Briefing")
    model = BriefingPage
    # The shared event changes when either language is published; both copies are re-indexed then.
    related_models = (BriefingTopic, BriefingEvent)

    def get_queryset(self):
        return super().get_queryset().select_related("locale", "topic").prefetch_related("speakers")

    def get_text(self, page):
        return page.search_text()

    def get_date(self, page):
        return page.start

    def get_category(self, page):
        """The briefing's topic, named in the page's language."""
        if page.topic is None:
            return None
        with translation.override(page.locale.language_code):
            return Category(page.topic.slug, page.topic.name)

    def pages_for_related(self, obj):
        if isinstance(obj, BriefingEvent):
            return BriefingPage.objects.filter(translation_key=obj.translation_key)
        return BriefingPage.objects.filter(topic=obj)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """Newsroom: articles, categories, authors, feeds, sitemaps and article import."""

    name = "news"
    verbose_name = _("News")

from django.utils.functional import SimpleLazyObject

from core.i18n import current_language

from . import feeds
from .models import NewsIndexPage


def language_feed():
    """The RSS feed of the reader's language's news section, or None when that section is not live."""
    index = NewsIndexPage.for_language(current_language())
    if index is None:
        return None
    return {"url": index.feed_path(), "title": feeds.feed_title()}


def news_feed(request):
    """Every page advertises its language's news feed in <head>; looked up only when a template asks."""
    return {"site_news_feed": SimpleLazyObject(language_feed)}

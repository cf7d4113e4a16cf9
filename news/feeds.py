"""RSS 2.0 feeds of news articles (all news, or one category)."""

from django.http import HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_SIZE = 50


def feed_title(category=None):
    """The feed's title, also the name of its link in every page's <head>."""
    site_name = _("Congress news")
    return f"{site_name} – {category.name}" if category else site_name


def article_feed(request, index_page, articles, category=None):
    title = feed_title(category)
    feed = Rss201rev2Feed(
        title=title,
        link=index_page.get_full_url(request),
        description=index_page.intro or title,
        language=index_page.locale.language_code,
        feed_url=request.build_absolute_uri(),
    )
    for article in articles:
        feed.add_item(
            title=article.title,
            link=article.get_full_url(request),
            description=article.lead,
            pubdate=article.published_at,
            updateddate=article.last_published_at,
            unique_id=article.get_full_url(request),
            unique_id_is_permalink=True,
            categories=[article.category.name] if article.category else None,
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response

"""Google News sitemap: articles of the last two days, as Google News asks."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from wagtail.models import Site

from core.i18n import localized_value
from core.models import SiteSettings

from .models import ArticlePage

NEWS_SITEMAP_WINDOW = datetime.timedelta(days=2)
NEWS_SITEMAP_LIMIT = 1000


@require_GET
def google_news_sitemap(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    in_site = Q()
    for root in site.root_page.get_translations(inclusive=True):
        in_site |= Q(path__startswith=root.path)
    articles = (
        ArticlePage.objects.live()
        .public()
        .filter(in_site, published_at__gte=timezone.now() - NEWS_SITEMAP_WINDOW)
        .select_related("locale")
        .prefetch_related("tags")
        .defer_streamfields()
        .order_by("-published_at")[:NEWS_SITEMAP_LIMIT]
    )
    # Google News knows a publication by its name in each language: an article carries its own language's.
    site_settings = SiteSettings.for_site(site)
    publishers = {code: localized_value(site_settings, "publisher_name", code) for code, _name in settings.LANGUAGES}
    context = {"articles": [(article, publishers[article.locale.language_code]) for article in articles]}
    return TemplateResponse(request, "news/news_sitemap.xml", context, content_type="application/xml")

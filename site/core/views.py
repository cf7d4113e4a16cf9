from functools import cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.db.models import Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site


def sitemap_entries(request):
    """Every live, public page of every language of the site, with its translations as alternates."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    roots = list(site.root_page.get_translations(inclusive=True))
    in_site = Q()
    for root in roots:
        in_site |= Q(path__startswith=root.path)
    pages = list(
        Page.objects.live().public().filter(in_site).select_related("locale").defer_streamfields().order_by("path")
    )
    urls_by_key = {}
    for page in pages:
        page.sitemap_url = page.get_full_url(request)
        urls_by_key.setdefault(page.translation_key, []).append(page)
    entries = []
    for page in pages:
        siblings = urls_by_key[page.translation_key]
        entries.append(
            {
                "location": page.sitemap_url,
                "lastmod": page.last_published_at,
                "alternates": [
                    {"lang": other.locale.language_code, "location": other.sitemap_url} for other in siblings
                ]
                if len(siblings) > 1
                else [],
            }
        )
    return entries


@require_GET
def sitemap(request):
    return TemplateResponse(
        request, "core/sitemap.xml", {"entries": sitemap_entries(request)}, content_type="application/xml"
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@cache
def _favicon_bytes():
    return Path(finders.find("favicon.ico")).read_bytes()


@require_GET
def favicon(request):
    """/favicon.ico, which browsers, feed readers and crawlers ask for whatever the page links.

    Pages link static/favicon.svg (a gold star on the congress red) with this 16/32/48 px icon as the
    fallback; it is served here from the static files rather than redirected, so it costs one request.
    """
    response = HttpResponse(_favicon_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response

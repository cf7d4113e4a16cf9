import base64
import json
from urllib.parse import quote

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core import dates

register = template.Library()


@register.filter
def long_date(value):
    """{{ page.date|long_date }} → "Thứ Sáu, 14/6/2024" / "Friday, 14 June 2024"."""
    return dates.long_date(value)


@register.filter
def long_datetime(value):
    return dates.long_date(value, with_time=True)


def translation_urls(context):
    """{language_code: url} of the live translations of the page being shown (itself included).

    A view may set `context["translations"]` itself, e.g. a sub-view of a routable page.
    """
    if "translations" in context:
        return dict(context["translations"])
    page = context.get("page")
    if page is None or not getattr(page, "pk", None) or not hasattr(page, "get_translations"):
        return {}
    request = context.get("request")
    pages = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {translated.locale.language_code: translated.get_url(request) for translated in pages}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """Alternate-language URLs for <link rel="alternate" hreflang>: only real translations."""
    request = context.get("request")
    urls = translation_urls(context)
    if len(urls) < 2 or request is None:
        return []
    return [{"code": code, "url": request.build_absolute_uri(url)} for code, url in sorted(urls.items())]


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language for the switcher: the translated page where there is one.

    Without a translation the link goes to the same path in the other language for Django views,
    or to that language's home page for Wagtail pages.
    """
    request = context.get("request")
    current = translation.get_language()
    urls = translation_urls(context)
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code)
        if url is None and request is not None and context.get("page") is None:
            url = translate_url(request.path, code)
        if url is None:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if not url or url.startswith(("http://", "https://")) or request is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute URL of this view without tracking or filter parameters, keeping only ?page=N."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(request.path)
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and int(page_number) > 1:
        url += f"?page={int(page_number)}"
    return url


_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Render a dict as a <script type="application/ld+json"> block, escaped like Django's json_script."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.inclusion_tag("core/includes/share_links.html", takes_context=True)
def share_links(context, title):
    """Share by e-mail, Facebook, Zalo and copy-link, with no third-party script on the page."""
    url = canonical_url(context)
    zalo_payload = base64.b64encode(json.dumps({"url": url}).encode()).decode()
    return {
        "url": url,
        "email_url": f"mailto:?subject={quote(title)}&body={quote(url)}",
        "facebook_url": f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}",
        # Zalo's share endpoint takes the page as base64-encoded JSON in `d`.
        "zalo_url": f"https://button-share.zalo.me/share_external?layout=1&customize=false&d={quote(zalo_payload)}",
    }

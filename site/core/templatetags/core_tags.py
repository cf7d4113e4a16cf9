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
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from core import dates
from core.i18n import current_language
from core.seo import Alternate, SeoMixin, canonical_path

register = template.Library()


@register.filter
def long_date(value):
    """{{ page.date|long_date }} → "Thứ Sáu, 14/6/2024" / "Friday, 14 June 2024"."""
    return dates.long_date(value)


@register.filter
def long_datetime(value):
    return dates.long_date(value, with_time=True)


# Each site language named in itself, as it reads inside a sentence (see language_versions).
LANGUAGE_IN_SENTENCE = {
    "vi": pgettext_lazy("language name inside a sentence", "Vietnamese"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
}


def view_alternates(context):
    """{language code: Alternate} of the view being shown in the other languages where it exists.

    A page answers through `SeoMixin.alternates`; a view or a sub-view of a routable page may set
    `context["translations"]` itself ({code: Alternate or URL}, the current language may be included).
    A Django view without either (the search page sets its own) is looked up under the same URL name.
    """
    request = context.get("request")
    current = current_language()
    page = context.get("page")
    if "translations" in context:
        alternates = context["translations"]
    elif isinstance(page, SeoMixin) and page.pk and request is not None:
        alternates = page.alternates(request)
    elif page is None and request is not None:
        alternates = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
        alternates = {code: url for code, url in alternates.items() if url != request.path}
    else:
        alternates = {}
    return {
        code: alternate if isinstance(alternate, Alternate) else Alternate(alternate)
        for code, alternate in alternates.items()
        if code != current
    }


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The view in every site language: `links` for the switcher, `hreflang` for <head>.

    The switcher links to the equivalent view (the translated page, the translated category, the same
    page number and search). Where there is none, its entry says so in that language and offers that
    language's home page instead of silently landing there. hreflang lists only exact equivalents,
    itself included, plus x-default (the Vietnamese version), and only when there are at least two.
    """
    request = context.get("request")
    current = current_language()
    alternates = view_alternates(context)
    links = []
    for code, name in settings.LANGUAGES:
        alternate = alternates.get(code)
        link = {"code": code, "name": name, "is_current": code == current, "is_available": alternate is not None}
        if alternate is not None:
            link["url"] = alternate.url
        elif code != current:
            link["url"] = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
            with translation.override(code):
                language = LANGUAGE_IN_SENTENCE[code]
                link["missing"] = _("This page is not available in %(language)s.") % {"language": language}
                link["home"] = _("Go to the %(language)s home page") % {"language": language}
        links.append(link)
    hreflang = []
    exact = {code: canonical_path(alternate.url) for code, alternate in alternates.items() if alternate.exact}
    if exact and request is not None:
        exact[current] = canonical_path(request.get_full_path())
        hreflang = [{"code": code, "url": request.build_absolute_uri(url)} for code, url in sorted(exact.items())]
        if settings.LANGUAGE_CODE in exact:
            hreflang.append({"code": "x-default", "url": request.build_absolute_uri(exact[settings.LANGUAGE_CODE])})
    return {"links": links, "hreflang": hreflang}


@register.simple_tag(takes_context=True)
def social_card(context):
    """The view's SocialCard: set by a sub-view in the context, else the page's own; None without a page."""
    if context.get("social_card"):
        return context["social_card"]
    page, request = context.get("page"), context.get("request")
    if isinstance(page, SeoMixin) and request is not None:
        return page.social_card(request)
    return None


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The JSON-LD blocks of the view: the context's `structured_data` list, else the page's own."""
    data = context.get("structured_data")
    page, request = context.get("page"), context.get("request")
    if data is None and isinstance(page, SeoMixin) and request is not None:
        data = page.structured_data(request)
    return mark_safe("".join(json_ld(item) for item in data or ()))  # noqa: S308 (escaped by json_ld)


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
    return request.build_absolute_uri(canonical_path(request.get_full_path()))


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


@register.simple_tag(takes_context=True)
def page_link(context, number, extra_query=""):
    """The address of page `number` of this listing with its filters (`extra_query`, already encoded).

    Page 1 is the listing's own address, without ?page=1, so that each page has one address.
    """
    query = "&".join(part for part in (extra_query, f"page={number}" if number > 1 else "") if part)
    path = context["request"].path
    return f"{path}?{query}" if query else path

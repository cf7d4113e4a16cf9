"""What every page says about itself in <head>: how it looks when shared, and where it lives in the other language.

Every page type inherits `SeoMixin` (the news template's SocialFields, made explicit), so
includes/meta.html reads one API instead of attributes it hopes a page has:

- `social_card(request)`: title, description and image for social networks and search engines;
- `structured_data(request)`: schema.org objects, rendered as JSON-LD;
- `alternates(request)`: the same view in each language, for hreflang and the language switcher.

Sub-views of a routable page (a news category, a gallery photo) pass their own card or alternates
in the template context as `social_card` and `translations`.
"""

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlencode, urlsplit

from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from . import pagination
from .models import CustomImage, SiteSettings

SUMMARY_LENGTH = 200


@dataclass(frozen=True)
class SocialCard:
    """How a view presents itself: `description` for social networks, `meta_description` for search engines."""

    title: str
    description: str
    meta_description: str
    image: CustomImage | None = None
    type: str = "website"

    def for_view(self, title, description=""):
        """The card of a sub-view (a category, a tag, a month): its own title and, when it has one, description."""
        if not description:
            return replace(self, title=title)
        return replace(self, title=title, description=description, meta_description=description)


@dataclass(frozen=True)
class Alternate:
    """The same view in another language. Not `exact` when only a neighbour exists there (a shorter listing's
    last page): the language switcher still goes there, hreflang does not claim it."""

    url: str
    exact: bool = True


def page_number(value):
    """The page a ?page= value asks for; 1 when it names no page (the listing itself answers 404 then)."""
    try:
        return pagination.page_number(value)
    except pagination.PageNotFound:
        return 1


def listing_alternate(url, number, pages, filters=None):
    """Page `number` of the listing at `url` in another language, which has `pages` pages (None: not a listing).

    Where the other listing is shorter the switcher lands on its last page, and hreflang leaves it out.
    """
    query = dict(filters or {})
    exact = True
    if pages is not None and number > 1:
        if number > pages:
            number, exact = pages, False
        if number > 1:
            query["page"] = number
    return Alternate(f"{url}?{urlencode(query)}" if query else url, exact=exact)


def canonical_path(url):
    """`url` reduced to what the canonical link keeps: the path and ?page=N (see core_tags.canonical_url)."""
    parts = urlsplit(url)
    number = page_number(parse_qs(parts.query).get("page", [""])[0])
    return parts.path + (f"?page={number}" if number > 1 else "")


def first_text(*texts):
    return next((text for text in texts if text), "")


class SeoMixin(models.Model):
    """Sharing fields in the Promote tab, and the <head> API of a page (see the module docstring).

    A page type says what it has of its own by overriding `sharing_summary` (a lead, an introduction)
    and `sharing_picture` (a hero image, a cover); a listing that keeps its filters and page number
    across languages lists the filters in `shared_filters` and counts its pages in `listing_pages`.
    """

    social_text = models.CharField(
        _("sharing text"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown when the page is shared on social networks. Empty: the search description, else the page's "
            "own summary, else the site's default description."
        ),
    )
    social_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared; cropped to 1200 × 630 pixels around the focal point. Empty: the page's "
            "own picture, else the site's default sharing image."
        ),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("social_text"), FieldPanel("social_image")], heading=_("For social networks")),
    ]

    og_type = "website"
    # GET parameters of a listing whose values mean the same in every language, kept by the switcher.
    shared_filters = ()

    class Meta:
        abstract = True

    # What a page type offers of its own

    def sharing_title(self, request):
        return self.seo_title or self.title

    def sharing_summary(self):
        """The page's own plain-text summary (a lead, an introduction), used when no sharing text is set."""
        return ""

    def sharing_picture(self, request):
        """The page's own picture (a hero image, a cover, an emblem), used when no sharing image is set."""
        return

    def structured_data(self, request):
        """schema.org objects describing the page, each rendered as a JSON-LD block."""
        return []

    def listing_pages(self, request):
        """How many pages this listing has with the request's filters; None for a page that is not a listing."""
        return

    # The API meta.html reads

    def social_card(self, request):
        site = SiteSettings.for_request(request)
        summary = Truncator(self.sharing_summary() or "").chars(SUMMARY_LENGTH)
        meta_description = first_text(self.search_description, summary, site.description)
        return SocialCard(
            title=self.sharing_title(request),
            description=first_text(self.social_text, meta_description),
            meta_description=meta_description,
            image=self.social_image or self.sharing_picture(request) or site.default_social_image,
            type=self.og_type,
        )

    def alternates(self, request):
        """{language code: Alternate} of the page's live, public translations, with shared filters and page number."""
        filters = {name: request.GET[name] for name in self.shared_filters if request.GET.get(name)}
        number = page_number(request.GET.get("page"))
        translations = self.get_translations().live().public().select_related("locale")
        if number > 1:
            translations = translations.specific()
        return {
            translated.locale.language_code: listing_alternate(
                translated.get_url(request),
                number,
                translated.listing_pages(request) if number > 1 else None,
                filters,
            )
            for translated in translations
        }

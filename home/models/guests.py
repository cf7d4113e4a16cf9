from django_countries.fields import CountryField

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.i18n import current_language
from core.seo import SeoMixin
from core.text import collation_key


class Region(models.TextChoices):
    """Regions in the order the public list shows them."""

    ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")
    AMERICAS = "americas", _("The Americas")
    AFRICA = "africa", _("Africa")
    MIDDLE_EAST = "middle_east", _("Middle East")
    INTERNATIONAL = "international", _("International organisations")


class Delegation(index.Indexed, models.Model):
    """An international delegation at the congress (khách mời quốc tế). Names are kept as the guests write them."""

    organisation = models.CharField(
        _("party or organisation"),
        max_length=255,
        help_text=_("As the organisation writes its name, usually English."),
    )
    organisation_vi = models.CharField(_("party or organisation (Vietnamese)"), max_length=255, blank=True)
    country = CountryField(_("country"), blank=True, help_text=_("Leave empty for an international organisation."))
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    head_of_delegation = models.CharField(_("head of delegation"), max_length=255)
    head_title = models.CharField(
        _("position of the head"),
        max_length=255,
        blank=True,
        help_text=_("As the guests write it, usually English, e.g. “Vice-Chair of the Central Committee”."),
    )
    head_title_vi = models.CharField(
        _("position of the head (Vietnamese)"),
        max_length=255,
        blank=True,
        help_text=_("Shown on Vietnamese pages, e.g. “Phó Chủ tịch Ban Chấp hành Trung ương”."),
    )
    members = models.PositiveSmallIntegerField(_("members"), null=True, blank=True)
    arrival_date = models.DateField(_("arrival date"), null=True, blank=True)
    is_public = models.BooleanField(
        _("show on the public list"), default=True, help_text=_("Untick until the visit is announced.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("organisation_vi"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("head_of_delegation"),
                FieldRowPanel([FieldPanel("head_title"), FieldPanel("head_title_vi")]),
                FieldPanel("members"),
            ],
            heading=_("Delegation"),
        ),
        FieldRowPanel([FieldPanel("arrival_date"), FieldPanel("is_public")]),
    ]

    search_fields = [
        index.SearchField("organisation"),
        index.SearchField("organisation_vi"),
        index.SearchField("head_of_delegation"),
        index.AutocompleteField("organisation"),
        index.FilterField("region"),
    ]

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        ordering = ["region", "country", "organisation"]

    def __str__(self):
        return f"{self.organisation} ({self.country.name})" if self.country else self.organisation

    def clean(self):
        super().clean()
        if not self.country and self.region != Region.INTERNATIONAL:
            raise ValidationError({"country": _("Choose the country of the delegation.")})

    @property
    def organisation_name(self):
        return in_reader_language(self.organisation, self.organisation_vi)

    @property
    def head_position(self):
        return in_reader_language(self.head_title, self.head_title_vi)


def in_reader_language(own, vietnamese):
    """On Vietnamese pages the Vietnamese text when there is one; the guests' own wording otherwise."""
    if current_language() == "vi" and vietnamese:
        return vietnamese
    return own


def delegations_by_region(delegations):
    """[(Region, [delegation, …]), …] in the regions' order, countries sorted by name in the reader's language."""
    groups = {region: [] for region in Region}
    for delegation in delegations:
        groups[Region(delegation.region)].append(delegation)
    result = []
    for region, members in groups.items():
        if members:
            members.sort(key=lambda item: (collation_key(item.country.name), collation_key(item.organisation_name)))
            result.append((region, members))
    return result


class GuestsPage(SeoMixin, Page):
    """International guests: the delegations attending, grouped by region."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("international guests page")

    def sharing_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        delegations = list(Delegation.objects.filter(is_public=True))
        context["regions"] = delegations_by_region(delegations)
        context["delegation_count"] = len(delegations)
        context["country_count"] = len({delegation.country.code for delegation in delegations})
        return context

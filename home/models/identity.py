import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.i18n import localized_value
from core.models import CustomImage

from ..congress import congress_calendar
from ..text import roman


@register_setting(icon="calendar")
class CongressSettings(BaseSiteSetting):
    """Who, when and where the congress is, so the same site can serve the next congress.

    Texts come in Vietnamese and English on this one object (read with `localized_value`); an empty
    English text falls back to the Vietnamese one.
    """

    full_name_vi = models.CharField(_("full name (Vietnamese)"), max_length=255, blank=True)
    full_name_en = models.CharField(_("full name (English)"), max_length=255, blank=True)
    short_name_vi = models.CharField(
        _("short name (Vietnamese)"), max_length=100, blank=True, help_text=_("e.g. “Đại hội XIV”")
    )
    short_name_en = models.CharField(_("short name (English)"), max_length=100, blank=True)
    edition = models.PositiveSmallIntegerField(
        _("edition number"), null=True, blank=True, help_text=_("14 for the 14th congress; shown as XIV.")
    )
    opening_date = models.DateField(_("opening date"), null=True, blank=True)
    opening_time = models.TimeField(
        _("opening time"),
        default=datetime.time(8, 0),
        help_text=_("Start of the first session, Hanoi time; the countdown runs to it."),
    )
    closing_date = models.DateField(_("closing date"), null=True, blank=True)
    venue_vi = models.CharField(_("venue (Vietnamese)"), max_length=255, blank=True)
    venue_en = models.CharField(_("venue (English)"), max_length=255, blank=True)
    motto_vi = models.CharField(_("motto or theme (Vietnamese)"), max_length=500, blank=True)
    motto_en = models.CharField(_("motto or theme (English)"), max_length=500, blank=True)
    emblem = models.ForeignKey(
        CustomImage,
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_address_vi = models.TextField(_("postal address (Vietnamese)"), max_length=500, blank=True)
    contact_address_en = models.TextField(_("postal address (English)"), max_length=500, blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=50, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    press_email = models.EmailField(_("press e-mail"), blank=True, help_text=_("For journalists' questions."))

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("full_name_vi"), FieldPanel("full_name_en")]),
                FieldRowPanel([FieldPanel("short_name_vi"), FieldPanel("short_name_en")]),
                FieldPanel("edition"),
                FieldPanel("emblem"),
                FieldRowPanel([FieldPanel("motto_vi"), FieldPanel("motto_en")]),
            ],
            heading=_("Name and identity"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opening_date"), FieldPanel("opening_time"), FieldPanel("closing_date")]),
                FieldRowPanel([FieldPanel("venue_vi"), FieldPanel("venue_en")]),
            ],
            heading=_("Dates and venue"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_address_vi"), FieldPanel("contact_address_en")]),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email"), FieldPanel("press_email")]),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("congress")

    def __str__(self):
        return self.full_name or str(self._meta.verbose_name)

    def clean(self):
        super().clean()
        if bool(self.opening_date) != bool(self.closing_date):
            missing = "closing_date" if self.opening_date else "opening_date"
            raise ValidationError({missing: _("Give both the opening and the closing date, or neither.")})
        if self.opening_date and self.closing_date < self.opening_date:
            raise ValidationError({"closing_date": _("The closing date cannot be before the opening date.")})

    @property
    def full_name(self):
        return localized_value(self, "full_name")

    @property
    def short_name(self):
        return localized_value(self, "short_name") or self.full_name

    @property
    def venue(self):
        return localized_value(self, "venue")

    @property
    def motto(self):
        return localized_value(self, "motto")

    @property
    def contact_address(self):
        return localized_value(self, "contact_address")

    @property
    def edition_roman(self):
        return roman(self.edition)

    def calendar(self, now=None):
        """Where the congress stands at `now`: see home.congress."""
        return congress_calendar(self.opening_date, self.closing_date, self.opening_time, now=now)

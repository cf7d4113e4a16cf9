from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .i18n import localized_value


class CustomImage(AbstractImage):
    """Wagtail image with a credit line (photographer or agency) shown wherever the image appears."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or agency, shown with the image, e.g. “Photo: Minh Anh/VNA”."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Publisher identity used in page titles, the header, feeds and social metadata."""

    name_vi = models.CharField(_("site name (Vietnamese)"), max_length=150, default="Cổng thông tin Đại hội")
    name_en = models.CharField(_("site name (English)"), max_length=150, default="Congress Information Portal")
    tagline_vi = models.CharField(_("tagline (Vietnamese)"), max_length=255, blank=True)
    tagline_en = models.CharField(_("tagline (English)"), max_length=255, blank=True)
    publisher_name_vi = models.CharField(
        _("publisher name (Vietnamese)"),
        max_length=150,
        default="Ban Tổ chức Đại hội",
        help_text=_("Named as publisher in the footer, feeds and structured data."),
    )
    publisher_name_en = models.CharField(
        _("publisher name (English)"),
        max_length=150,
        blank=True,
        default="Congress Organising Committee",
        help_text=_("On English pages; empty: the Vietnamese name."),
    )
    publisher_logo = models.ForeignKey(
        CustomImage,
        verbose_name=_("publisher logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_social_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("default social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a shared page has no image of its own."),
    )
    description_vi = models.CharField(
        _("default description (Vietnamese)"),
        max_length=300,
        blank=True,
        help_text=_("For search engines and social networks, on pages without a description or summary of their own."),
    )
    description_en = models.CharField(_("default description (English)"), max_length=300, blank=True)
    twitter_handle = models.CharField(_("X/Twitter handle"), max_length=50, blank=True, help_text=_("Without the @."))
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name_vi"), FieldPanel("name_en"), FieldPanel("tagline_vi"), FieldPanel("tagline_en")],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("publisher_name_vi"),
                FieldPanel("publisher_name_en"),
                FieldPanel("publisher_logo"),
                FieldPanel("default_social_image"),
                FieldPanel("description_vi"),
                FieldPanel("description_en"),
            ],
            heading=_("Publisher and sharing"),
        ),
        MultiFieldPanel(
            [FieldPanel("twitter_handle"), FieldPanel("facebook_url"), FieldPanel("contact_email")],
            heading=_("Social media and contact"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def name(self):
        return localized_value(self, "name")

    @property
    def tagline(self):
        return localized_value(self, "tagline")

    @property
    def description(self):
        """The default description of a page, in the reader's language; the tagline without one."""
        return localized_value(self, "description") or self.tagline

    @property
    def publisher_name(self):
        return localized_value(self, "publisher_name")

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page, TranslatableMixin


class MenuSlot(models.TextChoices):
    MAIN = "main", _("Main menu (header)")
    FOOTER = "footer", _("Footer")


class Menu(TranslatableMixin, ClusterableModel):
    """A menu editors arrange in the admin: the header's main menu or the footer links, one per language.

    Without a main menu for a language, the header lists the pages ticked “Show in menus”.
    """

    slot = models.CharField(_("place"), max_length=20, choices=MenuSlot.choices)

    panels = [FieldPanel("slot"), InlinePanel("items", heading=_("Links"), label=_("Link"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        constraints = [models.UniqueConstraint(fields=["locale", "slot"], name="unique_menu_slot_per_locale")]

    def __str__(self):
        return (
            f"{self.get_slot_display()} ({self.locale.language_code})" if self.locale_id else self.get_slot_display()
        )

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        others = Menu.objects.filter(locale_id=self.locale_id, slot=self.slot).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError({"slot": _("This language already has a menu in this place; edit that one.")})


class MenuItem(Orderable):
    menu = ParentalKey(Menu, related_name="items", on_delete=models.CASCADE)
    link_page = models.ForeignKey(
        Page, verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_url = models.URLField(_("or an address"), blank=True)
    label = models.CharField(_("label"), max_length=100, blank=True, help_text=_("Defaults to the page's title."))

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.label or (self.link_page.title if self.link_page_id else self.link_url)

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Choose a page or enter an address, not both."))
        if self.link_url and not self.label:
            raise ValidationError({"label": _("Give a label for a link to an address.")})
        try:
            menu_locale = self.menu.locale_id
        except Menu.DoesNotExist:
            menu_locale = None
        if self.link_page_id and menu_locale and self.link_page.locale_id != menu_locale:
            raise ValidationError({"link_page": _("Choose a page in the language of this menu.")})

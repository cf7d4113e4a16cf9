"""The materials of a briefing: press releases, documents, photos and links."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.blocks import CaptionedImageBlock, DocumentLinkBlock


class PressReleaseBlock(blocks.StructBlock):
    """A press release or article published on this site."""

    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, max_length=255, help_text=_("Defaults to the page title.")
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Press release")
        template = "press_center/briefings/blocks/press_release.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("address"))
    title = blocks.CharBlock(label=_("link text"), max_length=255)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "press_center/briefings/blocks/link.html"


class MaterialsBlock(blocks.StreamBlock):
    press_release = PressReleaseBlock()
    document = DocumentLinkBlock()
    image = CaptionedImageBlock()
    link = LinkBlock()

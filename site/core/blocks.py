"""StreamField blocks shared by every page type: small StructBlocks combined into one StreamBlock."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its caption; the credit comes from the image unless overridden here."""

    image = ImageBlock()
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"), max_length=2000)
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, max_length=255, help_text=_("Defaults to the document title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "core/blocks/document_link.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=255)
    body = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "core/blocks/fact_box.html"


class EmbedWithCaptionBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("video or post URL"), max_width=960)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "core/blocks/embed.html"


class BodyBlock(blocks.StreamBlock):
    """The body of articles and other long-form pages."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "blockquote"],
        template="core/blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedWithCaptionBlock()
    document = DocumentLinkBlock()
    fact_box = FactBoxBlock()

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.pagination import page_count, paginate
from core.seo import SeoMixin

from ..text import unique_slug

SECTION_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "blockquote"]
# Element ids the document page uses itself; a section key never takes one of them.
RESERVED_ANCHORS = frozenset({"main", "document-summary", "document-contents", "document-files", "document-versions"})
DOCUMENTS_PER_PAGE = 20


class DocumentStatus(models.TextChoices):
    DRAFT_FOR_COMMENT = "draft", _("Draft for public comment")
    ADOPTED = "adopted", _("Adopted")
    REFERENCE = "reference", pgettext_lazy("document status", "Reference")


class DocumentIndexPage(SeoMixin, Page):
    """The documents section (văn kiện): congress documents and drafts, filterable by status."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.DocumentPage"]
    max_count_per_parent = 1
    shared_filters = ("status",)

    class Meta:
        verbose_name = _("documents section")

    def documents(self):
        return (
            DocumentPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(Prefetch("versions", queryset=DocumentVersion.objects.select_related("pdf", "docx")))
            .order_by("-first_published_at", "-pk")
        )

    def filtered_documents(self, params):
        """The documents with the status filter of `params` applied, and that status ("" when none or unknown)."""
        status = params.get("status", "")
        if status in DocumentStatus.values:
            return self.documents().filter(status=status), status
        return self.documents(), ""

    def listing_pages(self, request):
        documents, _status = self.filtered_documents(request.GET)
        return page_count(documents.count(), DOCUMENTS_PER_PAGE)

    def sharing_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents, status = self.filtered_documents(request.GET)
        context["documents"] = paginate(request, documents, DOCUMENTS_PER_PAGE)
        context["statuses"] = DocumentStatus.choices
        context["current_status"] = status
        context["extra_query"] = urlencode({"status": status}) if status else ""
        return context


class DocumentPage(SeoMixin, Page):
    """One congress document or draft: summary, full text in numbered sections, files and versions.

    Each section keeps a `key`, assigned once from its first heading and never recomputed, which is
    its anchor on the page (#key) and its identity for links and, later, public comments. Edits that
    keep a section — rewording its heading, moving it, inserting others around it — keep its key.
    Translations copy the keys, so a section has the same anchor in every language.
    """

    summary = models.TextField(_("summary"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.DRAFT_FOR_COMMENT
    )
    comment_deadline = models.DateField(
        _("comments accepted until"), null=True, blank=True, help_text=_("For drafts open to public comment.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("comment_deadline")]),
        InlinePanel("sections", heading=_("Full text"), label=_("Section")),
        InlinePanel("versions", heading=_("Versions and files"), label=_("Version")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("status"),
        index.RelatedFields("sections", [index.SearchField("heading"), index.SearchField("body")]),
    ]

    parent_page_types = ["home.DocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("congress", "document")
        verbose_name_plural = pgettext_lazy("congress", "documents")

    # Every stored version gets its keys, whether saved as a draft (the admin skips cleaning then) or live.

    def sharing_summary(self):
        return self.summary

    def save(self, *args, **kwargs):
        self.assign_section_keys()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.assign_section_keys()
        return super().save_revision(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.comment_deadline and self.status != DocumentStatus.DRAFT_FOR_COMMENT:
            raise ValidationError({"comment_deadline": _("Only a draft for public comment has a comment deadline.")})

    @property
    def comments_open(self):
        """Whether the comment deadline (the last day, Hanoi time) is still to come or is today."""
        return bool(self.comment_deadline) and self.comment_deadline >= timezone.localdate()

    def assign_section_keys(self):
        """Give every section without a key a unique one; existing keys never change.

        Sections made in code rather than in the admin's form get their position as sort order too, so
        every database returns them in the same order.
        """
        sections = list(self.sections.all())
        if all(section.key for section in sections) and all(section.sort_order is not None for section in sections):
            return
        for position, section in enumerate(sections):
            if section.sort_order is None:
                section.sort_order = position
        taken = {section.key for section in sections if section.key}
        for section in sections:
            if not section.key:
                section.key = unique_slug(section.heading, taken, fallback="muc", reserved=RESERVED_ANCHORS)
                taken.add(section.key)
        self.sections = sections  # keep the changed objects in the cluster, saved with the page

    @property
    def ordered_versions(self):
        """Versions newest first."""
        return sorted(self.versions.all(), key=lambda version: (version.published_on, version.sort_order or 0))[::-1]

    @property
    def current_version(self):
        versions = self.ordered_versions
        return versions[0] if versions else None

    @property
    def numbered_sections(self):
        return list(enumerate(self.sections.all(), start=1))


class DocumentSection(Orderable):
    """A numbered section of a document's full text. `key` is its stable anchor and identity."""

    page = ParentalKey(DocumentPage, related_name="sections", on_delete=models.CASCADE)
    key = models.SlugField(_("anchor"), max_length=80, blank=True, editable=False)
    heading = models.CharField(_("heading"), max_length=255)
    body = RichTextField(_("text"), features=SECTION_FEATURES)

    panels = [FieldPanel("heading"), FieldPanel("body")]

    class Meta(Orderable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [models.UniqueConstraint(fields=["page", "key"], name="unique_document_section_key")]

    def __str__(self):
        return self.heading

    @property
    def anchor(self):
        return self.key or f"section-{self.sort_order}"


class DocumentVersion(Orderable):
    """One published version of a document (draft 1, draft 2, adopted) with its downloadable files."""

    page = ParentalKey(DocumentPage, related_name="versions", on_delete=models.CASCADE)
    label = models.CharField(_("version"), max_length=100, help_text=_("e.g. “Dự thảo lần 2” or “Adopted text”."))
    published_on = models.DateField(_("published on"))
    note = models.CharField(_("what changed"), max_length=500, blank=True)
    pdf = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("PDF file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    docx = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("Word (DOCX) file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("published_on")]),
        FieldPanel("note"),
        MultiFieldPanel([FieldPanel("pdf"), FieldPanel("docx")], heading=_("Files")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("version")
        verbose_name_plural = _("versions")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        errors = {}
        if self.pdf_id and self.pdf.file_extension.lower() != "pdf":
            errors["pdf"] = _("Choose a PDF file here.")
        if self.docx_id and self.docx.file_extension.lower() != "docx":
            errors["docx"] = _("Choose a Word (.docx) file here.")
        if errors:
            raise ValidationError(errors)

    @property
    def files(self):
        return [document for document in (self.pdf, self.docx) if document]

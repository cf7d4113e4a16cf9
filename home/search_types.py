"""Congress documents in the public search (see search/registry.py and docs/search.md)."""

from django.utils import translation
from django.utils.translation import pgettext_lazy

from search.registry import Category, SearchType, register

from .models import DocumentPage


@register
class DocumentSearch(SearchType):
    key = "document"
    label = pgettext_lazy("congress", "Document")
    model = DocumentPage

    def get_queryset(self):
        return super().get_queryset().select_related("locale").prefetch_related("sections", "versions")

    def get_text(self, page):
        return [page.summary, *(f"{section.heading}\n{section.body}" for section in page.sections.all())]

    def get_date(self, page):
        version = page.current_version
        return version.published_on if version else page.first_published_at

    def get_category(self, page):
        """The document's status (draft for comment, adopted, reference), named in the page's language."""
        with translation.override(page.locale.language_code):
            return Category(page.status, str(page.get_status_display()))

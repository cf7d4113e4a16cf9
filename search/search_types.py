"""Articles in the public search (see registry.py for the registration API).

Other apps declare their page types in their own `search_types.py` the same way.
"""

from django.utils.translation import gettext_lazy as _

from news.models import ArticlePage, Author, Category

from .registry import Category as SearchCategory
from .registry import SearchType, register


@register
class ArticleSearch(SearchType):
    key = "article"
    label = _("Article")
    model = ArticlePage
    related_models = (Category, Author)

    def get_queryset(self):
        return super().get_queryset().select_related("category").prefetch_related("tags", "bylines__author")

    def get_text(self, page):
        return [
            page.lead,
            *page.body.stream_block.get_searchable_content(page.body),
            page.hero_caption,
            " ".join(page.byline),
            " ".join(tag.name for tag in page.tags.all()),
        ]

    def get_date(self, page):
        return page.published_at or page.first_published_at

    def get_category(self, page):
        return SearchCategory(page.category.slug, page.category.name) if page.category else None

    def translate_category(self, slug, source, target):
        """Each language has its own news categories and slugs, linked as translations."""
        category = Category.objects.filter(slug=slug, locale__language_code=source).first()
        if category is None:
            return slug
        translated = category.get_translations().filter(locale__language_code=target).first()
        return translated.slug if translated else None

    def pages_for_related(self, obj):
        if isinstance(obj, Category):
            return ArticlePage.objects.filter(category=obj)
        return ArticlePage.objects.filter(bylines__author=obj)

"""Which page models readers can search, and how each one becomes a search document.

An app declares a page model as a search type in its own `search_types.py` (imported when the
search app starts), for example::

    from django.utils.translation import gettext_lazy as _

    from search.registry import SearchType, register

    from .models import BriefingPage


    @register
    class BriefingSearch(SearchType):
        key = "briefing"
        label = _("Briefing")
        model = BriefingPage

        def get_text(self, page):
            return [page.summary, page.body]

        def get_date(self, page):
            return page.starts_at

Everything has a default: the title is `page.title`, the text is the page's own Wagtail
`search_fields` (SearchFields other than the title), the date the first publication time, the
language the page's locale, no category. Only live pages without view restrictions are indexed.
"""

import datetime
import hashlib
import json
from dataclasses import asdict, dataclass

from django.db.models import Model
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.html import strip_tags

from wagtail.models import Page
from wagtail.search import index

from . import text as search_text

MAX_BODY_CHARS = 60_000


@dataclass(frozen=True)
class Category:
    slug: str
    name: str


@dataclass
class SearchDocument:
    """One page as every backend indexes it. Texts are kept as written (NFC) for display."""

    page_id: int
    type: str
    language: str
    title: str
    body: str
    url: str
    published_at: datetime.datetime | None
    category_slug: str = ""
    category_name: str = ""

    @property
    def version(self):
        """A fingerprint of the indexed content: a changed page has a changed version."""
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode(), usedforsecurity=False).hexdigest()[:16]


class SearchType:
    """How one page model is searched. Subclass it, set `key`, `label`, `model`, override getters."""

    key = None
    label = None
    model = None
    # Changes to these models re-index the pages returned by `pages_for_related(obj)`.
    related_models = ()

    def get_queryset(self):
        """The pages of this type that readers may find: live and without view restrictions."""
        return self.model.objects.live().public().select_related("locale")

    def get_title(self, page):
        return page.title

    def get_text(self, page):
        """Searchable text: a string or a list of strings, plain text or HTML."""
        texts = [page.search_description]
        for field in self.model.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != "title":
                value = field.get_value(page)
                texts.extend(value if isinstance(value, list | tuple) else [value])
        return texts

    def get_date(self, page):
        return page.first_published_at

    def get_category(self, page):
        """A `Category(slug, name)` or None."""
        return

    def get_language(self, page):
        return page.locale.language_code

    def translate_category(self, slug, source, target):
        """The category filter `slug` of language `source` as it is called in `target`; None when it has no
        equivalent there. By default a category means the same in every language (a status, a shared topic)."""
        return slug

    def get_url(self, page):
        return page.get_url() or ""

    def pages_for_related(self, obj):
        """Pages of this type to re-index when `obj` (an instance of `related_models`) changes."""
        return self.model.objects.none()

    def document(self, page):
        """The `SearchDocument` for `page`."""
        category = self.get_category(page)
        texts = self.get_text(page)
        if isinstance(texts, str):
            texts = [texts]
        body = "\n".join(_plain(item) for item in texts if item)
        return SearchDocument(
            page_id=page.pk,
            type=self.key,
            language=self.get_language(page),
            title=search_text.nfc(self.get_title(page)),
            body=search_text.nfc(body)[:MAX_BODY_CHARS],
            url=self.get_url(page),
            published_at=_aware(self.get_date(page)),
            category_slug=category.slug if category else "",
            category_name=search_text.nfc(category.name) if category else "",
        )


def _plain(value):
    return " ".join(strip_tags(force_str(value)).split())


def _aware(value):
    if value is None:
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time(12))
    return timezone.make_aware(value) if timezone.is_naive(value) else value


_types = {}


def register(search_type):
    """Register a `SearchType` subclass (usable as a class decorator) or instance."""
    instance = search_type() if isinstance(search_type, type) else search_type
    if not instance.key or instance.model is None or instance.label is None:
        raise ValueError(f"{search_type!r} needs a key, a label and a model.")
    if not issubclass(instance.model, Page):
        raise ValueError(f"{instance.model!r} is not a Wagtail page model.")
    existing = _types.get(instance.key)
    if existing is not None and existing.model is not instance.model:
        raise ValueError(f"The search type {instance.key!r} is already registered for {existing.model!r}.")
    _types[instance.key] = instance
    from django.apps import apps

    if apps.ready:  # registered after start-up (the app's own types are connected in SearchConfig.ready)
        from .signals import connect_type

        connect_type(instance)
    return search_type


def unregister(key):
    _types.pop(key, None)


def search_types():
    """Registered types, in registration order."""
    return list(_types.values())


def translated_category(slug, source, target):
    """The category filter `slug` for a search in `target` instead of `source` (see SearchType.translate_category)."""
    for search_type in _types.values():
        translated = search_type.translate_category(slug, source, target)
        if translated != slug:
            return translated
    return slug


def get_type(key):
    return _types.get(key)


def type_for_page(page):
    """The registered type of `page` (a specific page instance), or None."""
    for search_type in _types.values():
        if isinstance(page, search_type.model):
            return search_type
    return None


def type_for_model(model):
    for search_type in _types.values():
        if issubclass(model, search_type.model):
            return search_type
    return None


def related_types(model):
    """Types that declared `model` among their related models."""
    return [
        search_type
        for search_type in _types.values()
        if any(issubclass(model, related) for related in search_type.related_models)
    ]


def is_registered_model(model):
    return isinstance(model, type) and issubclass(model, Model) and type_for_model(model) is not None

"""What every search backend offers, and the values they exchange with the rest of the app."""

import datetime
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from ..text import Query

RESULTS_PER_PAGE = 10
# No backend is asked for a page past this one: deep offsets are what search engines do worst, and
# no reader pages through 10,000 results.
MAX_PAGE = 1000
SUGGESTIONS = 8


@dataclass
class SearchParams:
    """A validated search request (see forms.SearchForm)."""

    query: Query
    language: str = "vi"  # a language code, or "all"
    types: tuple = ()  # type keys; empty means every type
    category: str = ""  # category slug
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"  # or "newest"
    page: int = 1
    per_page: int = RESULTS_PER_PAGE

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    page_id: int
    type: str
    language: str
    title: str
    url: str
    published_at: datetime.datetime | None
    category_slug: str
    category_name: str
    title_html: SafeString
    snippet: SafeString


@dataclass
class Facets:
    """Counts per value; each facet ignores its own filter, so every choice shows how many it gives."""

    type: dict = field(default_factory=dict)
    category: dict = field(default_factory=dict)
    year: dict = field(default_factory=dict)
    category_names: dict = field(default_factory=dict)


@dataclass
class SearchResults:
    params: SearchParams
    count: int = 0
    hits: list = field(default_factory=list)
    facets: Facets = field(default_factory=Facets)
    # The query with its typing slips corrected, when that is what found the results ("Did you mean …").
    corrected: str = ""


class BaseSearchBackend:
    """The interface of a search backend. Documents are `registry.SearchDocument` values."""

    name = "base"

    def index(self, documents):
        """Add or replace `documents`."""
        raise NotImplementedError

    def remove(self, page_ids):
        """Remove the pages with these ids (missing ones are ignored)."""
        raise NotImplementedError

    def rebuild(self, documents, *, stdout=None, since=None):
        """Replace the whole index with `documents` (an iterable of batches)."""
        raise NotImplementedError

    def search(self, params):
        """A `SearchResults` for `params` (an empty query gives no results)."""
        raise NotImplementedError

    def suggest(self, query, language, limit=SUGGESTIONS):
        """Titles starting with what the reader typed: a list of {"title", "url"}."""
        raise NotImplementedError

    def indexed_versions(self):
        """{page_id: version} of everything in the index, for the consistency check."""
        raise NotImplementedError

    def count(self):
        """How many pages the index holds (cheap: for the admin's status page)."""
        raise NotImplementedError

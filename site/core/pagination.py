"""How every listing is split into pages: news, briefings, documents, media, the search page and /api/search/.

The rule, the same everywhere:

- No `page` parameter (or an empty one) is page 1, and page 1 always exists, even for an empty listing.
- `page` must be a whole number from 1 to the last page. Anything else names a page that does not
  exist: the listings answer 404 with the site's own 404 page (search box, link home). /api/search/
  answers past-the-end pages with 404 too, in its JSON error shape {"error", "fields"}; a `page` that
  is not a whole number there is a malformed parameter, 400 like every other one.

Why 404 and not Django's `Paginator.get_page`, which serves page 1 for `?page=abc` and the last page
for `?page=99`: that answers 200 with another page's content at an address of its own. Crawlers
index the copies and keep dead addresses alive for ever (a "soft 404"), and a reader who follows an
old link sees a page that is not the one the link promised, without being told. A redirect to the
last page was weighed too: it keeps a reader moving, but the last page of a news listing changes
with every article, so the redirect would send today's crawler somewhere else than yesterday's. A
404 says plainly that this page is gone, and our 404 page offers the way on. Our own links never
produce such a page: pagination.html links only to pages that exist, and page 1 without `?page=`.
"""

import math

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext


class PageNotFound(Http404):
    """A `page` parameter that names no page of a listing (`last_page`: the last one there is, if known)."""

    def __init__(self, last_page=None):
        super().__init__("This page of results does not exist.")
        self.last_page = last_page

    def detail(self):
        """What a client can do about it, in the active language."""
        if self.last_page is None:
            return gettext("There is no such page.")
        return gettext("The last page is %(last)s.") % {"last": self.last_page}


def page_number(value):
    """The page a `?page=` value asks for: 1 when absent or empty, else a whole number ≥ 1 or PageNotFound."""
    if value is None or value == "":
        return 1
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise PageNotFound
    return int(value)


def page_count(count, per_page, allow_empty=True):
    """How many pages a listing of `count` items has: like Django's Paginator, one empty page if `allow_empty`."""
    if count == 0:
        return 1 if allow_empty else 0
    return math.ceil(count / per_page)


def paginate(request, queryset, per_page):
    """The page of `queryset` that `?page=` asks for, as a Django Page; PageNotFound if there is none.

    The database counts and sorts ids alone, then the page's few rows are read with everything
    `queryset` selects and prefetches: sorting whole rows is what makes deep pages of a large
    listing slow (see docs/benchmarks.md).
    """
    paginator = Paginator(queryset.values_list("pk", flat=True), per_page)
    page = _page(paginator, page_number(request.GET.get("page")))
    page.object_list = in_order(queryset, page.object_list)
    return page


def page_of(number, count, per_page, object_list):
    """Page `number` of `count` results that were paged elsewhere (the search backends), holding `object_list`."""
    page = _page(Paginator(range(count), per_page), number)  # a range is counted and sliced without a list
    page.object_list = object_list
    return page


def _page(paginator, number):
    try:
        return paginator.page(number)
    except EmptyPage as error:
        raise PageNotFound(last_page=paginator.num_pages) from error


def in_order(queryset, ids):
    """The objects of `queryset` with these ids, in the order of `ids` (missing ones left out)."""
    ids = list(ids)
    by_id = queryset.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]

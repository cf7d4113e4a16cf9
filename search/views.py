from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.i18n import current_language

from . import registry, service
from .forms import SearchForm
from .text import Query

JSON_OPTIONS = {"ensure_ascii": False}


class ResultsPage:
    """What pagination.html needs from a page of search results."""

    def __init__(self, results):
        self.number = results.params.page
        self.num_pages = results.num_pages
        self.paginator = self

    def has_other_pages(self):
        return self.num_pages > 1

    def has_previous(self):
        return self.number > 1

    def has_next(self):
        return self.number < self.num_pages

    def previous_page_number(self):
        return self.number - 1

    def next_page_number(self):
        return self.number + 1


@require_GET
def search_page(request):
    """The search page of the reader's language: results, filters, facets and pagination."""
    language = current_language()
    form = SearchForm(request.GET, default_language=language)
    results = None
    if form.is_valid():
        params = form.params()
        results = service.search(params)
        if results.num_pages and params.page > results.num_pages:
            # A page past the end (an old link): show the last one instead of nothing.
            params.page = results.num_pages
            results = service.search(params)
    labels = {search_type.key: search_type.label for search_type in registry.search_types()}
    for hit in results.hits if results else ():
        hit.type_label = labels.get(hit.type, hit.type)
    query = form.cleaned_data.get("q", "") if form.is_valid() else request.GET.get("q", "")
    filters = request.GET.copy()
    filters.pop("page", None)
    context = {
        "form": form,
        "results": results,
        "search_query": Query(query).raw,
        "page_obj": ResultsPage(results) if results else None,
        "extra_query": filters.urlencode(),
        "page_language": language,
        "facet_links": _facet_links(request, results, labels) if results else {},
    }
    return render(request, "search/search_page.html", context)


def _facet_links(request, results, labels):
    """Links that set one filter (or clear it) and keep the others, for the facet lists."""

    def link(**changes):
        query = request.GET.copy()
        query.pop("page", None)
        for key, value in changes.items():
            query.pop(key, None)
            if value:
                query[key] = value
        return "?" + query.urlencode()

    facets = results.facets
    return {
        "type": [(key, labels.get(key, key), count, link(type=key)) for key, count in facets.type.items()],
        "category": [
            (facets.category_names.get(slug, slug), count, link(category=slug), slug)
            for slug, count in facets.category.items()
        ],
        "year": [
            (year, count, link(**{"from": f"{year}-01-01", "to": f"{year}-12-31"}))
            for year, count in facets.year.items()
        ],
        "clear": link(type=None, category=None, **{"from": None, "to": None}),
    }


def _error(request, form):
    """400 with the problems, in the language the client asked for (Accept-Language), Vietnamese by default."""
    with translation.override(translation.get_language_from_request(request)):
        data = {"error": _("Invalid search parameters."), "fields": form.public_errors()}
    return JsonResponse(data, status=400, json_dumps_params=JSON_OPTIONS)


@require_GET
def api_search(request):
    """GET /api/search/: ranked results with snippets and facets, as JSON (see README)."""
    form = SearchForm(request.GET, default_language=settings.LANGUAGE_CODE)
    if not form.is_valid():
        return _error(request, form)
    params = form.params()
    results = service.search(params)
    data = {
        "query": params.query.raw,
        "count": results.count,
        "page": params.page,
        "num_pages": results.num_pages,
        "results": [
            {
                "title": hit.title,
                "url": request.build_absolute_uri(hit.url) if hit.url else "",
                "snippet": str(hit.snippet),
                "published_at": timezone.localtime(hit.published_at).isoformat() if hit.published_at else None,
                "type": hit.type,
                "category": hit.category_name,
                "language": hit.language,
            }
            for hit in results.hits
        ],
        "facets": {
            "type": results.facets.type,
            "category": results.facets.category,
            "year": results.facets.year,
        },
    }
    return JsonResponse(data, json_dumps_params=JSON_OPTIONS)


@require_GET
def api_suggest(request):
    """GET /api/search/suggest/: titles matching what the reader is typing."""
    form = SearchForm(request.GET, default_language=settings.LANGUAGE_CODE)
    if not form.is_valid():
        return _error(request, form)
    params = form.params()
    suggestions = [
        {"title": item["title"], "url": request.build_absolute_uri(item["url"]) if item["url"] else ""}
        for item in service.suggest(params.query, params.language)
    ]
    return JsonResponse({"query": params.query.raw, "suggestions": suggestions}, json_dumps_params=JSON_OPTIONS)

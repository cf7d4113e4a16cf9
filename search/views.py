from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core import pagination
from core.i18n import current_language
from core.seo import Alternate
from core.text import collation_key

from . import registry, service
from .backends.base import MAX_PAGE
from .forms import SearchForm
from .text import Query

JSON_OPTIONS = {"ensure_ascii": False}
# Parameters that mean the same on the search page of every language (`category` is translated).
SHARED_PARAMETERS = ("q", "lang", "type", "from", "to", "sort", "page")


def paged_search(params):
    """The results of `params` and their page (core.pagination), or PageNotFound for a page past the last."""
    if params.page > MAX_PAGE:
        raise pagination.PageNotFound
    results = service.search(params)
    countable = min(results.count, MAX_PAGE * params.per_page)
    return results, pagination.page_of(params.page, countable, params.per_page, results.hits)


@require_GET
def search_page(request):
    """The search page of the reader's language: results, filters, facets and pagination."""
    language = current_language()
    form = SearchForm(request.GET, default_language=language)
    if form.has_error("page"):
        raise pagination.PageNotFound  # a 404, as on every listing (see core.pagination)
    results = page_obj = None
    if form.is_valid():
        results, page_obj = paged_search(form.params())
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
        "page_obj": page_obj,
        "extra_query": filters.urlencode(),
        "page_language": language,
        "facet_links": _facet_links(request, results, labels) if results else {},
        "corrected_url": _corrected_url(request, results),
        "translations": search_alternates(request, language),
    }
    return render(request, "search/search_page.html", context)


def _corrected_url(request, results):
    """The same search with the typing slips corrected (search.typos), for "Did you mean …"."""
    if not results or not results.corrected:
        return ""
    query = request.GET.copy()
    query.pop("page", None)
    query["q"] = results.corrected
    return "?" + query.urlencode()


def search_alternates(request, language):
    """The same search on the search page of each other language, for the switcher and hreflang."""
    alternates = {}
    for code, _name in settings.LANGUAGES:
        if code == language:
            continue
        query = QueryDict(mutable=True)
        for key in SHARED_PARAMETERS:
            if key in request.GET:
                query.setlist(key, request.GET.getlist(key))
        category = request.GET.get("category", "")
        if category and not request.GET.get("lang"):
            # The other page searches its own language by default, where the category may have another slug.
            category = registry.translated_category(category, language, code)
        if category:
            query["category"] = category
        with translation.override(code):
            path = reverse("search:search")
        alternates[code] = Alternate(f"{path}?{query.urlencode()}" if query else path)
    return alternates


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
    categories = [
        (facets.category_names.get(slug, slug), count, link(category=slug), slug)
        for slug, count in facets.category.items()
    ]
    return {
        "type": [(key, labels.get(key, key), count, link(type=key)) for key, count in facets.type.items()],
        "category": categories,  # most results first
        "category_by_name": sorted(categories, key=lambda category: collation_key(category[0])),  # for the menu
        "year": [
            (year, count, link(**{"from": f"{year}-01-01", "to": f"{year}-12-31"}))
            for year, count in facets.year.items()
        ],
        "clear": link(type=None, category=None, **{"from": None, "to": None}),
    }


def _error(request, form=None, missing_page=None):
    """The API's error: 400 with the form's problems, or 404 for a page past the last (`missing_page`).

    In the language the client asked for (Accept-Language), Vietnamese by default.
    """
    with translation.override(translation.get_language_from_request(request)):
        if missing_page is not None:
            data = {"error": _("This page of results does not exist."), "fields": {"page": [missing_page.detail()]}}
            return JsonResponse(data, status=404, json_dumps_params=JSON_OPTIONS)
        data = {"error": _("Invalid search parameters."), "fields": form.public_errors()}
    return JsonResponse(data, status=400, json_dumps_params=JSON_OPTIONS)


@require_GET
def api_search(request):
    """GET /api/search/: ranked results with snippets and facets, as JSON (see README)."""
    form = SearchForm(request.GET, default_language=settings.LANGUAGE_CODE)
    if not form.is_valid():
        return _error(request, form)
    params = form.params()
    try:
        results, page = paged_search(params)
    except pagination.PageNotFound as error:
        return _error(request, missing_page=error)
    data = {
        "query": params.query.raw,
        "count": results.count,
        "page": page.number,
        "num_pages": page.paginator.num_pages,
        "corrected": results.corrected,
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

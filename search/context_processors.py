from django.urls import NoReverseMatch, reverse


def search(request):
    """The search box in the header: where it searches and where it asks for suggestions."""
    try:
        return {"search_url": reverse("search:search"), "search_suggest_url": reverse("search_api:suggest")}
    except NoReverseMatch:  # a URLconf without the search app (e.g. a test's own)
        return {}

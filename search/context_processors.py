from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# Texts of the suggestions box, read by search.js from data attributes (no inline script under the CSP).
SUGGEST_TEXTS = {
    "label": _("Suggestions"),
    "one": _("1 suggestion. Use the up and down arrow keys to choose."),
    "many": _("%(count)s suggestions. Use the up and down arrow keys to choose."),
    "none": _("No suggestions."),
}


def search(request):
    """The search box in the header: where it searches and where it asks for suggestions."""
    try:
        return {
            "site_search_url": reverse("search:search"),
            "site_search_suggest_url": reverse("search_api:suggest"),
            "site_search_suggest_texts": SUGGEST_TEXTS,
        }
    except NoReverseMatch:  # a URLconf without the search app (e.g. a test's own)
        return {}

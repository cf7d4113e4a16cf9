"""The search interface the views use, whatever the backend."""

from wagtail.models import Page

from .backends import get_backend


def search(params):
    """Results for `params`, re-checked against the pages so that nothing hidden is ever shown.

    The index follows page changes right after each commit; between a change and its index update
    (or while the search cluster is down) the displayed hits are still checked here, one query.
    """
    results = get_backend().search(params)
    if results.hits:
        visible = set(
            Page.objects.live()
            .public()
            .filter(pk__in=[hit.page_id for hit in results.hits])
            .values_list("pk", flat=True)
        )
        results.hits = [hit for hit in results.hits if hit.page_id in visible]
    return results


def suggest(query, language):
    return get_backend().suggest(query, language)

import pytest

from search.models import SearchEntry
from tests.factories import make_article


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): …` runs the on-commit work (index updates) of the block, as a real commit does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def publish(committed, news_index):
    """Create and publish an article, with its index update applied."""

    def publish(parent=None, **fields):
        with committed():
            return make_article(parent or news_index, **fields)

    return publish


def indexed_ids():
    return set(SearchEntry.objects.values_list("page_id", flat=True))


def pytest_collection_modifyitems(config, items):
    """Elasticsearch integration tests run only against a live cluster named by ELASTICSEARCH_URL."""
    from django.conf import settings

    if getattr(settings, "ELASTICSEARCH_TEST_URL", ""):
        return
    marker = pytest.mark.skip(
        reason="Elasticsearch integration tests skipped: set ELASTICSEARCH_URL to a live Elasticsearch 8/9 cluster"
    )
    for item in items:
        if "elasticsearch" in item.keywords:
            item.add_marker(marker)

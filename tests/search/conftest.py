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

"""Against a live cluster (ELASTICSEARCH_URL set): indexing, quality, visibility and the alias swap.

Skipped with a visible reason when no cluster is configured (see conftest.py).
"""

import io
import uuid

import pytest

from django.core.management import call_command

from search.backends import get_backend

from .quality import evaluate, load_corpus

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def cluster(settings):
    settings.ELASTICSEARCH_URL = settings.ELASTICSEARCH_TEST_URL
    settings.ELASTICSEARCH_INDEX = f"test-congress-{uuid.uuid4().hex[:8]}"
    backend = get_backend()
    backend.alias = settings.ELASTICSEARCH_INDEX
    yield backend
    backend.client.indices.delete(index=f"{settings.ELASTICSEARCH_INDEX}-*", ignore_unavailable=True)


def test_quality_on_elasticsearch(cluster, committed):
    with committed():
        keys = load_corpus()
    _rows, recall_at_10, top1 = evaluate(keys)
    assert recall_at_10 >= 0.95
    assert top1 >= 0.85


def test_unpublished_pages_leave_the_cluster(cluster, committed, publish, client):
    article = publish(title="Bài thử trên cụm Elasticsearch về Phong Nha")
    assert client.get("/api/search/", {"q": "phong nha"}).json()["count"] == 1
    with committed():
        article.unpublish()
    assert client.get("/api/search/", {"q": "phong nha"}).json()["count"] == 0


def test_rebuild_swaps_the_alias_and_keeps_changes(cluster, publish):
    first = publish(title="Bài trước khi dựng lại chỉ mục")
    call_command("rebuild_search", stdout=io.StringIO())
    before = set(cluster.client.indices.get_alias(name=cluster.alias).body)
    call_command("rebuild_search", stdout=io.StringIO())
    after = set(cluster.client.indices.get_alias(name=cluster.alias).body)
    assert before.isdisjoint(after) and len(after) == 1
    assert first.pk in cluster.indexed_versions()
    assert cluster.count() == len(cluster.indexed_versions())
    out = io.StringIO()
    call_command("check_search", stdout=out)
    assert "up to date" in out.getvalue()

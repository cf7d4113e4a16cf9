"""The search backends: the embedded database one by default, Elasticsearch when ELASTICSEARCH_URL is set."""

from functools import cache

from django.conf import settings


@cache
def _backend(url):
    if url:
        from .elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend(url)
    from .database import DatabaseBackend

    return DatabaseBackend()


def get_backend():
    """The configured backend (one instance per setting value, so tests can switch settings)."""
    return _backend(getattr(settings, "ELASTICSEARCH_URL", "") or "")

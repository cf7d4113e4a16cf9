"""Short-lived caches of article ids for the costly parts of news pages (archive months, related
articles, most read).

Only ids and dates are cached. Pages are always fetched again with `.live().public()`, so an
article that is unpublished or made private disappears at once whatever the cache holds. Publishing,
unpublishing, moving or deleting an article changes a version that makes every cached entry stale.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "news:version"
TIMEOUT = 10 * 60


def version():
    value = cache.get(VERSION_KEY)
    if value is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        value = cache.get(VERSION_KEY)
    return value


def invalidate(**kwargs):
    """Signal receiver: articles changed, forget every cached list."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def cached(key, compute, timeout=TIMEOUT):
    """`compute()`, kept under `key` until the timeout or the next change to the articles."""
    full_key = f"news:{version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, timeout)
    return value

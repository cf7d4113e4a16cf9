"""Counts article views without writing to the article row on every request.

Each process keeps a small in-memory tally and adds it to the per-day ArticleDailyViews rows in one
batch every FLUSH_INTERVAL seconds or FLUSH_SIZE views, whichever comes first. A crash loses at most
that much counting, which is acceptable for a "most read" list.
"""

import threading
import time
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

FLUSH_INTERVAL = 60
FLUSH_SIZE = 500

_lock = threading.Lock()
_pending = Counter()
_last_flush = time.monotonic()


def record_view(article_id):
    global _last_flush
    with _lock:
        _pending[article_id] += 1
        due = sum(_pending.values()) >= FLUSH_SIZE or time.monotonic() - _last_flush >= FLUSH_INTERVAL
    if due:
        flush()


def flush():
    """Write the pending tally to the database. Returns the number of views written."""
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    if not batch:
        return 0
    today = timezone.localdate()
    for article_id, count in batch.items():
        _add_views(article_id, today, count)
    return sum(batch.values())


def _add_views(article_id, day, count):
    from .models import ArticleDailyViews

    rows = ArticleDailyViews.objects.filter(article_id=article_id, day=day)
    if rows.update(views=F("views") + count):
        return
    try:
        with transaction.atomic():
            ArticleDailyViews.objects.create(article_id=article_id, day=day, views=count)
    except IntegrityError:  # another process created today's row first, or the article is gone
        rows.update(views=F("views") + count)


def discard_pending():
    """Forget unsaved views (used by tests)."""
    with _lock:
        _pending.clear()

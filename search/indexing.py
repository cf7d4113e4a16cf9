"""Keeping the search index in step with the pages.

Page events (see signals.py) call `request_update`, which writes IndexUpdate rows in the same
transaction as the change and, once that transaction commits, enqueues one background task
(`tasks.process_updates`) for the pages involved. The task asks each page's search type whether the
page may be found (live, no view restriction) and indexes or removes it accordingly. A failure of
the search backend never reaches the editor: the rows keep the error, the task is retried later
with a growing delay, and `manage.py check_search` lists what is still pending.
"""

import datetime
import logging

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from wagtail.models import Page

from . import registry
from .backends import get_backend
from .models import MAX_ATTEMPTS, IndexUpdate

logger = logging.getLogger(__name__)

KEEP_DONE_FOR = datetime.timedelta(days=14)
SYNC_BATCH = 200


def retry_delay(attempts):
    """30 s, 1 min, 2 min … capped at one hour."""
    return datetime.timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def registered_content_type_ids():
    from django.contrib.contenttypes.models import ContentType

    models = [search_type.model for search_type in registry.search_types()]
    return [content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()]


def subtree_ids(page):
    """Ids of `page` and its descendants that are of a searchable type."""
    return list(
        Page.objects.descendant_of(page, inclusive=True)
        .filter(content_type_id__in=registered_content_type_ids())
        .values_list("pk", flat=True)
    )


def request_update(page_ids, reason):
    """Record that these pages changed and have them re-indexed once the transaction commits."""
    page_ids = sorted({int(page_id) for page_id in page_ids})
    if not page_ids:
        return
    IndexUpdate.objects.bulk_create([IndexUpdate(page_id=page_id, reason=reason) for page_id in page_ids])
    transaction.on_commit(lambda: enqueue(page_ids))


def enqueue(page_ids, run_after=None):
    from .tasks import process_updates

    task = process_updates
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # retried by the next update or by `check_search --fix`
        task = task.using(run_after=run_after)
    try:
        task.enqueue(page_ids=list(page_ids))
    except Exception:
        # The rows are stored: `check_search --fix` (or the next change) will process them.
        logger.exception("Could not enqueue the search index update for pages %s", page_ids)


def sync_pages(page_ids):
    """Make the index match the current state of these pages. Raises if the backend fails."""
    page_ids = {int(page_id) for page_id in page_ids}
    documents, visible = [], set()
    for search_type in registry.search_types():
        for page in search_type.get_queryset().filter(pk__in=page_ids):
            documents.append(search_type.document(page))
            visible.add(page.pk)
    backend = get_backend()
    backend.index(documents)
    backend.remove(page_ids - visible)
    return len(documents), len(page_ids - visible)


def process_updates(page_ids=None):
    """Apply the pending updates of `page_ids` (or every due one). Returns the number of pages synced."""
    now = timezone.now()
    pending = IndexUpdate.objects.filter(done_at__isnull=True)
    if page_ids is not None:
        pending = pending.filter(page_id__in=page_ids)
    else:
        pending = pending.exclude(next_attempt_at__gt=now)
    ids = sorted(set(pending.values_list("page_id", flat=True)))
    synced = 0
    failure = None
    for start in range(0, len(ids), SYNC_BATCH):
        batch = ids[start : start + SYNC_BATCH]
        rows = IndexUpdate.objects.filter(done_at__isnull=True, page_id__in=batch, requested_at__lte=now)
        try:
            sync_pages(batch)
        except Exception as error:
            logger.warning("Search index update failed for pages %s: %s", batch, error, exc_info=True)
            rows.update(attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:2000])
            failure = failure or error
            _schedule_retry(batch)
            continue
        rows.update(done_at=timezone.now(), last_error="", next_attempt_at=None)
        synced += len(batch)
    IndexUpdate.objects.filter(done_at__lt=now - KEEP_DONE_FOR).delete()
    if failure is not None:
        raise failure
    return synced


def _schedule_retry(batch):
    rows = IndexUpdate.objects.filter(done_at__isnull=True, page_id__in=batch)
    attempts = max(rows.values_list("attempts", flat=True), default=1)
    if attempts >= MAX_ATTEMPTS:
        rows.update(next_attempt_at=None)
        return
    run_after = timezone.now() + retry_delay(attempts)
    rows.update(next_attempt_at=run_after)
    enqueue(batch, run_after=run_after)


def pending_updates():
    """Updates not applied yet (failed ones first)."""
    return IndexUpdate.objects.filter(done_at__isnull=True).order_by("-attempts", "requested_at")


def failed_updates():
    """Updates not applied yet that the backend refused at least once (see `IndexUpdate.failed`)."""
    return IndexUpdate.objects.filter(done_at__isnull=True, attempts__gt=0)


def status():
    """The state of the index for operators: backend, entries, and updates pending, failed and given up.

    Two queries (one to the backend). A backend that cannot be reached gives `entries` None and its error.
    """
    backend = get_backend()
    try:
        entries, error = backend.count(), ""
    except Exception as exc:
        logger.warning("Could not count the entries of the search index", exc_info=True)
        entries, error = None, f"{type(exc).__name__}: {exc}"
    counts = IndexUpdate.objects.filter(done_at__isnull=True).aggregate(
        pending=Count("pk"),
        failed=Count("pk", filter=Q(attempts__gt=0)),
        given_up=Count("pk", filter=Q(attempts__gte=MAX_ATTEMPTS, next_attempt_at__isnull=True)),
    )
    return {"backend": backend.name, "entries": entries, "entries_error": error, **counts}


def documents_in_batches(batch_size=SYNC_BATCH):
    """Every page readers may find, as SearchDocument batches, for a full rebuild."""
    for search_type in registry.search_types():
        queryset = search_type.get_queryset().order_by("pk")
        last = 0
        while True:
            pages = list(queryset.filter(pk__gt=last)[:batch_size])
            if not pages:
                break
            yield [search_type.document(page) for page in pages]
            last = pages[-1].pk


def rebuild(stdout=None):
    """Rebuild the whole index, then re-apply the changes requested while it ran."""
    started = timezone.now()
    total, removed = get_backend().rebuild(documents_in_batches(), stdout=stdout, since=started)
    changed = sorted(set(IndexUpdate.objects.filter(requested_at__gte=started).values_list("page_id", flat=True)))
    if changed:
        sync_pages(changed)
    return {"indexed": total, "removed": removed, "reapplied": len(changed)}


def check(fix=False):
    """Compare the index with the pages: missing, stale and orphaned entries, and pending updates."""
    expected = {}
    for batch in documents_in_batches():
        for document in batch:
            expected[document.page_id] = document.version
    indexed = get_backend().indexed_versions()
    report = {
        "missing": sorted(set(expected) - set(indexed)),
        "stale": sorted(page_id for page_id in set(expected) & set(indexed) if expected[page_id] != indexed[page_id]),
        "orphaned": sorted(set(indexed) - set(expected)),
        "pending": list(pending_updates()),
        "expected": len(expected),
        "indexed": len(indexed),
    }
    if fix:
        to_fix = report["missing"] + report["stale"] + report["orphaned"]
        to_fix += [update.page_id for update in report["pending"]]
        if to_fix:
            IndexUpdate.objects.bulk_create(
                [IndexUpdate(page_id=page_id, reason=IndexUpdate.Reason.REPAIR) for page_id in set(to_fix)]
            )
            IndexUpdate.objects.filter(done_at__isnull=True).update(next_attempt_at=None)
            try:
                process_updates(sorted(set(to_fix)))
            except Exception:
                logger.warning("check --fix could not repair the search index", exc_info=True)
    return report

from django_tasks import task

from . import indexing


@task()
def process_updates(page_ids):
    """Bring the search index up to date for these pages (see indexing.process_updates)."""
    return indexing.process_updates(page_ids)

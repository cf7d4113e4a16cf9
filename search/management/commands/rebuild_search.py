from django.core.management.base import BaseCommand

from search import indexing
from search.backends import get_backend


class Command(BaseCommand):
    help = (
        "Rebuild the public search index from the live, public pages. On Elasticsearch: build a new index, "
        "swap the alias atomically, re-apply the changes made meanwhile and delete the old index. "
        "On the database: upsert every page in batches and drop what is no longer searchable."
    )

    def handle(self, *args, **options):
        backend = get_backend()
        self.stdout.write(f"Rebuilding the search index ({backend.name}) …")
        report = indexing.rebuild(stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {report['indexed']} pages, removed {report['removed']} stale entries, "
                f"re-applied {report['reapplied']} changes made during the rebuild."
            )
        )

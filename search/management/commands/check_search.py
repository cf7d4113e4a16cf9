from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends import get_backend

SHOWN = 20


class Command(BaseCommand):
    help = (
        "Compare the public search index with the pages: pages missing from it, entries that are stale "
        "(content changed since indexing) or orphaned (page gone, unpublished or private), and index updates "
        "still pending or failed. Exits with status 1 when anything is wrong; --fix repairs it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Re-index what is missing or stale, remove orphans.")

    def handle(self, *args, **options):
        report = indexing.check(fix=options["fix"])
        backend = get_backend()
        self.stdout.write(
            f"Search index ({backend.name}): {report['indexed']} entries for {report['expected']} searchable pages."
        )
        problems = 0
        for key, label in [
            ("missing", "missing from the index"),
            ("stale", "stale in the index"),
            ("orphaned", "in the index but not searchable"),
        ]:
            ids = report[key]
            problems += len(ids)
            if ids:
                shown = ", ".join(str(page_id) for page_id in ids[:SHOWN]) + (" …" if len(ids) > SHOWN else "")
                self.stdout.write(self.style.WARNING(f"{len(ids)} pages {label}: {shown}"))
        pending = report["pending"]
        if pending:
            problems += len(pending)
            failed = [update for update in pending if update.attempts]
            self.stdout.write(
                self.style.WARNING(f"{len(pending)} index updates pending, {len(failed)} of them failed:")
            )
            for update in failed[:SHOWN]:
                self.stdout.write(
                    f"  page {update.page_id} ({update.get_reason_display()}, {update.attempts} attempts): "
                    f"{update.last_error}"
                )
        if options["fix"]:
            after = indexing.check()
            remaining = len(after["missing"]) + len(after["stale"]) + len(after["orphaned"]) + len(after["pending"])
            if remaining:
                raise CommandError(f"{remaining} problems remain after --fix (is the search backend reachable?).")
            self.stdout.write(self.style.SUCCESS(f"Fixed {problems} problems."))
            return
        if problems:
            raise CommandError(f"{problems} problems found; run `manage.py check_search --fix` to repair them.")
        self.stdout.write(self.style.SUCCESS("The search index is up to date."))

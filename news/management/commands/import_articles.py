from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from news.importer import FIELDS, Outcome, import_file


class Command(BaseCommand):
    help = (
        "Import published articles from a JSON Lines file, one article per line "
        f"(fields: {', '.join(FIELDS)}). An article whose source_url was imported before is updated, "
        "never duplicated. Problems go to stderr as 'line N: reason'; the exit status is 1 when a line failed. "
        "Articles unpublished in the admin are skipped (reported on stdout), not failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="JSON Lines file; relative image paths are read from its folder")
        parser.add_argument(
            "--dry-run", action="store_true", help="check every line and report what would change, write nothing"
        )
        parser.add_argument(
            "--overwrite-edits",
            action="store_true",
            help="update articles that editors changed in the admin since their import (by default they are kept)",
        )

    def handle(self, *args, file, dry_run, overwrite_edits, verbosity, **options):
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        counts = Counter()
        # Messages for the operator are in English, Wagtail's image checks included.
        with translation.override("en"):
            for result in import_file(file, dry_run=dry_run, overwrite_edits=overwrite_edits):
                counts[result.outcome] += 1
                for reason in result.errors:
                    self.stderr.write(f"line {result.number}: {reason}")
                if result.outcome is Outcome.SKIPPED:
                    self.stdout.write(f"line {result.number}: skipped: {result.note}")
                if verbosity > 1 and result.outcome in (Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED):
                    self.stdout.write(f"line {result.number}: {self.describe(result, dry_run)}")

        summary = ", ".join(f"{counts[outcome]} {outcome.value}" for outcome in Outcome)
        self.stdout.write(f"{'Dry run, nothing written: would be ' if dry_run else ''}{summary}.")
        if counts[Outcome.FAILED]:
            raise CommandError(f"{counts[Outcome.FAILED]} line(s) failed; see the reasons above.")

    def describe(self, result, dry_run):
        verb = f"would be {result.outcome.value}" if dry_run else result.outcome.value
        if result.page is None:
            return verb
        return f"{verb}: “{result.page.title}” (page {result.page.pk}, {result.page.url})"

import datetime

from django.core.management.base import BaseCommand, CommandError

from press_center.purge import purge_before


class Command(BaseCommand):
    help = (
        "Delete applicants' files and personal fields of applications whose coverage ended before DATE, "
        "keeping anonymous counts (category, origin, outlet, status, dates). --dry-run lists what would go."
    )

    def add_arguments(self, parser):
        parser.add_argument("--before", required=True, help="YYYY-MM-DD: coverage ended before this day.")
        parser.add_argument("--dry-run", action="store_true", help="List what would be deleted; change nothing.")

    def handle(self, *args, before, dry_run, **options):
        try:
            day = datetime.date.fromisoformat(before)
        except ValueError as error:
            raise CommandError(f"--before must be a date as YYYY-MM-DD, not {before!r}.") from error
        report = purge_before(day, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        for line in report.lines:
            self.stdout.write(f"{verb}: {line}")
        self.stdout.write(
            f"{verb} personal data of {report.applications} application(s) and {report.files} file(s)"
            f" (coverage ended before {day.isoformat()})."
        )
        self.stdout.write("Anonymous counts kept:")
        for (status, category, origin), count in sorted(report.counts.items()):
            self.stdout.write(f"  {status:<15} {category:<16} {origin:<9} {count}")

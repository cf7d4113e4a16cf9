import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from press_center.models import Application
from press_center.purge import delete_files, orphan_files, purge_before


class Command(BaseCommand):
    help = (
        "Delete applicants' files and personal fields of applications whose coverage ended before DATE, "
        "keeping anonymous counts (category, origin, outlet, status, dates), and files that interrupted "
        "submissions left behind. --dry-run lists what would go."
    )

    def add_arguments(self, parser):
        parser.add_argument("--before", required=True, help="YYYY-MM-DD: coverage ended before this day.")
        parser.add_argument("--dry-run", action="store_true", help="List what would be deleted; change nothing.")
        parser.add_argument(
            "--force", action="store_true", help="Also delete applications whose coverage has not ended yet."
        )

    def handle(self, *args, before, dry_run, force, **options):
        try:
            day = datetime.date.fromisoformat(before)
        except ValueError as error:
            raise CommandError(f"--before must be a date as YYYY-MM-DD, not {before!r}.") from error
        today = timezone.localdate()
        current = Application.objects.active().filter(coverage_ends__gte=today, coverage_ends__lt=day)
        if current.exists() and not force and not dry_run:
            raise CommandError(
                f"{current.count()} application(s) covered until {today.isoformat()} or later would be deleted,"
                " live badges included: their coverage has not ended. Check --before"
                f" ({day.isoformat()}), or add --force to delete them anyway."
            )
        report = purge_before(day, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        for line in report.lines:
            self.stdout.write(f"{verb}: {line}")
        self.stdout.write(
            f"{verb} personal data of {report.applications} application(s) and {report.files} file(s)"
            f" (coverage ended before {day.isoformat()})."
        )
        orphans = orphan_files()
        if not dry_run:
            delete_files(orphans)
        self.stdout.write(f"{verb} {len(orphans)} file(s) left behind by interrupted submissions.")
        self.stdout.write("Anonymous counts kept:")
        for (status, category, origin), count in sorted(report.counts.items()):
            self.stdout.write(f"  {status:<15} {category:<16} {origin:<9} {count}")

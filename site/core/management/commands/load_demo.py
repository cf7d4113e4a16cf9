import importlib
import importlib.util

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Load the demo content and demo users (runs setup_site first). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print the demo logins.")

    def handle(self, *args, **options):
        call_command("setup_site", stdout=self.stdout)
        # Each app with demo content has a `demo.py` with `run(command)`; they run in INSTALLED_APPS order.
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if importlib.util.find_spec(module_name) is None:
                    continue
                importlib.import_module(module_name).run(self)
        if not options["quiet_logins"]:
            from core.demo import print_logins

            print_logins(self)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))

import importlib
import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Create or complete what the site needs to run: locales, the vi and en page trees, groups, "
        "permissions, workflows and default settings. Safe to run again; adds no demo content."
    )

    def handle(self, *args, **options):
        # Each app that needs set-up has a `setup.py` with `run(command)`; they run in INSTALLED_APPS order.
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.setup"
                if importlib.util.find_spec(module_name) is None:
                    continue
                importlib.import_module(module_name).run(self)
        self.stdout.write(self.style.SUCCESS("Site set up."))

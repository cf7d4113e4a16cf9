from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Public search over published content, aware of Vietnamese with and without diacritics."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import signals

        # Each app declares its searchable page models in `<app>/search_types.py` (see registry.py).
        autodiscover_modules("search_types")
        signals.connect()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Public search over published content, aware of Vietnamese with and without diacritics."""

    name = "search"
    verbose_name = _("Search")

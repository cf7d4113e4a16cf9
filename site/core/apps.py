from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Pieces shared by every app: image model, StreamField blocks, site settings, template tags."""

    name = "core"
    verbose_name = _("Site core")

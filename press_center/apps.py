from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressCenterConfig(AppConfig):
    """The press centre: accreditation of journalists and the briefing schedule."""

    name = "press_center"
    verbose_name = _("Press centre")

    def ready(self):
        from .briefings import publication  # noqa: F401 (connects the page_published receiver)

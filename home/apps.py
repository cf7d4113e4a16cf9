from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The congress information page: home page, programme, documents, guests and media."""

    name = "home"
    verbose_name = _("Congress information")

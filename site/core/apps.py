from django.apps import AppConfig
from django.db import models
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Pieces shared by every app: image model, StreamField blocks, site settings, template tags."""

    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        # Imported here: Wagtail's admin forms need the app registry, which is ready only now.
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.admin.widgets import SlugInput

        from .forms import FoldedSlugField

        # Every slug in the admin (pages of every type, snippets) folds Vietnamese on the server too.
        register_form_field_override(models.SlugField, override={"widget": SlugInput, "form_class": FoldedSlugField})

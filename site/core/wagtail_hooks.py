from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import translation
from .text import TITLE_SLUG_LENGTH


@hooks.register("insert_global_admin_js")
def fold_slugs_as_the_server_does():
    """Slug fields of every admin form get the server's Vietnamese folding as the editor types."""
    return format_html(
        '<script src="{}" data-title-slug-length="{}"></script>', static("core/js/admin_slug.js"), TITLE_SLUG_LENGTH
    )


@hooks.register("register_log_actions")
def register_translation_actions(actions):
    actions.register_action(
        translation.SYNC,
        _("Copy from the other language"),
        _("Fields shared by every language copied from the other language"),
    )

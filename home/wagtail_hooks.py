from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Delegation, Menu


class DelegationViewSet(SnippetViewSet):
    model = Delegation
    icon = "globe"
    menu_label = _("International guests")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["organisation", "country", "region", "head_of_delegation", "arrival_date", "is_public"]
    list_filter = {"region": ["exact"], "is_public": ["exact"]}
    list_export = ["organisation", "organisation_vi", "country", "region", "head_of_delegation", "arrival_date"]
    # Searched through the model's own search_fields: naming fields here makes the SQLite backend fail.
    ordering = ["region", "country"]


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = _("Menus")
    list_display = ["slot", "locale"]


register_snippet(DelegationViewSet)
register_snippet(MenuViewSet)

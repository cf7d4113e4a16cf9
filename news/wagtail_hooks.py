"""Admin for the newsroom's snippets: categories (per language) and authors, grouped under one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Author, Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    list_display = ["name", "role"]
    # Searched through the model's own search_fields: naming fields here makes the SQLite backend fail.


class NewsroomViewSetGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, AuthorViewSet)
    menu_icon = "doc-full"
    menu_label = _("Newsroom")
    menu_name = "newsroom"


register_snippet(NewsroomViewSetGroup)

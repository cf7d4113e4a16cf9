"""The header and footer menus editors arrange in the admin (home.Menu), read by core's site context."""

from dataclasses import dataclass

from wagtail.models import Page

from .models import Menu, MenuItem, MenuSlot


@dataclass(frozen=True)
class MenuLink:
    title: str
    url: str
    page_id: int | None = None


def menu_links(home, slot, request=None):
    """Links of the `slot` menu in the language of `home`, or None when editors have not made that menu.

    Links to pages that are not live and public are left out, so a menu never leads to a 404.
    """
    if home is None:
        return None
    menu = Menu.objects.filter(locale_id=home.locale_id, slot=slot).first()
    if menu is None:
        return None
    visible = Page.objects.live().public()
    items = MenuItem.objects.filter(menu=menu).select_related("link_page").order_by("sort_order")
    visible_ids = set(
        visible.filter(pk__in=[item.link_page_id for item in items if item.link_page_id]).values_list("pk", flat=True)
    )
    links = []
    for item in items:
        if item.link_page_id:
            if item.link_page_id not in visible_ids:
                continue
            links.append(
                MenuLink(item.label or item.link_page.title, item.link_page.get_url(request), item.link_page_id)
            )
        else:
            links.append(MenuLink(item.label, item.link_url))
    return links


def fallback_main_menu(home, request=None):
    """Before editors make a main menu: the home page's children ticked “Show in menus”."""
    pages = Page.objects.child_of(home).live().public().in_menu().order_by("path")
    return [MenuLink(page.title, page.get_url(request), page.pk) for page in pages]


__all__ = ["MenuLink", "MenuSlot", "fallback_main_menu", "menu_links"]

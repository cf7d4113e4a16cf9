"""The header and footer menus editors arrange in the admin (home.Menu), read by core's site context."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from .models import Menu, MenuItem, MenuSlot, SitemapPage


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


def home_sections(home):
    """The live, public pages under `home`, in tree order (plain Page objects): what menus fall back to."""
    if home is None:
        return []
    return list(Page.objects.child_of(home).live().public().order_by("path"))


def fallback_main_menu(sections, request=None):
    """Before editors make a main menu: the sections (see home_sections) ticked “Show in menus”."""
    return [MenuLink(page.title, page.get_url(request), page.pk) for page in sections if page.show_in_menus]


def footer_links(home, sections, request=None):
    """The footer menu editors made, with the language's readable sitemap page in it exactly once.

    Readers expect a sitemap link at the foot of every page; the menu may or may not list it, so it is
    added at the end when missing. (The XML sitemap is for crawlers: robots.txt names it.)
    """
    links = menu_links(home, MenuSlot.FOOTER, request) or []
    sitemap_type = ContentType.objects.get_for_model(SitemapPage).pk  # cached by Django after the first call
    for page in sections:
        if page.content_type_id == sitemap_type and all(link.page_id != page.pk for link in links):
            links.append(MenuLink(page.title, page.get_url(request), page.pk))
    return links


__all__ = ["MenuLink", "MenuSlot", "fallback_main_menu", "footer_links", "home_sections", "menu_links"]

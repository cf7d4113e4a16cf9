from functools import cached_property

from wagtail.models import Locale, Site


class Navigation:
    """The home page of the reader's language and its menus, queried only when a template uses them."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def home(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return None
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            return site.root_page
        return site.root_page.get_translation_or_none(locale) or site.root_page

    @cached_property
    def sections(self):
        """The home page's live, public children, read once for the main menu's fallback and the footer."""
        from home.navigation import home_sections  # editors' menus live in home

        return home_sections(self.home)

    @cached_property
    def menu(self):
        """Links with `title`, `url` and `page_id`: the main menu editors made, else the "show in menus" pages."""
        from home.navigation import MenuSlot, fallback_main_menu, menu_links

        if self.home is None:
            return []
        links = menu_links(self.home, MenuSlot.MAIN, self.request)
        return links if links is not None else fallback_main_menu(self.sections, self.request)

    @cached_property
    def footer_menu(self):
        """The footer menu editors made, always with one link to the readable sitemap page."""
        from home.navigation import footer_links

        return footer_links(self.home, self.sections, self.request)


def site_context(request):
    return {"site_navigation": Navigation(request)}

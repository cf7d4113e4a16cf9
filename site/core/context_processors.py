from functools import cached_property

from wagtail.models import Locale, Page, Site


class Navigation:
    """The home page of the reader's language and its menu, queried only when a template uses them."""

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
    def menu(self):
        if self.home is None:
            return []
        return list(Page.objects.child_of(self.home).live().public().in_menu().order_by("path"))


def site_context(request):
    return {"navigation": Navigation(request)}

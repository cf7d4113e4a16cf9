from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Page, Site

from core.models import SiteSettings
from core.pages import ensure_translation, publish

from .models import HomePage


def run(command):
    """One home page per language, the Vietnamese one as the site root."""
    root = Page.get_first_root_node()
    vietnamese = Locale.objects.get(language_code="vi")
    home = HomePage.objects.filter(depth=2, locale=vietnamese).first()
    if home is None:
        # Wagtail's migrations leave a plain "Welcome" page at the top; our home pages replace it.
        page_type = ContentType.objects.get_for_model(Page)
        Page.objects.filter(depth=2, content_type=page_type, slug="home").delete()
        home = HomePage(title="Trang chủ", slug="trang-chu", locale=vietnamese)
        root.add_child(instance=home)
        publish(home)
        command.stdout.write("Created the Vietnamese home page.")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname="localhost", port=80)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Đại hội"
        site.save()
    ensure_translation(home, "en", title="Home")
    SiteSettings.for_site(site)  # creates the row with its defaults

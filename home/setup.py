from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError

from wagtail.models import Locale, Page, Site

from core.hosts import DEFAULT_SITE_ADDRESS, site_address
from core.models import SiteSettings
from core.pages import ensure_child, ensure_translation, publish

from .models import (
    CongressSettings,
    Delegation,
    DocumentIndexPage,
    GuestsPage,
    HomePage,
    Menu,
    MultimediaIndexPage,
    ProgrammePage,
    SitemapPage,
)

# (model, Vietnamese slug and title, English slug and title, in the header menu until editors make one)
SECTIONS = [
    (ProgrammePage, ("chuong-trinh", "Chương trình làm việc"), ("programme", "Programme"), True),
    (DocumentIndexPage, ("van-kien", "Văn kiện"), ("documents", "Documents"), True),
    (GuestsPage, ("khach-moi-quoc-te", "Khách mời quốc tế"), ("international-guests", "International guests"), True),
    (MultimediaIndexPage, ("da-phuong-tien", "Đa phương tiện"), ("multimedia", "Multimedia"), True),
    (SitemapPage, ("so-do-trang", "Sơ đồ trang"), ("sitemap", "Sitemap"), False),
]


def run(command):
    """One home page per language (the Vietnamese one is the site root) and the congress sections under it."""
    home = ensure_home(command)
    site = ensure_site(command, home)
    ensure_translation(home, "en", title="Home")
    for model, (slug_vi, title_vi), (slug_en, title_en), in_menu in SECTIONS:
        page = ensure_child(home, model, slug_vi, title=title_vi, show_in_menus=in_menu)
        ensure_translation(page, "en", title=title_en, slug=slug_en)
    SiteSettings.for_site(site)  # creates the rows with their defaults
    CongressSettings.for_site(site)
    grant_permissions()


def ensure_site(command, home):
    """The default Site, rooted at the Vietnamese home page, at the public address of WAGTAILADMIN_BASE_URL.

    A Site still at Wagtail's localhost:80 is moved there (so re-running setup_site fixes an older
    install); a host someone chose in Settings → Sites is kept, with a warning if it differs.
    """
    try:
        hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
    except ValueError as error:
        raise CommandError(f"{error} (see README, 'Production settings')") from None
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True, site_name="Đại hội")
    current = (site.hostname, site.port)
    if site.pk is None or (current == DEFAULT_SITE_ADDRESS and current != (hostname, port)):
        site.hostname, site.port = hostname, port
        if site.pk:
            command.stdout.write(f"The site's address is now {site.root_url} (from WAGTAILADMIN_BASE_URL).")
    elif current != (hostname, port):
        command.stdout.write(
            command.style.WARNING(
                f"The default site is at {site.root_url} but WAGTAILADMIN_BASE_URL is "
                f"{settings.WAGTAILADMIN_BASE_URL}; kept as it is (change it under Settings → Sites)."
            )
        )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Đại hội"
    site.save()
    return site


def ensure_home(command):
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
    return home


def grant_permissions():
    """The newsroom keeps the delegations; chief editors also delete them, arrange menus and edit the congress."""
    from news.setup import setup_groups  # the groups are the newsroom's; it makes them idempotently

    newsroom = setup_groups()
    chief_editors = newsroom.chief_editors
    delegation = ContentType.objects.get_for_model(Delegation)
    menu = ContentType.objects.get_for_model(Menu)
    congress = ContentType.objects.get_for_model(CongressSettings)
    for action in ("add", "change", "view"):
        permission = Permission.objects.get(content_type=delegation, codename=f"{action}_delegation")
        for group in newsroom.writers:
            group.permissions.add(permission)
    chief_editors.permissions.add(Permission.objects.get(content_type=delegation, codename="delete_delegation"))
    for action in ("add", "change", "delete", "view"):
        chief_editors.permissions.add(Permission.objects.get(content_type=menu, codename=f"{action}_menu"))
    chief_editors.permissions.add(Permission.objects.get(content_type=congress, codename="change_congresssettings"))

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Page, Site

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
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname="localhost", port=80)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Đại hội"
        site.save()
    ensure_translation(home, "en", title="Home")
    for model, (slug_vi, title_vi), (slug_en, title_en), in_menu in SECTIONS:
        page = ensure_child(home, model, slug_vi, title=title_vi, show_in_menus=in_menu)
        ensure_translation(page, "en", title=title_en, slug=slug_en)
    SiteSettings.for_site(site)  # creates the rows with their defaults
    CongressSettings.for_site(site)
    grant_permissions()


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
    """Editors keep the delegations; chief editors also delete them, arrange menus and edit the congress."""
    from news.setup import setup_groups  # the groups are the newsroom's; it makes them idempotently

    editors, chief_editors = setup_groups()
    delegation = ContentType.objects.get_for_model(Delegation)
    menu = ContentType.objects.get_for_model(Menu)
    congress = ContentType.objects.get_for_model(CongressSettings)
    for action in ("add", "change", "view"):
        permission = Permission.objects.get(content_type=delegation, codename=f"{action}_delegation")
        editors.permissions.add(permission)
        chief_editors.permissions.add(permission)
    chief_editors.permissions.add(Permission.objects.get(content_type=delegation, codename="delete_delegation"))
    for action in ("add", "change", "delete", "view"):
        chief_editors.permissions.add(Permission.objects.get(content_type=menu, codename=f"{action}_menu"))
    chief_editors.permissions.add(Permission.objects.get(content_type=congress, codename="change_congresssettings"))

"""Demo users shared by every app; each app's demo.py adds its own content."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Site

from .demo_images import demo_image
from .models import SiteSettings

DEMO_PASSWORD = "demo-2026"  # noqa: S105 (demo data, printed for the user)

DEFAULT_DESCRIPTIONS = {
    "description_vi": "Tin tức, chương trình, văn kiện và thông tin báo chí chính thức của Đại hội.",
    "description_en": "News, programme, documents and press information from the congress.",
}

DEMO_USERS = [
    # username, full name, groups, superuser
    ("admin", "Quản trị hệ thống", [], True),
    ("bientapvien", "Nguyễn Thị Biên", ["Editors"], False),
    ("thukytoasoan", "Phạm Minh Thư", ["Desk editors"], False),
    ("tongbientap", "Trần Văn Duyệt", ["Chief editors"], False),
]


def ensure_user(username, full_name, groups=(), superuser=False):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        first, _, last = full_name.rpartition(" ")
        user = User(username=username, first_name=last, last_name=first, email=f"{username}@daihoi.local")
        user.is_staff = superuser
        user.is_superuser = superuser
        user.set_password(DEMO_PASSWORD)
        user.save()
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def run(command):
    for username, full_name, groups, superuser in DEMO_USERS:
        ensure_user(username, full_name, groups, superuser)
    load_sharing_defaults()


def load_sharing_defaults():
    """What pages without a summary or picture of their own are shared with, unless editors chose already."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.default_social_image_id is None:
        site_settings.default_social_image = demo_image("Ảnh chia sẻ của Cổng thông tin (minh họa)", size=(1200, 630))
    for field, text in DEFAULT_DESCRIPTIONS.items():
        if not getattr(site_settings, field):
            setattr(site_settings, field, text)
    site_settings.save()


def print_logins(command):
    """Print every demo login (apps add theirs to DEMO_USERS before load_demo prints)."""
    command.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}) at /admin/:")
    for username, full_name, groups, superuser in DEMO_USERS:
        role = "superuser" if superuser else ", ".join(groups)
        command.stdout.write(f"  {username:<14} {full_name:<24} {role}")

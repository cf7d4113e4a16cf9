"""The briefing schedule page in both languages and who may do what with briefings. Idempotent, no demo data."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

from core.pages import ensure_child, ensure_translation
from press_center.models import BriefingSchedulePage, PressCentrePage

INTRO_VI = (
    "Các cuộc họp báo tại Trung tâm báo chí, theo từng ngày. Lịch có thể thay đổi: mọi thay đổi về giờ, "
    "phòng họp hoặc trạng thái được ghi rõ thời điểm cập nhật. Đăng ký lịch vào ứng dụng lịch của bạn để "
    "luôn nhận bản mới nhất."
)
INTRO_EN = (
    "Press briefings at the press centre, day by day. The schedule can change: every change of time, room "
    "or status is marked with the time it was made. Subscribe in your calendar app to always have the latest."
)
OFFICER_PERMISSIONS = [
    "view_briefingregistration",
    "change_briefingregistration",
    "export_briefingregistration",
    "attend_briefingregistration",
]
SNIPPET_PERMISSIONS = [
    f"{action}_{model}" for model in ("venue", "briefingtopic") for action in ("add", "change", "view")
]


def run(command):
    for press_page in PressCentrePage.objects.filter(locale__language_code="vi"):
        schedule = ensure_child(
            press_page, BriefingSchedulePage, "lich-hop-bao", title="Lịch họp báo", intro=INTRO_VI, show_in_menus=True
        )
        ensure_translation(schedule, "en", title="Briefing schedule", slug="briefings", intro=INTRO_EN)
    setup_permissions()


def setup_permissions():
    """Officers see registration lists and record attendance; editors and officers keep venues and topics.

    Officers may add briefings under the press-centre pages (where they can already edit and publish);
    editors write briefings like any page, through the review workflow.
    """
    officers = Group.objects.filter(name="Accreditation officers").first()
    snippets = Permission.objects.filter(content_type__app_label="press_center", codename__in=SNIPPET_PERMISSIONS)
    if officers is not None:
        officers.permissions.add(
            *Permission.objects.filter(content_type__app_label="press_center", codename__in=OFFICER_PERMISSIONS),
            *snippets,
        )
        add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
        for page in PressCentrePage.objects.all():
            GroupPagePermission.objects.get_or_create(group=officers, page=page, permission=add_page)
    for group in Group.objects.filter(name__in=["Editors", "Desk editors", "Chief editors"]):
        group.permissions.add(*snippets)

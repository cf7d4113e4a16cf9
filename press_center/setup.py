"""The press-centre page in both languages and the "Accreditation officers" group. Idempotent, no demo data.

The briefing schedule pages and permissions are set up by press_center.briefings.setup, called last.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Site

from core.pages import ensure_child, ensure_translation
from home.models import HomePage

from .briefings import setup as briefings_setup
from .models import AccreditationSettings, PressCentrePage

OFFICERS = "Accreditation officers"
VETTING = "Security vetting"

NOTICE_VI = """
<h2>Chúng tôi thu thập gì</h2>
<p>Họ tên, ngày và nơi sinh, quốc tịch, giấy tờ tùy thân (loại, số, nước cấp, thời hạn), số thẻ nhà báo,
cơ quan báo chí, chức vụ, thư điện tử, số điện thoại, ảnh chân dung, giấy giới thiệu và thời gian tác nghiệp
của bạn.</p>
<h2>Để làm gì</h2>
<p>Chỉ để xét cấp thẻ tác nghiệp, in thẻ và kiểm soát ra vào Trung tâm báo chí.</p>
<h2>Ai được xem</h2>
<p>Chỉ cán bộ phụ trách cấp thẻ của Trung tâm báo chí. Biên tập viên và các bộ phận khác không được xem.</p>
<h2>Chia sẻ với ai</h2>
<p>Danh sách người được duyệt (họ tên, ngày và nơi sinh, quốc tịch, giấy tờ tùy thân, cơ quan báo chí, ảnh)
được gửi cho cơ quan an ninh phụ trách Đại hội để thẩm tra an ninh. Không chia sẻ cho bên nào khác.</p>
<h2>Lưu trong bao lâu</h2>
<p>Ảnh, giấy tờ và thông tin cá nhân bị xóa trong vòng ba tháng sau khi kết thúc thời gian tác nghiệp;
chỉ giữ lại số liệu thống kê không gắn với cá nhân.</p>
<h2>Yêu cầu xóa</h2>
<p>Bạn có thể yêu cầu xóa hồ sơ bất cứ lúc nào bằng thư gửi Trung tâm báo chí, ghi rõ mã hồ sơ.
Nếu hồ sơ đang được xét, việc xóa đồng nghĩa với rút hồ sơ.</p>
"""

NOTICE_EN = """
<h2>What we collect</h2>
<p>Your name, date and place of birth, nationality, identity document (type, number, issuing country, expiry),
press card number, media outlet, position, e-mail, phone number, portrait photo, letter of assignment and
coverage dates.</p>
<h2>Why</h2>
<p>Only to decide on your accreditation, print your badge and control access to the press centre.</p>
<h2>Who sees it</h2>
<p>Only the press centre's accreditation officers. Editors and other staff cannot see it.</p>
<h2>Who it is shared with</h2>
<p>The list of approved journalists (name, date and place of birth, nationality, identity document, outlet, photo)
is sent to the
security authority responsible for the congress for security vetting. It is shared with no one else.</p>
<h2>How long it is kept</h2>
<p>Photos, documents and personal details are deleted within three months after your coverage ends; only
anonymous counts are kept.</p>
<h2>Asking for deletion</h2>
<p>You can ask us to delete your application at any time by writing to the press centre with your reference.
If the application is still being decided, deleting it withdraws it.</p>
"""

PHOTO_VI = (
    "<p>Ảnh chân dung chụp thẳng, rõ mặt, nền sáng, không đội mũ, không đeo kính râm; "
    "định dạng JPEG hoặc PNG, tối đa 5 MB, tối thiểu 400×500 điểm ảnh, khổ dọc gần tỉ lệ 3:4.</p>"
)
PHOTO_EN = (
    "<p>A recent head-and-shoulders photo facing the camera, plain light background, no hat or sunglasses; "
    "JPEG or PNG, at most 5 MB, at least 400×500 pixels, portrait close to 3:4.</p>"
)


def run(command):
    homes = {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}
    vietnamese = ensure_child(
        homes["vi"],
        PressCentrePage,
        "trung-tam-bao-chi",
        title="Trung tâm báo chí",
        intro=(
            "Thông tin cho phóng viên trong nước và quốc tế: đăng ký thẻ tác nghiệp, địa chỉ, giờ làm việc và nội quy."
        ),
        address="Trung tâm Hội nghị Quốc gia, Hà Nội",
        opening_hours="7:00–22:00 hằng ngày trong thời gian Đại hội",
        photo_requirements=PHOTO_VI,
        data_protection_notice=NOTICE_VI.strip(),
        show_in_menus=True,
    )
    ensure_translation(
        vietnamese,
        "en",
        title="Press centre",
        slug="press-centre",
        intro="For domestic and foreign journalists: accreditation, address, opening hours and rules.",
        address="National Convention Centre, Hanoi",
        opening_hours="7:00–22:00 every day during the congress",
        photo_requirements=PHOTO_EN,
        data_protection_notice=NOTICE_EN.strip(),
    )
    setup_officers()
    setup_vetting()
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        AccreditationSettings.for_site(site)  # creates the row with its defaults
    briefings_setup.run(command)


def setup_vetting():
    """The security-vetting group: the vetting list and its decisions, nothing else of the press centre."""
    group, _created = Group.objects.get_or_create(name=VETTING)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="press_center", codename="vet_application"),
    )
    return group


def setup_officers():
    """The officers' group: the press-centre admin section, and editing of the press-centre pages."""
    officers, _created = Group.objects.get_or_create(name=OFFICERS)
    codenames = {
        "wagtailadmin": ["access_admin"],
        "press_center": [
            "view_application",
            "change_application",
            "review_application",
            "export_application",
            "check_in_application",
            "add_outlet",
            "change_outlet",
            "view_outlet",
            "add_checkin",
            "view_checkin",
            "change_accreditationsettings",
        ],
    }
    for app_label, names in codenames.items():
        officers.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=names))
    for page in PressCentrePage.objects.all():
        for codename in ("change_page", "publish_page"):
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=officers, page=page, permission=permission)
    return officers

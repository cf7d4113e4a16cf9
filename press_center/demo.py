"""Demo data for the press centre: an officer, outlets with quotas, and applications in every state.

Every name is invented; photos are Pillow-drawn silhouettes, letters are generated PDFs. Idempotent:
applications are matched by their document number.

Dates follow the demo's one calendar (home/demo_timeline.py): the application window closed ten days
before the congress opened, the applications were sent and decided inside it, and badges cover every
day from the press centre's opening to the closing day.
"""

import datetime
import io
import random
import secrets

from PIL import Image, ImageDraw

from django.contrib.contenttypes.models import ContentType

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from core.demo import DEMO_USERS, ensure_user
from home.demo_timeline import congress_timeline
from search.text import fold

from . import accreditation
from .accreditation import kept_on_success, store
from .briefings import demo as briefings_demo
from .models import (
    AccreditationSettings,
    Application,
    Category,
    DocumentType,
    Origin,
    Outlet,
    OutletKind,
    StaffList,
    Status,
)
from .uploads import CheckedFile

OFFICER = ("canbobaochi", "Lê Thu Hằng", ["Accreditation officers"], False)
# The foreign journalists' nationalities, which their names and the badges' name order go by.
FOREIGN_NATIONALITIES = {"Lindqvist": "SE", "Okafor": "NG", "Moreau": "FR", "Tanaka": "JP"}
# Where the journalists were born, as their documents say.
FOREIGN_BIRTHPLACES = {"Lindqvist": "Umeå", "Okafor": "Enugu", "Moreau": "Lyon", "Tanaka": "Sendai"}
BIRTHPLACES = ["Hà Nội", "Nam Định", "Thừa Thiên Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Nghệ An", "Quảng Ninh"]

VETTING_OFFICER = ("thamtraanninh", "Đỗ Minh Kiên", ["Security vetting"], False)

OUTLETS = [
    # name, origin, quota
    ("Báo Thời sự Thủ đô", Origin.DOMESTIC, 8),
    ("Đài Phát thanh Sông Hồng", Origin.DOMESTIC, 6),
    ("Tạp chí Kinh tế Đồng bằng", Origin.DOMESTIC, 2),
    ("Northern Lights Broadcasting", Origin.FOREIGN, 4),
    ("Agence Mékong Presse", Origin.FOREIGN, 3),
]

APPLICATIONS = [
    # family, given, document, outlet index, category, status, language
    ("Nguyễn", "Minh Khôi", "DEMO001", 0, Category.REPORTER, Status.SUBMITTED, "vi"),
    ("Trần", "Thị Ngọc Ánh", "DEMO002", 0, Category.PHOTOGRAPHER, Status.UNDER_REVIEW, "vi"),
    ("Phạm", "Quốc Bảo", "DEMO003", 1, Category.CAMERA_OPERATOR, Status.INFO_REQUESTED, "vi"),
    ("Hoàng", "Gia Linh", "DEMO004", 1, Category.REPORTER, Status.APPROVED, "vi"),
    ("Võ", "Thanh Tùng", "DEMO005", 2, Category.TECHNICIAN, Status.APPROVED, "vi"),
    ("Đặng", "Hải Yến", "DEMO006", 2, Category.REPORTER, Status.WAITLISTED, "vi"),
    ("Lindqvist", "Maren Aurora", "DEMO007", 3, Category.REPORTER, Status.APPROVED, "en"),
    ("Okafor", "Chidi Emmanuel", "DEMO008", 3, Category.CAMERA_OPERATOR, Status.REJECTED, "en"),
    ("Moreau", "Élise Camille", "DEMO009", 4, Category.PHOTOGRAPHER, Status.REVOKED, "en"),
    ("Tanaka", "Haruki", "DEMO010", 4, Category.TECHNICIAN, Status.VETTING, "en"),
]

# An outlet that sent its team as a staff list: two people have completed their details, one has not.
STAFF_OUTLET = ("Đài Truyền hình Duyên hải", OutletKind.TELEVISION, "VN", 4)
FOCAL_POINT = ("Lương Thu Trang", "Thư ký toà soạn", "thuky.duyenhai@example.org", "+84 236 555 0100")
STAFF = [
    # family, given, category, position, document (empty: details not completed yet)
    ("Mai", "Xuân Phúc", Category.REPORTER, "Phóng viên", "DEMO011"),
    ("Chu", "Thanh Vân", Category.CAMERA_OPERATOR, "Quay phim", "DEMO012"),
    ("Lý", "Hoàng Nam", Category.TECHNICIAN, "Kỹ thuật viên", ""),
]

SKIN = [(241, 206, 176), (224, 172, 128), (198, 134, 94), (141, 85, 54)]
BACKGROUNDS = [(226, 236, 245), (238, 238, 232), (230, 242, 236)]


def demo_photo(seed):
    """A 600×800 head-and-shoulders silhouette: clearly a drawing, never a real person."""
    rng = random.Random(seed)
    image = Image.new("RGB", (600, 800), rng.choice(BACKGROUNDS))
    draw = ImageDraw.Draw(image)
    jacket = rng.choice([(40, 52, 78), (70, 70, 74), (96, 32, 40), (30, 70, 60)])
    draw.ellipse([90, 560, 510, 980], fill=jacket)
    draw.rectangle([255, 470, 345, 600], fill=rng.choice(SKIN))
    skin = rng.choice(SKIN)
    draw.ellipse([185, 200, 415, 500], fill=skin)
    hair = rng.choice([(30, 24, 20), (60, 40, 28), (120, 90, 50), (180, 180, 180)])
    draw.chord([175, 180, 425, 420], 180, 360, fill=hair)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return CheckedFile(buffer.getvalue(), "jpg", "image/jpeg")


def demo_letter(outlet_name, full_name):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from .badges import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont(BOLD, 16)
    pdf.drawString(72, 760, outlet_name)
    pdf.setFont(REGULAR, 12)
    pdf.drawString(72, 720, "GIẤY GIỚI THIỆU / LETTER OF ASSIGNMENT (dữ liệu minh họa / demo data)")
    pdf.drawString(72, 690, f"Cử / We assign: {full_name}")
    pdf.drawString(72, 670, "Tác nghiệp tại Đại hội / to cover the congress.")
    pdf.drawString(72, 620, "Tổng biên tập / Editor-in-chief")
    pdf.showPage()
    pdf.save()
    return CheckedFile(buffer.getvalue(), "pdf", "application/pdf")


def run(command):
    for user in (OFFICER, VETTING_OFFICER):
        if user not in DEMO_USERS:
            DEMO_USERS.append(user)
    officer = ensure_user(*OFFICER)
    vetting = ensure_user(*VETTING_OFFICER)
    timeline = congress_timeline()
    settings = open_window(timeline)
    outlets = [
        Outlet.objects.get_or_create(name=name, defaults={"origin": origin, "quota": quota})[0]
        for name, origin, quota in OUTLETS
    ]
    created = 0
    for index, (family, given, document, outlet_index, category, status, language) in enumerate(APPLICATIONS):
        if Application.objects.filter(document_number=document).exists():
            continue
        create_application(
            index,
            family,
            given,
            document,
            outlets[outlet_index],
            category,
            status,
            language,
            settings,
            officer,
            vetting,
        )
        backdate_history(Application.objects.get(document_number=document), timeline, index)
        created += 1
    if created:
        command.stdout.write(f"Press centre: {created} demo accreditation applications.")
    create_staff_list(timeline, settings)
    briefings_demo.run(command)


def open_window(timeline):
    """The application window and coverage period, from the timeline, unless an officer has set them."""
    site = Site.objects.filter(is_default_site=True).first()
    settings = AccreditationSettings.for_site(site)
    if settings.opens_at is None:
        settings.opens_at = timeline.accreditation_opens_at
        settings.closes_at = timeline.accreditation_deadline
        settings.coverage_starts, settings.coverage_ends = timeline.coverage
        settings.save()
    return settings


def submission_time(timeline, index):
    """When the `index`-th demo application was sent: one a day over the last ten days of the window."""
    return timeline.accreditation_deadline - datetime.timedelta(days=10 - index, hours=index % 3 + 2)


def decision_time(timeline, index):
    """When an officer dealt with it: three days later, still before the congress."""
    return submission_time(timeline, index) + datetime.timedelta(days=3)


def backdate_history(application, timeline, index):
    """Date the application and its audit log as the flow would have, inside the application window.

    The submission is logged when it was sent, every officer's step when it was decided.
    """
    submitted, decided = submission_time(timeline, index), decision_time(timeline, index)
    Application.objects.filter(pk=application.pk).update(
        submitted_at=submitted,
        consented_at=submitted,
        decided_at=decided if application.decided_at else None,
        vetted_at=decided + datetime.timedelta(minutes=15) if application.vetted_at else None,
    )
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Application), object_id=str(application.pk)
    ).order_by("pk")
    for position, entry in enumerate(entries):
        moment = submitted if position == 0 else decided + datetime.timedelta(minutes=5 * position)
        ModelLogEntry.objects.filter(pk=entry.pk).update(timestamp=moment)


def create_application(index, family, given, document, outlet, category, status, language, settings, officer, vetting):
    """Write the application as the flow would have left it (without e-mailing anyone)."""
    foreign = outlet.origin == Origin.FOREIGN
    photo_name = store(demo_photo(document))
    letter_name = store(demo_letter(outlet.name, f"{family} {given}"))
    with kept_on_success(photo_name, letter_name):
        application = Application.objects.create(
            language=language,
            status=Status.SUBMITTED if status != Status.WAITLISTED else Status.WAITLISTED,
            category=category,
            origin=outlet.origin,
            family_name=family,
            given_names=given,
            date_of_birth=datetime.date(1975 + index * 2, 1 + index, 3 + index),
            place_of_birth=FOREIGN_BIRTHPLACES[family] if foreign else BIRTHPLACES[index % len(BIRTHPLACES)],
            nationality=FOREIGN_NATIONALITIES[family] if foreign else "VN",
            document_type=DocumentType.PASSPORT if foreign else DocumentType.NATIONAL_ID,
            document_country=FOREIGN_NATIONALITIES[family] if foreign else "VN",
            document_expires=settings.coverage_ends + datetime.timedelta(days=400 + 97 * index),
            document_number=document,
            press_card_number="" if foreign else f"TNB-{4200 + index}",
            outlet=outlet,
            position="Reporter" if foreign else "Phóng viên",
            email=f"{document.lower()}@example.org",
            phone=f"+84 90 555 {1000 + index}",
            photo=photo_name,
            letter=letter_name,
            coverage_starts=settings.coverage_starts,
            coverage_ends=settings.coverage_ends,
            consented_at=settings.closes_at,
            submitted_at=settings.closes_at,
        )
    log(application, accreditation.SUBMIT, data={"status": application.status, "outlet": outlet.name})
    reviewed = (Status.UNDER_REVIEW, Status.INFO_REQUESTED, Status.VETTING, Status.APPROVED, Status.REJECTED)
    if status in (*reviewed, Status.REVOKED):
        application.status = Status.UNDER_REVIEW
        application.save(update_fields=["status"])
        log(application, accreditation.START_REVIEW, user=officer)
    if status == Status.INFO_REQUESTED:
        message = "Giấy giới thiệu chưa có chữ ký của Tổng biên tập. Vui lòng gửi lại bản có chữ ký."
        Application.objects.filter(pk=application.pk).update(status=status, officer_message=message)
        log(application, accreditation.REQUEST_INFO, user=officer, data={"message": message})
    if status in (Status.VETTING, Status.APPROVED, Status.REVOKED):
        Application.objects.filter(pk=application.pk).update(status=Status.VETTING, decided_at=settings.closes_at)
        log(application, accreditation.APPROVE, user=officer)
    if status in (Status.APPROVED, Status.REVOKED):
        application.refresh_from_db()
        application.badge_secret = secrets.token_hex(16)
        application.badge_valid_from = application.coverage_starts
        application.badge_valid_until = application.coverage_ends
        application.status = Status.APPROVED
        application.vetted_at = settings.closes_at  # dated by backdate_history
        accreditation._assign_badge_number(application)
        log(application, accreditation.CLEAR, user=vetting, data={"badge": application.badge_label, "note": ""})
    if status == Status.REJECTED:
        reason = "The letter of assignment was not issued by the outlet named in the application."
        Application.objects.filter(pk=application.pk).update(
            status=status, decision_reason=reason, decided_at=settings.closes_at
        )
        log(application, accreditation.REJECT, user=officer, data={"reason": reason})
    if status == Status.REVOKED:
        reason = "The badge was lent to a person without accreditation to enter the press area."
        Application.objects.filter(pk=application.pk).update(status=status, decision_reason=reason)
        log(application, accreditation.REVOKE, user=officer, data={"reason": reason})
    return application


def create_staff_list(timeline, settings):
    """The outlet registered by its focal point with three people, as the flow would have left it."""
    name, kind, country, quota = STAFF_OUTLET
    outlet, _created = Outlet.objects.get_or_create(
        name=name, defaults={"origin": Origin.DOMESTIC, "quota": quota, "kind": kind, "country": country}
    )
    if outlet.staff_lists.exists():
        return
    sent = submission_time(timeline, 3)
    focal_name, focal_position, focal_email, focal_phone = FOCAL_POINT
    letter_name = store(demo_letter(name, ", ".join(f"{family} {given}" for family, given, *_rest in STAFF)))
    with kept_on_success(letter_name):
        staff_list = StaffList.objects.create(
            outlet=outlet,
            language="vi",
            focal_name=focal_name,
            focal_position=focal_position,
            focal_email=focal_email,
            focal_phone=focal_phone,
            letter=letter_name,
            consented_at=sent,
            submitted_at=sent,
        )
    log(staff_list, accreditation.REGISTER_OUTLET, data={"outlet": name, "people": len(STAFF)})
    for index, (family, given, category, position, document) in enumerate(STAFF):
        application = Application.objects.create(
            staff_list=staff_list,
            language="vi",
            status=Status.INVITED,
            category=category,
            origin=Origin.DOMESTIC,
            family_name=family,
            given_names=given,
            outlet=outlet,
            position=position,
            email=f"{'.'.join(fold(f'{family} {given}').split())}@duyenhai.example.org",
            coverage_starts=settings.coverage_starts,
            coverage_ends=settings.coverage_ends,
            consented_at=sent,
            submitted_at=sent,
        )
        entry = log(
            application, accreditation.LIST_PERSON, data={"status": Status.INVITED, "list": staff_list.reference}
        )
        ModelLogEntry.objects.filter(pk=entry.pk).update(timestamp=sent)
        if document:
            complete_demo_details(application, index, document, sent + datetime.timedelta(days=1 + index))
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(StaffList), object_id=str(staff_list.pk)
    ).update(timestamp=sent)


def complete_demo_details(application, index, document, moment):
    photo_name = store(demo_photo(document))
    with kept_on_success(photo_name):
        application.date_of_birth = datetime.date(1990 + index, 3 + index, 10 + index)
        application.place_of_birth = BIRTHPLACES[(index + 3) % len(BIRTHPLACES)]
        application.nationality = application.document_country = "VN"
        application.document_type = DocumentType.NATIONAL_ID
        application.document_number = document
        application.document_expires = application.coverage_ends + datetime.timedelta(days=800 + 61 * index)
        application.press_card_number = f"TNB-{4300 + index}" if application.category == Category.REPORTER else ""
        application.phone = f"+84 91 555 {2000 + index}"
        application.photo.name = photo_name
        application.status = Status.SUBMITTED
        application.submitted_at = moment
        application.consented_at = moment
        application.save()
    entry = log(application, accreditation.COMPLETE, data={"status": Status.SUBMITTED})
    ModelLogEntry.objects.filter(pk=entry.pk).update(timestamp=moment)

"""A realistic week of briefings around the day `load_demo` runs, in Vietnamese and English.

Two briefings are over (with recordings), some changed after publication (with their dated notes),
one is cancelled, one postponed, and three take registrations, with a few registrations from the
demo's approved journalists (one of them on a waitlist). Every text is written for this project.
Idempotent: briefings are found again by their slug.
"""

import datetime
import hashlib
import io

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo_images import demo_image
from core.pages import publish
from press_center.models import (
    Application,
    BriefingChange,
    BriefingEvent,
    BriefingPage,
    BriefingSchedulePage,
    BriefingSpeaker,
    BriefingTopic,
    Status,
    Venue,
)

from . import registration

VENUES = {
    # key: (name vi, name en, details vi, details en)
    "room1": ("Phòng họp báo số 1", "Briefing room 1", "Tầng 1, Trung tâm Báo chí", "Ground floor, press centre"),
    "room2": ("Phòng họp báo số 2", "Briefing room 2", "Tầng 2, Trung tâm Báo chí", "First floor, press centre"),
    "hallb": (
        "Hội trường B",
        "Hall B",
        "Trung tâm Hội nghị Quốc gia, cửa số 3",
        "National Convention Centre, entrance 3",
    ),
    "lotus": ("Phòng Sen", "Lotus room", "Tầng 3, Trung tâm Báo chí", "Second floor, press centre"),
}

TOPICS = {
    "to-chuc": ("Tổ chức Đại hội", "Congress organisation"),
    "van-kien": ("Văn kiện Đại hội", "Congress documents"),
    "kinh-te-xa-hoi": ("Kinh tế – xã hội", "Economy and society"),
    "nhan-su": ("Công tác nhân sự", "Personnel"),
    "doi-ngoai": ("Đối ngoại", "Foreign affairs"),
    "chuyen-doi-so": ("Chuyển đổi số", "Digital transformation"),
}

SPOKESPERSON = (
    "Trần Minh Đức",
    "Người phát ngôn Ban Tổ chức Đại hội",
    "Spokesperson of the congress organising board",
)
PRESS_CHIEF = ("Vũ Thị Lan Phương", "Giám đốc Trung tâm báo chí", "Director of the press centre")

# Each briefing: slug vi/en, day offset, start, end, venue, topic, access, capacity, texts vi/en, speakers,
# and optional "changes" applied after the first publication (facts as they end up; the first version
# holds the "original" values), recordings, materials, registrations (badge holders' document numbers).
BRIEFINGS = [
    {
        "slug": ("khai-mac-trung-tam-bao-chi", "press-centre-opening"),
        "day": -2,
        "time": ("08:30", "09:30"),
        "venue": "room1",
        "topic": "to-chuc",
        "access": "accredited",
        "interpretation": "en,fr",
        "status": "completed",
        "recording": "https://video.daihoi.example/ghi-hinh/khai-mac-trung-tam-bao-chi",
        "materials": True,
        "title": ("Họp báo khai mạc Trung tâm báo chí", "Opening briefing of the press centre"),
        "summary": (
            (
                "Ban Tổ chức giới thiệu hoạt động của Trung tâm báo chí, quy trình cấp thẻ tác nghiệp và lịch họp "
                "báo trong tuần Đại hội."
            ),
            (
                "The organising board presents the press centre, the accreditation process and the briefing "
                "schedule for the congress week."
            ),
        ),
        "description": (
            (
                "Trung tâm báo chí phục vụ hơn 600 phóng viên trong nước và quốc tế, với khu làm việc chung, phòng "
                "phỏng vấn, đường truyền tốc độ cao và quầy hỗ trợ kỹ thuật.\n\nTại họp báo, đại diện Ban Tổ chức "
                "giải đáp các câu hỏi về khu vực tác nghiệp trong hội trường và lịch đưa đón phóng viên."
            ),
            (
                "The press centre serves more than 600 domestic and foreign journalists, with a shared newsroom, "
                "interview rooms, high-speed connections and a technical help desk.\n\nAt the briefing, the "
                "organising board answers questions about working areas inside the hall and shuttle times."
            ),
        ),
        "speakers": [PRESS_CHIEF, SPOKESPERSON],
    },
    {
        "slug": ("cong-bo-du-thao-bao-cao-chinh-tri", "draft-political-report"),
        "day": -1,
        "time": ("15:00", "16:00"),
        "venue": "hallb",
        "topic": "van-kien",
        "access": "registration",
        "capacity": 80,
        "interpretation": "en,fr,ru,zh",
        "status": "completed",
        "recording": "https://video.daihoi.example/ghi-hinh/du-thao-bao-cao-chinh-tri",
        "title": ("Công bố dự thảo Báo cáo chính trị", "Presentation of the draft Political Report"),
        "summary": (
            (
                "Tiểu ban Văn kiện trình bày những điểm mới của dự thảo Báo cáo chính trị và cách tiếp thu ý kiến "
                "đóng góp của nhân dân."
            ),
            (
                "The documents subcommittee presents what is new in the draft Political Report and how public "
                "comments were taken into account."
            ),
        ),
        "description": (
            (
                "Dự thảo đã nhận hơn hai triệu lượt góp ý qua các hội nghị và cổng thông tin điện tử. Tiểu ban sẽ "
                "nêu các nhóm ý kiến chính và những nội dung đã được điều chỉnh."
            ),
            (
                "The draft received more than two million comments through meetings and the online portal. The "
                "subcommittee will set out the main groups of comments and what was changed as a result."
            ),
        ),
        "speakers": [
            ("Nguyễn Hữu Thành", "Phó Trưởng Tiểu ban Văn kiện", "Deputy head of the documents subcommittee"),
            SPOKESPERSON,
        ],
    },
    {
        "slug": ("hop-bao-thuong-ky-ngay-thu-nhat", "daily-briefing-day-one"),
        "day": 0,
        "time": ("09:00", "10:00"),
        "first": {"time": ("08:30", "09:30")},
        "changed_hours_ago": 19,
        "venue": "room1",
        "topic": "to-chuc",
        "access": "accredited",
        "interpretation": "en",
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-thuong-ky-1",
        "title": ("Họp báo thường kỳ ngày thứ nhất", "Daily briefing, day one"),
        "summary": (
            "Thông tin về phiên khai mạc, chương trình làm việc trong ngày và các hoạt động bên lề Đại hội.",
            "The opening session, the day's programme and the events around the congress.",
        ),
        "description": (
            "Họp báo dời sang 9:00 để phóng viên kịp tác nghiệp sau lễ chào cờ tại hội trường.",
            "The briefing moved to 9:00 so that journalists can cover the flag ceremony in the hall first.",
        ),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("kinh-te-vi-mo-va-muc-tieu-tang-truong", "growth-targets"),
        "day": 0,
        "time": ("14:00", "15:00"),
        "venue": "room2",
        "first": {"venue": "room1"},
        "changed_hours_ago": 3,
        "topic": "kinh-te-xa-hoi",
        "access": "accredited",
        "interpretation": "en",
        "livestream": "https://video.daihoi.example/truc-tiep/kinh-te-vi-mo",
        "title": ("Kinh tế vĩ mô và mục tiêu tăng trưởng giai đoạn tới", "Macroeconomy and growth targets"),
        "summary": (
            "Các chỉ tiêu kinh tế – xã hội chủ yếu trong dự thảo Nghị quyết và những điều kiện để đạt được.",
            "The main economic and social targets in the draft resolution and what it takes to reach them.",
        ),
        "description": (
            (
                "Chuyên gia của Tiểu ban Kinh tế – xã hội trả lời câu hỏi về tăng trưởng, lạm phát, đầu tư công và "
                "năng suất lao động."
            ),
            (
                "Experts of the economic and social subcommittee answer questions on growth, inflation, public "
                "investment and productivity."
            ),
        ),
        "speakers": [
            (
                "Lê Quang Vinh",
                "Thành viên Tiểu ban Kinh tế – xã hội",
                "Member of the economic and social subcommittee",
            ),
            ("Đỗ Ngọc Mai", "Chuyên gia kinh tế", "Economist"),
        ],
    },
    {
        "slug": ("quy-trinh-cong-tac-nhan-su", "personnel-process"),
        "day": 1,
        "time": ("09:00", "10:30"),
        "venue": "hallb",
        "topic": "nhan-su",
        "access": "pool",
        "interpretation": "en",
        "title": ("Giới thiệu quy trình công tác nhân sự", "How the personnel process works"),
        "summary": (
            "Các bước giới thiệu, ứng cử, đề cử và bầu cử tại Đại hội, giải thích cho báo chí.",
            "Nomination, candidacy and voting at the congress, step by step, explained for the press.",
        ),
        "description": (
            (
                "Chỉ nhóm phóng viên đại diện (pool) được vào hội trường; hình ảnh và âm thanh được chia sẻ cho các "
                "cơ quan báo chí ngay sau họp báo."
            ),
            (
                "Only the press pool enters the hall; pictures and sound are shared with all outlets right after "
                "the briefing."
            ),
        ),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-quoc-te-doi-ngoai-va-hoi-nhap", "international-briefing"),
        "day": 1,
        "time": ("15:00", "16:00"),
        "venue": "hallb",
        "topic": "doi-ngoai",
        "access": "registration",
        "capacity": 40,
        "interpretation": "en,fr,zh,ru",
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-quoc-te",
        "registrations": ["DEMO007", "DEMO004"],
        "title": (
            "Họp báo quốc tế: quan hệ đối ngoại và hội nhập",
            "International briefing: foreign relations and integration",
        ),
        "summary": (
            (
                "Dành cho phóng viên nước ngoài: định hướng đối ngoại trong văn kiện và các hoạt động ngoại giao "
                "trong tuần Đại hội."
            ),
            "For foreign journalists: foreign policy in the congress documents and the diplomatic events of the week.",
        ),
        "description": (
            (
                "Có phiên dịch đồng thời sang tiếng Anh, Pháp, Trung và Nga. Phóng viên đăng ký trước để nhận tai "
                "nghe phiên dịch."
            ),
            (
                "Simultaneous interpretation into English, French, Chinese and Russian. Register in advance to get "
                "an interpretation headset."
            ),
        ),
        "speakers": [
            ("Phạm Thu Hà", "Thứ trưởng Bộ Ngoại giao", "Deputy Minister of Foreign Affairs"),
            SPOKESPERSON,
        ],
    },
    {
        "slug": ("dich-vu-so-phuc-vu-dai-hoi", "digital-services"),
        "day": 2,
        "time": ("10:00", "11:00"),
        "venue": "lotus",
        "topic": "chuyen-doi-so",
        "access": "online",
        "livestream": "https://video.daihoi.example/truc-tiep/dich-vu-so",
        "status": "cancelled",
        "changed_hours_ago": 5,
        "status_note": (
            "Nội dung được lồng ghép vào họp báo thường kỳ ngày thứ ba.",
            "Its topics are covered at the daily briefing on day three instead.",
        ),
        "title": ("Dịch vụ số phục vụ Đại hội", "Digital services at the congress"),
        "summary": (
            "Ứng dụng tài liệu điện tử cho đại biểu, hệ thống biểu quyết và an toàn thông tin.",
            "The delegates' document app, the voting system and information security.",
        ),
        "description": "",
        "speakers": [("Hoàng Anh Tuấn", "Giám đốc Trung tâm Dữ liệu", "Director of the data centre")],
    },
    {
        "slug": ("nha-o-xa-hoi-va-an-sinh", "social-housing-and-welfare"),
        "day": 2,
        "time": ("14:00", "15:00"),
        "venue": "lotus",
        "topic": "kinh-te-xa-hoi",
        "access": "registration",
        "capacity": 2,
        "registrations": ["DEMO004", "DEMO005", "DEMO007"],
        "title": ("Nhà ở xã hội và chính sách an sinh", "Social housing and welfare policy"),
        "summary": (
            "Trao đổi chuyên sâu trong phòng nhỏ: mục tiêu nhà ở xã hội và mạng lưới an sinh trong nhiệm kỳ tới.",
            "A small-room session on social housing targets and the welfare net for the next term.",
        ),
        "description": (
            (
                "Phòng Sen chỉ có hai chỗ cho phóng viên trong buổi trao đổi này; các phóng viên khác theo dõi qua "
                "màn hình tại khu làm việc chung."
            ),
            (
                "The Lotus room has two press places for this session; other journalists follow it on the screens "
                "of the shared newsroom."
            ),
        ),
        "speakers": [("Trịnh Văn Khải", "Vụ trưởng Vụ Chính sách xã hội", "Director of social policy")],
    },
    {
        "slug": ("ket-qua-thao-luan-tai-to", "group-discussions-outcome"),
        "day": 3,
        "time": ("14:00", "15:00"),
        "venue": "hallb",
        "topic": "van-kien",
        "access": "registration",
        "capacity": 60,
        "interpretation": "en",
        "status": "postponed",
        "changed_hours_ago": 2,
        "status_note": (
            "Hoãn đến khi các tổ hoàn tất thảo luận; thời gian mới sẽ được thông báo trên lịch này.",
            "Postponed until the groups finish their discussions; the new time will be announced here.",
        ),
        "title": ("Kết quả thảo luận tại các tổ", "Outcome of the group discussions"),
        "summary": (
            "Tổng hợp ý kiến của các đoàn đại biểu về dự thảo văn kiện.",
            "What the delegations said about the draft documents.",
        ),
        "description": "",
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-thuong-ky-ngay-thu-ba", "daily-briefing-day-three"),
        "day": 4,
        "time": ("09:00", "10:00"),
        "venue": "hallb",
        "first": {"venue": "room1"},
        "changed_hours_ago": 1,
        "topic": "to-chuc",
        "access": "accredited",
        "interpretation": "en",
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-thuong-ky-3",
        "title": ("Họp báo thường kỳ ngày thứ ba", "Daily briefing, day three"),
        "summary": (
            "Chương trình ngày làm việc thứ ba, kèm phần giới thiệu các dịch vụ số phục vụ đại biểu.",
            "The programme of day three, with a presentation of the digital services for delegates.",
        ),
        "description": (
            "Chuyển sang Hội trường B vì số phóng viên đăng ký tăng.",
            "Moved to Hall B because more journalists are expected.",
        ),
        "speakers": [SPOKESPERSON, ("Hoàng Anh Tuấn", "Giám đốc Trung tâm Dữ liệu", "Director of the data centre")],
    },
    {
        "slug": ("hop-bao-be-mac-dai-hoi", "closing-press-conference"),
        "day": 5,
        "time": ("16:00", "17:30"),
        "venue": "hallb",
        "topic": "to-chuc",
        "access": "registration",
        "capacity": 120,
        "interpretation": "en,fr,ru,zh,es",
        "livestream": "https://video.daihoi.example/truc-tiep/be-mac",
        "embargo": 1,
        "materials": True,
        "registrations": ["DEMO005"],
        "title": ("Họp báo bế mạc Đại hội", "Closing press conference of the congress"),
        "summary": (
            "Công bố kết quả Đại hội, các nghị quyết được thông qua và trả lời câu hỏi của báo chí.",
            "The results of the congress, the resolutions adopted, and questions from the press.",
        ),
        "description": (
            (
                "Thông cáo báo chí được phát cho phóng viên tại phòng họp và công bố trên trang này một giờ sau khi "
                "họp báo bắt đầu."
            ),
            (
                "The press release is handed out in the room and published on this page one hour after the "
                "briefing starts."
            ),
        ),
        "speakers": [
            ("Nguyễn Văn Bình", "Trưởng Ban Tổ chức Đại hội", "Head of the congress organising board"),
            SPOKESPERSON,
        ],
    },
]


def run(command):
    schedule = BriefingSchedulePage.objects.filter(locale__language_code="vi").first()
    if schedule is None:
        return
    english = Locale.objects.get(language_code="en")
    venues = {key: ensure_venue(*values) for key, values in VENUES.items()}
    topics = {
        slug: BriefingTopic.objects.get_or_create(slug=slug, defaults={"name_vi": vi, "name_en": en})[0]
        for slug, (vi, en) in TOPICS.items()
    }
    today = timezone.localdate()
    created = 0
    for spec in BRIEFINGS:
        if BriefingPage.objects.child_of(schedule).filter(slug=spec["slug"][0]).exists():
            continue
        create_briefing(spec, schedule, english, venues, topics, today)
        created += 1
    if created:
        command.stdout.write(f"Briefings: {created} demo briefings in Vietnamese and English.")


def ensure_venue(name_vi, name_en, details_vi, details_en):
    venue, _created = Venue.objects.get_or_create(
        name_vi=name_vi, defaults={"name_en": name_en, "details_vi": details_vi, "details_en": details_en}
    )
    return venue


def at(day, hhmm):
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hours, minutes)))


def speakers(spec, index):
    return [
        BriefingSpeaker(name=name, title=(vi, en)[index], sort_order=order)
        for order, (name, vi, en) in enumerate(spec["speakers"])
    ]


def create_briefing(spec, schedule, english, venues, topics, today):
    day = today + datetime.timedelta(days=spec["day"])
    first = spec.get("first", {})
    start_text, end_text = first.get("time", spec["time"])
    status = spec.get("status", "scheduled")
    changes_later = bool(first) or status in ("cancelled", "postponed")
    page = BriefingPage(
        title=spec["title"][0],
        slug=spec["slug"][0],
        summary=spec["summary"][0],
        description=spec["description"][0] if spec["description"] else "",
        start=at(day, start_text),
        end=at(day, end_text),
        venue=venues[first.get("venue", spec["venue"])],
        status="scheduled" if changes_later else status,
        topic=topics[spec["topic"]],
        organiser="Ban Tổ chức Đại hội",
        language="vi",
        interpretation_languages=spec.get("interpretation", ""),
        access=spec["access"],
        capacity=spec.get("capacity"),
        livestream_url=spec.get("livestream", ""),
        recording_url=spec.get("recording", ""),
        locale_id=schedule.locale_id,
    )
    if spec.get("embargo"):
        page.embargo_until = page.start + datetime.timedelta(hours=spec["embargo"])
    page.speakers = speakers(spec, 0)
    if spec.get("materials"):
        page.materials = materials(spec)
    schedule.add_child(instance=page)
    publish(page)
    translate(page, spec, english)

    if changes_later:
        page = BriefingPage.objects.get(pk=page.pk)
        page.start, page.end = at(day, spec["time"][0]), at(day, spec["time"][1])
        page.venue = venues[spec["venue"]]
        page.status = status
        page.status_note = spec.get("status_note", ("", ""))[0]
        publish(page)
        backdate_change(page, spec.get("changed_hours_ago", 2))
        english_page = page.get_translation(english)
        if spec.get("status_note"):
            english_page.status_note = spec["status_note"][1]
            publish(english_page)

    for document in spec.get("registrations", []):
        application = Application.objects.filter(document_number=document, status=Status.APPROVED).first()
        if application is not None:
            registration.register(page, application, notify=False)
    return page


def translate(page, spec, english):
    translated = page.copy_for_translation(english)
    translated.title = spec["title"][1]
    translated.slug = spec["slug"][1]
    translated.summary = spec["summary"][1]
    translated.description = spec["description"][1] if spec["description"] else ""
    translated.organiser = "Congress organising board"
    translated.speakers = speakers(spec, 1)
    translated.save()
    publish(translated)
    return translated


def backdate_change(page, hours_ago):
    """Date the change note as if an editor had made it `hours_ago` hours before the demo was loaded."""
    when = timezone.now() - datetime.timedelta(hours=hours_ago)
    when = when.replace(minute=when.minute - when.minute % 5, second=0, microsecond=0)
    event = BriefingEvent.objects.get(translation_key=page.translation_key)
    BriefingChange.objects.filter(event=event).update(at=when)
    BriefingEvent.objects.filter(pk=event.pk).update(
        modified_at=when, rescheduled_at=when if event.rescheduled_at else None
    )


def materials(spec):
    """A press release (generated PDF) and a photo for the briefing's materials."""
    title = spec["title"][0]
    document = demo_document(f"Thông cáo báo chí – {title}", title)
    photo = demo_image(f"Họp báo – {title}", credit="Ảnh: Trung tâm báo chí (minh họa)")
    image = {"image": photo.pk, "alt_text": title, "decorative": False}
    return [
        {"type": "document", "value": {"document": document.pk, "title": f"Thông cáo báo chí: {title} (PDF)"}},
        {"type": "image", "value": {"image": image, "caption": title, "credit": ""}},
    ]


def demo_document(document_title, heading):
    Document = get_document_model()
    existing = Document.objects.filter(title=document_title).first()
    if existing:
        return existing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from press_center.badges import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont(BOLD, 15)
    pdf.drawString(60, 780, "THÔNG CÁO BÁO CHÍ")
    pdf.setFont(REGULAR, 12)
    pdf.drawString(60, 750, heading)
    pdf.drawString(60, 720, "Tài liệu minh họa, viết cho bản trình diễn của cổng thông tin Đại hội.")
    pdf.showPage()
    pdf.save()
    document = Document(title=document_title)
    name = hashlib.sha1(heading.encode(), usedforsecurity=False).hexdigest()[:12]
    document.file.save(f"thong-cao-{name}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document

"""The briefings of the demo congress, from the press centre's opening to the closing day, in two languages.

They sit on the demo's one calendar (home/demo_timeline.py), beside the programme: every press
conference in the programme is a briefing here at the same time and place, with the same changes, and
the thematic briefings fill the gaps. The first ones are over (some with recordings), some changed
after publication (with their dated notes), one is cancelled, one postponed, and three take
registrations, with a few from the demo's approved journalists (one of them on a waitlist). Every
text is written for this project. Idempotent: briefings are found again by their slug.
"""

import datetime
import hashlib
import io

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo_images import demo_image
from core.pages import publish
from home import demo_figures as figures
from home.demo_timeline import congress_timeline
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

# The same people the news quotes (news/demo_content): one spokesperson, one press-centre director.
SPOKESPERSON = (
    "Đinh Quốc Việt",
    "Người phát ngôn Ban Tổ chức Đại hội",
    "Spokesperson of the Congress Organising Committee",
)
PRESS_CHIEF = ("Vũ Thị Lan Phương", "Giám đốc Trung tâm báo chí", "Director of the press centre")
DATA_CHIEF = ("Hoàng Anh Tuấn", "Giám đốc Trung tâm Dữ liệu", "Director of the data centre")
ORGANISER = ("Ban Tổ chức Đại hội", "Congress Organising Committee")
# The booths of the briefing room interpret into these three languages (see the news on the interpreters).
INTERPRETATION = "en,fr,zh"

# Each briefing: slug vi/en, congress day (home/demo_timeline.py), start, end, venue, topic, access, capacity,
# texts vi/en, speakers, and optional changes applied after the first publication, at "changed" (day, time):
# the facts as they end up, with "first" holding the original values. Then recordings, materials and
# registrations (badge holders' document numbers).
BRIEFINGS = [
    {
        "slug": ("khai-mac-trung-tam-bao-chi", "press-centre-opening"),
        "day": -3,
        "time": ("08:30", "09:30"),
        "venue": "room1",
        "topic": "to-chuc",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "status": "completed",
        "recording": "https://video.daihoi.example/ghi-hinh/khai-mac-trung-tam-bao-chi",
        "materials": True,
        "title": ("Họp báo khai mạc Trung tâm báo chí", "Opening briefing of the press centre"),
        "summary": (
            (
                "Ban Tổ chức giới thiệu hoạt động của Trung tâm báo chí, quy trình nhận thẻ tác nghiệp và lịch họp "
                "báo trong những ngày Đại hội."
            ),
            (
                "The Organising Committee presents the press centre, how badges are collected and the briefing "
                "schedule for the days of the congress."
            ),
        ),
        "description": (
            (
                "Trung tâm báo chí phục vụ {journalists} phóng viên trong nước và quốc tế được cấp thẻ, với khu làm "
                "việc chung hơn 300 chỗ, phòng phỏng vấn, đường truyền tốc độ cao và quầy hỗ trợ kỹ thuật.\n\nTại "
                "họp báo, đại diện Ban Tổ chức giải đáp các câu hỏi về khu vực tác nghiệp trong hội trường và lịch "
                "đưa đón phóng viên."
            ),
            (
                "The press centre serves the {journalists} accredited domestic and foreign journalists, with a shared "
                "newsroom of more than 300 seats, interview rooms, high-speed connections and a technical help "
                "desk.\n\nAt the briefing, the Organising Committee answers questions about working areas inside "
                "the hall and shuttle times."
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
        "interpretation": INTERPRETATION,
        "status": "completed",
        "recording": "https://video.daihoi.example/ghi-hinh/du-thao-bao-cao-chinh-tri",
        "title": ("Giới thiệu dự thảo Báo cáo chính trị", "Presentation of the draft Political Report"),
        "summary": (
            (
                "Tiểu ban Văn kiện trình bày những điểm mới của dự thảo Báo cáo chính trị trình Đại hội và cách tiếp "
                "thu ý kiến đóng góp của nhân dân."
            ),
            (
                "The documents subcommittee presents what is new in the draft Political Report before the congress "
                "and how public comments were taken into account."
            ),
        ),
        "description": (
            (
                "Dự thảo đã nhận hơn {public_comments} lượt góp ý qua các hội nghị và cổng thông tin điện tử. Tiểu "
                "ban nêu các nhóm ý kiến chính và những nội dung đã được điều chỉnh."
            ),
            (
                "The draft received more than {public_comments} comments through meetings and the online portal. The "
                "subcommittee sets out the main groups of comments and what was changed as a result."
            ),
        ),
        "speakers": [
            ("Nguyễn Hữu Thành", "Phó Trưởng Tiểu ban Văn kiện", "Deputy head of the documents subcommittee"),
            SPOKESPERSON,
        ],
    },
    {
        "slug": ("hop-bao-ve-cong-tac-chuan-bi-dai-hoi", "press-conference-on-the-preparations"),
        "day": 1,
        "time": ("17:00", "18:00"),
        "first": {"time": ("16:30", "17:30")},
        "changed": (0, "16:10"),
        "venue": "room1",
        "topic": "to-chuc",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "recording": "https://video.daihoi.example/ghi-hinh/cong-tac-chuan-bi",
        "title": ("Họp báo về công tác chuẩn bị Đại hội", "Press conference on the preparations for the congress"),
        "summary": (
            "Số đại biểu, chương trình làm việc và công tác bảo đảm phục vụ Đại hội, sau phiên trù bị.",
            "Delegates, the agenda and the arrangements for the congress, after the preparatory session.",
        ),
        "description": (
            "Dời sang 17:00 để phóng viên kịp đưa tin phiên họp buổi chiều, kết thúc lúc 16:30.",
            "Moved to 17:00 so that journalists can report on the afternoon sitting, which ends at 16:30.",
        ),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-sau-phien-khai-mac", "press-conference-after-the-opening"),
        "day": 2,
        "time": ("12:00", "12:45"),
        "venue": "room1",
        "topic": "to-chuc",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "status": "completed",
        "recording": "https://video.daihoi.example/ghi-hinh/sau-phien-khai-mac",
        "title": ("Họp báo sau phiên khai mạc", "Press conference after the opening session"),
        "summary": (
            "Người phát ngôn thông tin về phiên khai mạc, chương trình những ngày tiếp theo và công tác nhân sự.",
            "The spokesperson on the opening session, the days ahead and the personnel process.",
        ),
        "description": ("", ""),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-thuong-ky-ngay-thu-ba", "daily-briefing-day-three"),
        "day": 3,
        "time": ("17:15", "18:15"),
        "venue": "room2",
        "first": {"venue": "room1"},
        "changed": (3, "09:40"),
        "topic": "van-kien",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-thuong-ky-3",
        "title": ("Họp báo thường kỳ ngày làm việc thứ ba", "Daily briefing, third day"),
        "summary": (
            "Kết quả thảo luận tại tổ và tại hội trường về các dự thảo văn kiện.",
            "What the groups and the plenary said about the draft documents.",
        ),
        "description": (
            "Chuyển sang phòng họp báo số 2 vì phòng số 1 đang lắp đặt thiết bị truyền hình.",
            "Moved to briefing room 2 while television equipment is installed in room 1.",
        ),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("quy-trinh-cong-tac-nhan-su", "personnel-process"),
        "day": 4,
        "time": ("12:00", "13:00"),
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
        "slug": ("kinh-te-vi-mo-va-muc-tieu-tang-truong", "growth-targets"),
        "day": 4,
        "time": ("14:00", "15:00"),
        "venue": "room2",
        "first": {"venue": "room1"},
        "changed": (4, "10:15"),
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
        "slug": ("hop-bao-thuong-ky-ngay-thu-tu", "daily-briefing-day-four"),
        "day": 4,
        "time": ("17:00", "18:00"),
        "venue": "room1",
        "topic": "nhan-su",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-thuong-ky-4",
        "title": ("Họp báo thường kỳ ngày làm việc thứ tư", "Daily briefing, fourth day"),
        "summary": (
            "Quy chế bầu cử đã được thông qua và kế hoạch bầu cử ngày làm việc thứ năm.",
            "The election rules adopted today and the plan for the elections on the fifth day.",
        ),
        "description": ("", ""),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-thuong-ky-ngay-thu-nam", "daily-briefing-day-five"),
        "day": 5,
        "time": ("17:30", "18:30"),
        "venue": "room1",
        "topic": "chuyen-doi-so",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-thuong-ky-5",
        "title": ("Họp báo thường kỳ ngày làm việc thứ năm", "Daily briefing, fifth day"),
        "summary": (
            "Phiên bầu cử trong ngày, kèm phần giới thiệu các dịch vụ số phục vụ đại biểu.",
            "The day's election sitting, with a presentation of the digital services for delegates.",
        ),
        "description": ("", ""),
        "speakers": [SPOKESPERSON, DATA_CHIEF],
    },
    {
        "slug": ("hop-bao-quoc-te-doi-ngoai-va-hoi-nhap", "international-briefing"),
        "day": 6,
        "time": ("09:00", "10:00"),
        "venue": "hallb",
        "topic": "doi-ngoai",
        "access": "registration",
        "capacity": 40,
        "interpretation": INTERPRETATION,
        "livestream": "https://video.daihoi.example/truc-tiep/hop-bao-quoc-te",
        "registrations": ["DEMO007", "DEMO004"],
        "title": (
            "Họp báo quốc tế: quan hệ đối ngoại và hội nhập",
            "International briefing: foreign relations and integration",
        ),
        "summary": (
            (
                "Dành cho phóng viên nước ngoài: định hướng đối ngoại trong văn kiện và hoạt động của {delegations} "
                "đoàn khách quốc tế dự Đại hội."
            ),
            (
                "For foreign journalists: foreign policy in the congress documents and the programme of the "
                "{delegations} international delegations."
            ),
        ),
        "description": (
            (
                "Có phiên dịch đồng thời sang tiếng Anh, tiếng Pháp và tiếng Trung. Phóng viên đăng ký trước để nhận "
                "tai nghe phiên dịch."
            ),
            (
                "Simultaneous interpretation into English, French and Chinese. Register in advance to get an "
                "interpretation headset."
            ),
        ),
        "speakers": [
            ("Phạm Thu Hà", "Thứ trưởng Bộ Ngoại giao", "Deputy Minister of Foreign Affairs"),
            SPOKESPERSON,
        ],
    },
    {
        "slug": ("dich-vu-so-phuc-vu-dai-hoi", "digital-services"),
        "day": 6,
        "time": ("10:00", "11:00"),
        "venue": "lotus",
        "topic": "chuyen-doi-so",
        "access": "online",
        "livestream": "https://video.daihoi.example/truc-tiep/dich-vu-so",
        "status": "cancelled",
        "changed": (4, "16:20"),
        "status_note": (
            "Nội dung được trình bày tại họp báo thường kỳ chiều ngày làm việc thứ năm.",
            "Its topics are presented at the daily briefing on the afternoon of the fifth day instead.",
        ),
        "title": ("Dịch vụ số phục vụ Đại hội", "Digital services at the congress"),
        "summary": (
            "Ứng dụng tài liệu điện tử cho đại biểu, hệ thống biểu quyết và an toàn thông tin.",
            "The delegates' document app, the voting system and information security.",
        ),
        "description": ("", ""),
        "speakers": [DATA_CHIEF],
    },
    {
        "slug": ("nha-o-xa-hoi-va-an-sinh", "social-housing-and-welfare"),
        "day": 6,
        "time": ("13:00", "14:00"),
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
        "slug": ("toa-dam-bao-chi-voi-khach-quoc-te", "round-table-with-international-guests"),
        "day": 6,
        "time": ("14:00", "16:00"),
        "venue": "room2",
        "topic": "doi-ngoai",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "status": "postponed",
        "changed": (4, "20:30"),
        "status_note": (
            "Hoãn theo đề nghị của các đoàn khách; thời gian mới sẽ được thông báo trên lịch này.",
            "Postponed at the delegations' request; the new time will be announced here.",
        ),
        "title": ("Tọa đàm với các đoàn khách quốc tế", "Round table with the international guests"),
        "summary": (
            "Trưởng một số đoàn khách quốc tế trao đổi với báo chí về kinh nghiệm phát triển bền vững.",
            "Heads of several international delegations talk to the press about sustainable development.",
        ),
        "description": ("", ""),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-ket-qua-hoi-nghi-lan-thu-nhat", "press-conference-first-central-committee-meeting"),
        "day": 6,
        "time": ("15:00", "16:00"),
        "venue": "hallb",
        "first": {"venue": "room1"},
        "changed": (4, "18:45"),
        "topic": "nhan-su",
        "access": "accredited",
        "interpretation": INTERPRETATION,
        "livestream": "https://video.daihoi.example/truc-tiep/hoi-nghi-lan-thu-nhat",
        "title": (
            "Họp báo công bố kết quả Hội nghị lần thứ nhất",
            "Press conference on the first meeting of the new Central Committee",
        ),
        "summary": (
            "Kết quả bầu cử và kết quả Hội nghị lần thứ nhất của Ban Chấp hành khóa mới.",
            "The election results and the outcome of the new Central Committee's first meeting.",
        ),
        "description": (
            "Chuyển từ phòng họp báo số 1 sang Hội trường B vì số phóng viên đăng ký tăng.",
            "Moved from briefing room 1 to Hall B because more journalists have registered.",
        ),
        "speakers": [SPOKESPERSON],
    },
    {
        "slug": ("hop-bao-be-mac-dai-hoi", "closing-press-conference"),
        "day": 7,
        "time": ("14:00", "15:30"),
        "venue": "hallb",
        "topic": "to-chuc",
        "access": "registration",
        "capacity": 120,
        "interpretation": INTERPRETATION,
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
            ("Nguyễn Văn Bình", "Trưởng Ban Tổ chức Đại hội", "Head of the Congress Organising Committee"),
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
    timeline = congress_timeline()
    known = {code: figures.values(code, timeline) for code in ("vi", "en")}
    created = 0
    for spec in BRIEFINGS:
        if BriefingPage.objects.child_of(schedule).filter(slug=spec["slug"][0]).exists():
            continue
        create_briefing(spec, schedule, english, venues, topics, timeline, known)
        created += 1
    if created:
        command.stdout.write(f"Briefings: {created} demo briefings in Vietnamese and English.")


def ensure_venue(name_vi, name_en, details_vi, details_en):
    venue, _created = Venue.objects.get_or_create(
        name_vi=name_vi, defaults={"name_en": name_en, "details_vi": details_vi, "details_en": details_en}
    )
    return venue


def speakers(spec, index):
    return [
        BriefingSpeaker(name=name, title=(vi, en)[index], sort_order=order)
        for order, (name, vi, en) in enumerate(spec["speakers"])
    ]


def texts(spec, index, known):
    """Title, summary and description in one language, with the shared figures filled in."""
    language = ("vi", "en")[index]
    return {name: figures.fill(spec[name][index], known[language]) for name in ("title", "summary", "description")}


def create_briefing(spec, schedule, english, venues, topics, timeline, known):
    first = spec.get("first", {})
    start_text, end_text = first.get("time", spec["time"])
    status = spec.get("status", "scheduled")
    changes_later = bool(first) or status in ("cancelled", "postponed")
    page = BriefingPage(
        **texts(spec, 0, known),
        slug=spec["slug"][0],
        start=timeline.at(spec["day"], start_text),
        end=timeline.at(spec["day"], end_text),
        venue=venues[first.get("venue", spec["venue"])],
        status="scheduled" if changes_later else status,
        topic=topics[spec["topic"]],
        organiser=ORGANISER[0],
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
        page.materials = materials(spec, 0)
    schedule.add_child(instance=page)
    publish(page)
    translate(page, spec, english, known)

    if changes_later:
        page = BriefingPage.objects.get(pk=page.pk)
        page.start, page.end = (timeline.at(spec["day"], hhmm) for hhmm in spec["time"])
        page.venue = venues[spec["venue"]]
        page.status = status
        page.status_note = spec.get("status_note", ("", ""))[0]
        publish(page)
        backdate_change(page, timeline.at(*spec["changed"]))
        english_page = page.get_translation(english)
        if spec.get("status_note"):
            english_page.status_note = spec["status_note"][1]
            publish(english_page)

    for document in spec.get("registrations", []):
        application = Application.objects.filter(document_number=document, status=Status.APPROVED).first()
        if application is not None:
            registration.register(page, application, notify=False)
    return page


def translate(page, spec, english, known):
    translated = page.copy_for_translation(english)
    for name, value in texts(spec, 1, known).items():
        setattr(translated, name, value)
    translated.slug = spec["slug"][1]
    translated.organiser = ORGANISER[1]
    translated.speakers = speakers(spec, 1)
    if spec.get("materials"):
        translated.materials = materials(spec, 1)
    translated.save()
    publish(translated)
    return translated


def backdate_change(page, when):
    """Date the change note at `when`, as if an editor had made the change then."""
    event = BriefingEvent.objects.get(translation_key=page.translation_key)
    BriefingChange.objects.filter(event=event).update(at=when)
    BriefingEvent.objects.filter(pk=event.pk).update(
        modified_at=when, rescheduled_at=when if event.rescheduled_at else None
    )


def materials(spec, index):
    """A press release (generated PDF) and a photo for the briefing's materials, in one language.

    The photo is drawn once; its alt text says what the drawing shows, in the page's language.
    """
    title_vi, title = spec["title"][0], spec["title"][index]
    document = demo_document(f"Thông cáo báo chí – {title_vi}", title_vi)
    photo = demo_image(
        f"Họp báo – {title}",
        credit="Ảnh: Trung tâm báo chí (minh họa)",
        scene="people",
        language=("vi", "en")[index],
        seed=f"Họp báo – {title_vi}",
    )
    image = {"image": photo.pk, "alt_text": photo.description, "decorative": False}
    label = ("Thông cáo báo chí: {title} (PDF)", "Press release: {title} (PDF, Vietnamese)")[index]
    return [
        {"type": "document", "value": {"document": document.pk, "title": label.format(title=title)}},
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

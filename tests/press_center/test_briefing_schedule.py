"""The public schedule: days in Hanoi time, upcoming and past, filters, marks, query budget, home page, search."""

import datetime
import io
import re

import pytest
import time_machine

from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Site

from home.models import HomePage
from press_center.briefings.hooks import next_briefings, next_briefings_on_home_page
from press_center.models import BriefingPage, BriefingSchedulePage, BriefingTopic, PressCentrePage

from .briefing_factories import at, edit, make_briefing

pytestmark = pytest.mark.django_db


def titles_in(html):
    return [
        line.split(">", 1)[1].split("<", 1)[0] for line in html.split('class="briefing-card__title"><a href="')[1:]
    ]


def test_briefings_are_grouped_by_day_in_hanoi_time(client, schedule):
    # 00:30 in Hanoi is still the previous day in UTC: it belongs to the Hanoi day.
    early = make_briefing(schedule, title="Họp báo sáng sớm", start=at(3, 0, 30))
    late = make_briefing(schedule, title="Họp báo buổi tối", start=at(2, 20))
    assert early.start.astimezone(datetime.UTC).date() == timezone.localdate() + datetime.timedelta(days=2)
    html = client.get(schedule.url).text
    day2 = timezone.localdate() + datetime.timedelta(days=2)
    day3 = day2 + datetime.timedelta(days=1)
    section2 = html[html.index(f'id="day-{day2:%Y%m%d}"') : html.index(f'id="day-{day3:%Y%m%d}"')]
    assert late.title in section2 and early.title not in section2
    assert f"{early.start.astimezone(timezone.get_current_timezone()):%H:%M}" == "00:30"
    assert ">00:30<" in html[html.index(f'id="day-{day3:%Y%m%d}"') :]


def test_upcoming_and_past_views(client, schedule):
    make_briefing(schedule, title="Đã diễn ra hôm qua", start=at(-1, 9))
    make_briefing(schedule, title="Đã diễn ra tuần trước", start=at(-7, 9))
    make_briefing(schedule, title="Ngày mai", start=at(1, 9))
    make_briefing(schedule, title="Ngày kia", start=at(2, 9))
    assert titles_in(client.get(schedule.url).text) == ["Ngày mai", "Ngày kia"]
    assert titles_in(client.get(schedule.url + "?view=past").text) == ["Đã diễn ra hôm qua", "Đã diễn ra tuần trước"]


def test_a_briefing_under_way_is_still_upcoming(client, schedule):
    with time_machine.travel(at(1, 9, 30), tick=False):
        make_briefing(schedule, title="Đang diễn ra", start=at(1, 9), minutes=60)
        assert titles_in(client.get(schedule.url).text) == ["Đang diễn ra"]


def test_filters_by_day_topic_language_and_access(client, schedule, topics):
    make_briefing(schedule, title="Kinh tế, tiếng Việt", start=at(1, 9), topic=topics["economy"])
    make_briefing(
        schedule,
        title="Văn kiện, dịch tiếng Anh",
        start=at(1, 14),
        topic=topics["documents"],
        interpretation_languages="fr,en",
    )
    make_briefing(
        schedule, title="Đăng ký, tiếng Anh", start=at(2, 9), language="en", access="registration", capacity=5
    )
    day1 = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    def titles(query):
        return titles_in(client.get(schedule.url + query).text)

    assert titles(f"?date={day1}") == ["Kinh tế, tiếng Việt", "Văn kiện, dịch tiếng Anh"]
    assert titles("?topic=kinh-te") == ["Kinh tế, tiếng Việt"]
    assert titles("?language=en") == ["Văn kiện, dịch tiếng Anh", "Đăng ký, tiếng Anh"]
    assert titles("?language=fr") == ["Văn kiện, dịch tiếng Anh"]
    assert titles("?access=registration") == ["Đăng ký, tiếng Anh"]
    assert titles(f"?date={day1}&topic=van-kien&language=en") == ["Văn kiện, dịch tiếng Anh"]
    # Unknown values are ignored rather than failing.
    assert len(titles("?date=2020-13-45&topic=<script>&language=xx&access=all&page=1")) == 3
    empty = client.get(schedule.url + "?access=pool").text
    assert "Không có cuộc họp báo nào phù hợp với bộ lọc." in empty
    assert "selected>Chỉ nhóm phóng viên đại diện</option>" in empty


def test_cancelled_and_postponed_briefings_stay_listed_and_marked(client, schedule, venues):
    cancelled = make_briefing(schedule, title="Họp báo bị hủy", start=at(1, 9))
    edit(cancelled, status="cancelled", status_note="Sẽ gộp vào buổi khác.")
    postponed = make_briefing(schedule, title="Họp báo bị hoãn", start=at(1, 14))
    edit(postponed, status="postponed")
    moved = make_briefing(schedule, title="Họp báo đổi phòng", start=at(2, 9), venue=venues["a"])
    edit(moved, venue=venues["b"])
    html = client.get(schedule.url).text
    assert titles_in(html) == ["Họp báo bị hủy", "Họp báo bị hoãn", "Họp báo đổi phòng"]
    assert 'briefing-status--cancelled">Đã hủy<' in html
    assert "Sẽ gộp vào buổi khác." in html
    assert 'briefing-status--postponed">Hoãn<' in html
    assert 'briefing-status--changed">Có thay đổi<' in html
    assert "chuyển sang Phòng B (trước: Phòng A)" in html
    local = timezone.localtime()
    assert f"Cập nhật {local:%H:%M} ngày {local.day}/{local.month}:" in html


def test_the_schedule_page_runs_a_bounded_number_of_queries(client, schedule, schedule_en, venues, topics):
    def count_queries():
        client.get(schedule.url)  # warm caches (site root paths, settings)
        with CaptureQueriesContext(connection) as context:
            response = client.get(schedule.url)
        assert response.status_code == 200
        return len(context.captured_queries)

    for number in range(3):
        make_briefing(schedule, start=at(1 + number % 3, 9 + number), venue=venues["a"], topic=topics["economy"])
    small = count_queries()
    for number in range(37):
        briefing = make_briefing(
            schedule,
            start=at(1 + number % 6, 8 + number % 10),
            venue=venues["a" if number % 2 else "b"],
            topic=topics["economy" if number % 2 else "documents"],
            access="registration" if number % 3 else "accredited",
            capacity=10,
            speakers=[("Người A", "Vai trò"), ("Người B", "Vai trò")],
        )
        if number % 5 == 0:
            edit(briefing, venue=venues["a"] if number % 2 == 0 else venues["b"], status="postponed")
    large = count_queries()
    assert large == small
    # 31 since core.pagination reads a page's ids first and its rows after (one query more, deep pages cheap).
    assert large <= 31


def test_the_briefing_page_shows_everything_a_journalist_needs(client, schedule, venues, topics):
    briefing = make_briefing(
        schedule,
        title="Họp báo quốc tế",
        start=at(2, 15),
        venue=venues["a"],
        topic=topics["documents"],
        interpretation_languages="en,fr",
        access="registration",
        capacity=30,
        livestream_url="https://video.example.org/truc-tiep/quoc-te",
        speakers=[("Phạm Thu Hà", "Thứ trưởng"), ("Trần Minh Đức", "Người phát ngôn")],
        embargo_until=at(2, 16),
    )
    html = client.get(briefing.url).text
    for text in [
        "Họp báo quốc tế",
        "Phòng A, Tầng 1",
        "Văn kiện",
        "Tiếng Việt",
        "phiên dịch sang Tiếng Anh, Tiếng Pháp",
        "Cần đăng ký",
        "30 chỗ",
        "còn 30",
        "Phạm Thu Hà</strong>, Thứ trưởng",
        "https://video.example.org/truc-tiep/quoc-te",
        "Cách đăng ký",
        f'href="{briefing.url}calendar/"',
    ]:
        assert text in html, text


def test_material_under_embargo_is_held_back_until_the_time(client, schedule):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="Thông cáo", file=ContentFile(b"%PDF-1.4", name="tc.pdf"))
    briefing = make_briefing(
        schedule,
        start=at(2, 15),
        embargo_until=at(2, 16),
        materials=[{"type": "document", "value": {"document": document.pk, "title": "Thông cáo báo chí"}}],
    )
    assert "Thông cáo báo chí" not in client.get(briefing.url).text
    with time_machine.travel(at(2, 16, 1)):
        html = client.get(briefing.url).text
    assert "Thông cáo báo chí" in html
    assert "Được công bố từ" in html


def test_an_embargoed_document_is_refused_at_its_own_address_until_the_time(client, schedule, schedule_en, editor):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="Thông cáo", file=ContentFile(b"%PDF-1.4", name="tc.pdf"))
    released = get_document_model().objects.create(title="Ảnh", file=ContentFile(b"%PDF-1.4", name="anh.pdf"))
    materials = [{"type": "document", "value": {"document": document.pk, "title": "Thông cáo báo chí"}}]
    briefing = make_briefing(schedule, start=at(2, 15), embargo_until=at(2, 16), materials=materials)
    make_briefing(schedule_en, start=at(1, 15), embargo_until=at(1, 16), live=False)
    make_briefing(
        schedule,
        start=at(-1, 9),
        embargo_until=at(-1, 10),
        materials=[{"type": "document", "value": {"document": released.pk, "title": "Đã công bố"}}],
    )

    response = client.get(document.url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "đang bị cấm công bố đến" in html and "16:00" in html
    assert briefing.url in html
    assert "no-cache" in response["Cache-Control"]
    assert b"%PDF" not in response.content
    assert client.get(released.url).status_code == 200

    client.force_login(editor)
    assert client.get(document.url).status_code == 200
    client.logout()

    with time_machine.travel(at(2, 16, 1)):
        assert client.get(document.url).status_code == 200


def test_a_document_added_to_an_embargoed_draft_is_refused_too(client, schedule):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="Phụ lục", file=ContentFile(b"%PDF-1.4", name="pl.pdf"))
    briefing = make_briefing(schedule, start=at(2, 15), embargo_until=at(2, 16))
    edit(
        briefing,
        publish_it=False,
        materials=[{"type": "document", "value": {"document": document.pk, "title": "Phụ lục"}}],
    )
    assert client.get(document.url).status_code == 403


def test_the_home_page_hook_lists_the_next_briefings_of_its_language(schedule, schedule_en, venues):
    make_briefing(schedule, title="Đã qua", start=at(-1, 9))
    make_briefing(schedule, title="Bị hủy", start=at(1, 8), status="cancelled")
    first = make_briefing(schedule, title="Thứ nhất", start=at(1, 9), venue=venues["a"])
    second = make_briefing(schedule, title="Thứ hai", start=at(1, 14))
    edit(second, status="postponed")
    changed = make_briefing(schedule, title="Thứ ba", start=at(2, 9), venue=venues["a"])
    edit(changed, venue=venues["b"])
    make_briefing(schedule, title="Thứ tư", start=at(3, 9))
    make_briefing(schedule, title="Thứ năm", start=at(4, 9))
    make_briefing(schedule_en, title="English one", start=at(1, 10))
    make_briefing(schedule, title="Bản nháp", start=at(1, 7), live=False)

    request = RequestFactory().get("/")
    request.site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(locale__language_code="vi")
    context = {}
    with CaptureQueriesContext(connection) as queries:
        next_briefings_on_home_page(context, request, home)
    # Locale, view restrictions, briefings, shared state, change notes, site and root paths: whatever the count.
    assert len(queries.captured_queries) <= 8
    items = context["next_briefings"]
    assert [item.title for item in items] == ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư"]
    assert items[0].start == first.start and timezone.is_aware(items[0].start)
    assert items[0].venue == "Phòng A, Tầng 1"
    assert items[0].url == first.url
    assert items[1].venue == "Trực tuyến"
    assert [item.status_label for item in items] == ["Theo lịch", "Hoãn", "Có thay đổi", "Theo lịch"]

    english = next_briefings(HomePage.objects.get(locale__language_code="en"), request)
    assert [item.title for item in english] == ["English one"]


def test_search_fields_and_plain_text(schedule, topics):
    briefing = make_briefing(
        schedule,
        title="Họp báo về kinh tế số",
        topic=topics["economy"],
        description="Nội dung <b>chi tiết</b> về chuyển đổi số.",
        speakers=[("Lê Quang Vinh", "Chuyên gia")],
    )
    text = briefing.search_text()
    for part in ["Họp báo về kinh tế số", "Kinh tế", "Lê Quang Vinh, Chuyên gia", "chuyển đổi số"]:
        assert part in text
    assert "<b>" not in text
    names = {getattr(field, "field_name", None) for field in BriefingPage.search_fields}
    assert {"title", "summary", "description", "speakers", "topic"} <= names
    assert list(BriefingPage.objects.live().search("chuyển đổi số")) == [briefing]


def test_setup_creates_one_schedule_per_language_and_stays_idempotent(officer, editor):
    call_command("setup_site", stdout=io.StringIO())
    call_command("setup_site", stdout=io.StringIO())
    schedules = BriefingSchedulePage.objects.select_related("locale").order_by("locale__language_code")
    assert [(page.locale.language_code, page.url) for page in schedules] == [
        ("en", "/en/press-centre/briefings/"),
        ("vi", "/trung-tam-bao-chi/lich-hop-bao/"),
    ]
    assert all(page.live for page in schedules)
    for page in schedules:
        assert page.get_parent().specific_class is PressCentrePage
        # Officers and editors may add briefings; only officers see registrations.
        assert page.permissions_for_user(officer).can_add_subpage()
        assert page.permissions_for_user(editor).can_add_subpage()
    assert officer.has_perm("press_center.view_briefingregistration")
    assert officer.has_perm("press_center.attend_briefingregistration")
    assert not editor.has_perm("press_center.view_briefingregistration")
    assert editor.has_perm("press_center.add_venue") and editor.has_perm("press_center.change_briefingtopic")


def test_page_types_fit_under_the_press_centre():
    assert BriefingSchedulePage in PressCentrePage.allowed_subpage_models()
    assert BriefingSchedulePage.max_count_per_parent == 1
    assert BriefingPage.allowed_parent_page_models() == [BriefingSchedulePage]
    press_page = PressCentrePage.objects.get(locale__language_code="vi")
    assert not BriefingSchedulePage.can_create_at(press_page)  # one per press centre already exists


def test_the_topic_filter_lists_topics_by_name_in_the_readers_language(client, schedule):
    names = [
        ("Xã hội", "Society", "xa-hoi"),
        ("Đối ngoại", "Foreign affairs", "doi-ngoai"),
        ("Ấn phẩm", "Books", "an-pham"),
    ]
    for number, (name_vi, name_en, slug) in enumerate(names):
        topic = BriefingTopic.objects.create(name_vi=name_vi, name_en=name_en, slug=slug)
        make_briefing(schedule, start=at(1 + number), topic=topic)
    listed = [topic.name for topic in client.get(schedule.url).context["options"]["topics"]]
    assert listed == ["Ấn phẩm", "Đối ngoại", "Xã hội"]


def test_the_press_centre_page_shows_the_next_briefings_and_links_the_schedule(client, schedule, press_page):
    empty = client.get(press_page.url).text
    assert "Hiện chưa có buổi họp báo nào được lên lịch." in empty
    assert f'href="{schedule.url}"' in empty

    for day in (1, 2, 3, 4):
        make_briefing(schedule, title=f"Họp báo ngày {day}", start=at(day, 9))
    html = client.get(press_page.url).text
    assert re.findall(r'class="briefing__title"><a href="[^"]+">([^<]+)</a>', html) == [
        "Họp báo ngày 1",
        "Họp báo ngày 2",
        "Họp báo ngày 3",
    ]
    assert "Toàn bộ lịch họp báo và tệp lịch" in html


def test_past_and_postponed_briefings_offer_no_free_places(client, schedule):
    ahead = make_briefing(schedule, title="Họp báo sắp tới", access="registration", capacity=30, start=at(2, 9))
    postponed = make_briefing(schedule, title="Họp báo bị hoãn", access="registration", capacity=30, start=at(3, 9))
    edit(postponed, status="postponed")
    past = make_briefing(schedule, title="Họp báo đã qua", access="registration", capacity=30, start=at(-2, 9))
    assert "(còn 30)" in client.get(ahead.url).text and "còn 30 chỗ" in client.get(schedule.url).text
    for briefing in (postponed, past):
        assert "(còn 30)" not in client.get(briefing.url).text
    past_view = client.get(schedule.url, {"view": "past"}).text
    assert "Họp báo đã qua" in past_view and "còn 30 chỗ" not in past_view

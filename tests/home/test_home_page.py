"""The home page's lead block follows the congress calendar; other apps add to it through a hook."""

import datetime
import re

import pytest
import time_machine

from django.utils import timezone

from wagtail import hooks

from home.models import HOME_PAGE_CONTEXT_HOOK, SessionStatus
from tests.factories import make_article

from .factories import publish_sessions, session, set_congress

pytestmark = pytest.mark.django_db

OPENING = datetime.date(2026, 1, 19)
CLOSING = datetime.date(2026, 1, 25)


def at(day, hour=0, minute=0):
    return datetime.datetime(2026, 1, day, hour, minute, tzinfo=timezone.get_default_timezone())


@pytest.fixture
def congress_week(db):
    set_congress(OPENING, CLOSING, motto_vi="Đoàn kết và đổi mới", motto_en="Unity and renewal")
    publish_sessions(
        [
            session(OPENING, "08:00", "11:30", "Phiên trù bị", kind="preparatory", title_en="Preparatory session"),
            session(datetime.date(2026, 1, 21), "08:00", "11:30", "Thảo luận tại tổ", kind="closed"),
            session(
                datetime.date(2026, 1, 21),
                "14:00",
                "17:00",
                "Thảo luận tại hội trường",
                title_en="Plenary debate",
                status=SessionStatus.CHANGED,
                change_note_vi="Bắt đầu sớm hơn 30 phút",
                change_note_en="Starts 30 minutes early",
            ),
            session(datetime.date(2026, 1, 22), "08:00", "11:00", "Bầu cử", kind="election"),
        ]
    )


def lead_block(response):
    html = response.content.decode()
    start = html.index('class="congress-lead')
    return html[start : html.index("</section>", start)]


def test_before_the_congress_the_lead_block_counts_down(client, congress_week):
    with time_machine.travel(at(17, 5, 30), tick=False):
        response = client.get("/")
    lead = lead_block(response)
    assert "Đại hội thử nghiệm lần thứ XIV" in lead
    assert "Đoàn kết và đổi mới" in lead
    assert 'data-countdown="2026-01-19T08:00:00+07:00"' in lead
    assert '<span class="countdown__value" data-unit="days">2</span>' in lead
    assert '<span class="countdown__value" data-unit="hours">2</span>' in lead
    assert "Ngày làm việc" not in lead


def test_during_the_congress_the_lead_block_shows_the_day_and_its_sessions(client, congress_week):
    with time_machine.travel(at(21, 9, 15), tick=False):
        response = client.get("/")
    lead = lead_block(response)
    # In words, not “Ngày thứ 3”, which reads as a Tuesday.
    assert re.search(r"Ngày làm việc thứ ba\s*<span[^>]*>trong tổng số 7 ngày</span>", lead)
    assert "Thảo luận tại tổ" in lead
    assert "Thảo luận tại hội trường" in lead
    assert "Phiên trù bị" not in lead  # another day
    assert "countdown" not in lead
    # The session under way is highlighted, in the "now" box and in the day's list.
    now_box = lead[lead.index('class="now-on"') : lead.index("congress-today__sessions-title")]
    assert "Thảo luận tại tổ" in now_box
    assert "Thảo luận tại hội trường" not in now_box
    assert lead.count("session--current") == 2


def test_during_the_congress_the_english_page_is_in_english(client, congress_week):
    with time_machine.travel(at(21, 15, 0), tick=False):
        response = client.get("/en/")
    lead = lead_block(response)
    assert "Day 3" in lead
    assert "The 14th Test Congress" in lead
    assert "Plenary debate" in lead
    assert "Starts 30 minutes early" in lead


def test_a_changed_session_shows_its_note(client, congress_week):
    with time_machine.travel(at(21, 12, 0), tick=False):
        home = client.get("/").content.decode()
        programme = client.get("/chuong-trinh/").content.decode()
    for html in (home, programme):
        assert "session--changed" in html
        assert "Bắt đầu sớm hơn 30 phút" in html


def test_after_the_congress_the_lead_block_shows_the_results_editors_wrote(client, congress_week):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="vi", depth=2)
    with time_machine.travel(at(26, 9, 0), tick=False):
        empty = lead_block(client.get("/"))
        home.results_heading = "Đại hội thành công tốt đẹp"
        home.results_summary = [("paragraph", "<p>Đại hội đã thông qua Nghị quyết.</p>")]
        home.save_revision().publish()
        filled = lead_block(client.get("/"))
    assert "Kết quả Đại hội" in empty
    assert "Ngày làm việc" not in empty and "countdown" not in empty
    assert "Đại hội thành công tốt đẹp" in filled
    assert "Đại hội đã thông qua Nghị quyết." in filled


def test_next_sessions_skip_the_past_and_the_postponed(client, congress_week):
    with time_machine.travel(at(21, 12, 0), tick=False):
        html = client.get("/").content.decode()
    upcoming = html[html.index('id="next-sessions-heading"') :]
    upcoming = upcoming[: upcoming.index("</section>")]
    assert "Thảo luận tại hội trường" in upcoming
    assert "Bầu cử" in upcoming
    assert "Thảo luận tại tổ" not in upcoming


def test_without_congress_dates_the_page_still_renders(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "countdown" not in lead_block(response)


def test_existing_news_blocks_still_work(client, news_index):
    featured = make_article(news_index, title="Bài nổi bật về Đại hội", featured=True)
    latest = make_article(news_index, title="Tin mới về phiên họp")
    html = client.get("/").content.decode()
    assert featured.title in html[html.index('id="lead-story-heading"') :]
    assert latest.title in html[html.index('id="latest-heading"') :]
    assert 'id="most-read-heading"' in html


@pytest.fixture
def no_hooks(monkeypatch):
    """Leave out the hooks other apps registered (the press centre's), to test the home page on its own."""
    hooks.search_for_hooks()
    monkeypatch.setitem(hooks._hooks, HOME_PAGE_CONTEXT_HOOK, [])


def press_centre_hook(context, request, page):
    context["press_centre"] = {
        "url": "/trung-tam-bao-chi/",
        "title": "Trung tâm Báo chí",
        "accreditation_open": True,
        "window_opens": at(1, 8, 0),
        "window_closes": at(15, 17, 0),
        "apply_url": "/trung-tam-bao-chi/dang-ky/",
    }

    class Briefing:
        title = "Họp báo thường kỳ"
        start = at(21, 17, 15)
        venue = "Phòng họp báo số 1"
        url = "/trung-tam-bao-chi/hop-bao-thuong-ky/"
        status_label = "Sắp diễn ra"

    context["next_briefings"] = [Briefing()]


def test_a_registered_hook_adds_the_press_centre_teaser_and_briefings(client, no_hooks):
    with hooks.register_temporarily(HOME_PAGE_CONTEXT_HOOK, press_centre_hook):
        html = client.get("/").content.decode()
    teaser = html[html.index('class="press-teaser"') :]
    teaser = teaser[: teaser.index("</section>")]
    assert 'href="/trung-tam-bao-chi/"' in teaser
    assert "Đang nhận đăng ký" in teaser  # accreditation open
    assert 'href="/trung-tam-bao-chi/dang-ky/"' in teaser
    assert "Thứ Năm, 15/1/2026, 17:00" in teaser
    assert "Họp báo thường kỳ" in teaser
    assert "Phòng họp báo số 1" in teaser
    assert "Sắp diễn ra" in teaser


def test_a_closed_accreditation_window_shows_no_apply_button(client, no_hooks):
    def closed(context, request, page):
        context["press_centre"] = {
            "url": "/trung-tam-bao-chi/",
            "title": "Trung tâm Báo chí",
            "accreditation_open": False,
            "window_state": "closed",
            "window_opens": at(1, 8, 0),
            "window_closes": at(15, 17, 0),
            "apply_url": None,
        }

    with hooks.register_temporarily(HOME_PAGE_CONTEXT_HOOK, closed):
        html = client.get("/").content.decode()
    assert "Đã ngừng nhận đăng ký" in html
    assert "Đã hết hạn đăng ký lúc Thứ Năm, 15/1/2026, 17:00." in html  # when it closed, not when it opened
    assert "/dang-ky/" not in html
    assert 'class="briefing-list"' not in html


def test_without_a_hook_there_is_no_press_centre_block(client, no_hooks):
    response = client.get("/")
    assert response.status_code == 200
    assert "press-teaser" not in response.content.decode()


def test_the_programme_names_its_days_as_readers_write_them(client, congress_week):
    with time_machine.travel(at(21, 9, 15), tick=False):
        vietnamese = client.get("/chuong-trinh/").content.decode()
        english = client.get("/en/programme/").content.decode()
    assert "Ngày làm việc thứ nhất" in vietnamese and "Ngày làm việc thứ ba" in vietnamese
    assert "Ngày thứ 3" not in vietnamese
    assert re.search(r"Day 3:\s*<time", english)


def test_day_titles_use_words_for_the_first_ten_days_then_numbers():
    from django.utils import translation

    from home.text import day_title

    with translation.override("vi"):
        assert [day_title(number) for number in (1, 4, 10, 12)] == [
            "Ngày làm việc thứ nhất",
            "Ngày làm việc thứ tư",
            "Ngày làm việc thứ mười",
            "Ngày làm việc thứ 12",
        ]
    with translation.override("en"):
        assert day_title(3) == "Day 3"

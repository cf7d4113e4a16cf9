"""The briefing schedule in a browser: read it, filter it, download an .ics, register; axe-core finds nothing."""

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from .conftest import assert_accessible, assert_no_horizontal_scroll, demo_shell

pytestmark = pytest.mark.browser

SCHEDULE = "/trung-tam-bao-chi/lich-hop-bao/"
NARROW = {"width": 320, "height": 640}


def check_narrow(page):
    """No sideways scrolling at 320 px, then back to the viewport under test."""
    size = page.viewport_size
    page.set_viewport_size(NARROW)
    assert_no_horizontal_scroll(page)
    page.set_viewport_size(size)


def test_the_schedule_filters_and_gives_an_ics(page, tmp_path):
    response = page.goto(SCHEDULE)
    assert response.status == 200
    assert page.inner_text("h1") == "Lịch họp báo"
    feed = page.get_attribute('link[rel="alternate"][type="text/calendar"]', "href")
    assert feed.endswith(SCHEDULE + "calendar/")
    assert page.get_attribute(".subscribe a.button", "href").startswith("webcal://")
    assert page.locator(".briefing-status--cancelled").count() == 1
    assert page.locator(".briefing-status--postponed").count() == 1
    assert page.locator(".briefing-card__change").count() >= 2
    assert_accessible(page)
    check_narrow(page)

    # Filter by topic, then by access: only matching briefings remain.
    page.select_option("#filter-topic", "kinh-te-xa-hoi")
    page.click(".briefing-filters button[type=submit]")
    page.wait_for_url("**topic=kinh-te-xa-hoi**")
    cards = page.locator(".briefing-card")
    assert cards.count() >= 1
    for index in range(cards.count()):
        assert "Kinh tế – xã hội" in cards.nth(index).inner_text()
    assert_accessible(page)

    page.select_option("#filter-topic", "")
    page.select_option("#filter-access", "registration")
    page.click(".briefing-filters button[type=submit]")
    page.wait_for_url("**access=registration**")
    for index in range(page.locator(".briefing-card").count()):
        assert "Cần đăng ký" in page.locator(".briefing-card").nth(index).inner_text()

    # Past briefings, with their recordings.
    page.goto(SCHEDULE)
    page.click(".briefings__views >> text=Đã diễn ra")
    page.wait_for_url("**view=past**")
    assert page.locator(".briefing-card").count() >= 2
    assert page.locator(".briefing-card__links >> text=Bản ghi hình").count() >= 1
    assert_accessible(page)

    # Download one briefing's .ics and read it as a calendar app would.
    page.goto(SCHEDULE)
    with page.expect_download() as download_info:
        page.locator(".briefing-card__links a[download]").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert str(event["UID"]).endswith("@briefings.press-centre")

    # The briefing's own page.
    page.locator(".briefing-card__title a").first.click()
    expect(page.locator(".facts")).to_be_visible()
    assert_accessible(page)
    check_narrow(page)


def test_the_english_schedule_and_a_changed_briefing(page):
    response = page.goto("/en/press-centre/briefings/")
    assert response.status == 200
    assert page.inner_text("h1") == "Briefing schedule"
    assert "moved to Hall B (was Briefing room 1)" in page.inner_text("main")
    assert_accessible(page)
    check_narrow(page)
    page.click("text=Press conference on the first meeting of the new Central Committee")
    expect(page.locator("main")).to_contain_text("Changes")
    assert_accessible(page)


def test_an_embargoed_press_release_is_refused_with_its_release_time(page):
    code = (
        "from wagtail.documents import get_document_model;"
        "print(get_document_model().objects.get(title__startswith='Thông cáo báo chí – Họp báo bế mạc').url)"
    )
    response = page.goto(demo_shell(code))
    assert response.status == 403
    assert page.inner_text("h1") == "Tài liệu đang bị cấm công bố"
    expect(page.locator("main")).to_contain_text("Họp báo bế mạc Đại hội")
    assert_accessible(page)
    check_narrow(page)

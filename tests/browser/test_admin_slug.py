"""An editor types a title in Wagtail's page editor and gets the server's folded slug, letter for letter."""

import unicodedata
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.text import TITLE_SLUG_LENGTH, folded_slug

from .conftest import DESKTOP
from .test_briefings import demo_shell

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/host-shots")
TITLES = [
    "Đại hội Đảng toàn quốc lần thứ XIV khai mạc trọng thể",
    unicodedata.normalize("NFD", "Nghị quyết về phát triển kinh tế – xã hội 2026–2030"),
    "Delegates discuss the draft Political Report (updated)",
    "ĐỒNG CHÍ TỔNG BÍ THƯ: “Đoàn kết, dân chủ, kỷ cương”",
    "Họp báo quốc tế " * 8,  # longer than an address is cut to, at a word boundary
]


TABS = ("content", "promote")


def open_tab(page, name):
    """Wagtail names the tabs after their translated headings (#tab-quang_ba), so they are found by place."""
    page.get_by_role("tab").nth(TABS.index(name)).click()


def test_the_slug_follows_the_title_with_vietnamese_folded(browser, demo_server):
    context = browser.new_context(base_url=demo_server, viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("/admin/login/")
    page.fill("#id_username", "bientapvien")
    page.fill("#id_password", "demo-2026")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    news = demo_shell(
        "from news.models import NewsIndexPage; print(NewsIndexPage.objects.get(locale__language_code='vi').pk)"
    )
    page.goto(f"/admin/pages/add/news/articlepage/{news}/")
    title, slug = page.locator("#id_title"), page.locator("#id_slug")

    # Typed key by key, as an editor does: the slug follows every keystroke.
    title.press_sequentially("Kiểm thử: Đại hội bàn về dữ liệu mở")
    expect(slug).to_have_value("kiem-thu-dai-hoi-ban-ve-du-lieu-mo")
    SHOTS.mkdir(exist_ok=True)
    open_tab(page, "promote")
    page.screenshot(path=SHOTS / "admin-slug-promote-tab.png")
    open_tab(page, "content")

    # Leaving the title and coming back keeps the sync (Wagtail checks the slug still matches).
    for text in TITLES:
        page.locator("#id_lead").focus()
        title.fill(text)
        title.press("End")
        expect(slug).to_have_value(folded_slug(text, TITLE_SLUG_LENGTH))

    # A slug typed by hand is folded when the editor leaves the field; one typed clean stays as typed.
    open_tab(page, "promote")
    # Leaving the title applies its slug once more after Wagtail's 100 ms debounce (w-sync): a person
    # takes longer than that to start typing, a test must wait for it or race it.
    page.wait_for_timeout(300)
    slug.fill("Đại hội Đảng lần thứ XIV")
    slug.press("Tab")
    expect(slug).to_have_value("dai-hoi-dang-lan-thu-xiv")
    slug.fill("dai-hoi-xiv--2026")
    slug.press("Tab")
    expect(slug).to_have_value("dai-hoi-xiv--2026")
    page.screenshot(path=SHOTS / "admin-slug-typed.png")

    # Now the slug is the editor's: a new title no longer overwrites it.
    open_tab(page, "content")
    title.fill("Một tiêu đề khác")
    title.press("End")
    expect(slug).to_have_value("dai-hoi-xiv--2026")
    assert errors == []
    context.close()

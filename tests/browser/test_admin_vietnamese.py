"""The admin in Vietnamese as an editor's browser draws it: the sidebar, the block picker and the
chooser modals are rendered by Wagtail's JavaScript, from wagtailConfig and /admin/jsi18n/, and our
catalogue (site/locale_wagtail) must reach them."""

import pytest
from playwright.sync_api import expect

from .conftest import signed_in_admin
from .test_briefings import demo_shell

pytestmark = pytest.mark.browser


@pytest.fixture
def editor_page(browser, demo_server):
    page = signed_in_admin(browser, demo_server, "bientapvien")
    yield page
    page.context.close()


def test_the_editor_meets_the_admin_in_vietnamese(editor_page):
    page = editor_page
    expect(page.locator("#wagtail-sidebar .menuitem-label").first).to_be_visible()
    menu = set(page.locator("#wagtail-sidebar .menuitem-label").all_inner_texts())
    assert {"Trang", "Hình ảnh", "Tài liệu", "Báo cáo", "Trợ giúp"} <= menu, menu

    news = demo_shell(
        "from news.models import NewsIndexPage; print(NewsIndexPage.objects.get(locale__language_code='vi').pk)"
    )
    page.goto(f"/admin/pages/add/news/articlepage/{news}/")
    expect(page.get_by_role("heading", name="Mới: Bài viết")).to_be_visible()

    page.locator("button.c-sf-add-button").first.click()
    expect(page.get_by_placeholder("Tìm tùy chọn…")).to_be_visible()  # a string of Wagtail's JavaScript
    expect(page.get_by_role("option", name="Đoạn văn")).to_be_visible()
    page.keyboard.press("Escape")

    page.get_by_role("button", name="Chọn hình ảnh").first.click()
    modal = page.locator(".modal-content")
    expect(modal.get_by_role("heading", name="Chọn hình ảnh")).to_be_visible()
    expect(modal.get_by_role("tab", name="Tải lên")).to_be_visible()
    expect(modal.get_by_text("Hình ảnh mới nhất")).to_be_visible()

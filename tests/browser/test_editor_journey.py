"""The newsroom's journey through the real Wagtail admin, in Vietnamese, as the demo users walk it.

An editor writes an article with every chooser the form offers, saves, previews and submits it; the
desk editor and then the chief editor approve it; readers find it everywhere a new article belongs,
under a clean address; an editor translates it into English and the two languages link to each other;
the chief editor copies, moves and deletes a page and schedules an article that appears only when due.

The journey changes the content, so it runs on a demo server of its own. Screenshots of every step
go to $JOURNEY_SHOTS (default /tmp/journey-shots).
"""

import datetime
import os
import random
import re
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from .conftest import DEMO_SERVER, DESKTOP, ROOT, running_server

pytestmark = pytest.mark.browser
expect.set_options(timeout=15_000)  # a loaded CI machine takes longer than Playwright's 5 s to save a page
HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")  # the admin reads times in the site's time zone

SHOTS = Path(os.environ.get("JOURNEY_SHOTS", "/tmp/journey-shots"))
PASSWORD = "demo-2026"
TITLE = "Kiểm thử: Đại hội bàn về dữ liệu mở"
SLUG = "kiem-thu-dai-hoi-ban-ve-du-lieu-mo"
ENGLISH_TITLE = "Test: the congress discusses open data"
# This machine has no Internet: the embed provider's answer is put in Wagtail's embed cache, as the
# first editor to paste this address would have left it there.
VIDEO_URL = "https://www.youtube.com/watch?v=daihoi-demo-01"


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("journey-var")) as base_url:
        yield Newsroom(base_url, dict(DEMO_SERVER["env"]))


class Newsroom:
    """The journey's server: its address and a Django shell on its database."""

    def __init__(self, base_url, env):
        self.base_url, self.env = base_url, env

    def shell(self, code):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "shell", "-c", code],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip().splitlines()[-1]

    def manage(self, *args, faketime=None):
        """Run a management command, with the clock moved by `faketime` (e.g. "+2h", Debian's faketime)."""
        clock = ["faketime", "-f", faketime] if faketime else []
        command = [*clock, sys.executable, str(ROOT / "manage.py"), *args]
        subprocess.run(command, cwd=ROOT, env=self.env, check=True, stdout=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def sign_in(browser, newsroom):
    """sign_in(username) → a page of a fresh browser session logged into the admin as that demo user."""
    contexts = []

    def sign_in(username):
        context = browser.new_context(base_url=newsroom.base_url, viewport=DESKTOP, locale="vi-VN")
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.js_errors = []
        page.on("pageerror", lambda error: page.js_errors.append(str(error)))
        page.goto("/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url("**/admin/")
        return page

    yield sign_in
    for context in contexts:
        context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=False)


def modal(page):
    dialog = page.locator(".modal-dialog")
    expect(dialog).to_be_visible()
    return dialog


def expect_closed(dialog):
    """The chooser has closed, and its backdrop has faded out (until then it takes the page's clicks)."""
    expect(dialog).to_be_hidden()
    expect(dialog.page.locator(".modal-backdrop")).to_have_count(0)


def field(page, name):
    return page.locator(f"[data-field-wrapper]:has(#id_{name})").first


def link_words(page, words, button):
    """Type `words`, select them and press the rich-text toolbar's LINK or DOCUMENT button: its chooser."""
    page.keyboard.type(words)
    for _ in words:
        page.keyboard.press("Shift+ArrowLeft")
    page.locator(f"button[name={button}]").click()
    return modal(page)


def continue_typing(page, text, words):
    """Back in the paragraph after a chooser closed, type on at its end."""
    text.focus()
    page.keyboard.press("Control+End")
    page.keyboard.type(words)


def open_tab(page, place):
    """Wagtail names tabs after their translated headings, so they are found by place (0 content, 1 promote)."""
    page.get_by_role("tab").nth(place).click()


def add_block(page, label):
    """Add a block at the end of the body through the block picker, by its Vietnamese label."""
    page.locator("#panel-child-noi_dung-body-content button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    return page.locator("#panel-child-noi_dung-body-content [data-streamfield-child]").last


def footer_action(page, selector):
    """Click an action of the editor's footer, opening its "more actions" menu when the action is in it."""
    action = page.locator(f"footer {selector}").first
    if not action.is_visible():
        page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    action.click()


def approve(page, article_id, shot_name):
    """The reviewer opens the article from the dashboard, previews it and approves the current step."""
    page.goto("/admin/")
    awaiting = page.locator(f"a[href='/admin/pages/{article_id}/edit/']").first
    expect(awaiting).to_be_visible()
    shot(page, f"{shot_name}-dashboard")
    awaiting.click()
    footer_action(page, "[data-workflow-action-name=approve]")
    dialog = page.locator(".modal-dialog")
    if dialog.is_visible():  # approving with a comment opens a dialog
        dialog.locator("textarea").first.fill("Đã kiểm tra nội dung và nguồn.")
        dialog.locator("button[type=submit], input[type=submit]").first.click()
    expect(page.locator(".messages .success")).to_be_visible()
    shot(page, shot_name)


def test_an_article_goes_from_the_editor_to_readers_in_both_languages(newsroom, sign_in, browser):
    picture = SHOTS / "hero-upload.jpg"
    SHOTS.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1200, 675), (random.randrange(256), 90, 130)).save(picture)
    newsroom.shell(
        "from wagtail.embeds.models import Embed; from wagtail.embeds.embeds import get_embed_hash;"
        f"Embed.objects.get_or_create(hash=get_embed_hash({VIDEO_URL!r}, 960), defaults=dict("
        f"url={VIDEO_URL!r}, max_width=960, type='video', width=960, height=540, provider_name='YouTube',"
        "title='Phiên thảo luận về dữ liệu mở', html='<iframe title=\"Phiên thảo luận về dữ liệu mở\" "
        'width="960" height="540" src="https://www.youtube-nocookie.com/embed/daihoi-demo-01"></iframe>\'));'
        "print('ok')"
    )
    news_index = newsroom.shell(
        "from news.models import NewsIndexPage; print(NewsIndexPage.objects.get(locale__language_code='vi').pk)"
    )

    # The editor writes the article.
    editor = sign_in("bientapvien")
    editor.goto(f"/admin/pages/{news_index}/")
    editor.get_by_role("link", name="Thêm trang con").first.click()
    editor.wait_for_url(f"**/admin/pages/add/news/articlepage/{news_index}/")  # articles are all a news index holds
    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_lead").fill("Đại biểu thảo luận việc mở dữ liệu công để người dân và doanh nghiệp cùng dùng.")

    # Hero image uploaded through the image chooser, with its description (alt text) and credit.
    field(editor, "hero_image").locator(".chooser__choose-button").click()
    chooser = modal(editor)
    chooser.get_by_role("tab", name="Tải lên").click()
    chooser.locator("#id_image-chooser-upload-file").set_input_files(picture)
    chooser.locator("#id_image-chooser-upload-title").fill("Đại biểu xem bản đồ dữ liệu mở")
    chooser.locator("#id_image-chooser-upload-description").fill("Hai đại biểu chỉ vào bản đồ dữ liệu trên màn hình")
    chooser.locator("#id_image-chooser-upload-credit").fill("Ảnh: Bùi Đức Thành")
    shot(editor, "01-editor-uploads-hero")
    chooser.locator("button[type=submit]").click()
    expect_closed(chooser)
    expect(field(editor, "hero_image").locator(".chooser__title")).to_have_text("Đại biểu xem bản đồ dữ liệu mở")
    editor.locator("#id_hero_caption").fill("Đại biểu xem bản đồ dữ liệu mở tại hành lang hội trường.")

    # A paragraph with an external link, a link to a congress document and a link to another page.
    add_block(editor, "Đoạn văn")
    text = editor.locator("#panel-child-noi_dung-body-content [contenteditable=true]").last
    text.click()
    editor.keyboard.type("Dự thảo nêu rõ việc công bố dữ liệu ")
    chooser = link_words(editor, "theo chuẩn mở", "LINK")
    chooser.get_by_role("link", name="Liên kết ngoài").click()
    chooser.locator("#id_external-link-chooser-url").fill("https://data.example.org/chuan-mo")
    chooser.locator("form [type=submit]").first.click()
    expect_closed(chooser)
    continue_typing(editor, text, ", tóm tắt trong ")
    chooser = link_words(editor, "dự thảo Báo cáo chính trị", "DOCUMENT")
    chooser.locator("#id_q").fill("Báo cáo chính trị")
    chooser.locator("a[data-chooser-modal-choice]", has_text="Dự thảo Báo cáo chính trị – Dự thảo lần 2 (PDF)").click()
    expect_closed(chooser)
    continue_typing(editor, text, " và trong ")
    chooser = link_words(editor, "chương trình Đại hội", "LINK")
    chooser.locator("a.navigate-pages").first.click()  # into "Trang chủ"
    chooser.locator("a.choose-page", has_text="Chương trình làm việc").click()
    expect_closed(chooser)
    continue_typing(editor, text, ".")
    shot(editor, "02-editor-paragraph-links")

    # An image block from the library, a quote and an embedded video.
    image_block = add_block(editor, "Ảnh")
    image_block.locator(".chooser__choose-button").first.click()
    chooser = modal(editor)
    chooser.locator("a.image-choice").first.click()
    expect_closed(chooser)
    image_block.locator("input[name$='-caption']").fill("Bàn tra cứu dữ liệu tại hành lang.")
    quote = add_block(editor, "Trích dẫn")
    quote.locator("textarea").first.fill("Dữ liệu mở là tài sản chung của xã hội.")
    quote.locator("input[name$='-attribution']").fill("Một đại biểu Đoàn Hà Nội")
    embed = add_block(editor, "Nhúng")
    embed.locator("input[name$='-embed']").fill(VIDEO_URL)

    # Category through its snippet chooser, author through his, tags typed.
    field(editor, "category").locator(".chooser__choose-button").click()
    chooser = modal(editor)
    chooser.get_by_role("link", name="Thời sự", exact=True).click()
    expect_closed(chooser)
    choose_author(editor, "Lê Quang Huy")
    tags = field(editor, "tags").locator("input.ui-autocomplete-input")
    tags.fill("Dữ liệu mở")
    tags.press("Enter")
    shot(editor, "03-editor-classification")

    # Save, preview, submit.
    editor.locator("footer button[type=submit]").first.click()  # "Lưu bản nháp"
    expect(editor.locator(".messages .success")).to_contain_text(TITLE)
    article_id = re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1)
    open_tab(editor, 1)
    expect(editor.locator("#id_slug")).to_have_value(SLUG)
    open_tab(editor, 0)
    with editor.expect_response(lambda answer: "/preview/" in answer.url and answer.request.method == "POST") as sent:
        editor.locator("[data-side-panel-toggle=preview]").click()
    assert sent.value.json()["is_valid"], "the preview refused the saved form"
    preview = editor.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text(TITLE, timeout=30_000)  # the iframe reloads after the POST
    expect(preview.locator("iframe[title='Phiên thảo luận về dữ liệu mở']")).to_have_count(1)
    shot(editor, "04-editor-preview")
    editor.locator("[data-side-panel-toggle=preview]").click()
    footer_action(editor, "button[name=action-submit]")
    expect(editor.locator(".messages .success")).to_be_visible()
    shot(editor, "05-editor-submitted")
    assert editor.js_errors == []

    # Desk editor, then chief editor.
    approve(sign_in("thukytoasoan"), article_id, "06-desk-approves")
    chief = sign_in("tongbientap")
    approve(chief, article_id, "07-chief-approves")

    # Readers find it everywhere, under its clean address.
    reader = browser.new_page(base_url=newsroom.base_url, viewport=DESKTOP, locale="vi-VN")
    url = f"/tin-tuc/{SLUG}/"
    for path in ("/", "/tin-tuc/", "/tin-tuc/category/thoi-su/", "/tim-kiem/?q=du+lieu+mo"):
        reader.goto(path)
        expect(reader.locator(f"main a[href$='{url}']").first).to_be_visible()
    for feed in ("/tin-tuc/rss/", "/sitemap.xml", "/news-sitemap.xml"):
        body = reader.request.get(feed).text()
        assert f"{newsroom.base_url}{url}" in body, f"{feed} does not list the new article"
    reader.goto(url)
    expect(reader.locator("h1")).to_have_text(TITLE)
    article = reader.locator("main")
    expect(article.locator("a[href='https://data.example.org/chuan-mo']")).to_have_text("theo chuẩn mở")
    document_link = article.get_by_role("link", name="dự thảo Báo cáo chính trị")
    expect(document_link).to_have_attribute("href", re.compile("/documents/"))
    expect(article.get_by_role("link", name="chương trình Đại hội")).to_have_attribute("href", "/chuong-trinh/")
    expect(article.locator("blockquote")).to_contain_text("Dữ liệu mở là tài sản chung của xã hội.")
    expect(article).to_contain_text("Lê Quang Huy")
    expect(article).to_contain_text("Ảnh: Bùi Đức Thành")
    shot(reader, "08-reader-article")

    # The editor translates it into English; desk and chief approve the translation.
    editor.goto(f"/admin/pages/{article_id}/edit/")
    editor.locator("header [data-w-dropdown-target=toggle], .w-dropdown__toggle[aria-label='Thao tác']").first.click()
    editor.get_by_role("link", name="Dịch").first.click()
    editor.locator("input[type=checkbox][value]").first.check()
    shot(editor, "09-editor-translates")
    editor.locator("main [type=submit]").first.click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    english_id = re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1)
    assert english_id != article_id
    editor.locator("#id_title").fill(ENGLISH_TITLE)
    editor.locator("#id_lead").fill("Delegates discuss opening public data to citizens and businesses alike.")
    open_tab(editor, 1)
    # The slug follows the new title first (the copy is a draft); the editor then shortens it.
    expect(editor.locator("#id_slug")).to_have_value("test-the-congress-discusses-open-data")
    editor.locator("#id_slug").fill("test-congress-discusses-open-data")
    open_tab(editor, 0)
    editor.locator("footer button[type=submit]").first.click()
    expect(editor.locator(".messages .success")).to_contain_text(ENGLISH_TITLE)
    footer_action(editor, "button[name=action-submit]")
    expect(editor.locator(".messages .success")).to_be_visible()
    approve(sign_in("thukytoasoan"), english_id, "10-desk-approves-english")
    approve(chief, english_id, "11-chief-approves-english")

    reader.goto(url)
    english_url = "/en/news/test-congress-discusses-open-data/"
    english_link = reader.locator("link[rel=alternate][hreflang=en]")
    expect(english_link).to_have_attribute("href", newsroom.base_url + english_url)
    reader.locator(".language-switcher a[hreflang=en]").click()
    reader.wait_for_url(f"**{english_url}")
    expect(reader.locator("h1")).to_have_text(ENGLISH_TITLE)
    expect(reader.locator("link[rel=alternate][hreflang=vi]")).to_have_attribute("href", newsroom.base_url + url)
    shot(reader, "12-reader-english")
    reader.close()


def choose_author(page, name):
    """Add a byline through the author chooser, found by a search for the name."""
    page.get_by_role("button", name="Thêm tác giả").click()
    chooser = modal(page)
    chooser.locator("input[name=q]").fill(name)
    row = chooser.locator("tr", has_text=name)
    row.locator("input[type=checkbox]").check()
    chooser.locator("[type=submit]").last.click()
    expect_closed(chooser)
    expect(page.locator("[id^=inline_child_bylines-]:visible .chooser__title")).to_contain_text([name])


def test_the_chief_editor_copies_moves_deletes_and_schedules(newsroom, sign_in):
    chief = sign_in("tongbientap")
    pages = dict(
        line.split("=")
        for line in newsroom.shell(
            "from news.models import ArticlePage, NewsIndexPage; from home.models import DocumentIndexPage;"
            "a = ArticlePage.objects.live().filter(locale__language_code='vi').first();"
            "print(f'article={a.pk};news={NewsIndexPage.objects.get(locale__language_code=\"vi\").pk}')"
        ).split(";")
    )

    # Schedule a new article for the next full hour but one (the date picker rounds minutes).
    due = datetime.datetime.now(HANOI).replace(minute=0, second=0, microsecond=0) + datetime.timedelta(hours=2)
    chief.goto(f"/admin/pages/add/news/articlepage/{pages['news']}/")
    chief.locator("#id_title").fill("Lịch họp báo ngày bế mạc")
    chief.locator("#id_lead").fill("Trung tâm Báo chí công bố lịch họp báo trong ngày bế mạc Đại hội.")
    field(chief, "category").locator(".chooser__choose-button").click()
    modal(chief).get_by_role("link", name="Trung tâm báo chí", exact=True).click()
    chief.locator("[data-side-panel-toggle=status]").click()
    chief.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").click()
    dialog = chief.locator("#schedule-publishing-dialog")
    dialog.locator("#id_go_live_at").fill(due.strftime("%d/%m/%Y %H:%M"))  # WAGTAIL_DATETIME_FORMAT
    # "Lưu lịch" saves a draft with the schedule; pressed from the keyboard, as the field's date picker
    # lies over the button while the field has focus.
    dialog.locator("[type=submit]").first.press("Enter")
    expect(chief.locator(".messages .success")).to_be_visible()
    footer_action(chief, "button[name=action-publish]")  # now "Lên lịch xuất bản"
    expect(chief.locator(".messages .success")).to_contain_text("Lịch họp báo ngày bế mạc")
    shot(chief, "20-chief-schedules")
    scheduled_url = "/tin-tuc/lich-hop-bao-ngay-be-mac/"

    def readers_see_it():
        listed = scheduled_url in chief.request.get("/tin-tuc/").text()
        assert listed == (chief.request.get(scheduled_url).status == 200)
        return listed

    newsroom.manage("publish_scheduled")
    assert not readers_see_it(), "a scheduled article is public before its time"

    # Copy an article, move the copy, delete it.
    chief.goto(f"/admin/pages/{pages['article']}/copy/")
    chief.locator("#id_new_title").fill("Bản sao để kiểm thử")
    chief.locator("#id_new_slug").fill("ban-sao-de-kiem-thu")
    shot(chief, "21-chief-copies")
    chief.locator("main [type=submit]").first.click()
    expect(chief.locator(".messages")).to_contain_text("Đã sao chép trang")
    copy_id = newsroom.shell("from wagtail.models import Page; print(Page.objects.get(slug='ban-sao-de-kiem-thu').pk)")
    # Every article type has one parent per language, so the move form offers the Vietnamese news
    # index it is already under; confirming it is the whole move a chief editor can make here.
    chief.goto(f"/admin/pages/{copy_id}/move/")
    expect(chief.locator("main")).to_contain_text("Tin tức")
    chief.get_by_role("button", name="Xác nhận").click()
    expect(chief.locator("main")).to_contain_text("Bạn có chắc muốn chuyển trang này vào 'Tin tức'?")
    chief.get_by_role("button", name="Có, chuyển trang này").click()
    expect(chief.locator(".messages")).to_contain_text("Đã di chuyển trang")
    shot(chief, "22-chief-moves")
    chief.goto(f"/admin/pages/{copy_id}/delete/")
    chief.locator("main [type=submit]").first.click()
    expect(chief.locator(".messages")).to_contain_text("Đã xóa trang")
    shot(chief, "23-chief-deletes")
    assert (
        newsroom.shell(
            "from wagtail.models import Page; print(Page.objects.filter(slug='ban-sao-de-kiem-thu').count())"
        )
        == "0"
    )

    # Two hours later (the clock moved by faketime), the cron job releases it.
    newsroom.manage("publish_scheduled", faketime="+2h")
    assert readers_see_it(), "the scheduled article did not appear when due"
    assert chief.js_errors == []

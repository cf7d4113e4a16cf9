"""`manage.py import_articles`: JSON Lines in, published articles out, bad lines reported and skipped."""

import datetime
import io
import json
import shutil
from itertools import count
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError

from wagtail.models import Page, Revision

from core.models import CustomImage
from core.text import folded_slug
from news.importer import (
    LineError,
    body_to_rich_text,
    parse_line,
    validate_record,
)
from news.models import ArticlePage, Category
from tests.factories import CategoryFactory

EXAMPLE_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "articles.jsonl"
PUBLISHED_AT = "2026-01-15T08:30:00+07:00"
_numbers = count(1)


def article(**fields):
    """One line of the import file: a valid Vietnamese article unless `fields` say otherwise."""
    number = next(_numbers)
    line = {
        "title": f"Khai mạc phiên trù bị số {number}",
        "lead": "Các đại biểu thông qua chương trình làm việc và quy chế bầu cử.",
        "body": "Phiên trù bị bắt đầu lúc tám giờ.\n\nĐại biểu biểu quyết thông qua chương trình.",
        "published_at": PUBLISHED_AT,
        "source_name": "VOV",
        "source_url": f"https://vov.example/thoi-su/phien-tru-bi-{number}.html",
        "category": "Thời sự",
        "tags": ["Đại hội", "Phiên trù bị"],
        "language": "vi",
    }
    line.update(fields)
    return {name: value for name, value in line.items() if value is not None}


def write_lines(path, *lines):
    """Write an import file; each line is a dict (dumped as JSON) or a raw string."""
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def write_picture(path, size=(320, 180), color=(160, 30, 40), image_format="JPEG"):
    path.parent.mkdir(parents=True, exist_ok=True)
    PILImage.new("RGB", size, color).save(path, image_format)
    return path


def run_import(path, *options):
    """Run the command as an operator would; returns (exit status, stdout, stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", str(path), *options, stdout=stdout, stderr=stderr)
    except CommandError as error:
        stderr.write(f"{error}\n")
        status = error.returncode
    else:
        status = 0
    return status, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def import_file(tmp_path):
    def run(*lines, options=()):
        return run_import(write_lines(tmp_path / "articles.jsonl", *lines), *options)

    return run


def imported(source_url):
    return ArticlePage.objects.get(source_url=source_url)


@pytest.fixture
def chief_editor(db):
    user = get_user_model().objects.create_user("tongbientap", "tongbientap@daihoi.local", "pw")
    user.groups.add(Group.objects.get(name="Chief editors"))
    return user


# Text folding and slugs (no database)


# Body conversion (no database)


def tags_and_attributes(rich_text):
    soup = BeautifulSoup(rich_text, "html.parser")
    return {tag.name for tag in soup.find_all(True)}, {name for tag in soup.find_all(True) for name in tag.attrs}


def test_plain_text_becomes_paragraphs_with_line_breaks_and_escaped_text():
    body = "Dòng một\nDòng hai có dấu a < b & c\n\n\nĐoạn thứ hai"

    rich_text = body_to_rich_text(body)

    soup = BeautifulSoup(rich_text, "html.parser")
    paragraphs = soup.find_all("p")
    assert [paragraph.get_text() for paragraph in paragraphs] == ["Dòng mộtDòng hai có dấu a < b & c", "Đoạn thứ hai"]
    assert paragraphs[0].find("br") is not None
    assert "a &lt; b &amp; c" in rich_text


def test_html_is_reduced_to_what_the_paragraph_block_allows():
    body = (
        '<h1 class="big">Tiêu đề</h1><div style="color:red"><p onclick="steal()">Đoạn <b>đậm</b> '
        '<a href="/bai-khac" onmouseover="x()">liên kết</a> <a href="javascript:alert(1)">xấu</a></p>'
        "<script>alert('xss')</script><style>p {display:none}</style>"
        '<iframe src="https://evil.example/"></iframe><img src="x.jpg" onerror="alert(2)"></div>'
        '<a data-linktype="page" data-id="1" href="/">trang nội bộ</a><table><tr><td>ô bảng</td></tr></table>'
    )

    rich_text = body_to_rich_text(body, base_url="https://vov.example/thoi-su/bai.html")

    tags, attributes = tags_and_attributes(rich_text)
    assert tags <= {"p", "h2", "h3", "b", "i", "a", "br", "ul", "ol", "li", "blockquote"}
    assert attributes <= {"data-block-key", "href"}
    assert "alert" not in rich_text and "display:none" not in rich_text and "evil" not in rich_text
    assert "linktype" not in rich_text
    assert '<h2 data-block-key="i0000">Tiêu đề</h2>' in rich_text
    assert '<a href="https://vov.example/bai-khac">liên kết</a>' in rich_text
    assert "xấu" in rich_text and "ô bảng" in rich_text


def test_html_with_only_inline_tags_keeps_its_blank_line_paragraphs():
    rich_text = body_to_rich_text("Đoạn <em>một</em>.\n\nĐoạn hai.")

    assert [p.get_text() for p in BeautifulSoup(rich_text, "html.parser").find_all("p")] == ["Đoạn một.", "Đoạn hai."]


def test_same_body_always_gives_the_same_rich_text():
    body = "<p>Một</p><ul><li>hai</li></ul>"
    assert body_to_rich_text(body) == body_to_rich_text(body)


def test_body_with_nothing_left_after_cleaning_is_rejected():
    with pytest.raises(LineError, match="body has no text"):
        body_to_rich_text("<script>alert(1)</script><img src='x.jpg'>")


# Line validation (no database)


def reasons(record, base_dir=".", **kwargs):
    with pytest.raises(LineError) as caught:
        validate_record(record, Path(base_dir), **kwargs)
    return caught.value.reasons


def test_parse_line_reports_bad_json_and_non_objects():
    with pytest.raises(LineError, match="invalid JSON"):
        parse_line(b'{"title": "x"')
    with pytest.raises(LineError, match="expected a JSON object, got a list"):
        parse_line(b"[1, 2]")
    with pytest.raises(LineError, match="not valid UTF-8"):
        parse_line(b'{"title": "\xff"}')


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"lead": None}, "missing required field: lead"),
        ({"title": "   "}, "title is empty"),
        ({"title": 12}, "title must be a string, not a number"),
        ({"title": "x" * 256}, "title is too long (256 characters, at most 255)"),
        ({"lead": "x" * 601}, "lead is too long (601 characters, at most 600)"),
        ({"published_at": "2026-01-15T08:30:00"}, "published_at has no time zone offset"),
        ({"published_at": "2026-01-15"}, "published_at has no time zone offset"),
        ({"published_at": "15/01/2026 08:30"}, "published_at is not an ISO 8601 date and time"),
        ({"published_at": "2999-01-01T00:00:00+07:00"}, "published_at is in the future"),
        ({"language": "fr"}, "language must be one of vi, en, not 'fr'"),
        ({"source_url": "vov.vn/bai-viet"}, "source_url is not a valid http(s) URL"),
        ({"source_url": "javascript:alert(1)"}, "source_url is not a valid http(s) URL"),
        ({"tags": "Đại hội, Bầu cử"}, "tags must be a list of strings, not a string"),
        ({"tags": ["Đại hội", 3]}, "tag 2 must be a string, not a number"),
        ({"tags": ["x" * 101]}, "tag 1 is too long"),
        ({"category": "!!!"}, "category '!!!' has no letters or digits"),
        ({"imgae": "anh.jpg"}, "unknown field(s): imgae"),
        ({"image_caption": "Chú thích"}, "image_caption is given without an image"),
        ({"image": 5}, "image must be the path of an image file"),
    ],
)
def test_invalid_fields_are_reported_with_a_clear_reason(fields, reason):
    assert any(reason in found for found in reasons(article(**fields))), reasons(article(**fields))


def test_every_problem_of_a_line_is_reported_at_once():
    found = reasons(article(title=None, language="fr", tags="x"))

    assert len(found) == 3


def test_duplicate_tags_are_merged_ignoring_case():
    data = validate_record(article(tags=["Đại hội", " đại  hội ", "ĐẠI HỘI", "Bầu cử"]), Path("."))

    assert data.tags == ["Đại hội", "Bầu cử"]


def test_missing_image_is_reported_with_its_resolved_path(tmp_path):
    found = reasons(article(image="anh/khong-co.jpg"), tmp_path)

    assert f"image file not found: {tmp_path / 'anh' / 'khong-co.jpg'}" in found


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["absolute", "parent", "symlink"])
def test_an_image_outside_the_import_files_folder_is_refused_with_its_line_number(tmp_path, where):
    # A picture the server can read but that is not part of the feed, e.g. an applicant's photo.
    private = write_picture(tmp_path / "private" / "ho-so" / "chan-dung.jpg")
    feed = tmp_path / "feed"
    feed.mkdir()
    if where == "symlink":
        (feed / "anh.jpg").symlink_to(private)
    image = {"absolute": str(private), "parent": "../private/ho-so/chan-dung.jpg", "symlink": "anh.jpg"}[where]
    good, outside = article(), article(image=image)
    images = CustomImage.objects.count()

    status, stdout, stderr = run_import(write_lines(feed / "articles.jsonl", good, outside))

    assert status == 1
    assert f"line 2: image must be a file inside the import file's folder {feed}" in stderr
    assert "1 created, 0 updated, 0 unchanged, 0 skipped, 1 failed" in stdout
    assert not ArticlePage.objects.filter(source_url=outside["source_url"]).exists()
    assert CustomImage.objects.count() == images


def test_a_text_file_named_like_a_picture_is_not_an_image(tmp_path):
    (tmp_path / "anh.jpg").write_text("không phải ảnh")

    assert any(reason.startswith("image ") for reason in reasons(article(image="anh.jpg"), tmp_path))


def test_a_truncated_picture_is_not_an_image(tmp_path):
    picture = tmp_path / "anh.jpg"
    PILImage.effect_noise((400, 300), 60).convert("RGB").save(picture, "JPEG")
    picture.write_bytes(picture.read_bytes()[: picture.stat().st_size // 2])  # the header is intact

    assert f"image is not a readable picture: {picture}" in reasons(article(image="anh.jpg"), tmp_path)


def test_a_picture_in_a_format_wagtail_does_not_accept_is_rejected(tmp_path):
    write_picture(tmp_path / "anh.bmp", image_format="BMP")

    assert any("image" in reason for reason in reasons(article(image="anh.bmp"), tmp_path))


def test_pictures_with_too_many_pixels_are_refused_before_decoding(tmp_path, settings, monkeypatch):
    write_picture(tmp_path / "anh.png", size=(40, 40), image_format="PNG")

    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    assert any("too many pixels" in reason for reason in reasons(article(image="anh.png"), tmp_path))

    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = None
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", 1000)
    assert any("too many pixels" in reason for reason in reasons(article(image="anh.png"), tmp_path))


# The command, against the database


@pytest.mark.django_db
def test_a_line_becomes_a_published_article_in_its_language_news_section(import_file, news_index):
    line = article(title="Đại hội thông qua Nghị quyết", tags=["Đại hội", "Nghị quyết"])

    status, stdout, stderr = import_file(line)

    assert (status, stderr) == (0, "")
    assert "1 created, 0 updated, 0 unchanged, 0 skipped, 0 failed" in stdout
    page = imported(line["source_url"])
    assert page.get_parent().pk == news_index.pk
    assert page.live and page.locale.language_code == "vi"
    assert page.slug == "dai-hoi-thong-qua-nghi-quyet"
    assert page.lead == line["lead"]
    assert page.published_at == datetime.datetime.fromisoformat(PUBLISHED_AT)
    assert page.category.name == "Thời sự" and page.category.locale_id == page.locale_id
    assert sorted(tag.name for tag in page.tags.all()) == ["Nghị quyết", "Đại hội"]
    assert (page.source_name, page.source_url) == ("VOV", line["source_url"])
    assert [block.block_type for block in page.body] == ["paragraph"]
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 1
    # Published today with an older original date: not an "updated" article.
    assert page.updated_at is None


@pytest.mark.django_db
def test_english_lines_go_to_the_english_news_section(import_file, news_index_en):
    line = article(language="en", title="Congress opens", category="Politics")

    import_file(line)

    page = imported(line["source_url"])
    assert page.get_parent().pk == news_index_en.pk
    assert page.category.locale.language_code == "en"


@pytest.mark.django_db
def test_reimport_updates_the_article_instead_of_duplicating_it(import_file):
    line = article()
    import_file(line)
    page = imported(line["source_url"])

    changed = {**line, "title": "Tiêu đề đã sửa", "body": "<p>Nội dung <b>mới</b></p>", "tags": ["Bầu cử"]}
    status, stdout, stderr = import_file(changed)

    assert (status, stderr) == (0, "")
    assert "0 created, 1 updated, 0 unchanged" in stdout
    assert ArticlePage.objects.filter(source_url=line["source_url"]).count() == 1
    page.refresh_from_db()
    assert page.title == "Tiêu đề đã sửa"
    assert page.slug == folded_slug(line["title"], 80), "the address of a published article does not change"
    assert "<b>mới</b>" in page.body[0].value.source
    assert [tag.name for tag in page.tags.all()] == ["Bầu cử"]
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2
    assert page.live_revision == page.latest_revision


@pytest.mark.django_db
def test_reimporting_an_unchanged_line_makes_no_revision(import_file):
    line = article(body="<p>Đoạn một</p><p>Đoạn hai</p>")
    import_file(line)
    page = imported(line["source_url"])
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).count()

    status, stdout, _stderr = import_file(line)

    assert status == 0
    assert "0 created, 0 updated, 1 unchanged, 0 skipped, 0 failed" in stdout
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == revisions
    assert imported(line["source_url"]).last_published_at == page.last_published_at


@pytest.mark.django_db
def test_bad_lines_are_reported_by_number_and_the_rest_still_import(import_file):
    good, missing_lead = article(), article(lead=None)
    naive = article(published_at="2026-01-15T08:30:00")

    status, stdout, stderr = import_file(good, '{"title": "thiếu ngoặc"', "", missing_lead, naive)

    assert status == 1
    assert "line 2: invalid JSON" in stderr
    assert "line 4: missing required field: lead" in stderr
    assert "line 5: published_at has no time zone offset" in stderr
    assert "line 1" not in stderr and "line 3" not in stderr
    assert "1 created, 0 updated, 0 unchanged, 0 skipped, 3 failed" in stdout
    assert ArticlePage.objects.filter(source_url=good["source_url"]).exists()
    for failed in (missing_lead, naive):
        assert not ArticlePage.objects.filter(source_url=failed["source_url"]).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"lead": None}, "missing required field: lead"),
        ({"published_at": "2026-01-15T08:30:00"}, "published_at has no time zone offset"),
        ({"language": "de"}, "language must be one of vi, en"),
        ({"source_url": "not a url"}, "source_url is not a valid http(s) URL"),
        ({"tags": {"name": "Đại hội"}}, "tags must be a list of strings"),
        ({"image": "missing.jpg"}, "image file not found"),
        ({"image": "not-a-picture.png"}, "image "),
    ],
)
def test_the_exit_status_is_non_zero_when_a_line_failed(import_file, tmp_path, fields, reason):
    (tmp_path / "not-a-picture.png").write_text("<html>không phải ảnh</html>")
    pages = Page.objects.count()

    status, stdout, stderr = import_file(article(), article(**fields))

    assert status == 1
    assert f"line 2: {reason}" in stderr
    assert "1 created, 0 updated, 0 unchanged, 0 skipped, 1 failed" in stdout
    assert Page.objects.count() == pages + 1


@pytest.mark.django_db
def test_the_exit_status_is_zero_when_every_line_imported(import_file):
    status, stdout, stderr = import_file(article(), "", article())

    assert (status, stderr) == (0, "")
    assert "2 created" in stdout


@pytest.mark.django_db
def test_a_missing_file_is_an_error(tmp_path):
    status, _stdout, stderr = run_import(tmp_path / "khong-co.jsonl")

    assert status == 1
    assert "No such file" in stderr


@pytest.mark.django_db
def test_dry_run_writes_nothing_yet_reports_the_same_problems(tmp_path):
    existing = article()
    run_import(write_lines(tmp_path / "first.jsonl", existing))
    picture = write_picture(tmp_path / "anh.jpg")
    lines = [
        article(category="Chuyên mục hoàn toàn mới", image=picture.name),
        {**existing, "title": "Tiêu đề sửa lại"},
        article(language="fr"),
        "không phải JSON",
    ]
    path = write_lines(tmp_path / "articles.jsonl", *lines)
    before = (Page.objects.count(), Category.objects.count(), CustomImage.objects.count(), Revision.objects.count())

    dry_status, dry_stdout, dry_stderr = run_import(path, "--dry-run")

    after = (Page.objects.count(), Category.objects.count(), CustomImage.objects.count(), Revision.objects.count())
    assert after == before
    assert imported(existing["source_url"]).title == existing["title"]
    assert "Dry run, nothing written" in dry_stdout
    assert "1 created, 1 updated, 0 unchanged, 0 skipped, 2 failed" in dry_stdout

    status, stdout, stderr = run_import(path)

    assert (dry_status, dry_stderr) == (status, stderr)
    assert "1 created, 1 updated, 0 unchanged, 0 skipped, 2 failed" in stdout


@pytest.mark.django_db
def test_scripts_and_event_handlers_never_reach_the_article_page(import_file, client):
    line = article(body='<p onclick="steal()">Nội dung an toàn</p><script>alert("xss")</script>')

    import_file(line)

    response = client.get(imported(line["source_url"]).url)
    body = response.content.decode().split('class="article__body"')[1].split("</div>")[0]
    assert "Nội dung an toàn" in body
    assert "<script" not in body and "alert" not in body and "onclick" not in body


@pytest.mark.django_db
def test_plain_text_paragraphs_show_as_paragraphs(import_file, client):
    line = article(body="Đoạn thứ nhất.\nVẫn đoạn thứ nhất.\n\nĐoạn thứ hai <không phải thẻ>.")

    import_file(line)

    html = client.get(imported(line["source_url"]).url).content.decode()
    assert "<p" in html and "Đoạn thứ nhất.<br/>Vẫn đoạn thứ nhất.</p>" in html
    assert "Đoạn thứ hai &lt;không phải thẻ&gt;." in html


@pytest.mark.django_db
def test_categories_are_created_once_per_language_and_reused_ignoring_case(import_file, vi_locale, en_locale):
    editors_category = CategoryFactory(locale=vi_locale, name="Kinh tế", slug="kinh-te")
    lines = [
        article(category="Thời sự"),
        article(category="THỜI SỰ"),
        article(category="thời sự", language="en"),
        article(category="kinh tế"),
        article(category="Thoi su"),  # another name, same folded slug
    ]

    import_file(*lines)

    vi_categories = Category.objects.filter(locale=vi_locale, name__in=["Thời sự", "Thoi su"])
    assert sorted(vi_categories.values_list("name", "slug")) == [("Thoi su", "thoi-su-2"), ("Thời sự", "thoi-su")]
    thoi_su = vi_categories.get(name="Thời sự")
    assert imported(lines[0]["source_url"]).category == thoi_su
    assert imported(lines[1]["source_url"]).category == thoi_su
    assert imported(lines[3]["source_url"]).category == editors_category
    english = Category.objects.get(locale=en_locale, slug="thoi-su")
    assert english.name == "thời sự"
    assert imported(lines[2]["source_url"]).category == english


@pytest.mark.django_db
def test_titles_give_ascii_slugs_unique_among_siblings(import_file):
    first, second = article(title="Đổi mới đất nước"), article(title="Đổi mới đất nước")

    import_file(first, second)

    assert imported(first["source_url"]).slug == "doi-moi-dat-nuoc"
    assert imported(second["source_url"]).slug == "doi-moi-dat-nuoc-2"


@pytest.mark.django_db
def test_the_same_source_url_twice_in_one_file_is_a_problem(import_file):
    line = article()

    status, _stdout, stderr = import_file(line, {**line, "title": "Bản khác"})

    assert status == 1
    assert "line 2: source_url already appears on line 1 of this file" in stderr
    assert imported(line["source_url"]).title == line["title"]


@pytest.mark.django_db
def test_an_article_unpublished_by_editors_is_skipped_not_failed_and_not_published_again(import_file):
    line, other = article(), article()
    import_file(line)
    imported(line["source_url"]).unpublish()

    for options in (["--dry-run"], []):
        status, stdout, stderr = import_file({**line, "title": "Sửa lại"}, other, options=options)

        # A cron job re-reads the same feed every time: an editor's decision must not alarm it forever.
        assert (status, stderr) == (0, "")
        assert "line 1: skipped: " in stdout and "unpublished in the admin" in stdout
        assert "1 created, 0 updated, 0 unchanged, 1 skipped, 0 failed" in stdout
    page = imported(line["source_url"])
    assert not page.live and page.title == line["title"]


@pytest.mark.django_db
def test_images_are_imported_with_credit_and_caption_and_reused_on_reimport(tmp_path):
    folder = tmp_path / "feed"
    write_picture(folder / "anh" / "hoi-truong.jpg")
    line = article(image="anh/hoi-truong.jpg", image_caption="Hội trường trước giờ khai mạc.")
    path = write_lines(folder / "articles.jsonl", line)

    status, _stdout, stderr = run_import(path)

    assert (status, stderr) == (0, "")
    page = imported(line["source_url"])
    assert page.hero_image.credit == "VOV"
    assert page.hero_caption == "Hội trường trước giờ khai mạc."
    images = CustomImage.objects.count()

    write_lines(path, {**line, "title": "Tiêu đề mới"})
    run_import(path)

    assert CustomImage.objects.count() == images
    assert imported(line["source_url"]).hero_image == page.hero_image

    write_picture(folder / "anh" / "hoi-truong.jpg", color=(20, 60, 120))
    status, stdout, _stderr = run_import(path)

    assert "1 updated" in stdout
    assert imported(line["source_url"]).hero_image != page.hero_image


@pytest.mark.django_db
def test_imported_articles_are_listed_like_any_published_article(import_file, news_index, client):
    line = article(title="Bế mạc Đại hội", source_name="VOV")

    import_file(line)

    page = imported(line["source_url"])
    assert page in news_index.articles()
    assert ArticlePage.objects.live().public().filter(pk=page.pk).exists()
    assert "Bế mạc Đại hội" in client.get("/tin-tuc/").content.decode()
    assert "Bế mạc Đại hội" in client.get("/tin-tuc/rss/").content.decode()
    article_html = client.get(page.url).content.decode()
    assert "Nguồn" in article_html
    assert f'href="{line["source_url"]}"' in article_html and ">VOV</a>" in article_html


@pytest.mark.django_db
def test_imported_english_articles_show_their_source(import_file, client):
    line = article(language="en", title="Congress closes", category="Politics", source_name="VNA")

    import_file(line)

    assert "Congress closes" in client.get("/en/news/").content.decode()
    assert "Congress closes" in client.get("/en/news/rss/").content.decode()
    article_html = client.get(imported(line["source_url"]).url).content.decode()
    assert "Source" in article_html and ">VNA</a>" in article_html


@pytest.mark.django_db
def test_the_example_file_imports_cleanly(tmp_path):
    # Copied so that the image the example names is read relative to the file, wherever it lives.
    shutil.copytree(EXAMPLE_FILE.parent, tmp_path / "examples")

    status, stdout, stderr = run_import(tmp_path / "examples" / EXAMPLE_FILE.name)

    assert (status, stderr) == (0, "")
    lines = EXAMPLE_FILE.read_text(encoding="utf-8").splitlines()
    assert f"{len(lines)} created, 0 updated, 0 unchanged, 0 skipped, 0 failed" in stdout
    assert ArticlePage.objects.exclude(hero_image=None).filter(source_url__contains=".example/").exists()


@pytest.mark.django_db
def test_a_locked_article_is_reported_not_changed(import_file):
    line = article()
    import_file(line)
    ArticlePage.objects.filter(source_url=line["source_url"]).update(locked=True)

    assert import_file(line)[0] == 0, "an unchanged line needs no unlocking"
    status, _stdout, stderr = import_file({**line, "title": "Sửa lại"})

    assert status == 1
    assert "is locked in the admin" in stderr
    assert imported(line["source_url"]).title == line["title"]


@pytest.mark.django_db
def test_an_article_edited_in_the_admin_keeps_its_edits_unless_told_otherwise(import_file, chief_editor):
    line = article()
    import_file(line)
    page = imported(line["source_url"])
    page.title = "Tiêu đề do biên tập viên sửa"
    page.save_revision(user=chief_editor).publish(user=chief_editor)

    assert import_file(line)[0] == 1, "the line no longer matches the page, and the edit wins"
    status, stdout, stderr = import_file({**line, "lead": "Sapo mới từ nguồn."})

    assert status == 1
    assert "was edited in the admin by tongbientap" in stderr and "--overwrite-edits" in stderr
    assert "0 updated" in stdout
    page = imported(line["source_url"])
    assert page.title == "Tiêu đề do biên tập viên sửa" and page.lead == line["lead"]

    status, stdout, stderr = import_file({**line, "lead": "Sapo mới từ nguồn."}, options=["--overwrite-edits"])

    assert (status, stderr) == (0, "")
    page = imported(line["source_url"])
    assert page.title == line["title"] and page.lead == "Sapo mới từ nguồn."
    assert import_file({**line, "lead": "Lần nữa."})[0] == 0, "after an import the next one updates again"


@pytest.mark.django_db
def test_a_draft_in_progress_is_not_replaced_by_an_import(import_file, chief_editor):
    line = article()
    import_file(line)
    page = imported(line["source_url"])
    page.lead = "Sapo đang sửa, chưa xuất bản."
    page.save_revision(user=chief_editor)

    status, _stdout, stderr = import_file({**line, "title": "Tiêu đề mới từ nguồn"})

    assert status == 1 and "was edited in the admin" in stderr
    page = imported(line["source_url"])
    assert page.get_latest_revision_as_object().lead == "Sapo đang sửa, chưa xuất bản."
    assert page.title == line["title"]


@pytest.mark.django_db
def test_a_line_that_fails_while_saving_leaves_no_rows_and_no_files(tmp_path, monkeypatch, settings):
    write_picture(tmp_path / "anh-khong-luu-lai.jpg")
    line = article(image="anh-khong-luu-lai.jpg", category="Chuyên mục chưa có")

    def fail(*args, **kwargs):
        raise DatabaseError("the disk is full")

    monkeypatch.setattr(ArticlePage, "save_revision", fail)
    before = (Page.objects.count(), Category.objects.count(), CustomImage.objects.count())

    status, _stdout, stderr = run_import(write_lines(tmp_path / "articles.jsonl", line))

    assert status == 1
    assert "line 1: could not be saved: DatabaseError: the disk is full" in stderr
    assert (Page.objects.count(), Category.objects.count(), CustomImage.objects.count()) == before
    assert not list(Path(settings.MEDIA_ROOT).rglob("anh-khong-luu-lai*"))

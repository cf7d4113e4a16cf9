"""Document sections keep their anchors through edits in the admin; files are checked by type."""

import datetime

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import DocumentPage, DocumentSection, DocumentVersion

from .factories import make_document

pytestmark = pytest.mark.django_db

HEADINGS = ["Đánh giá nhiệm kỳ qua", "Mục tiêu tổng quát", "Định hướng phát triển", "Tổ chức thực hiện"]


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("sieuquantri", "admin@daihoi.local", "x")
    client.force_login(user)
    return client


def edit_form_data(page, sections, action=None):
    """The admin's edit form of a document page whose sections become `sections`, as the browser sends it.

    `sections` lists (id or None, heading, body) in the wanted order. Like the admin, existing sections
    come first (in their stored order) with their position in ORDER, sections left out are sent with
    DELETE, and new ones follow.
    """
    position = {pk: index for index, (pk, _heading, _body) in enumerate(sections) if pk}
    given = {pk: (heading, body) for pk, heading, body in sections if pk}
    forms = []
    for section in page.get_latest_revision_as_object().sections.all():
        heading, body = given.get(section.pk, (section.heading, "<p>x</p>"))
        forms.append(
            {
                "id": section.pk or "",
                "heading": heading,
                "body": rich_text(body),
                "ORDER": str(position.get(section.pk, 0)),
                "DELETE": "" if section.pk in given else "1",
            }
        )
    for index, (pk, heading, body) in enumerate(sections):
        if not pk:
            forms.append({"id": "", "heading": heading, "body": rich_text(body), "ORDER": str(index)})
    initial = len(forms) - sum(1 for pk, _heading, _body in sections if not pk)
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "status": page.status,
            "comment_deadline": "",
            "sections": inline_formset(forms, initial=initial),
            "versions": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    if action:
        data[action] = "1"
    return data


def edit(client, page, sections, action="action-publish"):
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(page, sections, action))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page.refresh_from_db()
    return page


def keys_by_heading(page):
    return {section.heading: section.key for section in page.sections.all()}


def test_sections_get_readable_unique_keys():
    page = make_document("Dự thảo thử", sections=[*HEADINGS, "Mục tiêu tổng quát", "Main"])
    keys = [section.key for section in page.sections.all()]
    assert keys[:4] == ["danh-gia-nhiem-ky-qua", "muc-tieu-tong-quat", "dinh-huong-phat-trien", "to-chuc-thuc-hien"]
    assert keys[4] == "muc-tieu-tong-quat-2"
    assert keys[5] == "muc-main"  # "main" is the id of the page's <main>


def test_anchors_survive_edits_that_keep_the_section(admin_client):
    page = make_document("Dự thảo Báo cáo", sections=HEADINGS)
    before = keys_by_heading(page)
    sections = list(page.sections.all())

    # A new section first, the last two swapped, a heading reworded: published through the admin.
    rows = [
        (None, "Bối cảnh mới", "<p>Mục mới chèn lên đầu.</p>"),
        (sections[0].pk, "Đánh giá kết quả nhiệm kỳ qua", "<p>Tiêu đề đã sửa.</p>"),
        (sections[1].pk, sections[1].heading, "<p>Nội dung sửa.</p>"),
        (sections[3].pk, sections[3].heading, "<p>Đổi chỗ.</p>"),
        (sections[2].pk, sections[2].heading, "<p>Đổi chỗ.</p>"),
    ]
    page = edit(admin_client, page, rows)

    assert [section.heading for section in page.sections.all()] == [heading for _pk, heading, _body in rows]
    after = {section.pk: section.key for section in page.sections.all()}
    for section in sections:
        assert after[section.pk] == before[section.heading]
    new = page.sections.get(heading="Bối cảnh mới")
    assert new.key == "boi-canh-moi"
    html = admin_client.get(page.url).content.decode()
    for key in [*before.values(), "boi-canh-moi"]:
        assert f'id="{key}"' in html
    assert 'href="#danh-gia-nhiem-ky-qua">Đánh giá kết quả nhiệm kỳ qua</a>' in html


def test_anchors_survive_a_draft_and_a_later_publish(admin_client):
    page = make_document("Dự thảo Nghị quyết", sections=HEADINGS[:2])
    first, second = page.sections.all()
    rows = [
        (first.pk, first.heading, "<p>Bản nháp.</p>"),
        (None, "Mục bổ sung", "<p>Thêm.</p>"),
        (second.pk, second.heading, "<p>x</p>"),
    ]
    page = edit(admin_client, page, rows, action=None)  # save draft only

    draft = page.get_latest_revision_as_object()
    draft_keys = [section.key for section in draft.sections.all()]
    assert draft_keys == [first.key, "muc-bo-sung", second.key]
    assert "muc-bo-sung" not in [section.key for section in page.sections.all()]  # not live yet

    # Publishing the draft later (editing from the revision) keeps every key, including the new one.
    rows = [(section.pk, section.heading, "<p>Xuất bản.</p>") for section in draft.sections.all()]
    page = edit(admin_client, page, rows)
    assert [section.key for section in page.sections.all()] == draft_keys


def test_removing_a_section_removes_only_its_anchor(admin_client):
    page = make_document("Quy chế", sections=HEADINGS)
    sections = list(page.sections.all())
    rows = [(section.pk, section.heading, "<p>x</p>") for section in sections if section.pk != sections[1].pk]
    page = edit(admin_client, page, rows)
    assert [section.key for section in page.sections.all()] == [
        sections[0].key,
        sections[2].key,
        sections[3].key,
    ]
    assert not DocumentSection.objects.filter(pk=sections[1].pk).exists()


def test_translations_share_the_section_anchors():
    page = make_document("Dự thảo", sections=HEADINGS)
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    assert [section.key for section in english.sections.all()] == [section.key for section in page.sections.all()]


def document_file(name):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(b"demo"), save=False)
    document.save()
    return document


def test_version_files_must_have_the_right_type():
    version = DocumentVersion(
        label="Dự thảo lần 1",
        published_on="2026-01-01",
        pdf=document_file("van-kien.docx"),
        docx=document_file("van-kien.pdf"),
    )
    with pytest.raises(ValidationError) as error:
        version.clean()
    assert set(error.value.message_dict) == {"pdf", "docx"}
    DocumentVersion(
        label="Dự thảo lần 1",
        published_on="2026-01-01",
        pdf=document_file("dung.pdf"),
        docx=document_file("dung.docx"),
    ).clean()


def test_document_page_shows_versions_and_downloads(client):
    page = make_document(
        "Báo cáo tổng kết",
        sections=HEADINGS[:1],
        status="reference",
        versions=[
            DocumentVersion(label="Bản chính thức", published_on="2026-01-05", pdf=document_file("bao-cao.pdf")),
            DocumentVersion(label="Dự thảo", published_on="2025-12-01", note="Bản đầu tiên"),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "Tài liệu tham khảo" in html
    assert "Lịch sử phiên bản" in html
    assert html.index("Bản chính thức") < html.index("Bản đầu tiên")  # newest first
    assert "bao-cao" in html and "PDF" in html


def test_a_comment_deadline_belongs_to_drafts_only():
    page = DocumentPage(title="Văn bản", summary="x", status="adopted", comment_deadline="2026-01-01")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "comment_deadline" in error.value.message_dict


@pytest.mark.parametrize(
    ("today", "says"),
    [
        ("2026-01-15", "Dự thảo này nhận góp ý đến Thứ Năm, 15/1/2026."),
        ("2026-01-16", "Dự thảo này đã hết hạn nhận góp ý từ Thứ Năm, 15/1/2026."),
    ],
)
def test_a_draft_says_whether_comments_are_still_taken(client, today, says):
    page = make_document("Dự thảo góp ý", sections=HEADINGS[:1], status="draft", comment_deadline="2026-01-15")
    with time_machine.travel(datetime.datetime.fromisoformat(f"{today}T23:30+07:00"), tick=False):
        html = client.get(page.url).content.decode()
    assert says in html

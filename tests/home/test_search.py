"""Congress documents are found by the public search, with or without diacritics."""

import pytest

from home.models import DocumentStatus

from .factories import make_document

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    return response.json()


def test_a_published_document_is_found_by_its_sections_without_diacritics(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(
            "Dự thảo Báo cáo chính trị",
            sections=["Chuyển đổi số quốc gia", "Phát triển kinh tế biển"],
            status=DocumentStatus.DRAFT_FOR_COMMENT,
        )

    found = search(client, q="chuyen doi so", type="document")

    assert [result["title"] for result in found["results"]] == [document.title]
    result = found["results"][0]
    assert result["type"] == "document"
    assert result["category"] == "Dự thảo lấy ý kiến nhân dân"
    assert "<mark>Chuyển đổi số</mark>" in result["snippet"]
    assert found["facets"]["type"] == {"document": 1}


def test_an_unpublished_document_leaves_the_search(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Dự thảo Điều lệ sửa đổi", sections=["Đảng viên và tổ chức cơ sở"])
    assert search(client, q="dieu le")["count"] == 1

    with django_capture_on_commit_callbacks(execute=True):
        document.unpublish()

    assert search(client, q="dieu le")["count"] == 0


def test_english_documents_are_named_in_english(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_document(
            "Draft Political Report", sections=["Digital transformation"], language="en", status=DocumentStatus.ADOPTED
        )

    result = search(client, q="digital", lang="en")["results"][0]

    assert result["category"] == "Adopted"
    assert result["language"] == "en"

"""Briefings are found by the public search, by their topic and speakers, with or without diacritics."""

import pytest

from .briefing_factories import at, edit, make_briefing, translate

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    return response.json()


def test_a_published_briefing_is_found_by_its_speaker_and_filed_by_topic(
    client, schedule, topics, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        briefing = make_briefing(
            schedule,
            title="Họp báo về công tác nhân sự",
            topic=topics["documents"],
            speakers=[("Nguyễn Thị Hồng Nhung", "Phó Trưởng ban Tuyên giáo")],
        )

    found = search(client, q="hong nhung", type="briefing")

    assert [result["title"] for result in found["results"]] == [briefing.title]
    assert found["results"][0]["type"] == "briefing"
    assert found["results"][0]["category"] == "Văn kiện"
    assert found["facets"]["category"] == {"van-kien": 1}


def test_a_draft_briefing_is_not_found(client, schedule, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_briefing(schedule, title="Họp báo chưa công bố về an ninh", live=False)

    assert search(client, q="an ninh")["count"] == 0


def test_moving_a_briefing_in_one_language_re_dates_both_in_the_search(
    client, schedule, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        briefing = make_briefing(schedule, title="Họp báo quốc tế", start=at(3, 9))
        translate(briefing, title="International press conference")

    with django_capture_on_commit_callbacks(execute=True):
        edit(briefing, start=at(4, 15), end=at(4, 16))

    english = search(client, q="international press conference", lang="en")["results"][0]
    assert english["published_at"].startswith(at(4, 15).date().isoformat())

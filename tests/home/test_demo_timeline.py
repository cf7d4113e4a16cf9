"""The demo's one calendar and the data placed on it agree with each other (no database needed).

These read the demo's own data modules and JSON files, so a content edit that dates a story before
the event it reports, or a briefing away from its slot in the programme, fails here in milliseconds;
tests/home/test_demo.py then checks the loaded demo at two moments of a day.
"""

import datetime
import json
import re
from pathlib import Path

import pytest

from home import demo_content, demo_figures
from home.demo_timeline import CONGRESS_DAYS, LOAD_DAY, Timeline
from press_center.briefings.demo import BRIEFINGS, VENUES

NEWS = Path(__file__).resolve().parents[2] / "news" / "demo_content"
TIMELINE = Timeline.anchored(datetime.date(2027, 1, 20))

VI_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7}
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


def articles(language):
    return json.loads((NEWS / f"articles_{language}.json").read_text(encoding="utf-8"))


def days_mentioned(text, language):
    """The congress days a text speaks of as "ngày làm việc thứ ba" / "the third day" / "fourth working day"."""
    if language == "vi":
        return [VI_ORDINALS[word] for word in re.findall(r"ngày làm việc thứ (nhất|hai|ba|tư|năm|sáu|bảy)", text)]
    words = "|".join(EN_ORDINALS)
    return [EN_ORDINALS[word] for word in re.findall(rf"\b({words}) (?:working )?day\b", text)]


def test_the_load_day_is_a_congress_day_and_the_press_centre_fits_around_the_congress():
    assert TIMELINE.day_of(datetime.date(2027, 1, 20)) == LOAD_DAY
    assert 1 < LOAD_DAY < CONGRESS_DAYS  # a new user finds the congress under way, with days still to come
    assert TIMELINE.congress_dates == [TIMELINE.opening + datetime.timedelta(days=n) for n in range(CONGRESS_DAYS)]
    assert TIMELINE.closing == TIMELINE.congress_dates[-1]

    opening_midnight = TIMELINE.at(1, "00:00")
    assert TIMELINE.accreditation_opens_at < TIMELINE.accreditation_deadline < opening_midnight
    first, last = TIMELINE.coverage
    assert first <= TIMELINE.opening and last >= TIMELINE.closing
    assert TIMELINE.consultation[0] < TIMELINE.consultation[1] < TIMELINE.opening


def test_times_are_hanoi_times_whatever_the_day():
    moment = TIMELINE.at(LOAD_DAY, "23:55")
    assert moment.utcoffset() == datetime.timedelta(hours=7)
    assert moment.date() == datetime.date(2027, 1, 20)
    assert TIMELINE.at(0, "08:00").date() == TIMELINE.opening - datetime.timedelta(days=1)


def test_the_programme_fills_the_congress_days_only():
    assert [day for day, *_ in demo_content.DAYS] == list(range(1, CONGRESS_DAYS + 1))
    assert {row[0] for row in demo_content.SESSIONS} == set(range(1, CONGRESS_DAYS + 1))


def test_every_press_conference_in_the_programme_is_a_briefing_at_the_same_time_place_and_state():
    briefings = {(spec["day"], spec["time"][0]): spec for spec in BRIEFINGS}
    for day, start, end, kind, title_vi, _en, venue, *_rest, status, _note_vi, _note_en in demo_content.SESSIONS:
        if kind != "press_conference" and status != "postponed":
            continue
        spec = briefings.get((day, start))
        assert spec, f"no briefing for “{title_vi}” on day {day} at {start}"
        assert spec["title"][0] == title_vi
        assert spec["time"][1] == end
        assert VENUES[spec["venue"]][0].lower() in venue[0].lower()
        changed = bool(spec.get("first")) or spec.get("status") == "postponed"
        assert changed == (status in ("changed", "postponed")), title_vi


def test_briefings_fall_between_the_press_centre_opening_and_the_closing_day_and_change_before_they_start():
    for spec in BRIEFINGS:
        assert TIMELINE.press_centre_opens <= TIMELINE.date(spec["day"]) <= TIMELINE.closing, spec["slug"]
        if "changed" in spec:
            assert TIMELINE.at(*spec["changed"]) < TIMELINE.at(spec["day"], spec["time"][0]), spec["slug"]
            assert spec["changed"][0] <= LOAD_DAY, spec["slug"]  # a change already made when the demo loads
        if spec.get("status") in ("cancelled", "postponed") or spec.get("registrations"):
            assert spec["day"] > LOAD_DAY, f"{spec['slug']} should still be ahead on the load day"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_articles_speak_only_of_congress_days_that_have_come(language):
    for entry in articles(language):
        day = entry["published"]["day"] if "published" in entry else LOAD_DAY  # a draft in review: written today
        assert day <= LOAD_DAY, entry["slug"]
        for mentioned in days_mentioned(f"{entry['title']} {entry['lead']}", language):
            assert mentioned <= day, f"{entry['slug']} (day {day}) reports day {mentioned}"


def test_translations_come_out_after_their_originals():
    originals = {entry["slug"]: entry["published"] for entry in articles("vi") if "published" in entry}
    for entry in articles("en"):
        if entry.get("translation_of"):
            original = originals[entry["translation_of"]]
            translated = entry["published"]
            assert TIMELINE.at(original["day"], original["time"]) <= TIMELINE.at(translated["day"], translated["time"])


def test_the_stories_of_the_opening_and_the_first_guests_match_the_programme_and_the_guest_list():
    by_slug = {entry["slug"]: entry for entry in articles("vi")}
    opening_day = next(day for day, theme, _en in demo_content.DAYS if theme == "Khai mạc Đại hội")
    assert by_slug["khai-mac-trong-the-dai-hoi"]["published"]["day"] == opening_day

    first_arrival = min(row[-1] for row in demo_content.DELEGATIONS)
    first_guests = [row for row in demo_content.DELEGATIONS if row[-1] == first_arrival]
    story = by_slug["doan-khach-quoc-te-dau-tien-den-ha-noi"]
    assert story["published"]["day"] == first_arrival
    assert len(first_guests) == 3 and story["lead"].startswith("Ba đoàn")
    quoted = " ".join(item for item in story["body"] if isinstance(item, str))
    assert any(row[4] in quoted for row in first_guests)
    assert all(row[-1] < opening_day for row in demo_content.DELEGATIONS)


def test_documents_galleries_and_versions_are_dated_no_later_than_the_load_day():
    for _slug, _vi, _en, _status, deadline, *_texts, versions in demo_content.DOCUMENTS:
        assert all(day <= LOAD_DAY for _label_vi, _label_en, day, *_notes in versions)
        assert deadline is None or versions[0][2] < deadline  # comments are taken on a published draft
    assert all(row[3] <= LOAD_DAY for row in demo_content.GALLERIES)


def test_placeholders_are_filled_in_each_language_and_an_unknown_one_is_refused():
    known_vi, known_en = demo_figures.values("vi", TIMELINE), demo_figures.values("en", TIMELINE)
    assert demo_figures.fill("{delegates} đại biểu", known_vi) == "1.540 đại biểu"
    assert demo_figures.fill("{delegates} delegates", known_en) == "1,540 delegates"
    assert demo_figures.fill("{delegations} đoàn", known_vi) == f"{len(demo_content.DELEGATIONS)} đoàn"
    assert "17:00" in known_en["accreditation_deadline"]
    with pytest.raises(ValueError, match="delegatse"):
        demo_figures.fill("{delegatse} delegates", known_en)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_placeholder_in_the_articles_is_known(language):
    known = demo_figures.values(language, TIMELINE)
    for entry in articles(language):
        for name in re.findall(r"\{(\w+)\}", json.dumps(entry, ensure_ascii=False)):
            assert name in known, f"{entry['slug']}: {{{name}}}"

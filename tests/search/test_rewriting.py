"""Queries typed the other ways readers type: numerals, abbreviations, Telex and VNI, glued units.

The rules are unit-tested on search.rewriting; the searches go through the real embedded backend
(SQLite or PostgreSQL, whichever the suite runs on) and the JSON API, as a reader's would.
"""

import pytest

from search import rewriting, synonyms
from search.models import Synonym
from search.synonyms import CURATED, Synonyms
from search.text import Query

CURATED_ONLY = Synonyms(CURATED)


def alternatives(text, language="vi"):
    return rewriting.alternatives(Query(text), language, CURATED_ONLY)


# The rules


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("khoa 15", ["khoa xv"]),
        ("khóa XV", ["khoa 15"]),
        ("khóa XV", ["khoa muoi lam"]),
        ("lần thứ tám", ["lan thu viii"]),
        ("kỳ họp thứ 10", ["ky", "hop", "thu x"]),
        ("phiên thứ hai", ["phien", "thu 2"]),
        ("hội nghị trung ương lần thứ XIV", ["hoi", "nghi", "trung", "uong", "lan thu 14"]),
        ("Đại hội lần thứ mười bốn", ["dai", "hoi", "lan thu xiv"]),
        ("đại hội hai mươi mốt", ["dai hoi 21"]),
        ("Hội nghị Trung ương 8", ["hoi", "nghi", "trung uong lan thu viii"]),  # "lần thứ" may stand between
        ("ĐH XIV", ["dai hoi 14"]),  # the numbering word's own synonyms
    ],
)
def test_numerals_after_a_numbering_word_stand_for_each_other(typed, expected):
    # The numbering word and its number make one phrase: they must stand together in the text.
    assert expected in alternatives(typed)


def test_a_typed_number_keeps_to_its_numbering_word():
    typed, _others = rewriting.forms(Query("Quốc hội khóa 15 họp"), "vi", CURATED_ONLY)
    assert typed == ["quoc", "hoi", "khoa 15", "hop"]


@pytest.mark.parametrize("typed", ["15 tỉnh thành", "ngày 15", "Điều XV của dự thảo", "tám giờ sáng", "khóa 51"])
def test_a_number_elsewhere_stays_a_number(typed):
    assert alternatives(typed) == []


def test_roman_numerals_round_trip_up_to_fifty():
    assert [rewriting.to_roman(number) for number in (1, 4, 9, 14, 40, 49, 50)] == [
        "i",
        "iv",
        "ix",
        "xiv",
        "xl",
        "xlix",
        "l",
    ]


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("BCH", ["ban chap hanh"]),
        ("bch", ["ban chap hanh"]),
        ("Ban Chấp hành", ["bch"]),
        ("UBND tỉnh", ["uy ban nhan dan", "tinh"]),
        ("TP.HCM", ["thanh pho ho chi minh"]),
        ("tphcm", ["sai gon"]),
        ("Sài Gòn", ["tp hcm"]),
        ("HN", ["ha noi"]),
        ("T.Ư", ["trung uong"]),
        ("TƯ", ["trung uong"]),
    ],
)
def test_abbreviations_work_both_ways_and_long_forms_match_as_phrases(typed, expected):
    assert expected in alternatives(typed)


def test_a_short_abbreviation_that_is_also_a_word_needs_capitals():
    assert alternatives("tư tưởng") == []  # "tư", not "TƯ"
    assert alternatives("tu") == []
    # And the long form never searches for every "tư".
    assert all("tu" not in alternative for alternative in alternatives("trung ương"))


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("chuyeenr ddooir soos", ["chuyen", "doi", "so"]),
        ("ddaij hooij", ["dai", "hoi"]),
        ("quoocs hooij", ["quoc", "hoi"]),
        ("nguwowif daan", ["nguoi", "dan"]),
        ("chuye6n3 d9o6i3 so61", ["chuyen", "doi", "so"]),
        ("d9a5i ho65i", ["dai", "hoi"]),
    ],
)
def test_telex_and_vni_typed_without_an_input_method_are_decoded(typed, expected):
    assert expected in alternatives(typed)


@pytest.mark.parametrize("typed", ["offer", "cuts", "process", "covid19", "b52"])
def test_english_searches_are_never_decoded(typed):
    assert alternatives(typed, "en") == [] or typed == "covid19"
    assert all(rewriting.decode_telex(word) is None for word in ("offer", "process", "sao", "nguyen"))


def test_a_word_that_is_already_vietnamese_is_not_decoded():
    assert alternatives("sao mai") == []
    assert rewriting.decode_telex("hoa") is None and rewriting.decode_vni("hoa") is None


def test_letters_and_digits_glued_or_apart_find_each_other():
    assert alternatives("covid19") == [["covid 19"]]
    assert alternatives("COVID-19") == [["covid19"]]
    assert alternatives("covid 19") == [["covid19"]]
    assert alternatives("đi 19 tỉnh") == []  # a Vietnamese word before a number is not glued


def test_the_number_of_forms_searched_is_capped():
    typed = "BCH TW khóa XV kỳ họp thứ 8 phiên thứ 2 lần thứ 3 UBND HĐND MTTQ"
    assert 0 < len(alternatives(typed)) <= rewriting.MAX_ALTERNATIVES


# Searching, on the suite's database


@pytest.fixture
def congress_articles(publish):
    return {
        "plenum": publish(
            title="Bế mạc Hội nghị Trung ương lần thứ VIII khóa XV",
            lead="Ban Chấp hành Trung ương thảo luận dự thảo báo cáo chính trị.",
        ),
        "city": publish(title="TP.HCM chuẩn bị đón đoàn đại biểu", lead="Thành phố bố trí xe đưa đón."),
        "digital": publish(title="Chuyển đổi số trong cơ quan nhà nước", lead="Các bộ ngành số hoá hồ sơ."),
        "count": publish(title="Đoàn công tác thăm 15 tỉnh", lead="Lớp bồi dưỡng cho cán bộ trẻ."),
        "covid": publish(title="Bài học từ đại dịch COVID-19", lead="Ngành y tế tổng kết công tác phòng dịch."),
    }


def titles(client, query, language="vi"):
    response = client.get("/api/search/", {"q": query, "lang": language})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


@pytest.mark.django_db
def test_readers_find_the_congress_however_they_type_it(client, congress_articles):
    plenum, city = congress_articles["plenum"].title, congress_articles["city"].title
    assert titles(client, "hoi nghi trung uong 8")[:1] == [plenum]
    assert titles(client, "khoa 15") == [plenum]  # not the article about 15 provinces
    assert titles(client, "BCH TW") == [plenum]
    assert titles(client, "Sài Gòn") == [city]
    assert titles(client, "chuyeenr ddooir soos") == [congress_articles["digital"].title]
    assert titles(client, "chuye6n3 d9o6i3 so61") == [congress_articles["digital"].title]
    assert titles(client, "covid19") == [congress_articles["covid"].title]


@pytest.mark.django_db
def test_the_matched_form_is_highlighted_as_written(client, congress_articles):
    page = client.get("/tim-kiem/", {"q": "hoi nghi trung uong 8"}).content.decode()
    assert "<mark>Hội nghị Trung ương lần thứ VIII</mark>" in page


@pytest.fixture
def fresh_synonyms():
    synonyms.changed()
    yield
    synonyms.changed()  # the rows are rolled back with the test: forget them


@pytest.mark.django_db
def test_editors_extend_the_list_and_searches_use_it_at_once(client, publish, committed, fresh_synonyms):
    article = publish(title="Ban Tuyên giáo và Dân vận Trung ương họp báo", lead="Thông tin về chương trình.")
    assert titles(client, "BTGDV") == []
    with committed():  # saving tells every process to reload the groups once the transaction commits
        Synonym.objects.create(terms="BTGDV, Ban Tuyên giáo và Dân vận")
    assert titles(client, "BTGDV") == [article.title]


@pytest.mark.django_db
def test_suggestions_as_you_type_understand_the_same_forms(client, congress_articles):
    def suggested(typed):
        response = client.get("/api/search/suggest/", {"q": typed})
        return [suggestion["title"] for suggestion in response.json()["suggestions"]]

    plenum = congress_articles["plenum"].title
    assert suggested("hoi nghi trung uong 8 kh") == [plenum]  # the number rewritten, "kh" completed
    assert suggested("ddaij hooij ") == []  # no title holds "đại hội"
    assert suggested("chuyeenr ddooir ") == [congress_articles["digital"].title]
    assert suggested("Sài Gòn ") == [congress_articles["city"].title]


# Typing slips


def test_slips_are_one_missing_doubled_or_swapped_letter():
    from search.typos import slips

    assert "nguyen" in slips("nguyn") and "nguyen" in slips("nguyeen") and "nguyen" in slips("ngyuen")
    assert "nguyen" not in slips("nguyan")  # a wrong letter is not a slip we guess


@pytest.mark.django_db
def test_a_slip_in_a_long_word_still_finds_it_and_offers_the_correction(client, congress_articles):
    plenum = congress_articles["plenum"].title
    data = client.get("/api/search/", {"q": "trugn uong"}).json()  # two letters swapped
    assert [result["title"] for result in data["results"]] == [plenum]
    assert data["corrected"] == "trung uong"
    page = client.get("/tim-kiem/", {"q": "trugn uong"}).content.decode()
    assert "Có phải bạn muốn tìm" in page and 'href="?q=trung+uong"' in page
    assert "<mark>Trung ương</mark>" in page  # the corrected word is highlighted too
    assert client.get("/api/search/", {"q": "Chuyeenr"}).json()["corrected"] == ""  # Telex, not a slip
    # A correctly spelt query is never "corrected"; a short word is never guessed at.
    assert client.get("/api/search/", {"q": "trung ương"}).json()["corrected"] == ""
    assert client.get("/api/search/", {"q": "trug"}).json()["count"] == 0


@pytest.mark.django_db
def test_an_editor_adds_a_synonym_in_the_admin_and_a_lone_term_is_refused(client, fresh_synonyms):
    from tests.factories import make_user

    client.force_login(make_user("bientap", ["Editors"]))
    url = "/admin/snippets/search/synonym/add/"
    refused = client.post(url, {"terms": "BTGDV, btgdv", "note": ""})
    assert refused.status_code == 200 and Synonym.objects.count() == 0
    assert "Hãy ghi ít nhất hai cách viết khác nhau" in refused.content.decode()
    client.post(url, {"terms": "BTGDV, Ban Tuyên giáo và Dân vận", "note": "Tên ban mới"})
    assert list(Synonym.objects.values_list("terms", flat=True)) == ["BTGDV, Ban Tuyên giáo và Dân vận"]

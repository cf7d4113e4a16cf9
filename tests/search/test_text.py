"""Vietnamese text handling: pure functions, no database."""

import unicodedata

import pytest

from search import text
from search.text import Query


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Đại hội", "dai hoi"),
        ("ĐẠI HỘI", "dai hoi"),
        ("Nguyễn Thị Ngọc", "nguyen thi ngoc"),
        ("ệ ữ ẫ ặ ờ ự", "e u a a o u"),
        ("Quảng Ninh, Bà Rịa–Vũng Tàu", "quang ninh ba ria vung tau"),
    ],
)
def test_folding_removes_every_diacritic_and_the_stroke_of_d(written, folded):
    assert text.index_folded(written) == folded


def test_decomposed_and_precomposed_text_give_the_same_words():
    precomposed = "Nghị quyết Đại hội lần thứ XIV về phát triển bền vững"
    decomposed = unicodedata.normalize("NFD", precomposed)
    assert decomposed != precomposed
    assert text.tokens(decomposed) == text.tokens(precomposed)
    assert text.index_folded(decomposed) == text.index_folded(precomposed)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hòa bình", "hoà bình"),
        ("thủy lợi", "thuỷ lợi"),
        ("khỏe mạnh", "khoẻ mạnh"),
        ("HÒA", "HOÀ"),
        ("Ủy ban", "Uỷ ban"),
    ],
)
def test_old_and_new_tone_placement_are_the_same_exact_word(old, new):
    assert text.tokens(old) == text.tokens(new)


def test_tone_placement_leaves_other_syllables_alone():
    assert text.tokens("quý hoàng thuyền khoái") == ["quý", "hoàng", "thuyền", "khoái"]


def test_exact_words_keep_diacritics_apart():
    assert text.tokens("mã mà ma má") == ["mã", "mà", "ma", "má"]
    assert Query("mã").has_diacritics
    assert not Query("ma").has_diacritics


@pytest.mark.parametrize(
    "raw",
    ['"', "NEAR(a b", "* AND OR NOT", "'; DROP TABLE search_searchentry; --", "<script>alert(1)</script>", "😀🇻🇳", ""],
)
def test_queries_keep_only_words(raw):
    query = Query(raw)
    for word in query.exact + query.folded:
        assert word.isalnum()


def test_long_queries_are_cut_not_refused():
    query = Query("đại hội " * 1000)
    assert len(query.raw) <= text.MAX_QUERY_LENGTH
    assert len(query.exact) <= text.MAX_QUERY_TOKENS


def test_english_words_are_stemmed_only_for_english():
    assert text.index_folded("Delegates elections", "en") == "deleg elect"
    assert text.index_folded("Delegates elections", "vi") == "delegates elections"


def test_highlight_marks_the_original_words_and_escapes_the_rest():
    html = text.highlight("<b>Đại hội</b> & dài hơi", Query("dai hoi"))
    assert html == "&lt;b&gt;<mark>Đại hội</mark>&lt;/b&gt; &amp; <mark>dài hơi</mark>"


def test_highlight_finds_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Ông Nguyễn phát biểu")
    assert "<mark>Nguyễn</mark>" in text.highlight(decomposed, Query("nguyen"))


def test_snippet_is_a_window_around_the_matches():
    body = "Mở đầu bài viết. " * 30 + "Thành phố Cần Thơ đón đoàn đại biểu." + " Kết thúc." * 30
    snippet = text.snippet(body, Query("can tho"), length=120)
    assert "<mark>Cần Thơ</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < 200

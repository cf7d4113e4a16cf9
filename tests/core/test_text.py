"""Folding Vietnamese to ASCII for slugs."""

from core.text import fold, folded_slug, unique_slug


def test_fold_strips_vietnamese_marks_including_d_with_stroke():
    assert fold("Đại hội Đảng lần thứ XIV") == "Dai hoi Dang lan thu XIV"
    assert fold("Nghị quyết, Điều lệ") == "Nghi quyet, Dieu le"


def test_folded_slug_is_ascii_and_cut_at_a_word():
    assert folded_slug("Đại hội đại biểu toàn quốc", 80) == "dai-hoi-dai-bieu-toan-quoc"
    assert folded_slug("Đại hội đại biểu toàn quốc", 12) == "dai-hoi-dai"
    assert folded_slug("!!!", 80) == ""


def test_unique_slug_numbers_taken_slugs_within_the_length():
    assert unique_slug("dai-hoi", set(), 20) == "dai-hoi"
    assert unique_slug("dai-hoi", {"dai-hoi", "dai-hoi-2"}, 20) == "dai-hoi-3"
    assert unique_slug("abcdefghij", {"abcdefghij"}, 10) == "abcdefgh-2"


def test_tags_get_ascii_slugs(db):
    from taggit.models import Tag

    assert Tag.objects.create(name="Đại hội").slug == "dai-hoi"
    assert Tag.objects.create(name="Nghị quyết").slug == "nghi-quyet"
    assert Tag.objects.create(name="nghị-quyết!").slug == "nghi-quyet_1", "taggit's own clash handling still works"

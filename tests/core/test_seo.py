"""Where page N of a listing goes in the other language, and which address hreflang names: pure rules, no database."""

from core.pagination import page_count
from core.seo import Alternate, SocialCard, canonical_path, listing_alternate


def test_page_n_goes_to_page_n_where_the_other_listing_is_long_enough():
    assert listing_alternate("/en/news/", 2, pages=3) == Alternate("/en/news/?page=2")
    assert listing_alternate("/en/news/", 1, pages=3) == Alternate("/en/news/")


def test_a_shorter_listing_offers_its_last_page_without_claiming_to_be_the_same():
    assert listing_alternate("/en/news/", 5, pages=3) == Alternate("/en/news/?page=3", exact=False)
    assert listing_alternate("/en/news/", 2, pages=1) == Alternate("/en/news/", exact=False)


def test_filters_are_kept_and_a_page_that_is_not_a_listing_drops_the_number():
    assert listing_alternate("/en/documents/", 2, pages=2, filters={"status": "adopted"}) == Alternate(
        "/en/documents/?status=adopted&page=2"
    )
    assert listing_alternate("/en/programme/", 4, pages=None) == Alternate("/en/programme/")


def test_page_count_follows_djangos_paginator():
    assert [page_count(count, 12) for count in (0, 1, 12, 13, 25)] == [1, 1, 1, 2, 3]
    assert page_count(0, 12, allow_empty=False) == 0, "a tag without articles has no page at all"


def test_canonical_addresses_keep_only_the_page_number():
    assert canonical_path("/en/search/?q=congress&type=article&page=2") == "/en/search/?page=2"
    assert canonical_path("/en/documents/?status=adopted&page=1") == "/en/documents/"
    assert canonical_path("/tin-tuc/?page=abc") == "/tin-tuc/"


def test_a_sub_view_keeps_the_sections_description_unless_it_has_its_own():
    section = SocialCard(title="Tin tức", description="Chia sẻ", meta_description="Tìm kiếm")

    assert section.for_view("Thẻ: Đại hội") == SocialCard("Thẻ: Đại hội", "Chia sẻ", "Tìm kiếm")
    assert section.for_view("Quốc tế", "Khách quốc tế") == SocialCard("Quốc tế", "Khách quốc tế", "Khách quốc tế")

"""Every public page type exists in both languages, the switcher lands on the translation, lists work."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Locale

from core.pages import publish
from home.models import (
    Delegation,
    GalleryPage,
    GalleryPhoto,
    GuestsPage,
    InfographicPage,
    Menu,
    MenuItem,
    MultimediaIndexPage,
    ProgrammePage,
    SitemapPage,
    VideoPage,
)
from tests.factories import ImageFactory

from .factories import make_document, programme, publish_sessions, session

pytestmark = pytest.mark.django_db

SECTION_URLS = {
    "/chuong-trinh/": "/en/programme/",
    "/van-kien/": "/en/documents/",
    "/khach-moi-quoc-te/": "/en/international-guests/",
    "/da-phuong-tien/": "/en/multimedia/",
    "/so-do-trang/": "/en/sitemap/",
}


def switcher_links(html):
    switcher = html[html.index('class="language-switcher"') :]
    return switcher[: switcher.index("</nav>")]


@pytest.mark.parametrize(("vietnamese", "english"), SECTION_URLS.items())
def test_sections_exist_in_both_languages_and_the_switcher_links_them(client, vietnamese, english):
    vi_html = client.get(vietnamese).content.decode()
    en_html = client.get(english).content.decode()
    assert f'href="{english}"' in switcher_links(vi_html)
    assert f'href="{vietnamese}"' in switcher_links(en_html)
    assert '<html lang="vi">' in vi_html and '<html lang="en">' in en_html


def test_leaf_page_types_can_be_translated_and_switch_language(client):
    english = Locale.objects.get(language_code="en")
    multimedia = MultimediaIndexPage.objects.get(locale__language_code="vi")
    image = ImageFactory()
    pages = [
        make_document("Dự thảo thử", sections=["Mục một"]),
        multimedia.add_child(instance=GalleryPage(title="Ảnh thử", photos=[GalleryPhoto(image=image, caption="Ảnh")])),
        multimedia.add_child(instance=VideoPage(title="Video thử", video_url="https://www.youtube.com/watch?v=x")),
        multimedia.add_child(instance=InfographicPage(title="Đồ họa thử", image=image, text_version="<p>Số liệu</p>")),
    ]
    for page in pages:
        page = publish(page.specific)
        translated = publish(page.copy_for_translation(english).specific)
        vi_html = client.get(page.url).content.decode()
        assert client.get(translated.url).status_code == 200
        assert f'href="{translated.url}"' in switcher_links(vi_html), type(page).__name__


def test_gallery_photos_have_their_own_pages_with_previous_and_next(client):
    multimedia = MultimediaIndexPage.objects.get(locale__language_code="vi")
    photos = [GalleryPhoto(image=ImageFactory(), caption=f"Ảnh số {number}") for number in range(1, 4)]
    gallery = publish(multimedia.add_child(instance=GalleryPage(title="Khai mạc", photos=photos)))
    html = client.get(gallery.url).content.decode()
    assert f'href="{gallery.url}photo/2/"' in html
    assert gallery.specific.cover_image_id == photos[0].image_id
    second = client.get(f"{gallery.url}photo/2/").content.decode()
    assert "Ảnh số 2" in second
    assert f'href="{gallery.url}photo/1/" rel="prev"' in second
    assert f'href="{gallery.url}photo/3/" rel="next"' in second
    assert client.get(f"{gallery.url}photo/4/").status_code == 404


def test_english_programme_shows_the_vietnamese_sessions_in_english(client):
    publish_sessions([session(datetime.date(2026, 1, 19), "08:00", "09:00", "Khai mạc", title_en="Opening")])
    html = client.get("/en/programme/").content.decode()
    assert "Opening" in html and "Khai mạc" not in html
    vi_html = client.get("/chuong-trinh/").content.decode()
    assert "Khai mạc" in vi_html
    session_id = programme("vi").sessions.get().pk
    assert f'id="session-{session_id}"' in html and f'id="session-{session_id}"' in vi_html
    assert 'id="day-2026-01-19"' in html


def test_sessions_are_entered_on_the_vietnamese_programme_only():
    english = programme("en")
    english.sessions = [session(datetime.date(2026, 1, 19), "08:00", "09:00", "Khai mạc")]
    with pytest.raises(ValidationError):
        english.full_clean()


def test_session_validation_messages():
    item = session(datetime.date(2026, 1, 19), "10:00", "09:00", "Sai giờ", status="changed")
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert set(error.value.message_dict) == {"end_time", "change_note_vi"}


def test_guests_are_grouped_by_region_and_hidden_until_announced(client):
    Delegation.objects.create(organisation="Forum A", country="FR", region="europe", head_of_delegation="Claire D.")
    Delegation.objects.create(
        organisation="Front B",
        organisation_vi="Mặt trận B",
        country="LA",
        region="asia_pacific",
        head_of_delegation="S. K.",
        head_title="Vice-President",
        head_title_vi="Phó Chủ tịch",
    )
    Delegation.objects.create(
        organisation="Secret C", country="DE", region="europe", head_of_delegation="X", is_public=False
    )
    vi_html = client.get("/khach-moi-quoc-te/").content.decode()
    en_html = client.get("/en/international-guests/").content.decode()
    assert vi_html.index("Châu Á – Thái Bình Dương") < vi_html.index("Châu Âu")
    assert "Mặt trận B" in vi_html and "Lào" in vi_html and "Pháp" in vi_html
    assert "Front B" in en_html and "Laos" in en_html and "Asia and the Pacific" in en_html
    # The head's position in the reader's language, as the organisation's name.
    assert "Phó Chủ tịch" in vi_html and "Vice-President" not in vi_html
    assert "Vice-President" in en_html and "Phó Chủ tịch" not in en_html
    assert "Secret C" not in vi_html and "Secret C" not in en_html


def test_a_video_page_without_its_video_yet_shows_the_cover_and_transcript_not_a_player(client):
    multimedia = MultimediaIndexPage.objects.get(locale__language_code="vi")
    video = VideoPage(
        title="Video sắp đăng",
        slug="video-sap-dang",
        cover_image=ImageFactory(description="Hội trường nhìn từ tầng hai"),
        transcript="<p>Lời thoại của video.</p>",
    )
    multimedia.add_child(instance=video)
    publish(video)

    html = client.get(video.url).content.decode()

    assert "<iframe" not in html and "Xem video" not in html
    assert 'alt="Hội trường nhìn từ tầng hai"' in html
    assert "Video sẽ được đăng tại đây." in html and "Lời thoại của video." in html
    with pytest.raises(ValidationError) as error:
        VideoPage(title="Trống", slug="trong").clean()
    assert set(error.value.message_dict) == {"video_url"}


def test_guests_are_listed_by_country_in_vietnamese_alphabetical_order(client):
    for country in ("DK", "IN", "AU", "DE", "BE"):  # Đan Mạch, Ấn Độ, Úc, Đức, Bỉ
        Delegation.objects.create(
            organisation=f"Party {country}", country=country, region="europe", head_of_delegation="X"
        )
    html = client.get("/khach-moi-quoc-te/").content.decode()
    names = ["Ấn Độ", "Bỉ", "Đan Mạch", "Đức", "Úc"]
    assert sorted(names, key=html.index) == names
    english = client.get("/en/international-guests/").content.decode()
    names = ["Australia", "Belgium", "Denmark", "Germany", "India"]
    assert sorted(names, key=english.index) == names


def test_a_delegation_needs_a_country_unless_it_is_international():
    with pytest.raises(ValidationError):
        Delegation(organisation="X", region="europe", head_of_delegation="Y").clean()
    Delegation(organisation="World Forum", region="international", head_of_delegation="Y").clean()


def test_the_default_main_menu_has_every_section_and_the_press_centre_in_both_languages(client):
    for url, links in (
        ("/", ["/chuong-trinh/", "/van-kien/", "/tin-tuc/", "/trung-tam-bao-chi/"]),
        ("/en/", ["/en/programme/", "/en/documents/", "/en/news/", "/en/press-centre/"]),
    ):
        html = client.get(url).content.decode()
        nav = html[html.index('id="site-nav-list"') :]
        nav = nav[: nav.index("</ul>")]
        assert all(f'href="{link}"' in nav for link in links), (url, nav)


def test_menus_editors_make_replace_the_default_menu(client):
    home = programme("vi").get_parent()
    default = client.get("/").content.decode()
    assert 'href="/chuong-trinh/"' in default[default.index("site-nav__list") :][:2000]

    guests = GuestsPage.objects.get(locale__language_code="vi")
    main = Menu.objects.create(locale_id=home.locale_id, slot="main")
    MenuItem.objects.create(menu=main, link_page=guests, label="Khách quốc tế", sort_order=0)
    MenuItem.objects.create(menu=main, link_url="https://example.org/", label="Trang ngoài", sort_order=1)
    unpublished = programme("vi")
    unpublished.unpublish()
    MenuItem.objects.create(menu=main, link_page=unpublished, sort_order=2)
    footer = Menu.objects.create(locale_id=home.locale_id, slot="footer")
    MenuItem.objects.create(menu=footer, link_page=SitemapPage.objects.get(locale__language_code="vi"), sort_order=0)

    html = client.get("/").content.decode()
    nav = html[html.index("site-nav__list") :]
    nav = nav[: nav.index("</ul>")]
    assert 'href="/khach-moi-quoc-te/">Khách quốc tế</a>' in nav
    assert 'href="https://example.org/">Trang ngoài</a>' in nav
    assert "/chuong-trinh/" not in nav  # unpublished pages are left out
    footer_html = html[html.index("site-footer") :]
    assert 'href="/so-do-trang/"' in footer_html
    assert 'href="/khach-moi-quoc-te/">Khách quốc tế</a>' not in client.get("/en/").content.decode()


def footer_of(client, url):
    html = client.get(url).content.decode()
    return html[html.index('class="site-footer"') :]


def test_the_footer_has_one_sitemap_link_with_or_without_a_footer_menu(client):
    sitemap_vi, sitemap_en = (SitemapPage.objects.get(locale__language_code=code) for code in ("vi", "en"))
    for url, sitemap in (("/", sitemap_vi), ("/en/", sitemap_en)):
        footer = footer_of(client, url)
        assert footer.count("<a href=") - footer.count("mailto:") == footer.count(f'href="{sitemap.url}"') == 1
        assert "sitemap.xml" not in footer

    footer_menu = Menu.objects.create(locale_id=sitemap_vi.locale_id, slot="footer")
    MenuItem.objects.create(menu=footer_menu, link_page=programme("vi"), sort_order=0)
    MenuItem.objects.create(menu=footer_menu, link_page=sitemap_vi, label="Bản đồ trang", sort_order=1)
    footer = footer_of(client, "/")
    assert footer.count(f'href="{sitemap_vi.url}"') == 1
    assert ">Bản đồ trang</a>" in footer  # the editors' label is kept


def test_a_menu_link_must_be_in_the_menus_language():
    menu = Menu.objects.create(locale=Locale.objects.get(language_code="vi"), slot="main")
    with pytest.raises(ValidationError):
        MenuItem(menu=menu, link_page=ProgrammePage.objects.get(locale__language_code="en")).clean()
    with pytest.raises(ValidationError):
        MenuItem(menu=menu, link_url="https://example.org/").clean()  # no label


def test_key_documents_on_the_home_page_must_be_in_its_language(client):
    from django.contrib.auth import get_user_model

    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from home.models import HomePage

    client.force_login(get_user_model().objects.create_superuser("sieuquantri", "admin@daihoi.local", "x"))
    home = HomePage.objects.get(locale__language_code="vi")
    english = make_document("Draft political report", language="en")
    vietnamese = make_document("Dự thảo Báo cáo chính trị")

    def save_with(document):
        data = {"title": home.title, "slug": home.slug, "lead_intro": "", "results_heading": ""}
        data |= {"results_summary": streamfield([]), "comments": inline_formset([])}
        data["key_documents"] = inline_formset([{"document": document.pk}])
        return client.post(f"/admin/pages/{home.pk}/edit/", nested_form_data(data))

    response = save_with(english)
    assert response.status_code == 200
    assert "Hãy chọn văn kiện cùng ngôn ngữ với trang chủ này." in response.content.decode()
    assert save_with(vietnamese).status_code == 302
    saved = HomePage.objects.get(pk=home.pk).get_latest_revision_as_object()
    assert [link.document for link in saved.key_documents.all()] == [vietnamese]


def test_sitemap_page_lists_the_section_but_not_articles(client, news_index):
    from tests.factories import make_article

    make_article(news_index, title="Bài viết không có trong sơ đồ")
    html = client.get("/so-do-trang/").content.decode()
    for url in ["/chuong-trinh/", "/van-kien/", "/khach-moi-quoc-te/", "/da-phuong-tien/", "/tin-tuc/"]:
        assert f'href="{url}"' in html
    assert "Bài viết không có trong sơ đồ" not in html

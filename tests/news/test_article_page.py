"""What a reader sees on an article page, and what search engines and social networks read from it."""

import datetime
import json
import re

import pytest
import time_machine

from django.utils import timezone

from wagtail.models import PageViewRestriction

from news.models import ArticleByline, ArticleDailyViews, ArticleRelatedLink
from tests.factories import AuthorFactory, CategoryFactory, ImageFactory, days_ago, make_article

pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return match.group(1) if match else None


@pytest.fixture
def article(news_index):
    return make_article(
        news_index,
        title="Đại hội biểu quyết thông qua Nghị quyết",
        slug="bieu-quyet-nghi-quyet",
        lead="Chiều nay, các đại biểu đã biểu quyết thông qua Nghị quyết Đại hội.",
        hero_image=ImageFactory(credit="Ảnh: Minh Anh"),
        hero_caption="Đại biểu giơ thẻ biểu quyết.",
        category=CategoryFactory(name="Hoạt động Đại hội", slug="hoat-dong"),
        tags=["nghị quyết", "biểu quyết"],
        source_name="Thông tấn Thủ đô",
        source_url="https://example.org/tin/nghi-quyet",
        guest_byline="Cộng tác viên Lê Hòa",
        published_at=days_ago(1),
    )


def test_article_shows_lead_hero_credit_byline_source_and_tags(client, article):
    article.bylines.add(ArticleByline(author=AuthorFactory(name="Phạm Quỳnh Anh")))
    article.save_revision().publish()

    html = client.get(article.url).content.decode()

    assert '<h1 class="article__title">Đại hội biểu quyết thông qua Nghị quyết</h1>' in html
    assert article.lead in html
    assert "Đại biểu giơ thẻ biểu quyết." in html
    assert '<span class="credit">Ảnh: Minh Anh</span>' in html
    assert "Phạm Quỳnh Anh, Cộng tác viên Lê Hòa" in html
    assert 'Nguồn: <a href="https://example.org/tin/nghi-quyet" rel="noopener nofollow">Thông tấn Thủ đô</a>' in html
    assert 'href="/tin-tuc/tag/nghi-quyet/">nghị quyết</a>' in html
    assert "<picture>" in html and 'type="image/webp"' in html, "responsive WebP with a fallback"


def test_article_has_social_and_structured_metadata(client, article):
    html = client.get(article.url).content.decode()

    assert '<link rel="canonical" href="http://testserver/tin-tuc/bieu-quyet-nghi-quyet/">' in html
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:title") == article.title
    assert meta(html, "property", "og:image").startswith("http://testserver/")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["inLanguage"] == "vi"
    assert data["articleSection"] == "Hoạt động Đại hội"
    assert data["author"] == [{"@type": "Person", "name": "Cộng tác viên Lê Hòa"}]
    assert data["isBasedOn"] == "https://example.org/tin/nghi-quyet"
    assert data["image"][0].startswith("http://testserver/")


def test_json_ld_cannot_be_broken_out_of(client, news_index):
    article = make_article(news_index, title="Tiêu đề có </script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"].startswith("Tiêu đề có </script>")


def test_share_links_cover_email_facebook_zalo_and_copy(client, article):
    html = client.get(article.url).content.decode()
    assert 'href="mailto:?subject=' in html
    assert (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Ftin-tuc%2Fbieu-quyet-nghi-quyet%2F"
        in html
    )
    assert "https://button-share.zalo.me/share_external" in html
    assert 'data-copy-url="http://testserver/tin-tuc/bieu-quyet-nghi-quyet/"' in html


def test_updated_time_shows_only_after_a_real_revision(client, news_index):
    with time_machine.travel(timezone.now() - datetime.timedelta(hours=3), tick=False):
        article = make_article(news_index, title="Bài được cập nhật")
    assert "Cập nhật" not in client.get(article.url).content.decode()

    article.lead = "Lời dẫn đã được sửa sau khi đăng."
    article.save_revision().publish()

    html = client.get(article.url).content.decode()
    assert 'class="article__updated">Cập nhật' in html


def test_display_date_overrides_the_publication_time(client, news_index):
    shown = timezone.make_aware(datetime.datetime(2024, 6, 14, 8, 0))
    article = make_article(news_index, title="Bài có ngày hiển thị")
    article.display_date = shown
    article.save_revision().publish()
    article.refresh_from_db()

    assert article.published_at == shown
    assert "Thứ Sáu, 14/6/2024, 08:00" in client.get(article.url).content.decode()


def test_related_articles_chosen_first_then_filled_by_category_and_tags(client, news_index):
    category = CategoryFactory(name="Văn kiện", slug="van-kien")
    article = make_article(news_index, title="Bài chính", category=category, tags=["dự thảo"])
    chosen = make_article(news_index, title="Bài được chọn thủ công", category=CategoryFactory(name="Khác"))
    same_tag = make_article(news_index, title="Bài cùng thẻ", tags=["dự thảo"], category=category)
    same_category = make_article(news_index, title="Bài cùng chuyên mục", category=category)
    make_article(news_index, title="Bài không liên quan", category=CategoryFactory(name="Đời sống"))
    ArticleRelatedLink.objects.create(article=article, related_article=chosen, sort_order=0)

    related = article.related_articles()

    assert [page.title for page in related] == [chosen.title, same_tag.title, same_category.title]
    html = client.get(article.url).content.decode()
    assert "Bài không liên quan" not in box(html, "related-heading")


def test_unpublished_related_article_is_not_shown(news_index):
    article = make_article(news_index, title="Bài chính")
    gone = make_article(news_index, title="Bài đã gỡ")
    ArticleRelatedLink.objects.create(article=article, related_article=gone, sort_order=0)
    gone.unpublish()

    assert gone.title not in [page.title for page in article.related_articles()]


def test_body_blocks_render_with_credits_and_attribution(client, news_index):
    image = ImageFactory(credit="Ảnh: Thu Trang")
    article = make_article(news_index, title="Bài có ảnh trong thân bài")
    article.body = [
        ("paragraph", "<p>Đoạn mở đầu.</p>"),
        (
            "image",
            {"image": {"image": image, "alt_text": "Hội trường chính", "decorative": False}, "caption": "Toàn cảnh"},
        ),
        ("quote", {"text": "Đoàn kết là sức mạnh.", "attribution": "Một đại biểu"}),
        ("fact_box", {"title": "Số liệu", "body": "<ul><li>1.600 đại biểu</li></ul>"}),
    ]
    article.save_revision().publish()

    html = client.get(article.url).content.decode()

    assert "<p>Đoạn mở đầu.</p>" in html
    assert 'alt="Hội trường chính"' in html
    assert 'type="image/webp"' in html.split('class="article__body"', 1)[1]
    assert 'Toàn cảnh <span class="credit">Ảnh: Thu Trang</span>' in html
    assert "<figcaption>Một đại biểu</figcaption>" in html
    assert '<h2 class="fact-box__title">Số liệu</h2>' in html


def test_a_related_article_made_private_disappears_at_once(news_index):
    category = CategoryFactory(name="Nhân sự", slug="nhan-su")
    article = make_article(news_index, title="Bài chính", category=category)
    chosen = make_article(news_index, title="Bài chọn tay", category=CategoryFactory(name="Khác"))
    similar = make_article(news_index, title="Bài cùng chuyên mục", category=category)
    ArticleRelatedLink.objects.create(article=article, related_article=chosen, sort_order=0)
    assert [page.title for page in article.related_articles()] == [chosen.title, similar.title]

    # Privacy changes do not publish anything, so cached lists are not refreshed: pages are filtered on reading.
    for page in (chosen, similar):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="noi-bo")

    assert article.related_articles() == []


def box(html, heading_id):
    return html.split(f'aria-labelledby="{heading_id}"', 1)[1].split("</section>", 1)[0]


def test_an_article_shows_the_latest_news_and_the_most_read_of_its_language(client, news_index, news_index_en):
    reading = make_article(news_index, title="Bài đang đọc", published_at=days_ago(0))
    older = [make_article(news_index, title=f"Tin cũ hơn {n}", published_at=days_ago(n)) for n in range(1, 7)]
    english = make_article(news_index_en, title="English news", published_at=days_ago(0))
    ArticleDailyViews.objects.create(article=older[5], day=timezone.localdate(), views=40)
    ArticleRelatedLink.objects.create(article=reading, related_article=older[0])

    html = client.get(reading.url).content.decode()

    latest = box(html, "latest-heading")
    assert "Tin mới nhất" in latest
    # Newest first, without the article itself and the related article already shown above.
    assert re.findall(r">(Tin cũ hơn \d)</a>", latest) == [a.title for a in older[1:6]]
    assert reading.title not in latest and english.title not in latest
    most_read_box = box(html, "most-read-heading")
    assert f'href="{older[5].url}"' in most_read_box

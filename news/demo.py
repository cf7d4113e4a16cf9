"""Demo newsroom: categories, authors and articles in Vietnamese and English, written for this project.

The article texts live in `demo_content/articles_vi.json` and `articles_en.json` (the format is described
in `demo_content/README.md`). Publication dates are relative to the time of loading, so the demo always
looks like the last three weeks of coverage. Every article is published through a Wagtail revision, then
given its historical dates.

Idempotent: categories are found by slug, authors by name, articles by slug under their language's news
index (English translations also through their Vietnamese original), pictures by title.
"""

import datetime
import json
import random
from pathlib import Path

from django.utils import timezone
from django.utils.html import escape

from taggit.models import Tag
from wagtail.models import Locale, Revision

from core.demo_images import demo_image
from core.pages import publish

from .models import ArticleDailyViews, ArticlePage, Author, Category, NewsIndexPage

CONTENT_DIR = Path(__file__).resolve().parent / "demo_content"
LANGUAGES = ("vi", "en")  # Vietnamese first: English translations point at Vietnamese originals.
MOST_READ_DAYS = 7
# The largest rendition the templates ask for (fill-1200x675); drawing bigger only costs load time.
PICTURE_SIZE = (1200, 675)

# One entry per section: the Vietnamese (slug, name, description), then its English translation.
CATEGORIES = [
    (
        ("thoi-su", "Thời sự", "Tin tức trong nước xoay quanh Đại hội: chuẩn bị, địa phương, kinh tế."),
        ("news", "News", "Domestic news around the congress: preparations, provinces, the economy."),
    ),
    (
        ("hoat-dong-dai-hoi", "Hoạt động Đại hội", "Các phiên họp, thảo luận và bầu cử tại Đại hội."),
        ("congress-proceedings", "Congress proceedings", "Sessions, debates and elections at the congress."),
    ),
    (
        ("van-kien", "Văn kiện", "Dự thảo văn kiện, góp ý của nhân dân và các nội dung mới."),
        ("documents", "Documents", "Draft documents, public comments and what is new in them."),
    ),
    (
        ("quoc-te", "Quốc tế", "Khách mời quốc tế, điện mừng và bạn bè năm châu."),
        ("international", "International", "International guests, messages of congratulation and friends abroad."),
    ),
    (
        ("trung-tam-bao-chi", "Trung tâm báo chí", "Họp báo, hướng dẫn tác nghiệp và hoạt động của phóng viên."),
        ("press-centre", "Press centre", "Briefings, practical guidance and the work of reporters."),
    ),
    (
        ("doi-song", "Đời sống", "Văn hóa, thanh niên và đời sống thường ngày quanh Đại hội."),
        ("life", "Life", "Culture, young people and everyday life around the congress."),
    ),
]

# Staff writers (invented names). Roles are shown in the admin only.
AUTHORS = [
    ("Trần Thu Hà", "Phóng viên chính trị"),
    ("Nguyễn Minh Anh", "Phóng viên ảnh"),
    ("Lê Quang Huy", "Phóng viên"),
    ("Phạm Bảo Ngọc", "Biên tập viên"),
    ("Đỗ Hoàng Long", "Phóng viên"),
    ("Vũ Thanh Tâm", "Phóng viên kinh tế"),
    ("Ngô Lan Chi", "Phóng viên văn hóa – xã hội"),
    ("Bùi Đức Thành", "Phóng viên ảnh"),
    ("Hoàng Mai Phương", "Biên tập viên ban tiếng Anh"),
    ("Đặng Khánh Linh", "Phóng viên ban tiếng Anh"),
]


def run(command):
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    indexes = {code: NewsIndexPage.objects.get(locale=locales[code]) for code in LANGUAGES}
    categories = ensure_categories(locales)
    authors = {name: ensure_author(name, role) for name, role in AUTHORS}
    now = timezone.now()
    articles, popular, created = [], set(), 0
    for code in LANGUAGES:
        for entry in load_entries(code):
            article, is_new = ensure_article(entry, indexes, code, categories, authors, now)
            articles.append(article)
            created += is_new
            if entry.get("featured") or entry.get("popular"):
                popular.add(article.slug)
    views = seed_views(articles, timezone.localdate(now), popular)
    command.stdout.write(f"News demo: {created} articles created, {len(articles) - created} already there.")
    if views:
        command.stdout.write(f"News demo: {views} daily view counts seeded for the most-read lists.")


def load_entries(language_code):
    path = CONTENT_DIR / f"articles_{language_code}.json"
    return json.loads(path.read_text(encoding="utf-8"))


# Snippets


def ensure_categories(locales):
    """{(language_code, slug): Category}, the English ones linked to the Vietnamese as translations."""
    categories = {}
    for (vi_slug, vi_name, vi_description), (en_slug, en_name, en_description) in CATEGORIES:
        vietnamese = Category.objects.filter(locale=locales["vi"], slug=vi_slug).first()
        if vietnamese is None:
            vietnamese = Category.objects.create(
                locale=locales["vi"], slug=vi_slug, name=vi_name, description=vi_description
            )
        english = (
            vietnamese.get_translation_or_none(locales["en"])
            or Category.objects.filter(locale=locales["en"], slug=en_slug).first()
        )
        if english is None:
            english = vietnamese.copy_for_translation(locales["en"])
            english.slug, english.name, english.description = en_slug, en_name, en_description
            english.save()
        categories["vi", vi_slug] = vietnamese
        categories["en", en_slug] = english
    return categories


def ensure_author(name, role):
    author = Author.objects.filter(name=name).first()
    if author is None:
        author = Author.objects.create(name=name, role=role)
    return author


def ensure_tag(name):
    """The tag called `name` (its ASCII slug comes from news.models.fold_tag_slug)."""
    tag = Tag.objects.filter(name__iexact=name).first()
    return tag or Tag.objects.create(name=name)


# Articles


def ensure_article(entry, indexes, language_code, categories, authors, now):
    """The live article for `entry`, created, published and back-dated if missing. Returns (article, created)."""
    index = indexes[language_code]
    existing = ArticlePage.objects.child_of(index).filter(slug=entry["slug"]).first()
    if existing:
        return existing, False

    page = None
    if entry.get("translation_of"):
        original = ArticlePage.objects.child_of(indexes["vi"]).filter(slug=entry["translation_of"]).first()
        if original:
            translation = original.get_translation_or_none(index.locale)
            if translation:  # translated already, under another slug
                return translation.specific, False
            page = original.copy_for_translation(index.locale).specific

    if page is None:
        page = ArticlePage(locale=index.locale)
    fill_article(page, entry, language_code, categories, authors)
    if page.pk:
        page.save()
    else:
        index.add_child(instance=page)
    publish(page)

    first_published = publication_time(entry["published"], now)
    last_published = first_published
    update = entry.get("update")
    if update:
        page.body = body_blocks(entry["body"] + update["body"])
        publish(page)
        last_published = min(first_published + datetime.timedelta(hours=update["hours_later"]), now)
    backdate(page, first_published, last_published)
    return page, True


def fill_article(page, entry, language_code, categories, authors):
    hero = entry["hero"]
    page.title = entry["title"]
    page.slug = entry["slug"]
    page.lead = entry["lead"]
    page.hero_image = demo_image(hero["title"], credit=hero["credit"], size=PICTURE_SIZE)
    page.hero_caption = hero.get("caption", "")
    page.body = body_blocks(entry["body"])
    page.category = categories[language_code, entry["category"]]
    page.featured = entry.get("featured", False)
    page.guest_byline = entry.get("guest_byline", "")
    page.source_name = entry.get("source_name", "")
    page.source_url = entry.get("source_url", "")
    page.search_description = entry["lead"][:255]
    page.authors.set([authors[name] for name in entry.get("authors", [])])
    page.tags.set([ensure_tag(name) for name in entry["tags"]])
    page.related_links.clear()  # a copied translation would point at the other language's articles


def body_blocks(items):
    """StreamField data for core.blocks.BodyBlock from the compact form of the content files.

    A string is a paragraph and {"heading": …} an h2; consecutive ones share one rich-text block.
    {"image": alt text, "caption", "credit"}, {"quote", "attribution"} and {"fact_box": title, "items"}
    become their own blocks.
    """
    blocks = []
    for item in items:
        if isinstance(item, str) or "heading" in item:
            html = f"<p>{escape(item)}</p>" if isinstance(item, str) else f"<h2>{escape(item['heading'])}</h2>"
            if blocks and blocks[-1]["type"] == "paragraph":
                blocks[-1]["value"] += html
            else:
                blocks.append({"type": "paragraph", "value": html})
        elif "image" in item:
            image = demo_image(item["image"], credit=item["credit"], size=PICTURE_SIZE)
            value = {"image": image.pk, "decorative": False, "alt_text": item["image"]}
            blocks.append(
                {"type": "image", "value": {"image": value, "caption": item.get("caption", ""), "credit": ""}}
            )
        elif "quote" in item:
            blocks.append({"type": "quote", "value": {"text": item["quote"], "attribution": item["attribution"]}})
        elif "fact_box" in item:
            rows = "".join(f"<li>{escape(row)}</li>" for row in item["items"])
            blocks.append({"type": "fact_box", "value": {"title": item["fact_box"], "body": f"<ul>{rows}</ul>"}})
        else:
            raise ValueError(f"Unknown demo body item: {item!r}")
    return blocks


def publication_time(spec, now):
    """`days_ago` at local `time`, never in the future (an article set for later today is moved back)."""
    day = timezone.localdate(now) - datetime.timedelta(days=spec["days_ago"])
    hour, minute = (int(part) for part in spec["time"].split(":"))
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    return min(moment, now - datetime.timedelta(minutes=20))


def backdate(page, first_published, last_published):
    """Give a freshly published article its historical dates, in the page row and its revisions.

    `published_at` follows ArticlePage.save: the display date (none here), else the first publication.
    """
    ArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=first_published,
        last_published_at=last_published,
        latest_revision_created_at=last_published,
        published_at=first_published,
    )
    revisions = list(page.revisions.order_by("pk"))
    for revision in revisions:
        revision.created_at = first_published
    revisions[-1].created_at = last_published
    Revision.objects.bulk_update(revisions, ["created_at"])


# Most read


def seed_views(articles, today, popular):
    """Daily view counts for the last week, for demo articles that have none in that window yet.

    Articles whose slug is in `popular` (the featured ones and those marked "popular") draw more readers.
    """
    since = today - datetime.timedelta(days=MOST_READ_DAYS)
    counted = set(
        ArticleDailyViews.objects.filter(article__in=articles, day__gt=since).values_list("article_id", flat=True)
    )
    rows = []
    for article in ArticlePage.objects.filter(pk__in=[page.pk for page in articles]).exclude(pk__in=counted):
        rng = random.Random(f"{article.locale_id}:{article.slug}")
        popularity = rng.randint(40, 600) * (3 if article.slug in popular else 1)
        published_on = timezone.localdate(article.published_at)
        for age in range(MOST_READ_DAYS):
            day = today - datetime.timedelta(days=age)
            if day < published_on:
                break
            days_out = (day - published_on).days
            views = round(popularity * rng.uniform(0.6, 1.4) / (1 + days_out))
            if views:
                rows.append(ArticleDailyViews(article=article, day=day, views=views))
    ArticleDailyViews.objects.bulk_create(rows)
    return len(rows)

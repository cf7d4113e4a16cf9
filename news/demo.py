"""Demo newsroom: categories, authors and articles in Vietnamese and English, written for this project.

The article texts live in `demo_content/articles_vi.json` and `articles_en.json` (the format is described
in `demo_content/README.md`). Each article is dated on the congress day it describes, on the demo's one
calendar (home/demo_timeline.py), so the news agrees with the programme and the congress settings; its
shared figures come from home/demo_figures.py. An article whose time has come is published through a
Wagtail revision, then given its historical dates; one whose time is still ahead today (loading just
after midnight) is scheduled with “go live at”, as an editor would, and appears when its time comes.

Idempotent: categories are found by slug, authors by name, articles by slug under their language's news
index (English translations also through their Vietnamese original), pictures by title.
"""

import datetime
import json
import random
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape

from taggit.models import Tag
from wagtail.models import Locale, Revision

from core.demo_images import demo_image
from core.pages import publish
from home import demo_figures as figures
from home.congress import local_now
from home.demo_timeline import congress_timeline

from .models import ArticleByline, ArticleDailyViews, ArticlePage, Author, Category, NewsIndexPage

User = get_user_model()

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
    timeline = congress_timeline()
    now = local_now()
    originals = {entry["slug"]: entry for entry in load_entries("vi")}
    articles, popular, created, in_review = [], set(), 0, 0
    for code in LANGUAGES:
        known = figures.values(code, timeline)
        for entry in load_entries(code):
            entry = filled(entry, known)
            original = originals.get(entry.get("translation_of"))
            if "review" in entry:
                in_review += ensure_article_in_review(entry, indexes, categories, authors)
                continue
            moment = timeline.at(entry["published"]["day"], entry["published"]["time"])
            article, is_new = ensure_article(entry, original, indexes, code, categories, authors, moment, now)
            articles.append(article)
            created += is_new
            if entry.get("featured") or entry.get("popular"):
                popular.add(article.slug)
    views = seed_views(articles, timezone.localdate(now), popular)
    scheduled = sum(1 for article in articles if not article.live)
    command.stdout.write(f"News demo: {created} articles created, {len(articles) - created} already there.")
    if scheduled:
        command.stdout.write(f"News demo: scheduled for later today (publish_scheduled releases them): {scheduled}.")
    if views:
        command.stdout.write(f"News demo: {views} daily view counts seeded for the most-read lists.")
    if in_review:
        command.stdout.write(f"News demo: {in_review} draft submitted for review, waiting for the desk editor.")


def load_entries(language_code):
    path = CONTENT_DIR / f"articles_{language_code}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def filled(entry, known):
    """The entry with the figures of home/demo_figures.py in place of its {placeholders}."""
    if isinstance(entry, str):
        return figures.fill(entry, known)
    if isinstance(entry, list):
        return [filled(item, known) for item in entry]
    if isinstance(entry, dict):
        return {key: filled(value, known) for key, value in entry.items()}
    return entry


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


def ensure_article(entry, original, indexes, language_code, categories, authors, moment, now):
    """The article for `entry`, created if missing: published and back-dated to `moment`, or scheduled for it
    when `moment` is still ahead. `original` is the Vietnamese entry a translation shares its pictures with.
    Returns (article, created)."""
    index = indexes[language_code]
    existing = ArticlePage.objects.child_of(index).filter(slug=entry["slug"]).first()
    if existing:
        return existing, False

    page = None
    if entry.get("translation_of"):
        source = ArticlePage.objects.child_of(indexes["vi"]).filter(slug=entry["translation_of"]).first()
        if source:
            translation = source.get_translation_or_none(index.locale)
            if translation:  # translated already, under another slug
                return translation.specific, False
            page = source.copy_for_translation(index.locale).specific

    if page is None:
        page = ArticlePage(locale=index.locale)
    fill_article(page, entry, original, language_code, categories, authors)
    if page.pk:
        page.save()
    else:
        index.add_child(instance=page)
    if moment > now:
        schedule(page, moment)
        return page, True
    publish(page)

    first_published = moment
    last_published = first_published
    update = entry.get("update")
    if update:
        page.body = body_blocks(entry["body"] + update["body"], language_code, original)
        publish(page)
        last_published = min(first_published + datetime.timedelta(hours=update["hours_later"]), now)
    backdate(page, first_published, last_published)
    return page, True


def ensure_article_in_review(entry, indexes, categories, authors):
    """A draft that its writer saved twice and submitted for review, waiting at the workflow's first
    step, so the desk editor's dashboard has work and the article's history shows the two drafts.
    Returns 1 if it was created now."""
    index = indexes["vi"]
    if ArticlePage.objects.child_of(index).filter(slug=entry["slug"]).exists():
        return 0
    writer = User.objects.get(username=entry["review"]["writer"])
    page = ArticlePage(locale=index.locale, live=False, owner=writer)
    fill_article(page, {**entry, "lead": entry["review"]["draft_lead"]}, None, "vi", categories, authors)
    index.add_child(instance=page)
    page.save_revision(user=writer, log_action=True)
    page.lead = entry["lead"]
    page.save_revision(user=writer, log_action=True)
    page.get_workflow().start(page, writer)
    return 1


def fill_article(page, entry, original, language_code, categories, authors):
    page.title = entry["title"]
    page.slug = entry["slug"]
    page.lead = entry["lead"]
    page.hero_image = picture(entry["hero"], language_code, original and original["hero"])
    page.hero_caption = entry["hero"].get("caption", "")
    page.body = body_blocks(entry["body"], language_code, original)
    page.category = categories[language_code, entry["category"]]
    page.featured = entry.get("featured", False)
    page.guest_byline = entry.get("guest_byline", "")
    page.source_name = entry.get("source_name", "")
    page.source_url = entry.get("source_url", "")
    page.search_description = entry["lead"][:255]
    page.bylines = bylines(page, [authors[name] for name in entry.get("authors", [])])
    page.tags.set([ensure_tag(name) for name in entry["tags"]])
    page.related_links.clear()  # a copied translation would point at the other language's articles


def bylines(page, authors):
    """The article's bylines naming `authors` in order, keeping the rows it already has (a reload changes none)."""
    existing = {byline.author_id: byline for byline in page.bylines.all()}
    chosen = [existing.get(author.pk) or ArticleByline(author=author) for author in authors]
    for order, byline in enumerate(chosen):
        byline.sort_order = order
    return chosen


def picture(spec, language_code, original_spec=None):
    """The drawn picture for a hero or body image spec; a translation draws its original's picture again.

    The image's description, which pages use as its alt text, says what the drawing shows, in the
    language of the article.
    """
    title = spec.get("title") or spec["image"]
    source = original_spec or spec
    return demo_image(
        title,
        credit=spec["credit"],
        size=PICTURE_SIZE,
        scene=source.get("scene", "city"),
        language=language_code,
        seed=source.get("title") or source["image"],
    )


def body_blocks(items, language_code, original=None):
    """StreamField data for core.blocks.BodyBlock from the compact form of the content files.

    A string is a paragraph and {"heading": …} an h2; consecutive ones share one rich-text block.
    {"image": picture title, "caption", "credit", "scene"}, {"quote", "attribution"} and
    {"fact_box": title, "items"} become their own blocks. The n-th picture of a translation is the n-th
    picture of its `original` entry, drawn again.
    """
    original_pictures = [
        item for item in (original or {}).get("body", []) if isinstance(item, dict) and "image" in item
    ]
    blocks = []
    for item in items:
        if isinstance(item, str) or "heading" in item:
            html = f"<p>{escape(item)}</p>" if isinstance(item, str) else f"<h2>{escape(item['heading'])}</h2>"
            if blocks and blocks[-1]["type"] == "paragraph":
                blocks[-1]["value"] += html
            else:
                blocks.append({"type": "paragraph", "value": html})
        elif "image" in item:
            image = picture(item, language_code, original_pictures.pop(0) if original_pictures else None)
            value = {"image": image.pk, "decorative": False, "alt_text": image.description}
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


def schedule(page, moment):
    """Schedule the article's first publication at `moment` (Wagtail's "go live at"; publish_scheduled runs it)."""
    page.go_live_at = moment
    revision = page.save_revision(log_action=False)
    revision.publish(log_action=False)
    page.refresh_from_db()


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
    for article in ArticlePage.objects.live().filter(pk__in=[page.pk for page in articles]).exclude(pk__in=counted):
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

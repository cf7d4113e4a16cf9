"""Synthetic news content in bulk: thousands of live, public articles in seconds.

`generate(count)` adds `count` articles under a language's news index with categories, tags,
authors, hero and body images, chosen related articles and a week of view counts, using a handful
of bulk queries per thousand articles. Creating them one by one (`add_child` plus a published
revision) runs dozens of queries per article and takes minutes for 10,000.

The page rows are written directly, so the tree bookkeeping is done here: materialised paths
continue after the index's last child, `depth`, the parent's `numchild` and `url_path` are set as
treebeard and Wagtail would. `tree_problems()` checks the result the way `manage.py fixtree` does.

Left out on purpose, since public pages never read them: page revisions (the admin opens such a
page as it is), search index entries and reference index entries. A benchmark that needs search
runs `manage.py update_index` (or `wagtail.search.backends.get_search_backend().add_bulk`) itself.

All text is made up for this project from the word lists below.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field

from anyascii import anyascii

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Count, F, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.models import Page

from core.demo_images import demo_image
from news.models import (
    ArticleByline,
    ArticleDailyViews,
    ArticlePage,
    ArticleRelatedLink,
    ArticleTag,
    Author,
    Category,
    NewsIndexPage,
)

BATCH_SIZE = 1000
SPAN = datetime.timedelta(days=730)  # articles are spread over two years, newest first
IMAGE_SIZE = (1200, 675)

WORDS = {
    "vi": {
        "categories": [
            ("Thời sự Đại hội", "thoi-su-dai-hoi"),
            ("Văn kiện", "van-kien"),
            ("Nhân sự", "nhan-su"),
            ("Kinh tế", "kinh-te"),
            ("Xã hội", "xa-hoi"),
            ("Đối ngoại", "doi-ngoai"),
            ("Địa phương", "dia-phuong"),
            ("Ý kiến đại biểu", "y-kien-dai-bieu"),
        ],
        "subjects": [
            "Đoàn đại biểu Thủ đô",
            "Đoàn đại biểu các tỉnh miền Trung",
            "Đại biểu trẻ",
            "Ban Tổ chức Đại hội",
            "Tiểu ban Văn kiện",
            "Các nhà khoa học",
            "Cử tri vùng cao",
            "Đoàn đại biểu đồng bằng sông Cửu Long",
            "Các đại biểu nữ",
            "Trung tâm Báo chí",
            "Các chuyên gia kinh tế",
            "Thanh niên tình nguyện",
            "Đại biểu khối doanh nghiệp",
            "Kiều bào ở nước ngoài",
            "Đoàn đại biểu Tây Nguyên",
        ],
        "actions": [
            "thảo luận về",
            "góp ý cho",
            "kiến nghị bổ sung",
            "đánh giá cao",
            "đề xuất giải pháp cho",
            "chia sẻ kỳ vọng về",
            "làm rõ",
            "thống nhất định hướng",
            "nêu ý kiến về",
            "bàn cách triển khai",
        ],
        "topics": [
            "dự thảo Báo cáo chính trị",
            "chiến lược phát triển kinh tế số",
            "chuyển đổi xanh",
            "cải cách hành chính",
            "nguồn nhân lực chất lượng cao",
            "hạ tầng giao thông liên vùng",
            "y tế cơ sở",
            "giáo dục vùng khó khăn",
            "công tác cán bộ",
            "ứng phó biến đổi khí hậu",
            "bảo tồn văn hóa các dân tộc",
            "khoa học và đổi mới sáng tạo",
            "an sinh xã hội",
            "hội nhập quốc tế",
            "nông nghiệp bền vững",
        ],
        "details": [
            "nhấn mạnh yêu cầu đổi mới cách làm",
            "với nhiều đề xuất cụ thể cho giai đoạn tới",
            "trong phiên làm việc tại hội trường sáng nay",
            "gắn với mục tiêu phát triển đến năm 2030",
            "sau nhiều tháng lấy ý kiến rộng rãi",
            "trên cơ sở tổng kết thực tiễn ở địa phương",
        ],
        "sentences": [
            "Phiên thảo luận diễn ra trong không khí dân chủ, thẳng thắn và cởi mở.",
            "Nhiều ý kiến cho rằng cần có cơ chế rõ ràng để đưa chủ trương vào cuộc sống.",
            "Các đại biểu đề nghị bổ sung số liệu cập nhật ở từng vùng, từng ngành.",
            "Ban soạn thảo cho biết sẽ tiếp thu đầy đủ các góp ý trước khi trình Đại hội.",
            "Một số địa phương đã chủ động thí điểm và bước đầu cho kết quả khả quan.",
            "Người dân mong muốn các chính sách mới sớm được cụ thể hóa bằng hành động.",
            "Theo các chuyên gia, nguồn lực con người vẫn là yếu tố quyết định.",
            "Việc phân công, phân cấp rõ hơn sẽ giúp giảm thủ tục và tiết kiệm thời gian.",
            "Đại biểu cũng lưu ý cần chú trọng các nhóm yếu thế và vùng sâu, vùng xa.",
            "Kết thúc buổi làm việc, chủ tọa tổng hợp các nhóm vấn đề còn ý kiến khác nhau.",
            "Các nội dung sẽ tiếp tục được thảo luận tại phiên toàn thể vào ngày mai.",
            "Báo cáo nêu rõ những hạn chế cần khắc phục trong nhiệm kỳ tới.",
        ],
        "quotes": [
            "Chúng ta cần lắng nghe người dân nhiều hơn và hành động nhanh hơn.",
            "Mỗi chủ trương đúng phải đi kèm một kế hoạch thực hiện cụ thể.",
            "Thế hệ trẻ sẵn sàng nhận những việc khó, miễn là được tin tưởng.",
            "Đổi mới sáng tạo không chỉ là công nghệ mà còn là cách nghĩ, cách làm.",
        ],
        "fact_titles": ["Những con số đáng chú ý", "Thông tin thêm", "Lịch làm việc"],
        "facts": [
            "Hơn một nghìn đại biểu tham dự phiên họp",
            "Bốn nhóm vấn đề lớn được đưa ra thảo luận",
            "Ba mươi ý kiến phát biểu tại hội trường",
            "Mười hai tổ thảo luận làm việc song song",
            "Phiên bế mạc dự kiến vào cuối tuần",
        ],
        "tag_words": [
            "Đại hội",
            "Văn kiện",
            "kinh tế số",
            "chuyển đổi xanh",
            "thanh niên",
            "phụ nữ",
            "giáo dục",
            "y tế",
            "nông nghiệp",
            "giao thông",
            "đối ngoại",
            "văn hóa",
            "khoa học",
            "doanh nghiệp",
            "cải cách",
            "an sinh",
            "môi trường",
            "du lịch",
            "quốc phòng",
            "báo chí",
        ],
        "places": ["Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Tây Nguyên", "Tây Bắc", "Nam Bộ", "Nghệ An"],
        "roles": ["Phóng viên", "Biên tập viên", "Phóng viên ảnh", "Cộng tác viên"],
        "guests": ["Nhóm phóng viên thường trú", "Tổ thông tin cơ sở"],
        "sources": ["Bản tin Tổng hợp Đại hội", "Đài Tiếng nói Đại hội"],
        "caption": "Quang cảnh phiên làm việc",
        "alt": "Đại biểu trong hội trường",
        "credit": "Ảnh: Ban Tổ chức (tổng hợp)",
        "image_title": "Ảnh tổng hợp",
    },
    "en": {
        "categories": [
            ("Congress news", "congress-news"),
            ("Documents", "documents"),
            ("Economy", "economy"),
            ("Society", "society"),
            ("Foreign affairs", "foreign-affairs"),
            ("Regions", "regions"),
        ],
        "subjects": [
            "Delegates from the capital",
            "Young delegates",
            "The organising committee",
            "The documents sub-committee",
            "Scientists",
            "Business delegates",
            "Overseas Vietnamese",
            "Delegates from the Mekong Delta",
        ],
        "actions": ["discuss", "comment on", "welcome", "propose solutions for", "share hopes for", "debate"],
        "topics": [
            "the draft political report",
            "the digital economy strategy",
            "the green transition",
            "administrative reform",
            "inter-regional transport",
            "primary health care",
            "schools in remote areas",
            "climate adaptation",
            "science and innovation",
            "social welfare",
        ],
        "details": [
            "calling for faster implementation",
            "with concrete proposals for the next term",
            "at this morning's session in the main hall",
            "after months of public consultation",
        ],
        "sentences": [
            "The session was frank and open, with many delegates taking the floor.",
            "Several speakers asked for clearer mechanisms to turn policy into practice.",
            "The drafting team said every comment would be considered before the vote.",
            "Some provinces have already run pilots with encouraging early results.",
            "Experts agreed that people remain the decisive resource for development.",
            "Delegates also stressed the needs of remote and mountainous communities.",
            "The discussion continues in the plenary session tomorrow.",
            "The report sets out the shortcomings to be addressed in the coming term.",
        ],
        "quotes": [
            "We need to listen to people more and act faster.",
            "Every sound policy needs a concrete plan to carry it out.",
            "Innovation is a way of thinking as much as a technology.",
        ],
        "fact_titles": ["Key figures", "More information"],
        "facts": [
            "More than a thousand delegates attended",
            "Four groups of issues were debated",
            "Twelve discussion groups met in parallel",
        ],
        "tag_words": [
            "Congress",
            "documents",
            "digital economy",
            "green transition",
            "youth",
            "education",
            "health",
            "agriculture",
            "transport",
            "culture",
            "science",
            "reform",
        ],
        "places": ["Hanoi", "Hue", "Da Nang", "Can Tho", "Hai Phong", "Central Highlands"],
        "roles": ["Reporter", "Editor", "Photographer"],
        "guests": ["Our correspondents"],
        "sources": ["Congress News Service"],
        "caption": "The session in the main hall",
        "alt": "Delegates in the main hall",
        "credit": "Photo: Organising committee (synthetic)",
        "image_title": "Synthetic picture",
    },
}
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Hải", "Ngọc", "Đức", "Thanh", "Hoài"]
GIVEN_NAMES = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Vy"]


@dataclass
class Generated:
    """What `generate` made; `article_ids` are newest first."""

    index: NewsIndexPage
    article_ids: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    authors: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    images: list = field(default_factory=list)


def generate(count, language="vi", *, images=24, image_size=IMAGE_SIZE, authors=40, tags=200, seed=2026, now=None):
    """Add `count` live, public articles to the `language` news index (which setup_site creates).

    `images` pictures of `image_size` pixels are shared by the articles (drawn once, then reused).
    """
    rng = random.Random(seed)
    words = WORDS[language]
    now = now or timezone.now()
    index = NewsIndexPage.objects.get(locale__language_code=language, depth=3)
    with transaction.atomic():
        made = Generated(
            index=index,
            categories=_categories(index.locale_id, words),
            authors=_authors(rng, words, authors),
            tags=_tags(rng, words, tags),
            images=[
                demo_image(f"{words['image_title']} {number:03d}", credit=words["credit"], size=image_size)
                for number in range(1, images + 1)
            ],
        )
        first_position = _last_child_position(index) + 1
        interval = SPAN / max(count, 1)
        for start in range(0, count, BATCH_SIZE):
            batch = range(start, min(start + BATCH_SIZE, count))
            published = [now - interval * number - datetime.timedelta(seconds=rng.randint(0, 600)) for number in batch]
            made.article_ids += _create_batch(rng, words, made, first_position + start, published)
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
        _related_links(rng, made.article_ids)
        _daily_views(rng, made.article_ids, now)
    index.refresh_from_db()
    return made


def tree_problems(parent):
    """What is wrong with the page tree under `parent` (an empty list when nothing is).

    The checks `manage.py fixtree` runs (treebeard's find_problems: path alphabet and length, orphans,
    depth, numchild, and a specific row behind every page), plus Wagtail's url_path and sibling slugs.
    """
    labels = ["path characters", "path length", "orphans", "depth", "numchild"]
    found = zip(labels, Page.find_problems(parent=parent), strict=True)
    problems = [f"{label}: pages {ids}" for label, ids in found if ids]
    article_type = ContentType.objects.get_for_model(ArticlePage)
    missing = (
        Page.objects.descendant_of(parent).filter(content_type=article_type).exclude(pk__in=ArticlePage.objects.all())
    )
    if missing.exists():
        problems.append(f"no article row: pages {list(missing.values_list('pk', flat=True)[:20])}")
    wrong_urls = Page.objects.child_of(parent).exclude(url_path=Concat(Value(parent.url_path), "slug", Value("/")))
    if wrong_urls.exists():
        problems.append(f"url_path: pages {list(wrong_urls.values_list('pk', flat=True)[:20])}")
    duplicates = Page.objects.child_of(parent).values("slug").annotate(pages=Count("pk")).filter(pages__gt=1)
    if duplicates.exists():
        problems.append(f"duplicate slugs: {[row['slug'] for row in duplicates[:20]]}")
    return problems


# Building blocks


def _categories(locale_id, words):
    existing = {category.slug: category for category in Category.objects.filter(locale_id=locale_id)}
    missing = [
        Category(locale_id=locale_id, name=name, slug=slug, description=f"{name}.")
        for name, slug in words["categories"]
        if slug not in existing
    ]
    Category.objects.bulk_create(missing)
    slugs = [slug for _name, slug in words["categories"]]
    return list(Category.objects.filter(locale_id=locale_id, slug__in=slugs))


def _person_name(rng):
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def _authors(rng, words, count):
    names = []
    while len(names) < min(count, len(FAMILY_NAMES) * len(MIDDLE_NAMES) * len(GIVEN_NAMES)):
        name = _person_name(rng)
        if name not in names:
            names.append(name)
    existing = set(Author.objects.filter(name__in=names).values_list("name", flat=True))
    Author.objects.bulk_create(
        Author(name=name, role=rng.choice(words["roles"])) for name in names if name not in existing
    )
    return list(Author.objects.filter(name__in=names))


def _tags(rng, words, count):
    names = list(words["tag_words"])
    names += [f"{word} {place}" for word in words["tag_words"] for place in words["places"]]
    names = names[:count]
    Tag.objects.bulk_create([Tag(name=name, slug=Tag().slugify(name)) for name in names], ignore_conflicts=True)
    return list(Tag.objects.filter(name__in=names))


def _last_child_position(index):
    last_path = Page.objects.child_of(index).order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last_path[-Page.steplen :]) if last_path else 0


def _block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _paragraph(rng, words):
    return "<p>" + " ".join(rng.sample(words["sentences"], 3)) + "</p>"


def _body(rng, words, images):
    """4–7 blocks: paragraphs, and now and then a quote, a fact box or a picture."""
    blocks = [{"type": "paragraph", "value": _paragraph(rng, words), "id": _block_id(rng)} for _ in range(2)]
    if rng.random() < 0.4:
        quote = {"text": rng.choice(words["quotes"]), "attribution": _person_name(rng)}
        blocks.append({"type": "quote", "value": quote, "id": _block_id(rng)})
    if rng.random() < 0.3 and images:
        picture = {"image": rng.choice(images).pk, "decorative": False, "alt_text": words["alt"]}
        value = {"image": picture, "caption": words["caption"], "credit": ""}
        blocks.append({"type": "image", "value": value, "id": _block_id(rng)})
    blocks += [{"type": "paragraph", "value": _paragraph(rng, words), "id": _block_id(rng)} for _ in range(2)]
    if rng.random() < 0.25:
        facts = "".join(f"<li>{fact}</li>" for fact in rng.sample(words["facts"], 3))
        value = {"title": rng.choice(words["fact_titles"]), "body": f"<ul>{facts}</ul>"}
        blocks.append({"type": "fact_box", "value": value, "id": _block_id(rng)})
    return blocks


def _create_batch(rng, words, made, first_position, published):
    """Page rows (bulk_create), then the article rows, bylines and tags of one batch. Returns page ids."""
    index = made.index
    article_type = ContentType.objects.get_for_model(ArticlePage)
    body_field = ArticlePage._meta.get_field("body")
    pages, articles = [], []
    for offset, published_at in enumerate(published):
        position = first_position + offset
        title = (
            f"{rng.choice(words['subjects'])} {rng.choice(words['actions'])} {rng.choice(words['topics'])}"
            if rng.random() < 0.9
            else f"{rng.choice(words['subjects'])} {rng.choice(words['actions'])} {rng.choice(words['tag_words'])}"
        )
        slug = f"{slugify(anyascii(title))[:80]}-{position}"
        revised = rng.random() < 0.1
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=article_type,
                locale_id=index.locale_id,
                path=Page._get_path(index.path, index.depth + 1, position),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published_at,
                last_published_at=published_at + datetime.timedelta(hours=3) if revised else published_at,
                show_in_menus=False,
            )
        )
        syndicated = rng.random() < 0.15
        articles.append(
            {
                "lead": f"{title}, {rng.choice(words['details'])}. {rng.choice(words['sentences'])}",
                "hero_image_id": rng.choice(made.images).pk if made.images and rng.random() < 0.9 else None,
                "hero_caption": words["caption"],
                "body": body_field.to_python(_body(rng, words, made.images)),  # a lazy StreamValue: no queries
                "guest_byline": rng.choice(words["guests"]) if rng.random() < 0.1 else "",
                "source_name": rng.choice(words["sources"]) if syndicated else "",
                "source_url": f"https://news.example.org/{slug}" if syndicated else "",
                "category_id": rng.choice(made.categories).pk,
                "display_date": None,
                "featured": position % 500 == 1,
                "published_at": published_at,
            }
        )
    Page.objects.bulk_create(pages)
    if any(page.pk is None for page in pages):  # databases that cannot return ids from a bulk insert
        ids = dict(Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk"))
        for page in pages:
            page.pk = page.id = ids[page.path]
    for page, article in zip(pages, articles, strict=True):
        article["page_ptr_id"] = page.pk
    _insert_rows(ArticlePage, articles)

    bylines, taggings = [], []
    for page in pages:
        if rng.random() < 0.8:
            bylines += [
                ArticleByline(article_id=page.pk, author_id=author.pk, sort_order=order)
                for order, author in enumerate(rng.sample(made.authors, rng.choice([1, 1, 2])))
            ]
        taggings += [ArticleTag(content_object_id=page.pk, tag_id=tag.pk) for tag in rng.sample(made.tags, 3)]
    ArticleByline.objects.bulk_create(bylines)
    ArticleTag.objects.bulk_create(taggings)
    return [page.pk for page in pages]


def _insert_rows(model, rows):
    """INSERT `rows` (dicts of attname → value) into `model`'s own table with one executemany.

    Django's bulk_create refuses multi-table inherited models such as page types, so the Page rows
    are bulk-created first and this fills the ArticlePage table that points at them. Values go
    through each field's get_db_prep_save, as in a normal save; fields a row leaves out (the sharing
    fields, say) get their defaults.
    """
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column.column) for column in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    statement = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
    defaults = {column.attname: column.get_default() for column in fields}
    params = [
        [column.get_db_prep_save(row.get(column.attname, defaults[column.attname]), connection) for column in fields]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(statement, params)


def _related_links(rng, article_ids):
    """One article in ten has one or two chosen related articles, picked among older ones."""
    links = []
    for position, article_id in enumerate(article_ids[:-3]):
        if rng.random() < 0.1:
            older = rng.sample(article_ids[position + 1 :], min(rng.choice([1, 2]), len(article_ids) - position - 1))
            links += [
                ArticleRelatedLink(article_id=article_id, related_article_id=other, sort_order=order)
                for order, other in enumerate(older)
            ]
    ArticleRelatedLink.objects.bulk_create(links, batch_size=BATCH_SIZE)


def _daily_views(rng, article_ids, now):
    """A week of view counts for the 300 newest articles, so "most read" has something to rank."""
    today = timezone.localdate(now)
    rows = [
        ArticleDailyViews(article_id=article_id, day=today - datetime.timedelta(days=days), views=rng.randint(5, 900))
        for article_id in article_ids[:300]
        for days in range(7)
    ]
    ArticleDailyViews.objects.bulk_create(rows, batch_size=BATCH_SIZE)

"""Import syndicated articles from JSON Lines (used by `manage.py import_articles`).

Each line of the file is one JSON object describing an article (see FIELDS). A line is read in three
steps, each of which can reject it with reasons the operator can act on:

1. parse: valid UTF-8 and a JSON object;
2. validate (`validate_record`): fields, types, lengths that fit the model, dates with an offset,
   a known language, a readable image inside the file's folder; the body is sanitised into the rich
   text of the paragraph block here, so that nothing invalid reaches the database;
3. save (`ArticleImporter`): find the article by `source_url`, then create it, update it with a new
   published revision, or leave it alone when nothing changed. An article that editors changed
   since it was imported (its latest revision has a user) is refused unless `overwrite_edits`; one
   that editors unpublished is skipped (not a failure: it is their decision). Each line has its own
   transaction.

With `dry_run` the third step only decides what it would do, so a dry run reports the same problems
and the same counts as a real run, and writes nothing (no rows, no image files).
"""

import datetime
import enum
import hashlib
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, ProcessingInstruction
from PIL import Image as PILImage

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.images import ImageFile
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.images.fields import WagtailImageField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.whitelist import check_url

from core.blocks import BodyBlock
from core.models import CustomImage
from core.text import TITLE_SLUG_LENGTH, folded_slug, unique_slug

from .models import ArticlePage, Category, NewsIndexPage

REQUIRED_FIELDS = ("title", "lead", "body", "published_at", "source_name", "source_url", "category", "language")
OPTIONAL_FIELDS = ("tags", "image", "image_caption")
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS

# A file's clock may run a little ahead of ours; anything later than this is a mistake, not a skew.
FUTURE_TOLERANCE = datetime.timedelta(minutes=5)
TAG_MAX_LENGTH = 100  # taggit's Tag.name

JSON_TYPE_NAMES = {str: "a string", int: "a number", float: "a number", bool: "true/false", list: "a list"}
JSON_TYPE_NAMES |= {dict: "an object", type(None): "null"}


class Outcome(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


class LineError(Exception):
    """A line that cannot be imported, with one reason per problem."""

    def __init__(self, *reasons):
        super().__init__("; ".join(reasons))
        self.reasons = list(reasons)


class LineSkipped(Exception):
    """A valid line left alone because of an editor's decision (an unpublished article).

    Not a failure: the same line comes back in every run of a syndication feed, and a cron job must
    not report an error forever for what editors chose.
    """


# Body: plain text or HTML to the rich text of the paragraph block

PARAGRAPH_FEATURES = BodyBlock.base_blocks["paragraph"].features

# Dropped with everything inside them: code, styles, embedded documents, forms and media.
DROPPED_TAGS = {
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
    "svg", "math", "canvas", "audio", "video", "picture", "source", "track", "img", "map", "form", "input",
    "button", "select", "textarea", "head", "title", "meta", "link", "base",
}  # fmt: skip
# Elements the paragraph block keeps (with `features` above); everything else is renamed or unwrapped.
KEPT_TAGS = {"p", "br", "h2", "h3", "b", "strong", "i", "em", "a", "ul", "ol", "li", "blockquote"}
RENAMED_HEADINGS = {"h1": "h2", "h4": "h3", "h5": "h3", "h6": "h3"}
# Boxes that hold text: a paragraph when they hold only inline content, else unwrapped.
CONTAINER_TAGS = {
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "table",
    "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "address", "dl", "dt", "dd", "center",
    "details", "summary", "fieldset", "legend", "hgroup",
}  # fmt: skip
TEXT_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"}
BLOCK_TAGS = TEXT_BLOCK_TAGS | CONTAINER_TAGS | {"ul", "ol"}
INLINE_FORMAT_TAGS = {"b", "strong", "i", "em", "a"}
# Tags that mark a body as HTML rather than plain text.
HTML_TAGS = KEPT_TAGS | BLOCK_TAGS | DROPPED_TAGS | {"span", "u", "s", "small", "sub", "sup", "code", "font", "hr"}
LINK_SCHEMES = ("http", "https", "mailto")
IGNORED_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)


def body_format(text):
    """ "html" when the body has HTML blocks, "inline-html" when it has only inline tags, else "text"."""
    names = {tag.name for tag in BeautifulSoup(text, "html.parser").find_all(True)}
    if names & BLOCK_TAGS:
        return "html"
    return "inline-html" if names & HTML_TAGS else "text"


def text_to_paragraphs(text, escape_text=True):
    """Paragraphs separated by blank lines become <p>, single line breaks <br>.

    Plain text is escaped; HTML with only inline tags (bold, links) keeps them and still gets its
    paragraphs from the blank lines.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs, current = [], []
    for line in [*lines, ""]:
        if line.strip():
            current.append(escape(line.strip()) if escape_text else line.strip())
        elif current:
            paragraphs.append("<p>" + "<br/>".join(current) + "</p>")
            current = []
    return "".join(paragraphs)


def clean_html(html, base_url=""):
    """Reduce arbitrary HTML to well-formed markup of the paragraph block's elements.

    Wagtail's converter (below) keeps only the allowed features, but it expects editor-like input:
    it keeps the text of <script> or <style> as visible words, and it refuses blocks nested in bold
    or links. So first: drop dangerous elements with their content, drop every attribute but a
    checked link target (event handlers, styles, Wagtail's own link and embed markers), and flatten
    layout boxes into paragraphs.
    """
    soup = BeautifulSoup(html, "html.parser")
    for string in soup.find_all(string=lambda text: isinstance(text, IGNORED_STRINGS)):
        string.extract()
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        href = tag.get("href") if tag.name == "a" else None
        tag.attrs = {}
        if href:
            href = urljoin(base_url, href.strip())
            if check_url(href) and href.split(":", 1)[0].lower() in LINK_SCHEMES:
                tag.attrs["href"] = href
    for tag in soup.find_all(True):  # document order: a parent is settled before its children
        has_blocks = tag.find(BLOCK_TAGS) is not None
        if tag.name in CONTAINER_TAGS:
            if has_blocks:
                tag.unwrap()
            else:
                tag.name = "p"
        elif tag.name == "li" and tag.parent.name in ("ul", "ol"):
            pass  # a list item, possibly of a list nested in another item
        elif tag.name in TEXT_BLOCK_TAGS and tag.find_parent(TEXT_BLOCK_TAGS):
            _unwrap_nested_block(soup, tag)
        elif tag.name == "li":
            tag.name = "p"
        elif (tag.name in INLINE_FORMAT_TAGS and has_blocks) or (tag.name == "a" and "href" not in tag.attrs):
            tag.unwrap()
        elif tag.name in RENAMED_HEADINGS:
            tag.name = RENAMED_HEADINGS[tag.name]
        elif tag.name not in KEPT_TAGS:
            tag.unwrap()
    return soup.decode()


def _unwrap_nested_block(soup, tag):
    """A paragraph inside a quote or a list item: keep its text, on a line of its own."""
    previous = tag.previous_sibling
    if previous is not None and (not isinstance(previous, str) or previous.strip()):
        tag.insert_before(soup.new_tag("br"))
    tag.unwrap()


def body_to_rich_text(body, base_url=""):
    """The body (plain text or HTML) as the database format of the paragraph block's rich text.

    Goes through Wagtail's Draftail converter with the block's features, so the result holds
    exactly what an editor could have typed. Block keys are numbered rather than random, so the
    same body always gives the same rich text and a re-import can tell that nothing changed.
    """
    kind = body_format(body)
    if kind == "text":
        html = text_to_paragraphs(body)
    else:
        html = clean_html(body if kind == "html" else text_to_paragraphs(body, escape_text=False), base_url)
    converter = ContentstateConverter(PARAGRAPH_FEATURES)
    try:
        contentstate = json.loads(converter.from_database_format(html))
    except AssertionError as error:  # Wagtail's converter asserts on structures it cannot map
        raise LineError(f"body: the HTML could not be converted ({error})") from error
    if not any(block["text"].strip() for block in contentstate["blocks"]):
        raise LineError("body has no text (after removing what the article body does not allow)")
    for number, block in enumerate(contentstate["blocks"]):
        block["key"] = f"i{number:04x}"
    return converter.to_database_format(json.dumps(contentstate))


# Validation


@dataclass(frozen=True)
class ImageData:
    path: Path
    sha1: str


@dataclass
class ArticleData:
    """One validated line, ready to save."""

    title: str
    lead: str
    body: str  # rich text (database format) of the single paragraph block
    published_at: datetime.datetime
    source_name: str
    source_url: str
    category: str
    language: str
    tags: list = field(default_factory=list)
    image: ImageData | None = None
    image_caption: str = ""


def parse_line(raw):
    """The JSON object on a line of bytes."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LineError(f"not valid UTF-8 (byte {error.object[error.start]:#x} at position {error.start})") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise LineError(f"expected a JSON object, got {JSON_TYPE_NAMES.get(type(record), type(record).__name__)}")
    return record


def max_length(model, name):
    return model._meta.get_field(name).max_length


def validate_record(record, base_dir, now=None):
    """An ArticleData for a parsed line, or LineError with every problem found."""
    errors = []
    unknown = sorted(set(record) - set(FIELDS))
    if unknown:
        errors.append(f"unknown field(s): {', '.join(unknown)} (allowed: {', '.join(FIELDS)})")
    missing = [name for name in REQUIRED_FIELDS if record.get(name) in (None, "")]
    errors.extend(f"missing required field: {name}" for name in missing)

    def text(name, limit=None, single_line=True):
        value = record.get(name)
        if name in missing or value is None:
            return ""
        if not isinstance(value, str):
            errors.append(f"{name} must be a string, not {JSON_TYPE_NAMES.get(type(value), type(value).__name__)}")
            return ""
        value = " ".join(value.split()) if single_line else value.strip()
        if not value and name in REQUIRED_FIELDS:
            errors.append(f"{name} is empty")
        if limit and len(value) > limit:
            errors.append(f"{name} is too long ({len(value)} characters, at most {limit})")
        return value

    title = text("title", max_length(Page, "title"))
    lead = text("lead", max_length(ArticlePage, "lead"))
    body = text("body", single_line=False)
    source_name = text("source_name", max_length(ArticlePage, "source_name"))
    source_url = text("source_url", max_length(ArticlePage, "source_url"))
    category = text("category", max_length(Category, "name"))
    language = text("language")
    image_caption = text("image_caption", max_length(ArticlePage, "hero_caption"))
    published_at = check_date(record.get("published_at"), errors, now) if "published_at" not in missing else None

    if source_url and len(source_url) <= max_length(ArticlePage, "source_url"):
        try:
            URLValidator(schemes=["http", "https"])(source_url)
        except ValidationError:
            errors.append(f"source_url is not a valid http(s) URL: {source_url!r}")
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if language and language not in languages:
        errors.append(f"language must be one of {', '.join(languages)}, not {language!r}")
    if category and not folded_slug(category, max_length(Category, "slug")):
        errors.append(f"category {category!r} has no letters or digits to make an address from")
    tags = check_tags(record.get("tags", []), errors)
    image = check_image(record.get("image"), base_dir, errors)
    if image_caption and "image" not in record:
        errors.append("image_caption is given without an image")
    if body:
        try:
            body = body_to_rich_text(body, base_url=source_url)
        except LineError as error:
            errors.extend(error.reasons)

    if errors:
        raise LineError(*errors)
    return ArticleData(
        title=title,
        lead=lead,
        body=body,
        published_at=published_at,
        source_name=source_name,
        source_url=source_url,
        category=category,
        language=language,
        tags=tags,
        image=image,
        image_caption=image_caption,
    )


def check_date(value, errors, now=None):
    if not isinstance(value, str):
        errors.append("published_at must be a string such as 2026-01-19T08:30:00+07:00")
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        errors.append(f"published_at is not an ISO 8601 date and time: {value!r}")
        return None
    if timezone.is_naive(moment):
        errors.append(f"published_at has no time zone offset: {value!r} (write it like 2026-01-19T08:30:00+07:00)")
        return None
    if moment > (now or timezone.now()) + FUTURE_TOLERANCE:
        errors.append(f"published_at is in the future: {value!r}")
        return None
    return moment


def check_tags(value, errors):
    if not isinstance(value, list):
        errors.append(f"tags must be a list of strings, not {JSON_TYPE_NAMES.get(type(value), type(value).__name__)}")
        return []
    tags, seen = [], set()
    for position, tag in enumerate(value, start=1):
        if not isinstance(tag, str):
            errors.append(f"tag {position} must be a string, not {JSON_TYPE_NAMES.get(type(tag), type(tag).__name__)}")
            continue
        tag = " ".join(tag.split())
        if not tag:
            errors.append(f"tag {position} is empty")
        elif len(tag) > TAG_MAX_LENGTH:
            errors.append(f"tag {position} is too long ({len(tag)} characters, at most {TAG_MAX_LENGTH})")
        elif "," in tag or '"' in tag:
            errors.append(f"tag {position} contains a comma or a double quote: {tag!r}")
        elif tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def check_image(value, base_dir, errors):
    """The image file named by `value`, checked as Wagtail checks an upload, then fully decoded by Pillow."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        errors.append("image must be the path of an image file")
        return None
    folder = Path(base_dir).resolve()
    path = Path(folder, value.strip()).resolve()
    if not path.is_relative_to(folder):
        # Otherwise a line could publish any picture the server can read, applicants' photos included.
        errors.append(f"image must be a file inside the import file's folder {folder}, not {value.strip()!r}")
        return None
    if not path.is_file():
        errors.append(f"image file not found: {path}")
        return None
    max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None)
    if max_size is not None and path.stat().st_size > max_size:
        errors.append(f"image file is too big: {path} ({path.stat().st_size} bytes, at most {max_size})")
        return None
    try:
        with path.open("rb") as handle, warnings.catch_warnings():
            # Pillow warns past MAX_IMAGE_PIXELS and fails past twice that: fail at the warning.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            # Wagtail's upload checks: extension, format matching it, file size, pixel count.
            WagtailImageField().to_python(File(handle, name=path.name))
            handle.seek(0)
            with PILImage.open(handle) as picture:
                picture.load()  # decode every pixel: catches truncated and corrupt files
            handle.seek(0)
            sha1 = hashlib.sha1(handle.read()).hexdigest()  # noqa: S324 (Wagtail's file_hash is SHA-1)
    except ValidationError as error:
        errors.append(f"image {path}: {' '.join(str(message) for message in error.messages)}")
        return None
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
        errors.append(f"image has too many pixels to be decoded safely: {path}")
        return None
    except (OSError, SyntaxError, ValueError):
        errors.append(f"image is not a readable picture: {path}")
        return None
    return ImageData(path=path, sha1=sha1)


# Saving


@dataclass
class LineResult:
    number: int
    outcome: Outcome
    errors: list = field(default_factory=list)
    page: ArticlePage | None = None
    note: str = ""  # why a line was skipped


class ArticleImporter:
    """Imports lines of a JSON Lines file; `run` yields one LineResult per non-blank line."""

    def __init__(self, base_dir, dry_run=False, overwrite_edits=False):
        self.base_dir = Path(base_dir)
        self.dry_run = dry_run
        self.overwrite_edits = overwrite_edits
        self.indexes = {}
        self.seen_urls = {}  # source_url → line number, to catch a URL given twice in one file
        self.new_images = []  # images created for the line being saved

    def run(self, lines):
        for number, raw in enumerate(lines, start=1):
            raw = raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw
            if not raw.strip():
                continue
            yield self.import_line(number, raw)

    def import_line(self, number, raw):
        try:
            data = validate_record(parse_line(raw.rstrip(b"\r\n")), self.base_dir)
            first = self.seen_urls.setdefault(data.source_url, number)
            if first != number:
                raise LineError(f"source_url already appears on line {first} of this file")
            outcome, page = self.save_atomically(data)
        except LineSkipped as skipped:
            return LineResult(number, Outcome.SKIPPED, note=str(skipped))
        except LineError as error:
            return LineResult(number, Outcome.FAILED, error.reasons)
        except ValidationError as error:  # the model's own checks, should they be stricter than ours
            return LineResult(number, Outcome.FAILED, validation_reasons(error))
        except (DatabaseError, OSError) as error:  # the line is rolled back; the next ones may still work
            return LineResult(number, Outcome.FAILED, [f"could not be saved: {error.__class__.__name__}: {error}"])
        return LineResult(number, outcome, page=page)

    def save_atomically(self, data):
        """Save one line in its own transaction; image files written for it go when it rolls back."""
        if self.dry_run:
            return self.save(data)
        self.new_images = []
        try:
            with transaction.atomic():
                return self.save(data)
        except BaseException:
            for image in self.new_images:
                image.file.storage.delete(image.file.name)
            raise

    def news_index(self, language):
        if language not in self.indexes:
            index = NewsIndexPage.objects.filter(locale__language_code=language).select_related("locale").first()
            if index is None:
                raise LineError(f"there is no news section for language {language!r} (run manage.py setup_site)")
            self.indexes[language] = index
        return self.indexes[language]

    def existing_article(self, data):
        articles = ArticlePage.objects.filter(source_url=data.source_url)
        matches = list(articles.select_related("locale", "hero_image", "latest_revision__user"))
        if len(matches) > 1:
            ids = ", ".join(str(page.pk) for page in matches)
            raise LineError(f"several articles already have this source_url (page ids {ids}); keep one in the admin")
        if not matches:
            return None
        page = matches[0]
        if page.locale.language_code != data.language:
            raise LineError(
                f"this source_url belongs to the {page.locale.language_code!r} article “{page.title}” "
                f"(page id {page.pk}); its language cannot change"
            )
        if not page.live:
            raise LineSkipped(
                f"the article “{page.title}” (page id {page.pk}) was unpublished in the admin (or is scheduled); "
                "an import does not publish it again"
            )
        return page

    def save(self, data):
        index = self.news_index(data.language)
        page = self.existing_article(data)
        category = find_category(index.locale, data.category)
        if page is None:
            if self.dry_run:
                return Outcome.CREATED, None
            return Outcome.CREATED, self.create(index, data, category)
        if is_unchanged(page, data, category):
            return Outcome.UNCHANGED, page
        if page.locked:
            raise LineError(f"the article “{page.title}” (page id {page.pk}) is locked in the admin; unlock it first")
        edit = page.latest_revision
        if edit is not None and edit.user is not None and not self.overwrite_edits:
            when = timezone.localtime(edit.created_at).strftime("%Y-%m-%d %H:%M")
            raise LineError(
                f"the article “{page.title}” (page id {page.pk}) was edited in the admin by "
                f"{edit.user.get_username()} on {when} after it was imported; those edits are kept "
                "(run with --overwrite-edits to replace them with this line)"
            )
        if self.dry_run:
            return Outcome.UPDATED, page
        self.apply(page, data, category)
        publish(page)
        return Outcome.UPDATED, page

    def create(self, index, data, category):
        base = folded_slug(data.title, TITLE_SLUG_LENGTH) or "article"
        siblings = Page.objects.child_of(index).filter(slug__startswith=base[: TITLE_SLUG_LENGTH - 8])
        taken = set(siblings.values_list("slug", flat=True))  # numbered slugs may cut the end of `base`
        slug = unique_slug(base, taken, TITLE_SLUG_LENGTH)
        page = ArticlePage(slug=slug, locale=index.locale, live=False)
        self.apply(page, data, category)
        index.add_child(instance=page)
        publish(page)
        return page

    def apply(self, page, data, category):
        """Copy the line's values onto `page` (unsaved); a new category or image is created here."""
        page.title = data.title
        page.lead = data.lead
        page.body = [("paragraph", RichText(data.body))]
        page.category = category or create_category(page.locale, data.category)
        page.tags.set(data.tags)
        page.source_name = data.source_name
        page.source_url = data.source_url
        # The original publication time goes in the display date, which ArticlePage.save copies into
        # published_at (ordering, archives, feeds). first/last_published_at stay the times of our own
        # publications, so the page shows "Updated" only when a re-import really revised it.
        page.display_date = data.published_at
        if data.image:
            if not page.hero_image or page.hero_image.file_hash != data.image.sha1:
                page.hero_image = image_for(data, self.new_images)
            page.hero_caption = data.image_caption


def validation_reasons(error):
    if hasattr(error, "error_dict"):
        return [f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()]
    return list(error.messages)


def publish(page):
    """Publish the page as a new revision, logged without a user (shown as “system” in the history)."""
    revision = page.save_revision(user=None, log_action=True)
    revision.publish(user=None, log_action=True)


def find_category(locale, name):
    """The category of `locale` named `name`, ignoring case (in Python: SQLite only folds ASCII)."""
    wanted = name.casefold()
    return next(
        (category for category in Category.objects.filter(locale=locale) if category.name.casefold() == wanted), None
    )


def create_category(locale, name):
    field_length = max_length(Category, "slug")
    taken = set(Category.objects.filter(locale=locale).values_list("slug", flat=True))
    category = Category(
        locale=locale, name=name, slug=unique_slug(folded_slug(name, field_length), taken, field_length)
    )
    category.full_clean()
    category.save()
    return category


def image_for(data, created):
    """The image with the same content if there is one, else a new image credited to the source."""
    existing = CustomImage.objects.filter(file_hash=data.image.sha1).first()
    if existing:
        return existing
    image = CustomImage(title=data.title[: max_length(CustomImage, "title")], credit=data.source_name)
    with data.image.path.open("rb") as handle:
        image.file = ImageFile(handle, name=data.image.path.name)
        image._set_image_file_metadata()
        image.save()
    created.append(image)
    return image


def is_unchanged(page, data, category):
    """Whether the live article already says what the line says (then no revision is made)."""
    current = {
        "title": page.title,
        "lead": page.lead,
        "body": [(block.block_type, getattr(block.value, "source", None)) for block in page.body],
        "category": page.category_id,
        "tags": sorted(tag.name.casefold() for tag in page.tags.all()),
        "source_name": page.source_name,
        "published_at": page.display_date,
    }
    wanted = {
        "title": data.title,
        "lead": data.lead,
        "body": [("paragraph", data.body)],
        "category": category.pk if category else "a new category",
        "tags": sorted(tag.casefold() for tag in data.tags),
        "source_name": data.source_name,
        "published_at": data.published_at,
    }
    if data.image:
        current |= {"image": page.hero_image.file_hash if page.hero_image else None, "caption": page.hero_caption}
        wanted |= {"image": data.image.sha1, "caption": data.image_caption}
    return current == wanted


def import_file(path, dry_run=False, overwrite_edits=False):
    """Import the JSON Lines file at `path`, yielding a LineResult per non-blank line.

    Relative image paths in the file are read from the file's own folder. An article whose latest
    revision was made in the admin is left alone unless `overwrite_edits`.
    """
    path = Path(path)
    importer = ArticleImporter(base_dir=path.resolve().parent, dry_run=dry_run, overwrite_edits=overwrite_edits)
    with path.open("rb") as lines:
        yield from importer.run(lines)

"""Checking applicants' files by their content, never by name or the browser's MIME type.

Images are decoded with Pillow behind a pixel-count guard (so a small PNG that claims 20000×20000
pixels is refused before it is decompressed), fully loaded (so a truncated file fails), turned
upright, and re-encoded without metadata: EXIF, GPS and comments are dropped. PDFs must start
like a PDF and open with pypdf, unencrypted, with a sensible number of pages.
"""

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
# Far above any camera or scanner (a 50-megapixel photo), far below a decompression bomb.
MAX_PIXELS = 50_000_000
PHOTO_MIN_SIZE = (400, 500)
# Portrait close to 3:4 (0.75): passport and ID photos are 0.70–0.80 wide for their height.
PHOTO_RATIO_RANGE = (0.70, 0.80)
PDF_MAX_PAGES = 30


class CheckedFile:
    """A validated, re-encoded upload ready to be saved: content, extension and MIME type."""

    def __init__(self, content, extension, content_type):
        self.content = content
        self.extension = extension
        self.content_type = content_type

    def as_django_file(self):
        return ContentFile(self.content, name=f"upload.{self.extension}")


def _read_limited(upload, limit=MAX_BYTES):
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(
            _("The file is too large. The limit is %(limit)s."),
            code="too_large",
            params={"limit": filesizeformat(limit)},
        )
    if not data:
        raise ValidationError(_("The file is empty."), code="empty")
    return data


def _open_image(data):
    """Decode a JPEG or PNG completely, refusing anything else, bombs and truncated files."""
    not_an_image = ValidationError(
        _("This file is not a JPEG or PNG image, or it is damaged. Please choose a JPEG or PNG file."),
        code="not_an_image",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=["JPEG", "PNG"])
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    _("The image is too large (%(width)s×%(height)s pixels). Please send a smaller one."),
                    code="too_many_pixels",
                    params={"width": width, "height": height},
                )
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("The image has far too many pixels. Please send a normal photo or scan."), code="too_many_pixels"
        ) from error
    except UnidentifiedImageError as error:
        raise not_an_image from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:  # truncated or corrupt data
        raise not_an_image from error
    return image


def _reencode(image, image_format):
    """The image upright, without metadata, saved afresh (JPEG as RGB; PNG keeps transparency)."""
    image = ImageOps.exif_transpose(image)
    buffer = io.BytesIO()
    if image_format == "PNG":
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image.save(buffer, "PNG", optimize=True)
    else:
        if image.mode in ("RGBA", "LA", "P"):
            background = Image.new("RGB", image.size, (255, 255, 255))
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        elif image.mode != "RGB":
            image = image.convert("RGB")
        image.save(buffer, "JPEG", quality=90, optimize=True)
    return buffer.getvalue(), image.size


def check_photo(upload):
    """A portrait photo: JPEG or PNG, ≤ 5 MB, ≥ 400×500 px, close to 3:4. Returned as a clean JPEG."""
    data = _read_limited(upload)
    image = _open_image(data)
    content, (width, height) = _reencode(image, "JPEG")
    min_width, min_height = PHOTO_MIN_SIZE
    if width < min_width or height < min_height:
        raise ValidationError(
            _("The photo is %(width)s×%(height)s pixels; it must be at least %(min_width)s×%(min_height)s."),
            code="too_small",
            params={"width": width, "height": height, "min_width": min_width, "min_height": min_height},
        )
    low, high = PHOTO_RATIO_RANGE
    if not low <= width / height <= high:
        raise ValidationError(
            _(
                "The photo must be a portrait close to 3:4 (for example 600×800 pixels); "
                "this one is %(width)s×%(height)s."
            ),
            code="wrong_ratio",
            params={"width": width, "height": height},
        )
    return CheckedFile(content, "jpg", "image/jpeg")


def check_document(upload):
    """A letter or supporting document: PDF, JPEG or PNG up to 5 MB, checked by its content."""
    data = _read_limited(upload)
    if data.startswith(b"%PDF-"):
        return _check_pdf(data)
    if data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n":
        image = _open_image(data)
        image_format = image.format
        content, _size = _reencode(image, image_format)
        if image_format == "PNG":
            return CheckedFile(content, "png", "image/png")
        return CheckedFile(content, "jpg", "image/jpeg")
    raise ValidationError(
        _("This file is not a PDF, JPEG or PNG. Please scan or save the document in one of these formats."),
        code="wrong_type",
    )


def _check_pdf(data):
    damaged = ValidationError(
        _("This PDF cannot be opened; it may be damaged. Please save or scan it again."), code="bad_pdf"
    )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _("This PDF is password-protected. Please send it without a password."), code="encrypted"
            )
        pages = len(reader.pages)
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError, RecursionError) as error:
        raise damaged from error
    if pages < 1:
        raise damaged
    if pages > PDF_MAX_PAGES:
        raise ValidationError(
            _("This PDF has %(pages)s pages; the limit is %(limit)s."),
            code="too_many_pages",
            params={"pages": pages, "limit": PDF_MAX_PAGES},
        )
    return CheckedFile(data, "pdf", "application/pdf")


CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}


def content_type_for(name):
    """The MIME type of a stored file, from the extension we gave it when saving."""
    return CONTENT_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")

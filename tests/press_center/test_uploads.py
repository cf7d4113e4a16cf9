"""Files are judged by their content: every bad file gets a clear error, a good one comes out clean."""

import io
import struct
import zlib

import pytest
from PIL import Image

from django.core.exceptions import ValidationError

from press_center import uploads

from .factories import jpeg_bytes, pdf_bytes, png_bytes, upload


def png_bomb(width=20000, height=20000):
    """A valid, tiny PNG that decompresses to 20000×20000 pixels."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * (width // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("notes.jpg", "Đây là một tệp văn bản.".encode(), "not_an_image"),
        ("bomb.png", png_bomb(), "too_many_pixels"),
        ("huge.jpg", b"\xff\xd8\xff" + b"0" * (12 * 1024 * 1024), "too_large"),
        ("vector.svg", SVG, "not_an_image"),
        ("truncated.jpg", jpeg_bytes()[:2000], "not_an_image"),
        ("empty.jpg", b"", "empty"),
        ("small.jpg", jpeg_bytes(size=(300, 400)), "too_small"),
        ("landscape.jpg", jpeg_bytes(size=(800, 600)), "wrong_ratio"),
    ],
)
def test_bad_photos_are_refused_with_a_reason(name, content, code):
    with pytest.raises(ValidationError) as error:
        uploads.check_photo(upload(name, content, "image/jpeg"))
    assert error.value.code == code


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("letter.pdf", b"This is not a PDF at all, just text with a .pdf name.", "wrong_type"),
        ("letter.pdf", b"%PDF-1.7\n garbage that no reader can open \x00\x01", "bad_pdf"),
        ("letter.pdf", SVG, "wrong_type"),
        ("letter.jpg", jpeg_bytes()[:1500], "not_an_image"),
        ("letter.pdf", b"%PDF-" + b"0" * (12 * 1024 * 1024), "too_large"),
    ],
)
def test_bad_letters_are_refused_with_a_reason(name, content, code):
    with pytest.raises(ValidationError) as error:
        uploads.check_document(upload(name, content, "application/pdf"))
    assert error.value.code == code


def test_a_photo_is_reencoded_without_exif_or_gps():
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x8825] = {2: (21.0, 1.0, 2.0)}  # GPSInfo
    checked = uploads.check_photo(upload("me.png", jpeg_bytes(exif=exif.tobytes()), "image/png"))
    image = Image.open(io.BytesIO(checked.content))
    assert image.format == "JPEG"
    assert image.size == (600, 800)
    assert not image.getexif()
    assert checked.content_type == "image/jpeg"


def test_a_png_photo_is_accepted_and_becomes_jpeg():
    checked = uploads.check_photo(upload("me.jpg", png_bytes(), "application/octet-stream"))
    assert Image.open(io.BytesIO(checked.content)).format == "JPEG"


def test_letters_are_accepted_as_pdf_jpeg_or_png():
    assert uploads.check_document(upload("x.bin", pdf_bytes())).content_type == "application/pdf"
    assert uploads.check_document(upload("x.pdf", jpeg_bytes())).content_type == "image/jpeg"
    assert uploads.check_document(upload("x.pdf", png_bytes())).content_type == "image/png"

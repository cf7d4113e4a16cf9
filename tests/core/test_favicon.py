"""Every page names its icon, and /favicon.ico answers for the clients that ask for it anyway."""

import io
from pathlib import Path

import pytest
from PIL import Image

from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_an_icon_in_the_usual_sizes(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= set(icon.info["sizes"])


@pytest.mark.parametrize("url", ["/", "/en/news/", "/tim-kiem/"])
def test_pages_link_the_svg_icon_and_its_fallbacks(client, url):
    html = client.get(url).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
    assert '<link rel="apple-touch-icon" href="/static/apple-touch-icon.png">' in html


def test_the_linked_icons_are_static_files():
    for name in ("favicon.svg", "apple-touch-icon.png", "favicon.ico"):
        assert finders.find(name), name
    assert "#a3161a" in Path(finders.find("favicon.svg")).read_text()  # the congress red of site.css

"""The home page and the programme run a fixed number of queries, whatever the amount of content."""

import datetime

import pytest
import time_machine

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.pages import publish
from home.models import Delegation, GalleryPage, GalleryPhoto, MultimediaIndexPage
from tests.factories import ImageFactory, make_article

from .factories import make_document, publish_sessions, session, set_congress

pytestmark = pytest.mark.django_db

OPENING = datetime.date(2026, 1, 19)
NOW = datetime.datetime(2026, 1, 21, 10, 0, tzinfo=timezone.get_default_timezone())


def build(news_index, amount):
    set_congress(OPENING, OPENING + datetime.timedelta(days=6))
    publish_sessions(
        [
            session(
                OPENING + datetime.timedelta(days=number % 7),
                f"{8 + number % 10:02d}:00",
                f"{9 + number % 10:02d}:00",
                f"Phiên {number}",
                status="changed" if number % 5 == 0 else "scheduled",
                change_note_vi="Đổi giờ",
            )
            for number in range(amount * 3)
        ]
    )
    for number in range(amount):
        make_document(f"Văn kiện {number}", sections=[f"Mục {n}" for n in range(3)])
        make_article(news_index, title=f"Tin số {number}", featured=number == 0)
        Delegation.objects.create(
            organisation=f"Organisation {number}", country="LA", region="asia_pacific", head_of_delegation="A. Guest"
        )
    multimedia = MultimediaIndexPage.objects.get(locale__language_code="vi")
    for number in range(amount):
        image = ImageFactory()
        gallery = GalleryPage(title=f"Ảnh {number}", photos=[GalleryPhoto(image=image, caption="Ảnh")])
        multimedia.add_child(instance=gallery)
        publish(gallery)


def count_queries(client, url):
    client.get(url)  # first render makes image renditions; count a visitor's view after that
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/", "/en/", "/chuong-trinh/", "/en/programme/", "/van-kien/", "/da-phuong-tien/"])
def test_query_count_does_not_grow_with_content(client, news_index, url, django_db_blocker):
    with time_machine.travel(NOW, tick=False):
        build(news_index, 2)
        small = count_queries(client, url)
        build(news_index, 20)
        large = count_queries(client, url)
    assert large == small, f"{url}: {small} queries with little content, {large} with more"
    assert small <= 50

"""Run by test_public_host.py under config.settings.production (not collected on its own).

Publishes an article through the review workflow, registers a journalist for a briefing, then
collects every URL a crawler, a feed reader or an e-mail recipient gets: both sitemaps, the RSS
feeds, the JSON-LD of the article pages, and every e-mail sent, as the worker sends them.
"""

import json
import os
import re
import xml.etree.ElementTree as ET
from email.mime.base import MIMEBase

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.management import call_command
from django.test import Client

from wagtail.models import Locale, Site

from core.models import SiteSettings
from core.pages import ensure_translation
from news.models import NewsIndexPage
from press_center import notifications
from press_center.models import BriefingSchedulePage, Venue
from tests.factories import ImageFactory, make_user
from tests.news.test_workflow import approve_current_task, create_and_submit
from tests.press_center.briefing_factories import at, badge_holder, make_briefing, registrations_url

pytestmark = pytest.mark.django_db

HOST = "daihoi.example"
URL = re.compile(r"https?://[^\s\"'<>]+")
# Not ours: XML namespaces, schema.org's vocabulary.
FOREIGN = ("http://www.sitemaps.org/", "http://www.w3.org/", "http://www.google.com/schemas/", "https://schema.org")


@pytest.fixture(autouse=True)
def _collected_static_files_are_not_the_point(settings):
    # Production reads static files through collectstatic's manifest, made at deployment.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def visitor():
    """A browser reaching the site over https at its public name, as the reverse proxy passes it on."""
    return Client(HTTP_HOST=HOST, headers={"x-forwarded-proto": "https"})


def user(username, group):
    account = make_user(username, [group])
    account.email = f"{username}@{HOST}"
    account.save()
    return account


def publish_through_review(client, index):
    """An editor writes and submits an article; reviewers approve every step until it is published."""
    editor = user("bientap", "Editors")
    user("tongbientap", "Chief editors")  # gets Wagtail's e-mail asking for a review
    reviewer = make_user("quantri", superuser=True)  # may approve every step, whichever groups they need
    page = create_and_submit(client, editor, index, hero_image=ImageFactory().pk)
    page.category.copy_for_translation(Locale.objects.get(language_code="en")).save()  # for the English copy
    for _step in range(5):
        approve_current_task(client, reviewer, page)
        page.refresh_from_db()
        if page.live:
            return page
    pytest.fail("the review workflow did not publish the article")


def xml_urls(response):
    assert response.status_code == 200, response
    root = ET.fromstring(response.content)
    found = []
    for element in root.iter():
        if element.tag.endswith(("loc", "link", "guid")) and (element.text or "").strip():
            found.append(element.text.strip())
        found += [element.get("href")] if element.get("href") else []
    return found


def json_ld_urls(response):
    assert response.status_code == 200, response
    found = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str) and key != "isBasedOn" and URL.match(value):
            found.append(value)

    scripts = BeautifulSoup(response.content, "html.parser").find_all("script", type="application/ld+json")
    assert scripts
    for script in scripts:
        walk(json.loads(script.string))
    return found


def attachment_text(attachment):
    """Text of an attachment, whether Django holds it as (name, content, type) or as a MIME part."""
    if isinstance(attachment, MIMEBase):
        content = attachment.get_payload(decode=True)
    else:
        _name, content, _mimetype = attachment
    return content.decode(errors="replace") if isinstance(content, bytes) else content


def email_urls(messages):
    found = []
    for message in messages:
        parts = [message.body, *(content for content, _mimetype in message.alternatives)]
        parts += [attachment_text(attachment) for attachment in message.attachments]
        for part in parts:
            found += URL.findall(part.replace("\r\n ", ""))  # iCalendar folds long lines
    return found


def test_every_url_we_hand_out_is_on_the_public_host():
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == os.environ["WAGTAILADMIN_BASE_URL"]
    SiteSettings.objects.filter(site=site).update(publisher_logo=ImageFactory())
    client = visitor()
    index = NewsIndexPage.objects.get(locale__language_code="vi")
    article = publish_through_review(client, index)
    english = ensure_translation(article, "en", title="Congress adopts the resolution", slug="congress-adopts")

    journalist = badge_holder()
    venue = Venue.objects.create(name_vi="Phòng A", name_en="Room A")
    briefing = make_briefing(
        BriefingSchedulePage.objects.get(locale__language_code="vi"), access="registration", capacity=5, venue=venue,
        start=at(2, 9),
    )  # fmt: skip
    visitor().post(f"{registrations_url(journalist)}{briefing.pk}/register/")
    notifications.send(journalist, "approved")
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)  # e-mails go through the task queue

    urls = {
        "sitemap": xml_urls(client.get("/sitemap.xml")),
        "news sitemap": xml_urls(client.get("/news-sitemap.xml")),
        "rss": xml_urls(client.get("/tin-tuc/rss/")) + xml_urls(client.get("/en/news/rss/")),
        "json-ld": json_ld_urls(client.get(article.url)) + json_ld_urls(client.get(english.url)),
        "e-mail": email_urls(mail.outbox),
    }
    subjects = [message.subject for message in mail.outbox]
    # Wagtail's review e-mails (submitted, approved) and ours (badge, briefing registration).
    assert len(mail.outbox) >= 4, subjects
    public = f"https://{HOST}/"
    for kind, found in urls.items():
        ours = [url for url in found if not url.startswith(FOREIGN)]
        assert ours, f"no URLs found in the {kind}"
        assert [url for url in ours if not url.startswith(public)] == [], kind
    assert f"{public}tin-tuc/dai-hoi-thong-qua-nghi-quyet/" in urls["news sitemap"]
    assert any(url.startswith(f"{public}media/images/") for url in urls["json-ld"])
    assert f"{public}en/news/congress-adopts/" in urls["sitemap"]

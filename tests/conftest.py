"""Shared fixtures. The page tree from `setup_site` is built once per test database, not per test."""

import io

import pytest

from django.core.management import call_command

from wagtail.models import Locale

from news import views_counter
from news.models import NewsIndexPage


def build_site():
    call_command("setup_site", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_site()


@pytest.fixture
def site_tree(transactional_db):
    """For transactional tests: the flush between tests empties every table, so build the tree again."""
    build_site()


@pytest.fixture(autouse=True)
def _isolate_view_counts():
    views_counter.discard_pending()
    yield
    views_counter.discard_pending()


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def vi_locale(db):
    return Locale.objects.get(language_code="vi")


@pytest.fixture
def en_locale(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(locale__language_code="vi")


@pytest.fixture
def news_index_en(db):
    return NewsIndexPage.objects.get(locale__language_code="en")

"""Every admin view each role can reach answers without a server error, on the full demo content.

For each role the crawler (tests/admin/crawl.py) logs in and follows every admin address the admin
shows it, choosers and modals included, so a new admin view that crashes fails here without anyone
writing a test for it. A new group fails `test_every_group_is_crawled` until it is added to ROLES.
"""

import io
import re

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count

from wagtail.models import PageLogEntry

from tests.factories import make_user

from .crawl import crawl

SUPERUSER = "superuser"
ROLES = [SUPERUSER, "Editors", "Desk editors", "Chief editors", "Accreditation officers", "Security vetting"]
# Security vetting sees its list, its exports and its account pages only: a short crawl by design.
SMALLEST_REACH = {"Security vetting": 10}

# What the crawl must have reached, so that it cannot pass by seeing less than the admin offers;
# every newsroom role must be able to open these choosers (answer 200), as writing an article needs them.
EDITOR_REACH = [
    "/admin/images/chooser/",
    "/admin/documents/chooser/",
    "/admin/choose-page/",
    "/admin/choose-external-link/",
    "/admin/choose-email-link/",
    "/admin/snippets/choose/news/category/",
    "/admin/snippets/choose/news/author/",
]
PAGE_ACTIONS = ["/copy/", "/move/", "/delete/", "/revisions/", "/history/", "/unpublish/"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--quiet-logins", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def crawl_as(demo, db, client):
    def crawl_as(role):
        if role == SUPERUSER:
            user = make_user("crawl-admin", superuser=True)
        else:
            user = make_user(f"crawl-{role.lower().replace(' ', '-')}", [role])
        client.force_login(user)
        # Besides the dashboard, start at the history of the page most often edited in the admin (the
        # draft in review), whose revisions it lists: the crawl visits only a few pages of each type.
        edits = PageLogEntry.objects.filter(action="wagtail.edit", revision__isnull=False)
        page = edits.values("page").annotate(count=Count("pk")).order_by("-count", "page").first()["page"]
        return crawl(client, start=("/admin/", f"/admin/pages/{page}/history/", f"/admin/pages/{page}/edit/"))

    return crawl_as


def test_every_group_is_crawled(demo, db):
    assert set(Group.objects.values_list("name", flat=True)) <= set(ROLES)


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_view_answers_with_a_server_error(crawl_as, role):
    result = crawl_as(role)

    smallest = SMALLEST_REACH.get(role, 100)
    assert len(result.visited) > smallest, f"the crawl reached only {len(result.visited)} admin addresses"
    failures = "\n\n".join(str(failure) for failure in result.failures)
    assert not result.failures, f"{len(result.failures)} of {len(result.visited)} admin views failed:\n{failures}"

    reached = result.visited_paths()
    if role in (SUPERUSER, "Editors", "Desk editors", "Chief editors"):
        refused = [path for path in EDITOR_REACH if 200 not in result.answered(path)]
        assert not refused, f"{role} cannot open these choosers of the article form: {refused}"
        for chooser in ("images", "documents"):  # a chooser that opens empty is as useless as one that fails
            chosen = re.compile(rf"/admin/{chooser}/chooser/chosen/\d+/")
            assert any(chosen.fullmatch(path) for path in reached), f"{role} sees no {chooser} to choose"
        assert any(path.startswith("/admin/translation/submit/page/") for path in reached), "Translate"
        # The search synonyms the editors extend, with the one the demo adds.
        assert 200 in result.answered("/admin/snippets/search/synonym/")
        assert any(re.fullmatch(r"/admin/snippets/search/synonym/edit/\d+/", path) for path in reached), "synonym"
    if role in (SUPERUSER, "Chief editors"):
        for action in PAGE_ACTIONS:
            assert any(path.startswith("/admin/pages/") and action in path for path in reached), action
        assert any(path.startswith("/admin/bulk/") for path in reached), "bulk actions"
        assert "/admin/reports/site-history/" in reached
    if role in (SUPERUSER, "Accreditation officers"):
        assert any(path.startswith("/admin/press-centre/applications/") for path in reached)
        assert "/admin/reports/site-history/" in reached
    if role in (SUPERUSER, "Security vetting"):
        assert "/admin/press-centre/vetting/" in reached
        assert any(path.startswith("/admin/press-centre/vetting/export/") for path in reached)
        assert any(re.fullmatch(r"/admin/press-centre/vetting/\d+/photo/", path) for path in reached)
    if role == "Security vetting":
        assert not any(path.startswith("/admin/press-centre/applications/") for path in reached)

import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Page, Site, Workflow

from home.models import HomePage
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def test_setup_site_builds_a_tree_per_language_and_is_idempotent():
    call_command("setup_site", stdout=io.StringIO())
    call_command("setup_site", stdout=io.StringIO())

    homes = HomePage.objects.filter(depth=2)
    assert sorted(homes.values_list("locale__language_code", flat=True)) == ["en", "vi"]
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "vi"
    indexes = NewsIndexPage.objects.all()
    assert sorted(indexes.values_list("locale__language_code", flat=True)) == ["en", "vi"]
    assert len({index.translation_key for index in indexes}) == 1
    assert not Page.objects.filter(depth=2, title__startswith="Welcome").exists()


def test_setup_site_creates_editorial_groups_and_two_step_workflow():
    assert Group.objects.filter(name__in=["Editors", "Desk editors", "Chief editors"]).count() == 3
    workflow = Workflow.objects.get(name__startswith="Duyệt tin")
    tasks = list(workflow.tasks.order_by("workflow_tasks__sort_order"))
    assert [list(task.specific.groups.values_list("name", flat=True)) for task in tasks] == [
        ["Desk editors"],
        ["Chief editors"],
    ], "each review step has its own group, so nobody approves an article twice"
    assert workflow.workflow_pages.count() == 2

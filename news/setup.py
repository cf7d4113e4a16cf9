from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from core.pages import ensure_child, ensure_translation
from home.models import HomePage

from .models import Author, Category, NewsIndexPage

EDITORS = "Editors"
CHIEF_EDITORS = "Chief editors"
WORKFLOW_NAME = "Duyệt tin bài (hai bước)"
REVIEW_TASKS = ("Thư ký tòa soạn duyệt nội dung", "Tổng biên tập duyệt xuất bản")


def run(command):
    homes = {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}
    news_vi = ensure_child(homes["vi"], NewsIndexPage, "tin-tuc", title="Tin tức", show_in_menus=True)
    ensure_translation(news_vi, "en", title="News", slug="news")
    _editors, chief_editors = setup_groups()
    setup_workflow(chief_editors, list(homes.values()))


def setup_groups():
    """Editors write and submit; chief editors approve and publish.

    Wagtail's first migration makes "Editors" and "Moderators" with rights over the whole tree;
    "Moderators" becomes "Chief editors" so those rights carry over.
    """
    if not Group.objects.filter(name=CHIEF_EDITORS).exists():
        Group.objects.filter(name="Moderators").update(name=CHIEF_EDITORS)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    chief_editors, _ = Group.objects.get_or_create(name=CHIEF_EDITORS)
    root = Page.get_first_root_node()
    page_permissions = {
        editors: ["add_page", "change_page"],
        chief_editors: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    }
    for group, codenames in page_permissions.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    snippet_permissions = ["add", "change", "view"]
    for model in (Category, Author):
        content_type = ContentType.objects.get_for_model(model)
        for action in snippet_permissions:
            permission = Permission.objects.get(
                content_type=content_type, codename=f"{action}_{model._meta.model_name}"
            )
            editors.permissions.add(permission)
            chief_editors.permissions.add(permission)
        chief_editors.permissions.add(
            Permission.objects.get(content_type=content_type, codename=f"delete_{model._meta.model_name}")
        )
    return editors, chief_editors


def setup_workflow(chief_editors, homes):
    """A two-step review (content, then publication) on every page under the home pages."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, name in enumerate(REVIEW_TASKS):
        task = GroupApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
        task.groups.add(chief_editors)
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    for home in homes:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

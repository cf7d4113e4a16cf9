from typing import NamedTuple

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.pages import ensure_child, ensure_translation
from home.models import HomePage

from .models import Author, Category, NewsIndexPage

EDITORS = "Editors"
DESK_EDITORS = "Desk editors"
CHIEF_EDITORS = "Chief editors"
WORKFLOW_NAME = "Duyệt tin bài (hai bước)"
# The two review steps, each approved by its own group: the desk checks the content, the chief editor
# decides on publication. Nobody approves the same article twice.
CONTENT_REVIEW = "Thư ký tòa soạn duyệt nội dung"
PUBLICATION_REVIEW = "Tổng biên tập duyệt xuất bản"


class Newsroom(NamedTuple):
    editors: Group
    desk_editors: Group
    chief_editors: Group

    @property
    def writers(self):
        """Everyone who writes and edits pages and keeps the newsroom's snippets."""
        return (self.editors, self.desk_editors, self.chief_editors)


def run(command):
    homes = {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}
    news_vi = ensure_child(homes["vi"], NewsIndexPage, "tin-tuc", title="Tin tức", show_in_menus=True)
    ensure_translation(news_vi, "en", title="News", slug="news")
    newsroom = setup_groups()
    setup_workflow(newsroom, list(homes.values()))


def setup_groups():
    """Editors write and submit; desk editors review the content; chief editors approve and publish.

    Wagtail's first migration makes "Editors" and "Moderators" with rights over the whole tree;
    "Moderators" becomes "Chief editors" so those rights carry over. Every newsroom group may translate
    pages and snippets (Wagtail's simple translation: a draft copy in the other language), and choose,
    upload and edit images and documents, which the desk needs when it corrects an article under review.
    """
    if not Group.objects.filter(name=CHIEF_EDITORS).exists():
        Group.objects.filter(name="Moderators").update(name=CHIEF_EDITORS)
    newsroom = Newsroom(
        *(Group.objects.get_or_create(name=name)[0] for name in (EDITORS, DESK_EDITORS, CHIEF_EDITORS))
    )
    root = Page.get_first_root_node()
    writing = ["add_page", "change_page"]
    page_permissions = {
        newsroom.editors: writing,
        newsroom.desk_editors: [*writing, "lock_page", "unlock_page"],
        newsroom.chief_editors: [*writing, "publish_page", "lock_page", "unlock_page"],
    }
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    translate = Permission.objects.get(content_type__app_label="simple_translation", codename="submit_translation")
    for group, codenames in page_permissions.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        group.permissions.add(access_admin, translate)
    root_collection = Collection.get_first_root_node()
    media = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"],
        codename__in=[f"{action}_{kind}" for action in ("add", "change", "choose") for kind in ("image", "document")],
    )
    for group in newsroom.writers:
        for permission in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    for model in (Category, Author):
        content_type = ContentType.objects.get_for_model(model)
        name = model._meta.model_name
        for group in newsroom.writers:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type=content_type, codename__in=[f"{a}_{name}" for a in ("add", "change", "view")]
                )
            )
        newsroom.chief_editors.permissions.add(
            Permission.objects.get(content_type=content_type, codename=f"delete_{name}")
        )
    return newsroom


def setup_workflow(newsroom, homes):
    """A two-step review (content by the desk, then publication by the chief editor) under the home pages."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    steps = [(CONTENT_REVIEW, newsroom.desk_editors), (PUBLICATION_REVIEW, newsroom.chief_editors)]
    for order, (name, group) in enumerate(steps):
        task = GroupApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
        task.groups.set([group])  # earlier set-ups gave both steps to the chief editors
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    for home in homes:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

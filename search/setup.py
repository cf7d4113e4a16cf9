"""Who may extend the search synonyms: the newsroom's groups (created by news.setup, which runs first)."""

from django.contrib.auth.models import Group, Permission

from news.setup import CHIEF_EDITORS, DESK_EDITORS, EDITORS


def run(command):
    codenames = {
        EDITORS: ["add_synonym", "change_synonym", "view_synonym"],
        DESK_EDITORS: ["add_synonym", "change_synonym", "delete_synonym", "view_synonym"],
        CHIEF_EDITORS: ["add_synonym", "change_synonym", "delete_synonym", "view_synonym"],
    }
    for group in Group.objects.filter(name__in=codenames):
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="search", codename__in=codenames[group.name])
        )

"""Page events that change what readers may find, turned into index updates (see indexing.py).

Publish, unpublish (also by expiry), scheduled go-live (publish_scheduled publishes), delete,
move, slug change and privacy change; shared fields copied from another language's copy; plus
changes to models that a search type declared as related (an article's category or author).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import translation

from . import registry, synonyms
from .indexing import request_update, subtree_ids
from .models import IndexUpdate, Synonym

Reason = IndexUpdate.Reason


def on_published(sender, instance, **kwargs):
    if registry.type_for_model(type(instance)):
        request_update([instance.pk], Reason.PUBLISHED)


def on_unpublished(sender, instance, **kwargs):
    if registry.type_for_model(type(instance)):
        request_update([instance.pk], Reason.UNPUBLISHED)


def on_translations_synced(sender, pages, **kwargs):
    if registry.type_for_model(sender):
        request_update([page.pk for page in pages], Reason.RELATED)


def on_deleted(sender, instance, **kwargs):
    request_update([instance.pk], Reason.DELETED)


def on_slug_changed(sender, instance, **kwargs):
    # The page's URL and its descendants' URLs changed.
    request_update(subtree_ids(instance), Reason.SLUG_CHANGED)


def on_moved(sender, instance, **kwargs):
    request_update(subtree_ids(instance), Reason.MOVED)


def on_restriction_changed(sender, instance, **kwargs):
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:
        return  # the page itself is being deleted: its own post_delete takes care of it
    request_update(subtree_ids(page), Reason.PRIVACY)


def _related_page_ids(instance):
    ids = set()
    for search_type in registry.related_types(type(instance)):
        ids.update(search_type.pages_for_related(instance).values_list("pk", flat=True))
    return ids


def on_related_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        request_update(_related_page_ids(instance), Reason.RELATED)


def on_related_deleting(sender, instance, **kwargs):
    instance._search_page_ids = _related_page_ids(instance)


def on_related_deleted(sender, instance, **kwargs):
    request_update(getattr(instance, "_search_page_ids", ()), Reason.RELATED)


def on_synonyms_changed(sender, **kwargs):
    transaction.on_commit(synonyms.changed)


def connect():
    page_published.connect(on_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_page_unpublished")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="search_page_slug_changed")
    post_page_move.connect(on_moved, dispatch_uid="search_page_moved")
    translation.shared_fields_synced.connect(on_translations_synced, dispatch_uid="search_translations_synced")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
    post_save.connect(on_synonyms_changed, sender=Synonym, dispatch_uid="search_synonym_saved")
    post_delete.connect(on_synonyms_changed, sender=Synonym, dispatch_uid="search_synonym_deleted")
    for search_type in registry.search_types():
        connect_type(search_type)


def connect_type(search_type):
    """Signals for one registered type (called again for types registered after start-up)."""
    model = search_type.model
    post_delete.connect(on_deleted, sender=model, dispatch_uid=f"search_deleted_{model._meta.label_lower}")
    for related in search_type.related_models:
        uid = f"search_related_{related._meta.label_lower}"
        post_save.connect(on_related_saved, sender=related, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(on_related_deleting, sender=related, dispatch_uid=f"{uid}_deleting")
        post_delete.connect(on_related_deleted, sender=related, dispatch_uid=f"{uid}_deleted")

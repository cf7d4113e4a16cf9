"""Facts that every language's copy of a page shares, kept in step when one copy is published.

Translation is Wagtail's simple translation: "Translate" makes a draft copy of the page in the other
language, which an editor then rewrites and sends through the review workflow. After that the two
copies are separate pages, so a fact that is the same in both languages (an article's hero image and
section, a briefing's time and venue) would drift apart. A page type lists such fields in
`shared_fields`; when one copy is published, `sync_shared_fields` copies them into the other
copies: into their live row and into their live and latest revisions, in place rather than by
re-publishing, so a translation under review keeps its workflow and its own text.

A foreign key to a translatable model (an article's category) is copied as the translation of the
chosen object in the other copy's language, and left alone when that translation does not exist.
"""

from django.dispatch import Signal

from wagtail.log_actions import log
from wagtail.models import TranslatableMixin
from wagtail.search import index

# Audit-log action on the copy that was brought in step (registered with a label in core.wagtail_hooks).
SYNC = "core.translation_sync"

# Sent with `pages`, the copies that changed: caches and search indexes that show them refresh.
shared_fields_synced = Signal()


def shared_values(page, names, locale_id):
    """The values of the fields `names` of `page` as they should be in the copy of language `locale_id`,
    keyed by attribute name (`category_id`)."""
    values = {}
    for name in names:
        field = page._meta.get_field(name)
        value = getattr(page, field.attname)
        related = field.related_model if field.is_relation else None
        if value is not None and related is not None and issubclass(related, TranslatableMixin):
            chosen = related.objects.filter(pk=value).first()
            translation = chosen.get_translation_or_none(locale_id) if chosen else None
            if translation is None:
                continue
            value = translation.pk
        values[field.attname] = value
    return values


def sync_shared_fields(page, names, action=SYNC):
    """Copy the fields `names` of `page` into its other languages' copies; returns the copies that changed."""
    model = type(page)
    others = (
        model.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale", "live_revision", "latest_revision")
    )
    synced = []
    for other in others:
        values = shared_values(page, names, other.locale_id)
        different = [name for name, value in values.items() if getattr(other, name) != value]
        patched = False
        revisions = {revision.pk: revision for revision in (other.live_revision, other.latest_revision) if revision}
        for revision in revisions.values():
            content = revision.as_object()
            if any(getattr(content, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(content, name, value)
                revision.content = content.serializable_data()
                revision.save(update_fields=["content"])
                patched = True
        if different:
            model.objects.filter(pk=other.pk).update(**{name: values[name] for name in different})
            for name in different:
                setattr(other, name, values[name])
            index.insert_or_update_object(other)
        if different or patched:
            fields = sorted({name.removesuffix("_id") for name in different}) or ["draft"]
            log(other, action, data={"source": page.locale.language_code, "source_id": page.pk, "fields": fields})
            synced.append(other)
    if synced:
        shared_fields_synced.send(sender=model, source=page, pages=synced)
    return synced

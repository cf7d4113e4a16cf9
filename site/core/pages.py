"""Idempotent helpers to build the page tree, used by setup_site and load_demo of every app."""

from wagtail.models import Locale, Page


def publish(page, user=None):
    revision = page.save_revision(user=user, log_action=False)
    revision.publish(user=user, log_action=False)
    page.refresh_from_db()
    return page


def ensure_child(parent, model, slug, **fields):
    """The live `model` page with `slug` under `parent`, created and published if missing.

    Existing pages are left as editors made them: fields are only used on creation.
    """
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, locale_id=parent.locale_id, **fields)
    parent.add_child(instance=page)
    return publish(page)


def ensure_translation(page, language_code, **fields):
    """The `language_code` translation of `page`, created, filled with `fields` and published if missing."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return publish(translated)


def locale_roots(site):
    """The home page of every language of `site`, keyed by language code."""
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).select_related("locale").specific()
    return {page.locale.language_code: page for page in roots}

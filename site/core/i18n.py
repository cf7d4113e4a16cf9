"""Helpers for the two site languages (Vietnamese first, English second)."""

from django.conf import settings
from django.utils import translation


def current_language():
    """The active language reduced to one of settings.LANGUAGES ("vi" or "en")."""
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def localized_value(obj, field_name, language=None):
    """Return `obj.<field_name>_<language>`, falling back to the Vietnamese value when it is empty.

    Used for the few site-wide texts that editors keep in both languages on one object
    (site settings, congress identity), where a translated copy of the object would be overkill.
    """
    language = language or current_language()
    value = getattr(obj, f"{field_name}_{language}", "")
    if not value and language != settings.LANGUAGE_CODE:
        value = getattr(obj, f"{field_name}_{settings.LANGUAGE_CODE}", "")
    return value

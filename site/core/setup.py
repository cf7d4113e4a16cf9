from django.conf import settings

from wagtail.models import Collection, Locale, Page


def run(command):
    """Locales for the site languages, and Wagtail's root page and collection if a database flush removed them."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE))
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")

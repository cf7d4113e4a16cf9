"""Admin forms and form fields of ours: the slug field of every admin form (registered in
CoreConfig.ready) and Wagtail's login form adjusted (selected in settings)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from .text import cleaned_slug


class FoldedSlugField(forms.SlugField):
    """A slug field that folds what an editor typed before validating it: “Đại hội” is saved as dai-hoi.

    The admin's JavaScript already folds as the editor types; this is the same rule on the server,
    for a form sent without JavaScript or with Vietnamese typed into the slug field by hand.
    """

    def to_python(self, value):
        return cleaned_slug(super().to_python(value), self.max_length)


class LoginForm(WagtailLoginForm):
    """Wagtail's login form with a translated password label: Wagtail gives the field none, so Django
    derives "Password" from its name and the login page showed it in English to every editor."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")

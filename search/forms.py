from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core import pagination

from . import registry
from .backends.base import RESULTS_PER_PAGE, SearchParams
from .text import Query

SORTS = [("relevance", _("Relevance")), ("newest", _("Newest first"))]


def language_choices():
    return [*((code, name) for code, name in settings.LANGUAGES), ("all", _("All languages"))]


def type_choices():
    return [(search_type.key, search_type.label) for search_type in registry.search_types()]


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Accepts `type=a&type=b` and `type=a,b`."""

    def to_python(self, value):
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part.strip()]


class QueryField(forms.CharField):
    """Free text: control characters (including NUL) are dropped rather than refused."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = []

    def to_python(self, value):
        value = super().to_python(value)
        return "".join(char for char in value if char.isprintable() or char.isspace()).strip()


class PageField(forms.Field):
    """`page`, read as every listing reads it (core.pagination.page_number): 1 when absent."""

    default_error_messages = {"invalid": _("Enter a page number: a whole number from 1.")}

    def to_python(self, value):
        try:
            return pagination.page_number(value)
        except pagination.PageNotFound as error:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from error


class SearchForm(forms.Form):
    """The parameters of the search page and of /api/search/, validated the same way for both."""

    q = QueryField(label=_("Search for"), required=False, strip=True)
    lang = forms.ChoiceField(label=_("Language"), required=False, choices=language_choices)
    type = CommaSeparatedMultipleChoiceField(label=_("Type"), required=False, choices=type_choices)
    category = forms.SlugField(label=_("Category"), required=False, max_length=255)
    date_from = forms.DateField(label=_("From"), required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_("To"), required=False, input_formats=["%Y-%m-%d"])
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)
    page = PageField(label=_("Page"), required=False)

    # The query string uses "from" and "to", which are Python keywords.
    FIELD_NAMES = {"from": "date_from", "to": "date_to"}

    def __init__(self, data, default_language, **kwargs):
        data = data.copy()
        for public, field in self.FIELD_NAMES.items():
            if public in data:
                data.setlist(field, data.getlist(public))
        super().__init__(data, **kwargs)
        self.default_language = default_language

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned

    def public_errors(self):
        """Errors keyed by the parameter names of the query string."""
        names = {field: public for public, field in self.FIELD_NAMES.items()}
        return {
            names.get(field, field): [str(message) for message in messages] for field, messages in self.errors.items()
        }

    def params(self, per_page=RESULTS_PER_PAGE):
        data = self.cleaned_data
        return SearchParams(
            query=Query(data.get("q")),
            language=data.get("lang") or self.default_language,
            types=tuple(data.get("type") or ()),
            category=data.get("category") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            sort=data.get("sort") or "relevance",
            page=data["page"],
            per_page=per_page,
        )

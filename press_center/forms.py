"""Forms of the press centre: the application, the reply to a request, the appeal, the link request.

Every text field has a length limit; files are checked by content (see uploads.py). Errors are
tied to their fields for screen readers (aria-describedby, aria-invalid).
"""

import datetime
import re
import unicodedata

from django_countries import countries

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.text import collation_key

from . import uploads
from .models import Category, DocumentType, Origin, Outlet, OutletKind
from .models.staff_lists import MAX_PEOPLE

NAME_PATTERN = re.compile(r"^[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*[.]?$")
DOCUMENT_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{3,29}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ().-]{6,30}$")
TEXT_LIMIT = 2000


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class AccessibleFormMixin:
    """Point each invalid field at its error messages, in the reader's language.

    Django's Vietnamese catalogue leaves the length-limit message untranslated, so it is given here.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["max_length"] = _(
                "Use at most %(limit_value)d characters (you typed %(show_value)d)."
            )

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}_error_1"]
            if self.fields[name].help_text:
                described.insert(0, f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)
            self.fields[name].widget.attrs["aria-invalid"] = "true"

    def file_fields(self):
        return [self[name] for name, field in self.fields.items() if isinstance(field, forms.FileField)]


def validate_name(value):
    if not NAME_PATTERN.match(value):
        raise ValidationError(
            _("Use letters only, as printed on your ID or passport (spaces, hyphens and apostrophes are allowed)."),
            code="invalid_name",
        )


def clean_text(value):
    """One-line text in NFC (phones and some keyboards type Vietnamese decomposed), without control
    characters, with runs of whitespace collapsed."""
    value = unicodedata.normalize("NFC", value)
    value = "".join(character for character in value if character.isprintable())
    return " ".join(value.split())


class NameField(forms.CharField):
    """A name as printed on an ID card or passport, cleaned before it is checked to be letters."""

    default_validators = [validate_name]

    def to_python(self, value):
        return clean_text(super().to_python(value))


class HoneypotField(forms.CharField):
    """Hidden from people by CSS; bots that fill every field give themselves away."""

    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            max_length=200,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
            **kwargs,
        )


class ApplicationForm(AccessibleFormMixin, forms.Form):
    category = forms.ChoiceField(
        label=pgettext_lazy("accreditation", "Category"), choices=Category.choices, widget=forms.RadioSelect
    )
    origin = forms.ChoiceField(label=_("Domestic or foreign media"), choices=Origin.choices, widget=forms.RadioSelect)
    family_name = NameField(
        label=_("Family name"),
        max_length=100,
        help_text=_(
            "Exactly as on your ID card or passport. Do not swap family and given names: "
            "a mismatch fails the security check. If you have a single name, write it here."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    given_names = NameField(
        label=_("Given names"),
        max_length=100,
        required=False,
        help_text=_("All given and middle names, in the order printed on the document. Empty if you have none."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=DateInput(attrs={"autocomplete": "bday"}))
    place_of_birth = forms.CharField(
        label=_("Place of birth"),
        max_length=100,
        help_text=_("As on your ID card or passport: the city or province, and the country if abroad."),
    )
    nationality = forms.ChoiceField(label=_("Nationality"), choices=[])
    document_type = forms.ChoiceField(
        label=_("Identity document"),
        choices=DocumentType.choices,
        widget=forms.RadioSelect,
    )
    document_number = forms.CharField(
        label=_("Document number"), max_length=30, help_text=_("The document you will show at the press centre.")
    )
    document_country = forms.ChoiceField(label=_("Issuing country"), choices=[])
    document_expires = forms.DateField(
        label=_("Valid until"),
        required=False,
        help_text=_("The expiry date printed on the document. Leave empty only if it has none."),
        widget=DateInput(),
    )
    press_card_number = forms.CharField(
        label=_("Press card number"),
        max_length=30,
        required=False,
        help_text=_("Required for reporters of domestic media."),
    )
    outlet = forms.ModelChoiceField(
        label=_("Media outlet"),
        queryset=Outlet.objects.filter(listed=True),
        required=False,
        empty_label=_("— Not in the list: type it below —"),
    )
    new_outlet = forms.CharField(
        label=_("Media outlet not in the list"), max_length=150, required=False, help_text=_("Its full name.")
    )
    position = forms.CharField(label=_("Position"), max_length=100, help_text=_("For example: reporter, editor."))
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send your status link and every decision here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone"), max_length=30, widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"})
    )
    photo = forms.FileField(
        label=_("Portrait photo"),
        help_text=_("JPEG or PNG, at most 5 MB, at least 400×500 pixels, portrait close to 3:4."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    letter = forms.FileField(
        label=_("Letter of assignment"),
        help_text=_("Signed by your editor-in-chief. PDF, JPEG or PNG, at most 5 MB."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )
    coverage_starts = forms.DateField(label=_("Coverage from"), widget=DateInput())
    coverage_ends = forms.DateField(label=_("Coverage until"), widget=DateInput())
    consent = forms.BooleanField(
        label=_("I have read the data-protection notice and agree that my data is processed as it describes."),
        error_messages={"required": _("You must agree to the data-protection notice to apply.")},
    )
    website = HoneypotField()

    def __init__(self, *args, settings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.accreditation_settings = settings
        by_name = sorted(countries, key=lambda country: collation_key(country.name))  # Đức after D, not after Z
        self.fields["nationality"].choices = self.fields["document_country"].choices = [
            ("", _("— Choose —")),
            *((country.code, country.name) for country in by_name),
        ]
        self.checked_files = {}

    def clean_position(self):
        return clean_text(self.cleaned_data["position"])

    def clean_new_outlet(self):
        return clean_text(self.cleaned_data["new_outlet"])

    def clean_document_number(self):
        value = clean_text(self.cleaned_data["document_number"]).upper()
        if not DOCUMENT_PATTERN.match(value):
            raise ValidationError(_("Use the letters and digits printed on the document."), code="invalid_document")
        return value

    def clean_press_card_number(self):
        value = clean_text(self.cleaned_data["press_card_number"]).upper()
        if value and not DOCUMENT_PATTERN.match(value):
            raise ValidationError(_("Use the letters and digits printed on the press card."), code="invalid_card")
        return value

    def clean_phone(self):
        value = clean_text(self.cleaned_data["phone"])
        if not PHONE_PATTERN.match(value):
            raise ValidationError(_("Enter a phone number with its country code, e.g. +84 24 3825 0000."))
        return value

    def clean_place_of_birth(self):
        return clean_text(self.cleaned_data["place_of_birth"])

    def clean_date_of_birth(self):
        value = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        if value > today.replace(year=today.year - 16) or value.year < today.year - 100:
            raise ValidationError(_("Check the date of birth."), code="invalid_birth_date")
        return value

    def clean_photo(self):
        self.checked_files["photo"] = uploads.check_photo(self.cleaned_data["photo"])
        return self.cleaned_data["photo"]

    def clean_letter(self):
        self.checked_files["letter"] = uploads.check_document(self.cleaned_data["letter"])
        return self.cleaned_data["letter"]

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise ValidationError(_("Your application could not be sent. Please try again."), code="spam")
        if data.get("outlet") and data.get("new_outlet"):
            self.add_error("new_outlet", _("Choose an outlet from the list or type one, not both."))
        elif not data.get("outlet") and not data.get("new_outlet") and "outlet" not in self.errors:
            self.add_error("outlet", _("Choose your media outlet, or type its name below."))
        self._clean_press_card(data, data.get("origin"), data.get("category"))
        self._clean_coverage(data)
        self._clean_document_expiry(data)
        return data

    def _clean_document_expiry(self, data):
        """A passport must say until when it is valid; any document must last the whole coverage."""
        expires, ends = data.get("document_expires"), data.get("coverage_ends")
        if "document_expires" in self.errors:
            return
        if expires is None:
            if data.get("document_type") == DocumentType.PASSPORT:
                self.add_error("document_expires", _("Give the expiry date printed in the passport."))
            return
        if expires < timezone.localdate():
            self.add_error("document_expires", _("This document has expired: apply with one that is still valid."))
        elif ends and expires < ends and "coverage_ends" not in self.errors:
            self.add_error(
                "document_expires",
                _("This document expires before your last day of coverage (%(date)s): use one valid until then.")
                % {"date": _format(ends)},
            )

    def _clean_press_card(self, data, origin, category):
        if (
            origin == Origin.DOMESTIC
            and category == Category.REPORTER
            and not data.get("press_card_number")
            and "press_card_number" not in self.errors
        ):
            self.add_error("press_card_number", _("Reporters of domestic media must give their press card number."))

    def _clean_coverage(self, data):
        starts, ends = data.get("coverage_starts"), data.get("coverage_ends")
        if not starts or not ends:
            return
        if ends < starts:
            self.add_error("coverage_ends", _("The last day of coverage comes before the first."))
            return
        settings = self.accreditation_settings
        earliest = getattr(settings, "coverage_starts", None)
        latest = getattr(settings, "coverage_ends", None)
        if earliest and starts < earliest:
            self.add_error(
                "coverage_starts", _("Coverage can start on %(date)s at the earliest.") % {"date": _format(earliest)}
            )
        if latest and ends > latest:
            self.add_error(
                "coverage_ends", _("Coverage can last until %(date)s at the latest.") % {"date": _format(latest)}
            )
        if (ends - starts).days > 366:
            self.add_error("coverage_ends", _("Coverage cannot last more than a year."))


class CompletionForm(ApplicationForm):
    """A person listed by their outlet completes their own identity data and photo.

    The outlet, e-mail, category and position come from the staff list; the letter is the outlet's.
    """

    LISTED = ("category", "origin", "outlet", "new_outlet", "position", "email", "letter")

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        for name in self.LISTED:
            del self.fields[name]
        if not self.is_bound:
            self.initial.update(
                family_name=application.family_name,
                given_names=application.given_names,
                coverage_starts=application.coverage_starts,
                coverage_ends=application.coverage_ends,
            )

    def clean(self):
        data = forms.Form.clean(self)
        if data.get("website"):
            raise ValidationError(_("Your details could not be sent. Please try again."), code="spam")
        self._clean_press_card(data, self.application.origin, self.application.category)
        self._clean_coverage(data)
        self._clean_document_expiry(data)
        return data


class StaffListForm(AccessibleFormMixin, forms.Form):
    """The outlet and its focal point, with the editor-in-chief's letter; the people come in StaffFormSet."""

    outlet = forms.ModelChoiceField(
        label=_("Media outlet"),
        queryset=Outlet.objects.filter(listed=True),
        required=False,
        empty_label=_("— Not in the list: type it below —"),
    )
    new_outlet = forms.CharField(
        label=_("Media outlet not in the list"), max_length=150, required=False, help_text=_("Its full name.")
    )
    kind = forms.ChoiceField(label=_("Type of outlet"), choices=[("", _("— Choose —")), *OutletKind.choices])
    country = forms.ChoiceField(label=_("Country of the outlet"), choices=[])
    focal_name = NameField(
        label=_("Your full name"),
        max_length=200,
        help_text=_("You are the outlet's focal point: the press centre writes to you about this list."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    focal_position = forms.CharField(
        label=_("Your position"), max_length=100, help_text=_("For example: editorial secretary.")
    )
    focal_email = forms.EmailField(
        label=_("Your e-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    focal_phone = forms.CharField(
        label=_("Your phone"), max_length=30, widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"})
    )
    letter = forms.FileField(
        label=_("Letter from the editor-in-chief"),
        help_text=_("Signed, naming the people below. PDF, JPEG or PNG, at most 5 MB."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )
    consent = forms.BooleanField(
        label=_(
            "The people listed know that I send their names and e-mail addresses to the press centre, "
            "and I have read the data-protection notice."
        ),
        error_messages={"required": _("You must confirm this to send the list.")},
    )
    website = HoneypotField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        by_name = sorted(countries, key=lambda country: collation_key(country.name))
        self.fields["country"].choices = [("", _("— Choose —")), *((c.code, c.name) for c in by_name)]
        self.checked_files = {}

    def clean_focal_position(self):
        return clean_text(self.cleaned_data["focal_position"])

    def clean_new_outlet(self):
        return clean_text(self.cleaned_data["new_outlet"])

    def clean_focal_phone(self):
        value = clean_text(self.cleaned_data["focal_phone"])
        if not PHONE_PATTERN.match(value):
            raise ValidationError(_("Enter a phone number with its country code, e.g. +84 24 3825 0000."))
        return value

    def clean_letter(self):
        self.checked_files["letter"] = uploads.check_document(self.cleaned_data["letter"])
        return self.cleaned_data["letter"]

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise ValidationError(_("Your list could not be sent. Please try again."), code="spam")
        if data.get("outlet") and data.get("new_outlet"):
            self.add_error("new_outlet", _("Choose an outlet from the list or type one, not both."))
        elif not data.get("outlet") and not data.get("new_outlet") and "outlet" not in self.errors:
            self.add_error("outlet", _("Choose your media outlet, or type its name below."))
        return data


class StaffMemberForm(AccessibleFormMixin, forms.Form):
    """One person of a staff list: what the focal point knows; the person completes the rest."""

    family_name = NameField(label=_("Family name"), max_length=100, help_text=_("As on their ID or passport."))
    given_names = NameField(label=_("Given names"), max_length=100, required=False)
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, help_text=_("Their own: their private link is sent there.")
    )
    category = forms.ChoiceField(
        label=pgettext_lazy("accreditation", "Category"), choices=[("", _("— Choose —")), *Category.choices]
    )
    position = forms.CharField(label=_("Position"), max_length=100)

    def clean_position(self):
        return clean_text(self.cleaned_data["position"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class BaseStaffFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_few_forms": _("List at least one person."),
        "too_many_forms": _("List at most %(num)d people at a time."),
    }

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            email = form.cleaned_data.get("email") if form.is_valid() else None
            if not email:
                continue
            if email in seen:
                form.add_error("email", _("This e-mail is already on the list: each person needs their own."))
            seen.add(email)

    def people(self):
        return [form.cleaned_data for form in self.forms if form.cleaned_data and not form.errors]


def staff_formset(data=None, rows=5, prefix="people"):
    """The rows of people of a staff list: `rows` empty ones; at least one filled in, at most MAX_PEOPLE."""
    formset_class = forms.formset_factory(
        StaffMemberForm,
        formset=BaseStaffFormSet,
        extra=max(rows - 1, 0),
        min_num=1,
        max_num=MAX_PEOPLE,
        validate_min=True,
        validate_max=True,
        absolute_max=MAX_PEOPLE,
    )
    return formset_class(data, prefix=prefix)


def _format(day):
    from core.dates import long_date

    return long_date(day) if isinstance(day, datetime.date) else day


class ReplyForm(AccessibleFormMixin, forms.Form):
    """The applicant's answer to an officer's request for information."""

    reply = forms.CharField(label=_("Your answer"), max_length=TEXT_LIMIT, widget=forms.Textarea(attrs={"rows": 5}))
    photo = forms.FileField(
        label=_("New portrait photo"),  # the form says "(optional)" itself
        required=False,
        help_text=_("JPEG or PNG, at most 5 MB, at least 400×500 pixels, portrait close to 3:4."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    letter = forms.FileField(
        label=_("New letter of assignment"),  # the form says "(optional)" itself
        required=False,
        help_text=_("PDF, JPEG or PNG, at most 5 MB."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )
    document = forms.FileField(
        label=_("Other document"),  # the form says "(optional)" itself
        required=False,
        help_text=_("PDF, JPEG or PNG, at most 5 MB."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_files = {}

    def clean_photo(self):
        if self.cleaned_data.get("photo"):
            self.checked_files["photo"] = uploads.check_photo(self.cleaned_data["photo"])
        return self.cleaned_data.get("photo")

    def clean_letter(self):
        if self.cleaned_data.get("letter"):
            self.checked_files["letter"] = uploads.check_document(self.cleaned_data["letter"])
        return self.cleaned_data.get("letter")

    def clean_document(self):
        if self.cleaned_data.get("document"):
            self.checked_files["document"] = uploads.check_document(self.cleaned_data["document"])
        return self.cleaned_data.get("document")


class AppealForm(AccessibleFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Why the decision should be reconsidered"),
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    document = forms.FileField(
        label=_("Supporting document"),  # the form says "(optional)" itself
        required=False,
        help_text=_("PDF, JPEG or PNG, at most 5 MB."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_files = {}

    def clean_document(self):
        if self.cleaned_data.get("document"):
            self.checked_files["document"] = uploads.check_document(self.cleaned_data["document"])
        return self.cleaned_data.get("document")


class FindForm(AccessibleFormMixin, forms.Form):
    """Send the status link again: the reference and the e-mail address of the application."""

    reference = forms.CharField(label=_("Reference"), max_length=12, help_text=_("For example: K7M2-Q9PX"))
    email = forms.EmailField(label=_("E-mail used in the application"), max_length=254)
    website = HoneypotField()


class DecisionForm(forms.Form):
    """Officers' actions that carry a text (reason or message)."""

    text = forms.CharField(required=False, max_length=TEXT_LIMIT, widget=forms.Textarea(attrs={"rows": 3}))


class CheckInForm(forms.Form):
    code = forms.CharField(label=_("Badge code"), max_length=120)

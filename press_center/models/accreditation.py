"""Accreditation of journalists: outlets with quotas, applications, badges and check-ins.

Personal data lives only on `Application` and `ApplicantFile`; files go to the private storage
(never under MEDIA_URL) and are served by permission-checked views. Business rules (status
transitions, quotas and the waitlist, badge signing) live in press_center.accreditation; this
module holds the data and the small, pure methods the rest of the site reads.
"""

import re
import secrets
import uuid

from django_countries.fields import CountryField

from django.conf import settings
from django.core import signing
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from search.text import fold

# References: short, readable aloud, no 0/O, 1/I/L or 5/S look-alikes.
REFERENCE_ALPHABET = "2346789ABCDEFGHJKMNPQRTUVWXYZ"
REFERENCE_LENGTH = 8
BADGE_PREFIX = "BC"


class PrivateStorage(LazyObject):
    """STORAGES["private"]: a file system location with no public URL."""

    def _setup(self):
        self._wrapped = storages["private"]

    def url(self, name):
        # FileSystemStorage falls back to MEDIA_URL when base_url is None; private files must never get one.
        raise ValueError("Private files have no URL: serve them through a permission-checked view.")


private_storage = PrivateStorage()


def get_private_storage():
    """The private storage, as a callable so migrations name this function, not a checkout's path."""
    return private_storage


def private_upload_path(instance, filename):
    """A random name in a dated folder: nothing the applicant typed ends up in a path."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"accreditation/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"


def normalize_key(value):
    """Compare document numbers and outlet names without case, spaces or punctuation."""
    return "".join(character for character in (value or "").casefold() if character.isalnum())


def normalize_email(value):
    return (value or "").strip().lower()


def search_key(*values):
    """What officers' search looks in: the values folded for diacritics and case, space-separated."""
    return " ".join(fold(" ".join(str(value or "").split())) for value in values if value)


def person_key(family_name, given_names, date_of_birth):
    """Name and date of birth compared without diacritics, case or word order; empty without a birth date."""
    if not date_of_birth:
        return ""
    words = sorted(search_key(family_name, given_names).split())
    return f"{date_of_birth.isoformat()} {' '.join(words)}"[:250]


def new_reference():
    raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def new_secret():
    return secrets.token_hex(16)


def normalize_reference(value):
    """'k7m2 q9px', 'K7M2Q9PX' and 'K7M2-Q9PX' are the same reference."""
    raw = "".join(character for character in (value or "").upper() if character.isalnum())
    if len(raw) != REFERENCE_LENGTH:
        return ""
    return f"{raw[:4]}-{raw[4:]}"


class Category(models.TextChoices):
    REPORTER = "reporter", _("Reporter")
    PHOTOGRAPHER = "photographer", _("Photographer")
    CAMERA_OPERATOR = "camera_operator", _("Camera operator")
    TECHNICIAN = "technician", _("Technician")


class Origin(models.TextChoices):
    DOMESTIC = "domestic", _("Domestic media")
    FOREIGN = "foreign", _("Foreign media")


class DocumentType(models.TextChoices):
    """The identity document a journalist shows at the desk and security vetting checks."""

    NATIONAL_ID = "national_id", _("Citizen identity card")
    PASSPORT = "passport", _("Passport")
    OTHER = "other", _("Other official identity document")


# Nationalities whose names are usually said family name first (with Vietnamese, the default at home).
FAMILY_NAME_FIRST = {"VN", "CN", "TW", "HK", "MO", "JP", "KR", "KP", "HU"}


class OutletKind(models.TextChoices):
    NEWS_AGENCY = "news_agency", _("News agency")
    NEWSPAPER = "newspaper", _("Newspaper or magazine")
    TELEVISION = "television", _("Television")
    RADIO = "radio", _("Radio")
    ONLINE = "online", _("Online publication")


class Status(models.TextChoices):
    # Listed on an outlet's staff list; holds a place until the person completes their own details.
    INVITED = "invited", _("Waiting for the journalist's details")
    SUBMITTED = "submitted", pgettext_lazy("accreditation", "Submitted")
    WAITLISTED = "waitlisted", _("On the waitlist")
    UNDER_REVIEW = "under_review", _("Under review")
    INFO_REQUESTED = "info_requested", _("More information needed")
    # Approved by the press centre; the badge waits for the security vetting to clear the person.
    VETTING = "vetting", _("Sent for security vetting")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", pgettext_lazy("accreditation", "Rejected")
    REVOKED = "revoked", _("Revoked")
    # Withdrawn at the applicant's request; the personal data is erased at the same time.
    WITHDRAWN = "withdrawn", _("Withdrawn, data erased")


# Statuses that count against an outlet's quota. Waitlisted, rejected and revoked ones do not.
HOLDS_PLACE = (
    Status.INVITED,
    Status.SUBMITTED,
    Status.UNDER_REVIEW,
    Status.INFO_REQUESTED,
    Status.VETTING,
    Status.APPROVED,
)
# The applicant may still correct these by applying again with the same document number and e-mail.
OPEN_STATUSES = (Status.SUBMITTED, Status.WAITLISTED, Status.UNDER_REVIEW, Status.INFO_REQUESTED)


class BadgeState(models.TextChoices):
    VALID = "valid", _("Valid")
    NOT_YET_VALID = "not_yet_valid", _("Not valid yet")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
    REPLACED = "replaced", _("Replaced by a new badge")
    UNKNOWN = "unknown", _("Unknown")
    # Only at the desk: a valid badge found by a number typed by hand, not by its signed code.
    CHECK_BY_HAND = "check_by_hand", _("Check identity by hand")


@register_setting(icon="calendar")
class AccreditationSettings(BaseSiteSetting):
    """When the press centre takes applications, for which dates, and how new outlets are limited."""

    opens_at = models.DateTimeField(
        _("applications open"), null=True, blank=True, help_text=_("Asia/Ho_Chi_Minh time. Empty: not open yet.")
    )
    closes_at = models.DateTimeField(_("applications close"), null=True, blank=True)
    coverage_starts = models.DateField(
        _("first day of coverage"), null=True, blank=True, help_text=_("Earliest date a badge can be valid.")
    )
    coverage_ends = models.DateField(
        _("last day of coverage"), null=True, blank=True, help_text=_("Latest date a badge can be valid.")
    )
    new_outlet_quota = models.PositiveSmallIntegerField(
        _("quota for outlets typed in by applicants"),
        default=2,
        help_text=_("Applies until an officer reviews the new outlet and sets its own quota."),
    )

    panels = [
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Application window")),
        FieldRowPanel([FieldPanel("coverage_starts"), FieldPanel("coverage_ends")], heading=_("Coverage period")),
        FieldPanel("new_outlet_quota"),
    ]

    class Meta:
        verbose_name = _("accreditation settings")

    def is_open(self, now=None):
        now = now or timezone.now()
        return bool(self.opens_at and self.opens_at <= now and (self.closes_at is None or now < self.closes_at))

    @property
    def window_state(self):
        """ "open", "closed" (the window has passed) or "not_yet" (not opened, or no dates set)."""
        now = timezone.now()
        if self.is_open(now):
            return "open"
        if self.closes_at and now >= self.closes_at:
            return "closed"
        return "not_yet"


class Outlet(models.Model):
    """A media outlet, kept by officers, with the number of journalists it may accredit."""

    name = models.CharField(_("name"), max_length=150)
    name_key = models.CharField(max_length=150, unique=True, editable=False)
    origin = models.CharField(_("domestic or foreign"), max_length=10, choices=Origin.choices, blank=True)
    kind = models.CharField(_("type of outlet"), max_length=20, choices=OutletKind.choices, blank=True)
    country = CountryField(_("country"), blank=True)
    quota = models.PositiveSmallIntegerField(
        _("quota"), null=True, blank=True, help_text=_("How many journalists may be accredited. Empty: no limit.")
    )
    listed = models.BooleanField(
        _("listed on the form"), default=True, help_text=_("Applicants can choose this outlet from the list.")
    )
    added_by_applicant = models.BooleanField(_("typed in by an applicant"), default=False, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("origin"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("quota"),
        FieldPanel("listed"),
    ]

    class Meta:
        verbose_name = _("media outlet")
        verbose_name_plural = _("media outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        self.name_key = normalize_key(self.name)[:150]
        renamed = self.pk and not Outlet.objects.filter(pk=self.pk, name=self.name).exists()
        super().save(*args, **kwargs)
        if renamed:  # officers find applications by their outlet's name
            for application in self.applications.active():
                application.save(update_fields=["search_key"])

    def places_taken(self):
        return self.applications.filter(status__in=HOLDS_PLACE).count()


class ApplicationQuerySet(models.QuerySet):
    def active(self):
        """Applications whose personal data has not been purged."""
        return self.filter(purged_at__isnull=True)

    def by_status_token(self, reference, token):
        """The application behind a private status link, or None. Constant-time on the token."""
        reference = normalize_reference(reference)
        if not reference or not token:
            return None
        application = self.active().filter(reference=reference).select_related("outlet").first()
        if application is None or not constant_time_compare(application.status_token, token):
            return None
        return application

    def by_badge_code(self, code):
        """The application whose signed badge code this is, or None for anything forged, mistyped or unknown.

        The code is what the badge's QR code carries (`Application.badge_code`). Any status is returned:
        call `badge_state()` on the result to know whether the badge admits its holder today.
        """
        number, signature = parse_badge_code(code)
        if number is None:
            return None
        application = self.filter(badge_number=number).select_related("outlet").first()
        if application is None or not constant_time_compare(application.badge_signature(), signature):
            return None
        return application

    def by_badge_number(self, number):
        """Lookup by the printed badge number ("BC-0042", "bc 42" or "42"), for a code typed by hand.

        Anything else is no badge number (None), whatever digits it contains.
        """
        match = TYPED_BADGE_NUMBER.fullmatch(str(number or "").strip())
        if match is None:
            return None
        return self.filter(badge_number=int(match.group(1))).select_related("outlet").first()


# The printed number as a person types it: the prefix (optional) and 1–9 digits.
TYPED_BADGE_NUMBER = re.compile(rf"(?:{BADGE_PREFIX}[\s-]*)?([0-9]{{1,9}})", re.IGNORECASE)


def badge_signer():
    return signing.Signer(salt="press_center.badge", algorithm="sha256")


def parse_badge_code(code):
    """(badge number, signature) from "BC0042-<signature>", or (None, None)."""
    code = (code or "").strip()
    if len(code) > 120 or not code.upper().startswith(BADGE_PREFIX) or "-" not in code:
        return None, None
    number, _, signature = code[len(BADGE_PREFIX) :].partition("-")
    if not number.isdigit() or not signature or len(number) > 9:
        return None, None
    return int(number), signature


def document_identity(document_type, document_country, nationality):
    """See Application.document_identity (shared with the exports, which read values, not records)."""
    return str(document_type or ""), str(document_country or nationality or "")


def same_document_identity(one, other):
    """Whether two `document_identity()` pairs can be the same document: equal wherever both are known."""
    return all(not mine or not theirs or mine == theirs for mine, theirs in zip(one, other, strict=True))


class Application(models.Model):
    """One journalist's request for accreditation, from submission to badge."""

    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="vi")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED)

    category = models.CharField(pgettext_lazy("accreditation", "category"), max_length=20, choices=Category.choices)
    origin = models.CharField(_("domestic or foreign"), max_length=10, choices=Origin.choices)
    family_name = models.CharField(_("family name"), max_length=100)
    given_names = models.CharField(_("given names"), max_length=100, blank=True)  # empty for a single name
    date_of_birth = models.DateField(_("date of birth"), null=True)
    place_of_birth = models.CharField(_("place of birth"), max_length=100, blank=True)
    nationality = CountryField(_("nationality"), blank=True)
    # The identity document, as security vetting checks it. Blank on records from before these were
    # asked, on people a staff list names who have not completed their details, and after a purge.
    document_type = models.CharField(_("document type"), max_length=20, choices=DocumentType.choices, blank=True)
    document_number = models.CharField(_("ID or passport number"), max_length=30)
    document_key = models.CharField(max_length=30, editable=False, db_index=True)
    document_country = CountryField(_("issuing country"), blank=True)
    document_expires = models.DateField(_("document valid until"), null=True, blank=True)
    press_card_number = models.CharField(_("press card number"), max_length=30, blank=True)
    outlet = models.ForeignKey(
        Outlet, verbose_name=_("media outlet"), on_delete=models.PROTECT, related_name="applications"
    )
    position = models.CharField(_("position"), max_length=100)
    # Listed by the outlet's focal point rather than applying alone; see StaffList.
    staff_list = models.ForeignKey(
        "StaffList",
        verbose_name=_("staff list"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    email = models.EmailField(_("e-mail"), max_length=254)
    email_key = models.CharField(max_length=254, editable=False)
    # Names, e-mail, outlet, reference and numbers folded for diacritics: see `search_key()`.
    search_key = models.TextField(editable=False, blank=True)
    # Birth date and folded name, to find the same person under another e-mail: see `person_key()`.
    person_key = models.CharField(max_length=250, editable=False, blank=True, db_index=True)
    # An officer checked the likely duplicates at this time and found different people.
    duplicates_checked_at = models.DateTimeField(_("duplicates checked"), null=True, blank=True)
    phone = models.CharField(_("phone"), max_length=30)
    photo = models.FileField(_("photo"), storage=get_private_storage, upload_to=private_upload_path, blank=True)
    letter = models.FileField(
        _("letter of assignment"), storage=get_private_storage, upload_to=private_upload_path, blank=True
    )
    coverage_starts = models.DateField(_("coverage from"))
    coverage_ends = models.DateField(_("coverage until"))
    consented_at = models.DateTimeField(_("consent given"))

    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    officer_message = models.TextField(_("message to the applicant"), blank=True)
    applicant_reply = models.TextField(_("applicant's reply"), blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    # Security vetting's own note: for officers and vetting only, never sent to the applicant.
    vetting_note = models.TextField(_("vetting note"), blank=True)
    vetted_at = models.DateTimeField(_("vetting decided"), null=True, blank=True)
    appeal_text = models.TextField(_("appeal"), blank=True)
    appealed_at = models.DateTimeField(_("appealed"), null=True, blank=True)
    appeal_decided_at = models.DateTimeField(_("appeal decided"), null=True, blank=True)

    badge_number = models.PositiveIntegerField(_("badge number"), null=True, blank=True, unique=True)
    badge_secret = models.CharField(max_length=32, blank=True, editable=False)
    badge_valid_from = models.DateField(_("badge valid from"), null=True, blank=True)
    badge_valid_until = models.DateField(_("badge valid until"), null=True, blank=True)
    badge_collected_at = models.DateTimeField(_("badge collected"), null=True, blank=True)

    # Mixed with SECRET_KEY to make the private status link; replacing it invalidates old links.
    status_secret = models.CharField(max_length=32, editable=False, default=new_secret)
    purged_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("accreditation application")
        verbose_name_plural = _("accreditation applications")
        ordering = ["-submitted_at", "-pk"]
        permissions = [
            ("review_application", _("Can review accreditation applications")),
            ("export_application", _("Can export approved accreditation lists")),
            ("check_in_application", _("Can check badges in")),
            ("vet_application", _("Can record security vetting decisions")),
        ]
        constraints = [
            # One open application per person: a second submission updates the first.
            models.UniqueConstraint(
                fields=["document_key", "email_key"],
                condition=Q(purged_at__isnull=True),
                name="press_center_one_application_per_person",
            ),
        ]
        indexes = [models.Index(fields=["outlet", "status"])]

    def __str__(self):
        # Only the reference: this string is copied into audit-log labels, which outlive purges.
        return self.reference

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = new_reference()
        self.document_key = normalize_key(self.document_number)[:30]
        self.email_key = normalize_email(self.email)[:254]
        self.search_key = "" if self.purged_at else self.build_search_key()
        self.person_key = "" if self.purged_at else person_key(self.family_name, self.given_names, self.date_of_birth)
        super().save(*args, **kwargs)

    def build_search_key(self):
        return search_key(
            self.family_name,
            self.given_names,
            self.email_key,
            self.reference,
            self.reference.replace("-", ""),
            self.document_key,
            normalize_key(self.press_card_number),
            self.outlet.name if self.outlet_id else "",
        )

    @property
    def family_name_first(self):
        """Whether the name is said family name first, as in Vietnamese ("Nguyễn Văn An", "Tanaka Haruki")."""
        if self.nationality:
            return self.nationality.code in FAMILY_NAME_FIRST
        return self.origin != Origin.FOREIGN

    @property
    def full_name(self):
        """The name in the order of its culture: "Nguyễn Văn An", "Maren Aurora Lindqvist"."""
        parts = [self.family_name, self.given_names]
        return " ".join(part for part in (parts if self.family_name_first else parts[::-1]) if part)

    @property
    def marked_name(self):
        """The name as badges print it, the family name in capitals: "NGUYỄN Văn An", "Maren Aurora LINDQVIST"."""
        parts = [self.family_name.upper(), self.given_names]
        return " ".join(part for part in (parts if self.family_name_first else parts[::-1]) if part)

    # One person, one badge

    def likely_duplicates(self):
        """Other applications that are probably the same person, whatever e-mail they used.

        The same ID or passport number (spaces, dashes and case ignored; of the same document type
        and issuing country when both records give them, see `document_identity()`), or the same
        name and date of birth (diacritics, case and the order of the names ignored). Purged
        applications are not compared.
        """
        if self.purged_at or not self.pk:
            return Application.objects.none()
        same = Q()
        if self.document_key:
            same_document = Q(document_key=self.document_key)
            document_type, country = self.document_identity()
            if document_type:
                same_document &= Q(document_type=document_type) | Q(document_type="")
            if country:
                same_document &= Q(document_country=country) | Q(document_country="", nationality__in=[country, ""])
            same |= same_document
        if self.person_key:
            same |= Q(person_key=self.person_key)
        if not same:
            return Application.objects.none()
        return Application.objects.active().exclude(pk=self.pk).filter(same).order_by("submitted_at")

    def document_identity(self):
        """(document type, issuing country) that a number is compared within; "" where not known.

        Records from before the issuing country was asked fall back to the nationality.
        """
        return document_identity(self.document_type, self.document_country, self.nationality)

    @property
    def duplicates_unresolved(self):
        """Likely duplicates that no officer has yet checked: approval waits for them."""
        return self.duplicates_checked_at is None and self.likely_duplicates().exists()

    @property
    def holds_place(self):
        return self.status in HOLDS_PLACE

    @property
    def awaiting_details(self):
        """Listed on a staff list, and the person has not yet completed their own details."""
        return bool(self.staff_list_id) and not self.document_key and not self.purged_at

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def can_appeal(self):
        return self.status == Status.REJECTED and self.appealed_at is None and not self.purged_at

    @property
    def appeal_pending(self):
        return self.appealed_at is not None and self.appeal_decided_at is None

    # Private status link

    @property
    def status_token(self):
        """The secret half of the status link: an HMAC of the application under SECRET_KEY."""
        value = f"{self.pk}:{self.reference}:{self.status_secret}"
        return salted_hmac("press_center.status-link", value, algorithm="sha256").hexdigest()[:32]

    def status_path(self, language=None):
        """The path of the private status page in `language` (default: the applicant's), or None."""
        from .pages import PressCentrePage

        page = PressCentrePage.for_language(language or self.language)
        if page is None:
            return None
        with translation.override(page.locale.language_code):
            try:
                return page.url + page.reverse_subpage("status", args=(self.reference, self.status_token))
            except (NoReverseMatch, TypeError):
                return None

    def status_url(self, language=None):
        path = self.status_path(language)
        return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else None

    # Badge

    @property
    def badge_label(self):
        return f"{BADGE_PREFIX}-{self.badge_number:04d}" if self.badge_number else ""

    def badge_signature(self):
        return badge_signer().signature(f"{self.badge_number}:{self.badge_secret}")

    @property
    def badge_code(self):
        """The signed badge identifier carried by the QR code: "BC0042-<signature>"."""
        if not self.badge_number or not self.badge_secret:
            return ""
        return f"{BADGE_PREFIX}{self.badge_number:04d}-{self.badge_signature()}"

    def badge_state(self, on=None):
        """valid / not yet valid / expired / revoked / unknown on the day `on` (default: today in Hanoi)."""
        if self.status == Status.REVOKED and self.badge_number:
            return BadgeState.REVOKED
        if self.status != Status.APPROVED or not self.badge_number or self.purged_at:
            return BadgeState.UNKNOWN
        on = on or timezone.localdate()
        if self.badge_valid_until and on > self.badge_valid_until:
            return BadgeState.EXPIRED
        if self.badge_valid_from and on < self.badge_valid_from:
            return BadgeState.NOT_YET_VALID
        return BadgeState.VALID

    def badge_valid_on(self, day):
        """Whether the badge admits its holder on `day` (valid and within its dates)."""
        return self.badge_state(on=day) == BadgeState.VALID


class ReplacedBadgeQuerySet(models.QuerySet):
    def by_badge_code(self, code):
        """The replaced badge whose signed code this is (an old QR code), or None."""
        number, signature = parse_badge_code(code)
        if number is None:
            return None
        replaced = self.filter(badge_number=number).select_related("application__outlet").first()
        if replaced is None or not constant_time_compare(replaced.badge_signature(), signature):
            return None
        return replaced

    def by_badge_number(self, number):
        """The replaced badge of a printed number typed by hand, or None."""
        match = TYPED_BADGE_NUMBER.fullmatch(str(number or "").strip())
        if match is None:
            return None
        return self.filter(badge_number=int(match.group(1))).select_related("application__outlet").first()


class ReplacedBadge(models.Model):
    """A badge that was lost or damaged and replaced by one with a new number: refused everywhere."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="replaced_badges")
    badge_number = models.PositiveIntegerField(_("badge number"), unique=True)
    badge_secret = models.CharField(max_length=32, editable=False)
    replaced_at = models.DateTimeField(_("replaced"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True)

    objects = ReplacedBadgeQuerySet.as_manager()

    class Meta:
        verbose_name = _("replaced badge")
        verbose_name_plural = _("replaced badges")
        ordering = ["-replaced_at", "-pk"]

    def __str__(self):
        return self.badge_label

    @property
    def badge_label(self):
        return f"{BADGE_PREFIX}-{self.badge_number:04d}"

    def badge_signature(self):
        return badge_signer().signature(f"{self.badge_number}:{self.badge_secret}")


def badge_state_for_code(code, on=None):
    """The state of whatever badge `code` names: UNKNOWN when it is forged, mistyped or not issued."""
    application = Application.objects.by_badge_code(code)
    if application is None:
        return BadgeState.REPLACED if ReplacedBadge.objects.by_badge_code(code) else BadgeState.UNKNOWN
    return application.badge_state(on=on)


class ApplicantFile(models.Model):
    """A document added after submission: in reply to a request for information, or with an appeal."""

    class Kind(models.TextChoices):
        INFORMATION = "information", _("Reply to a request for information")
        APPEAL = "appeal", _("Appeal")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="extra_files")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    file = models.FileField(_("file"), storage=get_private_storage, upload_to=private_upload_path)
    content_type = models.CharField(max_length=50)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("applicant's file")
        verbose_name_plural = _("applicant's files")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return f"{self.application} – {self.get_kind_display()}"


class CheckIn(models.Model):
    """A badge collected at the desk, or an entry into the press centre."""

    class Kind(models.TextChoices):
        PICKUP = "pickup", _("Badge collected")
        ENTRY = "entry", _("Entry")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="check_ins")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    at = models.DateTimeField(_("time"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("officer"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.application} {self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"


__all__ = [
    "HOLDS_PLACE",
    "OPEN_STATUSES",
    "AccreditationSettings",
    "ApplicantFile",
    "Application",
    "BadgeState",
    "Category",
    "CheckIn",
    "Origin",
    "Outlet",
    "OutletKind",
    "ReplacedBadge",
    "Status",
    "badge_state_for_code",
    "normalize_reference",
]

"""Outlet staff lists: an outlet's focal point registers the outlet and lists the people it sends.

The focal-point model of large events: one person at the outlet (a secretary, the head of the
team) registers the outlet once, with the editor-in-chief's letter, and lists its staff within
the outlet's quota. Each listed person becomes an `Application` in the "invited" status that
holds a place, and completes their own identity data and photo through their private status link;
the officer then approves the outlet and its people together. The focal point follows the list on
a private page of its own, which shows names and statuses, never the people's personal data.
"""

from django.conf import settings
from django.db import models
from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from .accreditation import (
    Outlet,
    get_private_storage,
    new_reference,
    new_secret,
    normalize_email,
    normalize_reference,
    private_upload_path,
)

# How many people one staff list (or one addition to it) may name.
MAX_PEOPLE = 50


class StaffListQuerySet(models.QuerySet):
    def active(self):
        return self.filter(purged_at__isnull=True)

    def by_token(self, reference, token):
        """The staff list behind a focal point's private link, or None. Constant-time on the token."""
        reference = normalize_reference(reference)
        if not reference or not token:
            return None
        staff_list = self.active().filter(reference=reference).select_related("outlet").first()
        if staff_list is None or not constant_time_compare(staff_list.token, token):
            return None
        return staff_list


class StaffList(models.Model):
    """One outlet's registration by its focal point, with the people it lists."""

    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="vi")
    outlet = models.ForeignKey(
        Outlet, verbose_name=_("media outlet"), on_delete=models.PROTECT, related_name="staff_lists"
    )
    focal_name = models.CharField(_("focal point"), max_length=200)
    focal_position = models.CharField(_("focal point's position"), max_length=100)
    focal_email = models.EmailField(_("focal point's e-mail"), max_length=254)
    focal_phone = models.CharField(_("focal point's phone"), max_length=30)
    letter = models.FileField(
        _("letter from the editor-in-chief"), storage=get_private_storage, upload_to=private_upload_path, blank=True
    )
    consented_at = models.DateTimeField(_("consent given"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    approved_at = models.DateTimeField(_("outlet approved"), null=True, blank=True)
    secret = models.CharField(max_length=32, editable=False, default=new_secret)
    purged_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)

    objects = StaffListQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff list")
        verbose_name_plural = _("staff lists")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        # Only the reference and outlet: this string is copied into audit-log labels, which outlive purges.
        return f"{self.reference} – {self.outlet}"

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = new_reference()
        self.focal_email = normalize_email(self.focal_email)
        super().save(*args, **kwargs)

    @property
    def token(self):
        value = f"{self.pk}:{self.reference}:{self.secret}"
        return salted_hmac("press_center.staff-list", value, algorithm="sha256").hexdigest()[:32]

    def path(self, language=None):
        """The path of the focal point's private page in `language` (default: the list's), or None."""
        from .pages import PressCentrePage

        page = PressCentrePage.for_language(language or self.language)
        if page is None:
            return None
        with translation.override(page.locale.language_code):
            try:
                return page.url + page.reverse_subpage("staff_list", args=(self.reference, self.token))
            except (NoReverseMatch, TypeError):
                return None

    def url(self, language=None):
        path = self.path(language)
        return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else None

    def people_in_order(self):
        return self.people.select_related("outlet").order_by("pk")

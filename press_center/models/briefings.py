"""The briefing schedule: venues, topics, the schedule page, briefing pages, their shared state and registrations.

A briefing is a page (a child of the schedule page of its language), so editors get revisions,
previews, the review workflow, scheduled publishing and a URL of its own. The copies of one briefing
in Vietnamese and English share a `translation_key`; what they have in common lives once, in
`BriefingEvent`: the facts as last published (time, venue, status, access, capacity), the iCalendar
SEQUENCE, the dated change notes and the registrations. Publishing either copy updates that state
(press_center.briefings.publication), so capacity is counted once for both languages.
"""

import datetime
import itertools

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.fields import StreamField
from core.i18n import current_language, localized_value
from core.pagination import page_count, paginate
from core.seo import SeoMixin
from core.text import collation_key
from press_center.briefings.blocks import MaterialsBlock

BRIEFINGS_PER_PAGE = 40
# The whole-schedule feed keeps briefings that ended up to this long ago, so calendars keep recent history.
FEED_HISTORY = datetime.timedelta(days=60)


class BriefingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CHANGED = "changed", _("Changed")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")
    COMPLETED = "completed", _("Completed")


class Access(models.TextChoices):
    ACCREDITED = "accredited", _("All accredited journalists")
    REGISTRATION = "registration", _("Registration required")
    POOL = "pool", _("Pool only")
    ONLINE = "online", _("Open online")


# Languages a briefing is held in or interpreted into (ISO 639-1 codes).
BRIEFING_LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("zh", _("Chinese")),
    ("es", _("Spanish")),
    ("lo", _("Lao")),
    ("km", _("Khmer")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
]
LANGUAGE_NAMES = dict(BRIEFING_LANGUAGES)

# The facts every language's copy of a briefing shares; publishing one copy copies them to the others.
SHARED_FIELDS = (
    "start",
    "end",
    "venue",
    "status",
    "topic",
    "language",
    "interpretation_languages",
    "access",
    "capacity",
    "registration_closes_at",
    "livestream_url",
    "recording_url",
    "embargo_until",
)
# The facts BriefingEvent keeps as last published, to detect changes and to count registrations under lock.
EVENT_FIELDS = ("start", "end", "venue", "status", "access", "capacity", "registration_closes_at")


class Venue(models.Model):
    """A room or hall where briefings take place, named in both languages."""

    name_vi = models.CharField(_("name (Vietnamese)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)
    details_vi = models.CharField(
        _("where (Vietnamese)"), max_length=255, blank=True, help_text=_("Building, floor, entrance.")
    )
    details_en = models.CharField(_("where (English)"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name_vi"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("details_vi"), FieldPanel("details_en")]),
    ]

    class Meta:
        verbose_name = _("briefing venue")
        verbose_name_plural = _("briefing venues")
        ordering = ["name_vi"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localized_value(self, "name")

    @property
    def details(self):
        return localized_value(self, "details")

    def label(self, language=None):
        """Name and details in `language`, e.g. "Phòng họp báo số 1, Tầng 1, Trung tâm Báo chí"."""
        parts = [localized_value(self, "name", language), localized_value(self, "details", language)]
        return ", ".join(part for part in parts if part)

    def names(self):
        """The name in every site language, as change notes keep it."""
        return {code: localized_value(self, "name", code) for code, _name in settings.LANGUAGES}


class BriefingTopic(models.Model):
    """What a briefing is about (economy, personnel, documents …), for the schedule's topic filter."""

    name_vi = models.CharField(_("name (Vietnamese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=False)

    panels = [FieldRowPanel([FieldPanel("name_vi"), FieldPanel("name_en")]), FieldPanel("slug")]

    class Meta:
        verbose_name = _("briefing topic")
        verbose_name_plural = _("briefing topics")
        ordering = ["name_vi"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localized_value(self, "name")


class BriefingSchedulePage(RoutablePageMixin, SeoMixin, Page):
    """The briefing schedule of one language: briefings by day, filters, and the calendar feed."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["press_center.PressCentrePage"]
    subpage_types = ["press_center.BriefingPage"]
    max_count_per_parent = 1
    # Briefings, days and topics are the same in both languages, so are the filters' values.
    shared_filters = ("view", "date", "topic", "language", "access")

    template = "press_center/briefings/schedule_page.html"

    class Meta:
        verbose_name = _("briefing schedule")

    # Querysets

    def briefings(self):
        """Live, public briefings of this schedule with what listings show, by start time."""
        return (
            BriefingPage.objects.child_of(self)
            .live()
            .public()
            .select_related("locale", "venue", "topic")
            .prefetch_related(Prefetch("speakers", queryset=BriefingSpeaker.objects.order_by("sort_order")))
            .defer_streamfields()
            .order_by("start", "pk")
        )

    def filter_options(self, briefings):
        """The values the filters accept: days with briefings, topics in use, languages and access types."""
        days = sorted(
            {timezone.localtime(start).date() for start in briefings.values_list("start", flat=True)},
        )
        topics = BriefingTopic.objects.filter(pk__in=briefings.values("topic"))
        return {
            "days": days,
            "topics": sorted(topics, key=lambda topic: collation_key(topic.name)),
            "languages": BRIEFING_LANGUAGES,
            "access": Access.choices,
        }

    def filtered_briefings(self, briefings, params, options):
        """Briefings and the filters that were applied; unknown filter values are ignored."""
        now = timezone.now()
        applied = {"view": "upcoming"}
        day = parse_day(params.get("date", ""))
        if day and day in options["days"]:
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
            briefings = briefings.filter(start__gte=start, start__lt=start + datetime.timedelta(days=1))
            applied.update(view="day", date=day)
        elif params.get("view") == "past":
            briefings = briefings.filter(end__lt=now).order_by("-start", "-pk")
            applied["view"] = "past"
        else:
            briefings = briefings.filter(end__gte=now)
        topic = params.get("topic", "")
        if topic and topic in {t.slug for t in options["topics"]}:
            briefings = briefings.filter(topic__slug=topic)
            applied["topic"] = topic
        language = params.get("language", "")
        if language in LANGUAGE_NAMES:
            briefings = briefings.filter(speaks_language(language))
            applied["language"] = language
        access = params.get("access", "")
        if access in Access.values:
            briefings = briefings.filter(access=access)
            applied["access"] = access
        return briefings, applied

    def feed_path(self):
        return self.url + self.reverse_subpage("feed")

    def listing_pages(self, request):
        briefings = self.briefings()
        briefings, _applied = self.filtered_briefings(briefings, request.GET, self.filter_options(briefings))
        return page_count(briefings.count(), BRIEFINGS_PER_PAGE)

    def sharing_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from press_center.briefings.calendar import subscribe_urls

        context = super().get_context(request, *args, **kwargs)
        briefings = self.briefings()
        options = self.filter_options(briefings)
        briefings, applied = self.filtered_briefings(briefings, request.GET, options)
        page_obj = paginate(request, briefings, BRIEFINGS_PER_PAGE)
        items = list(page_obj)
        attach_events(items, with_counts=True)
        query = {key: value.isoformat() if key == "date" else value for key, value in applied.items()}
        if query.get("view") in ("upcoming", "day"):
            query.pop("view")
        context.update(
            {
                "page_obj": page_obj,
                "days": group_by_day(items),
                "options": options,
                "applied": applied,
                "filtered": any(key in applied for key in ("topic", "language", "access")),
                "extra_query": "&".join(f"{key}={value}" for key, value in sorted(query.items())),
                "calendar": subscribe_urls(request, self.feed_path()),
                "press_centre": self.get_parent(),
            }
        )
        return context

    # Routes

    @path("calendar/", name="feed")
    def feed(self, request):
        from press_center.briefings import calendar

        since = timezone.now() - FEED_HISTORY
        briefings = list(self.briefings().filter(end__gte=since))
        return calendar.feed_response(request, self, briefings)


def parse_day(value):
    try:
        return datetime.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def speaks_language(code):
    """Briefings held in `code` or interpreted into it (interpretation is stored as "en,fr")."""
    listed = (
        Q(interpretation_languages=code)
        | Q(interpretation_languages__startswith=f"{code},")
        | Q(interpretation_languages__endswith=f",{code}")
        | Q(interpretation_languages__contains=f",{code},")
    )
    return Q(language=code) | listed


def group_by_day(briefings):
    """[(date, [briefings])] in Asia/Ho_Chi_Minh, keeping the order given."""
    return [
        (day, list(items))
        for day, items in itertools.groupby(briefings, key=lambda page: timezone.localtime(page.start).date())
    ]


def attach_events(pages, with_counts=False):
    """Give each page its shared `BriefingEvent` (or None) as `page.event`, in one query (two with notes)."""
    keys = {page.translation_key for page in pages}
    events = BriefingEvent.objects.filter(translation_key__in=keys).prefetch_related("changes")
    if with_counts:
        events = events.annotate(
            confirmed_count=Count("registrations", filter=Q(registrations__status="confirmed")),
            waitlisted_count=Count("registrations", filter=Q(registrations__status="waitlisted")),
        )
    by_key = {event.translation_key: event for event in events} if keys else {}
    for page in pages:
        page.event = by_key.get(page.translation_key)
    return pages


class LanguagesFormField(forms.MultipleChoiceField):
    """Checkboxes in the admin for a LanguagesField; cleans to the stored "en,fr" text."""

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        return split_codes(value) if isinstance(value, str) else value

    def clean(self, value):
        return ",".join(super().clean(value))

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial or ""), data)


class LanguagesField(models.CharField):
    """Language codes kept as text ("en,fr"): portable filtering on SQLite and PostgreSQL."""

    def formfield(self, **kwargs):
        return LanguagesFormField(
            choices=BRIEFING_LANGUAGES, required=not self.blank, label=self.verbose_name, help_text=self.help_text
        )


def split_codes(value):
    return [code for code in (value or "").split(",") if code in LANGUAGE_NAMES]


class BriefingPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The briefing must end after it starts."))
        if cleaned.get("access") == Access.REGISTRATION and not cleaned.get("capacity"):
            self.add_error("capacity", _("Set how many journalists can register."))
        elif cleaned.get("capacity") and self.instance.pk:
            self.check_confirmed_places(cleaned["capacity"])
        closes = cleaned.get("registration_closes_at")
        if closes and start and closes > start:
            self.add_error("registration_closes_at", _("Registration must close before the briefing starts."))
        if cleaned.get("language") in split_codes(cleaned.get("interpretation_languages")):
            self.add_error(
                "interpretation_languages", _("The briefing is already held in this language; choose others.")
            )
        return cleaned

    def check_confirmed_places(self, capacity):
        """Confirmed places are never taken back: the capacity cannot go below them."""
        confirmed = BriefingRegistration.objects.filter(
            event__translation_key=self.instance.translation_key, status=RegistrationStatus.CONFIRMED
        ).count()
        if capacity < confirmed:
            message = ngettext(
                "%(count)d journalist already has a confirmed place; the capacity cannot be lower. An accreditation "
                "officer can cancel registrations first.",
                "%(count)d journalists already have a confirmed place; the capacity cannot be lower. An "
                "accreditation officer can cancel registrations first.",
                confirmed,
            )
            self.add_error("capacity", message % {"count": confirmed})


class BriefingPage(RoutablePageMixin, SeoMixin, Page):
    """One press briefing (họp báo): when and where, who speaks, who may attend, and the calendar entry."""

    topic = models.ForeignKey(
        BriefingTopic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("One or two plain sentences, shown in the schedule and calendars.")
    )
    description = models.TextField(_("description"), blank=True, max_length=5000)
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Asia/Ho_Chi_Minh time."))
    end = models.DateTimeField(_("ends"))
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty for a briefing held only online."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=BriefingStatus.choices, default=BriefingStatus.SCHEDULED
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=300,
        blank=True,
        help_text=_("Shown with the status, e.g. why the briefing is postponed and when a new date will be known."),
    )
    organiser = models.CharField(_("organiser"), max_length=200)
    language = models.CharField(_("language"), max_length=5, choices=BRIEFING_LANGUAGES, default="vi")
    interpretation_languages = LanguagesField(
        _("interpretation into"),
        max_length=60,
        blank=True,
        help_text=_("Languages into which the briefing is interpreted. None: no interpretation."),
    )
    access = models.CharField(_("access"), max_length=12, choices=Access.choices, default=Access.ACCREDITED)
    capacity = models.PositiveSmallIntegerField(
        _("places"), null=True, blank=True, help_text=_("How many journalists can register (registration only).")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: when the briefing starts.")
    )
    livestream_url = models.URLField(_("livestream link"), blank=True, max_length=500)
    recording_url = models.URLField(
        _("recording link"), blank=True, max_length=500, help_text=_("Shown once the briefing has ended.")
    )
    embargo_until = models.DateTimeField(
        _("materials under embargo until"),
        null=True,
        blank=True,
        help_text=_("Materials are shown on the public page only from this time."),
    )
    materials = StreamField(
        MaterialsBlock(),
        verbose_name=_("materials"),
        blank=True,
        help_text=_("Press releases, documents and photos."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("venue"),
                FieldPanel("status"),
                FieldPanel("status_note"),
            ],
            heading=_("When and where"),
            help_text=_(
                "Once published, every change of time, venue or status is recorded, shown as a dated note and "
                "e-mailed to registered journalists. The other language's copy takes the same time, venue, "
                "status and access."
            ),
        ),
        InlinePanel("speakers", label=_("Speakers"), min_num=0, max_num=12),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("language"), FieldPanel("interpretation_languages")],
            heading=_("Organiser and languages"),
        ),
        MultiFieldPanel(
            [FieldPanel("access"), FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_at")])],
            heading=_("Access"),
        ),
        MultiFieldPanel(
            [FieldPanel("livestream_url"), FieldPanel("recording_url")],
            heading=_("Online"),
        ),
        MultiFieldPanel([FieldPanel("embargo_until"), FieldPanel("materials")], heading=_("Materials")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("status"),
        index.FilterField("access"),
        index.RelatedFields("topic", [index.SearchField("name_vi"), index.SearchField("name_en")]),
        index.RelatedFields("speakers", [index.SearchField("name"), index.SearchField("title")]),
    ]

    parent_page_types = ["press_center.BriefingSchedulePage"]
    subpage_types = []

    base_form_class = BriefingPageForm
    template = "press_center/briefings/briefing_page.html"

    class Meta:
        verbose_name = _("briefing")
        verbose_name_plural = _("briefings")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The briefing must end after it starts.")})

    # What readers see

    def sharing_summary(self):
        return self.summary

    @cached_property
    def event(self):
        """The state shared by every language's copy (see attach_events for lists)."""
        return BriefingEvent.objects.filter(translation_key=self.translation_key).prefetch_related("changes").first()

    @property
    def display_status(self):
        """CHANGED for a scheduled briefing whose time or venue changed after publication."""
        event = self.event
        if self.status == BriefingStatus.SCHEDULED and event is not None and event.rescheduled_at:
            return BriefingStatus.CHANGED
        return BriefingStatus(self.status)

    @property
    def display_status_label(self):
        return self.display_status.label

    @property
    def is_cancelled(self):
        return self.status == BriefingStatus.CANCELLED

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def needs_registration(self):
        return self.access == Access.REGISTRATION

    @property
    def interpretation_codes(self):
        return split_codes(self.interpretation_languages)

    @property
    def language_label(self):
        return LANGUAGE_NAMES.get(self.language, self.language)

    @property
    def interpretation_labels(self):
        return [LANGUAGE_NAMES[code] for code in self.interpretation_codes]

    def venue_label(self, language=None):
        return self.venue.label(language or self.locale.language_code) if self.venue else ""

    @property
    def materials_released(self):
        return self.embargo_until is None or self.embargo_until <= timezone.now()

    @property
    def show_recording(self):
        return bool(self.recording_url) and (self.is_past or self.status == BriefingStatus.COMPLETED)

    def change_notes(self):
        """The dated change notes, newest first (empty before the first change)."""
        return list(self.event.changes.all()) if self.event else []

    def places_left(self):
        """Free places, or None when the briefing takes no registrations (needs attach_events(with_counts)).

        A past, postponed, cancelled or completed briefing has no places to offer, whatever its count.
        """
        event = self.event
        if not self.needs_registration or event is None or self.capacity is None:
            return None
        if self.is_past or self.status not in (BriefingStatus.SCHEDULED, BriefingStatus.CHANGED):
            return None
        confirmed = getattr(event, "confirmed_count", None)
        if confirmed is None:
            confirmed = event.registrations.filter(status="confirmed").count()
        return max(self.capacity - confirmed, 0)

    def search_text(self):
        """Plain text for search: title, topic, speakers and description."""
        speakers = [f"{speaker.name}, {speaker.title}".strip(", ") for speaker in self.speakers.all()]
        parts = [
            self.title,
            self.topic.name if self.topic else "",
            self.summary,
            *speakers,
            self.organiser,
            strip_tags(self.description),
        ]
        return "\n".join(part for part in parts if part)

    def ics_path(self):
        return self.url + self.reverse_subpage("ics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        schedule = self.get_parent().specific
        context["schedule"] = schedule
        context["press_centre"] = schedule.get_parent()
        context["ics_url"] = self.ics_path()
        return context

    # Routes

    @path("calendar/", name="ics")
    def ics(self, request):
        from press_center.briefings import calendar

        return calendar.event_response(request, self)


class BriefingSpeaker(Orderable):
    page = ParentalKey(BriefingPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title or role"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name


class BriefingEvent(models.Model):
    """What every language's copy of one briefing shares, kept up to date when a copy is published.

    The facts as last published (start, end, venue, status, access, capacity, registration deadline)
    let publication detect changes and let registration count places with this row locked. `sequence`
    is the iCalendar SEQUENCE; `fingerprints` remember what each language's calendar entry looked like.
    """

    translation_key = models.UUIDField(unique=True, editable=False)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.ForeignKey(Venue, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=BriefingStatus.choices)
    access = models.CharField(_("access"), max_length=12, choices=Access.choices)
    capacity = models.PositiveSmallIntegerField(_("places"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    fingerprints = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("first published"), default=timezone.now)
    modified_at = models.DateTimeField(_("last changed"), default=timezone.now)
    rescheduled_at = models.DateTimeField(_("time or venue last changed"), null=True, blank=True)

    class Meta:
        verbose_name = _("briefing (shared state)")
        verbose_name_plural = _("briefings (shared state)")

    def __str__(self):
        return f"{timezone.localtime(self.start):%Y-%m-%d %H:%M} ({self.translation_key})"

    def pages(self):
        return BriefingPage.objects.filter(translation_key=self.translation_key)

    def page_for(self, language, live=True):
        """This briefing's page in `language`, else in another language, or None."""
        pages = self.pages().select_related("locale", "venue")
        if live:
            pages = pages.live()
        pages = list(pages)
        for page in pages:
            if page.locale.language_code == language:
                return page
        return pages[0] if pages else None

    @property
    def registration_closes(self):
        return self.registration_closes_at or self.start


class BriefingChange(models.Model):
    """One published change of time, venue or status: shown as a dated note, e-mailed to registrants.

    `items` keeps what changed as data ({"kind": "venue", "before": {"vi": …, "en": …}, "after": …}),
    so each reader gets the note in their own language.
    """

    event = models.ForeignKey(BriefingEvent, on_delete=models.CASCADE, related_name="changes")
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    sequence = models.PositiveIntegerField(_("calendar sequence"))
    items = models.JSONField(default=list)

    class Meta:
        verbose_name = _("briefing change")
        verbose_name_plural = _("briefing changes")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} #{self.sequence}"

    @property
    def kinds(self):
        return [item["kind"] for item in self.items]

    def describe(self, language=None):
        from press_center.briefings.changes import describe_items

        return describe_items(self.items, language or current_language())

    def note(self, language=None):
        """ "Cập nhật 14:05, 12/1/2026: chuyển sang Phòng B (trước: Phòng A)" in `language`."""
        from press_center.briefings.changes import change_note

        return change_note(self, language or current_language())


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waitlist")
    CANCELLED = "cancelled", _("Cancelled")


class BriefingRegistration(models.Model):
    """An accredited journalist's place (or place in the queue) at a briefing that needs registration."""

    event = models.ForeignKey(BriefingEvent, on_delete=models.CASCADE, related_name="registrations")
    application = models.ForeignKey(
        "press_center.Application",
        verbose_name=_("accreditation"),
        on_delete=models.CASCADE,
        related_name="briefing_registrations",
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    # Arrival order: the waitlist is served by this, then by id.
    queued_at = models.DateTimeField(_("registered"), default=timezone.now)
    promoted_at = models.DateTimeField(_("taken off the waitlist"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended_at = models.DateTimeField(_("attended"), null=True, blank=True)
    attended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendance recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("briefing registration")
        verbose_name_plural = _("briefing registrations")
        ordering = ["queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "application"], name="press_center_one_registration_per_briefing")
        ]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]
        permissions = [
            ("export_briefingregistration", _("Can export briefing registration lists")),
            ("attend_briefingregistration", _("Can record attendance at briefings")),
        ]

    def __str__(self):
        # No personal data: this string is copied into audit-log labels.
        return f"{self.application.reference} @ {self.event_id}"

    @property
    def is_active(self):
        return self.status != RegistrationStatus.CANCELLED

    def waitlist_position(self):
        """1 for the first in the queue; None when not waitlisted."""
        if self.status != RegistrationStatus.WAITLISTED:
            return None
        ahead = BriefingRegistration.objects.filter(
            event_id=self.event_id, status=RegistrationStatus.WAITLISTED
        ).filter(Q(queued_at__lt=self.queued_at) | Q(queued_at=self.queued_at, pk__lt=self.pk))
        return ahead.count() + 1


__all__ = [
    "BRIEFING_LANGUAGES",
    "EVENT_FIELDS",
    "SHARED_FIELDS",
    "Access",
    "BriefingChange",
    "BriefingEvent",
    "BriefingPage",
    "BriefingRegistration",
    "BriefingSchedulePage",
    "BriefingSpeaker",
    "BriefingStatus",
    "BriefingTopic",
    "RegistrationStatus",
    "Venue",
    "attach_events",
]

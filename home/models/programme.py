import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.i18n import localized_value
from core.seo import SeoMixin

from ..congress import at_congress_time


class SessionKind(models.TextChoices):
    PREPARATORY = "preparatory", _("Preparatory session")
    PLENARY = "plenary", _("Plenary session")
    CLOSED = "closed", _("Closed session")
    ELECTION = "election", _("Election")
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    CULTURAL = "cultural", _("Cultural event")


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    IN_PROGRESS = "in_progress", pgettext_lazy("session", "In progress")
    COMPLETED = "completed", _("Completed")
    CHANGED = "changed", _("Changed")
    POSTPONED = "postponed", _("Postponed")


class ProgrammePage(SeoMixin, Page):
    """The working programme (chương trình làm việc): the congress day by day, session by session.

    Days and sessions are inline models of the Vietnamese programme page, each with Vietnamese and
    English texts, so one edit (a session running late, a change of room) reaches both languages at
    once, with Wagtail's previews, revisions and workflow. The English programme page is a translation
    of the Vietnamese one that carries its own title and introduction and shows the Vietnamese page's
    published sessions in English.
    """

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            content=_(
                "Days and sessions are kept once, on the Vietnamese programme, with a Vietnamese and an "
                "English text for each; the English programme shows them automatically. Leave them empty "
                "on other language versions."
            ),
            heading=_("One programme for both languages"),
        ),
        InlinePanel("days", heading=_("Days"), label=_("Day")),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session")),
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # Sessions belong to the Vietnamese page only; a new translation starts without them.
    exclude_fields_in_copy = ["days", "sessions"]

    class Meta:
        verbose_name = _("programme")

    def sharing_summary(self):
        return self.intro

    def clean(self):
        super().clean()
        if not self.is_source:
            if self.sessions.all() or self.days.all():
                raise ValidationError(
                    _("Enter days and sessions on the Vietnamese programme; this language version shows them.")
                )
            return
        dates = [day.date for day in self.days.all() if day.date]
        if len(dates) != len(set(dates)):
            raise ValidationError(_("Each day can appear only once in the list of days."))

    @property
    def is_source(self):
        return self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE

    def source_page(self):
        """The Vietnamese programme, which holds the sessions (this page itself when it is Vietnamese)."""
        if self.is_source:
            return self
        return (
            ProgrammePage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .live()
            .first()
        )

    def agenda(self, congress=None, now=None):
        """Days with their sessions in time order, as ProgrammeDay views, for this page's language."""
        source = self.source_page()
        if source is None:
            return []
        if source is self:
            # In-memory, so previews show what the editor is changing.
            sessions, days = list(self.sessions.all()), list(self.days.all())
        else:
            sessions, days = list(source.sessions.all()), list(source.days.all())
        return build_agenda(sessions, days, congress=congress, now=now)

    def get_context(self, request, *args, **kwargs):
        from .identity import CongressSettings

        context = super().get_context(request, *args, **kwargs)
        congress = CongressSettings.for_request(request)
        now = timezone.now()
        agenda = self.agenda(congress=congress, now=now)
        context["congress"] = congress
        context["agenda"] = agenda
        context["current_sessions"] = [session for day in agenda for session in day.sessions if session.is_current]
        return context


@dataclass
class AgendaDay:
    date: datetime.date
    number: int | None
    theme: str = ""
    sessions: list = field(default_factory=list)
    is_today: bool = False

    @property
    def anchor(self):
        return f"day-{self.date.isoformat()}"


def build_agenda(sessions, days=(), congress=None, now=None):
    """Group sessions by date (with the optional day themes), in time order, marking what runs at `now`."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    calendar = congress.calendar(now) if congress else None
    themes = {day.date: day.theme for day in days if day.date}
    by_date = {}
    for session in sorted(sessions, key=lambda item: (item.date, item.start_time, item.sort_order or 0)):
        session.now = now
        by_date.setdefault(session.date, []).append(session)
    agenda = []
    for position, date in enumerate(sorted(set(by_date) | set(themes)), start=1):
        number = calendar.day_number_of(date) if calendar else None
        agenda.append(
            AgendaDay(
                date=date,
                number=number or position,
                theme=themes.get(date, ""),
                sessions=by_date.get(date, []),
                is_today=date == today,
            )
        )
    return agenda


class ProgrammeDay(Orderable):
    """An optional heading for one day of the programme, e.g. “Phiên trù bị” / “Preparatory session”."""

    page = ParentalKey(ProgrammePage, related_name="days", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    theme_vi = models.CharField(_("theme (Vietnamese)"), max_length=255, blank=True)
    theme_en = models.CharField(_("theme (English)"), max_length=255, blank=True)

    panels = [FieldPanel("date"), FieldRowPanel([FieldPanel("theme_vi"), FieldPanel("theme_en")])]

    class Meta(Orderable.Meta):
        verbose_name = _("programme day")

    def __str__(self):
        return str(self.date)

    @property
    def theme(self):
        return localized_value(self, "theme")


class ProgrammeSession(Orderable):
    """One session of the congress, with its texts in both languages and a status editors keep current."""

    page = ParentalKey(ProgrammePage, related_name="sessions", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    title_vi = models.CharField(_("title (Vietnamese)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=SessionKind.choices, default=SessionKind.PLENARY)
    venue_vi = models.CharField(_("venue (Vietnamese)"), max_length=255, blank=True)
    venue_en = models.CharField(_("venue (English)"), max_length=255, blank=True)
    description_vi = models.TextField(_("short description (Vietnamese)"), max_length=1000, blank=True)
    description_en = models.TextField(_("short description (English)"), max_length=1000, blank=True)
    open_to_press = models.BooleanField(
        _("open to the press"), default=True, help_text=_("Untick for sessions held behind closed doors.")
    )
    livestream_url = models.URLField(_("livestream link"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    change_note_vi = models.CharField(
        _("change note (Vietnamese)"),
        max_length=500,
        blank=True,
        help_text=_("Required when the session is changed or postponed, e.g. “Moved to 14:30”."),
    )
    change_note_en = models.CharField(_("change note (English)"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("title_vi"), FieldPanel("title_en")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("open_to_press")]),
        FieldRowPanel([FieldPanel("venue_vi"), FieldPanel("venue_en")]),
        FieldRowPanel([FieldPanel("description_vi"), FieldPanel("description_en")]),
        FieldPanel("livestream_url"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldRowPanel([FieldPanel("change_note_vi"), FieldPanel("change_note_en")])],
            heading=_("Status"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.date} {self.start_time:%H:%M} {self.title_vi}"

    def clean(self):
        super().clean()
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("A session must end after it starts.")
        if self.status in (SessionStatus.CHANGED, SessionStatus.POSTPONED) and not self.change_note_vi.strip():
            errors["change_note_vi"] = _("Say what changed: readers see this note next to the session.")
        if errors:
            raise ValidationError(errors)

    # Texts in the reader's language.

    @property
    def title(self):
        return localized_value(self, "title")

    @property
    def venue(self):
        return localized_value(self, "venue")

    @property
    def description(self):
        return localized_value(self, "description")

    @property
    def change_note(self):
        return localized_value(self, "change_note")

    # Time and status.

    @property
    def start(self):
        return at_congress_time(self.date, self.start_time)

    @property
    def end(self):
        return at_congress_time(self.date, self.end_time)

    @property
    def anchor(self):
        return f"session-{self.pk}" if self.pk else f"session-{self.date.isoformat()}-{self.start_time:%H%M}"

    def is_running(self, now):
        """Whether the session is under way at `now`.

        An editor's “in progress” wins (a session that overruns stays highlighted until it is marked
        completed); otherwise a scheduled or changed session runs between its start and end times.
        Postponed and completed sessions never run.
        """
        if self.status == SessionStatus.IN_PROGRESS:
            return True
        if self.status in (SessionStatus.SCHEDULED, SessionStatus.CHANGED):
            return self.start <= now < self.end
        return False

    def display_status(self, now):
        """The status readers see at `now`: a scheduled session becomes in progress, then completed, by the clock."""
        if self.status == SessionStatus.SCHEDULED:
            if self.is_running(now):
                return SessionStatus.IN_PROGRESS
            if now >= self.end:
                return SessionStatus.COMPLETED
        return SessionStatus(self.status)

    # For templates, after build_agenda() has set `now`.

    @property
    def is_current(self):
        return self.is_running(getattr(self, "now", None) or timezone.now())

    @property
    def status_now(self):
        return self.display_status(getattr(self, "now", None) or timezone.now())

    @property
    def is_changed(self):
        return self.status in (SessionStatus.CHANGED, SessionStatus.POSTPONED)

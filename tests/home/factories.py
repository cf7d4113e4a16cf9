"""Builders for the congress section: the congress dates, programme sessions and documents."""

import datetime

from wagtail.models import Site

from core.pages import publish
from home.models import (
    CongressSettings,
    DocumentIndexPage,
    DocumentPage,
    DocumentSection,
    ProgrammePage,
    ProgrammeSession,
)


def set_congress(opening, closing, opening_time=datetime.time(8, 0), **fields):
    congress = CongressSettings.for_site(Site.objects.get(is_default_site=True))
    congress.opening_date = opening
    congress.closing_date = closing
    congress.opening_time = opening_time
    congress.full_name_vi = fields.pop("full_name_vi", "Đại hội thử nghiệm lần thứ XIV")
    congress.full_name_en = fields.pop("full_name_en", "The 14th Test Congress")
    for name, value in fields.items():
        setattr(congress, name, value)
    congress.save()
    return congress


def programme(language="vi"):
    return ProgrammePage.objects.get(locale__language_code=language)


def session(date, start, end, title, **fields):
    return ProgrammeSession(
        date=date,
        start_time=datetime.time.fromisoformat(start),
        end_time=datetime.time.fromisoformat(end),
        title_vi=title,
        title_en=fields.pop("title_en", f"{title} (EN)"),
        **fields,
    )


def publish_sessions(sessions):
    """Replace the Vietnamese programme's sessions and publish it."""
    page = programme("vi")
    page.sessions = sessions
    return publish(page)


def make_document(title, sections=(), language="vi", **fields):
    index = DocumentIndexPage.objects.get(locale__language_code=language)
    page = DocumentPage(
        title=title,
        summary=fields.pop("summary", f"Tóm tắt của {title}."),
        sections=[DocumentSection(heading=heading, body=f"<p>{heading}: nội dung.</p>") for heading in sections],
        **fields,
    )
    index.add_child(instance=page)
    return publish(page)

"""The figures the demo tells in more than one place, kept once so that they cannot disagree.

Articles in both languages (through `{name}` placeholders in news/demo_content/*.json), the
infographic, the home page's results summary and the briefings all take their numbers from here;
what can be counted (delegations, countries, sittings, days) is counted from the demo data itself.
"""

import re

from django.utils import translation

from core.dates import long_date

from . import demo_content as content

DELEGATES = 1540
DELEGATES_PRESENT_AT_OPENING = 1532
ACCREDITED_JOURNALISTS = 887
FOREIGN_JOURNALISTS = 186
PUBLIC_COMMENTS_MILLIONS = 2  # "more than two million" comments on the draft documents
PLENARY_SPEAKERS_FIRST_DEBATE = 14  # delegates who spoke in the first plenary debate (day 3)

# Sessions of the delegates themselves, as opposed to press conferences and cultural events.
SITTING_KINDS = {"preparatory", "plenary", "closed", "election"}

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def delegations():
    return len(content.DELEGATIONS)


def delegation_countries():
    return len({row[2] for row in content.DELEGATIONS if row[2]})


def sittings():
    return sum(1 for row in content.SESSIONS if row[3] in SITTING_KINDS)


def number(value, language):
    """1540 as Vietnamese ("1.540") or English ("1,540") readers write it."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "vi" else text


def values(language, timeline):
    """{placeholder name: text} in `language`, for the demo's texts."""
    millions = number(PUBLIC_COMMENTS_MILLIONS, language)
    with translation.override(language):
        deadline = long_date(timeline.accreditation_deadline, language, with_time=True)
        consultation_closes = long_date(timeline.consultation[1], language)
    return {
        "delegates": number(DELEGATES, language),
        "delegates_present": number(DELEGATES_PRESENT_AT_OPENING, language),
        "delegates_absent": number(DELEGATES - DELEGATES_PRESENT_AT_OPENING, language),
        "journalists": number(ACCREDITED_JOURNALISTS, language),
        "foreign_journalists": number(FOREIGN_JOURNALISTS, language),
        "public_comments": f"{millions} triệu" if language == "vi" else f"{millions} million",
        "plenary_speakers": number(PLENARY_SPEAKERS_FIRST_DEBATE, language),
        "delegations": number(delegations(), language),
        "delegation_countries": number(delegation_countries(), language),
        "congress_days": number(timeline.days, language),
        "sittings": number(sittings(), language),
        "accreditation_deadline": deadline,
        "consultation_closes": consultation_closes,
    }


def fill(text, known):
    """`text` with each {name} replaced by known[name]; an unknown name is a mistake in the content."""

    def replace(match):
        name = match.group(1)
        if name not in known:
            raise ValueError(f"Unknown placeholder {{{name}}} in demo text: {text[:80]!r}")
        return known[name]

    return PLACEHOLDER.sub(replace, text)

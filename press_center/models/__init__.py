"""Press-centre models: accreditation (this issue) and, later, the briefing schedule."""

from .accreditation import (
    HOLDS_PLACE,
    OPEN_STATUSES,
    AccreditationSettings,
    ApplicantFile,
    Application,
    BadgeState,
    Category,
    CheckIn,
    Origin,
    Outlet,
    Status,
    badge_state_for_code,
    normalize_reference,
)
from .pages import PressCentrePage

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
    "PressCentrePage",
    "Status",
    "badge_state_for_code",
    "normalize_reference",
]

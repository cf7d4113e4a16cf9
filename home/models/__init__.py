"""Models of the congress information section: the home page, programme, documents, guests, media, menus."""

from .documents import DocumentIndexPage, DocumentPage, DocumentSection, DocumentStatus, DocumentVersion
from .guests import Delegation, GuestsPage, Region, delegations_by_region
from .home import HOME_PAGE_CONTEXT_HOOK, HomeKeyDocument, HomePage
from .identity import CongressSettings
from .media import GalleryPage, GalleryPhoto, InfographicPage, MediaItemPage, MultimediaIndexPage, VideoPage
from .navigation import Menu, MenuItem, MenuSlot
from .programme import (
    AgendaDay,
    ProgrammeDay,
    ProgrammePage,
    ProgrammeSession,
    SessionKind,
    SessionStatus,
    build_agenda,
)
from .sitemap import SitemapPage

__all__ = [
    "HOME_PAGE_CONTEXT_HOOK",
    "AgendaDay",
    "CongressSettings",
    "Delegation",
    "DocumentIndexPage",
    "DocumentPage",
    "DocumentSection",
    "DocumentStatus",
    "DocumentVersion",
    "GalleryPage",
    "GalleryPhoto",
    "GuestsPage",
    "HomeKeyDocument",
    "HomePage",
    "InfographicPage",
    "MediaItemPage",
    "Menu",
    "MenuItem",
    "MenuSlot",
    "MultimediaIndexPage",
    "ProgrammeDay",
    "ProgrammePage",
    "ProgrammeSession",
    "Region",
    "SessionKind",
    "SessionStatus",
    "SitemapPage",
    "VideoPage",
    "build_agenda",
    "delegations_by_region",
]

"""Demo content of the congress section: a congress week under way, its documents, guests and media.

Dates are anchored to the day `load_demo` first runs: the congress opened two days earlier and lasts
seven days, so a new user sees the home page "during" the congress (day 3). Running load_demo again
changes nothing; `scripts/dev.py reset` anchors a fresh demo to the new date.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Locale, Site

from core.demo_images import demo_image
from core.pages import ensure_child, ensure_translation, publish
from core.text import folded_slug

from . import demo_content as content
from .demo_files import docx_file, pdf_file
from .models import (
    CongressSettings,
    Delegation,
    DocumentIndexPage,
    DocumentPage,
    DocumentSection,
    DocumentVersion,
    GalleryPage,
    GalleryPhoto,
    GuestsPage,
    HomePage,
    InfographicPage,
    Menu,
    MenuItem,
    MultimediaIndexPage,
    ProgrammeDay,
    ProgrammePage,
    ProgrammeSession,
    SitemapPage,
    VideoPage,
)

OPENING_OFFSET = -2  # the congress opened two days before load_demo first ran
DEMO_VIDEO_URL = "https://www.youtube.com/watch?v=dh14demo001"


def run(command):
    site = Site.objects.get(is_default_site=True)
    homes = {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}
    congress = load_congress(site)
    opening = congress.opening_date
    load_home(homes)
    load_programme(homes["vi"], opening)
    load_documents(homes["vi"], opening)
    load_delegations(opening)
    load_multimedia(homes["vi"], opening)
    load_menus(homes)
    command.stdout.write("Loaded the congress programme, documents, guests and multimedia.")


def load_congress(site):
    congress = CongressSettings.for_site(site)
    if congress.opening_date is None:
        opening = timezone.localdate() + datetime.timedelta(days=OPENING_OFFSET)
        congress.opening_date = opening
        congress.closing_date = opening + datetime.timedelta(days=len(content.DAYS) - 1)
        congress.opening_time = datetime.time(8, 0)
        for name, value in content.CONGRESS.items():
            if not getattr(congress, name):
                setattr(congress, name, value)
        congress.emblem = demo_image("Biểu trưng Đại hội (minh họa)", size=(640, 640))
        congress.save()
    return congress


def load_home(homes):
    texts = {
        "vi": (
            "Thông tin chính thức về chương trình, văn kiện, khách mời quốc tế và hoạt động báo chí của Đại hội.",
            "Đại hội thành công tốt đẹp",
            (
                "Sau bảy ngày làm việc, Đại hội đã hoàn thành toàn bộ chương trình đề ra, thông qua Nghị quyết và "
                "bầu cơ quan lãnh đạo khóa mới."
            ),
        ),
        "en": (
            "Official information on the programme, documents, international guests and press work of the congress.",
            "The congress has concluded",
            (
                "After seven days of work the congress completed its agenda, adopted its Resolution and elected the "
                "new leadership."
            ),
        ),
    }
    for code, home in homes.items():
        home = home.specific
        if home.lead_intro:
            continue
        intro, heading, summary = texts[code]
        home.lead_intro = intro
        home.results_heading = heading
        home.results_summary = [("paragraph", f"<p>{summary}</p>")]
        publish(home)


def load_programme(home, opening):
    programme = ProgrammePage.objects.child_of(home).first()
    if programme is None or programme.sessions.exists():
        return
    intro = "Chương trình làm việc bảy ngày của Đại hội. Giờ Hà Nội (GMT+7); chương trình được cập nhật liên tục."
    programme.intro = intro
    programme.days = [
        ProgrammeDay(date=opening + datetime.timedelta(days=offset), theme_vi=theme_vi, theme_en=theme_en)
        for offset, theme_vi, theme_en in content.DAYS
    ]
    today = timezone.localdate()
    sessions = []
    for row in content.SESSIONS:
        (
            offset,
            start,
            end,
            kind,
            title_vi,
            title_en,
            venue,
            desc_vi,
            desc_en,
            press,
            live,
            status,
            note_vi,
            note_en,
        ) = row
        date = opening + datetime.timedelta(days=offset)
        sessions.append(
            ProgrammeSession(
                date=date,
                start_time=datetime.time.fromisoformat(start),
                end_time=datetime.time.fromisoformat(end),
                kind=kind,
                title_vi=title_vi,
                title_en=title_en,
                venue_vi=venue[0],
                venue_en=venue[1],
                description_vi=desc_vi,
                description_en=desc_en,
                open_to_press=press,
                livestream_url=content.LIVESTREAM if live else "",
                status=status or ("completed" if date < today else "scheduled"),
                change_note_vi=note_vi,
                change_note_en=note_en,
            )
        )
    programme.sessions = sessions
    publish(programme)
    english = programme.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is not None and not english.specific.intro:
        english = english.specific
        english.intro = (
            "The seven-day working programme of the congress, in Hanoi time (GMT+7), updated as it happens."
        )
        publish(english)


def demo_document(title, make_file, filename, *args):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file.save(filename, ContentFile(make_file(*args)), save=False)
    document.save()
    return document


def load_documents(home, opening):
    index = DocumentIndexPage.objects.child_of(home).first()
    if index is None:
        return
    if not index.intro:
        index.intro = "Các văn kiện trình Đại hội, dự thảo lấy ý kiến nhân dân và văn bản đã được thông qua."
        publish(index)
        english = index.get_translation_or_none(Locale.objects.get(language_code="en"))
        if english is not None:
            english = english.specific
            english.intro = "Documents before the congress, drafts open for public comment and adopted texts."
            publish(english)
    for row in content.DOCUMENTS:
        slug, title_vi, title_en, status, deadline, summary_vi, summary_en, sections_vi, sections_en, versions = row
        if DocumentPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        page = ensure_child(
            index,
            DocumentPage,
            slug,
            title=title_vi,
            summary=summary_vi,
            status=status,
            comment_deadline=opening + datetime.timedelta(days=deadline) if deadline is not None else None,
            sections=[DocumentSection(heading=heading, body=f"<p>{text}</p>") for heading, text in sections_vi],
            versions=[
                make_version(title_vi, label_vi, opening + datetime.timedelta(days=offset), note_vi, sections_vi, "vi")
                for label_vi, _label_en, offset, note_vi, _note_en in versions
            ],
        )
        english = ensure_translation(page, "en", title=title_en, summary=summary_en, slug=slug_en(title_en))
        # The translation starts as a copy with the same section keys; give it its English texts.
        for section, (heading, text) in zip(english.sections.all(), sections_en, strict=True):
            section.heading = heading
            section.body = f"<p>{text}</p>"
        english.sections = list(english.sections.all())
        english.versions = [
            make_version(title_en, label_en, opening + datetime.timedelta(days=offset), note_en, sections_en, "en")
            for _label_vi, label_en, offset, _note_vi, note_en in versions
        ]
        publish(english)


def slug_en(title):
    return folded_slug(title, 60)


def make_version(title, label, date, note, sections, language):
    heading = f"{title} – {label}"
    return DocumentVersion(
        label=label,
        published_on=date,
        note=note,
        pdf=demo_document(f"{heading} (PDF)", pdf_file, f"{slug_en(heading)}.pdf", heading, sections, language),
        docx=demo_document(f"{heading} (DOCX)", docx_file, f"{slug_en(heading)}.docx", heading, sections, language),
    )


def load_delegations(opening):
    for organisation, organisation_vi, country, region, head, position, members, arrival in content.DELEGATIONS:
        Delegation.objects.get_or_create(
            organisation=organisation,
            defaults={
                "organisation_vi": organisation_vi,
                "country": country,
                "region": region,
                "head_of_delegation": head,
                "head_title": position,
                "members": members,
                "arrival_date": opening + datetime.timedelta(days=arrival),
            },
        )


def load_multimedia(home, opening):
    index = MultimediaIndexPage.objects.child_of(home).first()
    if index is None:
        return
    Locale.objects.get(language_code="en")
    for slug, title_vi, title_en, offset, summary_vi, summary_en, photos in content.GALLERIES:
        if GalleryPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        images = [
            demo_image(f"{title_vi}: {caption_vi}", credit="Ảnh: Ban Tổ chức (minh họa)") for caption_vi, _ in photos
        ]
        gallery = ensure_child(
            index,
            GalleryPage,
            slug,
            title=title_vi,
            date=opening + datetime.timedelta(days=offset),
            summary=summary_vi,
            photos=[
                GalleryPhoto(image=image, caption=caption) for image, (caption, _) in zip(images, photos, strict=True)
            ],
        )
        english = ensure_translation(gallery, "en", title=title_en, summary=summary_en, slug=slug_en(title_en))
        english.photos = [
            GalleryPhoto(image=image, caption=caption_en)
            for image, (_, caption_en) in zip(images, photos, strict=True)
        ]
        publish(english)

    if not VideoPage.objects.child_of(index).exists():
        # The embed is stored ahead, so the demo renders offline without asking the video service.
        Embed.objects.update_or_create(
            hash=get_embed_hash(DEMO_VIDEO_URL, 960),
            defaults={"url": DEMO_VIDEO_URL, "max_width": 960, **demo_video_embed()},
        )
        video = ensure_child(
            index,
            VideoPage,
            "toan-canh-ngay-khai-mac",
            title="Toàn cảnh ngày khai mạc Đại hội",
            date=opening + datetime.timedelta(days=1),
            summary="Video tóm tắt những hoạt động chính trong ngày khai mạc Đại hội.",
            video_url=DEMO_VIDEO_URL,
            duration=datetime.timedelta(minutes=3, seconds=20),
            cover_image=demo_image("Toàn cảnh ngày khai mạc Đại hội (video)"),
            transcript="<p>Sáng nay, Đại hội chính thức khai mạc tại Hà Nội với sự tham dự của các đại biểu "
            "và khách mời quốc tế. Video ghi lại lễ chào cờ, diễn văn khai mạc và không khí tại Trung tâm "
            "Báo chí.</p>",
        )
        ensure_translation(
            video,
            "en",
            title="The opening day in three minutes",
            slug="the-opening-day-in-three-minutes",
            summary="A short video of the main moments of the opening day.",
            transcript="<p>This morning the congress opened in Hanoi in the presence of the delegates and "
            "international guests. The video shows the flag ceremony, the opening address and the Press "
            "Centre at work.</p>",
        )

    if not InfographicPage.objects.child_of(index).exists():
        picture = demo_image("Đại hội qua những con số (đồ họa)", size=(1000, 1500))
        infographic = ensure_child(
            index,
            InfographicPage,
            "dai-hoi-qua-nhung-con-so",
            title="Đại hội qua những con số",
            date=opening,
            summary="Số đại biểu, số phiên họp, số ý kiến góp ý văn kiện và số phóng viên đưa tin.",
            image=picture,
            cover_image=picture,
            text_version="<ul><li>1.580 đại biểu chính thức (số liệu minh họa)</li><li>7 ngày làm việc, 24 phiên</li>"
            "<li>Hơn 3.000 ý kiến góp ý dự thảo Báo cáo chính trị</li><li>15 đoàn khách quốc tế</li>"
            "<li>Khoảng 900 phóng viên trong nước và quốc tế</li></ul>",
        )
        ensure_translation(
            infographic,
            "en",
            title="The congress in figures",
            slug="the-congress-in-figures",
            summary="Delegates, sessions, comments on the draft documents and journalists covering the congress.",
            text_version="<ul><li>1,580 voting delegates (illustrative figures)</li>"
            "<li>7 working days, 24 sessions</li><li>Over 3,000 comments on the draft Political Report</li>"
            "<li>15 international delegations</li>"
            "<li>About 900 domestic and international journalists</li></ul>",
        )


def demo_video_embed():
    """A stand-in for the video service's oEmbed answer, so load_demo needs no network."""
    return {
        "title": "Toàn cảnh ngày khai mạc Đại hội",
        "author_name": "Ban Tổ chức Đại hội",
        "provider_name": "YouTube",
        "type": "video",
        "thumbnail_url": "",
        "width": 960,
        "height": 540,
        "html": (
            '<iframe width="960" height="540" src="https://www.youtube-nocookie.com/embed/dh14demo001" '
            'title="Toàn cảnh ngày khai mạc Đại hội" allowfullscreen loading="lazy"></iframe>'
        ),
    }


def load_menus(homes):
    """A main menu and footer links in each language; the English menus are translations of the Vietnamese ones."""
    from news.models import NewsIndexPage

    main_models = [ProgrammePage, DocumentIndexPage, NewsIndexPage, GuestsPage, MultimediaIndexPage]
    footer_models = [ProgrammePage, DocumentIndexPage, SitemapPage]
    translation_keys = {}
    for code in ("vi", "en"):
        home = homes[code]
        children = {page.specific_class: page for page in home.get_children().live()}
        for slot, models in (("main", main_models), ("footer", footer_models)):
            if Menu.objects.filter(locale_id=home.locale_id, slot=slot).exists():
                continue
            menu = Menu(locale_id=home.locale_id, slot=slot)
            if slot in translation_keys:
                menu.translation_key = translation_keys[slot]
            menu.save()
            translation_keys.setdefault(slot, menu.translation_key)
            pages = [children[model] for model in models if model in children]
            MenuItem.objects.bulk_create(
                [MenuItem(menu=menu, link_page=page, sort_order=order) for order, page in enumerate(pages)]
            )

"""Demo content of the congress section: a congress week under way, its documents, guests and media.

Every date comes from the demo's one calendar, home/demo_timeline.py (load_demo's first run falls on
congress day 5 of 7), and every figure shared with the news from home/demo_figures.py. Running
load_demo again changes nothing; `scripts/dev.py reset` anchors a fresh demo to the new date.
"""

import datetime

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale, Site

from core.demo_images import demo_image, demo_infographic
from core.pages import ensure_child, ensure_translation, publish
from core.text import folded_slug
from news.models import NewsIndexPage
from press_center.models import PressCentrePage

from . import demo_content as content
from . import demo_figures as figures
from .congress import local_now
from .demo_files import docx_file, pdf_file
from .demo_timeline import OPENING_TIME, congress_timeline
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


def run(command):
    site = Site.objects.get(is_default_site=True)
    homes = {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}
    timeline = congress_timeline(site)
    load_congress(site)
    load_home(homes, timeline)
    load_programme(homes["vi"], timeline)
    load_documents(homes["vi"], timeline)
    load_delegations(timeline)
    load_multimedia(homes["vi"], timeline)
    load_menus(homes)
    command.stdout.write("Loaded the congress programme, documents, guests and multimedia.")


def load_congress(site):
    """The congress identity, where the settings have none yet (the dates come from the timeline)."""
    congress = CongressSettings.for_site(site)
    if congress.full_name_vi:
        return congress
    for name, value in content.CONGRESS.items():
        if not getattr(congress, name):
            setattr(congress, name, value)
    congress.opening_time = congress.opening_time or OPENING_TIME
    congress.emblem = congress.emblem or demo_image("Biểu trưng Đại hội (minh họa)", size=(640, 640))
    congress.save()
    return congress


def load_home(homes, timeline):
    texts = {
        "vi": (
            "Thông tin chính thức về chương trình, văn kiện, khách mời quốc tế và hoạt động báo chí của Đại hội.",
            "Đại hội thành công tốt đẹp",
            [
                (
                    "Sau {congress_days} ngày làm việc với {sittings} phiên họp, {delegates} đại biểu chính thức đã "
                    "hoàn thành toàn bộ chương trình đề ra, thông qua Nghị quyết và bầu Ban Chấp hành khóa mới."
                ),
                (
                    "Đại hội đón {delegations} đoàn khách quốc tế; {journalists} phóng viên trong nước và quốc tế "
                    "được cấp thẻ đưa tin."
                ),
            ],
        ),
        "en": (
            "Official information on the programme, documents, international guests and press work of the congress.",
            "The congress has concluded",
            [
                (
                    "After {congress_days} days of work and {sittings} sittings, the {delegates} voting delegates "
                    "completed their agenda, adopted the Resolution and elected the new Central Committee."
                ),
                (
                    "The congress welcomed {delegations} international delegations; {journalists} domestic and "
                    "foreign journalists were accredited to cover it."
                ),
            ],
        ),
    }
    for code, home in homes.items():
        home = home.specific
        if home.lead_intro:
            continue
        intro, heading, summary = texts[code]
        known = figures.values(code, timeline)
        home.lead_intro = intro
        home.results_heading = heading
        home.results_summary = [("paragraph", "".join(f"<p>{figures.fill(text, known)}</p>" for text in summary))]
        publish(home)


def load_programme(home, timeline):
    programme = ProgrammePage.objects.child_of(home).first()
    if programme is None or programme.sessions.exists():
        return
    programme.intro = figures.fill(
        "Chương trình làm việc {congress_days} ngày của Đại hội. Giờ Hà Nội (GMT+7); chương trình được cập nhật "
        "liên tục.",
        figures.values("vi", timeline),
    )
    programme.days = [
        ProgrammeDay(date=timeline.date(day), theme_vi=theme_vi, theme_en=theme_en)
        for day, theme_vi, theme_en in content.DAYS
    ]
    now = local_now()
    sessions = []
    for row in content.SESSIONS:
        day, start, end, kind, title_vi, title_en, venue, desc_vi, desc_en, press, live, status, note_vi, note_en = row
        sessions.append(
            ProgrammeSession(
                date=timeline.date(day),
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
                # Editors mark sessions completed once they are over.
                status=status or ("completed" if timeline.at(day, end) <= now else "scheduled"),
                change_note_vi=note_vi,
                change_note_en=note_en,
            )
        )
    programme.sessions = sessions
    publish(programme)
    english = programme.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is not None and not english.specific.intro:
        english = english.specific
        english.intro = figures.fill(
            "The {congress_days}-day working programme of the congress, in Hanoi time (GMT+7), updated as it happens.",
            figures.values("en", timeline),
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


def load_documents(home, timeline):
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
    known = {code: figures.values(code, timeline) for code in ("vi", "en")}
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
            comment_deadline=timeline.date(deadline) if deadline is not None else None,
            sections=[DocumentSection(heading=heading, body=f"<p>{text}</p>") for heading, text in sections_vi],
            versions=[
                make_version(title_vi, label, timeline.date(day), figures.fill(note, known["vi"]), sections_vi, "vi")
                for label, _label_en, day, note, _note_en in versions
            ],
        )
        english = ensure_translation(page, "en", title=title_en, summary=summary_en, slug=slug_en(title_en))
        # The translation starts as a copy with the same section keys (the anchors both languages share):
        # give those same section objects their English texts, so the page keeps them when it is saved.
        sections = list(english.sections.all())
        for section, (heading, text) in zip(sections, sections_en, strict=True):
            section.heading = heading
            section.body = f"<p>{text}</p>"
        english.sections = sections
        english.versions = [
            make_version(title_en, label, timeline.date(day), figures.fill(note, known["en"]), sections_en, "en")
            for _label_vi, label, day, _note_vi, note in versions
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


def load_delegations(timeline):
    for organisation, organisation_vi, country, region, head, (
        position,
        position_vi,
    ), members, day in content.DELEGATIONS:
        Delegation.objects.get_or_create(
            organisation=organisation,
            defaults={
                "organisation_vi": organisation_vi,
                "country": country,
                "region": region,
                "head_of_delegation": head,
                "head_title": position,
                "head_title_vi": position_vi,
                "members": members,
                "arrival_date": timeline.date(day),
            },
        )


def load_multimedia(home, timeline):
    index = MultimediaIndexPage.objects.child_of(home).first()
    if index is None:
        return
    for slug, title_vi, title_en, day, summary_vi, summary_en, photos in content.GALLERIES:
        if not GalleryPage.objects.child_of(index).filter(slug=slug).exists():
            load_gallery(index, slug, (title_vi, title_en), timeline.date(day), (summary_vi, summary_en), photos)
    if not VideoPage.objects.child_of(index).exists():
        load_video(index, timeline)
    if not InfographicPage.objects.child_of(index).exists():
        load_infographic(index, timeline)


def load_gallery(index, slug, titles, date, summaries, photos):
    """A gallery in both languages: the same drawings, each described in the language of its page."""
    credit = "Ảnh: Ban Tổ chức (minh họa)"
    images = {}
    for position, (code, title) in enumerate(zip(("vi", "en"), titles, strict=True)):
        images[code] = [
            demo_image(
                f"{title}: {photo[position]}",
                credit=credit,
                scene=photo[2],
                language=code,
                seed=f"{titles[0]}: {photo[0]}",
            )
            for photo in photos
        ]
    gallery = ensure_child(
        index,
        GalleryPage,
        slug,
        title=titles[0],
        date=date,
        summary=summaries[0],
        photos=[
            GalleryPhoto(image=image, caption=caption)
            for image, (caption, *_) in zip(images["vi"], photos, strict=True)
        ],
    )
    english = ensure_translation(
        gallery,
        "en",
        title=titles[1],
        summary=summaries[1],
        slug=slug_en(titles[1]),
        cover_image=images["en"][0],
    )
    english.photos = [
        GalleryPhoto(image=image, caption=caption_en)
        for image, (_, caption_en, _scene) in zip(images["en"], photos, strict=True)
    ]
    publish(english)


def load_video(index, timeline):
    """The video of the opening day, shown as its cover and transcript: the demo has no video service to embed."""
    cover = "Toàn cảnh ngày khai mạc Đại hội (ảnh bìa video)"
    video = ensure_child(
        index,
        VideoPage,
        "toan-canh-ngay-khai-mac",
        title="Toàn cảnh ngày khai mạc Đại hội",
        date=timeline.date(2),
        summary="Video tóm tắt những hoạt động chính trong ngày khai mạc Đại hội.",
        video_url="",
        cover_image=demo_image(cover, scene="hall"),
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
        cover_image=demo_image(
            "The opening day in three minutes (video cover)", scene="hall", language="en", seed=cover
        ),
        transcript="<p>This morning the congress opened in Hanoi in the presence of the delegates and "
        "international guests. The video shows the flag ceremony, the opening address and the Press "
        "Centre at work.</p>",
    )


def infographic_figures(language, timeline):
    """(figure, label) pairs of the infographic "The congress in figures", in `language`."""
    known = figures.values(language, timeline)
    organisations = figures.delegations() - sum(1 for row in content.DELEGATIONS if row[2])
    if language == "vi":
        guests = "đoàn khách quốc tế, đến từ {delegation_countries} quốc gia"
        guests += f" và {organisations} tổ chức quốc tế" if organisations else ""
        rows = [
            ("{delegates}", "đại biểu chính thức"),
            ("{congress_days}", "ngày làm việc, với {sittings} phiên họp của đại biểu"),
            ("Hơn {public_comments}", "lượt góp ý của nhân dân vào các dự thảo văn kiện"),
            ("{delegations}", guests),
            ("{journalists}", "phóng viên được cấp thẻ, trong đó {foreign_journalists} phóng viên nước ngoài"),
        ]
    else:
        guests = "international delegations, from {delegation_countries} countries"
        guests += (
            f" and {organisations} international organisation{'s' if organisations > 1 else ''}"
            if organisations
            else ""
        )
        rows = [
            ("{delegates}", "voting delegates"),
            ("{congress_days}", "days of work, with {sittings} sittings of the delegates"),
            ("Over {public_comments}", "public comments on the draft documents"),
            ("{delegations}", guests),
            ("{journalists}", "accredited journalists, {foreign_journalists} of them from foreign media"),
        ]
    return [(figures.fill(figure, known), figures.fill(label, known)) for figure, label in rows]


def infographic_text(rows, note):
    items = "".join(f"<li><b>{figure}</b> {label}</li>" for figure, label in rows)
    return f"<ul>{items}</ul><p>{note}</p>"


def load_infographic(index, timeline):
    """The congress in figures: the figures drawn on the picture and listed in the text version, from one list."""
    rows = {code: infographic_figures(code, timeline) for code in ("vi", "en")}
    title_vi, title_en = "Đại hội qua những con số", "The congress in figures"
    picture = demo_infographic(title_vi, rows["vi"], "vi")
    infographic = ensure_child(
        index,
        InfographicPage,
        "dai-hoi-qua-nhung-con-so",
        title=title_vi,
        date=timeline.date(1),
        summary="Số đại biểu, số phiên họp, số ý kiến góp ý văn kiện, khách quốc tế và phóng viên đưa tin.",
        image=picture,
        cover_image=picture,
        text_version=infographic_text(rows["vi"], "Số liệu minh họa cho bản trình diễn."),
    )
    picture_en = demo_infographic(title_en, rows["en"], "en", credit="Graphic: Organising Committee (illustrative)")
    ensure_translation(
        infographic,
        "en",
        title=title_en,
        slug="the-congress-in-figures",
        summary="Delegates, sittings, comments on the draft documents, international guests and journalists.",
        image=picture_en,
        cover_image=picture_en,
        text_version=infographic_text(rows["en"], "Illustrative figures for the demo."),
    )


def load_menus(homes):
    """A main menu and footer links in each language; the English menus are translations of the Vietnamese ones."""
    main_models = [ProgrammePage, DocumentIndexPage, NewsIndexPage, GuestsPage, MultimediaIndexPage, PressCentrePage]
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

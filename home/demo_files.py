"""PDF and Word files for the demo documents, made from their sections (reportlab and python-docx)."""

import io
from pathlib import Path

from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

# A system font with Vietnamese letters (Debian: fonts-dejavu-core or fonts-noto-core); without one the
# PDF falls back to Helvetica, which lacks some Vietnamese letters but still makes a valid file.
FONT_CANDIDATES = [
    (
        "DejaVuSans",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "NotoSans",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    ),
]


def _fonts():
    for name, regular, bold in FONT_CANDIDATES:
        if Path(regular).exists() and Path(bold).exists():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, regular))
                pdfmetrics.registerFont(TTFont(f"{name}-Bold", bold))
            return name, f"{name}-Bold"
    return "Helvetica", "Helvetica-Bold"


def pdf_file(title, sections, language):
    regular, bold = _fonts()
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("Body", fontName=regular, fontSize=11, leading=15)
    heading = styles["Heading2"].clone("Section", fontName=bold)
    heading_1 = styles["Title"].clone("DocTitle", fontName=bold)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author="Ban Tổ chức Đại hội (demo)",
        lang=language,
        leftMargin=2.5 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    story = [Paragraph(title, heading_1), Spacer(1, 0.5 * cm)]
    for number, (section_heading, text) in enumerate(sections, start=1):
        story += [Paragraph(f"{number}. {section_heading}", heading), Paragraph(text, body)]
    document.build(story)
    return buffer.getvalue()


def docx_file(title, sections, language):
    document = WordDocument()
    document.core_properties.title = title
    document.core_properties.language = language
    document.add_heading(title, level=0)
    for number, (section_heading, text) in enumerate(sections, start=1):
        document.add_heading(f"{number}. {section_heading}", level=1)
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

"""Names as people have them: said in the order of their culture, the family name marked on the badge."""

import io

import pytest
from pypdf import PdfReader

from press_center.badges import render_badge
from press_center.models import Application

from .factories import issue_badge

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "nationality, origin, family, given, said, printed",
    [
        ("VN", "domestic", "Nguyễn", "Văn An", "Nguyễn Văn An", "NGUYỄN Văn An"),
        ("SE", "foreign", "Lindqvist", "Maren Aurora", "Maren Aurora Lindqvist", "Maren Aurora LINDQVIST"),
        ("JP", "foreign", "Tanaka", "Haruki", "Tanaka Haruki", "TANAKA Haruki"),
        ("HU", "foreign", "Kovács", "Réka", "Kovács Réka", "KOVÁCS Réka"),
        ("ID", "foreign", "Suharti", "", "Suharti", "SUHARTI"),
        ("", "domestic", "Lê", "Thị Hồng", "Lê Thị Hồng", "LÊ Thị Hồng"),
        ("", "foreign", "Okafor", "Chidi", "Chidi Okafor", "Chidi OKAFOR"),
    ],
)
def test_names_follow_their_culture(nationality, origin, family, given, said, printed):
    application = Application(nationality=nationality, origin=origin, family_name=family, given_names=given)
    assert application.full_name == said
    assert application.marked_name == printed


def test_the_badge_and_the_desk_mark_the_family_name(client, submit, officer):
    submit(nationality="SE", origin="foreign", family_name="Lindqvist", given_names="Maren Aurora")
    application = issue_badge(Application.objects.get(), officer)
    text = PdfReader(io.BytesIO(render_badge(application))).pages[0].extract_text()
    assert "Maren Aurora LINDQVIST" in text
    assert "Báo chí nước ngoài / Foreign media" in text  # marked at a glance
    client.force_login(officer)
    page = client.get("/admin/press-centre/check-in/", {"code": application.badge_code}).text
    assert 'Maren Aurora <span class="person__family" title="Họ">Lindqvist</span>' in page

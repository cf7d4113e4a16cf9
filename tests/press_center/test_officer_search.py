"""Officers find an application the way they remember it: a name without diacritics, an e-mail,
the outlet, the reference with or without its hyphen, the ID number with spaces."""

import unicodedata

import pytest

from press_center.models import Application, Outlet
from press_center.purge import purge

pytestmark = pytest.mark.django_db

LISTING = "/admin/press-centre/applications/"


@pytest.fixture
def applications(submit, outlet):
    agency = Outlet.objects.create(name="Thông tấn xã Thử Nghiệm", origin="domestic")
    submit(family_name="Nguyễn", given_names="Thị Lan", email="lan.nguyen@example.org", document_number="079 188 001")
    submit(family_name="Trần", given_names="Đức Anh", email="duc.anh@example.net", outlet=str(agency.pk))
    submit(family_name="Lindqvist", given_names="Maren", email="maren@example.se", document_number="SE-55 1234")
    return {application.family_name: application for application in Application.objects.all()}


def found(client, query):
    response = client.get(LISTING, {"q": query})
    assert response.status_code == 200
    return {
        application.family_name
        for application in Application.objects.all()
        if application.reference in response.content.decode()
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("nguyen", {"Nguyễn"}),
        ("Nguyễn Thị Lan", {"Nguyễn"}),
        (unicodedata.normalize("NFD", "Nguyễn Thị Lan"), {"Nguyễn"}),
        ("thi lan", {"Nguyễn"}),
        ("LAN.NGUYEN@EXAMPLE.ORG", {"Nguyễn"}),
        ("duc anh", {"Trần"}),
        ("thong tan xa", {"Trần"}),
        ("079188001", {"Nguyễn"}),
        ("079 188 001", {"Nguyễn"}),
        ("se551234", {"Lindqvist"}),
        ("SE-55 1234", {"Lindqvist"}),
        ("nguyen maren", set()),
        ("Thử Nghiệm", {"Nguyễn", "Lindqvist", "Trần"}),
    ],
)
def test_officer_search_folds_diacritics_and_punctuation(client, officer, applications, query, expected):
    client.force_login(officer)
    assert found(client, query) == expected


def test_a_reference_is_found_with_or_without_its_hyphen(client, officer, applications):
    client.force_login(officer)
    reference = applications["Lindqvist"].reference
    assert found(client, reference) == {"Lindqvist"}
    assert found(client, reference.replace("-", "").lower()) == {"Lindqvist"}


def test_renaming_an_outlet_is_searchable_at_once(client, officer, applications):
    agency = Outlet.objects.get(name="Thông tấn xã Thử Nghiệm")
    agency.name = "Hãng tin Đồng Bằng"
    agency.save()
    client.force_login(officer)
    assert found(client, "hang tin dong bang") == {"Trần"}
    assert found(client, "thong tan xa") == set()


def test_a_purged_application_is_no_longer_found_by_name(client, officer, applications):
    purge(applications["Nguyễn"], [])
    client.force_login(officer)
    assert found(client, "nguyen") == set()
    assert Application.objects.get(pk=applications["Nguyễn"].pk).search_key == ""

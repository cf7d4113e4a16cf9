"""One person, one badge: the same person applying again under another e-mail is flagged to the
officer, approval waits until someone has compared the records, and exports mark them."""

import csv
import datetime
import io
import unicodedata

import pytest

from django.utils import timezone

from press_center import accreditation, exports
from press_center.accreditation import allowed_actions
from press_center.models import Application, Status

from .briefing_factories import badge_holder
from .factories import issue_badge

pytestmark = pytest.mark.django_db


def detail(client, application):
    return client.get(f"/admin/press-centre/applications/{application.pk}/").content.decode()


def act(client, application, action, text=""):
    return client.post(
        f"/admin/press-centre/applications/{application.pk}/action/{action}/", {"text": text}, follow=True
    ).content.decode()


@pytest.fixture
def first(submit):
    submit(document_number="079188001234", email="lan@example.org", family_name="Nguyễn", given_names="Thị Lan")
    return Application.objects.get()


def test_the_same_id_under_another_e_mail_waits_for_an_officer(client, submit, officer, first):
    issue_badge(first, officer)
    submit(document_number="079 188-001 234", email="lan.khac@example.net", family_name="Nguyễn", given_names="Lan")
    second = Application.objects.exclude(pk=first.pk).get()
    assert list(second.likely_duplicates()) == [first]
    assert list(Application.objects.get(pk=first.pk).likely_duplicates()) == [second]

    client.force_login(officer)
    page = detail(client, second)
    assert "Có thể là cùng một người" in page
    assert first.reference in page and f"/applications/{first.pk}/" in page
    assert "Duyệt và chuyển thẩm tra an ninh</button>" not in page  # the approve button waits
    assert "Khác người: cho phép duyệt" in page

    with pytest.raises(accreditation.TransitionError, match=first.reference):
        accreditation.approve(second, officer)
    assert Application.objects.get(pk=second.pk).status == Status.SUBMITTED
    assert Application.objects.get(pk=second.pk).badge_number is None

    act(client, second, "not_duplicate")
    second.refresh_from_db()
    assert second.duplicates_checked_at is not None
    assert "Duyệt và chuyển thẩm tra an ninh</button>" in detail(client, second)
    act(client, second, "approve")
    assert Application.objects.get(pk=second.pk).status == Status.VETTING


def test_the_same_name_and_birth_date_in_any_spelling_is_flagged(submit, first):
    submit(
        document_number="B1234567",
        email="thi.lan@example.com",
        family_name=unicodedata.normalize("NFD", "Thị Lan"),  # names swapped, decomposed
        given_names="NGUYEN",
    )
    second = Application.objects.exclude(pk=first.pk).get()
    assert list(second.likely_duplicates()) == [first]
    assert "approve" not in allowed_actions(second) and "not_duplicate" in allowed_actions(second)


def test_different_people_are_not_flagged(submit, first):
    submit(document_number="079188009999", email="lan2@example.org", date_of_birth="1990-01-02")
    submit(
        document_number="079188001234",
        email="other@example.org",
        nationality="LA",
        document_country="LA",
        family_name="Phomvihane",
    )
    assert [list(application.likely_duplicates()) for application in Application.objects.all()] == [[], [], []]
    assert all("approve" in allowed_actions(application) for application in Application.objects.all())


def test_a_number_is_compared_within_its_document_type_and_issuing_country(submit):
    def person(email, **fields):
        submit(email=email, document_number="C4471209", family_name=email.split("@")[0].title(), **fields)
        return Application.objects.get(email=email)

    norway = person("ingrid@example.no", document_type="passport", nationality="NO", document_country="NO")
    sweden = person("astrid@example.se", document_type="passport", nationality="SE", document_country="SE")
    card = person("tuan@example.vn", document_type="national_id", nationality="NO", document_country="NO")
    # Dual national: a Norwegian passport, Swedish nationality given; the number and issuer match Ingrid's.
    dual = person("iberg@example.com", document_type="passport", nationality="SE", document_country="NO")
    # From before the issuing country was asked: the nationality stands in for it.
    older = person("ingridolsen@example.no", nationality="NO")
    Application.objects.filter(pk=older.pk).update(document_type="", document_country="")
    older.refresh_from_db()

    assert set(norway.likely_duplicates()) == {dual, older}
    assert set(sweden.likely_duplicates()) == set()
    assert set(card.likely_duplicates()) == {older}  # no type on the older record: it could be either
    assert set(older.likely_duplicates()) == {norway, card, dual}
    # The exports apply the same rule, read in one pass.
    marked = exports.duplicate_references([norway, sweden, card, dual, older])
    for application in (norway, sweden, card, dual, older):
        expected = ", ".join(sorted(other.reference for other in application.likely_duplicates()))
        assert marked[application.pk] == expected


def test_bulk_approval_leaves_likely_duplicates_for_a_look(client, submit, officer, first):
    submit(document_number="079188001234", email="copy@example.org")
    client.force_login(officer)
    response = client.post(
        "/admin/press-centre/applications/bulk-approval/",
        {"application": [str(application.pk) for application in Application.objects.all()]},
        follow=True,
    )
    assert Application.objects.filter(status=Status.APPROVED).count() == 0
    assert "Có thể là cùng một người với hồ sơ" in response.content.decode()


def test_exports_mark_likely_duplicates(submit, officer, first):
    issue_badge(first, officer)
    submit(document_number="079188001234", email="copy@example.org")
    second = Application.objects.exclude(pk=first.pk).get()
    rows = list(csv.reader(io.StringIO(exports.as_csv(Application.objects.all()).decode("utf-8-sig"))))
    assert rows[0][-1] == "Có thể là cùng một người với"
    marks = {row[1]: row[-1] for row in rows[1:]}
    assert marks == {first.reference: second.reference, second.reference: first.reference}


def test_a_purged_application_is_no_longer_compared(submit, first):
    from press_center.purge import purge

    submit(document_number="079188001234", email="copy@example.org")
    second = Application.objects.exclude(pk=first.pk).get()
    purge(first, [])
    assert list(second.likely_duplicates()) == []


# The state machine, written once: what each status allows an officer to do.


@pytest.mark.parametrize(
    "status, appealed, expected",
    [
        (Status.SUBMITTED, False, ["start_review", "request_info", "approve", "reject", "erase"]),
        (Status.WAITLISTED, False, ["reject", "erase"]),
        (Status.UNDER_REVIEW, False, ["request_info", "approve", "reject", "erase"]),
        (Status.INFO_REQUESTED, False, ["approve", "reject", "erase"]),
        (Status.VETTING, False, ["reject", "erase"]),
        (Status.APPROVED, False, ["revoke", "replace_badge", "erase"]),
        (Status.REJECTED, False, ["erase"]),
        (Status.REJECTED, True, ["approve", "reject", "erase"]),
        (Status.REVOKED, False, ["erase"]),
        (Status.WITHDRAWN, False, []),
    ],
)
def test_each_status_allows_exactly_these_actions(client, officer, status, appealed, expected):
    application = badge_holder(status=status)
    if appealed:
        application.appealed_at = timezone.now()
        application.save()
    assert allowed_actions(application) == expected
    client.force_login(officer)
    page = detail(client, application)
    offered = [name for name in accreditation.TRANSITIONS if f"/action/{name}/" in page]
    assert offered == expected


def test_refusals_name_the_status(officer):
    application = badge_holder(status=Status.REVOKED)
    with pytest.raises(accreditation.TransitionError) as refusal:
        accreditation.approve(application, officer)
    assert str(refusal.value) == "Hồ sơ đang ở trạng thái “Đã thu hồi”; hiện không thể duyệt."
    application.purged_at = timezone.now() - datetime.timedelta(days=1)
    assert allowed_actions(application) == []

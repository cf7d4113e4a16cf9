"""Personal data is for officers only; status links show one application; guessing gets nothing."""

import pytest

from django.core import mail

from press_center.models import ApplicantFile, Application

from .factories import issue_badge

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(submit, officer):
    submit(family_name="Bùi", given_names="Thị Riêng Tư", document_number="P9876543", email="rieng@example.org")
    application = issue_badge(Application.objects.get(email="rieng@example.org"), officer)
    extra = ApplicantFile.objects.create(application=application, kind="information", file=application.letter.name)
    return application, extra


def officer_urls(application, extra):
    base = f"/admin/press-centre/applications/{application.pk}"
    return [
        ("get", "/admin/press-centre/applications/"),
        ("get", "/admin/press-centre/applications/results/"),
        ("get", f"{base}/"),
        ("get", f"/admin/press-centre/applications/history/{application.pk}/"),
        ("get", f"{base}/file/photo/"),
        ("get", f"{base}/file/letter/"),
        ("get", f"{base}/extra/{extra.pk}/"),
        ("get", f"{base}/badge/"),
        ("get", "/admin/press-centre/applications/export/csv/"),
        ("get", "/admin/press-centre/applications/export/xlsx/"),
        ("get", "/admin/press-centre/applications/bulk-approval/"),
        ("post", f"{base}/action/revoke/"),
        ("get", "/admin/press-centre/outlets/"),
        ("get", f"/admin/press-centre/check-in/?code={application.badge_code}"),
    ]


@pytest.mark.parametrize("who", ["anonymous", "editor", "chief_editor"])
def test_non_officers_are_refused_everywhere(client, approved, who, request):
    application, extra = approved
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    for method, url in officer_urls(application, extra):
        response = getattr(client, method)(url, {"text": "x"} if method == "post" else None)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"] or response["Location"] == "/admin/", url
        assert b"Thi \xcc" not in response.content and "Riêng Tư".encode() not in response.content, url
    application.refresh_from_db()
    assert application.status == "approved"


def test_officers_and_superusers_get_in(client, approved, officer):
    application, extra = approved
    from tests.factories import make_user

    for user in (officer, make_user("root", superuser=True)):
        client.force_login(user)
        for method, url in officer_urls(application, extra):
            if method == "post":
                continue
            assert client.get(url).status_code == 200, url


def test_the_site_history_report_hides_applications_from_editors(client, approved, editor):
    editor.user_permissions.add(
        *__import__("django.contrib.auth.models", fromlist=["Permission"]).Permission.objects.filter(
            codename="view_logentry"
        )
    )
    client.force_login(editor)
    response = client.get("/admin/reports/site-history/")
    assert approved[0].reference not in response.text


def test_a_status_link_shows_only_its_own_application(client, submit):
    submit()
    first_link = Application.objects.get().status_path()
    submit(family_name="Lý", given_names="Khác", document_number="X1234567", email="khac@example.org")
    second = Application.objects.get(email="khac@example.org")
    page = client.get(first_link)
    main = page.text[page.text.index("<main") : page.text.index("</main>")]  # the menu has "Khách mời quốc tế"
    assert "Văn An" in main and "Lý Khác" not in main
    assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]
    assert page["Referrer-Policy"] == "same-origin"
    # The first applicant's token does not open the second application or its files.
    token = first_link.rstrip("/").rsplit("/", 1)[1]
    other = f"/trung-tam-bao-chi/status/{second.reference}/{token}/"
    assert client.get(other).status_code == 404
    assert client.get(other + "files/photo/").status_code == 404


def test_reference_guessing_gets_nothing_and_is_rate_limited_without_locking_out_valid_links(client, submit):
    from press_center.limits import rate

    submit()
    submit(document_number="B7654321", email="colleague@example.org", family_name="Trần")
    application, colleague = Application.objects.order_by("pk")
    limit = int(rate("status_miss", "reference").split("/")[0])
    guesses = [client.get(f"/trung-tam-bao-chi/status/{application.reference}/{'0' * 32}/") for _ in range(limit)]
    assert {response.status_code for response in guesses} == {404}
    assert all("Văn An" not in response.text for response in guesses)
    assert client.get(f"/trung-tam-bao-chi/status/{application.reference}/{'1' * 32}/").status_code == 429
    # The press room shares the guesser's address: every valid link still opens, the guessed one too.
    assert client.get(application.status_path()).status_code == 200
    assert client.get(colleague.status_path()).status_code == 200
    # Guessing another reference is counted on its own, up to the address's generous ceiling.
    assert client.get(f"/trung-tam-bao-chi/status/{colleague.reference}/{'0' * 32}/").status_code == 404


def test_an_address_past_its_ceiling_is_refused_misses_only(client, submit, monkeypatch):
    from press_center import limits

    submit()
    application = Application.objects.get()
    # The address ceiling, scaled down from a press room's to five for the test.
    monkeypatch.setitem(limits.LIMITS, "status_miss", [("reference", None, "20/h"), ("address", "ip", "5/h")])
    misses = [client.get(f"/trung-tam-bao-chi/status/AAAA-AAA{n}/{'0' * 32}/").status_code for n in range(2, 9)]
    assert misses == [404] * 5 + [429] * 2
    assert client.get(application.status_path()).status_code == 200


def test_sending_the_link_again_does_not_reveal_whether_it_matched(client, submit, press_page):
    submit()
    application = Application.objects.get()
    mail.outbox.clear()
    url = press_page.url + press_page.reverse_subpage("find")
    hit = client.post(
        url, {"reference": application.reference.lower().replace("-", ""), "email": "an.nguyen@example.org"}
    )
    miss = client.post(url, {"reference": application.reference, "email": "someone@example.org"})
    assert hit.status_code == miss.status_code == 200
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["an.nguyen@example.org"]
    assert application.status_path() in mail.outbox[0].body

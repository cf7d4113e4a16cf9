"""Applying through the form: confirmation, e-mail, updates, the window, and bad input storing nothing."""

import datetime
import unicodedata

import pytest

from django.core import mail
from django.utils import timezone

from press_center.models import ApplicantFile, Application, Outlet, Status

from .factories import coverage_dates, jpeg_bytes, letter_upload, upload
from .test_uploads import SVG, png_bomb

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><b>bold</b>'


def stored_files(settings):
    root = settings.STORAGES["private"]["OPTIONS"]["location"]
    return sorted(path.name for path in root.rglob("*") if path.is_file()) if root.exists() else []


def test_applying_gives_a_reference_a_confirmation_and_an_email_in_vietnamese(client, submit, press_page):
    response = submit()
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.status == Status.SUBMITTED
    assert application.language == "vi"
    assert len(application.reference) == 9 and not set(application.reference) & set("01OIL5S")

    confirmation = client.get(response["Location"])
    assert application.reference in confirmation.text
    assert application.status_path() in confirmation.text

    (message,) = mail.outbox
    assert message.to == ["an.nguyen@example.org"]
    assert application.reference in message.subject
    assert "Chúng tôi đã nhận" in message.body
    assert application.status_url() in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert application.status_url() in html


def test_english_applicants_get_english_email(client, submit, apply_url_en):
    submit(url=apply_url_en)
    application = Application.objects.get()
    assert application.language == "en"
    assert "We have received your application" in mail.outbox[0].body
    assert "/en/press-centre/status/" in mail.outbox[0].body


def test_photos_and_letters_are_private_and_never_under_media(submit, settings):
    submit()
    application = Application.objects.get()
    assert not str(application.photo.path).startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        application.photo.url  # noqa: B018 (no public URL exists)


def test_a_second_application_with_the_same_document_and_email_updates_the_first(client, submit):
    submit()
    response = submit(position="Biên tập viên", document_number="001 088 012 345", email="AN.NGUYEN@example.org")
    assert Application.objects.count() == 1
    application = Application.objects.get()
    assert application.position == "Biên tập viên"
    page = client.get(response["Location"])
    assert "cập nhật" in page.text
    assert mail.outbox[-1].subject == f"Đã cập nhật hồ sơ {application.reference}"
    assert len(stored_files_for(application)) == 2


def stored_files_for(application):
    return [name for name in (application.photo.name, application.letter.name) if name]


def test_a_decided_application_is_not_overwritten(submit, officer):
    from press_center import accreditation

    submit()
    accreditation.reject(Application.objects.get(), officer, "Không đủ điều kiện")
    response = submit(position="Khác")
    assert response.status_code == 200
    assert "đã được quyết định" in response.text
    assert Application.objects.get().position == "Phóng viên"


def test_outside_the_window_the_form_is_closed(client, apply_url, accreditation_settings, outlet):
    accreditation_settings.closes_at = timezone.now() - datetime.timedelta(hours=1)
    accreditation_settings.save()
    response = client.get(apply_url)
    assert "Đã hết hạn nhận hồ sơ" in response.text
    assert "<form" not in response.text.split("<main", 1)[1].split("</main>", 1)[0]
    response = client.post(apply_url, {"family_name": "X"})
    assert Application.objects.count() == 0


def test_over_quota_applications_are_waitlisted_and_told(client, submit, outlet):
    outlet.quota = 1
    outlet.save()
    submit()
    response = submit(document_number="B1234567", email="second@example.org")
    second = Application.objects.get(email="second@example.org")
    assert second.status == Status.WAITLISTED
    assert "danh sách chờ" in client.get(response["Location"]).text
    assert "danh sách chờ" in mail.outbox[-1].body


def test_a_typed_outlet_is_created_unlisted_with_the_default_quota(submit, accreditation_settings):
    submit(outlet="", new_outlet="  Tạp chí   Mới  ")
    outlet = Outlet.objects.get(name="Tạp chí Mới")
    assert not outlet.listed and outlet.added_by_applicant
    assert outlet.quota == accreditation_settings.new_outlet_quota
    submit(outlet="", new_outlet="tạp chí mới", document_number="C7654321", email="b@example.org")
    assert Outlet.objects.filter(name_key=outlet.name_key).count() == 1


BAD_FILES = {
    "text named .jpg": {"photo": upload("photo.jpg", "chỉ là chữ".encode(), "image/jpeg")},
    "PNG bomb": {"photo": upload("photo.png", png_bomb(), "image/png")},
    "12 MB file": {"photo": upload("photo.jpg", b"\xff\xd8\xff" + b"0" * (12 * 1024 * 1024), "image/jpeg")},
    "SVG": {"photo": upload("photo.svg", SVG, "image/svg+xml")},
    "truncated JPEG": {"photo": upload("photo.jpg", jpeg_bytes()[:3000], "image/jpeg")},
    "fake PDF": {"letter": upload("letter.pdf", b"<html>not a pdf</html>", "application/pdf")},
}


@pytest.mark.parametrize("files", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_files_are_refused_with_a_clear_error_and_nothing_is_stored(submit, files, settings):
    before = stored_files(settings)
    response = submit(files=files)
    assert response.status_code == 200
    assert "Có lỗi cần sửa" in response.text
    assert 'class="field__error"' in response.text
    assert "chọn lại tệp" in response.text  # file inputs say they need re-selecting
    assert Application.objects.count() == 0
    assert ApplicantFile.objects.count() == 0
    assert stored_files(settings) == before
    assert mail.outbox == []


def test_field_errors_keep_what_was_typed_and_are_listed_at_the_top(submit):
    response = submit(family_name="N" * 10_000, email="not-an-email", consent="")
    text = response.text
    assert Application.objects.count() == 0
    assert text.count('class="field__error"') >= 3
    assert 'id="error-summary"' in text
    assert 'href="#id_family_name"' in text
    assert "Tối đa 100 ký tự (bạn đã nhập 10000)" in text
    assert 'value="Văn An"' in text  # given names survive the error
    assert 'value="not-an-email"' in text
    assert 'aria-invalid="true"' in text


def test_names_must_be_letters_as_on_the_document(submit):
    response = submit(family_name=HOSTILE)
    assert Application.objects.count() == 0
    assert "&lt;script&gt;" in response.text
    assert "<script>alert" not in response.text


def test_names_typed_decomposed_are_accepted_and_kept_composed(submit):
    decomposed = unicodedata.normalize("NFD", "Nguyễn"), unicodedata.normalize("NFD", "Thị  Ánh Dương")
    assert decomposed[0] != "Nguyễn"  # what some phones send: base letters followed by combining marks
    submit(family_name=decomposed[0], given_names=decomposed[1])
    application = Application.objects.get()
    assert (application.family_name, application.given_names) == ("Nguyễn", "Thị Ánh Dương")
    assert Application.objects.filter(family_name="Nguyễn").exists()  # so officers' searches find her


def test_a_person_with_a_single_name_can_apply(submit):
    submit(family_name="Suharti", given_names="")
    application = Application.objects.get()
    assert application.full_name == "Suharti"


def test_the_identity_document_is_stored_as_vetting_reads_it(submit):
    submit(document_type="passport", document_country="NO", nationality="NO", document_expires="2034-03-05")
    application = Application.objects.get()
    assert (application.document_type, application.document_country.code) == ("passport", "NO")
    assert application.document_expires == datetime.date(2034, 3, 5) and application.place_of_birth == "Nam Định"


@pytest.mark.parametrize(
    "overrides, error",
    [
        ({"document_type": "passport", "document_expires": ""}, "Ghi ngày hết hạn in trong hộ chiếu."),
        ({"document_expires": "2020-01-31"}, "Giấy tờ này đã hết hạn"),
        ({"document_expires": "tomorrow"}, "Nhập một ngày hợp lệ."),
        ({"document_country": ""}, "Trường này là bắt buộc."),
        ({"place_of_birth": "   "}, "Trường này là bắt buộc."),
    ],
)
def test_an_identity_document_that_cannot_be_checked_is_refused(submit, overrides, error):
    response = submit(**overrides)
    assert Application.objects.count() == 0
    assert error in response.text


def test_a_document_must_last_the_whole_coverage(submit):
    _start, end = coverage_dates()
    response = submit(document_expires=(end - datetime.timedelta(days=1)).isoformat())
    assert Application.objects.count() == 0
    assert "Giấy tờ này hết hạn trước ngày tác nghiệp cuối cùng" in response.text
    submit(document_expires=end.isoformat())  # valid on the last day is enough
    assert Application.objects.count() == 1


def test_an_identity_card_without_an_expiry_date_is_accepted(submit):
    # Vietnamese cards issued after 60 carry no expiry date.
    submit(document_type="national_id", document_expires="")
    assert Application.objects.get().document_expires is None


def test_domestic_reporters_need_a_press_card(submit):
    response = submit(press_card_number="")
    assert Application.objects.count() == 0
    assert "số thẻ nhà báo" in response.text


def test_the_honeypot_refuses_bots_silently(submit):
    response = submit(website="http://spam.example")
    assert response.status_code == 200
    assert Application.objects.count() == 0


def test_applying_is_limited_per_e_mail_not_per_address(client, apply_url, accreditation_settings):
    from press_center.limits import rate

    limit = int(rate("apply", "email").split("/")[0])
    data = {"family_name": "x", "email": "a@example.org"}
    statuses = [client.post(apply_url, data).status_code for _ in range(limit + 1)]
    assert statuses[:limit] == [200] * limit
    assert statuses[-1] == 429
    # A colleague at the same desk (same address) is not affected.
    assert client.post(apply_url, {"family_name": "x", "email": "b@example.org"}).status_code == 200


def test_a_secretary_files_forty_applications_for_her_team_from_one_desk(submit, outlet):
    outlet.quota = None
    outlet.save()
    statuses = [
        submit(email=f"team{n}@example.org", document_number=f"T{n:07d}", date_of_birth=f"19{50 + n}-03-01")
        for n in range(40)
    ]
    assert [response.status_code for response in statuses] == [302] * 40
    assert Application.objects.count() == 40


def test_the_form_needs_csrf(accreditation_settings, apply_url, outlet):
    from django.test import Client

    from .factories import form_data, photo_upload

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        apply_url, {**form_data(outlet=str(outlet.pk)), "photo": photo_upload(), "letter": letter_upload()}
    )
    assert response.status_code == 403
    assert Application.objects.count() == 0


def test_the_nationality_list_is_in_the_readers_alphabetical_order():
    from django.utils import translation

    from press_center.forms import ApplicationForm

    with translation.override("vi"):
        names = [str(name) for _code, name in ApplicationForm().fields["nationality"].choices][1:]
    assert (
        names.index("Ấn Độ")
        < names.index("Ba Lan")
        < names.index("Dominica")
        < names.index("Đức")
        < names.index("Gabon")
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_countries_share_a_name_in_the_nationality_list(language):
    from django.utils import translation

    from press_center.forms import ApplicationForm

    with translation.override(language):
        names = [str(name) for _code, name in ApplicationForm().fields["nationality"].choices][1:]
        assert len(names) == len(set(names)), sorted(name for name in names if names.count(name) > 1)
    if language == "vi":
        assert {"Ai-len", "Ai-xơ-len", "Áo", "Jersey", "Niger", "Nigeria"} <= set(names)

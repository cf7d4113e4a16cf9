"""Per-outlet quotas: places, the waitlist, promotion when a place frees, and 50 simultaneous applicants."""

import threading

import pytest

from django.conf import settings
from django.db import connection

from press_center import accreditation
from press_center.models import Application, Outlet, Status
from press_center.uploads import CheckedFile

from .factories import coverage_dates, jpeg_bytes, pdf_bytes


def data_for(number, outlet):
    start, end = coverage_dates()
    return {
        "category": "reporter",
        "origin": "domestic",
        "family_name": "Phan",
        "given_names": f"Người Thứ {number}",
        "date_of_birth": None,
        "nationality": "VN",
        "document_number": f"Q{number:07d}",
        "press_card_number": f"C{number}",
        "outlet": outlet,
        "position": "Phóng viên",
        "email": f"p{number}@example.org",
        "phone": "+84 90 000 0000",
        "coverage_starts": start,
        "coverage_ends": end,
    }


PHOTO = CheckedFile(jpeg_bytes(), "jpg", "image/jpeg")
LETTER = CheckedFile(pdf_bytes(), "pdf", "application/pdf")


def apply(number, outlet):
    return accreditation.submit(data_for(number, outlet), PHOTO, LETTER, "vi")[0]


@pytest.mark.django_db
def test_past_the_quota_applications_wait_and_move_up_when_a_place_frees(officer):
    outlet = Outlet.objects.create(name="Báo Hạn Mức", quota=2)
    first, second, third, fourth = (apply(number, outlet) for number in range(4))
    assert [a.status for a in (first, second, third, fourth)] == ["submitted", "submitted", "waitlisted", "waitlisted"]

    accreditation.reject(first, officer, "Trùng người")
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert (third.status, fourth.status) == (Status.SUBMITTED, Status.WAITLISTED)

    outlet.quota = 3
    outlet.save()
    accreditation.fill_places(outlet)
    fourth.refresh_from_db()
    assert fourth.status == Status.SUBMITTED


@pytest.mark.django_db
def test_an_upheld_appeal_needs_a_free_place(officer):
    outlet = Outlet.objects.create(name="Báo Một Chỗ", quota=1)
    first = apply(1, outlet)
    accreditation.reject(first, officer, "Thiếu giấy tờ")
    second = apply(2, outlet)
    assert second.status == Status.SUBMITTED
    accreditation.file_appeal(first, "Đã có giấy tờ")
    with pytest.raises(accreditation.TransitionError):
        accreditation.approve(first, officer)


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql", reason="needs PostgreSQL"
)
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_simultaneous_applications_respect_a_quota_of_ten(site_tree):
    outlet = Outlet.objects.create(name="Báo Đông Người", quota=10)
    barrier = threading.Barrier(50)
    errors = []

    def worker(number):
        try:
            barrier.wait()
            apply(number, outlet)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Application.objects.filter(outlet=outlet).values_list("status", flat=True))
    assert len(statuses) == 50
    assert statuses.count(Status.SUBMITTED) == 10
    assert statuses.count(Status.WAITLISTED) == 40

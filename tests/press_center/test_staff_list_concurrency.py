"""Staff lists under contention, on PostgreSQL: 50 focal-point submissions at once.

Places are taken with the outlet's row locked (accreditation._place), so 50 people added to one list
at once fill its quota of 10 exactly and wait for the rest; 50 registrations of the same new outlet
at once leave one list, one outlet and one letter, and tell the other 49 the outlet is registered.
"""

import threading

import pytest

from django.conf import settings
from django.db import connection
from django.utils import timezone

from press_center import staff_lists
from press_center.models import Application, Outlet, StaffList, Status
from press_center.uploads import CheckedFile

from .factories import pdf_bytes
from .test_apply import stored_files

SIMULTANEOUS = 50

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql", reason="needs PostgreSQL"
    ),
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

FOCAL_POINT = {
    "focal_name": "Hoàng Thu Hà",
    "focal_position": "Thư ký toà soạn",
    "focal_email": "thuky@example.org",
    "focal_phone": "+84 24 3825 0000",
}


def person(number):
    return {
        "family_name": "Phan",
        "given_names": f"Người Thứ {number}",
        "email": f"nguoi{number}@example.org",
        "category": "reporter",
        "position": "Phóng viên",
    }


def at_once(work):
    """Run `work(number)` in SIMULTANEOUS threads released together; returns the exceptions raised."""
    barrier = threading.Barrier(SIMULTANEOUS)
    errors = []

    def worker(number):
        try:
            barrier.wait()
            work(number)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(SIMULTANEOUS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_fifty_people_added_at_once_to_a_list_fill_a_quota_of_ten_and_wait_for_the_rest(site_tree):
    outlet = Outlet.objects.create(name="Báo Đông Người", origin="domestic", quota=10)
    staff_list = StaffList.objects.create(outlet=outlet, language="vi", consented_at=timezone.now(), **FOCAL_POINT)

    errors = at_once(lambda number: staff_lists.add_people(staff_list, [person(number)]))

    assert errors == []
    statuses = list(Application.objects.filter(staff_list=staff_list).values_list("status", flat=True))
    assert len(statuses) == SIMULTANEOUS
    assert statuses.count(Status.INVITED) == 10
    assert statuses.count(Status.WAITLISTED) == SIMULTANEOUS - 10
    assert outlet.places_taken() == 10


def test_fifty_registrations_of_one_new_outlet_at_once_store_one_list_and_one_letter(site_tree, settings):
    name = "Đài Phát thanh Cùng Lúc"
    data = {"outlet": None, "new_outlet": name, "kind": "radio", "country": "VN", **FOCAL_POINT}
    letter = CheckedFile(pdf_bytes(), "pdf", "application/pdf")
    before = stored_files(settings)

    errors = at_once(lambda number: staff_lists.register(data, [person(number)], letter, "vi"))

    refused = [error for error in errors if isinstance(error, staff_lists.OutletAlreadyRegistered)]
    assert [error for error in errors if error not in refused] == []
    assert len(refused) == SIMULTANEOUS - 1
    staff_list = StaffList.objects.get()
    assert list(Outlet.objects.filter(name=name)) == [staff_list.outlet]
    assert {error.staff_list for error in refused} == {staff_list}
    assert Application.objects.count() == 1
    assert Application.objects.get().staff_list == staff_list
    added = sorted(set(stored_files(settings)) - set(before))
    assert added == [staff_list.letter.name.rsplit("/", 1)[-1]]
    assert len(stored_files(settings)) == len(before) + 1

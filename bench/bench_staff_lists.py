"""Staff-list submissions under contention: 50 focal points at once against an outlet quota of 10.

Method: a throwaway site (see harness.throwaway_site). Two rounds, each of N threads (default 50)
released together by a barrier, each thread on its own database connection, calling the rules in
press_center.staff_lists directly (no HTTP, no form validation, the letter already checked):

- add people: an outlet with a quota of 10 and one staff list; every thread lists one more person
  (`add_people`). Places are taken with the outlet's row locked, so exactly 10 must be invited and
  the rest waitlisted.
- register: every thread registers the same new outlet (`register`, typed name) with one person and
  a letter. One list must win; the others are refused with OutletAlreadyRegistered, and the letter
  each refused thread had stored first must be deleted again.

A submission's time runs from the barrier to its return (waiting for the lock included); wall time
is from the barrier to the last thread's return. Lost = submitted people − stored applications −
people refused as "already registered"; orphan files = private files no staff list refers to.
Exits non-zero if the places taken are not the quota, a person is lost, a file is orphaned or a
submission raised anything else.
"""

import argparse
import io
import threading
import time
from pathlib import Path

from bench import harness

QUOTA = 10


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="bench/run.py staff_lists", description=__doc__.split("\n\n")[0])
    harness.add_common_arguments(parser)
    parser.add_argument("--people", type=int, default=50, help="simultaneous submissions per round (default 50)")
    options = parser.parse_args(argv)
    if options.people <= QUOTA:
        parser.error(f"--people must be more than the quota ({QUOTA}) for there to be contention")
    return options


def person(round_name, number):
    return {
        "family_name": "Phan",
        "given_names": f"Người Thứ {number}",
        "email": f"{round_name}-{number}@example.org",
        "category": "reporter",
        "position": "Phóng viên",
    }


FOCAL_POINT = {
    "focal_name": "Hoàng Thu Hà",
    "focal_position": "Thư ký toà soạn",
    "focal_email": "thuky@example.org",
    "focal_phone": "+84 24 3825 0000",
}


def letter():
    """A one-page PDF, as uploads.check_document would hand it over."""
    from pypdf import PdfWriter

    from press_center.uploads import CheckedFile

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return CheckedFile(buffer.getvalue(), "pdf", "application/pdf")


def at_once(count, work):
    """Run `work(number)` in `count` threads released together.

    Returns (wall seconds, [seconds per submission], [exception or None per submission]).
    """
    from django.db import connection

    barrier = threading.Barrier(count + 1)  # the threads and this one, which starts the clock
    durations = [None] * count
    outcomes = [None] * count

    def worker(number):
        try:
            barrier.wait()
            start = time.perf_counter()
            try:
                work(number)
            except Exception as error:
                outcomes[number] = error
            durations[number] = time.perf_counter() - start
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start, durations, outcomes


def private_files():
    from django.conf import settings

    root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])
    return (
        {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()} if root.exists() else set()
    )


def orphan_files():
    from press_center.models import StaffList

    referenced = set(StaffList.objects.exclude(letter="").values_list("letter", flat=True))
    return sorted(private_files() - referenced)


def round_add_people(count):
    from django.utils import timezone

    from press_center import staff_lists
    from press_center.models import Outlet, StaffList, Status

    outlet = Outlet.objects.create(name="Báo Đông Người", origin="domestic", quota=QUOTA)
    staff_list = StaffList.objects.create(outlet=outlet, language="vi", consented_at=timezone.now(), **FOCAL_POINT)
    wall, durations, outcomes = at_once(
        count, lambda number: staff_lists.add_people(staff_list, [person("add", number)])
    )
    people = staff_list.people.all()
    return {
        "round": f"add_people, 1 person each, quota {QUOTA}",
        "wall": wall,
        "durations": durations,
        "submitted": count,
        "stored": people.count(),
        "places": outlet.places_taken(),
        "waitlisted": people.filter(status=Status.WAITLISTED).count(),
        "refused": 0,
        "errors": [repr(error) for error in outcomes if error is not None],
        "quota": QUOTA,
    }


def round_register(count):
    from press_center import staff_lists
    from press_center.models import Application, Outlet, Status

    name = "Đài Phát thanh Cùng Lúc"
    data = {"outlet": None, "new_outlet": name, "kind": "radio", "country": "VN", **FOCAL_POINT}
    checked = letter()
    wall, durations, outcomes = at_once(
        count, lambda number: staff_lists.register(data, [person("register", number)], checked, "vi")
    )
    outlets = Outlet.objects.filter(name=name)
    people = Application.objects.filter(outlet__in=outlets)
    refused = sum(isinstance(error, staff_lists.OutletAlreadyRegistered) for error in outcomes)
    return {
        "round": "register the same new outlet, 1 person each",
        "wall": wall,
        "durations": durations,
        "submitted": count,
        "stored": people.count(),
        "places": sum(outlet.places_taken() for outlet in outlets),
        "waitlisted": people.filter(status=Status.WAITLISTED).count(),
        "refused": refused,
        "errors": [
            repr(error)
            for error in outcomes
            if error is not None and not isinstance(error, staff_lists.OutletAlreadyRegistered)
        ],
        "outlets": outlets.count(),
        "lists": sum(outlet.staff_lists.count() for outlet in outlets),
    }


def main(argv):
    options = parse_arguments(argv)
    with harness.throwaway_site("staff_lists", options) as site:
        machine = harness.describe_machine(site)
        print(f"… add_people: {options.people} at once", flush=True)
        results = [round_add_people(options.people)]
        print(f"… register: {options.people} at once", flush=True)
        results.append(round_register(options.people))
        orphans = orphan_files()
        machine["load_average_after"] = harness.load_average()

    problems = []
    for result in results:
        result.update(harness.latency_summary(result.pop("durations")))
        result["lost"] = result["submitted"] - result["stored"] - result["refused"]
        if result["lost"]:
            problems.append(f"{result['round']}: {result['lost']} people lost")
        if result["errors"]:
            problems.append(f"{result['round']}: {len(result['errors'])} errors, first {result['errors'][0]}")
    first, second = results
    if first["places"] != QUOTA:
        problems.append(f"{first['round']}: {first['places']} places taken, not {QUOTA}")
    if (second["outlets"], second["lists"]) != (1, 1):
        problems.append(f"{second['round']}: {second['outlets']} outlets and {second['lists']} lists, not 1 and 1")
    if orphans:
        problems.append(f"{len(orphans)} orphan files: {', '.join(orphans[:5])}")

    headers = [
        "Date",
        "Database",
        "Round",
        "Submissions",
        "Wall s",
        "p50 ms",
        "p95 ms",
        "max ms",
        "Places",
        "Waitlisted",
        "Refused",
        "Lost",
        "Errors",
    ]
    rows = [
        [
            machine["date"],
            machine["database"],
            result["round"],
            result["submitted"],
            f"{result['wall']:.2f}",
            f"{result['p50_ms']:.0f}",
            f"{result['p95_ms']:.0f}",
            f"{result['max_ms']:.0f}",
            result["places"],
            result["waitlisted"],
            result["refused"],
            result["lost"],
            len(result["errors"]),
        ]
        for result in results
    ]
    title = f"Staff-list submissions under contention, {options.people} at once, quota {QUOTA}"
    harness.report(title, machine, headers, rows, options, extra={"results": results, "orphan_files": orphans})
    print(f"Orphan files in the private storage: {len(orphans)}")
    if problems:
        print("FAILED:", *problems, sep="\n  ")
        return 1
    return 0

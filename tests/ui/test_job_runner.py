"""The one way work leaves the GUI thread: results come back on the GUI thread, exactly once,
never after Cancel or after their owner is gone, and cancelling at any moment cannot crash."""

from __future__ import annotations

import random
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from timeline_app.ui.job_runner import Cancelled, JobRunner, JobState


def settle(qtbot, runner: JobRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    runner = JobRunner()
    seen = []
    runner.submit(
        lambda report: threading.current_thread().name,
        on_result=lambda name: seen.append((name, threading.current_thread().name)),
    )
    settle(qtbot, runner)
    assert len(seen) == 1
    worker, gui = seen[0]
    assert worker != gui == threading.main_thread().name


def test_a_failure_comes_back_as_the_exception(qtbot):
    runner = JobRunner()
    errors = []

    def work(report):
        raise ValueError("no such column")

    runner.submit(work, on_result=lambda r: pytest.fail("no result"), on_error=errors.append)
    settle(qtbot, runner)
    assert [str(e) for e in errors] == ["no such column"]


def test_progress_is_reported_and_cancel_stops_the_work_at_its_next_report(qtbot):
    runner = JobRunner()
    started, stopped, progress = threading.Event(), threading.Event(), []

    def work(report):
        started.set()
        try:
            for step in range(1000):
                report(step / 1000)
                time.sleep(0.002)
        except Cancelled:
            stopped.set()
            raise
        return "finished"

    job = runner.submit(
        work, on_result=lambda r: pytest.fail("cancelled"), on_progress=progress.append
    )
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=10_000)
    assert progress == sorted(progress) and 0 <= progress[0] < 1
    assert job.cancel() and job.state is JobState.CANCELLED and not runner.is_busy()
    assert stopped.wait(5)
    count = len(progress)
    qtbot.wait(50)
    assert len(progress) == count  # nothing is reported after Cancel
    assert not job.cancel()  # once only


def test_work_can_ask_whether_it_is_cancelled_and_stop_in_its_own_way(qtbot):
    """Work that must not be interrupted at any report (the extractor, mid-sentence) asks
    ``report.cancelled()`` at points of its own choosing; what it raises to stop is no
    failure anyone hears of."""
    runner = JobRunner()
    asked, answered, seen, errors = threading.Event(), threading.Event(), [], []

    def work(report):
        seen.append(report.cancelled())
        asked.set()
        answered.wait(10)
        seen.append(report.cancelled())
        raise RuntimeError("stopped between two steps")

    job = runner.submit(work, on_result=lambda r: pytest.fail("cancelled"), on_error=errors.append)
    qtbot.waitUntil(asked.is_set, timeout=10_000)
    assert job.cancel()
    answered.set()
    assert job.wait(10)
    assert seen == [False, True]
    assert errors == [] and not runner.is_busy()


def test_jobs_of_one_lane_run_in_order_and_lanes_run_side_by_side(qtbot):
    runner = JobRunner()
    gate = threading.Event()
    order = []
    runner.submit(lambda report: gate.wait(5), lane="save", on_result=lambda r: order.append("a"))
    runner.submit(lambda report: None, lane="save", on_result=lambda r: order.append("b"))
    runner.submit(lambda report: None, lane="load", on_result=lambda r: order.append("c"))
    qtbot.waitUntil(lambda: order == ["c"], timeout=5000)  # not held up by the save lane
    gate.set()
    settle(qtbot, runner)
    assert order == ["c", "a", "b"]


def test_finish_waits_and_delivers_now_and_only_once(qtbot):
    runner = JobRunner()
    delivered = []
    job = runner.submit(lambda report: time.sleep(0.05) or 7, on_result=delivered.append)
    assert job.finish(5)
    assert delivered == [7] and job.state is JobState.DELIVERED
    qtbot.wait(50)  # the queued outcome arrives too, and is dropped
    assert delivered == [7]


def test_a_job_whose_owner_is_deleted_delivers_nothing(qtbot):
    runner = JobRunner()
    owner = QObject()
    gate = threading.Event()
    delivered = []
    runner.submit(lambda report: gate.wait(5), owner=owner, on_result=delivered.append)
    shiboken6.delete(owner)
    gate.set()
    settle(qtbot, runner)
    qtbot.wait(20)
    assert delivered == []


def test_deleting_the_runner_cancels_its_jobs(qtbot):
    runner = JobRunner()
    gate = threading.Event()
    delivered = []
    running = runner.submit(lambda report: gate.wait(5), on_result=delivered.append)
    queued = runner.submit(lambda report: 1, on_result=delivered.append)
    shiboken6.delete(runner)
    gate.set()
    qtbot.wait(100)
    assert delivered == []
    assert running.state is queued.state is JobState.CANCELLED


def test_hundreds_of_jobs_started_and_cancelled_at_random_moments(qtbot):
    """The crash this runner replaces: Cancel deleted the object a worker was emitting
    through. Here runners, owners and jobs are cancelled and deleted at random moments while
    their workers report and finish; every surviving job is delivered exactly once, on the
    GUI thread, and nothing is delivered after its Cancel or its owner's deletion."""
    rng = random.Random(20261206)
    gui = threading.current_thread()
    runners = [JobRunner() for _ in range(3)]
    owners = [QObject() for _ in range(6)]
    records: dict[int, dict] = {}
    wrong_thread: list[int] = []
    after_owner: list[int] = []
    deleted_owners: list[QObject] = []

    def work_of(steps: int):
        def work(report):
            total = 0
            for step in range(steps):
                total += sum(range(200))
                report(step / max(steps, 1))
            return total

        return work

    def delivered(number: int):
        def note(_result):
            record = records[number]
            if threading.current_thread() is not gui:
                wrong_thread.append(number)
            if record["owner"] is not None and not shiboken6.isValid(record["owner"]):
                after_owner.append(number)
            record["delivered"] += 1

        return note

    for number in range(600):
        runner = rng.choice(runners)
        owner = rng.choice(owners + [None])
        job = runner.submit(
            work_of(rng.randint(0, 40)),
            lane=rng.choice(("load", "save", "index")),
            on_result=delivered(number),
            on_error=lambda error: pytest.fail(f"unexpected {error!r}"),
            on_progress=lambda fraction: None,
            owner=owner,
        )
        records[number] = {"job": job, "owner": owner, "runner": runner, "delivered": 0}
        roll = rng.random()
        if roll < 0.3:
            rng.choice(list(records.values()))["job"].cancel()
        elif roll < 0.33:
            rng.choice(list(records.values()))["job"].finish(5)
        elif roll < 0.36 and len(owners) > 2:
            gone = owners.pop(rng.randrange(len(owners)))
            shiboken6.delete(gone)
            deleted_owners.append(gone)
            owners.append(QObject())
        elif roll < 0.37:
            gone = runners.pop(rng.randrange(len(runners)))
            shiboken6.delete(gone)
            runners.append(JobRunner())
        if rng.random() < 0.4:
            QCoreApplication.processEvents()
    for runner in runners:
        assert runner.finish_all(10)
    qtbot.wait(100)  # late outcomes of cancelled jobs arrive now, and must be dropped

    assert wrong_thread == [] and after_owner == []
    for number, record in records.items():
        job = record["job"]
        if job.state is JobState.CANCELLED:
            assert record["delivered"] == 0, number
        elif any(record["owner"] is gone for gone in deleted_owners):
            assert record["delivered"] <= 1, number
        else:
            assert job.state is JobState.DELIVERED, (number, job)
            assert record["delivered"] == 1, number
    assert any(r["job"].state is JobState.CANCELLED for r in records.values())
    assert sum(r["delivered"] for r in records.values()) > 100

"""The server's line for heavy work: order, slots, leaving, places and expected waits."""

import threading

import pytest

from dlviz.jobs.admission import AdmissionQueue


def test_jobs_start_in_the_order_they_joined_as_slots_free():
    queue = AdmissionQueue(2)
    tickets = [queue.join("training", 10) for _ in range(5)]
    assert [queue.wait(t, 0) for t in tickets] == [True, True, False, False, False]
    assert [queue.place(t) for t in tickets] == [0, 0, 1, 2, 3]
    queue.leave(tickets[1])
    assert [queue.wait(t, 0) for t in tickets[2:]] == [True, False, False]
    queue.leave(tickets[0])
    assert queue.wait(tickets[3], 0) and not queue.wait(tickets[4], 0)


def test_leaving_while_waiting_frees_the_place_and_never_starts():
    queue = AdmissionQueue(1)
    running, stopped, next_one = (queue.join("training", 5) for _ in range(3))
    queue.leave(stopped)  # Stop pressed (or the tab closed) while waiting
    assert queue.place(next_one) == 1 and queue.place(stopped) == 0
    queue.leave(running)
    assert queue.wait(next_one, 0)
    assert not queue.wait(stopped, 0)
    assert queue.running() == 1 and queue.others_waiting() == 0


def test_a_waiting_thread_wakes_when_a_slot_frees():
    queue = AdmissionQueue(1)
    first, second = queue.join("training", 1), queue.join("training", 1)
    started = threading.Event()

    def visitor():
        while not queue.wait(second, 0.05):
            pass
        started.set()

    thread = threading.Thread(target=visitor)
    thread.start()
    assert not started.wait(0.2)
    queue.leave(first)
    assert started.wait(5)
    thread.join()


def test_expected_wait_adds_the_running_jobs_time_left_and_the_estimates_ahead():
    queue = AdmissionQueue(2)
    a, b = queue.join("training", 30), queue.join("training", 10)
    c, d, e = queue.join("training", 20), queue.join("training", 5), queue.join("training", 7)
    # slots free at 30 and 10; c starts at 10 (till 30), d at 30 (till 35), e at 30
    assert queue.expected_wait(c) == pytest.approx(10, abs=0.5)
    assert queue.expected_wait(d) == pytest.approx(30, abs=0.5)
    assert queue.expected_wait(e) == pytest.approx(30, abs=0.5)
    assert queue.expected_wait(a) == 0
    queue.report(b, 0.5)  # half done: its time left follows from its elapsed time, here about 0
    assert queue.expected_wait(c) < 1


def test_concurrent_joins_and_leaves_never_exceed_the_slots():
    queue = AdmissionQueue(3)
    most = []
    lock = threading.Lock()

    def visitor():
        for _ in range(30):
            ticket = queue.join("training", 0.01)
            while not queue.wait(ticket, 0.01):
                pass
            with lock:
                most.append(queue.running())
            queue.leave(ticket)

    threads = [threading.Thread(target=visitor) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert max(most) <= 3 and len(most) == 240 and queue.running() == 0

"""The shared queue the local runner hands a stage's elements out from (`newsbeam.pipeline.run.work_queue`)."""
import random
import threading
from collections import Counter

import pytest

from newsbeam.pipeline.run.work_queue import WorkQueue


def drain(queue: WorkQueue, order: list[int]) -> dict[int, list[list[int]]]:
    """Chunks each worker takes, workers asking in turn as listed (cycled) until nothing is left."""
    taken: dict[int, list[list[int]]] = {w: [] for w in set(order)}
    idle = set()
    i = 0
    while len(idle) < len(set(order)):
        w = order[i % len(order)]
        i += 1
        if w in idle:
            continue
        chunk = queue.take(w)
        if chunk:
            taken[w].append(chunk)
            queue.done(chunk)
        else:
            idle.add(w)
    return taken


def everything(taken: dict[int, list[list[int]]]) -> list[int]:
    return [e for chunks in taken.values() for chunk in chunks for e in chunk]


@pytest.mark.parametrize("n,workers", [(0, 2), (1, 2), (2, 2), (7, 3), (40, 2), (10_000, 2), (333, 5)])
def test_every_element_is_handed_out_exactly_once(n, workers):
    queue = WorkQueue(list(range(n)), workers)
    taken = drain(queue, list(range(workers)))
    assert Counter(everything(taken)) == Counter(range(n))
    assert queue.left == 0


def test_chunks_shrink_so_the_workers_end_together():
    queue = WorkQueue(list(range(40)), 2)
    sizes = []
    for i in range(14):
        chunk = queue.take(i % 2)
        queue.done(chunk)
        sizes.append(len(chunk))
    sizes = [s for s in sizes if s]
    assert sum(sizes) == 40 and len(sizes) == 11
    assert sizes[0] == 10  # a quarter of the stage first: two chunks per worker
    assert sizes == sorted(sizes, reverse=True)  # then smaller and smaller
    assert sizes[-1] == 1  # down to single elements at the end


def test_the_smallest_chunk_bounds_the_number_of_bundles():
    queue = WorkQueue(list(range(10_000)), 2, min_chunk=313)
    taken = drain(queue, [0, 1])
    chunks = [c for cs in taken.values() for c in cs]
    assert len(chunks) < 20
    assert all(len(c) >= 313 for c in chunks[:-1])


def test_a_worker_takes_its_own_elements_first_then_steals_from_the_far_end():
    owners = [0] * 6 + [1] * 2 + [None] * 2
    queue = WorkQueue(list(range(10)), 2, owners, parts_per_worker=5)

    def take(worker):
        chunk = queue.take(worker)
        queue.done(chunk)
        return chunk

    assert take(1) == [6]        # its own first (chunk: 10 / (5 x 2) = 1)
    assert take(1) == [7]
    assert take(1) == [8]        # then no one's
    assert take(1) == [9]
    assert take(1) == [5]        # then worker 0's, from the end worker 0 reaches last
    assert take(0) == [0]        # worker 0 from its own start
    taken = drain(queue, [0, 1])
    assert sorted(everything(taken)) == [1, 2, 3, 4]


def test_an_owner_outside_the_workers_is_no_one():
    queue = WorkQueue([1, 2, 3], 2, owners=[5, -1, None])
    assert sorted(everything(drain(queue, [0, 1]))) == [1, 2, 3]


def test_a_dead_workers_chunk_and_its_own_elements_go_to_the_others():
    owners = [0] * 20 + [1] * 20
    queue = WorkQueue(list(range(40)), 2, owners)
    lost = queue.take(0)
    assert lost and all(e < 20 for e in lost)
    queue.give_back(0, lost)
    assert queue.take(0) == []  # a dead worker gets nothing more
    assert queue.live_workers == 1
    taken = drain(queue, [1])
    assert Counter(everything(taken)) == Counter(range(40))  # worker 1 did everything, once
    assert taken[1][0] == lost  # the lost chunk first, whole


def test_many_threads_with_random_deaths_lose_and_repeat_nothing():
    rng = random.Random(7)
    for _ in range(20):
        n, workers = rng.randint(0, 500), rng.randint(1, 4)
        owners = [rng.choice([None, *range(workers)]) for _ in range(n)]
        queue = WorkQueue(list(range(n)), workers, owners, min_chunk=rng.randint(1, 5))
        dying = set(rng.sample(range(workers), rng.randint(0, workers - 1)))  # at least one lives
        done: list[int] = []
        lock = threading.Lock()

        def work(w: int) -> None:
            r = random.Random(w)
            while True:
                chunk = queue.take(w)
                if not chunk:
                    return
                if w in dying and r.random() < 0.5:
                    queue.give_back(w, chunk)
                    return
                with lock:
                    done.extend(chunk)
                queue.done(chunk)

        threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert Counter(done) == Counter(range(n))
        assert queue.unfinished == 0


def test_no_worker_no_queue():
    with pytest.raises(ValueError):
        WorkQueue([1], 0)


def test_a_cheap_stage_ends_in_one_chunk_per_worker():
    queue = WorkQueue(list(range(600)), 2)
    first = queue.take(0)
    assert len(first) == 150
    queue.coarsen()
    second, third = queue.take(1), queue.take(0)
    assert len(second) == 225 and len(third) == 225  # the 450 left, halved
    for chunk in (first, second, third):
        queue.done(chunk)
    assert queue.take(1) == [] and queue.unfinished == 0


def test_a_worker_with_nothing_to_take_waits_for_a_chunk_that_may_come_back():
    queue = WorkQueue(list(range(4)), 2, min_chunk=4)
    lost = queue.take(0)
    got: list = []
    waiter = threading.Thread(target=lambda: got.append(queue.take(1)))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive()  # nothing to take, but worker 0 still holds a chunk
    queue.give_back(0, lost)
    waiter.join(5)
    assert got == [lost]


def test_a_failed_stage_releases_the_waiting_workers():
    queue = WorkQueue(list(range(4)), 2, min_chunk=4)
    queue.take(0)
    got: list = []
    waiter = threading.Thread(target=lambda: got.append(queue.take(1)))
    waiter.start()
    queue.abandon()
    waiter.join(5)
    assert got == [[]]

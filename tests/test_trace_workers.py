"""benchmarks/trace_workers.py: the serial head and tail it reads from a run's CPU samples."""
from benchmarks.trace_workers import analyse


def test_head_and_tail_of_a_two_worker_run_from_cpu_samples():
    # Every 0.1 s: the launcher busy for 1 s, worker 11 busy from 1.0 to 4.0 s, worker 12 from 1.5 to 3.0 s.
    samples, cpu = [], {1: 0.0, 11: 0.0, 12: 0.0}
    for step in range(1, 51):
        t = step / 10
        if t <= 1.0:
            cpu[1] += 0.1
        if 1.0 < t <= 4.0:
            cpu[11] += 0.1
        if 1.5 < t <= 3.0:
            cpu[12] += 0.1
        samples.append((t, dict(cpu)))
    report = analyse(5.0, samples, {1: "launcher", 11: "worker", 12: "worker"})
    assert report["start_up_s"] == 1.0                # the first worker busy
    assert report["head_until_all_busy_s"] == 1.5     # both busy: the serial head a speedup sees
    assert report["tail_s"] == 1.0                    # after the last worker's last busy moment
    assert report["tail_after_first_done_s"] == 2.0   # after the first one is done: with the imbalance
    assert report["worker_finish_gap_s"] == 1.0

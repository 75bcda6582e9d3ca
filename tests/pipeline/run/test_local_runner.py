"""The local runner's shared queue (`newsbeam.pipeline.run.local_runner`): two workers give one worker's tables, and a
worker process that dies mid-run loses and repeats nothing."""
import logging
import os
import signal
import subprocess
import sys
import time
import uuid

import duckdb
import pytest

from newsbeam.pipeline.run import fork_server
from newsbeam_dev.evaluation import REPO
from tests.pipeline.run.test_fork_server import processes

pytestmark = pytest.mark.skipif(not fork_server.available(), reason="needs fork and Unix sockets")

# Invented. Each story differs (its number and its place), so none is a duplicate of another.
STORY = ("Ferry story {i}\n\nThe harbour board said on Tuesday that the ferry to Isle {i} would run hourly "
         "from 4 May 2026. \"We expect {i} hundred passengers a day by the summer,\" said the harbour master, "
         "Ada Berg. Work on the pier began two years ago.\n\n") + ("Passengers on route {i} praised the new "
                                                                     "timetable, the board said. ") * 30


def write_stories(folder, n: int) -> None:
    for i in range(n):
        (folder / f"story{i:04d}.txt").write_text(STORY.format(i=i), encoding="utf-8")


def table(out, name: str) -> list[tuple]:
    columns = {"articles": "article_id, source_uri, language, duplicate_of",
               "quotes": "article_id, char_start, text, speaker", "dates": "article_id, char_start, value"}[name]
    return sorted(duckdb.sql(f"select {columns} from read_parquet('{out}/{name}/**/*.parquet')").fetchall())


def run(inputs, out, workers: int, env=None, log: str = "-q") -> subprocess.Popen:
    """`newsbeam run`, its standard error in OUT.log (a file: a pipe could fill up and stall it)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{out}.log", "w") as err:
        return subprocess.Popen([sys.executable, "-m", "newsbeam.pipeline.cli.main", "run", inputs, "-o", str(out), "--workers",
                                 str(workers), log], cwd=REPO, env=env, stderr=err, text=True)


def finished(proc: subprocess.Popen, out) -> str:
    code = proc.wait()
    log = open(f"{out}.log").read()
    assert code == 0, log[-5000:]
    return log


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    write_stories(folder, 400)
    one = tmp_path_factory.mktemp("one") / "ds"
    finished(run(str(folder / "*.txt"), one, 1), one)
    return folder, one


def test_two_workers_give_the_tables_of_one(stories, tmp_path):
    folder, one = stories
    finished(run(str(folder / "*.txt"), tmp_path / "ds", 2), tmp_path / "ds")
    for name in ("articles", "quotes", "dates"):
        assert table(tmp_path / "ds", name) == table(one, name), name


def test_a_worker_killed_mid_run_loses_and_repeats_nothing(stories, tmp_path):
    folder, one = stories
    tag = uuid.uuid4().hex
    proc = run(str(folder / "*.txt"), tmp_path / "ds", 2, env={**os.environ, "NEWSBEAM_TEST_TAG": tag}, log="-v")
    killed = None
    while proc.poll() is None and killed is None:
        seen = processes(tag)
        servers = {pid for pid, (_, cmd) in seen.items() if b"newsbeam.pipeline.run.fork_server" in cmd}
        for pid, (parent, _) in seen.items():
            if parent not in servers:
                continue
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[11]) + int(fields[12]) >= 0.3 * os.sysconf("SC_CLK_TCK"):  # analysing by now
                os.kill(pid, signal.SIGKILL)
                killed = pid
                break
        time.sleep(0.02)
    log = finished(proc, tmp_path / "ds")
    assert killed is not None, "the run ended before a worker could be killed"
    assert "a worker process ended during a bundle" in log  # its unfinished bundle went to the other worker
    for name in ("articles", "quotes", "dates"):
        assert table(tmp_path / "ds", name) == table(one, name), name


def test_a_beam_whose_runner_internals_moved_gets_the_stock_runner(monkeypatch):
    # LocalRunner builds on FnApiRunner internals that are not Beam's public API: a Beam release that
    # changed them must still run the job, with Beam's fixed split, not fail at the first bundle
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    from newsbeam.pipeline.run import local_runner, runner

    assert local_runner.supported()   # (the installed Beam is one the queue knows)
    monkeypatch.setattr(fn_runner.FnApiRunner, "_get_bundle_manager", None)
    assert not local_runner.supported()
    monkeypatch.setattr(fork_server, "start", lambda: None)   # (no fork server for a runner never run)
    said = []   # (what the run logs: other tests may have quietened the logging tree, so not caplog)
    monkeypatch.setattr(logging.getLogger("newsbeam.pipeline.run.runner"), "warning", lambda message, *args: said.append(message))
    made = runner._fn_api_runner(runner.PipelineOptions([]), workers=2)
    assert type(made) is fn_runner.FnApiRunner
    assert any("fixed shares" in message for message in said)


# ---------------------------------------------------------------- a worker that dies without answering

def _control_connection():
    from apache_beam.runners.portability.fn_api_runner.worker_handlers import ControlConnection
    return ControlConnection()


def _request():
    from apache_beam.portability.api import beam_fn_api_pb2
    return beam_fn_api_pb2.InstructionRequest()


def test_a_dead_workers_unanswered_requests_fail_so_the_bundle_moves_on():
    # (a worker killed after it had read all of a bundle's input broke no data channel: the bundle
    # waited forever for its answer and the run hung; failed, it goes to another worker)
    import threading
    import types

    from newsbeam.pipeline.run import local_runner

    conn = _control_connection()
    pending = conn.push(_request())
    process_ended = threading.Event()
    worker_thread = threading.Thread(target=process_ended.wait, daemon=True)
    worker_thread.start()
    handler = types.SimpleNamespace(worker_thread=worker_thread, control_conn=conn)
    local_runner.watch_worker(handler)
    local_runner.watch_worker(handler)  # (once per handler, however many bundles it gets)
    assert sum(t.name == "newsbeam-worker-watch" and t.is_alive() for t in threading.enumerate()) >= 1
    time.sleep(0.3)
    assert not pending.is_done() and pending._exception is None  # (a live worker is left alone)
    process_ended.set()
    with pytest.raises(RuntimeError, match="worker process ended"):
        pending.get(timeout=10)
    later = conn.push(_request())  # (sent to the dead worker before anyone noticed)
    with pytest.raises(RuntimeError, match="worker process ended"):
        later.get(timeout=10)
    conn.close()  # (Beam closes the connection when the job ends: the watch stops)
    deadline = time.monotonic() + 5
    while any(t.name == "newsbeam-worker-watch" and t.is_alive() for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the watch outlived the connection"
        time.sleep(0.05)

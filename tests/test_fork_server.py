"""The fork server of local multi-worker runs (`pipeline.fork_server`): workers forked ready, and no process outlives its launcher."""
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from pipeline import fork_server
from newsbeam_dev.evaluation import REPO

pytestmark = pytest.mark.skipif(not fork_server.available(), reason="needs fork and Unix sockets")

STORY = ("The council said on Tuesday that the new bridge would open on 4 May 2026. "
         "\"It will carry the first trams by the autumn,\" said the city engineer, Lea Hart.\n\n")


def processes(tag: str) -> dict[int, tuple[int, bytes]]:
    """pid -> (parent pid, command line) of every process whose environment carries `tag`."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if f"NEWSBEAM_TEST_TAG={tag}".encode() not in Path(f"/proc/{pid}/environ").read_bytes():
                continue
            parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
            found[int(pid)] = (parent, Path(f"/proc/{pid}/cmdline").read_bytes())
        except (OSError, IndexError, ValueError):
            continue
    return found


def test_the_workers_of_a_two_worker_run_are_forked_from_the_warm_server(tmp_path):
    for i in range(120):
        (tmp_path / f"story{i:03d}.txt").write_text(f"Bridge story {i}\n\n" + STORY * 8)
    tag = uuid.uuid4().hex
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(tmp_path / "*.txt"), "-o",
                             str(tmp_path / "out"), "--workers", "2", "-q"], cwd=REPO,
                            env={**os.environ, "NEWSBEAM_TEST_TAG": tag}, stderr=subprocess.PIPE, text=True)
    forked: set[int] = set()
    while proc.poll() is None:
        seen = processes(tag)
        servers = {pid for pid, (_, cmd) in seen.items() if b"pipeline.fork_server" in cmd}
        forked |= {pid for pid, (parent, _) in seen.items() if parent in servers}
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read()
    assert len(forked) >= 2  # Beam's two workers, each forked by the server, not started afresh
    time.sleep(0.5)
    assert processes(tag) == {}  # server and workers ended with the run


def test_a_killed_launcher_takes_its_fork_server_along(tmp_path):
    tag = uuid.uuid4().hex
    script = ("from pipeline import fork_server\nimport time\nfork_server.start()\nprint('up', flush=True)\n"
              "time.sleep(60)\n")
    launcher = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "NEWSBEAM_TEST_TAG": tag})
    assert launcher.stdout.readline().strip() == "up"
    deadline = time.monotonic() + 60
    while not any(b"pipeline.fork_server" in cmd for _, cmd in processes(tag).values()):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    launcher.send_signal(signal.SIGKILL)
    launcher.wait()
    deadline = time.monotonic() + 60  # (it may still be warming up: it notices once it listens)
    while processes(tag):
        assert time.monotonic() < deadline, processes(tag)
        time.sleep(0.1)


def test_one_server_per_environment(monkeypatch):
    first = fork_server.start()
    try:
        assert fork_server.start() is first
        monkeypatch.setenv("NEWSBEAM_FORK_SERVER_TEST", "changed")  # read at import by some module, maybe
        second = fork_server.start()
        assert second is not first and second.alive() and not first.alive()
    finally:
        fork_server.stop()


def test_a_client_without_a_server_runs_the_worker_itself(tmp_path):
    assert fork_server.run_forked(str(tmp_path / "no-server-here")) is None


def test_runner_choice_is_read_without_beam():
    assert fork_server.runs_local_workers([], 2)
    assert fork_server.runs_local_workers(["--runner=DirectRunner"], 3)
    assert fork_server.runs_local_workers(["--runner", "FnApiRunner"], 2)
    assert not fork_server.runs_local_workers([], 1)
    assert not fork_server.runs_local_workers(["--runner=FlinkRunner"], 2)
    assert not fork_server.runs_local_workers(["--runner", "DataflowRunner"], 2)


def test_a_run_where_no_socket_can_be_made_still_runs_its_workers(tmp_path):
    # A Unix socket's path holds at most 107 bytes: under a deep temporary folder the server cannot
    # listen, and each worker sets itself up instead, as without a fork server.
    deep = tmp_path / ("t" * 60) / ("m" * 60)
    deep.mkdir(parents=True)
    for i in range(4):
        (tmp_path / f"story{i}.txt").write_text(f"Bridge story {i}\n\n" + STORY)
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(tmp_path / "*.txt"), "-o",
                           str(tmp_path / "out"), "--workers", "2", "-q"], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "TMPDIR": str(deep)}, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "out" / "articles").glob("*.parquet"))) >= 1


def test_a_run_as_the_program_ends_with_its_code_and_output_once_committed(tmp_path):
    # The `newsbeam` program skips the interpreter's teardown after a job command (pipeline.cli): its
    # summary must still reach a pipe, its exit code stay the job's, and exit's own cleanups run
    # first: the fork server stopped and reaped, its socket folder removed.
    for i in range(40):
        (tmp_path / f"story{i:03d}.txt").write_text(f"Bridge story {i}\n\n" + STORY * 4)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x00" * 4 + b"\x00\xd8" * 64)  # not any text encoding
    temp = tmp_path / "tmp"
    temp.mkdir()
    tag = uuid.uuid4().hex
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(tmp_path / "*.txt"), "-o",
                           str(tmp_path / "out"), "--workers", "2"], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "NEWSBEAM_TEST_TAG": tag, "TMPDIR": str(temp)}, timeout=300)
    assert done.returncode == 1, done.stderr  # INPUT_ERRORS: the broken file became an error row
    assert "error rows 1" in done.stdout  # the run's summary, flushed before the process ended
    assert list((tmp_path / "out" / ".newsbeam" / "runs").glob("*.json"))  # committed
    assert processes(tag) == {}  # the server and its workers were waited for, not left to end later
    assert [p.name for p in temp.iterdir() if p.name.startswith("newsbeam-workers-")] == []

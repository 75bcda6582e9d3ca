"""Ctrl-C and SIGTERM while newsbeam works: exit 130 at once, no traceback, nothing partial, no stray worker."""
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from newsbeam_dev.evaluation import REPO

PARAGRAPH = ("The committee said on Tuesday that the harbour works would resume in March, after a winter "
             "of delays. \"We expect the first ships by the summer,\" said the port director, Ana Ruiz. ")


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """Enough articles that the Beam run lasts a few seconds."""
    folder = tmp_path_factory.mktemp("inbox")
    for i in range(300):
        (folder / f"story{i:03d}.txt").write_text(f"Story {i}\n\n" + "\n\n".join([PARAGRAPH * 3] * 6) + "\n")
    return folder


def start(argv: list[str], tag: str) -> subprocess.Popen:
    # A session of its own: os.killpg then reaches the group the way a terminal's Ctrl-C does.
    env = {**os.environ, "NEWSBEAM_TEST_TAG": tag}
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", *argv], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def tagged_processes(tag: str) -> list[int]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if f"NEWSBEAM_TEST_TAG={tag}".encode() in Path(f"/proc/{pid}/environ").read_bytes():
                found.append(int(pid))
        except OSError:
            continue
    return found


def wait_for_the_beam_run(out: Path, proc: subprocess.Popen) -> None:
    staging = out / ".newsbeam" / "staging"
    deadline = time.monotonic() + 120
    while not (staging.exists() and any(staging.iterdir())):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(1.0)  # well inside the run: reading, analysing, writing


def stop(proc: subprocess.Popen, how: str) -> tuple[int, str, str, float]:
    sent = time.monotonic()
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)  # the whole foreground group, workers included
    else:
        proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err, time.monotonic() - sent


CASES = [("run", "sigterm", 1), ("run", "ctrl-c", 2), ("ingest", "sigterm", 2), ("watch", "ctrl-c", 1)]


@pytest.mark.parametrize("command,how,workers", CASES, ids=[f"{c}-{h}-{w}w" for c, h, w in CASES])
def test_an_interrupted_beam_run_exits_130_with_nothing_partial(inbox, tmp_path, command, how, workers):
    out, tag = tmp_path / "data", uuid.uuid4().hex
    argv = [command, str(inbox / "*.txt"), "-o", str(out), "--workers", str(workers)]
    proc = start(argv + (["--every", "1h"] if command == "watch" else []), tag)
    wait_for_the_beam_run(out, proc)
    code, stdout, stderr, took = stop(proc, how)
    assert code == 130, (stdout, stderr)
    assert took < 10
    assert "Traceback" not in stderr and "Error" not in stderr, stderr
    if command == "watch":
        assert "stopped during a tick; it was rolled back" in stdout
    else:
        assert stderr.strip() == "newsbeam: interrupted; nothing partial was committed"
    assert [p for p in out.rglob("*") if ".newsbeam" not in p.relative_to(out).parts] == []
    staging = out / ".newsbeam" / "staging"
    assert not staging.exists() or not any(staging.iterdir())
    time.sleep(1.0)  # a worker that outlived newsbeam would notice within 0.5 s
    assert tagged_processes(tag) == []


def test_an_interrupt_during_start_up_is_clean_too(inbox, tmp_path):
    proc = start(["ingest", str(inbox / "*.txt"), "-o", str(tmp_path / "data")], uuid.uuid4().hex)
    time.sleep(0.3)  # still importing Beam
    code, _, stderr, _ = stop(proc, "sigterm")
    assert code == 130 and "Traceback" not in stderr and stderr.startswith("newsbeam: interrupted"), stderr


def test_a_signal_during_an_import_lands_after_it(tmp_path):
    # Deterministic form of the start-up case: the signal arrives while a module is initialising
    # (as duckdb's C extension is, for a moment, when Ctrl-C comes early) and must not land inside it.
    (tmp_path / "slow_module.py").write_text(
        "import os, signal, time\nos.kill(os.getpid(), signal.SIGTERM)\ntime.sleep(0.2)\nFINISHED = True\n")
    script = ("import sys\nfrom pipeline import interrupts\ninterrupts.install()\n"
              "try:\n    import slow_module\n    import time\n    time.sleep(5)\n"
              "except KeyboardInterrupt as e:\n"
              "    print(type(e).__name__, getattr(sys.modules.get('slow_module'), 'FINISHED', False))\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{REPO}"})
    assert proc.stdout.strip() == "Terminated True", proc.stderr


def test_a_signal_held_back_by_an_import_is_not_lost_when_the_command_ends_first(tmp_path):
    (tmp_path / "quick_module.py").write_text("import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\n")
    script = ("from pipeline import interrupts\ninterrupts.install()\n"
              "try:\n    import quick_module\n    interrupts.raise_pending()\n    print('lost')\n"
              "except KeyboardInterrupt as e:\n    print(type(e).__name__)\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{REPO}"})
    assert proc.stdout.strip() == "Terminated", proc.stderr


def test_a_signal_the_moment_its_handler_is_in_place_is_an_interrupt(tmp_path):
    # Deterministic form of a race seen on a loaded host: SIGTERM delivered right after the handler
    # is installed, before any command runs, printed a traceback instead of exiting 130.
    script = ("import os, signal, sys\nfrom pipeline import cli, interrupts\n"
              "install = interrupts.install\n"
              "def install_then_signal(program=False):\n"
              "    install(program)\n    os.kill(os.getpid(), signal.SIGTERM)\n"
              "interrupts.install = install_then_signal\n"
              f"sys.argv = ['newsbeam', 'status', '-o', {str(tmp_path / 'missing')!r}]\n"
              "cli.main()\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 130 and "Traceback" not in proc.stderr, proc.stderr

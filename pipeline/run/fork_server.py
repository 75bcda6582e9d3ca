"""A warm process that forks the local runner's worker processes ready to work (`--workers N`).

Each worker of a local multi-worker run used to start as a new Python process and pay its own
set-up before its first article: Beam's worker import (about 0.65 s of CPU), the stage modules
(0.2 s), langdetect's profiles (0.27 s), the date grammars (0.15 s per language). The fork server
pays that once, while the launcher is still importing Beam and building the job, and forks every
worker from that state (copy-on-write: the workers also share those pages).

    launcher --starts--> fork server (warms up, then waits)
    FnApiRunner --starts--> `python -m newsbeam.pipeline.run.worker --fork-server ADDRESS` (the client: tiny)
    client --environment, stdin/stdout/stderr--> fork server --fork--> worker (runs Beam's SDK worker)
    worker --its exit code--> client, which exits with it: Beam manages the client as it did the worker.

gRPC and fork: the fork server never opens a gRPC channel or server and has a single thread when it
forks; each worker opens its channels after the fork. Lifetimes: the fork server ends when its
launcher does (its stdin is a pipe from the launcher: end of file); a worker ends when its client
does (the socket between them closes), and a client ends when the launcher does (`newsbeam.pipeline.run.worker`),
or is SIGKILLed by an interrupted launcher (`newsbeam.pipeline.run.interrupts`). A launcher keeps one fork server
for the runs it makes (`newsbeam watch` ticks reuse it) while its environment stays the same.

Only the local runner in multi-process mode uses this (`newsbeam.pipeline.run.runner`); every other runner starts
its workers its own way and the job graph is the same. Where fork or Unix sockets do not exist, or
the server cannot be reached, the client runs the worker itself, as before.
"""
from __future__ import annotations

import atexit
import json
import logging
import os
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

from newsbeam.transforms import progress as progress_channel

__all__ = ["ForkServer", "LOCAL_RUNNERS", "available", "runs_local_workers", "start", "stop", "run_forked"]

# Runner names that mean Beam's local FnApiRunner (`newsbeam.pipeline.run.runner`); None: no --runner given.
LOCAL_RUNNERS = {None, "DirectRunner", "FnApiRunner", "BundleBasedDirectRunner"}
_HEADER = struct.Struct("!I")
_MAX_REQUEST = 16 * 1024 * 1024

# Invented; the quotes and dates stages build each language's tables on first use.
_SAMPLE = ("\u201cThe ferry will run every hour from 3 March 2025,\u201d said Mara Lind on Monday. "
           "Work began two years ago, in the spring of 2023.")


def available() -> bool:
    # Linux only: on macOS, forking a process that has loaded system frameworks is not safe.
    return sys.platform.startswith("linux") and hasattr(os, "fork") and hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds")


def runs_local_workers(beam_args: list[str], workers: int) -> bool:
    """Whether a job with these Beam arguments runs `workers` > 1 local worker processes (no Beam import)."""
    if workers <= 1:
        return False
    runner = None
    for i, arg in enumerate(beam_args):
        if arg.startswith("--runner="):
            runner = arg.split("=", 1)[1]
        elif arg == "--runner" and i + 1 < len(beam_args):
            runner = beam_args[i + 1]
    return runner in LOCAL_RUNNERS


class ForkServer:
    """The launcher's handle on a fork server process."""

    def __init__(self) -> None:
        self._folder = tempfile.mkdtemp(prefix="newsbeam-workers-")
        self.address = os.path.join(self._folder, "fork-server")
        self.key = _environment_key()
        self._handed_out = False
        # Listening before the server runs: a client that comes while it warms up waits in the backlog.
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(self.address)
            listener.listen(64)
            verbose = os.environ.get("NEWSBEAM_VERBOSE") == "1"
            self._process = subprocess.Popen(
                [sys.executable, "-m", "newsbeam.pipeline.run.fork_server", str(listener.fileno())],
                stdin=subprocess.PIPE, pass_fds=[listener.fileno()],
                stdout=None if verbose else subprocess.DEVNULL)
        except BaseException:
            shutil.rmtree(self._folder, ignore_errors=True)
            raise
        finally:
            listener.close()

    def worker_command(self) -> str:
        """The command line Beam starts for each worker: a client of this server."""
        self._handed_out = True
        return f"exec {shlex.quote(sys.executable)} -m newsbeam.pipeline.run.worker --fork-server {shlex.quote(self.address)}"

    def alive(self) -> bool:
        return self._process.poll() is None

    def stop(self) -> None:
        if not self._handed_out:  # no worker can exist (a run that failed before its job started): no wait
            self._process.kill()
        try:
            self._process.stdin.close()
            _wait(self._process, timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._folder, ignore_errors=True)


def _wait(process: subprocess.Popen, timeout: float) -> None:
    """`process.wait(timeout)`, woken by the process's end rather than polling for it: Popen's wait with
    a timeout sleeps in steps of up to 50 ms, which a run's end otherwise waits out."""
    import select

    try:
        fd = os.pidfd_open(process.pid)
    except (AttributeError, OSError):  # (not Linux 5.3+, or it has been reaped)
        process.wait(timeout=timeout)
        return
    try:
        if not select.select([fd], [], [], timeout)[0]:
            raise subprocess.TimeoutExpired(process.args, timeout)
    finally:
        os.close(fd)
    process.wait()


_server: list[ForkServer] = []
_lock = threading.Lock()


def _environment_key() -> str:
    # What a fresh worker would have seen at start: a change means a new server (modules read some of
    # it at import). Not the per-run progress folder: workers read it while they work, from the
    # environment their client hands over.
    env = {k: v for k, v in os.environ.items() if k != progress_channel.ENV}
    return json.dumps([sorted(env.items()), os.getcwd(), sys.executable, sys.path])


def _mark_verbosity() -> None:
    # Read by the server and by `newsbeam.pipeline.run.worker`: Beam's chatter on the terminal only with -v.
    import logging

    os.environ["NEWSBEAM_VERBOSE"] = "1" if logging.getLogger().isEnabledFor(logging.INFO) else "0"


def start() -> ForkServer | None:
    """This process's fork server, started now if none runs for the current environment; None if unsupported."""
    _mark_verbosity()
    if not available():
        return None
    with _lock:
        if _server and _server[0].alive() and _server[0].key == _environment_key():
            return _server[0]
        _stop_locked()
        try:
            _server.append(ForkServer())
        except OSError as e:  # (a temporary folder too deep for a socket's path, none writable ...)
            logging.getLogger(__name__).info("no fork server (%s): each worker sets itself up", e)
            return None
        return _server[0]


def stop() -> None:
    """Stop this process's fork server, if any (also at exit; its end of file stops it if we are killed)."""
    with _lock:
        _stop_locked()


def _stop_locked() -> None:
    while _server:
        _server.pop().stop()


atexit.register(stop)


# --- the client: `python -m newsbeam.pipeline.run.worker --fork-server ADDRESS` -----------------------------

def run_forked(address: str) -> int | None:
    """Have the fork server at `address` fork a worker with this process's environment and standard
    streams, and wait for it to end; its exit code, or None if no server answered (run the worker here)."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(address)
        body = json.dumps({"env": dict(os.environ), "argv": sys.argv, "cwd": os.getcwd()}).encode()
        socket.send_fds(conn, [_HEADER.pack(len(body))], [0, 1, 2])
        conn.sendall(body)
    except OSError:
        conn.close()
        return None
    # The worker holds its end until it exits; it sends its exit code first (nothing: it was killed).
    answer = b""
    while True:
        try:
            chunk = conn.recv(64)
        except OSError:
            break
        if not chunk:
            break
        answer += chunk
    try:
        return int(answer.strip())
    except ValueError:
        return 1


# --- the server: `python -m newsbeam.pipeline.run.fork_server LISTENER_FD` ------------------------------------

def _quiet_logging() -> None:
    from newsbeam.pipeline.run.worker import quiet_logging

    if os.environ.get("NEWSBEAM_VERBOSE") != "1":
        import warnings

        warnings.filterwarnings("ignore")  # (Beam's import warnings, which the forked workers would repeat)
    quiet_logging()


def warm_up() -> None:
    """What every worker would do before its first article, done once in the server (no thread, no gRPC)."""
    from apache_beam.runners.worker import sdk_worker_main  # noqa: F401  (Beam's worker)
    from langdetect import detector_factory

    import newsbeam.pipeline.run.graph  # noqa: F401  (every stage module, as unpickling the job does)
    from newsbeam.transforms.dates.extract import extract_dates
    from newsbeam.transforms.lang import SUPPORTED
    from newsbeam.transforms.quotes import extract_quotes

    detector_factory.init_factory()  # langdetect's own profiles (module-level: every thread's detector uses them)
    for code in SUPPORTED:
        extract_quotes(_SAMPLE, code)
        extract_dates(_SAMPLE, None, code)


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    header, fds, _, _ = socket.recv_fds(conn, _HEADER.size, 3)
    if len(header) != _HEADER.size or len(fds) != 3:
        for fd in fds:
            os.close(fd)
        raise OSError("incomplete request")
    size = _HEADER.unpack(header)[0]
    if size > _MAX_REQUEST:
        raise OSError("request too large")
    body = bytearray()
    while len(body) < size:
        chunk = conn.recv(size - len(body))
        if not chunk:
            raise OSError("incomplete request")
        body += chunk
    return json.loads(body), fds


def _become_worker(conn: socket.socket, request: dict, fds: list[int]) -> None:
    """In the forked child: take the client's streams and environment and run Beam's SDK worker; never returns."""
    code = 1
    try:
        for target, fd in zip((0, 1, 2), fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = list(request["argv"])
        if os.environ.get("NEWSBEAM_VERBOSE") == "1":
            import logging

            logging.getLogger().setLevel(logging.INFO)
        threading.Thread(target=_exit_when_closed, args=(conn,), name="newsbeam-client-watch", daemon=True).start()
        from apache_beam.runners.worker import sdk_worker_main

        sdk_worker_main.main(sys.argv)
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:  # noqa: BLE001 - reported, then the exit code tells Beam
        import traceback

        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        try:
            conn.sendall(b"%d\n" % code)
        except OSError:
            pass
        os._exit(code)


def _exit_when_closed(conn: socket.socket) -> None:
    # The client went (killed, or its launcher ended): this worker has no one to work for.
    try:
        while conn.recv(64):
            pass
    except OSError:
        pass
    os._exit(1)


def serve(listener_fd: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the launcher's to handle (newsbeam.pipeline.run.interrupts)
    _quiet_logging()
    listener = socket.socket(fileno=listener_fd)
    warm_up()
    import gc
    import select

    gc.freeze()  # what the warm-up built stays put: the workers' copies of those pages stay shared
    lifeline = sys.stdin.fileno()
    workers: set[int] = set()
    while True:
        ready, _, _ = select.select([listener, lifeline], [], [], 1.0)
        _reap(workers, block=False)
        if lifeline in ready and not os.read(lifeline, 4096):
            break  # the launcher is done with us
        if listener not in ready:
            continue
        conn, _ = listener.accept()
        try:
            request, fds = _receive(conn)
        except (OSError, ValueError):
            conn.close()
            continue
        pid = os.fork()
        if pid == 0:
            listener.close()
            os.close(lifeline)
            _become_worker(conn, request, fds)
        workers.add(pid)
        conn.close()
        for fd in fds:
            os.close(fd)
    # Waited for, not left to the kernel: a worker's CPU time then counts in its launcher's (getrusage,
    # `time`). They end within a second once their clients have gone.
    listener.close()
    _reap(workers, block=True)


def _reap(workers: set[int], block: bool) -> None:
    """Collect the workers that have ended; with `block`, all of them (killing any left after 10 s)."""
    deadline = time.monotonic() + 10
    while workers:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            workers.clear()
            return
        if pid:
            workers.discard(pid)
            continue
        if not block:
            return
        if time.monotonic() > deadline:
            for pid in workers:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            deadline = float("inf")
        time.sleep(0.005)  # (at the end of a run, which waits for this)


if __name__ == "__main__":
    serve(int(sys.argv[1]))
    # Its workers reaped, the server ends without the interpreter's teardown (freeing Beam's and the
    # stage modules' objects, a few tenths of a second of CPU): its launcher waits for it at exit.
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)

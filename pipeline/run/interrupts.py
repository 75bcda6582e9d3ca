"""Ctrl-C and SIGTERM: one behaviour for every command.

Both raise `KeyboardInterrupt` in the main thread; SIGTERM raises its subclass `Terminated`, so
that the SQL shell can tell "cancel this statement" (Ctrl-C) from "stop" (SIGTERM). Beam does
not always let an interrupt through as itself: its worker threads and processes see their
channels close and raise errors of their own. So once a signal has arrived, `interrupted()` is
true, the CLI reports whatever failure follows as the interruption (exit 130), and logging and
exceptions of other threads are no longer printed. Local worker processes (`--workers N`) are
stopped at once: Beam's own teardown would wait for them without a time limit. Further signals
are ignored while the first one unwinds (cleanup must not be cut short). The `newsbeam` program
then ends with `os._exit` after flushing its output and running the registered cleanups, so
that no Beam or gRPC thread can hold it at interpreter exit; and if unwinding takes longer than
`GRACE_SECONDS`, a watchdog ends it the same way.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time

__all__ = ["Terminated", "install", "interrupted", "raise_pending", "clear", "exit_now", "cleanup", "call"]

GRACE_SECONDS = 5.0
_received: list[int] = []
_pending: list[int] = []  # a signal held back until an import finishes
_cleanups: list = []
_program: list[bool] = []
_default_excepthook = threading.excepthook


class Terminated(KeyboardInterrupt):
    """SIGTERM: stop, as systemd, Airflow and `kill` ask."""


def install(program: bool = False) -> None:
    """Route SIGINT and SIGTERM of the main thread to `KeyboardInterrupt`s (see the module doc).

    `program`: this process is the `newsbeam` program, which ends itself once interrupted.
    """
    _program[:] = [program]
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)


def _on_signal(signum, frame):
    if _received:  # already unwinding: let the cleanup finish
        return
    if _importing(frame):
        # An exception raised inside a module's initialisation can abort the process (duckdb's
        # C extension does, with SIGABRT): deliver the signal again once the import is done.
        if not _pending:
            _pending.append(signum)
            threading.Thread(target=_redeliver, args=(signum,), name="newsbeam-signal-redelivery", daemon=True).start()
        return
    _received.append(signum)
    threading.excepthook = _quiet_excepthook
    logging.disable(logging.CRITICAL)
    _stop_workers()
    if _program and _program[0]:
        threading.Thread(target=_watchdog, name="newsbeam-interrupt-watchdog", daemon=True).start()
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _importing(frame) -> bool:
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def _redeliver(signum: int) -> None:
    main = threading.main_thread().ident
    while _importing(sys._current_frames().get(main)):
        time.sleep(0.005)
    _pending.clear()
    signal.pthread_kill(main, signum)


def raise_pending() -> None:
    """Raise now a signal held back during an import if the command finished before it was delivered."""
    if _pending and not _received:
        _on_signal(_pending[0], None)


def call(fn):
    """`fn()`, run so that a signal interrupts the wait for it rather than its own code.

    A KeyboardInterrupt raised inside Beam's code is caught there, logged and turned into other
    errors, or lost while a bundle runs on. So in the `newsbeam` program, `fn` runs on a helper
    thread and the main thread only waits: the interrupt lands in the wait, and the program
    ends soon after, taking the helper with it. Elsewhere (a library call) `fn()` runs here.
    """
    if not (_program and _program[0]) or threading.current_thread() is not threading.main_thread():
        return fn()
    outcome: dict = {}
    finished = threading.Event()  # (not Thread.join: a join cut short by a signal may never wait again)

    def work():
        try:
            outcome["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = e
        finally:
            finished.set()

    threading.Thread(target=work, name="newsbeam-job", daemon=True).start()
    while not finished.wait(0.1):
        pass
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _watchdog() -> None:
    time.sleep(GRACE_SECONDS)
    print("newsbeam: interrupted; nothing partial was committed", file=sys.stderr)
    exit_now(130)


def _stop_workers() -> None:
    """SIGKILL this process's local Beam workers: they hold no state worth keeping.

    Those are its `newsbeam.pipeline.run.worker` children and its fork server (`newsbeam.pipeline.run.fork_server`) with the
    workers forked from it (grandchildren, which would otherwise live until they see their client
    gone, long enough to print gRPC's complaints about the closed job server).
    """
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:  # no /proc: Beam's teardown stops them, more slowly
        return
    parents, ours = {}, {str(os.getpid())}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                parents[pid] = f.read().rsplit(b")", 1)[1].split()[1].decode()
        except (OSError, IndexError):
            continue
    for _ in range(2):  # children, then grandchildren
        ours |= {pid for pid, parent in parents.items() if parent in ours}
    ours.discard(str(os.getpid()))
    for pid in ours:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read()
            if b"newsbeam.pipeline.run.worker" in command or b"newsbeam.pipeline.run.fork_server" in command:
                os.kill(int(pid), signal.SIGKILL)
        except OSError:
            continue


def _quiet_excepthook(args) -> None:
    # Beam's threads fail with broken-channel errors while an interrupted run is torn down.
    return None


def interrupted() -> bool:
    return bool(_received)


def clear() -> None:
    """Forget a handled interrupt (the shell cancelled a statement and goes on)."""
    _received.clear()
    threading.excepthook = _default_excepthook
    logging.disable(logging.NOTSET)


class cleanup:
    """Context manager: `fn` runs once more just before an interrupted process ends (`exit_now`).

    For what a Beam thread may still have written after the interrupt unwound past its owner.
    """

    def __init__(self, fn):
        self._fn = fn

    def __enter__(self):
        _cleanups.append(self._fn)
        return self

    def __exit__(self, *exc):
        if exc[0] is None or not interrupted():
            _cleanups.remove(self._fn)


def exit_now(code: int) -> None:
    """End the process at once with `code`, after the registered cleanups, output flushed."""
    for fn in _cleanups:
        try:
            fn()
        except Exception:  # noqa: BLE001 - exiting regardless
            pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)

"""Ctrl-C and SIGTERM: one behaviour for every command.

Both raise `KeyboardInterrupt` in the main thread; SIGTERM raises its subclass `Terminated`, so
that the SQL shell can tell "cancel this statement" (Ctrl-C) from "stop" (SIGTERM). Beam does
not always let an interrupt through as itself: its worker threads and processes see their
channels close and raise errors of their own. So once a signal has arrived, `interrupted()` is
true, the CLI reports whatever failure follows as the interruption (exit 130), and exceptions
of other threads are no longer printed. Further signals are ignored while the first one unwinds
(cleanup must not be cut short), and an interrupted process ends with `os._exit` after flushing
its output, so that no Beam or gRPC thread can hold it at interpreter exit.
"""
from __future__ import annotations

import os
import signal
import sys
import threading

__all__ = ["Terminated", "install", "interrupted", "clear", "exit_now"]

_received: list[int] = []
_default_excepthook = threading.excepthook


class Terminated(KeyboardInterrupt):
    """SIGTERM: stop, as systemd, Airflow and `kill` ask."""


def install() -> None:
    """Route SIGINT and SIGTERM of the main thread to `KeyboardInterrupt`s (see the module doc)."""
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)


def _on_signal(signum, frame):
    if _received:  # already unwinding: let the cleanup finish
        return
    _received.append(signum)
    threading.excepthook = _quiet_excepthook
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _quiet_excepthook(args) -> None:
    # Beam's threads fail with broken-channel errors while an interrupted run is torn down.
    return None


def interrupted() -> bool:
    return bool(_received)


def clear() -> None:
    """Forget a handled interrupt (the shell cancelled a statement and goes on)."""
    _received.clear()
    threading.excepthook = _default_excepthook


def exit_now(code: int) -> None:
    """End the process at once with `code`, output flushed (used after an interrupt)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)

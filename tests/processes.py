"""Helpers for tests that signal a `newsbeam` process they started."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def catches_sigterm(pid: int, timeout: float = 30.0) -> bool:
    """Wait until process `pid` handles SIGTERM itself (Linux: the SigCgt mask in /proc/PID/status).

    A signal sent earlier, while Python itself is still starting, takes the default action (the
    process dies with -15) on a loaded machine: that is not the behaviour this test is about.
    """
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        time.sleep(0.2)
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        caught = next((line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt:")), "0")
        if int(caught, 16) >> (signal.SIGTERM - 1) & 1:
            return True
        time.sleep(0.001)
    return False


def stopped_once_it_catches_sigterm(pid: int, timeout: float = 30.0) -> bool:
    """Like `catches_sigterm`, but returns with the process stopped (SIGSTOP) at that point.

    A quick command may finish between the check and a signal sent after it, on a loaded machine;
    stopped, it cannot: send the signal, then SIGCONT.
    """
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        os.kill(pid, signal.SIGSTOP)
        while "\tT" not in next((line for line in status.read_text().splitlines() if line.startswith("State:")), "\tT"):
            time.sleep(0.0005)  # SIGSTOP takes effect asynchronously
        caught = next((line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt:")), "0")
        if int(caught, 16) >> (signal.SIGTERM - 1) & 1:
            return True
        os.kill(pid, signal.SIGCONT)
        time.sleep(0.001)
    return False

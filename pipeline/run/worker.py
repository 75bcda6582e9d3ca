"""Entry point of newsbeam's local worker processes (`--workers N`).

Beam's SDK worker, started with logging already set to errors only: Beam logs client-library
warnings at import time and INFO chatter while running, which `-v` is for.

The `newsbeam` process that started the worker owns it. Ctrl-C on a terminal reaches every
process of the foreground group, workers included: they ignore it and let `newsbeam` stop the
run (newsbeam.pipeline.run.interrupts). And a worker whose `newsbeam` has gone (it exits at once once
interrupted, or was killed) exits too, instead of living on as an orphan.

With `--fork-server ADDRESS` this process only asks newsbeam's fork server (`newsbeam.pipeline.run.fork_server`)
for a worker forked ready to work, and lives as long as that worker does, with its exit code.
"""
import logging
import os
import signal
import sys
import threading
import time


def quiet_logging() -> None:
    """Errors only, unless newsbeam runs with -v (`NEWSBEAM_VERBOSE=1`, set by the launcher)."""
    if os.environ.get("NEWSBEAM_VERBOSE") != "1":
        logging.basicConfig(level=logging.ERROR)
        logging.getLogger().setLevel(logging.ERROR)
        logging.getLogger("apache_beam.runners.worker.sdk_worker_main").setLevel(logging.ERROR)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), name="newsbeam-parent-watch", daemon=True).start()
    if len(sys.argv) == 3 and sys.argv[1] == "--fork-server":
        from newsbeam.pipeline.run.fork_server import run_forked

        code = run_forked(sys.argv[2])
        if code is not None:
            os._exit(code)
        del sys.argv[1:]  # no server answered: be the worker, as without one
    quiet_logging()
    from apache_beam.runners.worker import sdk_worker_main

    sdk_worker_main.main(sys.argv)

"""`newsbeam watch`: micro-batch streaming, one ingest per tick of a schedule."""
from __future__ import annotations

import datetime as dt
import sys
import time

from newsbeam.pipeline.run import interrupts
from newsbeam.pipeline.config import JobConfig
from newsbeam.pipeline.dataset.ingest import ingest
from newsbeam.pipeline.dataset.lock import OutputLocked
from newsbeam.pipeline.run.summary import format_ingest
from newsbeam.pipeline.dataset.schedule import Schedule

__all__ = ["watch"]


def watch(config: JobConfig, schedule: Schedule, max_ticks: int | None = None, out=None) -> int:
    """Tick until interrupted (or `max_ticks`); returns the exit code for the command.

    Stopped between ticks: 0. Stopped during a tick: 130, and the tick is rolled back.
    """
    out = out or sys.stdout  # looked up per call: sys.stdout may have been replaced since import
    ticks = 0
    print(f"newsbeam watch: ingesting {' '.join(config.inputs)} into {config.output} every {schedule.text}; "
          "Ctrl-C stops", file=out, flush=True)
    while True:
        in_tick = True
        try:
            started = dt.datetime.now().astimezone()
            try:
                print(format_ingest(ingest(config)), file=out, flush=True)
            except OutputLocked as e:
                print(f"newsbeam watch: skipped this tick: {e}", file=out, flush=True)
            in_tick = False
            ticks += 1
            if max_ticks is not None and ticks >= max_ticks:
                return 0
            _sleep_until(schedule.next_after(started))
        except BaseException as e:
            if not (isinstance(e, KeyboardInterrupt) or interrupts.interrupted()):
                raise  # Beam may report an interrupted tick as an error of its own
            if in_tick:
                print("newsbeam watch: stopped during a tick; it was rolled back and will run again next time",
                      file=out, flush=True)
                return 130
            print("newsbeam watch: stopped", file=out, flush=True)
            return 0


def _sleep_until(moment: dt.datetime) -> None:
    while True:
        left = (moment - dt.datetime.now().astimezone()).total_seconds()
        if left <= 0:
            return
        time.sleep(min(left, 1.0))

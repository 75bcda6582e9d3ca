"""Beam's FnApiRunner, with a stage's elements handed to its N worker processes from a shared queue.

With `--workers N` Beam's FnApiRunner cuts each stage's input into N fixed parts, one bundle per
worker, and the stage ends when the slowest part does: uneven parts (slices of unequal cost) leave a
worker idle at the end of every stage. This runner runs the same stages with the same workers, but
each worker takes chunks of the stage's elements from a `newsbeam.pipeline.run.work_queue.WorkQueue` as it
becomes free, so they finish together. It also sends a stage with a single element to one worker
(Beam sent N bundles, all but one empty), and it gives each element to the worker that handled the
same element in an earlier stage where it can: the two reads of a file slice then meet in one process,
whose read memo (`newsbeam.transforms.read_memo`) spares the second read.

What each bundle outputs is kept apart until it succeeds, then added to the stage's output: a failed
bundle adds nothing (its writer's files are never finalized, `newsbeam.pipeline.dataset.staged_tables`), and a run
with a failed bundle fails as before, leaving nothing visible (`newsbeam.pipeline.run.jobs`). A bundle whose worker
process died is given to another live worker instead; the run fails only when none is left.
Only stages without timers or state are handed out this way (this job has none); others run as in Beam.
"""
from __future__ import annotations

import logging
import math
import threading
import time
from typing import Any

from apache_beam.coders.coder_impl import create_InputStream
from apache_beam.portability.api import beam_fn_api_pb2
from apache_beam.runners.portability.fn_api_runner import fn_runner
from apache_beam.metrics import monitoring_infos
from apache_beam.runners.portability.fn_api_runner import worker_handlers

from newsbeam.pipeline.run.work_queue import WorkQueue

__all__ = ["LocalRunner", "supported", "MIN_CHUNK_SHARE", "CHEAP_BUNDLE_S"]

_log = logging.getLogger(__name__)

# The smallest chunk is this share of a worker's part of a stage (at least one element): the last
# chunks are short against the stage (a 1 MB slice of a JSON Lines file, or 79 of 10,000 .txt files for
# two workers, a fraction of a second), and a stage of many small elements is still about twenty
# bundles, each with its own output files, not thousands.
MIN_CHUNK_SHARE = 1 / 64
# A bundle that took less than this (wall) shows a cheap stage (grouping fingerprints, listing written
# files): its rest goes out in one chunk per worker, since a bundle's round trip then costs about as much
# as the imbalance it would save.
CHEAP_BUNDLE_S = 0.05
# How often a dead worker's new control requests are failed (`watch_worker`).
WATCH_INTERVAL_S = 0.2
_DONE_STATE = getattr(getattr(worker_handlers, "BeamFnControlServicer", None), "DONE_STATE", None)


def _split(data: bytes, coder_impl) -> list[bytes]:
    """Encoded elements, one after another -> each one's bytes."""
    stream = create_InputStream(data)
    out, start, total = [], 0, len(data)
    while stream.size() > 0:
        coder_impl.decode_from_stream(stream, True)
        end = total - stream.size()
        out.append(data[start:end])
        start = end
    return out


class _Collected:
    """Stands for a stage output buffer while a bundle runs: what the bundle wrote, kept apart."""

    cleared = False

    def __init__(self, key: tuple[str, str], sink: list):
        self._key = key
        self._sink = sink

    def append(self, data: bytes) -> None:
        self._sink.append((self._key, data))

    def reset(self) -> None:
        pass


class _OneWorkerView:
    """The stage's BundleContextManager as one bundle sees it: one worker, outputs collected apart."""

    def __init__(self, real, handler, sink: list):
        self._real = real
        self.worker_handlers = [handler]
        self._sink = sink

    def get_buffer(self, buffer_id: bytes, transform_id: str):
        return _Collected((buffer_id, transform_id), self._sink)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _worker_gone(handler, wait: float = 3.0) -> bool:
    """Whether the handler's worker process has ended (a failed bundle: did it die, or did its code fail?)."""
    thread = getattr(handler, "worker_thread", None)  # (a subprocess worker's: it ends with the process)
    if thread is None:
        return False
    thread.join(wait)  # (its client exits at once when the worker it waits for dies: newsbeam.pipeline.run.fork_server)
    return not thread.is_alive()


def watch_worker(handler) -> None:
    """Once the handler's worker process has ended, fail its unanswered control requests.

    Beam watches Docker workers this way but not subprocess ones: a worker killed after it had read all of
    a bundle's input (so no data channel breaks) left that bundle waiting for an answer forever, and the
    run hung. Failed, the bundle goes to another worker (`_worker_gone`). The watch ends with the
    connection (Beam closes it when the job ends)."""
    thread = getattr(handler, "worker_thread", None)
    abort = getattr(getattr(handler, "control_conn", None), "abort", None)
    if thread is None or abort is None or getattr(handler, "_newsbeam_watched", False):
        return
    handler._newsbeam_watched = True

    def watch() -> None:
        thread.join()
        while True:  # (requests pushed after the death are failed too, until Beam closes the connection)
            abort(RuntimeError("the worker process ended before it answered"))
            if _DONE_STATE is None or getattr(handler.control_conn, "_state", _DONE_STATE) == _DONE_STATE:
                return
            time.sleep(WATCH_INTERVAL_S)

    threading.Thread(target=watch, name="newsbeam-worker-watch", daemon=True).start()


class QueueBundleManager(fn_runner.ParallelBundleManager):
    """Runs one stage's input as chunks of a shared queue, one thread per worker process."""

    def __init__(self, bundle_context_manager, progress_frequency=None, cache_token_generator=None,
                 made_by: dict[int, int] | None = None, dead: set[int] | None = None, **kwargs):
        super().__init__(bundle_context_manager, progress_frequency, cache_token_generator=cache_token_generator,
                         **kwargs)
        # For the whole run: id of an output chunk -> id of the worker handler that made it (the chunks stay
        # in the runner's buffers until a later stage reads them; an id reused later only misplaces work),
        # and the ids of the handlers whose worker process died.
        self._made_by = made_by if made_by is not None else {}
        self._dead = dead if dead is not None else set()

    def process_bundle(self, inputs, expected_outputs, fired_timers, expected_output_timers, dry_run=False):
        if dry_run or expected_output_timers or any(True for _ in fired_timers):
            return super().process_bundle(inputs, expected_outputs, fired_timers, expected_output_timers, dry_run)
        context = self.bundle_context_manager
        handlers = [h for h in context.worker_handlers if id(h) not in self._dead]
        if not handlers:
            raise RuntimeError("no worker process is left")
        position = {id(h): i for i, h in enumerate(handlers)}
        units: list[tuple[str, bytes]] = []
        owners: list[int | None] = []
        for name, buffer in inputs.items():
            coder = context.get_input_coder_impl(name)
            for chunk in buffer.partition(1)[0]:  # (the buffer as one-worker bundles get it)
                elements = _split(chunk, coder)
                units.extend((name, e) for e in elements)
                owners.extend([position.get(self._made_by.get(id(chunk)))] * len(elements))
        workers = len(handlers) if len(units) > 1 else 1
        min_chunk = max(1, math.ceil(len(units) / len(handlers) * MIN_CHUNK_SHARE))
        queue: WorkQueue[tuple[str, bytes]] = WorkQueue(units, workers, owners, min_chunk=min_chunk)
        results: list = []
        failures: list[BaseException] = []
        lock = threading.Lock()

        def work(index: int) -> None:
            handler = handlers[index]
            watch_worker(handler)
            while True:
                chunk = queue.take(index)
                if not chunk:
                    return
                part = {name: [] for name in inputs}
                for name, element in chunk:
                    part[name].append(element)
                sink: list = []
                manager = fn_runner.BundleManager(_OneWorkerView(context, handler, sink), self._progress_frequency,
                                                  cache_token_generator=self._cache_token_generator)
                started = time.monotonic()
                try:
                    result, _ = manager.process_bundle(part, expected_outputs, {}, {})
                except BaseException as e:  # noqa: BLE001 - decided below: another worker, or the run fails
                    if _worker_gone(handler):
                        _log.warning("a worker process ended during a bundle; its %d elements go to another",
                                     len(chunk))
                        self._dead.add(id(handler))
                        queue.give_back(index, chunk)
                        return
                    with lock:
                        failures.append(e)
                    queue.abandon()
                    return
                if time.monotonic() - started < CHEAP_BUNDLE_S:
                    queue.coarsen()  # (more bundles would cost more than the imbalance they save)
                with fn_runner.BundleManager._lock:
                    for (buffer_id, transform_id), data in sink:
                        buffer = context.get_buffer(buffer_id, transform_id)
                        if buffer.cleared:
                            buffer.reset()
                        buffer.append(data)
                        self._made_by[id(data)] = id(handler)  # (a later stage reading these elements: this worker)
                with lock:
                    results.append(result)
                queue.done(chunk)

        threads = [threading.Thread(target=work, args=(i,), name=f"newsbeam-bundles-{i}", daemon=True)
                   for i in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if failures:
            raise failures[0]
        if queue.unfinished:
            raise RuntimeError(f"{queue.unfinished} elements of stage {context.stage.name} were not processed: "
                               "no worker process is left")
        _log.debug("stage %s: %d elements, %d bundles, %d elements placed as before",
                    context.stage.name, len(units), len(results), sum(o is not None for o in owners))
        return self._merged(results), []

    @staticmethod
    def _merged(results: list) -> beam_fn_api_pb2.InstructionResponse:
        if not results:
            return beam_fn_api_pb2.InstructionResponse(process_bundle=beam_fn_api_pb2.ProcessBundleResponse())
        if len(results) == 1:
            return results[0]
        infos = monitoring_infos.consolidate(
            info for r in results for info in r.process_bundle.monitoring_infos)
        errors = [r.error for r in results if r.error]
        return beam_fn_api_pb2.InstructionResponse(
            process_bundle=beam_fn_api_pb2.ProcessBundleResponse(monitoring_infos=infos),
            error=errors[0] if errors else "")


class LocalRunner(fn_runner.FnApiRunner):
    """The FnApiRunner, with `QueueBundleManager` for every stage that N > 1 workers may share."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._made_by: dict[int, int] = {}
        self._dead: set[int] = set()

    def _get_bundle_manager(self, bundle_context_manager):
        manager = super()._get_bundle_manager(bundle_context_manager)
        if type(manager) is not fn_runner.ParallelBundleManager:
            return manager  # one worker, or a stateful stage: as Beam runs it
        return QueueBundleManager(bundle_context_manager, self._progress_frequency,
                                  cache_token_generator=fn_runner.FnApiRunner.get_cache_token_generator(static=False),
                                  made_by=self._made_by, dead=self._dead)


def supported() -> bool:
    """Whether this Beam's FnApiRunner has the internals `LocalRunner` builds on. They are not Beam's
    public API: on a Beam that changed them, local runs use the stock runner and its fixed split."""
    import inspect

    from apache_beam.runners.portability.fn_api_runner import execution

    try:
        params = list(inspect.signature(fn_runner.ParallelBundleManager.process_bundle).parameters)
        return (params[:6] == ["self", "inputs", "expected_outputs", "fired_timers", "expected_output_timers",
                               "dry_run"]
                and callable(getattr(fn_runner.FnApiRunner, "_get_bundle_manager", None))
                and callable(getattr(fn_runner.FnApiRunner, "get_cache_token_generator", None))
                and isinstance(getattr(fn_runner.BundleManager, "_lock", None), type(threading.Lock()))
                and all(callable(getattr(execution.BundleContextManager, name, None))
                        for name in ("get_input_coder_impl", "get_buffer"))
                and hasattr(execution.BundleContextManager, "worker_handlers")
                and callable(getattr(execution.ListBuffer, "partition", None)))
    except (AttributeError, TypeError, ValueError):
        return False

"""Choosing and starting the Beam runner.

Without `--runner` (or with `--runner=DirectRunner`) jobs run on Beam's FnApiRunner, the
engine behind the DirectRunner, started directly: the DirectRunner of Beam 2.6x+ first
tries to download its Prism runner binary, and newsbeam must work offline. `--workers N`
maps to FnApiRunner worker processes, which take each stage's work from a shared queue
(`newsbeam.pipeline.run.local_runner`). `--runner=DaskRunner` gets a fixed DaskRunner
(`newsbeam.pipeline.run.dask_runner`; Beam's own cannot run this pipeline). Any other runner gets the options untouched.
"""
from __future__ import annotations

import logging

import apache_beam as beam
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions, WorkerOptions

from newsbeam.pipeline.run import fork_server
from newsbeam.pipeline.run.fork_server import LOCAL_RUNNERS

__all__ = ["JobOptions", "make_pipeline", "is_local"]

_DASK_RUNNERS = {"DaskRunner", "apache_beam.runners.dask.dask_runner.DaskRunner"}


class JobOptions(PipelineOptions):
    """PipelineOptions whose view as each options class is made once.

    Beam makes a view (`view_as`) each time it reads an option, and each view builds an argparse
    parser and parses the arguments again: building this job's graph made 339 views (a fifth of a
    second of the launcher's CPU before the first article). Views of one options object share
    their values (`_all_options`), so the first view of a class can stand for every later one."""

    def view_as(self, cls):
        views = self.__dict__.get("_views")
        if views is None:
            views = self.__dict__["_views"] = {}   # (not `self._views =`: PipelineOptions guards its attributes)
        view = views.get(cls)
        if view is None:
            view = views[cls] = super().view_as(cls)
        return view

    def __getstate__(self):
        state = super().__getstate__()
        if "_views" in state:   # (made again where it is unpickled)
            state = {k: v for k, v in state.items() if k != "_views"}
        return state


def is_local(beam_args: list[str]) -> bool:
    return PipelineOptions(beam_args).view_as(StandardOptions).runner in LOCAL_RUNNERS


def make_pipeline(beam_args: list[str], workers: int = 1) -> beam.Pipeline:
    """A Pipeline for these Beam options; local runs never touch the network."""
    options = JobOptions(beam_args)
    if options.view_as(StandardOptions).runner in _DASK_RUNNERS:
        from newsbeam.pipeline.run.dask_runner import dask_runner

        return beam.Pipeline(runner=dask_runner()(), options=options)
    if not is_local(beam_args):
        return beam.Pipeline(options=options)
    direct = options.view_as(DirectOptions)
    direct.direct_num_workers = workers
    # Worker processes come from our own environment (newsbeam.pipeline.run.worker) rather than Beam's
    # multi_processing mode, which would start them with Beam's log chatter on the terminal.
    direct.direct_running_mode = "in_memory"
    if not logging.getLogger().isEnabledFor(logging.INFO):
        options.view_as(WorkerOptions).default_sdk_harness_log_level = "ERROR"
    return beam.Pipeline(runner=_fn_api_runner(options, workers), options=options)


def _fn_api_runner(options: PipelineOptions, workers: int):
    # Built the way Beam's own DirectRunner builds it (switching_direct_runner), minus Prism.
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    provision = fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
    logging.getLogger(__name__).debug("running on the FnApiRunner (no Prism download)")
    environment = None
    if workers > 1:
        import shlex
        import sys

        from apache_beam.transforms import environments

        # `exec`: the worker replaces the shell Beam starts it with, so its parent is this process
        # and it can exit when this process goes (newsbeam.pipeline.run.worker). With a fork server (started
        # early by the CLI, or now), each worker is forked from it already set up.
        server = fork_server.start()
        command = (server.worker_command() if server is not None
                   else f"exec {shlex.quote(sys.executable)} -m newsbeam.pipeline.run.worker")
        environment = environments.SubprocessSDKEnvironment.from_command_string(command)
        try:
            from newsbeam.pipeline.run import local_runner
        except (ImportError, AttributeError):  # a Beam whose runner internals moved (local_runner.supported)
            local_runner = None
        if local_runner is not None and local_runner.supported():
            return local_runner.LocalRunner(default_environment=environment, provision_info=provision)
        logging.getLogger(__name__).warning(
            "this Beam's FnApiRunner is not the one newsbeam's work queue knows: its workers get fixed shares")
    return fn_runner.FnApiRunner(default_environment=environment, provision_info=provision)

"""Suite-wide guards: tests run offline and leave nothing behind in the system temp folder."""
from __future__ import annotations

import os
import tempfile

import pytest


@pytest.fixture(autouse=True)
def _no_runner_download(monkeypatch):
    """A test pipeline on Beam's default DirectRunner first tries to download the Prism
    runner (and quietly falls back when offline); ours never may, so such a test fails."""
    from apache_beam.runners.portability import prism_runner

    def refuse(*args, **kwargs):
        pytest.fail("a test pipeline tried to download Beam's Prism runner: "
                    "build it with tests.beam_util.local_test_pipeline()")

    monkeypatch.setattr(prism_runner, "urlopen", refuse)     # (where Beam fetches the binary)


@pytest.fixture(autouse=True, scope="session")
def _temp_files_in_pytest_temp(tmp_path_factory):
    """Beam makes a temp folder for every Pipeline object and removes it only when that
    pipeline finishes; the graph tests build pipelines they never run, and the crash tests
    kill runs. Keep such folders in pytest's own temp area, which pytest prunes, rather
    than in /tmp (TMPDIR reaches the jobs the tests start as subprocesses)."""
    before = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = os.environ["TMPDIR"] = str(tmp_path_factory.mktemp("tmp"))
    yield
    tempfile.tempdir = before[0]
    if before[1] is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = before[1]

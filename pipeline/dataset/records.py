"""Which runs of a dataset are committed, told by the names of their records alone.

A run becomes part of its dataset when its record `OUTPUT/.newsbeam/runs/<run_id>.json`
appears, written atomically as the last step of its commit (`newsbeam.pipeline.dataset.output`). A run that
replaces the dataset (`newsbeam run`, with or without `--overwrite`) writes
`<run_id>.reset.json` instead: the runs before the newest reset are superseded the moment it
appears, even while their files wait to be deleted. Every data file names its run
(`part-<run_id>-00000-of-00001.parquet`), so a reader sees exactly the committed runs' files
without opening a record, and never a file moved into place by a commit still under way.

No Beam here: `newsbeam query` uses this module without importing Beam.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

__all__ = ["DatasetDamaged", "damaged", "RecordName", "record_name", "parse_record_name", "current_and_superseded",
           "run_of_part", "REPAIR_HINT"]

_RECORD = re.compile(r"^([^./]+?)(\.reset)?\.json$")
_PART = re.compile(r"^part-(\d{8}T\d{6}Z-[0-9a-f]{6}|[^-./]+)(?:-[^/]*)?\.parquet$")
REPAIR_HINT = "`newsbeam verify --output {output} --repair` quarantines it and marks its sources for re-ingest"


class DatasetDamaged(RuntimeError):
    """A file of the dataset cannot be read; the message names it and says how to repair."""


_NOISE = re.compile(r"^(?:Invalid|IOError|ArrowInvalid|OSError): |Could not open Parquet input source '[^']*': ")


def damaged(path: str, problem: str, output: str | None) -> DatasetDamaged:
    """The error for a file of the dataset that cannot be read: the file, why, and the repair."""
    problem = _NOISE.sub("", problem.strip()).strip()
    hint = "; " + REPAIR_HINT.format(output=output) if output else ""
    return DatasetDamaged(f"{path} cannot be read ({problem}){hint}")


@dataclass(frozen=True, order=True)
class RecordName:
    run_id: str
    reset: bool
    name: str


def record_name(run_id: str, reset: bool) -> str:
    return f"{run_id}.reset.json" if reset else f"{run_id}.json"


def parse_record_name(name: str) -> RecordName | None:
    """The record a file name stands for, or None (temp files, strays)."""
    m = _RECORD.match(name.rsplit("/", 1)[-1])
    return RecordName(m.group(1), bool(m.group(2)), m.group(0)) if m else None


def current_and_superseded(names: Iterable[str]) -> tuple[list[RecordName], list[RecordName]]:
    """(the committed runs from the newest reset on, the runs before it), each in run order."""
    records = sorted(r for r in map(parse_record_name, names) if r is not None)
    resets = [i for i, r in enumerate(records) if r.reset]
    start = resets[-1] if resets else 0
    return records[start:], records[:start]


def run_of_part(path: str) -> str | None:
    """The run id in a data file's name, or None for a file newsbeam did not write."""
    m = _PART.match(path.rsplit("/", 1)[-1])
    return m.group(1) if m else None

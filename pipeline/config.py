"""The job configuration: one typed object, loaded from YAML, overridden from the command line.

`configs/default.yaml` documents every setting; `--config FILE` picks another file, and
command-line flags (or `--set section.key=value`) override single values. Beam's own
pipeline options are not configured here: they pass through untouched after `--`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsbeam.transforms.fields import FORMATS, LANGUAGE_METHODS, FieldNames

__all__ = ["ConfigError", "IngestConfig", "LanguageConfig", "JobConfig", "load_config", "DEFAULT_CONFIG"]

# configs/ sits beside pipeline/ both in the source tree and installed (newsbeam/configs/, shipped
# as package data by pyproject.toml), so this one path serves a checkout and a wheel alike.
DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "default.yaml"


class ConfigError(ValueError):
    """A configuration value or file that cannot be used; the message says which and why."""


@dataclass
class IngestConfig:
    max_attempts: int = 3          # a failing file is retried on later ingests up to this many times
    lock_wait_seconds: float = 0.0  # how long a second ingest waits for the first; 0 = exit at once


@dataclass
class LanguageConfig:
    # cascade: langdetect's model computed exactly decides clear cases, langdetect the rest;
    # langdetect: langdetect's own detection for every article (slower; the cascade's reference)
    method: str = "cascade"


@dataclass
class JobConfig:
    inputs: list[str] = field(default_factory=list)
    output: str | None = None
    format: str | None = None
    fields: FieldNames = field(default_factory=FieldNames)
    reference_date: dt.date | None = None   # anchors articles without their own published_at
    reference_date_overrides: bool = False   # ... and every other article too
    workers: int = 1
    slice_mb: float = 1.0          # JSONL files are read in slices of about this much content
    overwrite: bool = False
    progress: str = "auto"         # auto: a live line on a terminal, else a line every progress_seconds; off
    progress_seconds: float = 30.0
    beam_args: list[str] = field(default_factory=list)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)

    def validate(self) -> "JobConfig":
        if self.format is not None and self.format not in FORMATS:
            raise ConfigError(f"format must be one of {', '.join(FORMATS)} (or empty for by-extension), got {self.format!r}")
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if self.progress not in ("auto", "tty", "lines", "off"):
            raise ConfigError(f"progress must be auto, tty, lines or off, got {self.progress!r}")
        if self.progress_seconds <= 0:
            raise ConfigError(f"progress_seconds must be positive, got {self.progress_seconds}")
        if self.slice_mb <= 0:
            raise ConfigError(f"slice_mb must be positive, got {self.slice_mb}")
        if self.language.method not in LANGUAGE_METHODS:
            raise ConfigError(f"language.method must be one of {', '.join(LANGUAGE_METHODS)}, got {self.language.method!r}")
        if self.reference_date_overrides and self.reference_date is None:
            raise ConfigError("reference_date_overrides needs a reference_date (--reference-date YYYY-MM-DD)")
        if self.ingest.max_attempts < 1:
            raise ConfigError("ingest.max_attempts must be at least 1")
        return self


def load_config(path: str | Path | None = None, overrides: dict[str, object] | None = None) -> JobConfig:
    """Read the YAML file (default: configs/default.yaml), then apply dotted-key overrides."""
    path = Path(path) if path else DEFAULT_CONFIG
    data: dict = {}
    if path.exists():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise ConfigError(f"{path}: not valid YAML: {e}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a mapping of settings at the top level")
    elif path == DEFAULT_CONFIG:  # never silently fall back to the code's defaults
        raise ConfigError(f"newsbeam's default config is missing from its installation: {path}")
    else:
        raise ConfigError(f"config file not found: {path}")
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        node = data
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {}) or {}
        node[last] = value
    return _build(JobConfig, data, "").validate()


def _build(cls: type, data: dict, where: str):
    if not isinstance(data, dict):
        raise ConfigError(f"{where or 'config'}: expected a mapping, got {data!r}")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown setting {where + '.' if where else ''}{unknown[0]}; known: {', '.join(sorted(known))}")
    values = {name: _coerce(hints[name], value, f"{where}.{name}".lstrip(".")) for name, value in data.items()}
    return cls(**values)


def _coerce(hint, value, where: str):
    args = typing.get_args(hint)
    if type(None) in args:
        if value is None or value == "":
            return None
        hint = next(a for a in args if a is not type(None))
    if dataclasses.is_dataclass(hint):
        return _build(hint, value or {}, where)
    origin = typing.get_origin(hint)
    try:
        if origin is list:
            if isinstance(value, str):
                value = [value]
            return [str(v) for v in value]
        if hint is dt.date:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        if hint is bool:
            if isinstance(value, str):
                if value.lower() not in ("true", "false", "yes", "no", "1", "0"):
                    raise ValueError(value)
                return value.lower() in ("true", "yes", "1")
            return bool(value)
        if hint in (int, float, str):
            return hint(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: cannot use {value!r} as {getattr(hint, '__name__', hint)}") from None
    return value

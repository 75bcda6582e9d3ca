import dataclasses
import datetime as dt

import pytest
import yaml

from newsbeam.pipeline.config import DEFAULT_CONFIG, ConfigError, JobConfig, load_config


def test_default_yaml_documents_every_setting_with_the_code_defaults():
    from_yaml = load_config(DEFAULT_CONFIG)
    assert from_yaml == JobConfig()
    data = yaml.safe_load(DEFAULT_CONFIG.read_text())
    assert set(data) == {f.name for f in dataclasses.fields(JobConfig)}


def test_overrides_are_typed():
    c = load_config(overrides={"workers": "2", "fields.text": "body", "reference_date": "2024-12-20",
                               "overwrite": "true", "ingest.max_attempts": "5"})
    assert (c.workers, c.fields.text, c.reference_date, c.overwrite, c.ingest.max_attempts) == (
        2, "body", dt.date(2024, 12, 20), True, 5)


def test_another_file(tmp_path):
    path = tmp_path / "job.yaml"
    path.write_text("format: jsonl\nfields:\n  text: content\nworkers: 2\n")
    c = load_config(path, {"workers": 1})
    assert (c.format, c.fields.text, c.fields.id, c.workers) == ("jsonl", "content", "id", 1)


@pytest.mark.parametrize("overrides, message", [
    ({"wrokers": 2}, "unknown setting wrokers"),
    ({"fields.txt": "x"}, "unknown setting fields.txt"),
    ({"workers": "many"}, "workers: cannot use 'many'"),
    ({"format": "csv"}, "format must be one of"),
    ({"reference_date": "20th"}, "reference_date"),
    ({"workers": 0}, "at least 1"),
])
def test_bad_settings_say_what_is_wrong(overrides, message):
    with pytest.raises(ConfigError, match=message):
        load_config(overrides=overrides)


def test_missing_or_broken_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("workers: [1, 2\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)

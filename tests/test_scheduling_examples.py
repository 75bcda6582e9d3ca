"""The shipped scheduling examples stay valid: cron syntax, CLI arguments, Python syntax."""
import py_compile
import shlex

import pytest

from pipeline.cli import build_parser
from pipeline.schedule import parse_schedule
from newsbeam_dev.evaluation import REPO

EXAMPLES = REPO / "configs" / "scheduling"


def newsbeam_args(command_line: str) -> list[str]:
    words = shlex.split(command_line.split(">>")[0])
    start = next(i for i, w in enumerate(words) if w.endswith("/newsbeam"))
    return words[start + 1:]


def test_crontab_line_is_valid_cron_and_a_valid_ingest():
    line = next(l for l in (EXAMPLES / "crontab").read_text().splitlines() if l and not l.startswith("#"))
    parse_schedule(" ".join(line.split()[:5]))
    args = build_parser().parse_args(newsbeam_args(line.split("&&", 1)[1]))
    assert args.command == "ingest" and args.output


@pytest.mark.parametrize("unit, command", [("newsbeam-ingest.service", "ingest"), ("newsbeam-watch.service", "watch")])
def test_systemd_units_run_valid_commands(unit, command):
    exec_start = next(l for l in (EXAMPLES / unit).read_text().splitlines() if l.startswith("ExecStart="))
    args = build_parser().parse_args(newsbeam_args(exec_start.split("=", 1)[1]))
    assert args.command == command
    if command == "watch":
        parse_schedule(args.every)


def test_airflow_dag_is_valid_python():
    py_compile.compile(str(EXAMPLES / "airflow_dag.py"), doraise=True)

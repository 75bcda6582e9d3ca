"""The README and --help stay true to the code."""
import re

from pipeline.cli import build_parser
from newsbeam_dev.evaluation import REPO
from transforms.schemas import markdown

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_documents_the_tables_exactly_as_defined():
    block = re.search(r"<!-- tables:start -->\n(.*)<!-- tables:end -->", README, re.S).group(1)
    assert block == markdown()


def test_readme_quick_start_is_two_make_commands_and_ci_runs_the_test_one():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.splitlines() if line.startswith("make ")]
    assert commands == ["make demo", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_every_command_has_help_with_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert command.description and "newsbeam" in command.description, name

"""tools/namespace_codemod.py rewrites code written against the old layout, and only the package's names."""
from __future__ import annotations

import importlib.util
import textwrap

import pytest

from newsbeam_dev.evaluation import REPO


@pytest.fixture(scope="module")
def codemod():
    spec = importlib.util.spec_from_file_location("namespace_codemod", REPO / "tools" / "namespace_codemod.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rewritten(codemod, src: str) -> str:
    return codemod.rewrite_python(textwrap.dedent(src), codemod.Names())


def test_imports_move_with_their_modules(codemod):
    out = rewritten(codemod, """\
        from pipeline.jobs import execute
        from pipeline import fork_server, exit_codes as codes
        from transforms.quotes import extract_quotes
        import pipeline.output as output

        def f():
            from pipeline.cli import main  # noqa: E402
        """)
    assert out == textwrap.dedent("""\
        from newsbeam.pipeline.run.jobs import execute
        from newsbeam.pipeline.run import fork_server
        from newsbeam.pipeline.cli import exit_codes as codes
        from newsbeam.transforms.quotes import extract_quotes
        import newsbeam.pipeline.dataset.output as output

        def f():
            from newsbeam.pipeline.cli.main import main  # noqa: E402
        """)


def test_a_beam_pipeline_variable_is_not_the_package(codemod):
    src = """\
        import pipeline.graph

        def stages(pipeline, transforms):
            graph = pipeline.graph.AnalyzeFiles
            return pipeline.runner.create_stages(pipeline.to_runner_api()), transforms.sources
        """
    out = rewritten(codemod, src)
    assert "import newsbeam.pipeline.run.graph\n" in out
    assert "graph = newsbeam.pipeline.run.graph.AnalyzeFiles" in out   # (a name the import binds)
    assert "pipeline.runner.create_stages(pipeline.to_runner_api()), transforms.sources" in out


def test_names_in_strings_comments_and_docs(codemod):
    out = rewritten(codemod, '''\
        """See `pipeline.records` and pipeline/staged_tables.py; tests/test_crash.py kills it."""
        monkeypatch.setattr("pipeline.jobs.run_job", fake)  # as transforms.rows does
        cmd = [python, "-m", "pipeline.cli", "run"]
        script = "from pipeline import interrupts\\ninterrupts.install()"
        script2 = "import sys\\nfrom pipeline import cli, interrupts\\n"
        keep = "pipeline.cli"  # namespace-codemod: keep
        ''')
    assert "`newsbeam.pipeline.dataset.records` and pipeline/dataset/staged_tables.py" in out
    assert "tests/pipeline/dataset/test_crash.py" in out
    assert '"newsbeam.pipeline.run.jobs.run_job"' in out and "# as newsbeam.transforms.rows does" in out
    assert '"-m", "newsbeam.pipeline.cli.main", "run"' in out
    assert '"from newsbeam.pipeline.run import interrupts\\ninterrupts.install()"' in out
    assert 'keep = "pipeline.cli"' in out
    assert ('"import sys\\nfrom newsbeam.pipeline.cli import main as cli; '
            'from newsbeam.pipeline.run import interrupts\\n"') in out


def test_running_it_twice_changes_nothing(codemod):
    once = rewritten(codemod, "from pipeline import cli_query, query\nimport pipeline.cli\npipeline.cli.main()\n")
    assert once == ("from newsbeam.pipeline.cli import query as cli_query\nfrom newsbeam.pipeline.querying import query\n"
                    "import newsbeam.pipeline.cli.main\nnewsbeam.pipeline.cli.main.main()\n")
    assert rewritten(codemod, once) == once

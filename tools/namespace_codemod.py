"""Move `pipeline/` into subpackages by concern and import everything as `newsbeam.pipeline` /
`newsbeam.transforms`, the names the wheel installs (issue 19).

    python tools/namespace_codemod.py           # move files, rewrite the repository; prints what changed
    python tools/namespace_codemod.py --check   # exit 1 and list what still uses the old names
    python tools/namespace_codemod.py --resolve # in a conflicted merge with a branch of the old layout

Idempotent: run it again after merging branches written against the old layout. It
1. `git mv`s each flat `pipeline/<module>.py` to its subpackage (MODULES) and each test of a
   pipeline module to `tests/pipeline/<concern>/` (TESTS), where the old file exists and the new
   one does not, and writes the subpackages' `__init__.py`;
2. in every tracked text file, rewrites imports (`from pipeline.jobs import X`, `from pipeline
   import fork_server, exit_codes`, `import pipeline.graph` and the names using it), dotted module
   names in strings, comments and docs (monkeypatch targets, `python -m`, the entry point), and
   file paths (`pipeline/jobs.py`, `tests/test_crash.py`, `tests.test_run`).
Python code is rewritten through its syntax tree, so a Beam `pipeline` variable
(`pipeline.runner`, `pipeline.run()`) is never mistaken for the package.
"""
from __future__ import annotations

import argparse
import ast
import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Flat module of the old layout -> its place in pipeline/ (subpackage.module).
CONCERNS = {
    "run": "the Beam graph, the runners and their workers: one run of the job",
    "dataset": "the output dataset's lifecycle: staging, commit, lock, records, ingest, schedule",
    "querying": "reading a dataset: SQL views, statistics, the HTML report",
    "cli": "the `newsbeam` command: argument parsing, subcommands, exit codes",
}
MODULES = {
    # run
    "graph": "run.graph", "runner": "run.runner", "local_runner": "run.local_runner",
    "fork_server": "run.fork_server", "worker": "run.worker", "work_queue": "run.work_queue",
    "dask_runner": "run.dask_runner", "jobs": "run.jobs", "inputs": "run.inputs",
    "progress": "run.progress", "interrupts": "run.interrupts", "report": "run.summary",
    # dataset
    "output": "dataset.output", "lock": "dataset.lock", "manifest": "dataset.manifest",
    "storage": "dataset.storage", "staged_tables": "dataset.staged_tables",
    "earlier_copies": "dataset.earlier_copies", "ingest": "dataset.ingest", "watch": "dataset.watch",
    "schedule": "dataset.schedule", "status": "dataset.status", "verify": "dataset.verify",
    "records": "dataset.records",
    # querying
    "query": "querying.query", "stats": "querying.stats", "dataset_report": "querying.dataset_report",
    "report_charts": "querying.report_charts", "report_figures": "querying.report_figures",
    # cli
    "cli": "cli.main", "cli_query": "cli.query", "cli_report": "cli.report", "exit_codes": "cli.exit_codes",
    # shared by every concern: stay at the top
    "config": "config", "errors": "errors",
}
TESTS = {
    "test_config": "test_config",
    **{name: f"run/{name}" for name in (
        "test_fork_server", "test_local_runner", "test_work_queue", "test_graph_fusion",
        "test_portable_graph", "test_progress", "test_inputs", "test_input_trees", "test_signals",
        "test_dask", "test_run_summary")},
    **{name: f"dataset/{name}" for name in (
        "test_output", "test_staged_tables", "test_earlier_copies", "test_ingest", "test_schedule",
        "test_scheduling_examples", "test_datasets", "test_crash")},
    **{name: f"querying/{name}" for name in ("test_query", "test_report")},
    **{name: f"cli/{name}" for name in ("test_exit_codes", "test_run", "test_startup")},
}
TOPS = ("pipeline", "transforms")
KEEP = "namespace-codemod: keep"  # a line saying this keeps its strings (old names, on purpose)
TEXT_SUFFIXES = {".py", ".md", ".toml", ".cfg", ".ini", ".txt", ".yaml", ".yml", ".service", ".timer", ""}
# (the codemod and its test hold the old names on purpose)
SKIP = ("benchmarks/results/", "tests/data/", "samples/", "tools/namespace_codemod.py", "tests/test_namespace_codemod.py")

DOTTED = re.compile(r"(?<![\w.])(pipeline|transforms)((?:\.[A-Za-z_]\w*)+)")
PIPELINE_PATH = re.compile(r"(?<![\w/.-])pipeline/(\w+)\.py\b")
TEST_PATH = re.compile(r"(?<![\w/.-])tests/(test_\w+)\.py\b")
FROM_IMPORT = re.compile(r"(?:(?<![\w.])|(?<=\\n))from (pipeline|transforms) import (\w+(?: as \w+)?(?:, *\w+(?: as \w+)?)*)")
TEST_DOTTED = re.compile(r"(?<![\w.])tests\.(test_\w+)\b")


def transforms_modules() -> set[str]:
    root = REPO / "transforms"
    return {p.stem for p in root.glob("*.py")} | {p.parent.name for p in root.glob("*/__init__.py")}


def new_pipeline_modules() -> dict[str, set[str]]:
    return {sub: {p.stem for p in (REPO / "pipeline" / sub).glob("*.py")} for sub in CONCERNS}


class Names:
    """Old dotted name -> new dotted name, for names that start with `pipeline.` or `transforms.`."""

    def __init__(self):
        self.transforms = transforms_modules()
        self.subpackages = new_pipeline_modules()
        # flat modules nobody placed yet (added on a branch of the old layout): import them where they are
        self.unplaced = {p.stem for p in (REPO / "pipeline").glob("*.py")} - set(MODULES) - {"__init__"}

    def new(self, top: str, parts: list[str]) -> str | None:
        if top == "transforms":
            return f"newsbeam.transforms.{'.'.join(parts)}" if parts[0] in self.transforms else None
        # already in the new layout (written by hand against it): only the prefix is missing
        if parts[0] in CONCERNS and len(parts) > 1 and parts[1] in self.subpackages[parts[0]]:
            return f"newsbeam.pipeline.{'.'.join(parts)}"
        if parts[0] in MODULES:
            return f"newsbeam.pipeline.{'.'.join([MODULES[parts[0]], *parts[1:]])}"
        if parts[0] in self.unplaced:
            return f"newsbeam.pipeline.{'.'.join(parts)}"
        return None

    def from_import(self, top: str, aliases: list[tuple[str, str | None]]) -> list[str] | None:
        """`from pipeline import a, b as c` as one statement per package the modules now live in."""
        groups: dict[str, list[str]] = {}
        for name, asname in aliases:
            new = self.new(top, [name])
            if new is None:
                return None
            parent, _, moved = new.rpartition(".")
            spelled = moved if moved == name and not asname else f"{moved} as {asname or name}"
            groups.setdefault(parent, []).append(spelled)
        return [f"from {parent} import {', '.join(items)}" for parent, items in groups.items()]

    def text(self, s: str) -> str:
        """Dotted names and file paths in free text (docs, strings, comments, code held in strings)."""
        def from_import(m):
            aliases = [tuple(a.split(" as ")) if " as " in a else (a, None)
                       for a in (x.strip() for x in m.group(2).split(","))]
            lines = self.from_import(m.group(1), aliases)
            return "; ".join(lines) if lines else m.group(0)
        s = FROM_IMPORT.sub(from_import, s)

        def dotted(m):
            new = self.new(m.group(1), m.group(2)[1:].split("."))
            return new if new else m.group(0)
        s = DOTTED.sub(dotted, s)
        s = PIPELINE_PATH.sub(lambda m: f"pipeline/{MODULES[m.group(1)].replace('.', '/')}.py"
                              if m.group(1) in MODULES else m.group(0), s)
        s = TEST_PATH.sub(lambda m: f"tests/pipeline/{TESTS[m.group(1)]}.py" if m.group(1) in TESTS else m.group(0), s)
        s = TEST_DOTTED.sub(lambda m: f"tests.pipeline.{TESTS[m.group(1)].replace('/', '.')}"
                            if m.group(1) in TESTS else m.group(0), s)
        return s


def rewrite_python(src: str, names: Names) -> str:
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return names.text(src)
    lines = src.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno, col):  # ast columns are UTF-8 byte offsets
        return starts[lineno - 1] + len(lines[lineno - 1].encode()[:col].decode())

    edits: list[tuple[int, int, str]] = []
    bare: set[str] = set()   # `import pipeline.graph`: the file then names pipeline.graph.X
    in_imports: list[tuple[int, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            a, b = offset(node.lineno, node.col_offset), offset(node.end_lineno, node.end_col_offset)
            in_imports.append((a, b))
            new = _import(node, src[a:b], names, bare)
            if new is not None and new != src[a:b]:
                indent = " " * node.col_offset
                edits.append((a, b, new.replace("\n", "\n" + indent)))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in TOPS and f"{node.value.id}.{node.attr}" in bare):
            a, b = offset(node.lineno, node.col_offset), offset(node.end_lineno, node.end_col_offset)
            if not any(x <= a < y for x, y in in_imports):
                edits.append((a, b, names.new(node.value.id, [node.attr])))
    # strings and comments: dotted names, paths
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type in (tokenize.STRING, tokenize.COMMENT) or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            a, b = offset(tok.start[0], len(lines[tok.start[0] - 1][:tok.start[1]].encode())), None
            b = offset(tok.end[0], len(lines[tok.end[0] - 1][:tok.end[1]].encode()))
            if any(x <= a < y for x, y in in_imports) or KEEP in lines[tok.start[0] - 1]:
                continue
            new = names.text(tok.string)
            if new != tok.string:
                edits.append((a, b, new))
    for a, b, new in sorted(set(edits), reverse=True):
        src = src[:a] + new + src[b:]
    return src


def _import(node, text: str, names: Names, bare: set[str]) -> str | None:
    if isinstance(node, ast.Import):
        out = text
        for alias in node.names:
            top, *parts = alias.name.split(".")
            if top in TOPS and parts:
                new = names.new(top, parts)
                if new:
                    out = re.sub(rf"(?<![\w.]){re.escape(alias.name)}(?![\w.])", new, out, count=1)
                    if alias.asname is None:
                        bare.add(f"{top}.{parts[0]}")
        return out
    if node.level or not node.module:
        return names.text(text) if node.module and node.module.startswith("tests.") else None
    top, *parts = node.module.split(".")
    if top == "tests":
        return names.text(text)
    if top not in TOPS:
        return None
    if parts:
        new = names.new(top, parts)
        return re.sub(rf"^from\s+{re.escape(node.module)}\b", f"from {new}", text) if new else None
    # `from pipeline import a, b as c`: the modules may now live in different subpackages
    lines = names.from_import(top, [(alias.name, alias.asname) for alias in node.names])
    return "\n".join(lines) if lines else None


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    files = []
    for rel in sorted(set(out.decode().split("\0"))):   # (a conflicted file is listed once per stage)
        if not rel or rel.startswith(SKIP) or Path(rel).suffix not in TEXT_SUFFIXES:
            continue
        path = REPO / rel
        if path.is_file() and not path.is_symlink():
            files.append(path)
    return files


def move_files(dry: bool) -> list[str]:
    moves = []
    for old, new in MODULES.items():
        moves.append((REPO / "pipeline" / f"{old}.py", REPO / "pipeline" / f"{new.replace('.', '/')}.py"))
    for old, new in TESTS.items():
        moves.append((REPO / "tests" / f"{old}.py", REPO / "tests" / "pipeline" / f"{new}.py"))
    done = []
    for src, dst in moves:
        if src == dst or not src.exists():
            continue
        if dst.exists():
            sys.exit(f"both {src.relative_to(REPO)} and {dst.relative_to(REPO)} exist: merge them by hand")
        done.append(f"{src.relative_to(REPO)} -> {dst.relative_to(REPO)}")
        if not dry:
            dst.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["git", "mv", str(src), str(dst)], cwd=REPO, check=True)
    if not dry:
        for sub, what in CONCERNS.items():
            _init(REPO / "pipeline" / sub / "__init__.py", f'"""{what[0].upper()}{what[1:]}."""\n')
            _init(REPO / "tests" / "pipeline" / sub / "__init__.py", "")
        _init(REPO / "tests" / "pipeline" / "__init__.py", "")
    return done


def _init(path: Path, text: str) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        subprocess.run(["git", "add", str(path)], cwd=REPO, check=True)


def rewrite(path: Path, src: str, names: Names) -> str:
    return rewrite_python(src, names) if path.suffix == ".py" else names.text(src)


def resolve_conflicts(names: Names) -> list[str]:
    """During a merge: settle each conflicted file where one side only ran this codemod.

    That side's version is exactly the codemod applied to the common ancestor; the other side's
    version then wins, rewritten by the codemod (a modify/delete conflict becomes a deletion).
    Conflicts where both sides made their own edits stay for a person."""
    listing = subprocess.run(["git", "ls-files", "-u", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    stages: dict[str, dict[int, str]] = {}
    for entry in listing.decode().split("\0"):
        if entry:
            info, path = entry.split("\t", 1)
            stages.setdefault(path, {})[int(info.split()[2])] = info.split()[1]

    def blob(sha):
        return None if sha is None else subprocess.run(
            ["git", "cat-file", "blob", sha], cwd=REPO, capture_output=True, check=True).stdout.decode("utf-8")

    settled = []
    for rel, by_stage in sorted(stages.items()):
        path = REPO / rel
        base, ours, theirs = (blob(by_stage.get(n)) for n in (1, 2, 3))
        if base is None:
            continue
        mechanical = rewrite(path, base, names)
        if ours == mechanical:
            keep = theirs
        elif theirs == mechanical:
            keep = ours
        else:
            continue
        if keep is None:
            subprocess.run(["git", "rm", "--quiet", "--", rel], cwd=REPO, check=True)
        else:
            path.write_text(rewrite(path, keep, names), encoding="utf-8")
            subprocess.run(["git", "add", "--", rel], cwd=REPO, check=True)
        settled.append(rel)
    return settled


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything uses the old names")
    ap.add_argument("--resolve", action="store_true",
                    help="in a merge: settle the conflicts where one side only ran this codemod, then run it")
    args = ap.parse_args(argv)
    moved = move_files(dry=args.check)
    names = Names()
    if args.resolve:
        for rel in resolve_conflicts(names):
            print("settled conflict: " + rel)
    changed = []
    for path in tracked_files():
        try:
            src = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        new = rewrite(path, src, names)
        if new != src:
            changed.append(str(path.relative_to(REPO)))
            if not args.check:
                path.write_text(new, encoding="utf-8")
    for stem in sorted(names.unplaced):
        print(f"pipeline/{stem}.py is in no concern: add it to MODULES and run this again", file=sys.stderr)
    for line in moved:
        print(("to move: " if args.check else "moved: ") + line)
    for rel in changed:
        print(("old names in: " if args.check else "rewrote: ") + rel)
    return 1 if args.check and (moved or changed or names.unplaced) else 0


if __name__ == "__main__":
    sys.exit(main())

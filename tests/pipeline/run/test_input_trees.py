"""Property: whatever a tree of input files looks like, every file ends as articles or error rows, exactly once.

Hypothesis builds random trees (nested and hidden folders, odd and non-UTF-8 names, links that work
and links that do not, duplicate files and repeated ids, legacy encodings, empty, binary and corrupt
files), and the same tree goes through `newsbeam run`, an ingest, a repeated ingest (which retries
the failures), an ingest after new and changed files arrive, and an ingest of the same files typed
another way. After each, every readable unit (a one-article file, a JSON line; a file that cannot be
read at all is one unit) is in `articles` or in `errors` exactly once, and no article id twice.

Each example runs several Beam jobs, so the test tries few trees (`NEWSBEAM_TREE_EXAMPLES`, default 2;
each try is a new random tree, so CI searches a little further every run); raise it to search harder
(`NEWSBEAM_TREE_EXAMPLES=30` passed when this was written).
"""
import gzip
import json
import os
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newsbeam.pipeline.cli.main import main
from newsbeam.pipeline.querying.query import connect

# Error rows that come with an article that is still written: notes, not the end of a unit.
NOTES = {"uncertain_encoding", "bad_published_at", "exception"}
FOLDERS = ["a", "b", "ünï", "sp ace", ".hidden", "_under"]
NAMES = ["x", "Ünïcode", "sp ace", "-dash", "[br]", "q?m", "st*r", "#hash", "new\nline", ".dot", b"caf\xe9", b"\xff\xfe"]
LEGACY = [("Władze miasta podpisały w poniedziałek umowę na remont mostu i prace ruszą wiosną.", "cp1250"),
          ("Президент заявил, что переговоры продолжатся на следующей неделе в столице.", "cp1251"),
          ("Президент заявил, что переговоры продолжатся на следующей неделе в столице.", "koi8-r"),
          ("Le maire a déclaré que la fête aura lieu à Noël, près de l’église.", "cp1252"),
          ("El niño pequeño comió una manzana después de la reunión en Málaga.", "latin-1")]
KINDS = ["txt", "txt.gz", "jsonl", "legacy", "empty", "binary", "corrupt.gz", "copy", "link", "broken_link"]

entries = st.lists(st.tuples(st.lists(st.sampled_from(FOLDERS), max_size=2), st.sampled_from(NAMES),
                             st.sampled_from(KINDS), st.integers(0, 10_000)), min_size=3, max_size=12)


def display_uri(path: str) -> str:
    """How the tables name a file: its path, bytes that are not UTF-8 shown as `\\xe9`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def jsonl_lines(seed: int) -> list[str]:
    """A few lines: ids from a small pool (so files repeat each other's), some without an id, a bad one."""
    lines = []
    for i in range(1 + seed % 3):
        kind = (seed >> (2 * i)) % 6
        if kind == 5:
            lines.append("{not json")
        elif kind == 4:
            lines.append(json.dumps({"text": f"An item without an id, number {seed}-{i}, was filed on Monday."}))
        else:
            lines.append(json.dumps({"id": f"id{kind}", "text": f"The council met on Monday about item {kind}."}))
    return lines


def build(root: Path, spec) -> tuple[dict[str, str | None], dict[str, str]]:
    """Write the tree; return (listed file -> its kind or None when it cannot be read) and legacy texts by uri."""
    written: dict[bytes, tuple[str, int]] = {}
    for folders, name, kind, seed in spec:
        base = name if isinstance(name, bytes) else os.fsencode(name)
        ext = {"jsonl": ".jsonl", "txt.gz": ".txt.gz", "corrupt.gz": ".txt.gz"}.get(kind, ".txt")
        rel = os.fsencode(os.path.join(*folders, "")) + base + f"-{len(written)}{ext}".encode()
        written[rel] = (kind, seed)
    regular = [rel for rel, (kind, _) in written.items() if kind not in ("link", "broken_link", "copy")]
    expected: dict[str, str | None] = {}
    legacy: dict[str, str] = {}
    # Regular files first: copies and links refer to them.
    for rel, (kind, seed) in sorted(written.items(), key=lambda item: item[0] not in regular):
        path = os.path.join(os.fsencode(root), rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if kind in ("link", "copy") and not regular:
            kind = "txt"
        if kind == "link":
            os.symlink(os.path.join(os.fsencode(root), regular[seed % len(regular)]), path)
        elif kind == "broken_link":
            os.symlink(os.path.join(os.fsencode(root), b"missing", rel), path)
        else:
            with open(path, "wb") as f:
                f.write(content(kind, seed, root, regular))
            if kind == "legacy":
                legacy[display_uri(os.fsdecode(path))] = LEGACY[seed % len(LEGACY)][0]
        if not any(part.startswith(b".") for part in rel.split(b"/")):
            readable = kind != "broken_link" and _utf8(path)
            expected[display_uri(os.fsdecode(path))] = _target_kind(written, rel, root) if readable else None
    return expected, legacy


def content(kind: str, seed: int, root: Path, regular: list[bytes]) -> bytes:
    if kind == "copy":
        with open(os.path.join(os.fsencode(root), regular[seed % len(regular)]), "rb") as f:
            return f.read()
    if kind == "jsonl":
        return ("\n".join(jsonl_lines(seed)) + "\n").encode()
    if kind == "legacy":
        text, encoding = LEGACY[seed % len(LEGACY)]
        return f"Headline {seed}\n\n{text}\n".encode(encoding)
    if kind == "empty":
        return b"" if seed % 2 else b" \n\n"
    if kind == "binary":
        return b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256))
    body = f"Story {seed}\n\nOfficials said on Tuesday that project {seed % 7} would go ahead.\n".encode()
    if kind == "txt.gz":
        return gzip.compress(body)
    if kind == "corrupt.gz":
        return gzip.compress(body)[:12]
    return body


def _utf8(path: bytes) -> bool:
    try:
        path.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _target_kind(written, rel: bytes, root: Path) -> str:
    kind, _ = written[rel]
    return "jsonl" if rel.endswith(b".jsonl") else kind


def expected_units(listed: dict[str, str | None], root: Path) -> Counter:
    units = Counter()
    for uri, kind in listed.items():
        if kind == "jsonl":
            with open(os.fsencode(uri), "rb") as f:
                lines = f.read().split(b"\n")
            units.update((uri, i + 1) for i, line in enumerate(lines) if line.strip())
        else:
            units[(uri, None)] += 1
    return units


def units_in(articles: list[tuple], errors: list[tuple]) -> Counter:
    found = Counter((uri, line) for uri, line, _ in articles)
    found.update((uri, line) for uri, line, error_type in errors if error_type not in NOTES)
    return found


def table_rows(out: Path) -> tuple[list, list]:
    def read(table, columns):
        files = sorted(str(p) for p in (out / table).rglob("*.parquet"))
        if not files:
            return []
        data = ds.dataset(files, format="parquet").to_table(columns=columns).to_pydict()
        return list(zip(*data.values()))
    return read("articles", ["source_uri", "source_line", "article_id"]), read("errors", ["source_uri", "line", "error_type"])


def view_rows(out: Path) -> tuple[list, list]:
    con = connect(str(out))
    try:
        return (con.sql("SELECT source_uri, source_line, article_id FROM articles").fetchall(),
                con.sql("SELECT source_uri, line, error_type FROM errors").fetchall())
    finally:
        con.close()


def check(articles: list, errors: list, units: Counter, legacy: dict[str, str], out: Path, when: str) -> None:
    found = units_in(articles, errors)
    assert found == units, (when, sorted((found - units).items()), sorted((units - found).items()))
    ids = Counter(article_id for _, _, article_id in articles)
    assert max(ids.values(), default=1) == 1, (when, [i for i, n in ids.items() if n > 1])
    if legacy:  # legacy-encoded files come back as the text they were
        texts = {a[0]: a[1] for a in view_rows_texts(out)}
        for uri, text in legacy.items():
            if uri in texts:
                assert texts[uri] == text, (when, uri, texts[uri])


def view_rows_texts(out: Path) -> list:
    con = connect(str(out))
    try:
        return con.sql("SELECT source_uri, text FROM articles_all").fetchall()
    finally:
        con.close()


# No shrinking: each try runs Beam jobs, so shrinking a failure would take many minutes; the failing
# tree is printed whole instead (and `--hypothesis-seed` replays it).
@settings(max_examples=int(os.environ.get("NEWSBEAM_TREE_EXAMPLES", "2")), deadline=None,
          phases=(Phase.explicit, Phase.generate), database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=entries, later=entries)
def test_every_file_ends_as_articles_or_errors_exactly_once(tmp_path_factory, monkeypatch, spec, later):
    base = tmp_path_factory.mktemp("tree")
    root = base / "in"
    root.mkdir()
    listed, legacy = build(root, spec)
    units = expected_units(listed, root)
    pattern = str(root / "**")

    code = main(["run", pattern, "-o", str(base / "run")])
    if not units:
        assert code == 2
        return
    articles, errors = table_rows(base / "run")
    assert code == (1 if errors else 0)
    check(articles, errors, units, legacy, base / "run", "run")

    data = str(base / "data")
    ingest = ["ingest", pattern, "-o", data, "--set", "ingest.max_attempts=2"]
    for when in ("first ingest", "repeated ingest"):
        assert main(ingest) in (0, 1)
        check(*view_rows(base / "data"), units, legacy, base / "data", when)
    before = table_rows(base / "data")
    assert main(ingest) == 0   # failures have used their attempts, the rest is unchanged: nothing new
    assert table_rows(base / "data") == before

    # New files arrive (some repeating earlier ids and texts), a good file changes, another is touched.
    new_root = root / "later"
    new_root.mkdir()
    more, more_legacy = build(new_root, later)
    changed = [uri for uri, kind in listed.items() if kind == "txt" and not os.path.islink(os.fsencode(uri))]
    if changed:
        Path(os.fsencode(changed[0]).decode("utf-8")).write_text("Changed\n\nThe plan was dropped on Friday.\n")
    for uri, kind in list(listed.items())[1:2]:
        if kind is not None:
            os.utime(os.fsencode(uri))
    listed.update(more)
    legacy.update(more_legacy)
    units = expected_units(listed, root)
    for when in ("ingest after changes", "repeated ingest after changes"):
        assert main(ingest) in (0, 1)
        check(*view_rows(base / "data"), units, legacy, base / "data", when)

    # The same files typed another way are the same files: nothing new.
    monkeypatch.chdir(base)
    before = table_rows(base / "data")
    assert main(["ingest", "./in/../in/**", "-o", data, "--set", "ingest.max_attempts=2"]) == 0
    assert table_rows(base / "data") == before

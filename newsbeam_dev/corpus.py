"""Benchmark corpora: the shared BBC and multinews articles replicated to N articles with new ids.

Each size is built once under WORKDIR/corpus-N/ (outside the repository: the texts are licensed
for evaluation only and must not be copied into the project) in two layouts holding the same
articles in the same order:

    txt/NNN/bench-NNNNNNN.txt      one article per file, the source bytes unchanged
    jsonl/part-NNN.jsonl.gz        1,000 articles per file: id, title, text (as the .txt parse gives them)

Replicas are byte-identical to their source, so all but the first copy of a text are flagged
`duplicate_of` by the pipeline; every copy is still analysed in full.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["Corpus", "source_files", "parsed_source", "build_corpus"]

JSONL_PER_FILE = 1000
TXT_PER_FOLDER = 1000


@dataclass
class Corpus:
    size: int
    root: str
    txt_glob: str
    jsonl_glob: str
    jsonl_files: list[str]
    unique_texts: int
    text_bytes: int          # UTF-8 bytes of the article bodies (what MB/s counts)
    txt_bytes: int           # bytes on disk of the .txt layout
    jsonl_gz_bytes: int

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("jsonl_files")
        return d


def source_files(shared: Path) -> list[Path]:
    """Article files of the shared corpora (BBC; multinews SemEval and 10kGNAD), sorted; label files excluded."""
    corpora = shared / "corpora"
    files = sorted((corpora / "bbc").glob("*/*.txt"))
    files += sorted((corpora / "multinews").glob("*/semeval2023t3/*/article*.txt"))
    files += sorted((corpora / "multinews").glob("de/10kgnad/articles/*.txt"))
    return files


def parsed_source(path: Path) -> tuple[bytes, str | None, str] | None:
    """(file bytes, title, text) of one article file as the pipeline reads it; None if it cannot be read."""
    from transforms.decoding import DecodeError, decode_bytes
    from transforms.sources import SourceError, parse_text_document

    data = path.read_bytes()
    try:
        text, encoding, _ = decode_bytes(data)
        article = parse_text_document(str(path), text, encoding)
    except (DecodeError, SourceError):
        return None
    return data, article.title, article.text


def build_corpus(shared: Path, size: int, workdir: Path) -> Corpus:
    """The corpus of `size` articles under `workdir` (reused when already complete)."""
    root = workdir / f"corpus-{size}"
    meta = root / "corpus.json"
    if meta.is_file():
        d = json.loads(meta.read_text())
        d["jsonl_files"] = sorted(str(p) for p in (root / "jsonl").glob("*.jsonl.gz"))
        return Corpus(**d)
    sources = [p for p in (parsed_source(f) for f in source_files(shared)) if p is not None]
    if not sources:
        raise SystemExit(f"no article files under {shared / 'corpora'}")
    tmp = workdir / f".corpus-{size}.tmp"
    if tmp.exists():
        import shutil
        shutil.rmtree(tmp)
    (tmp / "jsonl").mkdir(parents=True)
    text_bytes = txt_bytes = 0
    out = None
    for i in range(size):
        data, title, text = sources[i % len(sources)]
        aid = f"bench-{i:07d}"
        folder = tmp / "txt" / f"{i // TXT_PER_FOLDER:03d}"
        if i % TXT_PER_FOLDER == 0:
            folder.mkdir(parents=True)
        (folder / f"{aid}.txt").write_bytes(data)
        if i % JSONL_PER_FILE == 0:
            if out is not None:
                out.close()
            # mtime=0: identical bytes for identical content, whatever day the corpus is built
            out = gzip.GzipFile(tmp / "jsonl" / f"part-{i // JSONL_PER_FILE:03d}.jsonl.gz", "wb", mtime=0)
        out.write(json.dumps({"id": aid, "title": title, "text": text}, ensure_ascii=False).encode("utf-8") + b"\n")
        text_bytes += len(text.encode("utf-8"))
        txt_bytes += len(data)
    out.close()
    os.replace(tmp, root)
    jsonl_files = sorted(str(p) for p in (root / "jsonl").glob("*.jsonl.gz"))
    corpus = Corpus(size=size, root=str(root), txt_glob=str(root / "txt" / "**" / "*.txt"),
                    jsonl_glob=str(root / "jsonl" / "*.jsonl.gz"), jsonl_files=jsonl_files,
                    unique_texts=len({s[2] for s in sources[:size]}), text_bytes=text_bytes, txt_bytes=txt_bytes,
                    jsonl_gz_bytes=sum(os.path.getsize(p) for p in jsonl_files))
    meta.write_text(json.dumps(corpus.to_json(), indent=1))
    return corpus

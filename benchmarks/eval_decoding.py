"""How often legacy-encoded articles come back as the text they were: newsbeam's decoder against
the previous rule (mostly-ASCII text is cp1252, anything else charset-normalizer's best guess).

    .venv/bin/python benchmarks/eval_decoding.py [--per-language 60] [--skip 0] [--short 120]

Takes real articles from `../shared/corpora/multinews` (ru, fr, de, it, pl, es; el as a language
without a profile) and BBC (en), encodes each in every 8-bit code page its language was written in
(the articles that fit it), decodes the bytes, and counts exact round trips: for the whole article
and for its first `--short` characters (a title, a short item: the hard case). Also prints how
often a wrong answer was flagged as a low-confidence guess (`doubt`) and the decoding time per file.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path


from newsbeam_dev.evaluation import require_shared
from transforms.decoding import decode_bytes

ENCODINGS = {"en": ("cp1252", "latin-1"), "de": ("cp1252", "latin-1"), "fr": ("cp1252", "latin-1"),
             "es": ("cp1252", "latin-1"), "it": ("cp1252", "latin-1"), "pl": ("cp1250", "iso-8859-2"),
             "ru": ("cp1251", "koi8-r", "iso-8859-5", "cp866"), "el": ("cp1253", "iso-8859-7")}


def previous_rule(data: bytes) -> str:
    """What newsbeam did before: cp1252 for mostly-ASCII text, else charset-normalizer."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = len(data) - len(data.translate(None, bytes(range(128, 256))))
    if high <= len(data) * 0.05:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else ""


def articles(shared: Path, per_language: int, skip: int = 0) -> dict[str, list[str]]:
    """`per_language` articles of each language, after the first `skip` (the rules were tuned on
    the first 60: `--skip 60` scores unseen ones)."""
    found = defaultdict(list)
    for path in sorted((shared / "corpora" / "bbc").glob("*/*.txt"))[::20][skip:skip + per_language]:
        found["en"].append(path.read_bytes().decode("utf-8", "replace"))
    for lang in ENCODINGS:
        if lang == "en":
            continue
        for path in sorted((shared / "corpora" / "multinews" / lang / "semeval2023t3").rglob("*.txt"))[
                skip:skip + per_language]:
            found[lang].append(path.read_text(encoding="utf-8"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-language", type=int, default=60)
    parser.add_argument("--skip", type=int, default=0, help="start after this many articles of each language")
    parser.add_argument("--short", type=int, default=120, help="characters in the short variant")
    args = parser.parse_args()
    texts = articles(require_shared(), args.per_language, args.skip)
    print(f"{'lang':<5}{'encoding':<12}{'length':<7}{'files':>6}{'newsbeam ok':>12}{'previous ok':>12}"
          f"{'wrong+doubt':>12}{'right+doubt':>12}")
    seconds = {"newsbeam": 0.0, "previous": 0.0}
    decoded_files = 0
    totals = defaultdict(int)
    for lang, encodings in ENCODINGS.items():
        for encoding in encodings:
            for length in ("whole", "short"):
                n = ok = old_ok = wrong_doubt = right_doubt = 0
                for text in texts[lang]:
                    if length == "short":
                        text = text[:args.short]
                    try:
                        data = text.encode(encoding)
                    except UnicodeEncodeError:
                        continue
                    if data.isascii():
                        continue  # nothing to detect
                    n += 1
                    t0 = time.process_time()
                    result = decode_bytes(data)
                    t1 = time.process_time()
                    old = previous_rule(data)
                    seconds["newsbeam"] += t1 - t0
                    seconds["previous"] += time.process_time() - t1
                    decoded_files += 1
                    right = result.text == text
                    ok += right
                    old_ok += old == text
                    wrong_doubt += (not right) and result.doubt is not None
                    right_doubt += right and result.doubt is not None
                for key, value in (("files", n), ("ok", ok), ("old", old_ok), ("wd", wrong_doubt), ("rd", right_doubt)):
                    totals[(lang in ("el",), key)] += value
                print(f"{lang:<5}{encoding:<12}{length:<7}{n:>6}{ok:>12}{old_ok:>12}{wrong_doubt:>12}{right_doubt:>12}")
    for other, label in ((False, "profiled languages"), (True, "no profile (el)")):
        files = totals[(other, "files")]
        print(f"{label}: {files} files, newsbeam {totals[(other, 'ok')] / files:.3f} exact, previous rule "
              f"{totals[(other, 'old')] / files:.3f}; wrong answers flagged {totals[(other, 'wd')]} of "
              f"{files - totals[(other, 'ok')]}; right answers flagged {totals[(other, 'rd')]}")
    print(f"CPU per file: newsbeam {seconds['newsbeam'] / decoded_files * 1000:.2f} ms, "
          f"previous rule {seconds['previous'] / decoded_files * 1000:.2f} ms")


if __name__ == "__main__":
    main()

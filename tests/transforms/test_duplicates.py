import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from tests.beam_util import local_test_pipeline
from transforms.article import Article
from transforms.duplicates import CURRENT, EARLIER, FindDuplicates, FirstCopyFn, first_copies, mark_duplicate


def article(article_id: str, sha: str = "sha") -> Article:
    return Article(article_id, "b.txt", "text", "utf-8", sha)


def marked(fingerprints, ids):
    firsts = first_copies(fingerprints)
    return [mark_duplicate(article(i), firsts).duplicate_of for i in ids]


def test_later_copies_point_at_the_first_by_path_then_line():
    copies = [("sha", (CURRENT, "b/2.txt", 0, "id-b2")), ("sha", (CURRENT, "a/9.txt", 0, "id-a9")),
              ("sha", (CURRENT, "b/1.txt", 0, "id-b1"))]
    assert marked(copies, ["id-b1", "id-b2", "id-a9"]) == ["id-a9", "id-a9", None]


def test_a_single_copy_or_the_same_record_twice_is_not_a_duplicate():
    assert first_copies([("sha", (CURRENT, "a.txt", 0, "x"))]) == {}
    assert marked([("sha", (CURRENT, "a.txt", 0, "x"))] * 2, ["x"]) == [None]


def test_jsonl_lines_order_within_a_file():
    copies = [("sha", (CURRENT, "f.jsonl", 12, "l12")), ("sha", (CURRENT, "f.jsonl", 3, "l3"))]
    assert marked(copies, ["l12", "l3"]) == ["l3", None]


def test_a_copy_from_an_earlier_run_stays_first_whatever_its_path():
    copies = [("sha", (CURRENT, "a/new.txt", 0, "new")), ("sha", (EARLIER, "z/old.txt", 0, "old"))]
    assert marked(copies, ["new"]) == ["old"]


def test_only_the_same_text_links():
    assert mark_duplicate(article("copy", "other"), {"sha": "first"}).duplicate_of is None


def test_partial_accumulators_merge_to_the_same_first_copy():
    fn = FirstCopyFn()
    a = fn.add_input(fn.create_accumulator(), (CURRENT, "b.txt", 0, "b"))
    b = fn.add_input(fn.add_input(fn.create_accumulator(), (CURRENT, "c.txt", 0, "c")), (CURRENT, "a.txt", 0, "a"))
    assert fn.merge_accumulators([a, fn.create_accumulator(), b]) == ((CURRENT, "a.txt", 0, "a"), 3)


def test_find_duplicates_on_beam_keeps_only_repeated_texts():
    fingerprints = [("t1", (CURRENT, "b.txt", 0, "b")), ("t1", (CURRENT, "a.txt", 0, "a")),
                    ("t2", (CURRENT, "c.txt", 0, "c"))]
    with local_test_pipeline() as p:
        assert_that(p | beam.Create(fingerprints) | FindDuplicates(), equal_to([("t1", "a")]))

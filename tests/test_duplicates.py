from transforms.duplicates import CURRENT, EARLIER, duplicate_links


def test_later_copies_point_at_the_first_by_path_then_line():
    copies = [(CURRENT, "b/2.txt", 0, "id-b2"), (CURRENT, "a/9.txt", 0, "id-a9"), (CURRENT, "b/1.txt", 0, "id-b1")]
    assert duplicate_links(copies) == [("id-b1", "id-a9"), ("id-b2", "id-a9")]


def test_a_single_copy_or_the_same_record_twice_is_not_a_duplicate():
    assert duplicate_links([(CURRENT, "a.txt", 0, "x")]) == []
    assert duplicate_links([(CURRENT, "a.txt", 0, "x"), (CURRENT, "a.txt", 0, "x")]) == []


def test_jsonl_lines_order_within_a_file():
    assert duplicate_links([(CURRENT, "f.jsonl", 12, "l12"), (CURRENT, "f.jsonl", 3, "l3")]) == [("l12", "l3")]


def test_a_copy_from_an_earlier_run_stays_first_whatever_its_path():
    copies = [(CURRENT, "a/new.txt", 0, "new"), (EARLIER, "z/old.txt", 0, "old")]
    assert duplicate_links(copies) == [("new", "old")]


def test_mark_duplicate():
    from transforms.article import Article
    from transforms.duplicates import mark_duplicate

    a = Article("copy", "b.txt", "text", "utf-8", "sha")
    assert mark_duplicate(a, {"copy": "first"}).duplicate_of == "first"
    assert mark_duplicate(a, {"other": "first"}) is a

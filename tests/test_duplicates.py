from transforms.duplicates import duplicate_links


def test_later_copies_point_at_the_first_by_path_then_line():
    copies = [("b/2.txt", 0, "id-b2"), ("a/9.txt", 0, "id-a9"), ("b/1.txt", 0, "id-b1")]
    assert duplicate_links(copies) == [("id-b1", "id-a9"), ("id-b2", "id-a9")]


def test_a_single_copy_or_the_same_record_twice_is_not_a_duplicate():
    assert duplicate_links([("a.txt", 0, "x")]) == []
    assert duplicate_links([("a.txt", 0, "x"), ("a.txt", 0, "x")]) == []


def test_jsonl_lines_order_within_a_file():
    copies = [("f.jsonl", 12, "l12"), ("f.jsonl", 3, "l3")]
    assert duplicate_links(copies) == [("l12", "l3")]

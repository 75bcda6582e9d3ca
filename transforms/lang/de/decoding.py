"""German: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="German",
    letters="äöüß",
    words=frozenset("""der die und das ist nicht mit den von zu sich des auf für im dem ein eine auch es
        an als wird sind wurde nach bei über aus noch wie dass werden oder vor zur bis hat sagte können
        müssen würde früher während""".split()),
    encodings=("cp1252", "iso-8859-15", "latin-1"),
)

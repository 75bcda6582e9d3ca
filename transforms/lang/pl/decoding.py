"""Polish: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="Polish",
    letters="ąćęłńóśźż",
    words=frozenset("""i w na z się nie do to że jest o jak po co ale za od jego ich był była przez dla
        tak już może są też oraz które który która będzie tym czy tylko jednak także został powiedział
        roku więc gdy także""".split()),
    encodings=("cp1250", "iso-8859-2"),
)

"""Italian: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="Italian",
    letters="àèéìíîòóùú",
    rare="íîóú",
    words=frozenset("""il la di che e è per un una non in del della sono con si da al le gli nel ha più
        anche come ma dei alla perché già però può città così questo stato""".split()),
    encodings=("cp1252", "iso-8859-15", "latin-1"),
)

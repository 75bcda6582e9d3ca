"""English: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="English",
    letters="",
    words=frozenset("""the and of to in is that for it was on with he as said his at by from have are be
        this has but not they who were had been their will which would an we she its after about""".split()),
    encodings=("cp1252", "latin-1"),
)

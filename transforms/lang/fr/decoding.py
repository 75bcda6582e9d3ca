"""French: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="French",
    letters="àâæçéèêëîïôœùûüÿ",
    rare="æëïÿü",
    words=frozenset("""le la les des et est une dans du en un pour que qui sur pas au par avec ce il elle
        sont ont été à plus ne se aux mais où déjà après très être cette même leur comme année été""".split()),
    encodings=("cp1252", "iso-8859-15", "latin-1"),
)

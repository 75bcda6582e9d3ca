"""Spanish: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="Spanish",
    letters="áéíñóúü",
    rare="ü",
    words=frozenset("""el la los las de que y en del se por un una con para es al lo como más pero sus le
        ha este está también fue según año dijo sobre entre sin desde cuando él después así""".split()),
    encodings=("cp1252", "iso-8859-15", "latin-1"),
)

"""Russian: recognising the encoding of a legacy (non-UTF-8) text."""
from newsbeam.transforms.decoding import DecodingProfile

PROFILE = DecodingProfile(
    name="Russian",
    letters="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    words=frozenset("""и в не на что с по он как это к из за от о для у его но же так было был была все
        уже она они мы бы только также года после при который которые время если или""".split()),
    encodings=("cp1251", "koi8-r", "iso-8859-5", "cp866"),
)

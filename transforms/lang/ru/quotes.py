"""Russian: quotation profile (see `transforms.quote_lexicon.QuoteProfile`)."""
from transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="ru",
    quote_marks=(("«", "»"), ("„", "“")),
    reporting_verbs=words("""
        сказал сказала сказали говорит говорил говорила говорят заявил заявила заявили заявляет отметил
        отметила отметили подчеркнул подчеркнула подчеркнули добавил добавила добавили пояснил пояснила
        пояснили сообщил сообщила сообщили считает написал написала написали признал признала заметил
        заметила указал указала уточнил уточнила рассказал рассказала ответил ответила спросил спросила
        объяснил объяснила предупредил предупредила
    """),
    according_to=frozenset({"по словам"}),
    pro_drop=True,
    zero_subject_gender=(("ла", "f"), ("ал", "m"), ("ил", "m"), ("ял", "m"), ("ел", "m")),
    auxiliaries=words("было"),
    clause_starters=words("который которая и или но"),
    prepositions=words("в во на о об при после до для без по с со у из от перед"),
    relative_pronouns=words("который которая"),
    pronoun_gender={"он": "m", "она": "f", "они": "p"},
    titles=words("президент министр премьер мэр"),
    first_name_gender={
        **dict.fromkeys(words("игорь иван сергей андрей алексей дмитрий владимир николай михаил олег юрий александр"), "m"),
        **dict.fromkeys(words("ольга анна мария елена наталья ирина татьяна екатерина светлана юлия"), "f"),
    },
    not_names=words("и но"),
)

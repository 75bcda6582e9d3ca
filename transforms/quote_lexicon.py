"""What a language contributes to quotation extraction (`QuoteProfile`), and what no language owns.

Each supported language defines one `QuoteProfile` as `PROFILE` in `transforms/lang/<code>/quotes.py`:
its reporting verbs, according-to forms, pronouns with gender, titles and roles, whether it drops
subjects, whether it capitalises nouns, and so on. The engine (`newsbeam.transforms.quotes`) never spells
out a word: it reads the profile of the article's language. Every word set holds lower-case forms;
multi-word entries use single spaces. `tests/transforms/quotes/test_quotes_profiles.py` checks every profile.

The quotation marks themselves (which closer ends which opener) and the particles inside
personal names (`von der Leyen`, `de Gaulle`, `bin Salman`) belong to no one language: a French
article quotes with „…“ when it cites a German paper, and names keep their own particles.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["QuoteProfile", "words", "OPENER_CLOSERS", "DOUBLE_MARKS", "NAME_PARTICLES", "GENDERS"]

Words = frozenset[str]
NO_WORDS: Words = frozenset()


def words(block: str) -> Words:
    """The whitespace-separated words of `block`, as a set (profiles list their words this way)."""
    return frozenset(block.split())

# Genders a pronoun, title, role or verb ending can carry: masculine, feminine, plural,
# neuter, and 's' for a first-person singular speaker (`I`).
GENDERS = frozenset({"m", "f", "p", "n", "s"})


@dataclass(frozen=True)
class QuoteProfile:
    """One language's words and conventions for quotations and their speakers."""

    code: str                          # ISO 639-1
    # ---- quotation marks: (opener, closer) pairs in common use, most common first
    quote_marks: tuple[tuple[str, str], ...]

    # ---- verbs and cues of saying
    reporting_verbs: Words             # finite and participle forms: `said`, `sagte`, `заявил`
    reporting_phrases: Words = NO_WORDS        # multi-word verbs: `went on`, `a déclaré`, `fügte hinzu`
    object_reporting_verbs: Words = NO_WORDS   # take a person or thing as object: `told him`, `called it`
    speech_nouns: Words = NO_WORDS     # `Trump’s claim that “…”`
    quoting_verbs: Words = NO_WORDS    # subject the outlet, object the one quoted: `zitiert die Zeitung X`
    # verbs that report only right after a quotation, too ambiguous elsewhere: `,” the email read.`
    trailing_verbs: Words = NO_WORDS
    usage_participles: Words = NO_WORDS    # `‘…,’ a phrase used in state media`: the users speak
    according_to: Words = NO_WORDS     # before the source: `according to X`, `selon X`, `по словам X`
    according_to_after: Words = NO_WORDS   # after the source: `dem Bericht zufolge`
    opinion_of: Words = NO_WORDS       # open a sentence as `in X's view`: `Für Franziskus ist …`, `Per Pechino …`
    # according-to forms around a possessive or pronoun (`{}`): `по {} словам`, `{} zdaniem`, `selon {}`
    according_to_pronoun: tuple[str, ...] = ()
    impersonal_reports: Words = NO_WORDS   # `heißt es (in X)`, `говорится в X`: the document speaks
    # open the sentence after a quotation and point back to it: `Con estas palabras define X`
    cataphora: Words = NO_WORDS
    # open that sentence before a verb of saying and its subject: `Lo sottolinea X`, `Это сказал X`
    cataphora_pronouns: Words = NO_WORDS
    after_quote_cues: Words = NO_WORDS     # only right after a quotation: `„…“, so der Minister`
    agent_prepositions: Words = NO_WORDS   # a passive's agent: `was described as “…” by critics`
    as_cues: Words = NO_WORDS          # open a reporting clause after a quotation: `,” as Cruz said`
    verb_particles: Words = NO_WORDS   # separable particles closing a clause: `fügte er hinzu:`
    inverted_pronouns: Words = NO_WORDS    # glued to the verb: `a-t-il déclaré`, `dit-elle`
    object_clitics: Words = NO_WORDS   # between a quotation and its verb: `«…», nous confie X`, `le dijo`
    pro_drop: bool = False             # reports speech with no subject: `«…», dijo.`
    # verb endings that tell a dropped subject's gender: (`ła`, 'f') for `powiedziała`
    zero_subject_gender: tuple[tuple[str, str], ...] = ()

    # ---- the words around a subject and its verb
    auxiliaries: Words = NO_WORDS      # skipped between subject and verb: `has also said`, `ha detto`
    adverbs: Words = NO_WORDS
    time_nouns: Words = NO_WORDS       # heads of a phrase of time before a verb: `X last week said`
    adverb_suffixes: tuple[str, ...] = ()      # `repeatedly`: an adverb by its ending
    sentence_adverb_suffixes: tuple[str, ...] = ()     # opening a clause, capitalised: `Łaskawie uznał`
    determiners: Words = NO_WORDS
    # an article that opens no subject (with these noun endings only, if any are given): the
    # recipient after a verb, `sagte dem Sender`, `sagte der Nachrichtenagentur AFP, …`
    oblique_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    indefinite_determiners: Words = NO_WORDS   # an anonymous source stays as written: `a soldier`
    clause_starters: Words = NO_WORDS  # end a noun phrase read rightwards: `said Trump in …`
    prepositions: Words = NO_WORDS
    np_prepositions: Words = NO_WORDS  # continue a noun phrase: `the head of the agency`
    of_prepositions: Words = NO_WORDS  # whose: `the words of X`, `les propos de X` (not `with`)
    sentence_connectives: Words = NO_WORDS     # skipped at a sentence start: `But Trump said`
    intro_words: Words = NO_WORDS      # open an introductory phrase before the subject: `Meanwhile, …`
    leading_non_subjects: Words = NO_WORDS     # cut from a subject's front: `that Trump`, `whether`
    not_speakers: Words = NO_WORDS     # capitalised sentence openers that never are a subject
    not_inverted_subjects: Words = NO_WORDS    # never the subject after a verb: `tweeted that:`
    noun_articles: Words = NO_WORDS    # make the next reporting word a noun: `his answer:`
    be_forms: Words = NO_WORDS         # passive: `was described as`
    relative_pronouns: Words = NO_WORDS
    clause_relatives: Words = NO_WORDS         # relative pronouns that also open a clause: `that`
    generic_pronouns: Words = NO_WORDS         # people in general: `anyone who complains`
    impersonal_pronouns: Words = NO_WORDS      # `it`, `they`: too vague to speak for a quotation alone
    impersonal_verbs: Words = NO_WORDS         # `il semble`, `il faut`: after them the pronoun is nobody
    first_person_pronouns: Words = NO_WORDS    # `I`, `we` open many sentences that report nobody
    head_determiners: Words = NO_WORDS         # determiners that can end a phrase as its head: `others`

    # ---- pronouns
    pronoun_gender: dict[str, str] = field(default_factory=dict)
    # possessives and the gender of their owner (`his` -> 'm'; '' when the word does not tell: `son`)
    possessive_pronouns: dict[str, str] = field(default_factory=dict)
    contractions: tuple[str, ...] = ()        # glued to a pronoun: `he’d`, `she’s`
    elided_conjunctions: Words = NO_WORDS     # glued before a pronoun: `qu’il`, `lorsqu’elle`

    # ---- names, titles, roles
    titles: Words = NO_WORDS           # never part of a resolved name
    title_gender: dict[str, str] = field(default_factory=dict)
    role_nouns: Words = NO_WORDS       # `the official` resolves to the last named speaker
    people_nouns: Words = NO_WORDS     # groups that speak but name no one: `critics`, `les manifestants`
    role_gender: dict[str, str] = field(default_factory=dict)
    role_suffixes: tuple[str, ...] = ()        # compound roles: `Projektleiterin`
    first_name_gender: dict[str, str] = field(default_factory=dict)
    not_names: Words = NO_WORDS        # capitalised words that never name anyone
    articles_not_in_names: Words = NO_WORDS    # `The Guardian`, `Der Spiegel`
    case_articles: Words = NO_WORDS    # after a name, start the verb's object: `sagte X den Zeitungen`
    genitive_articles: Words = NO_WORDS        # part of the phrase: `der Sprecher des Verbands`
    org_words: Words = NO_WORDS        # make a capitalised run an organisation or place
    nouns_capitalised: bool = False    # German: a capital letter is no evidence of a name
    verb_second: bool = False          # German: after an opening adverb the subject follows the verb
    subject_after_verb: bool = False   # a plain clause may put its subject after the verb: `punktował X`
    name_case_endings: tuple[str, ...] = ()    # a surname's case forms: `Пушилину` -> `Пушилин`
    subject_fallback: bool = False     # a sentence's plain subject may speak an unattributed quotation
    # a few words in marks go to their sentence's subject only when a word of saying stands between
    # them (`X ha detto che è «…»`), not in any sentence (`Il ministero ha diramato una “guida”`: a term)
    phrase_needs_speech: bool = False
    # a cleft puts the speaker between a copula and a link before the verb of saying:
    # `È stato il ministro X a dire «…»`, `A dirlo è stato X: «…»` (copula forms, then links)
    cleft_copulas: Words = NO_WORDS
    cleft_links: Words = NO_WORDS
    # the clause before a colon, or a title line, names whoever speaks the quotation after it
    # (news annotation in these languages credits it; English annotation sets want a verb)
    colon_subject: bool = False
    # a quotation opened with one double mark may close with another (`“…"`, `"…”`) when its own
    # closer never comes in the paragraph (common in these corpora; English annotation pairs strictly)
    mixed_closers: bool = False
    # marks a writer reopens for each new sentence of one quotation without closing the last one
    # (`…days of rest. "We want…"`): after a finished sentence, such a mark inside an open quotation
    # of the same mark ends it there and opens the next (no one nests a quotation in its own mark)
    reopening_marks: Words = NO_WORDS
    # verb forms that mark a clause as reported speech (German Konjunktiv I: `sei`, `habe`, `werde`):
    # a quotation in such a sentence, with no cue of its own, goes on with the last speaker's report
    reported_mood: Words = NO_WORDS
    # `“…,” Sanders said, according to CNN.`: the outlet relaying a report is the quotation's
    # source (English annotation, PolNeAR), not the speaker it reports
    relayed_source: bool = False
    # a few words in marks in a sentence-case title, not modifying the noun after them, are the claim
    # of the source that the article's first sentence reports (BBC: `Film production 'falls' 40% in UK`
    # over `…, Screen Daily said.`)
    title_claims: bool = False

    # ---- word shapes
    verb_suffixes: tuple[str, ...] = ()        # an unknown word that reads as a finite verb: `quipped`
    # adverbials of several words that may stand between a reporting verb and its subject
    # (`a dit un peu plus tard le ministre`, `ha detto poco dopo il sindaco`)
    adverbial_phrases: Words = NO_WORDS
    participle_suffixes: tuple[str, ...] = ()  # `saying`: reports the clause's subject
    # a participle agreeing with the noun right before it describes that noun and reports nothing:
    # `la défaite annoncée`, `le misure annunciate` (not `a annoncé`, `ha annunciato`)
    agreeing_participle_endings: tuple[str, ...] = ()
    possessive_suffixes: tuple[str, ...] = ()  # `Putin’s`
    genitive_name_endings: tuple[str, ...] = ()    # a name owning what follows: `Merkels Worte`
    plural_possessive_suffixes: tuple[str, ...] = ()   # `the players’`
    abbreviations: Words = NO_WORDS    # a full stop after these ends no sentence

    # ---- marked spans that are not quotations
    title_cues: Words = NO_WORDS       # `the film “Frozen”`, `on “Meet the Press”`
    name_cues: Words = NO_WORDS        # a capitalised name in marks follows: `le journal « Le Monde »`
    name_articles: Words = NO_WORDS    # articles that put a capitalised span in marks as a name: `dem „Spiegel“`
    # quoted words start lower-case mid-sentence, so a capitalised span there is a name
    # (`kompleks rakiet „Fagot”`); not English, which quotes nicknames and titles in title case
    capitalised_span_is_name: bool = False
    title_small_words: Words = NO_WORDS        # lower-case inside a title: `Face the Nation`
    title_links: Words = NO_WORDS      # between a cue and a title: `broadcast of “Fox News Sunday”`
    mentioned_words: Words = NO_WORDS  # a lone pronoun in marks is a word talked about
    elisions: Words = NO_WORDS         # `'em`, `'90s`: an apostrophe that opens nothing
    scare_markers: Words = NO_WORDS    # `so-called “experts”`
    # open an absolute clause whose own subject a participle after it reports: `with X calling it “…”`
    absolute_prepositions: Words = NO_WORDS


# ---------------------------------------------------------------- quotation marks
# Which closing marks may end a quotation opened with a given mark. Sloppy pairs seen
# in real text are allowed (“…“, „…”); the scanner uses flanking to tell them apart.
OPENER_CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“"),        # English “…”; sloppy “…“
    "„": ("“", "”"),        # German „…“, Polish/Romanian „…”
    "«": ("»",),            # French, Russian, Spanish, Italian
    "»": ("«",),            # German/Danish »…«
    "‹": ("›",),
    "›": ("‹",),
    "「": ("」",),
    "『": ("』",),
    "‘": ("’", "‘"),        # English ‘…’
    "‚": ("‘", "’"),        # German ‚…‘
    '"': ('"',),
    "'": ("'", "’"),
    "``": ("''", '"', "”"),  # TimeBank / LaTeX ``…''
    "<<": (">>",),          # guillemets typed as ASCII: <<…>>
    # '' never opens: as an opener it is ambiguous ASCII (inches, seconds, a stray closer),
    # so the NYT archive's ''…'' is deliberately not read as a quotation.
    "”": ("”", "“"),        # Swedish/Finnish ”…” (only when it clearly opens); reversed ” … “
}

# Marks of the double family (the single ones double as apostrophes).
DOUBLE_MARKS = frozenset('"“”„«»‹›「」『』') | {"``", "''", "<<", ">>"}

# Lower-case particles allowed inside personal names: "Charles de Gaulle", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de da di du del della der den van von la le el bin al ibn dos das y".split())

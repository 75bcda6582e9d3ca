"""English: quotation profile (see `newsbeam.transforms.quote_lexicon.QuoteProfile`)."""
from newsbeam.transforms.quote_lexicon import QuoteProfile, words


PROFILE = QuoteProfile(
    code="en",
    quote_marks=(("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")),
    reopening_marks=frozenset({'"', "“"}),   # BBC: `…of rest. "We want…"` (nested quotations take ‘ or ')
    # (Not here: words as often nouns as verbs, too ambiguous alone: `post`, `note`, `claim`,
    # `comment`, `report`, `state`, `call`, `vow` ...; their other forms are.)
    reporting_verbs=words("""
        say says said saying tell tells told telling add adds added adding stated declare declares declared
        explain explains explained write writes wrote written writing tweeted tweeting posted ask asks asked
        asking continue continues continued noted insist insists insisted argue argues argued claims claimed
        warns warned recall recalls recalled replies replied respond responds responded answers answered
        acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded announce
        announces announced suggest suggests suggested observe observes observed remarked commented joked
        quip quips quipped pledges pledged promises promised vows vowed confirm confirms confirmed emphasize
        emphasizes emphasized emphasise emphasises emphasised stresses stressed complain complains
        complained charged contend contends contended maintain maintains maintained predict predicts
        predicted urge urges urged shout shouts shouted yell yells yelled cries cried scream screamed
        whisper whispered boast boasts boasted brag brags bragged lament laments lamented muse mused reports
        confess confesses confessed
        reported describe describes described describing calls called calling dubs dubbed labels labeled
        labelled brands branded termed shared reiterate reiterates reiterated repeats repeated counters
        countered retort retorted snap snapped conclude concludes concluded opine opined testify testifies
        testified allege alleges alleged assert asserts asserted agree agrees agreed accuse accuses accused
        blasts blasted slam slams slammed praises praised thunder thundered assure assures assured sing
        sings sang ruled mocks mocked chant chants chanted exclaim exclaimed proclaim proclaims proclaimed
        interject interjected interrupt interrupted began begins pointed recount recounts recounted
        reflected caution cautions cautioned advise advised demanded tout touts touted hail hails hailed
        decry decries decried deride derided dismiss dismissed criticize criticized criticised condemn
        condemned deny denies denied admonish admonished wonders wondered quotes quoted messaged texted
        emailed e-mailed
    """),
    reporting_phrases=frozenset({
        "went on", "goes on", "pointed out", "points out", "summed up", "spoke of", "fired back",
        "shot back", "chimed in", "weighed in", "wrote in", "put it", "puts it"}),
    trailing_verbs=words("read reads states"),
    object_reporting_verbs=words("""
        tell tells told telling ask asks asked asking call calls called calling dub dubs dubbed label labels
        labeled labelled brand brands branded describe describes described describing accuse accuses accused
        praise praises praised urge urges urged warn warns warned mock mocks mocked blast blasts blasted
        slam slams slammed hail hails hailed deride derides derided criticize criticizes criticized
        criticises criticised condemn condemns condemned dismiss dismisses dismissed
    """),
    speech_nouns=words("""
        claim claims statement statements words remark remarks comment comments tweet tweets assertion
        description promise pledge vow warning message declaration announcement phrase slogan
        characterization accusation allegation insistence argument quote quip response reply answer
        testimony speech letter post op-ed column memo interview question call calls prediction retort
    """),
    usage_participles=words("used coined favored favoured popularized popularised repeated"),
    agent_prepositions=words("by"),
    cataphora=frozenset({"those were the words of", "so said", "thus spoke"}),
    according_to=frozenset({"according to"}),
    as_cues=frozenset({"as"}),
    quoting_verbs=words("quoted quotes quoting"),   # `the agency quoted X as saying`: X is the speaker
    auxiliaries=words("""
        has have had is was were are be been will would could should may might must did does do also
        then later again once further previously recently repeatedly reportedly often frequently never
        always still just already not n't allegedly famously publicly privately earlier subsequently
        only even
    """),
    adverbs=words("""
        today yesterday tonight recently later earlier afterward afterwards then also again ago simply flatly
        bluntly firmly quietly loudly angrily publicly privately sarcastically jokingly emphatically
        monday tuesday wednesday thursday friday saturday sunday
    """),
    time_nouns=words("week weekend month year day night morning afternoon evening decade spring summer autumn fall winter"),
    adverb_suffixes=("ly",),
    determiners=words("""
        the a an one another this that these those his her its their our my your some several many
        two three four other others any each every no
    """),
    indefinite_determiners=words("a an one another some several many two three four other others any each"),
    clause_starters=words("""
        who which that whom whose when while as in on at during after before because since if adding
        noting saying according but and or to for with without about than last this next speaking
        referring who's until unless although though whereas
    """),
    prepositions=words("""
        by in on at to into onto over under about against between through during without within via
        per than like unlike toward towards upon among amid despite beyond across behind
    """),
    of_prepositions=words("of"),
    np_prepositions=words("of for from at with"),
    sentence_connectives=words("but and so yet still now then"),
    intro_words=words("but and so yet still now then also meanwhile however instead indeed later earlier asked"
                      " even once outside inside around here there"),
    leading_non_subjects=words("that what whether"),
    not_speakers=words("""
        though although however moreover meanwhile ironically indeed instead still yet also when while
        after before because since if then now thus hence besides furthermore nevertheless nonetheless
        correction partial check talk night morning afternoon evening today yesterday tomorrow
        earlier later separately elsewhere
        even just once therefore where why how whether only yes so well please here there perhaps
        maybe were was is are do does did outside inside around both either neither
    """),
    not_inverted_subjects=words("that this it i we you"),
    noun_articles=words("a an the his her its their our my your this"),
    be_forms=words("was were been being be is are"),
    relative_pronouns=words("who which that"),
    clause_relatives=words("that"),
    generic_pronouns=words("anybody anyone everybody everyone somebody someone nobody whoever people"),
    impersonal_pronouns=words("it they"),
    first_person_pronouns=words("i we"),
    head_determiners=words("others"),
    pronoun_gender={"he": "m", "she": "f", "they": "p", "i": "s", "we": "p", "it": "n"},
    possessive_pronouns={"his": "m", "her": "f", "their": "p", "its": "n", "my": "s", "our": "p"},
    contractions=("d", "s", "ll", "ve", "re", "m"),
    titles=words("""
        mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. senator rep rep. representative gov gov.
        governor president vice prime minister secretary gen gen. general col col. lt lt. capt capt.
        sgt sgt. rev rev. sir dame lord lady judge justice mayor chancellor king queen prince princess
        pope ambassador chairman chairwoman chief ceo director spokesman spokeswoman spokesperson
        councillor councilor councilman councilwoman alderman commissioner inspector detective professor
        doctor bishop archbishop cardinal rabbi imam sheikh coach former ex late acting deputy shadow
        tory tories labour conservative conservatives liberal liberals lib dem dems democrat democratic
        republican ukip snp green
    """),
    title_gender={"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
                  "sir": "m", "dame": "f", "lord": "m", "lady": "f", "king": "m", "queen": "f",
                  "prince": "m", "princess": "f", "chairman": "m", "chairwoman": "f",
                  "spokesman": "m", "spokeswoman": "f"},
    role_nouns=words("""
        official officials spokesman spokeswoman spokesperson president minister secretary senator
        governor mayor chairman chairwoman chair director executive chief leader candidate nominee
        congressman congresswoman lawmaker representative ambassador diplomat commander general officer
        analyst expert economist strategist adviser advisor aide lawyer attorney judge prosecutor
        businessman businesswoman billionaire founder manager coach captain player star actor actress
        singer author writer columnist reporter editor host anchor professor scientist researcher
        chancellor premier king queen prince pope bishop veteran soldier politician activist
        democrat republican campaign commission committee company firm agency ministry department
        champion councillor councilor owner resident witness
    """),
    people_nouns=words("""
        critics opponents supporters protesters demonstrators residents voters witnesses observers activists scientists researchers doctors experts officials sources analysts lawmakers leaders authorities people users commentators campaigners volunteers organisers organizers
    """),
    role_gender={"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
                 "congressman": "m", "congresswoman": "f", "businessman": "m", "businesswoman": "f",
                 "actor": "m", "actress": "f", "king": "m", "queen": "f", "prince": "m",
                 "princess": "f", "wife": "f", "husband": "m", "mother": "f", "father": "m",
                 "daughter": "f", "son": "m", "sister": "f", "brother": "m"},
    # A small list of frequent first names (English-language news, and world figures it names
    # often), for pronoun agreement only.
    first_name_gender={
        **dict.fromkeys(words("""
            donald barack bill joe john james robert michael david richard thomas charles george paul mark
            mike mitt ted marco jeb ben chris rand bernie tim jim tony gordon boris vladimir dmitry sergei
            sergey alexei alexander emmanuel francois nicolas olaf friedrich xi recep benjamin justin
            scott steve stephen peter andrew kevin brian eric jeff jeffrey josh reince rudy newt rick ron
            kenneth ken frank gary harry jack adam sean patrick martin anthony daniel matthew jason ryan
            jonathan nick nicholas sam samuel tom kim igor ivan nikolai mikhail andrei oleg yuri
            tony alan alistair ed gordon iain ian keith liam neil nigel oliver simon william hugh
            graham greg craig dean derek duncan gareth geoff jeremy leo matt owen phil roger stuart
        """), "m"),
        **dict.fromkeys(words("""
            hillary melania ivanka michelle nancy elizabeth sarah carly kellyanne theresa angela ursula
            marine ségolène segolene giorgia beata maria mary anna anne jane susan karen linda lisa laura
            patricia jennifer jessica emily emma olivia sophie catherine kate katherine christine nicola
            amy debbie donna hope huma jill kamala condoleezza madeleine margaret hannah rachel rebecca
            julia natalia olga tatiana elena irina ekaterina marie claire helen helena alice priya
            ann annie harriet jacqui tessa ruth diane fiona gillian janet joan judith kathryn lucy
            patricia sally sue tracey victoria yvette caroline charlotte clare jo louise nadine
        """), "f"),
    },
    not_names=words("""
        the a an this that these those it its in on at but and or so if when while as after before
        monday tuesday wednesday thursday friday saturday sunday january february march april may june
        july august september october november december i we you they he she there here his her our
        their what why how who which mr mrs ms dr
    """),
    articles_not_in_names=words("the a an"),
    org_words=words("""
        post times news journal house party department university college committee commission
        street center centre institute council court senate congress state states union bank
        group company corp inc foundation network agency ministry office campaign association
        review press media fox cnn abc nbc cbs msnbc tass ria reuters club city county republic
        kingdom america europe fund organization organisation army navy police service tribune
        gazette herald daily weekly magazine radio tv television school hospital church airport
        research records music entertainment studios games motors airlines systems technologies
        partners capital securities associates international global energy oil telecom industries
        holdings sport sports united rovers athletic fc league cup championship
    """),
    subject_fallback=True,
    relayed_source=True,
    title_claims=True,
    verb_suffixes=("ed", "s"),
    participle_suffixes=("ing",),
    possessive_suffixes=("’s", "'s"),
    plural_possessive_suffixes=("s’", "s'"),
    abbreviations=words("""
        mr mrs ms dr st sen rep gov gen lt col capt sgt jr sr inc co corp ltd vs no prof rev
        jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e ft mt
    """),
    title_cues=words("""
        on in with show shows program programme podcast film films movie movies documentary series
        sitcom drama book books memoir novel song songs album episode broadcast column op-ed clip trailer
        newsletter play musical magazine newspaper
    """),
    title_small_words=words("of the and a an in on at to for with by from or as vs"),
    title_links=words("of"),
    mentioned_words=words("he she him her they them it his hers"),
    elisions=words("em cause til till tis twas n bout s round nuff ere"),
    scare_markers=words("so-called"),
    absolute_prepositions=words("with"),
)

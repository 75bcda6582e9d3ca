"""German: what the language contributes to date extraction (see `newsbeam.transforms.dates.profile`)."""
from newsbeam.transforms.dates.profile import NO_WRITTEN_GRAMMAR, PAST_CLAUSE, DateProfile

PROFILE = DateProfile(
    code="de",
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3,
        "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
        "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "dezember": 12, "dez": 12,
    },
    ambiguous_months=frozenset("apr april aug august dez feb jan jul jun mai mär nov okt sep sept".split()),
    weekdays={
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
        "sonnabend": 5, "sonntag": 6,
    },
    weekday_adjectives={},
    weekday_compounds={"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "AF", "nachmittag": "AF", "abend": "EV",
                       "nacht": "NI"},  # `Dienstagabend`, `Sonntagnacht`
    weekday_prepositions=(),
    weekday_needs_preposition=False,
    weekday_name_determiners=(),
    capitalisation="nouns",
    month_prepositions=("im", "am", "seit", "bis", "ab", "zu", "an", "über", "vom", "zum", "anfang", "ende", "mitte", "von", "nach", "vor",
                        "und", "oder"),
    numeric_order="dmy",
    relative_days={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    relative_days_lower_only=frozenset({"morgen"}),
    relative_days_not_after={},
    year_suffixes=(),
    future_markers=("wird", "werden", "wirst", "werde", "soll", "sollen", "will", "wollen", "plant", "planen",
                    "bevorstehenden", "künftig", "beabsichtigt", "vorgesehen", "geplant",
                    # (reported speech, Konjunktiv I: `die Wahl solle am Sonntag stattfinden`)
                    "solle", "wolle", "plane", "beabsichtige"),
    weak_future_markers=("würde", "würden", "dürfte", "dürften", "könnte", "könnten"),
    present_modals=(),
    past_markers=tuple("""war waren hatte hatten wurde wurden gab gaben kam kamen ging gingen geschah geschahen fand
        fanden stand standen lag lagen sah sahen nahm nahmen hielt hielten rief riefen fiel fielen stieg stiegen sank
        konnte konnten musste mussten sollte sollten wollte wollten durfte mochte brachte brachten dachte wusste
        kannte nannte sprach sprachen traf trafen trat starb schrieb schrieben blieb blieben zog bot verlor verloren
        gewann begann begannen erschien entschied beschloss beschlossen sagte sagten erklärte erklärten teilte
        teilten meldete berichtete kündigte forderte forderten warnte zeigte führte setzte stellte legte machte
        machten betonte meinte hieß endete wählte wählten damals gestern vorgestern kürzlich zuvor
        bat baten bot boten brach brachen brannte fielen flog flogen fuhr fuhren galt galten gelang griff griffen
        hob hoben hing hingen lief liefen lud luden rannte riet rieten schlug schlugen schoss schossen schwieg
        sprang starben stieß stritten trug trugen verließ verließen verstarb warf warfen wies wiesen wuchs
        zwangen erhielt erhielten ergab ergaben entstand entstanden beschrieb übernahm übernahmen unterzeichnete
        stürmte stürmten kaufte kauften spielte spielten zählte zählten lehnte lehnten drohte drohten reiste
        reisten kämpfte kämpften fehlte fehlten folgte folgten hörte hörten fragte fragten plante planten
        besuchte besuchten suchte suchten brauchte brauchten glaubte glaubten hoffte hofften stimmte stimmten
        feierte feierten lebte lebten zahlte zahlten verkaufte verkauften bestätigte bestätigten räumte räumten
        stoppte stoppten
        erschienen begonnen verstorben unterschrieben""".split()),  # (participles of no `ge-` that are no infinitive)
    past_suffix="",
    not_past=frozenset(),
    passive_auxiliaries=(),
    planned_past=(),
    ahead_infinitives=(),
    ahead_not_verbs=(),
    ahead_passive_auxiliaries=(),
    past_adverbs=frozenset(),
    attributive_determiners=(),
    reporting_verbs=frozenset(),
    half_after=("und ein halb", "und einhalb"),
    every_words=("jeden", "jedem", "jeder", "jedes"),
    habitual_words=("jedes jahr", "jährlich", "alljährlich", "üblicherweise", "normalerweise", "traditionell", "gewöhnlich",
                    "in der regel"),
    fronting_words=frozenset("am im an in seit ab bis zum vom und aber doch auch bereits schon erst noch".split()),
    number_words={
        "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
        "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5,
    },
    ordinal_words={
        "erste": 1, "ersten": 1, "erstes": 1, "erster": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "zweiter": 2,
        "dritte": 3, "dritten": 3, "drittes": 3, "dritter": 3, "vierte": 4, "vierten": 4, "viertes": 4,
    },
    decade_words={"zwanziger": 1920, "dreißiger": 1930, "vierziger": 1940, "fünfziger": 1950, "sechziger": 1960,
                  "siebziger": 1970, "achtziger": 1980, "neunziger": 1990},
    seasons={"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
             "frühlings": "SP", "frühjahrs": "SP", "sommers": "SU", "herbstes": "FA", "winters": "WI"},
    parts_of_day={"morgen": "MO", "vormittag": "MO", "früh": "MO", "mittag": "12:00", "nachmittag": "AF",
                  "abend": "EV", "nacht": "NI", "abendstunden": "EV"},
    units={
        "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "tags": "D", "woche": "W", "wochen": "W",
        "monat": "M", "monate": "M", "monaten": "M", "monats": "M", "quartal": "Q", "quartals": "Q",
        "halbjahr": "H", "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "jahrzehnt": "DE",
        "jahrzehnte": "DE", "jahrzehnten": "DE", "jahrzehnts": "DE", "jahrhundert": "CE", "jahrhunderts": "CE",
        "jahrhunderte": "CE", "jahrhunderten": "CE", "wochenende": "WE",
        "stunden": "HR",
    },
    reference_words={
        "jetzt": "PRESENT_REF", "nun": "PRESENT_REF", "nunmehr": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
        "momentan": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "aktuell": "PRESENT_REF", "heutzutage": "PRESENT_REF",
        "augenblick": "PRESENT_REF", "moment": "PRESENT_REF",
        # (today's, present-day, before their noun in every case form: `die heutige Lage`, `aus heutiger Sicht`;
        # the gold sets leave `derzeitigen`, `gegenwärtigen` out)
        **{stem + ending: "PRESENT_REF" for stem in ("jetzig", "heutig")
           for ending in ("e", "en", "er", "es", "em")},
        "kürzlich": "PAST_REF", "neulich": "PAST_REF", "jüngst": "PAST_REF", "unlängst": "PAST_REF",
        "vor kurzem": "PAST_REF", "vor kurzer zeit": "PAST_REF", "vor einiger zeit": "PAST_REF", "damals": "PAST_REF", "seinerzeit": "PAST_REF", "einst": "PAST_REF",
        "vergangenheit": "PAST_REF", "gegenwart": "PRESENT_REF", "bald": "FUTURE_REF", "sehr bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "künftig": "FUTURE_REF",
        "zukünftig": "FUTURE_REF", "zukunft": "FUTURE_REF",
        "die zukunft": "FUTURE_REF", "der zukunft": "FUTURE_REF",
        "früheren zeiten": "PAST_REF", "vergangenen zeiten": "PAST_REF", "alten zeiten": "PAST_REF",  # (the article is the phrase's: not after `in`, see below)
        "letzter zeit": "PAST_REF", "jüngster zeit": "PAST_REF", "naher zukunft": "FUTURE_REF", "in kürze": "FUTURE_REF",
        # (`nun einmal`, `nun mal`: a particle, "simply" (`das ist nun mal so`); listed to be refused, see the guards)
        "nun einmal": "PRESENT_REF", "nun mal": "PRESENT_REF",
    },
    era_nouns=frozenset(),
    holidays={"silvester": (12, 31), "heiligabend": (12, 24), "weihnachten": (12, 25), "neujahr": (1, 1),
              "ostern": "easter", "ostersonntag": "easter", "ostermontag": "easter+1", "karfreitag": "easter-2",
              "pfingsten": "easter+49", "allerheiligen": (11, 1), "tag der deutschen einheit": (10, 3)},  # (capitalised, after a preposition or an article, or with a year)
    named_months={"monat des stolzes": 6, "pride-monat": 6, "pride month": 6},
    weekday_name_prefixes=frozenset({"bild am", "welt am", "tag am"}),  # (newspapers' names)
    weekday_name_suffixes=frozenset(),
    count_nouns=frozenset("""menschen personen euro dollar franken soldaten einwohner mitglieder stück tonnen kilometer
        meter prozent mal teilnehmer afrikaner flüchtlinge""".split()),
    title_nouns=frozenset(),
    year_name_words=("agenda", "strategie", "vision", "gesetz", "bericht", "übung"),
    non_head_words=frozenset("""diese diesem diesen dieser dieses kommende kommenden kommendes letzte letzten letztes
        nächste nächsten nächstes vergangene vergangenen vergangenes""".split()),
    determiners=("der", "die", "das", "den", "dem", "des"),
    day_determiners=("dem", "den", "der"),
    day_nouns=(),
    of_words=("des", "der", "von"),
    relative_words={
        "vergangene": -1, "vergangenen": -1, "vergangener": -1, "vergangenes": -1, "letzte": -1, "letzten": -1,
        "letzter": -1, "letztes": -1, "vorige": -1, "vorigen": -1, "voriger": -1, "voriges": -1,
        "vergangenem": -1, "letztem": -1, "vorigem": -1,
        # (`in den letzten beiden Jahren`: the recent past, as `den letzten Jahren`)
        "letzten beiden": -1, "vergangenen beiden": -1, "nächsten beiden": 1, "kommenden beiden": 1,
        "diese": 0, "diesen": 0, "dieser": 0, "dieses": 0, "diesem": 0, "laufenden": 0, "laufende": 0,
        "kommende": 1, "kommenden": 1, "kommender": 1, "kommendes": 1, "nächste": 1, "nächsten": 1,
        "nächster": 1, "nächstes": 1, "kommendem": 1, "nächstem": 1,
    },
    anaphoric_words={"jenem": 0, "jenen": 0, "jener": 0, "selben": 0, "gleichen": 0, "folgenden": 1,
                     "darauffolgenden": 1, "vorherigen": -1},
    plural_relative_words=frozenset({"letzten beiden", "vergangenen beiden", "nächsten beiden", "kommenden beiden"}),
    plural_units=frozenset("tage tagen wochen monate monaten jahre jahren jahrzehnte jahrzehnten jahrhunderte jahrhunderten "
                           "stunden".split()),
    vague_quantities=frozenset({"einige", "einigen", "wenige", "wenigen", "mehrere", "mehreren", "ein paar", "paar",
                                "viele", "vielen"}),
    approx_words=("etwa", "rund", "knapp", "fast", "gut", "mehr als", "über", "gerade einmal", "zirka", "circa", "ca."),
    ago_before=("vor",),
    ago_after=(),
    hence_before=("in",),
    earlier_after=("zuvor", "davor", "früher", "vorher"),
    later_after=("später", "danach", "darauf"),
    edge_words=("anfang", "ende", "mitte", "beginn"),
    late_edge_words=("ende",),
    half_words={"ersten halbjahr": 1, "erste halbjahr": 1, "ersten halbjahres": 1, "zweiten halbjahr": 2,
                "zweite halbjahr": 2, "zweiten halbjahres": 2, "ersten jahreshälfte": 1, "erste jahreshälfte": 1,
                "zweiten jahreshälfte": 2, "zweite jahreshälfte": 2},
    quarter_words=("quartal", "quartals"),
    decade_nouns=(),
    decade_suffixes=("er",),
    century_words=("jahrhundert", "jahrhunderts", "jh."),
    year_words=("jahr", "jahres", "jahre", "geschäftsjahr", "geschäftsjahres", "haushaltsjahr", "haushaltsjahres",
                "wirtschaftsjahr", "schuljahr"),  # (`im Jahre 2014`, `im Geschäftsjahr 2016`)
    short_year_prepositions=(),
    relative_year_words={"vorjahr": -1, "vorjahres": -1, "diesjährige": 0, "diesjährigen": 0,
                         "letztjährige": -1, "letztjährigen": -1, "d.j.": 0, "d. j.": 0,  # (`8. November d.J.`: dieses Jahres)
                         # (compounds of the year with its edge: `seit Jahresbeginn`, `zum Jahresende`: this year)
                         "jahresbeginn": 0, "jahresbeginns": 0, "jahresanfang": 0, "jahresanfangs": 0,
                         "jahresende": 0, "jahresendes": 0, "jahresmitte": 0},
    range_words=("bis", "und"),
    since_words=("seit",),
    deadline_words=("spätestens", "spätestens am", "spätestens zum", "bis spätestens", "bis spätestens zum"),
    until_words=(),
    until_looking_back=(),
    # (`um` before an earlier/later phrase is "by": `um ein Jahr früher angesetzt` moves a date, names none)
    duration_prepositions=("während", "innerhalb", "binnen", "im laufe", "um"),
    ambiguous_seasons=frozenset(),
    ambiguous_units=frozenset(),
    clock_words={"uhr": 0},
    clock_before=(),
    hour_nouns=(),
    relative_day_parts={},
    anaphoric_days={"vortag": -1, "folgetag": 1},
    night_to_words=("zum", "auf"),
    pod_phrases={"am morgen": "MO", "am vormittag": "MO", "am mittag": "AF", "am nachmittag": "AF", "am abend": "EV",
                 "am späten abend": "EV", "in der nacht": "NI", "am frühen morgen": "MO", "am späten vormittag": "MO",
                 "am frühen nachmittag": "AF", "am späten nachmittag": "AF", "am frühen abend": "EV"},
    pod_connectors=(),
    reference_guards={"augenblick": ("im",), "letzter zeit": ("in",), "jüngster zeit": ("in",),
                      "naher zukunft": ("in",), "moment": ("im",), "vergangenheit": ("der", "die"),
                      "gegenwart": ("der", "die", "diese"),
                      "nun einmal": (), "nun mal": (),
                      "früheren zeiten": ("in", "aus", "seit", "von"), "vergangenen zeiten": ("in", "aus", "seit", "von"),
                      "alten zeiten": ("in", "aus", "seit", "von")},  # (never a time: the particle)
    # (`soon` in a past clause is soon after the moment narrated, not soon from now)
    reference_not_after={"bald": (PAST_CLAUSE,), "sehr bald": (PAST_CLAUSE,),
                         "die zukunft": ("in",), "der zukunft": ("in",)},  # (`in der Zukunft`: `Zukunft`)
    discourse_words=frozenset({"nun"}),
    present_today=True,
    event_verbs=("beginnt", "beginnen", "startet", "starten", "eröffnet", "tagt", "tagen",
                 # (the day's news: `dziś wraca`, `сегодня отмечают`, `oggi torna`, `heute endet`)
                 "endet", "enden", "feiert", "feiern", "wählt", "tritt in kraft", "treten in kraft", "kehrt", "reist", "besucht"),
    # (after `wie` a participle is a comparison, no past: `wird nicht wie angekündigt am 20. November erscheinen`)
    past_forms=r"(?<!\bwie )(?:(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|um|dar|wieder|heraus"
               r"|hinaus|herein|hinein|vorbei|voran)?ge[a-zäöüß]{3,}(?:t|en)(?<!gegen)(?<!genug)(?<!gestern)(?<!gerade)(?<!geben)(?<!gehen)(?<!gelten)"
               # (a participle without `ge-` closing its clause: `hat heute das Programm präsentiert.`)
               r"|[a-zäöüß]{3,}iert(?=\s*[.,;:!?])"
               # (one with an inseparable prefix, which takes no `ge-`, closing its clause after its auxiliary:
               # `hat im Juli einen Gewinn erzielt.`, `hat am Freitag die Zahlen veröffentlicht.`; not the
               # adjectives `bekannt`, `bereit`, `entfernt`, `berechtigt`, `verantwortlich`)
               r"|(?:be|er|ver|zer|ent|emp|miss|über|unter|hinter)[a-zäöüß]{2,}t(?=\s*[.,;:!?])"
               r"(?<!bekannt)(?<!bereit)(?<!entfernt)(?<!berechtigt)(?<!bewusst)(?<!verwandt)(?<!bestimmt)"
               r"(?<!beliebt)(?<!berühmt)(?<!verrückt)(?<!erlaubt)(?<!verbreitet)"
               # weak preterites: `-ierte(n)` (`eskalierten`), and `-ete(n)` after a stem in -t/-d (`behauptete`,
               # `meldeten`; not `die erwarteten Wahlen`, `die Verbündeten`)
               r"|[a-zäöüß]{3,}ierten?"
               r"|[a-zäöüß]{2,}[td](?<!erwart)(?<!verbünd)ete[n]?)",
    future_forms="",
    adverb_suffix="",
    verb_date_gap_words=(),
    **NO_WRITTEN_GRAMMAR,  # (their grammar is built from the fields above)
    examples=(
        ("f_roman_date", "Der Vertrag vom 3.X.1990 gilt.", "3.X.1990", "1990-10-03"),
        ("f_named_month", "Im Monat des Stolzes war die Stadt bunt.", "Monat des Stolzes", "2024-06"),
        ("f_weekend", "Am Wochenende regnete es in Berlin.", "Wochenende", "2024-W50-WE"),
        ("f_night", "In der Nacht zum Sonntag brannte eine Scheune.", "der Nacht zum Sonntag", "2024-12-14TNI"),
        ("f_anaphoric_day", "Am 3. Mai 2020 kam er an. Am Vortag war er in Wien.", "Vortag", "2020-05-02"),
        ("f_holiday", "Zu Weihnachten wird die ganze Familie kommen.", "Weihnachten", "2024-12-25"),
        ("f_weekday", "Das sagte er am Dienstagabend in Ulm.", "Dienstagabend", "2024-12-17TEV"),
        ("f_pod_phrase", "Am Abend sprach der Kanzler.", "Abend", "2024-12-20TEV"),
        ("f_relmonth", "Das Gesetz gilt seit vergangenem März.", "vergangenem März", "2024-03"),
        ("f_num_dash", "Die Zahlen vom 24-08-17 weichen ab.", "24-08-17", "2017-08-24"),
        ("f_clock", "Er kam um 10.30 Uhr an.", "10.30 Uhr", "2024-12-20T10:30"),
        ("f_dmy", "Am 17. Dezember 2024 sprach er.", "17. Dezember 2024", "2024-12-17"),
        ("f_dmy", "Das geschah vor dem 24. Februar.", "dem 24. Februar", "2024-02-24"),
        ("f_month_year", "Dezember 2023 war kalt.", "Dezember 2023", "2023-12"),
        ("f_month", "Im Januar geht er.", "Januar", "2025-01"),
        ("f_month", "Anfang März traf er sie.", "Anfang März", "2024-03"),
        ("f_weekday", "Am Dienstag sprach er.", "Dienstag", "2024-12-17"),
        ("f_relday", "Gestern kam er.", "Gestern", "2024-12-19"),
        ("f_relday", "Die Helden von heute sind anders.", "heute", "PRESENT_REF"),
        ("f_relunit", "Er kam vergangene Woche.", "vergangene Woche", "2024-W50"),
        ("f_relunit", "In den letzten Jahren wuchs sie.", "den letzten Jahren", "PAST_REF"),
        ("f_relweekday", "Am vergangenen Sonntag wählten sie.", "vergangenen Sonntag", "2024-12-15"),
        ("f_year", "Das geschah im Jahr 2020.", "Jahr 2020", "2020"),
        ("f_year", "Er will bis Ende 2022 aussteigen.", "Ende 2022", "2022"),
        ("f_year_range", "Im Bürgerkrieg (1936-39) starben viele.", "1936", "1936"),
        ("f_ago", "Das geschah vor drei Tagen.", "vor drei Tagen", "2024-12-17"),
        ("f_ago", "Das geschah vor einigen Tagen.", "vor einigen Tagen", "PAST_REF"),
        ("f_ago", "In fünf Jahren wird sie regieren.", "In fünf Jahren", "2029"),
        ("f_edge_unit", "Er will bis Ende des Jahres aussteigen.", "Ende des Jahres", "2024"),
        ("f_decade", "In den 90er Jahren war das anders.", "den 90er Jahren", "199"),
        ("f_century", "Im 20. Jahrhundert war das anders.", "20. Jahrhundert", "19"),
        ("f_quarter", "Im ersten Quartal 2022 stieg der Umsatz.", "ersten Quartal 2022", "2022-Q1"),
        ("f_half", "Im ersten Halbjahr stieg der Umsatz.", "ersten Halbjahr", "2024-H1"),
        ("f_season", "Im Frühjahr 2020 senkte sie die Auflagen.", "Frühjahr 2020", "2020-SP"),
        ("f_date_range", "Vom 3. bis 5. Mai sprach er.", "3.", "2024-05-03"),
        ("f_month_range", "Von März bis Juni 2022 tagte er.", "März", "2022-03"),
        ("f_year_adjective", "Im Vorjahr waren es weniger.", "Vorjahr", "2023"),
        ("f_ref", "Jetzt ist der Weg frei.", "Jetzt", "PRESENT_REF"),
        ("f_ref", "Der Papst hatte das kürzlich gesagt.", "kürzlich", "PAST_REF"),
        ("f_pod", "Diesen Morgen kam er.", "Diesen Morgen", "2024-12-20TMO"),
    ),
)

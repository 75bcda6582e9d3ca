"""Polish: what the language contributes to date extraction (see `newsbeam.transforms.dates.profile`).

Names and words are listed in every case form news text uses: `17 grudnia` (genitive after a day),
`w grudniu` (locative), `między październikiem a grudniem` (instrumental), `w zeszłym roku`.
"""
from newsbeam.transforms.dates.profile import NO_WRITTEN_GRAMMAR, PAST_CLAUSE, DateProfile

PROFILE = DateProfile(
    code="pl",
    months={
        "styczeń": 1, "stycznia": 1, "styczniu": 1, "styczniem": 1, "luty": 2, "lutego": 2, "lutym": 2,
        "marzec": 3, "marca": 3, "marcu": 3, "marcem": 3, "kwiecień": 4, "kwietnia": 4, "kwietniu": 4,
        "kwietniem": 4, "maj": 5, "maja": 5, "maju": 5, "majem": 5, "czerwiec": 6, "czerwca": 6, "czerwcu": 6,
        "czerwcem": 6, "lipiec": 7, "lipca": 7, "lipcu": 7, "lipcem": 7, "sierpień": 8, "sierpnia": 8,
        "sierpniu": 8, "sierpniem": 8, "wrzesień": 9, "września": 9, "wrześniu": 9, "wrześniem": 9,
        "październik": 10, "października": 10, "październiku": 10, "październikiem": 10, "listopad": 11,
        "listopada": 11, "listopadzie": 11, "listopadem": 11, "grudzień": 12, "grudnia": 12, "grudniu": 12,
        "grudniem": 12,
        # month adjectives (`z majowego raportu`: the May report), every case form
        **{stem + ending: month
           for month, stem in enumerate("styczniow lutow marcow kwietniow majow czerwcow lipcow sierpniow wrześniow "
                                         "październikow listopadow grudniow".split(), start=1)
           for ending in "y a e ego ej emu ym ą ych ymi".split()},
    },
    ambiguous_months=frozenset("luty maj maja majem".split()),
    weekdays={
        "poniedziałek": 0, "poniedziałku": 0, "wtorek": 1, "wtorku": 1, "środa": 2, "środę": 2, "środy": 2,
        "czwartek": 3, "czwartku": 3, "piątek": 4, "piątku": 4, "sobota": 5, "sobotę": 5, "soboty": 5,
        "niedziela": 6, "niedzielę": 6, "niedzieli": 6,
        # (the instrumental after `między`, `przed`, `za`: `między wtorkiem a piątkiem`; the locative `po sobocie`)
        "poniedziałkiem": 0, "wtorkiem": 1, "środą": 2, "środzie": 2, "czwartkiem": 3, "piątkiem": 4, "sobotą": 5,
        "sobocie": 5, "niedzielą": 6,
    },
    # weekday adjectives, the singular case forms (`piątkowy raport`, `podczas niedzielnej konferencji`; the
    # plural-only ones are mostly habits: `piątkowych strajków`, `piątkowymi wagarami`)
    weekday_adjectives={
        **{stem + ending: day
           for day, stem in enumerate("poniedziałkow wtorkow środow czwartkow piątkow".split() + [None, "niedzieln"])
           if stem for ending in "y a e ego ej emu ym ą".split()},
        **{"sobotni" + ending: 5 for ending in ("", "a", "e", "ego", "ej", "emu", "m", "ą")},
    },
    weekday_compounds={},
    weekday_prepositions=("w", "we", "od", "do", "przed", "po", "na", "między", "pomiędzy", "a", "i", "lub", "albo", "oraz", "cały", "całą", "całe", "całego", "całej"),  # (`przez cały poniedziałek`)
    weekday_needs_preposition=True,
    weekday_name_determiners=(),
    capitalisation="lower",
    month_prepositions=("w", "we", "od", "do", "z", "pomiędzy", "między", "i", "a", "lub", "oraz", "przed", "po",
                        "na"),
    numeric_order="dmy",
    relative_days={"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2,
                   # (yesterday's, tomorrow's: `wczorajsza wypowiedź` is the day's, unlike `dzisiejszy`, said of the present)
                   **{stem + ending: offset for stem, offset in (("wczorajsz", -1), ("jutrzejsz", 1))
                      for ending in "y a e ego ej emu ym ą ych".split()}},
    relative_days_lower_only=frozenset(),
    relative_days_not_after={"dziś": ("nie od",), "dzisiaj": ("nie od",)},  # (`nie od dziś`: for a long time)
    year_suffixes=("roku", "rok", "r."),
    future_markers=("będzie", "będą", "będziemy", "ma być", "mają być", "zostanie", "zostaną", "planuje",
                    "wkrótce",
                    # perfective verbs in the present form are the future (`Sejm zajmie się ustawą we wtorek`): the
                    # third persons of those news use for what is scheduled
                    *"""zajmie zajmą podpisze podpiszą przyjmie przyjmą spotka spotkają odbędzie odbędą ogłosi ogłoszą
                    przedstawi przedstawią zdecyduje zdecydują wejdzie wejdą rozpocznie rozpoczną zakończy zakończą
                    pojedzie pojadą przyjedzie przyjadą odwiedzi odwiedzą wystąpi wystąpią zagłosuje zagłosują
                    opublikuje opublikują poda podadzą wyjedzie wyjadą wróci wrócą zbierze zbiorą ruszy ruszą otworzy
                    otworzą uruchomi uruchomią przekaże przekażą złoży złożą rozstrzygnie rozstrzygną zmieni zmienią
                    przyleci przylecą wygłosi omówi omówią przeprowadzi przeprowadzą zaprezentuje zaprezentują
                    zorganizuje zorganizują podejmie podejmą zbada zbadają zapadnie potrwa zacznie zaczną skończy
                    przejdzie dojdzie nastąpi nastąpią rozpatrzy rozpatrzą zatwierdzi zatwierdzą
                    zaplanowano zaplanowany zaplanowana zaplanowane zaplanowanych zaplanowanym zaplanowanej
                    przewidziano przewidziany przewidziana przewidziane planowany planowana planowane""".split()),
    weak_future_markers=("byłby", "byłaby", "byłoby", "mógłby", "mogłaby", "mogłoby", "mogą", "może", "by", "aby", "żeby"),
    present_modals=("może", "mogą"),
    past_markers=("wczoraj", "niedawno", "ubiegłym", "zeszłym", "temu"),
    past_suffix="",
    not_past=frozenset("""doli woli dali chwili mili sali soli fali roli szkoli pili święto
        siła siły szkoła szkoły mała mało cała biała udział zespół artykuł artykuły kościół kościoły materiał
        materiały kanał kanały sygnał sygnały dział podział uchwała uchwały rozdział źródło hasło ciało światło
        dzieło koło tło zło szkło reguła reguły skała stół stoły upał upały ideał ideały kapitał""".split()),
    # (nouns and adjectives that end as past forms do: `uchwały`, `źródło`, `udział`, `cała`)
    passive_auxiliaries=(),
    planned_past=(),
    ahead_infinitives=(),
    ahead_not_verbs=(),
    ahead_passive_auxiliaries=(),
    past_adverbs=frozenset(),
    attributive_determiners=(),
    reporting_verbs=frozenset(),
    half_after=("i pół",),
    every_words=("każdy", "każdą", "każdego", "każdym", "co"),
    habitual_words=("co roku", "corocznie", "coroczna", "coroczny", "coroczne", "corocznej", "każdego roku", "zwykle",
                    "zazwyczaj", "tradycyjnie"),
    fronting_words=frozenset("w we od do z i a ale już także jeszcze".split()),
    number_words={
        "jeden": 1, "jedna": 1, "jednego": 1, "jednym": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "dwoma": 2,
        "trzy": 3, "trzech": 3, "trzema": 3, "cztery": 4, "czterech": 4, "czterema": 4, "czteroma": 4, "pięć": 5, "pięciu": 5,
        "pięcioma": 5, "sześć": 6, "sześciu": 6, "sześcioma": 6, "siedem": 7, "siedmiu": 7, "siedmioma": 7,
        "osiem": 8, "ośmiu": 8, "ośmioma": 8, "dziewięć": 9, "dziewięciu": 9, "dziewięcioma": 9, "dziesięć": 10,
        "dziesięciu": 10, "dziesięcioma": 10, "dwanaście": 12, "piętnaście": 15, "dwadzieścia": 20,
        "dwudziestu": 20, "trzydzieści": 30, "pięćdziesiąt": 50, "sto": 100, "pół": 0.5, "półtora": 1.5,
    },
    ordinal_words={"pierwszy": 1, "pierwszym": 1, "pierwszej": 1, "pierwszego": 1, "drugi": 2, "drugim": 2,
                   "drugiej": 2, "drugiego": 2, "trzeci": 3, "trzecim": 3, "trzeciej": 3, "czwarty": 4,
                   "czwartym": 4, "czwartej": 4},
    decade_words={},
    seasons={"wiosna": "SP", "wiosną": "SP", "wiosny": "SP", "wiośnie": "SP", "wiosnę": "SP", "zimę": "WI", "lato": "SU", "latem": "SU", "lata": "SU",
             "lecie": "SU", "jesień": "FA", "jesienią": "FA", "jesieni": "FA", "zima": "WI", "zimą": "WI",
             "zimy": "WI", "zimie": "WI"},
    parts_of_day={"rano": "MO", "rankiem": "MO", "przed południem": "MO", "w południe": "12:00",
                  "po południu": "AF", "wieczorem": "EV", "wieczór": "EV", "nocą": "NI", "w nocy": "NI",
                  "ranka": "MO", "wieczoru": "EV", "nocy": "NI"},
    units={
        "dzień": "D", "dni": "D", "dnia": "D", "dniach": "D", "dniami": "D", "tydzień": "W", "tygodnia": "W", "tygodniu": "W", "tygodniem": "W",
        "tygodnie": "W", "tygodni": "W", "tygodniach": "W", "tygodniami": "W", "miesiąc": "M", "miesiąca": "M", "miesiącu": "M",
        "miesiącem": "M", "miesiące": "M", "miesięcy": "M", "miesiącach": "M", "miesiącami": "M", "kwartał": "Q", "kwartale": "Q",
        "kwartału": "Q", "rok": "Y", "roku": "Y", "rokiem": "Y", "lata": "Y", "lat": "Y", "latach": "Y",
        "laty": "Y", "latami": "Y", "dekada": "DE", "dekady": "DE", "dekadę": "DE", "dekadzie": "DE", "dekad": "DE",
        "wiek": "CE", "wieku": "CE", "stulecie": "CE", "stulecia": "CE", "stuleciu": "CE", "stuleciem": "CE", "weekend": "WE", "weekendzie": "WE", "godziny": "HR", "godzin": "HR",
        "godzinach": "HR",
    },
    reference_words={
        "obecnie": "PRESENT_REF", "teraz": "PRESENT_REF", "aktualnie": "PRESENT_REF", "dzisiejszych czasach": "PRESENT_REF",
        "dzisiejszy": "PRESENT_REF", "dzisiejsza": "PRESENT_REF", "dzisiejsze": "PRESENT_REF",
        "dzisiejszego": "PRESENT_REF", "dzisiejszej": "PRESENT_REF", "dzisiejszym": "PRESENT_REF",
        "obecnym momencie": "PRESENT_REF", "chwili obecnej": "PRESENT_REF",
        "niedawno": "PAST_REF", "ostatnio": "PAST_REF", "dawniej": "PAST_REF", "niegdyś": "PAST_REF",
        "przeszłości": "PAST_REF", "swego czasu": "PAST_REF", "jakiś czas temu": "PAST_REF", "nie tak dawno": "PAST_REF", "ostatnim okresie": "PAST_REF",
        "tej chwili": "PRESENT_REF", "najbliższej przyszłości": "FUTURE_REF", "najbliższą przyszłość": "FUTURE_REF",
        "pewien czas temu": "PAST_REF", "ostatnimi czasy": "PAST_REF", "ostatnim czasie": "PAST_REF", "niedawna": "PAST_REF", "ostatnimi laty": "PAST_REF", "wkrótce": "FUTURE_REF", "niebawem": "FUTURE_REF",
        "przyszłości": "FUTURE_REF", "przyszłość": "FUTURE_REF", "wtedy": "PAST_REF", "wówczas": "PAST_REF", "kiedyś": "PAST_REF", "za jakiś czas": "FUTURE_REF", "lada dzień": "FUTURE_REF",
        "najbliższym czasie": "FUTURE_REF", "chwilę obecną": "PRESENT_REF", "dawno temu": "PAST_REF", "dawno": "PAST_REF",
    },
    era_nouns=frozenset(),
    holidays={"wigilia": (12, 24), "wigilię": (12, 24), "wigilii": (12, 24), "boże narodzenie": (12, 25), "bożego narodzenia": (12, 25), "bożym narodzeniu": (12, 25),
              "wielkanoc": "easter", "wielkanocy": "easter", "święto niepodległości": (11, 11),
              "święta niepodległości": (11, 11), "święcie niepodległości": (11, 11)},  # (capitalised, after a preposition or an article, or with a year)
    named_months={"miesiąc dumy": 6, "miesiąca dumy": 6, "miesiącu dumy": 6},
    weekday_name_prefixes=frozenset(),
    weekday_name_suffixes=frozenset(),
    count_nouns=frozenset("osób osoby ludzi złotych zł euro dolarów mieszkańców żołnierzy członków ton km".split()),
    title_nouns=frozenset(),
    year_name_words=("agend", "strategi", "wizj", "ustaw", "raport"),
    non_head_words=frozenset(),
    determiners=(),
    day_determiners=(),
    day_nouns=(),
    of_words=(),
    relative_words={
        "zeszły": -1, "zeszłym": -1, "zeszłego": -1, "zeszłej": -1, "zeszłą": -1, "ubiegły": -1, "ubiegłym": -1,
        "ubiegłego": -1, "ubiegłej": -1, "ubiegłą": -1, "ub.": -1, "poprzedni": -1, "poprzednim": -1, "poprzedniego": -1,
        "ostatni": -1, "ostatnim": -1, "ostatniego": -1, "ostatniej": -1, "ostatnich": -1, "ostatnie": -1,
        "wcześniejszych": -1, "minionym": -1, "minionego": -1, "minionej": -1, "minionych": -1, "miniony": -1, "minioną": -1,
        "miniona": -1, "minione": -1,
        "ten": 0, "tym": 0, "tego": 0, "tej": 0, "tę": 0, "ta": 0, "tych": 0, "bieżący": 0, "bieżącym": 0,
        "bieżącego": 0, "obecnym": 0, "obecnego": 0, "mijający": 0, "mijającego": 0, "mijającym": 0,
        "mijającej": 0, "mijającą": 0,
        "przyszły": 1, "przyszłym": 1, "przyszłego": 1, "przyszłej": 1, "przyszłą": 1, "następny": 1,
        "następnym": 1, "następnego": 1, "nadchodzący": 1, "nadchodzącym": 1, "nadchodzących": 1,
        "kolejnych": 1, "kolejne": 1, "najbliższy": 1, "najbliższym": 1, "najbliższych": 1, "najbliższe": 1,
    },
    anaphoric_words={"tamtego": 0, "tamtym": 0, "tamten": 0, "tym samym": 0, "tego samego": 0},
    # (plural forms, which with `lata` make it years, not summer's: `ostatnie lata`, `tego lata`)
    plural_relative_words=frozenset("""te tych ostatnie ostatnich kolejne kolejnych najbliższe najbliższych minione
        minionych poprzednie poprzednich przyszłe przyszłych następne następnych wcześniejsze wcześniejszych ubiegłe
        ubiegłych zeszłe zeszłych""".split()),
    plural_units=frozenset("dni dniach dniami tygodnie tygodni tygodniach tygodniami miesiące miesięcy miesiącach miesiącami lata lat latach laty latami "
                           "dekady godziny godzin godzinach".split()),
    vague_quantities=frozenset("kilka kilku kilkoma kilkanaście kilkunastu kilkadziesiąt kilkudziesięciu kilkaset kilkuset "
                               "parę paru wiele wielu".split()),
    approx_words=("około", "prawie", "niemal", "ponad", "blisko", "zaledwie", "aż", "nieco ponad", "niespełna"),
    ago_before=("przed", "sprzed"),
    ago_after=("temu",),
    hence_before=("za",),
    earlier_after=("wcześniej", "przedtem"),
    later_after=("później", "potem"),
    edge_words=("początku", "początkiem", "początek", "końca", "końcu", "koniec", "połowie", "połowy", "połowa",
                "połowę", "poł.", "pierwszych miesiącach", "ostatnich miesiącach", "końcem"),
    late_edge_words=("końca", "końcu", "koniec", "końcem"),
    half_words={"pierwszej połowie": 1, "pierwsza połowa": 1, "pierwszą połowę": 1, "pierwszego półrocza": 1,
                "pierwszym półroczu": 1, "drugiej połowie": 2, "druga połowa": 2, "drugą połowę": 2,
                "drugiego półrocza": 2, "drugim półroczu": 2},
    quarter_words=("kwartale", "kwartał", "kwartału"),
    decade_nouns=("lata", "lat", "latach", "latami"),
    decade_suffixes=(".", ".tych", "-tych", "-te"),
    century_words=("wiek", "wieku", "w."),
    year_words=("rok", "roku", "r."),  # (`w r. 2005`)
    short_year_prepositions=(),
    relative_year_words={
        # (this year's, last year's, next year's, every case form: `ubiegłoroczne wybory`, `tegoroczną edycję`)
        **{stem + ending: offset for stem, offset in (("tegoroczn", 0), ("ubiegłoroczn", -1), ("zeszłoroczn", -1),
                                                      ("przyszłoroczn", 1))
           for ending in "y a e ego ej emu ym ą ych ymi".split()},
        "br.": 0, "b.r.": 0, "ub.r.": -1, "ub. r.": -1, "ubr.": -1,
    },
    range_words=("do", "i", "oraz", "a"),
    since_words=(),  # (`od` is also "from": `od 1 lipca` said in June is the coming one; the tense decides)
    deadline_words=("najpóźniej", "najpóźniej do", "nie później niż"),
    until_words=(),
    until_looking_back=(),
    duration_prepositions=("w ciągu", "przez", "na przestrzeni"),
    ambiguous_seasons=frozenset({"lato", "lata"}),
    ambiguous_units=frozenset({"wiek", "wieku"}),
    clock_words={},
    clock_before=("o godz.", "od godz.", "do godz.", "godz.", "o godzinie", "około godz."),
    hour_nouns=("o godz.", "od godz.", "do godz.", "godz.", "o godzinie", "około godz."),
    relative_day_parts={},
    anaphoric_days={"nazajutrz": 1},
    night_to_words=("na",),
    pod_phrases={"w godzinach porannych": "MO", "w godzinach popołudniowych": "AF", "w godzinach wieczornych": "EV",
                 "w godzinach nocnych": "NI", "rano": "MO", "rankiem": "MO", "przed południem": "MO", "po południu": "AF", "wieczorem": "EV", "w nocy": "NI",
                 "nad ranem": "MO"},
    pod_connectors=(),
    # (`wtedy`, `wówczas`: then, in a past clause; after `jeśli` "in that case"; `kiedyś` once, or some day)
    reference_guards={"wtedy": (PAST_CLAUSE,), "wówczas": (PAST_CLAUSE,), "kiedyś": (PAST_CLAUSE,), "przeszłości": ("w",), "przyszłości": ("w", "na", "bliskiej", "dalekiej", "o", "dla", "ku"),
                      "dzisiejszych czasach": ("w",), "ostatnim czasie": ("w",), "niedawna": ("do", "całkiem"),
                      "ostatnim okresie": ("w",), "tej chwili": ("w",),
                      "najbliższym czasie": ("w",), "chwilę obecną": ("na",), "dawno": ("już", "bardzo")},
    reference_not_after={"wtedy": ("tylko", "wyłącznie", "jedynie"),  # (`tylko wtedy, gdy`: only if)
                         # (`soon` in a past clause is soon after the moment narrated, not soon from now)
                         "wkrótce": (PAST_CLAUSE,), "niebawem": (PAST_CLAUSE,)},
    discourse_words=frozenset(),
    present_today=True,
    event_verbs=("rozpoczyna się", "rozpoczynają się", "zaczyna się", "zaczynają się", "odbywa się", "odbywają się", "startuje", "obraduje", "obradują",
                 # (the day's news: `dziś wraca`, `сегодня отмечают`, `oggi torna`, `heute endet`)
                 "wraca", "wracają", "przyjeżdża", "przyjeżdżają", "przylatuje", "odwiedza", "spotyka się", "spotykają się", "kończy się", "kończą się", "obchodzi", "obchodzą", "obchodzimy", "świętuje", "świętują", "głosuje", "głosują", "wchodzi w życie", "wchodzą w życie", "rusza", "ruszają"),
    past_forms=r"[a-ząćęłńóśźż]{2,}(?:łem|łam|łeś|łaś|ł|ła|ło|li|ły|liśmy|łyśmy|liście)"
               r"|[a-ząćęłńóśźż]{3,}(?:ono|ano|ęto|ito|yto)(?<!rano)",
    # (`ma`/`mają` with an infinitive: is to, scheduled: `Prezydent ma przyjechać w niedzielę`)
    future_forms=r"(?:ma|mają)\s+(?:się\s+)?[a-ząćęłńóśźż]{2,}(?:ć|c)",
    adverb_suffix="",
    verb_date_gap_words=(),
    **NO_WRITTEN_GRAMMAR,  # (their grammar is built from the fields above)
    examples=(
        ("f_num_dot_year", "Umowę podpisano 20.06.2022 r. w Lublinie.", "20.06.2022 r.", "2022-06-20"),
        ("f_roman_date", "Ustawę podpisano 11 XI 1918 r.", "11 XI 1918 r.", "1918-11-11"),
        ("f_hour_at", "Sesja zacznie się o godz. 10 w sejmie.", "10", "2024-12-20T10:00"),
        ("f_named_month", "W miesiącu dumy odbyły się parady.", "miesiącu dumy", "2024-06"),
        ("f_weekend", "W weekend padało.", "weekend", "2024-W50-WE"),
        ("f_night", "W nocy z soboty na niedzielę doszło do pożaru.", "nocy z soboty na niedzielę", "2024-12-14TNI"),
        ("f_anaphoric_day", "Przyjechał 3 maja 2020 r. Nazajutrz wyjechał.", "Nazajutrz", "2020-05-04"),
        ("f_holiday", "Wrócił do domu na Boże Narodzenie.", "Boże Narodzenie", "2023-12-25"),
        ("f_pod_phrase", "W nocy doszło do pożaru.", "nocy", "2024-12-19TNI"),
        ("f_clock_at", "Sesja zaczyna się o godz. 10.15.", "10.15", "2024-12-20T10:15"),
        ("f_relmonth", "Fabrykę otwarto w ubiegłym październiku.", "ubiegłym październiku", "2024-10"),
        ("f_num_dash", "Dane z 24-08-2017 różnią się.", "24-08-2017", "2017-08-24"),
        ("f_dmy", "17 grudnia 2024 r. mówił.", "17 grudnia 2024 r.", "2024-12-17"),
        ("f_month_year", "Marzec 2023 roku był zimny.", "Marzec 2023 roku", "2023-03"),
        ("f_month_year", "Obowiązuje do września bieżącego roku.", "września bieżącego roku", "2024-09"),
        ("f_month", "Przyjedzie w styczniu.", "styczniu", "2025-01"),
        ("f_month_range", "Sprzedaż trwa pomiędzy październikiem i grudniem.", "październikiem", "2024-10"),
        ("f_month", "W połowie kwietnia media poinformowały.", "połowie kwietnia", "2024-04"),
        ("f_weekday", "Mówił w piątek.", "piątek", "2024-12-20"),
        ("f_weekday_adjective", "Środowy raport mówił o 3391 przypadkach.", "Środowy", "2024-12-18"),
        ("f_relunit", "20 sierpnia 2018 roku zaczęła. Następnego dnia pisze.", "Następnego dnia", "2018-08-21"),
        ("f_relday", "Wczoraj mówił.", "Wczoraj", "2024-12-19"),
        ("f_relunit", "To było w zeszłym roku.", "zeszłym roku", "2023"),
        ("f_relunit", "W kolejnych latach to się zmieni.", "kolejnych latach", "FUTURE_REF"),
        ("f_relunit", "Z kolei w roku ubiegłym zainwestowały.", "roku ubiegłym", "2023"),
        ("f_relweekday", "Mówił w ubiegły piątek.", "ubiegły piątek", "2024-12-13"),
        ("f_relday", "Mówił dziś rano.", "dziś rano", "2024-12-20TMO"),
        ("f_pod", "Tej nocy padało.", "Tej nocy", "2024-12-19TNI"),  # (in a past clause: the night just gone)
        ("f_year", "W 1955 r. urodziła się.", "1955 r.", "1955"),
        ("f_year", "Prawo pochodziło z roku 1956.", "roku 1956", "1956"),
        ("f_year_range", "W latach 2021-2022 przybrał rozmiary.", "2022", "2022"),
        ("f_ago", "Od uruchomienia przed dziewięcioma laty rośnie.", "przed dziewięcioma laty", "2015"),
        ("f_ago", "Jeszcze kilka lat temu spółka upadała.", "kilka lat temu", "PAST_REF"),
        ("f_ago", "Nie było to tak intensywne jak 5-6 lat temu.", "5-6 lat temu", "201"),
        ("f_edge_unit", "Do końca roku to zrobi.", "końca roku", "2024"),
        ("f_decade", "Od lat 70. dochodziło do konfliktów.", "lat 70.", "197"),
        ("f_century", "W XXI wieku projekt się zmienił.", "XXI wieku", "20"),
        ("f_quarter", "W pierwszym kwartale 2022 rosło.", "pierwszym kwartale 2022", "2022-Q1"),
        ("f_half", "Spadła do zera w pierwszej połowie 2022 r.", "pierwszej połowie 2022 r.", "2022-H1"),
        ("f_season", "Będzie to jesienią.", "jesienią", "2025-FA"),
        ("f_date_range", "Od 19 do 25 maja potwierdzono przypadki.", "19", "2024-05-19"),
        ("f_year_adjective", "Bohaterami tegorocznej wersji są oni.", "tegorocznej", "2024"),
        ("f_ref", "Obecnie granicę przekroczyło wielu.", "Obecnie", "PRESENT_REF"),
        ("f_ref", "Niedawno Macron zamieścił wpis.", "Niedawno", "PAST_REF"),
    ),
)

"""Error classes found on the blind sets of round 2 (`tests/data/dates-*-blind.jsonl`, scored before
any fix), each on sentences written for these tests: the class, not the article, is what is fixed."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.transforms.dates.test_dates import found, values

WEDNESDAY = dt.date(2022, 6, 15)


@pytest.mark.parametrize("language, text, expected", [
    # a month with last / this / next: the last one before the anchor's month, this year's, the next one
    ("es", "El acuerdo se firmó el pasado julio.", [("el pasado julio", "2021-07")]),
    ("es", "La campaña circula desde este mes de octubre.", [("este mes de octubre", "2022-10")]),
    ("es", "Volverá el próximo enero.", [("el próximo enero", "2023-01")]),
    ("fr", "Il s'est rendu à Rome en octobre dernier.", [("octobre dernier", "2021-10")]),
    ("fr", "Elle a été élue en janvier dernier.", [("janvier dernier", "2022-01")]),
    ("it", "Il patto è stato firmato lo scorso marzo.", [("lo scorso marzo", "2022-03")]),
    ("it", "Il patto è stato firmato a settembre scorso.", [("settembre scorso", "2021-09")]),
    ("de", "Das Gesetz gilt seit letzten Juli.", [("letzten Juli", "2021-07")]),
    # `Teraz,` opening a sentence is "now" (as `Nun,` and `Ora,` may be "well,", Polish writes `No,`)
    ("pl", "„Teraz, tak jak kiedyś, musimy działać szybko” – powiedział.", [("Teraz", "PRESENT_REF")]),
    # the future as a noun after `na`, `al`
    ("pl", "To będzie miało wpływ na przyszłość regionu.", [("przyszłość", "FUTURE_REF")]),
    ("it", "L'unica minaccia al futuro del porto è la siccità.", [("futuro", "FUTURE_REF")]),
    ("de", "Die nunmehr gültigen Regeln sind streng.", [("nunmehr", "PRESENT_REF")]),
    # month adjectives: the month, by the tense
    ("pl", "Tak wynika z majowego raportu ministerstwa.", [("majowego", "2022-05")]),
    ("pl", "Lipcowe obniżki cen zapowiedziano wczoraj.", [("Lipcowe", "2022-07"), ("wczoraj", "2022-06-14")]),
    ("ru", "Майский указ министр подписал в пятницу.", [("Майский", "2022-05"), ("пятницу", "2022-06-10")]),
    # the eve: the day before, unless it is the eve of something named
    ("es", "El ministro anunció la víspera la llegada de las tropas.", [("la víspera", "2022-06-14")]),
    ("fr", "Le ministre l'avait annoncé la veille.", [("la veille", "2022-06-14")]),
    ("fr", "Le pays vote à la veille de la fête nationale.", []),
    ("es", "La tienda abrió la víspera de Navidad.", []),
    # datelines with an abbreviated month; clock times after their preposition (left out of the span)
    ("it", "Milano, 14 giu – Il consiglio comunale si riunisce alle 18.30.",
     [("14 giu", "2022-06-14"), ("18.30", "2022-06-14T18:30")]),
    ("es", "Sevilla, 3 jun (EFE).- El pleno empezó a las 10:15 horas.", [("3 jun", "2022-06-03"), ("10:15", "2022-06-03T10:15")]),
    ("pl", "Posiedzenie rozpocznie się o godz. 11.45 w ratuszu.", [("11.45", "2022-06-15T11:45")]),
    ("pl", "Ceny wzrosły o 2.50 zł, a stopy o 0.25 proc.", []),       # amounts, not times
    ("it", "La squadra ha vinto 3 set a 1 contro il Modena.", []),    # `set` is no month
    # a range's first date takes the second's year (the year before when its month comes later)
    ("ru", "С 3 августа по 9 сентября 2019 года завод стоял.", [("3 августа", "2019-08-03"),
                                                               ("9 сентября 2019 года", "2019-09-09")]),
    ("es", "Del 20 de diciembre al 6 de enero de 2020 cerró.", [("20 de diciembre", "2019-12-20"),
                                                             ("6 de enero de 2020", "2020-01-06")]),
    ("de", "Vom 1. Februar bis 12. März 2019 galt die Regel.", [("1. Februar", "2019-02-01"),
                                                               ("12. März 2019", "2019-03-12")]),
    # `in a year` in a past narrative: a year after the date just named, not after the anchor
    ("ru", "В 2018 году завод закрыли, а через год снесли.", [("2018 году", "2018"), ("через год", "2019")]),
    ("ru", "Новый завод построят через год.", [("через год", "2023")]),
    # a part of the day named before its weekday
    ("es", "Desde la media tarde de este miércoles circulan trenes.", [("la media tarde de este miércoles",
                                                                        "2022-06-15TAF")]),
    ("es", "La noche del martes hubo disturbios.", [("La noche del martes", "2022-06-14TNI")]),
    ("it", "La sera di lunedì il sindaco ha parlato.", [("La sera di lunedì", "2022-06-13TEV")]),
    ("ru", "Утром в пятницу мэр выступил.", [("Утром в пятницу", "2022-06-10TMO")]),
    # a perfect infinitive is a past form: the month before it is the last one
    ("es", "Tras haber duplicado en octubre las ventas, la empresa ha cerrado.", [("octubre", "2021-10")]),
    ("it", "Dopo aver firmato a ottobre il patto, il governo è caduto.", [("ottobre", "2021-10")]),
    ("fr", "Après avoir signé en octobre, il est parti.", [("octobre", "2021-10")]),
    # some time after or before a narrated moment is no date (TimeML: a duration)
    ("it", "Il rapporto arriva pochi giorni dopo la partenza della nave.", []),
    ("pl", "Kilka tygodni później wybuchła wojna.", []),
    ("de", "Wenige Monate später kam es zum Ausbruch.", []),
    ("it", "Tra pochi giorni si vota.", [("Tra pochi giorni", "FUTURE_REF")]),
    # English: a possessive weekday is the last one, unless the clause surely points ahead
    ("en", "Delegates will attend Friday's summit in Rome.", [("Friday", "2022-06-17")]),
    ("en", "Shares fell after Friday's close.", [("Friday", "2022-06-10")]),
    # the verb of the date's own clause decides, not one in a participle clause after a comma
    ("en", "The minister attacked the plan on Monday, saying it would ruin farmers.", [("Monday", "2022-06-13")]),
    # `the previous weekend` after a day: the weekend before that day
    ("en", "The paper criticised him on June 8 for staying away after the floods of the previous weekend.",
     [("June 8", "2022-06-08"), ("the previous weekend", "2022-W22-WE")]),
    # English: an award's `of the year` is its name; a year before `by` is a year unless a size follows
    ("en", "She was named player of the year for 2021 by the union.", [("2021", "2021")]),
    ("en", "The team of the year prize went to the juniors.", []),
    ("en", "The screen shows 2048 by 1536 pixels.", []),
    # a range of years: two dates (a season across two, `2019-20`, one); a possessive season is a season
    ("en", "It paid a tax claim for the 2011-2013 period.", [("2011", "2011"), ("2013", "2013")]),
    ("en", "He starred in the 2019-20 season.", [("2019-20", "2019")]),  # (round 6: one season, as `2019/20`)
    ("en", "She had a solid winter's training abroad.", [("winter", "2021-WI")]),
    # French `mois` is singular and plural: the relative word tells; `les mois qui viennent` is ahead
    ("fr", "Les prix monteront dans les prochains mois.", [("les prochains mois", "FUTURE_REF")]),
    ("fr", "Les prix ont monté ces derniers mois.", [("ces derniers mois", "PAST_REF")]),
    ("fr", "Un accord est possible dans les mois qui viennent.", [("les mois qui viennent", "FUTURE_REF")]),
    ("fr", "La semaine qui vient sera chargée.", [("La semaine qui vient", "2022-W25")]),
    # a relative word after its unit stays on its line (a heading's last word is not `ce` of the next paragraph)
    ("fr", "Des liens tissés depuis des mois\n\nCe soutien était attendu.", []),
    # `today`: the present when its own clause has no past or future verb (a past one elsewhere in the
    # sentence does not make it a day); nouns ending like past forms (`стол`) are no past verbs
    ("ru", "Хотя заводов почти не осталось, сегодня мы видим новые цеха.", [("сегодня", "PRESENT_REF")]),
    ("it", "I problemi che esistono oggi sono gravi: non tutti li affrontano, ha concluso l'esperto.",
     [("oggi", "PRESENT_REF")]),
    ("ru", "Сегодня все садятся за стол переговоров.", [("Сегодня", "PRESENT_REF")]),
    ("pl", "Dzisiaj nie ma już co ukrywać, że scena stała się polityką.", [("Dzisiaj", "PRESENT_REF")]),
    ("de", "Heute hat der Minister in Berlin gesprochen.", [("Heute", "2022-06-15")]),
    # a date in a clause that says it recurs is any year's (profile field habitual_words)
    ("es", "La campaña empieza habitualmente el 1 de octubre, pero se retrasó.", [("el 1 de octubre", "XXXX-10-01")]),
    ("pl", "Coroczny kiermasz odbywa się w grudniu, a dochód trafia do szkoły.", [("grudniu", "XXXX-12")]),
    ("de", "Im Sommer ist es dort gewöhnlich heiß.", [("Sommer", "XXXX-SU")]),
    ("en", "The fair, usually held in July, moves to August this year.", [("July", "XXXX-07"),
                                                                        ("August this year", "2022-08")]),
    ("fr", "Le festival a lieu chaque année en juillet.", [("juillet", "XXXX-07")]),
])
def test_found_with_values(language, text, expected):
    assert found(text, WEDNESDAY, language) == expected


def test_a_perfect_with_a_separable_participle_makes_today_a_day():
    # `hat heute ... aufgebraucht`: something happened today, not "nowadays"
    assert values("Der Sammler hat heute seine letzte Dose aufgebraucht.", WEDNESDAY, "de") == ["2022-06-15"]
    assert values("Heute ist vieles anders als früher.", WEDNESDAY, "de") == ["PRESENT_REF"]


# Round 3: classes found on `tests/data/dates-multi-3.jsonl` (50 fresh articles, scored before any fix).
@pytest.mark.parametrize("language, text, expected", [
    # `this winter` said in summer is the coming one (winter 2022 starts in December 2022), also in a
    # clause with a participle; a bare season in a present clause: the nearer one, as near: the coming one
    ("de", "Diesen Winter ist Sparen angesagt.", [("Diesen Winter", "2022-WI")]),
    ("fr", "Les écoles fermeront plus tôt cet hiver.", [("cet hiver", "2022-WI")]),
    ("de", "Die Preise lassen Schlimmes im Winter befürchten.", [("Winter", "2022-WI")]),
    ("de", "Im Sommer war es heiß.", [("Sommer", "2022-SU")]),
    # the next day after a date just named (`am nächsten Tag`, `następnego dnia`, `на следующий день`)
    ("de", "Am 3. Mai 2020 reiste sie an, am nächsten Tag sprach sie.", [("3. Mai 2020", "2020-05-03"),
                                                                         ("nächsten Tag", "2020-05-04")]),
    ("pl", "Strajk zaczął się 20 sierpnia 2018 roku. Następnego dnia pisały o nim gazety.",
     [("20 sierpnia 2018 roku", "2018-08-20"), ("Następnego dnia", "2018-08-21")]),
    ("ru", "Делегация прибыла 3 мая 2020 года, а на следующий день уехала.",
     [("3 мая 2020 года", "2020-05-03"), ("следующий день", "2020-05-04")]),
    ("es", "Llegó el 3 de mayo de 2020 y al día siguiente se fue.", [("el 3 de mayo de 2020", "2020-05-03"),
                                                                      ("día siguiente", "2020-05-04")]),
    # German writes a part of the day together with its weekday
    ("de", "Das sagte der Minister am Dienstagabend in Bonn.", [("Dienstagabend", "2022-06-14TEV")]),
    ("de", "Vergangenen Freitagnachmittag schloss das Werk.", [("Vergangenen Freitagnachmittag", "2022-06-10TAF")]),
    ("de", "Dienstagabends trainiert die Mannschaft.", []),
    # Polish weekday adjectives: the day of an event already reported on (today included)
    ("pl", "Wtorkowy raport resortu mówił o trzech ofiarach.", [("Wtorkowy", "2022-06-14")]),
    ("pl", "Sankcje to efekt niedzielnej konferencji przywódców.", [("niedzielnej", "2022-06-12")]),
    ("pl", "Środowe posiedzenie rządu trwało krótko.", [("Środowe", "2022-06-15")]),
    # case forms of plural periods (`w tych dniach`, `ostatnimi dniami`, `прошлыми годами`)
    ("pl", "Słyszymy to w tych dniach coraz częściej.", [("tych dniach", "PRESENT_REF")]),
    ("pl", "W ostatnich dniach padało.", [("ostatnich dniach", "PAST_REF")]),
    ("ru", "Проектов стало больше по сравнению с прошлыми годами.", [("прошлыми годами", "PAST_REF")]),
    ("ru", "В ближайших месяцах цены вырастут.", [("ближайших месяцах", "FUTURE_REF")]),
    # some time ago, the other day
    ("pl", "Jeszcze jakiś czas temu nikt o tym nie mówił.", [("jakiś czas temu", "PAST_REF")]),
    ("ru", "На днях министр подписал указ.", [("На днях", "PAST_REF")]),
    ("de", "Vor einiger Zeit schloss die Fabrik.", [("Vor einiger Zeit", "PAST_REF")]),
    ("fr", "Il y a quelque temps, la mairie a fermé l'école.", [("Il y a quelque temps", "PAST_REF")]),
    # the last / next century, counted from the anchor (`this` one left alone: `w tym wieku` is "at this age")
    ("de", "Das Haus stammt aus dem letzten Jahrhundert.", [("dem letzten Jahrhundert", "19")]),
    ("ru", "Этот завод построили в прошлом веке.", [("прошлом веке", "19")]),
    ("es", "La casa se construyó en el siglo pasado.", [("el siglo pasado", "19")]),
    ("pl", "W tym wieku nie pracuje się już w kopalni.", []),
    # the past and the future as nouns (`del pasado`, `in Zukunft`); `of today` is the present era
    ("es", "Añoran el mundo abierto del pasado.", [("pasado", "PAST_REF")]),
    ("de", "Wie das Verfahren in Zukunft aussieht, ist offen.", [("Zukunft", "FUTURE_REF")]),
    ("fr", "Les Français d’aujourd’hui voyagent moins.", [("aujourd’hui", "PRESENT_REF")]),
    # a day and month without a year, in a story told about a year two or more from the anchor's: that
    # year (the weekday, when written, must agree: else the anchor's year)
    ("fr", "Le 11 janvier 2020, elle écrit au ministre. Le 8 février, elle l'appelle. Le 29 février, elle insiste.",
     [("11 janvier 2020", "2020-01-11"), ("8 février", "2020-02-08"), ("29 février", "2020-02-29")]),
    ("fr", "En mars 2019, il part. Ses propos parus mardi 14 juin le confirment.",
     [("mars 2019", "2019-03"), ("mardi 14 juin", "2022-06-14")]),
    ("de", "Im März 2021 zog er nach Wien, am 5. Januar kehrte er zurück.",
     [("März 2021", "2021-03"), ("5. Januar", "2022-01-05")]),
    # ... not after a date that starts a time lasting until now, nor after `now` named in between
    ("it", "Era procuratrice da marzo 2020. E il 10 luglio Zelensky l'aveva licenziata.",
     [("marzo 2020", "2020-03"), ("il 10 luglio", "2022-07-10")]),
    ("de", "Anfang Februar 2020 begann es. Jetzt läuft die Runde seit dem 3. November.",
     [("Anfang Februar 2020", "2020-02"), ("Jetzt", "PRESENT_REF"), ("dem 3. November", "2021-11-03")]),
    # holidays: capitalised, after a preposition or an article, with a part of the day before; greetings
    # and `of` phrases (`courses de Noël`) are no dates
    ("it", "Le molestie sono avvenute la notte di San Silvestro.", [("la notte di San Silvestro", "2021-12-31TNI")]),
    ("de", "Zu Weihnachten war die Familie in Wien.", [("Weihnachten", "2021-12-25")]),
    ("fr", "Le maire reviendra à Noël.", [("Noël", "2022-12-25")]),
    ("ru", "На Новый год он уехал к родителям.", [("Новый год", "2022-01-01")]),
    ("es", "La película se estrenó en Navidad de 2019.", [("Navidad de 2019", "2019-12-25")]),
    ("es", "¡Feliz Navidad a todos!", []),
    ("fr", "Ils feront des courses de Noël.", []),
    ("ru", "Каждый новый год приносит перемены.", []),
    # `cet hiver` (a demonstrative article) is `this` winter, also in a past clause said in summer
    ("fr", "Selon un sondage, ils ont envisagé de remettre un masque cet hiver.", [("cet hiver", "2022-WI")]),
    # Polish and Russian abbreviations: `br.` / `ub.r.` (this / last year) after a date, `w.` / `в.` (century)
    ("pl", "Ceny wzrosły w marcu br., a 14 marca ub.r. spadały.", [("marcu br.", "2022-03"), ("14 marca ub.r.", "2021-03-14")]),
    ("pl", "W XIX w. miasto szybko rosło.", [("XIX w.", "18")]),
    ("ru", "В XIX в. город быстро рос.", [("XIX в.", "18")]),
    # a season with its year after it (`jesienią ubiegłego roku`: the span keeps the year)
    ("pl", "Jesienią ubiegłego roku padało.", [("Jesienią ubiegłego roku", "2021-FA")]),
    ("ru", "Осенью прошлого года он уехал.", [("Осенью прошлого года", "2021-FA")]),
    # recently, until recently; parts of the day as `w godzinach ...`
    ("pl", "W ostatnim czasie ceny rosły, do niedawna było inaczej.", [("ostatnim czasie", "PAST_REF"), ("niedawna", "PAST_REF")]),
    ("ru", "В последнее время цены растут.", [("последнее время", "PAST_REF")]),
    ("pl", "W godzinach popołudniowych padało.", [("godzinach popołudniowych", "2022-06-15TAF")]),
    # the night from one weekday to the next (or the night before the day named): the first day, at night
    ("fr", "Dans la nuit de samedi à dimanche, un incendie a éclaté.", [("la nuit de samedi à dimanche", "2022-06-11TNI")]),
    ("de", "In der Nacht zum Sonntag brannte eine Scheune.", [("der Nacht zum Sonntag", "2022-06-11TNI")]),
    ("pl", "W nocy z soboty na niedzielę doszło do pożaru.", [("nocy z soboty na niedzielę", "2022-06-11TNI")]),
    ("ru", "В ночь с субботы на воскресенье произошел пожар.", [("ночь с субботы на воскресенье", "2022-06-11TNI")]),
    ("it", "La notte tra sabato e domenica c'è stato un incendio.", [("La notte tra sabato e domenica", "2022-06-11TNI")]),
    ("de", "In der Nacht auf den Straßen war es still.", [("der Nacht", "2022-06-14TNI")]),
    ("ru", "Ночью на Украине было тихо.", [("Ночью", "2022-06-14TNI")]),
    # the day after / before the date just named, as one word (not the day after something else)
    ("fr", "Le 3 mai 2020, il est arrivé. Le lendemain, il est reparti.", [("3 mai 2020", "2020-05-03"),
                                                                          ("Le lendemain", "2020-05-04")]),
    ("de", "Am 3. Mai 2020 kam er an. Am Vortag war er in Wien.", [("3. Mai 2020", "2020-05-03"), ("Vortag", "2020-05-02")]),
    ("fr", "Le lendemain de l'élection, il est parti.", []),
    ("fr", "Cela ne va pas se faire du jour au lendemain.", []),
    ("pl", "Zasłynęła piątkowymi wagarami dla klimatu.", []),
    # a weekday with its date after `this` is one expression; a decade as `la década de 1990`
    ("es", "Este lunes 13 de junio habló el ministro.", [("Este lunes 13 de junio", "2022-06-13")]),
    ("fr", "Le chancelier a parlé ce mardi 14 juin.", [("ce mardi 14 juin", "2022-06-14")]),
    ("es", "En la década de 1990 vivía en Madrid.", [("la década de 1990", "199")]),
    # `this` season without a tense: this year's (said in June: the spring just gone); Russian instrumental
    # relative words (`прошлым летом`); clock times in Russian with `в` and `по московскому времени`, noon
    ("ru", "Нынешней весной урожай хороший.", [("Нынешней весной", "2022-SP")]),
    ("ru", "Прошлым летом цены выросли.", [("Прошлым летом", "2021-SU")]),
    ("ru", "Заседание началось в 10:00 по московскому времени.", [("10:00 по московскому времени", "2022-06-15T10:00")]),
    ("ru", "В полдень он уехал.", [("полдень", "2022-06-15T12:00")]),
    ("ru", "Рост составил 2.5 раза.", []),
    ("ru", "Панихида начнется в 10:00 23 августа в Москве.", [("23 августа", "2022-08-23")]),
    ("ru", "Как-то ранней весной сего 2020 года меня позвали.", [("весной сего 2020 года", "2020-SP")]),
    # `od`, `с` are "from" as well as "since": the tense or the nearer date decides (`seit`, `depuis` stay past)
    ("pl", "Od 1 lipca obowiązują nowe przepisy.", [("1 lipca", "2022-07-01")]),
    ("ru", "С 1 июля вступает в силу новый закон.", [("1 июля", "2022-07-01")]),
    ("pl", "Od stycznia obowiązuje nowe prawo.", [("stycznia", "2022-01")]),
    ("de", "Seit 1. Juli gilt das Gesetz.", [("1. Juli", "2021-07-01")]),
    # the beginning / end of the week; Polish `ub.` (last)
    ("de", "Anfang der Woche sprach der Minister.", [("Anfang der Woche", "2022-W24")]),
    ("pl", "Na początku tygodnia ceny wzrosły, w ub. tygodniu spadły.", [("początku tygodnia", "2022-W24"),
                                                                         ("ub. tygodniu", "2022-W23")]),
    # classes of the blind round-3 set (dates-multi-3b), fixed after it was scored
    # a decade of the century named after it; Roman numbers in Cyrillic letters
    ("ru", "Танцовщицы посетили Францию в 90-х годах XIX века.", [("90-х годах XIX века", "189")]),
    ("pl", "Zostały wyrzutnie rakiet z lat 80-tych XX wieku.", [("lat 80-tych XX wieku", "198")]),
    ("ru", "Полотно начала ХХ века не выставлено.", [("начала ХХ века", "19")]),
    # decades ago: the decade it falls in; `sprzed`, `przed czteroma laty`
    ("pl", "Wojna skończyła się jakieś siedem dekad temu.", [("siedem dekad temu", "195")]),
    ("pl", "Po wyroku sprzed czterech miesięcy wydali więcej niż przed czteroma laty.",
     [("sprzed czterech miesięcy", "2022-02"), ("przed czteroma laty", "2018")]),
    # Polish present / past / future phrases; `święto` is no past participle
    ("pl", "Już w tej chwili wydali dużo, nie tak dawno mniej.", [("tej chwili", "PRESENT_REF"), ("nie tak dawno", "PAST_REF")]),
    ("pl", "Spekulacje na temat najbliższej przyszłości kraju.", [("najbliższej przyszłości", "FUTURE_REF")]),
    ("pl", "Do całkiem niedawna tak było.", [("niedawna", "PAST_REF")]),
    ("pl", "15 sierpnia przypada święto Wojska Polskiego.", [("15 sierpnia", "2022-08-15")]),
    # German: the past and the present as nouns; `Montagfrüh`; a season in a clause the tense finder misreads
    ("de", "Die Vergangenheit zu vergessen hilft nicht, diese Gegenwart ist neu.",
     [("Vergangenheit", "PAST_REF"), ("Gegenwart", "PRESENT_REF")]),
    ("de", "Der Flug ist Montagfrüh angekommen, er landete gegen 6.25 Uhr.",
     [("Montagfrüh", "2022-06-13TMO"), ("6.25 Uhr", "2022-06-13T06:25")]),
    ("de", "Man erwarte im Herbst eine neue Welle, sagte er.", [("Herbst", "2022-FA")]),
    ("de", "Im Winter war es kalt.", [("Winter", "2021-WI")]),
    # `с каждым днём` is day by day; `Ранее, в сентябре 2018 года`: the month that follows is the time
    ("ru", "Повестка с каждым днем набирает обороты.", []),
    ("ru", "Ранее, в сентябре 2018 года, министерство направило письмо.", [("сентябре 2018 года", "2018-09")]),
    # the weekend without last / next: after an article or a preposition, by the tense (`fine settimana` is
    # a weekend, not the end of a week)
    ("es", "Durante el fin de semana llovió.", [("el fin de semana", "2022-W23-WE")]),
    ("de", "Am Wochenende wird es regnen.", [("Wochenende", "2022-W24-WE")]),
    ("it", "Dopo il calo del fine settimana i casi risalgono.", [("fine settimana", "2022-W23-WE")]),
    ("ru", "В выходные шел дождь.", [("выходные", "2022-W23-WE")]),
    ("es", "Fue un fin de semana largo.", []),
    # Russian month names in the locative (`в мае`, `в июле`) are words, not abbreviations (they inflect:
    # `маем`, `июлем`); the sentence's full stop after one stays out of the span
    ("ru", "В мае генсек сказал это, а в июле повторил.", [("мае", "2022-05"), ("июле", "2022-07")]),
    ("ru", "Он сказал это в июне.", [("июне", "2022-06")]),
    # phrases found unextracted over the whole multinews corpus: `по сей день`, `в этот же день`,
    # `mijającego tygodnia`, `in naher Zukunft`, `rispetto al passato`
    ("ru", "Его не арестовали по сей день.", [("сей день", "PRESENT_REF")]),
    ("ru", "Королева приедет 6 сентября. В этот же день она выступит.", [("6 сентября", "2022-09-06"),
                                                                          ("этот же день", "2022-09-06")]),
    ("pl", "Pokazujemy wydarzenia mijającego tygodnia.", [("mijającego tygodnia", "2022-W24")]),
    ("de", "In naher Zukunft sollen Journalisten kommen.", [("naher Zukunft", "FUTURE_REF")]),
    ("it", "Chiede un cambiamento rispetto al passato.", [("passato", "PAST_REF")]),
    # newspapers' names and idioms are no dates
    ("de", "Das forderte er in der „Welt am Sonntag“.", []),
    ("ru", "Эти проблемы начались не вчера.", []),
])
def test_round_three_classes(language, text, expected):
    assert found(text, WEDNESDAY, language) == expected


# Round 5: classes found on `tests/data/dates-multi-4.jsonl` (37 fresh articles, scored before any fix).
@pytest.mark.parametrize("language, text, expected", [
    # "then" words: a past time in a past clause (also around a compound verb: `ha allora rilevato`),
    # elsewhere "in that case" or "so"
    ("pl", "Był wtedy ministrem obrony.", [("wtedy", "PAST_REF")]),
    ("pl", "Jeśli rząd się zgodzi, wtedy ruszy budowa.", []),
    ("pl", "Piętnastoletnia wówczas uczennica zaczęła protest.", [("wówczas", "PAST_REF")]),
    ("pl", "Kiedyś uprawa winorośli była tu trudna.", [("Kiedyś", "PAST_REF")]),
    ("pl", "Może kiedyś się dowiemy.", []),
    ("it", "Il test ha allora rilevato un errore.", [("allora", "PAST_REF")]),
    ("it", "E allora perderà tutto.", []),
    ("fr", "À cette époque, la ville était pauvre.", [("cette époque", "PAST_REF")]),
    # vague numbers of years: `kilkadziesiąt lat temu`, `za kilkaset lat`
    ("pl", "Jeszcze kilkadziesiąt lat temu nikt tu nie mieszkał.", [("kilkadziesiąt lat temu", "PAST_REF")]),
    ("pl", "Za kilkaset lat morze zaleje wybrzeże.", [("Za kilkaset lat", "FUTURE_REF")]),
    # yesterday's, tomorrow's: the day (today's stays the present)
    ("pl", "Wczorajsza wypowiedź ministra wywołała burzę.", [("Wczorajsza", "2022-06-14")]),
    # perfective verbs in the present form point ahead; a past one back
    ("pl", "Sejm zajmie się ustawą we wtorek.", [("wtorek", "2022-06-21")]),
    ("pl", "Prezydent podpisze ustawę w poniedziałek.", [("poniedziałek", "2022-06-20")]),
    ("pl", "Prezydent podpisał ustawę w poniedziałek.", [("poniedziałek", "2022-06-13")]),
    # German reported speech (Konjunktiv I) points ahead; a perfect with an `-iert` participle is past
    ("de", "Die Abstimmung solle am Montag stattfinden, sagte er.", [("Montag", "2022-06-20")]),
    ("de", "Die Partei hat heute ihr Programm präsentiert.", [("heute", "2022-06-15")]),
    ("de", "Er kritisiert heute die Regierung.", [("heute", "PRESENT_REF")]),
    # year words and abbreviations: `im Jahre 2014`, `d.J.` (dieses Jahres), `seinerzeit`
    ("de", "Seit dem Putsch im Jahre 2014 herrscht Krieg.", [("Jahre 2014", "2014")]),
    ("de", "Die Wahl am 8. November d.J. wird knapp.", [("8. November d.J.", "2022-11-08")]),
    ("de", "Seinerzeit hatte die Stiftung gewarnt.", [("Seinerzeit", "PAST_REF")]),
    # Italian: `qualche tempo fa`, `a breve`, `molto presto`, `i mesi trascorsi`; `fin ora` is "so far"
    ("it", "Fino a qualche tempo fa ne parlavano tutti.", [("qualche tempo fa", "PAST_REF")]),
    ("it", "Il governo varerà a breve nuove misure.", [("a breve", "FUTURE_REF")]),
    ("it", "Molto presto ci saranno le elezioni.", [("Molto presto", "FUTURE_REF")]),
    ("it", "I mesi trascorsi hanno alzato la posta.", [("I mesi trascorsi", "PAST_REF")]),
    ("it", "Ciò che fin ora non era chiaro è cambiato.", []),
    ("it", "All'epoca era ministro della Difesa.", [("epoca", "PAST_REF")]),
    ("ru", "Он был тогда министром обороны.", [("тогда", "PAST_REF")]),
    ("ru", "Если он знал это, тогда почему молчал?", []),                  # a question: "in that case"
    ("ru", "В те времена страна была богатой.", [("те времена", "PAST_REF")]),
    ("pl", "Wtedy moglibyśmy wrócić do domu.", []),                           # a conditional, not the past
    # a weekday with a day and month: the year where they agree (3 October 2022 is a Monday), whatever the tense
    ("it", "Lunedì 3 ottobre il governo ha deciso.", [("Lunedì 3 ottobre", "2022-10-03")]),
    ("de", "Am Montag, den 3. Oktober, entschied die Regierung.", [("Montag, den 3. Oktober", "2022-10-03")]),
    # Polish year adjectives in every case form; holidays
    ("pl", "Ubiegłoroczne wybory wygrała opozycja.", [("Ubiegłoroczne", "2021")]),
    ("pl", "Przyszłoroczny budżet będzie trudny.", [("Przyszłoroczny", "2023")]),
    ("pl", "Na wiosnę ruszy budowa.", [("wiosnę", "2023-SP")]),
    # a hyphen between spaces is a dash: the reporting verb inside is not the clause's verb
    ("it", "Oggi - ha detto il ministro - la situazione è grave.", [("Oggi", "PRESENT_REF")]),
    # a year closing a short quoted title is part of a name; a quoted date with its preposition is a date
    ("pl", "Dostał tytuł „Człowieka Roku 1938”, bo tak zdecydowano.", []),
    ("pl", "Obiecał, że zrobi to „do 2030 roku”.", [("2030 roku", "2030")]),
    ("it", "Esce il rapporto “Clima e città 2022” della fondazione.", []),
    ("ru", "Оркестр отказался играть увертюру \"1812 год\".", []),
    # `cette année-là`, `ce jour-là`: the period just named, not the anchor's
    ("fr", "Il est arrivé en 2015. Cette année-là, il a démissionné.", [("2015", "2015"), ("Cette année-là", "2015")]),
    ("fr", "Il est arrivé le 3 mai 2015. Ce jour-là, il pleuvait.", [("3 mai 2015", "2015-05-03"),
                                                                    ("Ce jour-là", "2015-05-03")]),
    # over the last weeks (after a duration preposition) is the recent past; for the coming years a duration
    ("pl", "Reakcje na przestrzeni ostatnich tygodni były ostre.", [("ostatnich tygodni", "PAST_REF")]),
    ("pl", "Utrzyma się przy władzy przez kolejne lata.", []),
    ("pl", "Decyzję podjęto w ciągu ostatniego tygodnia.", []),
    # `будущего` the noun (no future), not the adjective (the future prime minister)
    ("ru", "Он считает, что у проекта нет будущего.", [("будущего", "FUTURE_REF")]),
    ("ru", "Бизнес потребовал от будущего премьера снизить налоги.", []),
    # `soon` in a past clause is soon after the moment narrated; from now in a present or future one
    ("it", "I brividi avevano ben presto ceduto il passo ai ricordi.", []),
    ("ru", "Вскоре он уехал в Москву.", []),
    ("pl", "Sytuacja wkrótce się uspokoi.", [("wkrótce", "FUTURE_REF")]),
    ("fr", "Il reviendra bientôt.", [("bientôt", "FUTURE_REF")]),
    # two consecutive years with a slash (a school year, a season): one date, the first year
    ("it", "Una novità dell'anno scolastico 2020/2021 è il calo degli iscritti.", [("2020/2021", "2020")]),
    ("de", "Die Hungersnot 1932/33 kostete Millionen Leben.", [("1932/33", "1932")]),
    ("it", "La legge 7/2021 è stata approvata.", []),
    # `miniony`, `minioną`: last; `przyszłość` the noun is the future wherever it stands
    ("pl", "W miniony czwartek Trybunał orzekł.", [("miniony czwartek", "2022-06-09")]),
    ("pl", "Walczymy o bezpieczną przyszłość regionu.", [("przyszłość", "FUTURE_REF")]),
    # `yesterday` before an `of` word is still yesterday (only `the eve` takes a complement)
    ("it", "Il senatore ha detto ieri di essere pronto a testimoniare.", [("ieri", "2022-06-14")]),
    ("fr", "Le ministre a annoncé hier de nouvelles mesures.", [("hier", "2022-06-14")]),
    ("de", "Alle suchen eine bessere Zukunft für ihre Kinder.", [("Zukunft", "FUTURE_REF")]),
    ("de", "Unlängst hatte er gewarnt.", [("Unlängst", "PAST_REF")]),
])
def test_round_five_classes(language, text, expected):
    assert found(text, WEDNESDAY, language) == expected


# Round 4: English classes found on `tests/data/dates-en-3.jsonl` (45 fresh leads, scored before any fix)
# and TBAQ's dev split, on invented sentences.
MONDAY_FEB = dt.date(2005, 2, 7)


@pytest.mark.parametrize("text, anchor, expected", [
    # `this summer` said in winter is the coming one (not last year's, as near); a surely past clause
    # takes the past one; `this winter` early in a year is the one that began in December
    ("The squad tours Australia this summer.", MONDAY_FEB, [("this summer", "2005-SU")]),
    ("The band will play in Leeds this summer.", dt.date(2005, 11, 7), [("this summer", "2006-SU")]),
    ("Sales rose this summer.", MONDAY_FEB, [("this summer", "2004-SU")]),
    ("Heating bills are high this winter.", MONDAY_FEB, [("this winter", "2004-WI")]),
    # a date opening a clause after `that` / `and` takes that clause's tense, not the reporting verb's
    ("She has decided that on Election Day, she will stay home.", dt.date(2016, 9, 26),
     [("Election Day", "2016-11-08")]),
    ("He said that on Thursday, the council will vote.", MONDAY_FEB, [("Thursday", "2005-02-10")]),
    ("The plant closed in March, and will reopen.", dt.date(2005, 6, 1), [("March", "2005-03")]),
    # `<role> of the year` is an award, also quoted in a headline; `the year's` in running text is a date
    ("Critics voted her female athlete of the year.", MONDAY_FEB, []),
    ("Band wins 'album of the year'\n\nA poll named the year's best record.", MONDAY_FEB, [("the year", "2005")]),
    # a season with `early`/`late` before a noun, with no preposition or determiner, says what kind
    ("Forecasters promised late winter sunshine.", MONDAY_FEB, []),
    ("In late winter the pass is closed.", MONDAY_FEB, [("late winter", "2004-WI")]),
    # a time ago with no number is the past, vaguely (TIDES/TimeML `long ago`); a question is none
    ("The mill shut some years ago.", MONDAY_FEB, [("some years ago", "PAST_REF")]),
    ("Not so long ago, the square was a car park.", MONDAY_FEB, [("Not so long ago", "PAST_REF")]),
    ("The single came out a while ago.", MONDAY_FEB, [("a while ago", "PAST_REF")]),
    ("How long ago did the mill shut?", MONDAY_FEB, []),
    # 24-hour times: with a zone (`local time`, `GMT`), or with a colon after `at` and such (TimeML TIME,
    # on the day named right after, else the day spoken of); a dot without a zone is a price
    ("The blast came at 10.30 local time on Tuesday.", MONDAY_FEB, [("10.30 local time", "2005-02-01T10:30"),
                                                                    ("Tuesday", "2005-02-01")]),
    ("Polls close at 2200 GMT.", MONDAY_FEB, [("2200 GMT", "2005-02-07T22:00")]),
    ("The meeting starts at 10:30.", MONDAY_FEB, [("10:30", "2005-02-07T10:30")]),
    ("The pound closed at 1.88 and shares at 10.30.", MONDAY_FEB, []),
    # `the future` before a noun it describes is an adjective, after a preposition still the future
    ("She married the future king of the country.", MONDAY_FEB, []),
    ("In the future robots will drive.", MONDAY_FEB, [("the future", "FUTURE_REF")]),
    ("Nobody knows what the future holds.", MONDAY_FEB, [("the future", "FUTURE_REF")]),
    # `in five years' time` counts from now, as `five years from now`; not a length of time
    ("Cinemas will look different in five years' time.", MONDAY_FEB, [("five years' time", "2010")]),
    ("The bridge opens in a week's time.", MONDAY_FEB, [("a week's time", "2005-W07")]),
    ("He served ten years' time for the theft.", MONDAY_FEB, []),
    # a weekday's event in a clause of no tense is the nearer day; a market's day and a past clause's
    # event are the last one (anchor: Sunday 2016-09-25)
    ("Most voters expect her to win Monday's debate.", dt.date(2016, 9, 25), [("Monday", "2016-09-26")]),
    ("The bid is a premium over Friday's closing price.", dt.date(2016, 9, 25), [("Friday", "2016-09-23")]),
    ("Fans cheered after Monday's debate.", dt.date(2016, 9, 25), [("Monday", "2016-09-19")]),
    # British `in future` is the future; `future` describing a noun elsewhere is not
    ("In future, tickets will cost more.", MONDAY_FEB, [("future", "FUTURE_REF")]),
    ("Future earnings look weak.", MONDAY_FEB, []),
    # `the year before` closing a clause is the year before the one just named
    ("Profit rose 5% in 2003, after a fall the year before.", MONDAY_FEB, [("2003", "2003"), ("the year before", "2002")]),
    ("She spoke the day before the vote.", MONDAY_FEB, []),
    # decades written with two digits after `the` (`the 80s`, `the mid-90s`); an age is none
    ("Synth pop ruled the charts in the mid-80s.", MONDAY_FEB, [("the mid-80s", "198")]),
    ("The singer is in her 60s.", MONDAY_FEB, []),
    # a range of days before one month is two dates, the first in the second's month and year
    ("The festival runs from 3 to 5 June.", MONDAY_FEB, [("3", "2005-06-03"), ("5 June", "2005-06-05")]),
    ("Talks were held between 9 and 11 March 2003.", MONDAY_FEB, [("9", "2003-03-09"), ("11 March 2003", "2003-03-11")]),
])
def test_round_four_english_classes(text, anchor, expected):
    assert found(text, anchor, "en") == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # round five (`dates-en-4.jsonl`, scored before any fix)
    # `this summer` with a past verb further off is still this year's: the coming one, said in winter
    ("The coach was picked to lead the summer camp this summer.", MONDAY_FEB, [("this summer", "2005-SU")]),
    ("Sales rose this summer.", MONDAY_FEB, [("this summer", "2004-SU")]),
    # a season with no tense to go by (a headline) is this year's, not the one as near behind
    ("New phone may be launched in summer", MONDAY_FEB, [("summer", "2005-SU")]),
    # `soon` after a present `is` / `are` points ahead; after a past one it is no time
    ("Mail is soon being sorted by robots.", MONDAY_FEB, [("soon", "FUTURE_REF")]),
    ("The hostage was soon freed.", MONDAY_FEB, []),
    # `current` naming a kind of thing (accounts, assets, affairs) is not the present
    ("The current account deficit widened.", MONDAY_FEB, []),
    ("Ministers cut current expenditure and raised investment.", MONDAY_FEB, []),
    ("She hosts a current affairs show.", MONDAY_FEB, []),
    ("The current system is unfair.", MONDAY_FEB, [("current", "PRESENT_REF")]),
    # a year slashed with the next is one financial, school or season year: the first year's value
    ("Borrowing rose in 2003/04.", MONDAY_FEB, [("2003/04", "2003")]),
    ("Spending was counted twice since 1998/9.", MONDAY_FEB, [("1998/9", "1998")]),
    ("The ratio was 2003/7 at the end.", MONDAY_FEB, []),
    # `by 2030` after an amount is a deadline; two whole numbers `by` each other are a size
    ("Costs should fall to $0.10 by 2030.", MONDAY_FEB, [("2030", "2030")]),
    ("Screens of 1920 by 1080 pixels sold out.", MONDAY_FEB, []),
    # a headline in Title Case capitalises every word: `Next Week` there is a date, not a name
    ("Council Vote On Parking Fees Delayed Until Next Week\n\nThe vote was put off.", MONDAY_FEB,
     [("Next Week", "2005-W07")]),
    ("Fans Gather Ahead Of Tonight's Big Final\n\nThe match starts late.", MONDAY_FEB,
     [("Tonight", "2005-02-07TNI")]),
    ("He watched ABC's This Week with friends.", MONDAY_FEB, []),
    ("Kids loved The Tomorrow People and Doctor Who.", MONDAY_FEB, []),
    # `following Tuesday's vote` is `after` the vote: the weekday alone, by the tense; `the following
    # Tuesday` is the Tuesday after the date just named
    ("Following Friday's vote, the mayor resigned.", MONDAY_FEB, [("Friday", "2005-02-04")]),
    ("Shares fell following Thursday's results.", MONDAY_FEB, [("Thursday", "2005-02-03")]),
    # a reporting period up to a month (`the year to March`) in a past clause has closed: said in
    # February, last year's March; with a future or present verb, the coming one
    ("Turnover was £2bn in the year to March.", MONDAY_FEB, [("March", "2004-03")]),
    ("Sales rose 5% in the three months to March, the chain said.", MONDAY_FEB, [("March", "2004-03")]),
    ("Profit should reach £1bn in the year to March.", MONDAY_FEB, [("March", "2005-03")]),
    # a month in a past verb's own clause is the last one, however far the verb (said in November,
    # `February` is the one gone); not across `if` / `when` / `through`, nor in an aside between dashes
    ("They won three awards in February.", dt.date(2004, 11, 18), [("February", "2004-02")]),
    ("The bank extended loans through January.", dt.date(2004, 11, 18), [("January", "2005-01")]),
    ("Campaigning for the vote - widely expected in May - gathered pace.", MONDAY_FEB, [("May", "2005-05")]),
    # a past verb right before the month: the last one, even when the coming one is a month away
    ("She said the plant closed in March.", MONDAY_FEB, [("March", "2004-03")]),
    ("The console was due to go on sale in March.", MONDAY_FEB, [("March", "2005-03")]),
    # irregular past forms are past cues too (`slid`, `swept`, `shook`): the weekday just gone
    ("The pound slid against the euro on Thursday.", MONDAY_FEB, [("Thursday", "2005-02-03")]),
    ("The champion swept into Paris on Thursday.", MONDAY_FEB, [("Thursday", "2005-02-03")]),
    # and an irregular participle after `has` (`has shown`): the weekday's event is behind
    ("The senator has shown little patience over Thursday's vote.", MONDAY_FEB, [("Thursday", "2005-02-03")]),
    # `at the moment` is left out, as TimeBank leaves it; `now`, `currently` stay the present
    ("There are no flights at the moment, but services now resume.", MONDAY_FEB, [("now", "PRESENT_REF")]),
    # `looked set to` is a past expectation, not a future (`set to`)
    ("The striker looked set to join the club during the summer.", dt.date(2004, 12, 10), [("the summer", "2004-SU")]),
    # `in the morning` after a day just named is that part of it; alone, or in a habit, no date
    ("The hearings ended on Tuesday. In the morning, MPs grilled the envoy.", MONDAY_FEB,
     [("Tuesday", "2005-02-01"), ("the morning", "2005-02-01TMO")]),
    ("She likes to run in the morning.", MONDAY_FEB, []),
    # `the next few months` is how long (TimeML's duration `PXM`, as TBAQ and the BBC sets annotate it), not a date
    ("The band tours in the next few months.", MONDAY_FEB, []),
    # `the next year` in a past narrative is the one after the date just named; ahead, next year
    ("He joined the club in 2001. The next year he left.", MONDAY_FEB, [("2001", "2001"), ("The next year", "2002")]),
    ("The plant opened in March 2003, and the next month it closed.", MONDAY_FEB,
     [("March 2003", "2003-03"), ("the next month", "2003-04")]),
    ("Sales fell in 2003 and will recover next year.", MONDAY_FEB, [("2003", "2003"), ("next year", "2006")]),
    ("She was elected on 3 May 2004 and sworn in the following Tuesday.", MONDAY_FEB,
     [("3 May 2004", "2004-05-03"), ("the following Tuesday", "2004-05-04")]),
])
def test_round_five_english_classes(text, anchor, expected):
    assert found(text, anchor, "en") == expected


# Round 6: classes found on `tests/data/dates-multi-5.jsonl` (35 fresh articles, scored before any fix)
# and on the earlier work sets.
@pytest.mark.parametrize("language, text, expected", [
    # a perfect's participle right before a weekday or month: the weekday (`samedi`, `sabato`) is not the
    # participle of `a annoncé` / `ha annunciato` read with its adverb slot, so the past verb decides
    ("fr", "La ministre a annoncé samedi son départ.", [("samedi", "2022-06-11")]),
    ("fr", "Le maire a déjà signé jeudi le décret.", [("jeudi", "2022-06-09")]),
    ("it", "Il sindaco ha annunciato sabato le dimissioni.", [("sabato", "2022-06-11")]),
    # an expected or scheduled participle after `être` / `essere` is a plan, not a passé composé
    ("fr", "Les délégués sont attendus dimanche à Genève.", [("dimanche", "2022-06-19")]),
    ("fr", "Les délégués sont arrivés dimanche à Genève.", [("dimanche", "2022-06-12")]),
    ("it", "I delegati sono attesi lunedì a Torino.", [("lunedì", "2022-06-20")]),
    # German weak preterites (`-ete`, `-ierte`) are past verbs
    ("de", "Die Ministerin behauptete am Sonntag, der Plan sei fertig.", [("Sonntag", "2022-06-12")]),
    ("de", "Die Proteste eskalierten am Samstag in der Hauptstadt.", [("Samstag", "2022-06-11")]),
    ("de", "Die erwarteten Wahlen am Sonntag werden knapp.", [("Sonntag", "2022-06-19")]),
    ("de", "Demonstranten stürmten am Samstag das Rathaus.", [("Samstag", "2022-06-11")]),
    ("de", "Heute Nacht brannte eine Lagerhalle.", [("Heute Nacht", "2022-06-14TNI")]),
    # a year after a noun naming a plan, law or report is part of its name (not after a preposition)
    ("de", "Die Programme der Agenda 2030 kosten viel.", []),
    ("de", "Das Klimaschutz-Gesetz 2021 wurde geändert.", []),
    ("de", "Der Bericht für 2021 liegt vor.", [("2021", "2021")]),
    ("it", "Lo dicono i dati del Rapporto migranti 2022 della fondazione.", []),
    ("pl", "Agenda 2030 to plan ONZ.", []),
    # a year opening a title of capitalised words, with no preposition before it
    ("fr", "Le document s'intitule 2022 Better Rules for Everyone.", []),
    ("fr", "En 2022 Emmanuel Macron a été réélu.", [("2022", "2022")]),
    # the end of the week (month, year) in a past clause said before it came: the last one's
    ("pl", "Ta plotka pojawiła się pod koniec tygodnia.", [("koniec tygodnia", "2022-W23")]),
    ("pl", "Ta plotka pojawi się pod koniec tygodnia.", [("koniec tygodnia", "2022-W24")]),
    ("de", "Die Firma meldete Ende der Woche einen Verlust.", [("Ende der Woche", "2022-W23")]),
    # month-long observances: the month
    ("it", "Le squadre giocano con la fascia arcobaleno nel mese del Pride.", [("mese del Pride", "2022-06")]),
    ("pl", "W miesiącu dumy odbędzie się parada.", [("miesiącu dumy", "2022-06")]),
    # a Cyrillic capital after a full stop starts a sentence: the next sentence's verbs are not this one's
    ("ru", "Он победил на выборах. Вскоре там запретили удобрения. Почему это может пригодиться?", []),
    # intensified references keep their intensifier
    ("ru", "Совсем недавно город был богатым.", [("Совсем недавно", "PAST_REF")]),
    ("ru", "Очень скоро мы увидим другой город.", [("Очень скоро", "FUTURE_REF")]),
    ("fr", "Ces règles, décidées antérieurement, ne suffisent plus.", [("antérieurement", "PAST_REF")]),
    ("fr", "Il y a eu plus de pannes que les années passées.", [("les années passées", "PAST_REF")]),
    # Italian years with an apostrophe for the century; not a day of a month, nor numbers of a range
    ("it", "Come nell'89, il muro è caduto.", [("89", "1989")]),
    ("it", "Come nel '68, gli studenti protestano.", [("'68", "1968")]),
    ("it", "Dopo gli attentati dell'11 settembre 2001 tutto cambiò.", [("11 settembre 2001", "2001-09-11")]),
    ("it", "I prezzi sono saliti dall'80 al 90 per cento.", []),
    # some time after an event named after the preposition is no date; `deux mois après` alone follows the date named
    ("fr", "Le ministre arrive, deux mois après le début de la crise.", []),
    ("it", "Il ministro arriva due mesi dopo l'inizio della crisi.", []),
    ("fr", "Il est arrivé le 3 mai 2015. Deux mois plus tôt le ministre était parti.",
     [("3 mai 2015", "2015-05-03"), ("Deux mois plus tôt", "2015-03")]),
    ("it", "Tre mesi fa il sindaco si è dimesso.", [("Tre mesi fa", "2022-03")]),
    ("fr", "Il est arrivé le 3 mai 2015. Deux mois après, il est reparti.", [("3 mai 2015", "2015-05-03"),
                                                                          ("Deux mois après", "2015-07")]),
    # `this night` in a past clause is the night just gone
    ("it", "Quello di stanotte è stato il primo sbarco.", [("stanotte", "2022-06-14TNI")]),
    ("it", "Stanotte arriveranno altre navi.", [("Stanotte", "2022-06-15TNI")]),
    ("fr", "Cette nuit, un incendie a détruit la grange.", [("Cette nuit", "2022-06-14TNI")]),
    ("ru", "Сегодня ночью сгорел склад.", [("Сегодня ночью", "2022-06-14TNI")]),
    # `da poco`: recently, but not `una cosa da poco` (trivial), nor "just" in a past narrative
    ("it", "Nei festival da poco conclusi si parla di clima.", [("da poco", "PAST_REF")]),
    ("it", "Non è una cosa da poco.", []),
    ("it", "Era da poco sorto il sole.", []),
    # a season across two years with a hyphen, as with a slash: one date; other pairs stay a range
    ("it", "Nella stagione 2003-04 segnò venti gol.", [("2003-04", "2003")]),
    ("de", "Im Bürgerkrieg (1936-39) starben viele.", [("1936", "1936"), ("39", "1939")]),
    # the plural year word after the second year of a range
    ("ru", "Он руководил заводом в 1936-1939 годах.", [("1936", "1936"), ("1939 годах", "1939")]),
    # French pasts with `être` (`est arrivé`) and the simple past's plural are past cues
    ("fr", "Le ministre est arrivé jeudi à Lyon.", [("jeudi", "2022-06-09")]),
    ("fr", "Les délégués se rencontrèrent vendredi.", [("vendredi", "2022-06-10")]),
    # a whole weekday (`przez cały poniedziałek`, `всю субботу`) is that weekday
    ("pl", "Przez cały wtorek trwały rozmowy.", [("wtorek", "2022-06-14")]),
    ("ru", "Всю субботу шли переговоры.", [("субботу", "2022-06-11")]),
    # `today` with a present verb reporting the day's event is the day; with another present verb, the present
    ("pl", "Dziś w Gdańsku rozpoczyna się zjazd partii.", [("Dziś", "2022-06-15")]),
    ("pl", "Dziś Gdańsk jest dużym portem.", [("Dziś", "PRESENT_REF")]),
    ("de", "Heute beginnt in Bonn die Konferenz.", [("Heute", "2022-06-15")]),
    ("it", "Oggi si apre a Torino il vertice.", [("Oggi", "2022-06-15")]),
    ("ru", "Сегодня в Казани открывается выставка.", [("Сегодня", "2022-06-15")]),
])
def test_round_six_classes(language, text, expected):
    assert found(text, WEDNESDAY, language) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # round six (`dates-en-7.jsonl`, newswire leads, scored before any fix)
    # a past verb in a clause opened by `when` / `if` is that clause's own: the month it governs is gone
    ("When the mayor first floated the plan in December, she said it would pay for itself.",
     dt.date(2016, 8, 25), [("December", "2015-12")]),
    ("The bank extended loans through January.", dt.date(2016, 8, 25), [("January", "2016-01")]),
    # `than forecast` compares with a forecast already made: the month it was made in is behind
    ("The fund expects output to grow 1.6 percent, less than forecast in July.", dt.date(2016, 10, 5),
     [("July", "2016-07")]),
    ("Exports will rise in July.", dt.date(2016, 10, 5), [("July", "2017-07")]),
    # a weekday in an infinitive hanging on `invited`, `urged`, `agreed to`: the act is still to come
    ("The speaker invited the governor to meet with party leaders on Thursday morning.",
     dt.date(2016, 5, 6), [("Thursday morning", "2016-05-12TMO")]),
    ("Officials urged residents to stay indoors on Monday.", dt.date(2016, 5, 6), [("Monday", "2016-05-09")]),
    ("The governor met party leaders on Thursday.", dt.date(2016, 5, 6), [("Thursday", "2016-05-05")]),
    ("He asked the court on Monday to delay the case.", dt.date(2016, 5, 6), [("Monday", "2016-05-02")]),
    # a coordinate clause with a pronoun subject and a present verb is not the earlier clause's past:
    # the nearer weekday (said on a Monday, Tuesday is the next day)
    ("Old rivalries have soured the fixture and they meet again in Leeds on Tuesday.", dt.date(2005, 1, 31),
     [("Tuesday", "2005-02-01")]),
    ("The striker was dropped and he played again on Tuesday.", dt.date(2005, 1, 31), [("Tuesday", "2005-01-25")]),
    # `Super Tuesday` is the primaries' day: the first Tuesday of March of a presidential election year
    ("Polls ahead of Super Tuesday show the senator in the lead.", dt.date(2015, 12, 20),
     [("Super Tuesday", "2016-03-01")]),
    ("The result sets up a strong showing on Super Tuesday.", dt.date(2016, 2, 28), [("Super Tuesday", "2016-03-01")]),
    # `the fall` as the season after `to`, and after `in`; a drop (`the fall in prices`, `of`) is no season
    ("The party turns its attention to the fall.", dt.date(2016, 5, 19), [("the fall", "2016-FA")]),
    ("The council moved the vote to the fall.", dt.date(2016, 5, 19), [("the fall", "2016-FA")]),
    ("Shares slid after the fall in demand.", dt.date(2016, 5, 19), []),
    ("The riots led to the fall of the regime.", dt.date(2016, 5, 19), []),
    ("He was arrested last fall in his home town.", dt.date(2016, 5, 19), [("last fall", "2015-FA")]),
    # the last verb before a month in its clause sets it, though a `will` opens the sentence (said in November)
    ("The duo will add the prizes to the four they won in Chicago in August and three more in February.",
     dt.date(2004, 11, 18), [("August", "2004-08"), ("February", "2004-02")]),
    ("The duo won two prizes but will collect three more in February.", dt.date(2004, 11, 18),
     [("February", "2005-02")]),
    # `today` set against a year some way off is the present; the day of an act (`said today`) stays the day
    ("Panels cost about $0.20 a watt today and should cost half that by 2035.", dt.date(2019, 11, 20),
     [("today", "PRESENT_REF"), ("2035", "2035")]),
    ("There are fewer dairy farms today than in 1950.", dt.date(2019, 11, 20),
     [("today", "PRESENT_REF"), ("1950", "1950")]),
    ("The minister said today that exports have doubled since 2012.", dt.date(2019, 11, 20),
     [("today", "2019-11-20"), ("2012", "2012")]),
    ("The museum, founded in 1990, reopens today.", dt.date(2019, 11, 20), [("1990", "1990"), ("today", "2019-11-20")]),
    # the future as a noun someone has (`its future`) and the recent past after a possessive
    ("Voters see the senator as the best hope for the party's future.", dt.date(2016, 9, 6),
     [("future", "FUTURE_REF")]),
    ("The island's future is uncertain.", dt.date(2016, 9, 6), [("future", "FUTURE_REF")]),
    ("Analysts cut the firm's future earnings forecast.", dt.date(2016, 9, 6), []),
    ("She is one of the great poets of the nation's recent past.", dt.date(2016, 9, 6), [("recent past", "PAST_REF")]),
    ("Donors gave to For Our Future, a new group.", dt.date(2016, 9, 6), []),
    # what the first fixes must leave alone: `the last of` is no past verb, nor is an `-ed` participle
    # (`focused on`, `the best animated film`), nor a reporting verb (`said the gathering in September would`)
    ("Aides say that, with the mayor focused on her campaign through the last of the hearings in June and on to "
     "the vote, there is no time.", dt.date(2016, 4, 21), [("June", "2016-06")]),
    ("The two films will compete in the best animated film category of the awards at the end of February.", dt.date(2005, 1, 15),
     [("the end of February", "2005-02")]),
    ("On Thursday, the chairman said the gathering in September would be the last.", dt.date(2016, 8, 22),
     [("Thursday", "2016-08-18"), ("September", "2016-09")]),
    # an infinitive after a passive (`was ordered to leave`) or whose object has its own past verb is no plan
    ("The contestant was ordered to leave the house on Friday.", dt.date(2016, 6, 27), [("Friday", "2016-06-24")]),
    ("Asked why he had yet to endorse her during an interview Friday, the senator smiled.", dt.date(2016, 6, 27),
     [("Friday", "2016-06-24")]),
    # `vowed to`, `threatened to` are the speaker's own act that day
    ("The candidate threatened to quit the race Thursday night.", dt.date(2016, 1, 29), [("Thursday night", "2016-01-28TNI")]),
    # a numbered Super Tuesday, and one with its year, are not this year's first
    ("Polls tighten before Super Tuesday 2 next month.", dt.date(2016, 2, 20), [("next month", "2016-03")]),
    ("The state joined the 1988 Super Tuesday.", dt.date(2016, 2, 20), [("1988", "1988")]),
    # a clock time alone on its line is a live report's stamp: the report's day, not the day just named
    ("The senator looks ahead to Super Tuesday.\n\n6:20 p.m.\n\nThe governor spoke.", dt.date(2016, 2, 20),
     [("Super Tuesday", "2016-03-01"), ("6:20 p.m.", "2016-02-20T18:20")]),
])
def test_round_six_english_classes(text, anchor, expected):
    assert found(text, anchor, "en") == expected

"""The grammar of the languages other than English, built from their profiles, and its handlers.

One set of rules serves German, French, Spanish, Italian, Polish and Russian: what differs is data
(`transforms/lang/<code>/dates.py`). The rules follow how these languages write dates: a day before
its month (`17. Dezember`, `17 de diciembre`, `17 декабря`), relative words before or after their unit
(`vergangene Woche`, `la semaine dernière`, `в прошлом году`), `ago` before or after the number
(`vor drei Jahren`, `due anni fa`, `два года назад`), years with a year word (`2019 году`, `2019 r.`,
`Jahr 2020`), decades and centuries (`1990-х`, `années 1950`, `lata 90.`, `XX wieku`), ranges written as
two dates (`2023-2026`, `с 2010 по 2020 год`, `od 19 do 25 maja`). The span keeps determiners and
modifiers (`el pasado 30 de agosto`, `la semaine dernière`, `начала 2022 года`) and leaves out the
preposition before them (`am`, `в`, `w`, `en`), as the annotation guide asks.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from newsbeam.transforms.dates.document import Doc
from newsbeam.transforms.dates.handlers import _anchor_or_unknown, _day_in, _holiday_day, _is_capitalised, _month_point_for, \
    _name_before, _orig, _sentence_initial, _weekday_point
from newsbeam.transforms.dates.patterns import ANY_MONTH, ANY_WEEKDAY, YEAR_CORE, alt, month_alt, norm
from newsbeam.transforms.dates.profile import PAST_CLAUSE, DateProfile, all_profiles
from newsbeam.transforms.dates.rules import AFTER_NAME, Rule
from newsbeam.transforms.dates.tense import prev_word
from newsbeam.transforms.dates.timex import (
    Point, day_point, holiday_date, month_point, quarter_point, resolve_month, resolve_month_day, resolve_season, resolve_weekday,
    shift, this_season_year, weekend_point, year_point,
)

__all__ = ["profiled_rules", "REPLACED_ENGLISH_RULES"]

# English rules whose job a profiled rule does for these languages (and the English one would do worse:
# it reads a capitalised German noun before a year as a name).
REPLACED_ENGLISH_RULES = frozenset({"year"})

_UNIT_NAMES = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade"}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ROMAN_NUMBERS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split()
# (Russian texts often write them with the Cyrillic х and і: `ХХ века`)
_CYRILLIC_ROMAN = str.maketrans("хі", "xi")
_ROMAN_CENTURIES = alt(dict.fromkeys([*_ROMAN_NUMBERS, *(r.replace("x", "х").replace("i", "і") for r in _ROMAN_NUMBERS)]))
_YEAR = rf"(?:{YEAR_CORE})(?!\w|[.,:]\d|%|[-/]\d)"


def _roman(s: str) -> int | None:
    s = s.lower().translate(_CYRILLIC_ROMAN)
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def _opt(words, after: str = r"\s+") -> str:
    """An optional group of words followed by `after` ("" when there are none)."""
    return rf"(?:(?:{alt(words)}){after})?" if words else ""


class _Pieces:
    """The regex pieces of one profile."""

    def __init__(self, p: DateProfile):
        self.det = self._det(p.determiners)
        self.day_det = self._det(p.day_determiners)
        self.of = rf"(?:(?:{alt(p.of_words)})(?:\s+|(?<=['’])\s*))?" if p.of_words else ""
        self.rel = alt([*p.relative_words, *p.anaphoric_words])
        self.rel_sep = r"(?:\s+|(?<=['’])\s*)"  # (`quest'anno`, `quest'estate`)
        self.units = alt(p.units)
        self.months = month_alt(p.months)
        self.weekdays = alt(p.weekdays)
        # (`Dienstagabend`: a part of the day written together with its weekday)
        self.wd_compound = rf"(?P<wdpod>{alt(p.weekday_compounds)})?" if p.weekday_compounds else ""
        self.year_after = rf"(?:\s*(?:{alt(p.year_suffixes)})(?!\w))?" if p.year_suffixes else ""
        self.year_ord = r"(?:-?(?:м|го|й))?" if p.code == "ru" else ""
        self.year_before = _opt(p.year_words)
        edge = rf"(?:{alt(p.edge_words)})" if p.edge_words else None
        # `Anfang März`, `fin 2023`, `mi-juillet`, `finales de 2023`, `Ende des Jahres 2022`, `начала 1990-х`
        self.edge = (rf"(?:(?P<edge>{edge})(?:-|\s+){self.of}(?:{alt(p.determiners)}\s+)?)?" if edge else "")
        self.num = (r"(?P<num>\d{1,3}(?:[.,]5)?(?:\s*[-–]\s*\d{1,3})?"
                    + (rf"|{alt(p.number_words)}" if p.number_words else "")
                    + (rf"|{alt(p.vague_quantities)}" if p.vague_quantities else "") + ")")
        self.approx = _opt(p.approx_words)
        self.pods = alt(p.parts_of_day) if p.parts_of_day else None
        self.pod_suffix = (rf"(?:\s+{_opt(p.pod_connectors)}(?P<pod>{self.pods})(?!\w))?" if self.pods else "")
        # `la tarde del lunes`, `la media tarde de este miércoles`, `утром в пятницу`: a part of a day named after it
        links = [rf"(?:{alt(p.of_words)})(?:\s+|(?<=['’])\s*)"] if p.of_words else []
        links += [rf"(?:{alt(p.weekday_prepositions)})\s+"] if p.weekday_prepositions else []
        self.pod_before = (rf"(?:{self.det}(?P<pod0>{self.pods})\s+(?:{'|'.join(links)}))?" if self.pods and links else "")


    @staticmethod
    def _det(words) -> str:
        """An optional article: `la `, `l'` (elided: no space needed)."""
        spaced = [d for d in words if not d.endswith("'")]
        elided = [d for d in words if d.endswith("'")]
        det = [rf"(?:{alt(spaced)})\s+"] if spaced else []
        det += [rf"(?:{alt(elided)})\s*"] if elided else []
        return rf"(?:{'|'.join(det)})?" if det else ""


def _year_units(p: DateProfile) -> list[str]:
    return [w for w, code in p.units.items() if code == "Y"]


@lru_cache(maxsize=None)
def profiled_rules(profile: DateProfile | None) -> tuple[Rule, ...]:
    """The rules of a language's profile, in order (they go before the English rules). Without a
    profile (no language hint, or English): day + month (+ year) with every language's month names
    that are not also words, which are unambiguous with the number; and ranges of years (`2001-2003`,
    `the 2003-04 season`: two dates, as the annotation guides count them)."""
    if profile is None:
        names = {w: m for p in all_profiles() if p.code != "en" for w, m in p.months.items()
                 if w not in p.ambiguous_months}
        months = month_alt(names)
        suffix = r"(?:\s+(?:года|году|г\.|roku|r\.))?"
        return (
            Rule("f_dmy", rf"(?<![\w.,])(?P<day>{_DAY})(?:[.º°]\s*|er\s+|\s+)(?:de\s+)?(?P<fmonth>{months})"
                          rf"(?:,?\s+(?:de\s+|del\s+)?(?P<year>{_YEAR}){suffix})?", f_dmy,
                 frozenset({"month", "digit"}), explicit=True),
            Rule("f_month_year", rf"(?<!\w)(?P<fmonth>{months}){AFTER_NAME}(?:de\s+|del\s+)?(?P<year>{_YEAR}){suffix}",
                 f_month_year, frozenset({"month", "digit"}), explicit=True),
            Rule("f_year_range", rf"(?<![\w.,/$£€#¥:-])(?P<y1>{YEAR_CORE})\s*[-–]\s*(?P<y2>{YEAR_CORE}|\d\d)"
                                 rf"(?!\w|[.,]\d|[/%-])", f_year_range, frozenset({"digit"}), explicit=True),
        )
    p = profile
    x = _Pieces(p)
    year_units = alt(_year_units(p))
    # a year, with its year words: `2019 году`, `2019-м году`, `Jahr 2020`, `el año 2009`, `roku 1956`
    # (an abbreviated year word may be written on to the year: `z 1987r.`, `в 1990г.`)
    glued = [w for w in p.year_suffixes if w.endswith(".")]
    glued_year = rf"|(?:{YEAR_CORE})(?=(?:{alt(glued)})(?!\w))" if glued else ""
    year = rf"{x.year_before}(?P<year>{_YEAR}{glued_year}){x.year_ord}{x.year_after}"
    # (`marca br.`, `14 marca ub.r.`: a year adjective's abbreviation after a date)
    year_abbr = [w for w in p.relative_year_words if w.endswith(".")]
    rel_year = (rf"(?:(?P<yrel>{x.rel})\s+(?:{year_units})|(?:{year_units})\s+(?P<yrel2>{x.rel}))(?!\w)"
                + (rf"|(?P<yadj2>{alt(year_abbr)})(?!\w)" if year_abbr else ""))
    of_year = rf"(?:,?\s+{x.of}(?:{x.det}(?:{year}|{rel_year})))"
    day_suffix = r"(?:[.º°]\s*|er\s+|\s+)"
    pod_prefix = rf"(?:(?P<pod>{x.pods})\s+(?:{x.of}|на\s+))?" if x.pods else ""
    # (`jeudi soir 4 août`: the part of the day between the weekday and its date)
    wd_pod = rf"(?:\s+(?P<pod1>{x.pods})(?!\w))?" if x.pods else ""
    rules = [
        Rule("f_date_range", rf"(?<![\w.,]){x.day_det}(?P<d1>{_DAY})(?P<d1suf>\.|er|º)?\s*"
                             rf"(?:[-–]|(?:{alt(p.range_words)})(?!\w))\s*(?P<second>{x.day_det}(?P<day>{_DAY})){day_suffix}(?:de\s+)?"
                             rf"(?P<fmonth>{x.months})(?:{of_year})?", f_date_range,
             frozenset({"month", "digit"}), explicit=True),
        Rule("f_dmy", rf"(?<![\w.,]){pod_prefix}{x.day_det}(?:(?P<rel>{x.rel})\s+)?(?:(?P<wd>{x.weekdays}){wd_pod},?\s+{x.day_det})?(?P<day>{_DAY})"
                      rf"{day_suffix}(?:de\s+)?(?P<fmonth>{x.months})(?:{of_year}|\s+(?P<rel3>{x.rel})(?!\w))?", f_dmy,
             frozenset({"month", "digit", "weekday"}), explicit=True),
        Rule("f_month_range", rf"(?<!\w)(?P<m1>{x.months})\s*(?:[-–]|\s(?:{alt(p.range_words)})\s)\s*"
                              rf"(?P<fmonth>{x.months})(?:{of_year})?", f_month_range, frozenset({"month"}),
             explicit=True),
        Rule("f_month_year", rf"(?<!\w){x.edge}(?P<fmonth>{x.months})(?:{of_year})", f_month_year,
             frozenset({"month", "digit", "unit"}), explicit=True),
        Rule("f_year_range", rf"(?<![\w.,/-]){_opt(p.decade_nouns)}(?P<y1>{YEAR_CORE})(?:\s*[-–]\s*|(?P<slash>/))"
                             rf"(?P<y2>{YEAR_CORE}|\d\d)(?!\w|[.,]\d|[/%-]){x.year_after}", f_year_range,
             frozenset({"digit", "decade"}), explicit=True),
    ]
    if p.numeric_order == "dmy":
        rules.append(Rule("f_num_dash", r"(?<![\w./-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)",
                          f_num_dash, frozenset({"digit"}), explicit=True))
        if p.year_suffixes:
            # `20.06.2022 r.`, `5.03.2021 года`: the year word after an all-digit date belongs to it
            rules.append(Rule("f_num_dot_year", rf"(?<![\w.,-])(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<y>\d{{4}})\s*"
                                                rf"(?:{alt(p.year_suffixes)})(?!\w)", f_num_dash, frozenset({"digit"}),
                              explicit=True))
        # `5 V 2021 r.`, `12.IX.2019`: the month in capital Roman numerals, between a day and a year
        rules.append(Rule("f_roman_date", rf"(?<![\w.,/-]){x.day_det}(?P<day>{_DAY})(?:\.\s*|\s+)(?P<rmonth>{alt(_ROMAN_NUMBERS[:12])})"
                                          rf"(?:\.\s*|\s+)(?P<year>{_YEAR}){x.year_after}", f_roman_date,
                          frozenset({"digit"}), explicit=True))
    if p.clock_words:
        glued = r"h(?P<hmin>[0-5]\d)?(?!\w)|" if "h" in p.clock_words else ""  # (`18h30`, `10h`)
        rules.append(Rule("f_clock", rf"(?<![\w.,:])(?P<hour>[01]?\d|2[0-3])(?:{glued}(?:[:.](?P<minute>[0-5]\d))?\s*"
                                     rf"(?P<clock>{alt(p.clock_words)})(?!\w))", f_clock, frozenset({"digit", "pod"})))
    if p.clock_before:
        # `alle 9.30`, `a las 12:00 horas`, `o godz. 10.15`: the span leaves the preposition out
        clock = rf"(?:\s*(?P<clock>{alt(p.clock_words)})(?!\w))?" if p.clock_words else ""
        rules.append(Rule("f_clock_at", rf"(?<!\w)(?:{alt(p.clock_before)})\s+(?P<at>(?P<hour>[01]?\d|2[0-3])[:.]"
                                        rf"(?P<minute>[0-5]\d)(?![\d%]|[.,:]\d|\s*[%€$£]){clock})", f_clock_at, frozenset({"clock", "digit"})))
    if p.hour_nouns:
        # `o godz. 18`, `alle ore 9`: an hour alone after a clock noun is a time too (not `godz. 18-20`'s end)
        clock = rf"(?:\s*(?P<clock>{alt(p.clock_words)})(?!\w))?" if p.clock_words else ""
        rules.append(Rule("f_hour_at", rf"(?<!\w)(?:{alt(p.hour_nouns)})\s+(?P<at>(?P<hour>[01]?\d|2[0-3])"
                                       rf"(?![\d%]|[.,:]\d|\s*[%€$£]){clock})", f_clock_at, frozenset({"pod"})))
    if p.decade_nouns or p.decade_suffixes:
        suffixes = alt(p.decade_suffixes) if p.decade_suffixes else "(?!)"
        spelled = rf"|(?P<decw>{alt(p.decade_words)})" if p.decade_words else ""
        noun = rf"(?:(?P<noun>{alt(p.decade_nouns)})\s+)?" if p.decade_nouns else ""
        plural_years = [w for w in _year_units(p) if w in p.plural_units]
        # (`die 90er Jahre`, `1980-е годы`: the plural year word after a decade's suffix)
        noun2 = rf"(?:(?<=[^\d])(?:\s+|-)(?P<noun2>{alt(plural_years)})(?!\w))?" if plural_years else "(?P<noun2>(?!))?"
        rules.append(Rule(
            "f_decade", rf"(?<![\w.,]){x.edge}(?P<ddet>{x.det}){noun}"
                        rf"(?:['’]?(?P<dec>(?:1[5-9]|20)?\d0)(?P<suf>{suffixes})?{spelled})"
                        rf"(?:\s*[-–]\s*(?P<dec_b>\d0)(?P<suf_b>{suffixes})?)?(?![\w%]|[.,]\d)"
                        + noun2, f_decade,
            frozenset({"digit", "decade"})))
    if p.century_words:
        centuries = alt(p.century_words)
        rules.append(Rule(
            "f_century", rf"(?<!\w){x.edge}{x.det}(?:(?:(?P<roman>{_ROMAN_CENTURIES})|(?P<cn>\d{{1,2}})\.?)"
                         rf"(?:e|ème|º|°|-?(?:й|го|м|ого))?\s+(?:{centuries})|(?:{centuries})\s+(?P<roman2>{_ROMAN_CENTURIES}))(?!\w)",
            f_century, frozenset({"century"})))
    if p.quarter_words:
        ordinals = alt(w for w, n in p.ordinal_words.items() if n <= 4)
        rules.append(Rule(
            "f_quarter", rf"(?<!\w){x.det}(?P<ord>{ordinals}|[iv]{{1,3}}°?|[1-4](?:\.|°|º)?)\s+(?:{alt(p.quarter_words)})"
                         rf"(?!\w)(?:{of_year})?", f_quarter, frozenset({"unit"})))
    if p.half_words:
        rules.append(Rule(
            "f_half", rf"(?<!\w){x.det}(?P<half>{alt(p.half_words)})(?!\w)"
                      rf"(?:\s+{x.of}(?:{x.det}(?:{year}|{rel_year}|(?P<plain>{year_units})(?!\w))))?", f_half,
            frozenset({"unit"})))
    if p.seasons:
        rules.append(Rule(
            "f_season", rf"(?<!\w){x.edge}(?P<sdet>{x.det})(?:(?P<rel>{x.rel}){x.rel_sep})?(?P<season>{alt(p.seasons)})(?!\w)"
                        rf"(?:\s+(?P<rel2>{x.rel})(?!\w)(?!\s+(?:{year_units})(?!\w)))?(?:{of_year})?", f_season,
                        frozenset({"season"})))
    if p.day_nouns:
        # `el pasado día 12`, `el día 5`, `il giorno 3`: a day of this month or a month near it (with a month
        # after it, `el día 12 de mayo`, the day-month rules read the date)
        rules.append(Rule("f_day_noun", rf"(?<!\w){x.day_det}(?:(?P<rel>{x.rel})\s+)?(?:{alt(p.day_nouns)})\s+(?P<day>{_DAY})"
                                        rf"(?![\w%°º/-]|[.,:]\d|\s+(?:de\s+)?(?:{x.months})(?!\w))", f_day_noun,
                          frozenset({"relday"})))
    rules.append(Rule(
        "f_year", rf"(?<![\w$£€#¥.,/:-]){x.edge}{x.day_det}{year}", f_year, frozenset({"digit"}), explicit=True))
    if p.short_year_prepositions:
        # `nel '68`, `nell'89`: the apostrophe stands for the century (a number after `nel` without it is none)
        elided = [w for w in p.short_year_prepositions if w.endswith("'")]
        spaced = [w for w in p.short_year_prepositions if not w.endswith("'")]
        rules.append(Rule("f_short_year", rf"(?:(?<!\w)(?:{alt(spaced)})\s+['’]|(?<!\w)(?:{alt(elided)}))"
                                          rf"(?P<yy>\d\d)(?![\w%]|[.,]\d)", f_short_year, frozenset({"digit"})))
    if p.relative_year_words:
        rules.append(Rule("f_year_adjective", rf"(?<!\w)(?P<yadj>{alt(p.relative_year_words)})(?!\w)", f_year_adjective,
                          frozenset({"unit"})))
    month_noun = [w for w, code in p.units.items() if code == "M" and w not in p.plural_units]
    month_noun = rf"(?:{alt(month_noun)}\s+{x.of})?" if month_noun else ""
    if p.relative_words:
        # `el pasado julio`, `octobre dernier`, `lo scorso marzo`, `vergangenen März`, `este mes de octubre`
        # (before `f_relunit`, which would take `este mes` and leave the month alone)
        rules.append(Rule(
            "f_relmonth", rf"(?<!\w)(?:{x.det}(?P<rel>{x.rel}){x.rel_sep}{month_noun}(?P<fmonth>{x.months})(?!\w|\.\w)"
                          rf"|{month_noun}(?P<fmonth2>{x.months})[ \t\xa0]+(?P<rel2>{x.rel})(?!\w))", f_relmonth,
            frozenset({"month"})))
    if p.units and p.relative_words:
        rules.append(Rule(
            "f_relunit", rf"(?<!\w){x.edge}{x.det}(?:(?P<rel>{x.rel}){x.rel_sep}(?P<unit>{x.units})(?:-ci|(?P<that>-là))?"
                         rf"|(?P<unit2>{x.units})[ \t\xa0]+(?P<rel2>{x.rel})(?!\s+(?:{x.units})(?!\w)))(?!\w)", f_relunit,
            frozenset({"unit"})))
        rules.append(Rule(
            "f_relweekday", rf"(?<!\w){x.pod_before}{x.det}(?:(?P<rel>{x.rel})\s+(?P<fwd>{x.weekdays}){x.wd_compound}"
                            rf"|(?P<fwd2>{x.weekdays})\s+(?P<rel2>{x.rel}))(?!\w){x.pod_suffix}", f_relweekday,
            frozenset({"weekday"})))
    if p.units and (p.ago_before or p.ago_after or p.hence_before):
        before = alt([*p.ago_before, *p.hence_before])
        after = alt([*p.ago_after, *p.earlier_after, *p.later_after])
        # (with a determiner in place of the number before an earlier/later word: `l'anno prima`, `das Jahr zuvor`)
        shifts = [*p.earlier_after, *p.later_after]
        det_shift = rf"|{x.det}(?=(?:{x.units})\s+(?:{alt(shifts)})(?!\w))" if x.det and shifts else ""
        rules.append(Rule(
            "f_ago", rf"(?<![\w,.])(?:(?P<before>{before})\s+)?{x.approx}(?:{x.num}\s*{det_shift})?(?P<unit>{x.units})(?!\w)"
                     rf"(?:\s+(?P<after>{after})(?!\w))?", f_ago, frozenset({"unit"})))
    rules.append(Rule(
        "f_month", rf"(?<!\w){x.edge}{month_noun}(?P<fmonth>{x.months})(?!\w|\.\w)", f_month, frozenset({"month"})))
    if p.edge_words and p.units:
        rules.append(Rule(
            "f_edge_unit", rf"(?<!\w){x.det}(?P<edge>{alt(p.edge_words)})\s+{x.of}{x.det}(?P<unit>{x.units})"
                           rf"(?:[ \t\xa0]+(?P<erel>{x.rel}))?(?!\w)",
            f_edge_unit, frozenset({"unit"})))
    nights = [w for w, code in p.parts_of_day.items() if code == "NI" and " " not in w]  # (not `w nocy`: no preposition)
    if nights:
        # `la nuit de samedi à dimanche`, `w nocy z soboty na niedzielę`, `in der Nacht zum Sonntag`
        to = rf"|(?P<to>{alt(p.night_to_words)})\s+(?P<fwd3>{x.weekdays})" if p.night_to_words else ""
        links = alt(dict.fromkeys(w for w in (*p.of_words, *p.range_words, *p.since_words, *p.night_to_words,
                                              *p.month_prepositions, *p.weekday_prepositions) if " " not in w))
        rules.append(Rule("f_night", rf"(?<!\w){x.det}(?P<pod0>{alt(nights)})\s+(?:(?:(?:{links})\s+)?(?P<fwd>{x.weekdays})\s+"
                                     rf"(?:{links})\s+(?P<fwd2>{x.weekdays}){to})(?!\w)", f_night, frozenset({"weekday"})))
    if p.anaphoric_days:
        rules.append(Rule("f_anaphoric_day", rf"(?<![\w-]){x.det}(?P<aday>{alt(p.anaphoric_days)})(?![\w-])", f_anaphoric_day,
                          frozenset({"relday"})))
    if p.holidays:
        # `zu Weihnachten`, `la notte di San Silvestro`, `на Рождество`, `Pâques 2021`
        rules.append(Rule("f_holiday", rf"(?<!\w){x.pod_before}(?P<hdet>{x.det})(?P<hol>{alt(p.holidays)})(?!\w)"
                                       rf"(?:\s+{x.of}(?P<year>{_YEAR}))?", f_holiday, frozenset({"holiday"})))
    if p.named_months:
        # `il mese del Pride`, `den Monat des Stolzes`: that month, by the tense
        rules.append(Rule("f_named_month", rf"(?<!\w)(?P<nmdet>{x.det})(?P<nm>{alt(p.named_months)})(?!\w)", f_named_month,
                          frozenset({"holiday"})))
    weekends = [w for w, code in p.units.items() if code == "WE"]
    if weekends:
        # `el fin de semana`, `am Wochenende`, `w weekend`, `в выходные`: the weekend by the tense
        rules.append(Rule("f_weekend", rf"(?<!\w)(?P<wdet>{x.det})(?P<we>{alt(weekends)})(?!\w)", f_weekend,
                          frozenset({"unit"})))
    rules.append(Rule("f_weekday", rf"(?<!\w){x.pod_before}(?:(?P<det>{x.det}))?(?P<fwd>{x.weekdays}){x.wd_compound}(?!\w)"
                                   rf"{x.pod_suffix}", f_weekday, frozenset({"weekday"})))
    if p.weekday_adjectives:
        rules.append(Rule("f_weekday_adjective", rf"(?<!\w)(?P<wadj>{alt(p.weekday_adjectives)})(?!\w)", f_weekday_adjective,
                          frozenset({"weekday"})))
    if p.reference_words:
        rules.append(Rule("f_ref", rf"(?<![\w-])(?P<ref>{alt(p.reference_words)})(?![\w-])", f_ref,
                          frozenset({"ref"})))
    rules.append(Rule("f_relday", rf"(?<![\w-])(?P<frd>{alt([*p.relative_days, *p.relative_day_parts])})(?![\w-])"
                                  + x.pod_suffix, f_relday, frozenset({"relday"})))
    if p.pod_phrases:
        rules.append(Rule("f_pod_phrase", rf"(?<![\w-])(?P<podp>{alt(p.pod_phrases)})(?![\w-])", f_pod_phrase,
                          frozenset({"pod"})))
    if x.pods:
        this = [w for w, n in p.relative_words.items() if n == 0]
        rules.append(Rule("f_pod", rf"(?<!\w)(?P<this>{alt(this)})\s+(?P<pod>{x.pods})(?!\w)", f_pod,
                          frozenset({"pod"})))
    return tuple(rules)


# ============================================================================= handlers
def _g(m: re.Match, group: str) -> str | None:
    """A group of the match, None when it did not take part or the rule has no such group (a profile
    without the words for it: no edge words, no decade words)."""
    return m.group(group) if group in m.re.groupindex else None


def _has(m: re.Match, group: str) -> bool:
    return _g(m, group) is not None


def _has_year(m: re.Match) -> bool:
    """Whether the match names its year (written, `de este año`, `br.`)."""
    return any(_g(m, g) for g in ("year", "yrel", "yrel2", "yadj2"))


def _month(word: str) -> int:
    return ANY_MONTH[norm(word).rstrip(".")]


def _rel(doc: Doc, word: str | None) -> tuple[int, bool] | None:
    """(offset, anaphoric) of a relative word, or None."""
    if not word:
        return None
    key = norm(word)
    p = doc.profile
    if key in p.relative_words:
        return p.relative_words[key], False
    if key in p.anaphoric_words:
        return p.anaphoric_words[key], True
    return None


def _year_of(doc: Doc, m: re.Match) -> int | None:
    """The year of an `of_year` tail: written out, or `this/last/next year` (`de este año`, `bieżącego roku`)."""
    if _g(m, "year"):
        return int(_g(m, "year"))
    if _g(m, "yadj2"):
        return doc.anchor.year + doc.profile.relative_year_words[norm(_g(m, "yadj2"))] if doc.anchor else None
    rel = _rel(doc, _g(m, "yrel") or _g(m, "yrel2"))
    if rel is None:
        return None
    offset, anaphoric = rel
    base = doc.base() if anaphoric else (day_point(doc.anchor) if doc.anchor else None)
    if base is None or base.year is None:
        return None
    return base.year + offset


def f_dmy(doc: Doc, m: re.Match):
    """`17 декабря 2024 года`, `el pasado 30 de agosto`, `jeudi 4 août`, `dem 24. Februar`."""
    year = _year_of(doc, m) if _has_year(m) else None
    if year is None:
        cited = _CITED_YEAR.search(doc.low, max(0, m.start() - 16), m.start())
        year = int(cited.group(1)) if cited else None  # `Ley 7/2021, de 20 de mayo`: that law's day
    month, day = _month(_g(m, "fmonth")), int(_g(m, "day"))
    if year is None and not _g(m, "rel") and not _g(m, "rel3"):
        year = _range_end_year(doc, m.end(), month)
    if year is None and not _g(m, "rel") and not _g(m, "rel3"):
        year = _named_before(doc, month, day)
    if year is None and not _g(m, "rel") and not _g(m, "rel3"):
        year = doc.sentence_year(m.start())  # `nel 2023: il 3 marzo ...`
        if year is not None and _g(m, "wd") and _weekday_of(year, month, day) != ANY_WEEKDAY[norm(_g(m, "wd"))]:
            year = None
    if year is None and not _g(m, "rel") and not _g(m, "rel3"):
        year = _narrative_year(doc, m.start(), month)
        if year is not None and _g(m, "wd") and _weekday_of(year, month, day) != ANY_WEEKDAY[norm(_g(m, "wd"))]:
            year = None  # `mardi 25 octobre`: the weekday says which year
    if year is None and _g(m, "wd") and doc.anchor is not None and not doc.habitual(m.start(), m.end()):
        # `lunedì 3 ottobre`: of the years around the anchor's, the one where that day is that weekday
        weekday = ANY_WEEKDAY[norm(_g(m, "wd"))]
        fits = [y for y in (doc.anchor.year - 1, doc.anchor.year, doc.anchor.year + 1) if _weekday_of(y, month, day) == weekday]
        year = fits[0] if len(fits) == 1 else None
    rel = _rel(doc, _g(m, "rel") or _g(m, "rel3"))
    if _g(m, "rel") and (rel is None or rel[0] == 0) and not (_g(m, "wd") and rel is not None):
        return None  # `Об этом 3 октября`: `этом` is "about this", the date begins at the day (`este lunes 13 de junio` is one)
    if rel is not None and year is None and doc.anchor is not None and rel[0]:
        year = resolve_month_day(doc.anchor, month, day, 2 * rel[0])  # `el pasado 30 de agosto`
        if year is None:
            return None
    p = _day_in(doc, year, month, day, m.start(), m.end())
    return None if p is None else (m.start(), m.end(), _with_pod(doc, m, p))


@lru_cache(maxsize=None)
def _range_end(profile: DateProfile) -> re.Pattern:
    """The second date of a range with its year, right after the first (`по 10 сентября 2021 года`,
    `al 12 de septiembre de 2021`, `bis 3. März 2020`)."""
    return re.compile(rf"\s*(?:[-–]|(?:{alt(profile.range_words)})(?!\w))\s*{_Pieces(profile).day_det}{_DAY}(?:[.º°]\s*|er\s+|\s+)"
                      rf"(?:de\s+)?(?P<month>{month_alt(profile.months)}),?\s+(?:de\s+|del\s+)?(?P<year>{_YEAR})",
                      re.UNICODE)


def _range_end_year(doc: Doc, end: int, month: int) -> int | None:
    """The year of a range's first date written without one: the second's (`с 14 августа по 10 сентября
    2021 года`), or the year before when the first month comes later (`del 20 de diciembre al 6 de enero
    de 2021`)."""
    if not doc.profile.range_words:
        return None
    m = _range_end(doc.profile).match(doc.low, end)
    if m is None:
        return None
    year = int(m.group("year"))
    return year - 1 if month > _month(m.group("month")) else year


def _narrative_year(doc: Doc, start: int, month: int) -> int | None:
    """The year of a story told about the past: a day and month without a year right after (the last
    date named, at most 600 characters before) a month or day two or more years before the anchor's,
    and not before it in that year (`le 11 janvier 2020 ... le 8 février ... le 10 mars`: 2020, where
    the anchor's year would give 2022 or 2023). Not after `now` or another period named in between, nor
    after a date that starts a time lasting until now (`da marzo 2020`, `seit März 2020`)."""
    if doc.anchor is None or not doc.mentions:
        return None
    last = doc.mentions[-1]
    found = _YEAR_MONTH.match(last.value)
    if found is None or start - last.char_end > 600:
        return None
    year = int(found.group(1))
    last_month = int(found.group(2)) if found.group(2) else dt.date.fromisocalendar(year, int(found.group(3)), 1).month
    before = prev_word(doc.text, last.char_start)
    if year > doc.anchor.year - 2 or month < last_month or any(before.startswith(w) for w in doc.profile.since_words):
        return None
    return year


_YEAR_MONTH = re.compile(r"(\d{4})-(?:(\d\d)(?:-\d\d)?|W(\d\d))(?:T|$)")  # (a month, a day, a week)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _named_before(doc: Doc, month: int, day: int) -> int | None:
    """The year of the same day and month written out earlier in the text, if it was: the text speaks
    of that day again (`Il 13 febbraio del 2021 ... Il 13 febbraio si contavano`)."""
    suffix = f"-{month:02d}-{day:02d}"
    for mention in reversed(doc.mentions):
        value = mention.value
        if len(value) == 10 and value.endswith(suffix) and value[:4].isdigit():
            return int(value[:4])
    return None


# A number with its year right before a day and month (a law or a decree: `2/2010, de 3 de marzo`).
_CITED_YEAR = re.compile(r"\d{1,4}/((?:1[89]|20)\d\d),?\s*(?:de\s+|del\s+|vom\s+|du\s+|of\s+)?$")


def f_num_dash(doc: Doc, m: re.Match):
    """`24-08-17`: day, month, year with dashes."""
    day, month, y = int(_g(m, "a")), int(_g(m, "b")), _g(m, "y")
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    if month > 12 or not 1900 <= year <= 2099:
        return None
    p = _day_in(doc, year, month, day, m.start(), m.end())
    return None if p is None else (m.start(), m.end(), p)


def f_day_noun(doc: Doc, m: re.Match):
    """`el pasado día 12`, `el día 5`: the day of that number in the anchor's month or the one before or
    after, the way the tense (or `pasado`, `próximo`) points; the nearest with none."""
    if doc.anchor is None or not _day_number_ends(doc, m.end()):
        return None  # (`durante el día 5 personas murieron`: a count)
    n, a = int(_g(m, "day")), doc.anchor
    rel = _rel(doc, _g(m, "rel"))
    if _g(m, "rel") and (rel is None or rel[1] or rel[0] == 0):
        return None  # (`este día 5`: not a day of the month)
    direction = rel[0] if rel else doc.tense(m.start(), m.end())
    days = []
    for shift_by in (-1, 0, 1):
        y, mo = divmod(a.year * 12 + a.month - 1 + shift_by, 12)
        try:
            days.append(dt.date(y, mo + 1, n))
        except ValueError:
            continue
    if direction < 0:
        days = [d for d in days if d <= a]
    elif direction > 0:
        days = [d for d in days if d >= a]
    if not days:
        return None
    return m.start(), m.end(), day_point(min(days, key=lambda d: abs((d - a).days)))


def f_roman_date(doc: Doc, m: re.Match):
    """`5 V 2021`, `12.IX.2019 r.`: day, month in Roman numerals (capitals only: `5 i 2021` is "5 and
    2021"), year."""
    roman = doc.text[m.start("rmonth"):m.end("rmonth")]
    month = _roman(roman.lower())
    if not roman.isupper() or month is None or month > 12:
        return None
    p = _day_in(doc, int(_g(m, "year")), month, int(_g(m, "day")), m.start(), m.end())
    return None if p is None else (m.start(), m.end(), p)


def f_clock(doc: Doc, m: re.Match):
    """`9 утра`, `2 дня`, `10.30 Uhr`, `18h30`: a clock time, on the day spoken of."""
    hour = int(_g(m, "hour"))
    if _g(m, "clock") and hour < 12:  # (`12 дня`, `12 de la tarde` are noon: the afternoon's 12 hours count from it)
        hour += doc.profile.clock_words[norm(_g(m, "clock"))]
    minute = _g(m, "minute") or _g(m, "hmin") or "00"
    if hour > 24 or (hour == 24 and minute != "00"):
        return None
    return m.start(), m.end(), replace(doc.day_spoken_of(m.start()), time=f"{hour:02d}:{minute}")


def f_clock_at(doc: Doc, m: re.Match):
    """`alle 9.30`, `a las 12:00`: a clock time after its preposition, on the day spoken of (not before a
    day and month: `в 10:00 23 августа` is on the day that follows, found as a date)."""
    if _date_next(doc.profile).match(doc.low, m.end()):
        return None
    if not _g(m, "minute") and not _g(m, "clock") and (
            (after := _word_after(doc.low, m.end())) in doc.profile.count_nouns or after in doc.profile.units):
        return None  # `a las 3 empresas`, `a las 14 semanas`: a count after the article, not an hour
    found = f_clock(doc, m)
    return None if found is None else (m.start("at"), found[1], found[2])


def _word_after(low: str, pos: int) -> str:
    found = re.match(r"\s*(\w+)", low[pos:pos + 40])
    return found.group(1) if found else ""


def f_date_range(doc: Doc, m: re.Match):
    """`od 19 do 25 maja`, `du 3 au 5 mai`, `1er et 2 juillet`: two dates, the first in the second's month."""
    second = f_dmy(doc, m)
    if second is None or int(_g(m, "d1")) >= int(_g(m, "day")):
        return None
    _, end, last = second
    first = Point("day", last.year, last.month, int(_g(m, "d1")))
    start_b = m.start("second")
    return m.start(), m.end("d1suf") if _has(m, "d1suf") else m.end("d1"), first, True, ((start_b, end, last),)


def f_month_year(doc: Doc, m: re.Match):
    """`Dezember 2023`, `mayo del próximo año`, `marca tego roku`, `Anfang März 2022`."""
    year = _year_of(doc, m)
    if year is None:
        return None
    return m.start(), m.end(), month_point(year, _month(_g(m, "fmonth")))


def f_month_range(doc: Doc, m: re.Match):
    """`С марта по декабрь 2017 года`, `agosto-septiembre`: two months, the first in the second's year."""
    first_month, second_month = _month(_g(m, "m1")), _month(_g(m, "fmonth"))
    if first_month == second_month:
        return None
    if _has_year(m):
        year = _year_of(doc, m)
        if year is None:
            return None
    else:
        anchor_year = _month_point_for(doc, second_month, None, m.start("fmonth"), m.end())
        year = anchor_year.year
    first_year = year - 1 if year is not None and first_month > second_month else year
    return m.start(), m.end("m1"), month_point(first_year, first_month), True, \
        ((m.start("fmonth"), m.end(), month_point(year, second_month)),)


def f_year_range(doc: Doc, m: re.Match):
    """`2023-2026`, `1936-39`, `latach 2021-2022`: two years; `2020/2021`, `1932/33` (a school year, a
    season, a winter across two years): one, the first year."""
    y1, y2s = int(_g(m, "y1")), _g(m, "y2")
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if _g(m, "slash") or (len(y2s) == 2 and y2 == y1 + 1):
        # (`2003-04` too: a season across two years, as `2003/04`; `1936-39` stays a range)
        return (m.start(), m.end(), year_point(y1)) if y2 == y1 + 1 else None
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return m.start(), m.end("y1"), year_point(y1), True, ((m.start("y2"), m.end(), year_point(y2)),)


_NUMBER_NEXT = re.compile(r"\s*(?:[-–]|\w{1,2}\s)\s*\d|\s*per\s*cento")


def _next_month(doc: Doc, pos: int) -> bool:
    words = doc.low[pos:pos + 16].split()
    return bool(words) and norm(words[0]).rstrip(".,") in doc.profile.months


def f_short_year(doc: Doc, m: re.Match):
    """`nel '68`, `nell'89`: the year of the last century or this one, whichever is not in the future."""
    if _NUMBER_NEXT.match(doc.low, m.end()) or _next_month(doc, m.end()):
        return None  # `dall'80 al 90 per cento`: numbers of a range; `dell'11 settembre`: a day
    yy = int(_g(m, "yy"))
    this = (doc.anchor or dt.date.today()).year
    year = 2000 + yy if 2000 + yy <= this else 1900 + yy
    start = m.start("yy") - (doc.text[m.start("yy") - 1] in "'’" and doc.text[m.start("yy") - 2].isspace())
    return start, m.end(), year_point(year)


def f_year(doc: Doc, m: re.Match):
    """A year, with its year words (`2019 году`, `Jahr 2020`, `roku 1956`, `fin 2023`, `начала 2022 года`)."""
    year = int(_g(m, "year"))
    plain = m.group(0)[: m.start("year") - m.start()].strip() == "" and m.end() == m.end("year")
    if plain:
        nxt = doc.low[m.end():m.end() + 20].split()
        if nxt and (nxt[0] in doc.profile.count_nouns or nxt[0] in ("%", "€", "$")):
            return None  # `2000 Menschen`: a count
        if year < 1700 and not m.group(0).strip().isdigit():
            return None
        if doc.profile.capitalisation == "lower" and _name_before(doc.text, m.start()):
            return None  # `Paris 2024`, `Euro 2024`: part of a name
        if _named_by(doc, m.start()):
            return None  # `Agenda 2030`, `Coronavirus-Gesetz 2020`, `Rapporto immigrazione 2022`
        if doc.profile.capitalisation == "lower" and _title_after(doc, m.start(), m.end()):
            return None  # `s'intitule 2022 Strengthened Code of Practice`: a title's first word
    if _ends_title(doc, m.start(), m.end()):
        return None
    return m.start(), m.end(), year_point(year)


def _title_after(doc: Doc, start: int, end: int) -> bool:
    """Whether two capitalised words that are no month follow a year that neither opens its sentence
    nor follows a preposition: a title (in a language writing its other words lower case)."""
    words = doc.text[end:end + 60].split()[:2]
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() and norm(w) not in doc.profile.months for w in words):
        return False
    return not (_sentence_initial(doc.text, start) or _preceded(doc, start, doc.profile.month_prepositions))


def _named_by(doc: Doc, pos: int) -> bool:
    """Whether the year at `pos` follows a noun that names a plan, law or report with its year (the
    profile's `year_name_words`, at the start or, for compounds, the end of the word): right before
    it, or before one more word that is no preposition (`Rapporto immigrazione 2022`; not `Bericht
    für 2021`) or, in a label with no determiner, is the profile's "of" (`association loi de 1901`)."""
    stems = doc.profile.year_name_words
    if not stems:
        return False
    words = doc.low[max(0, pos - 48):pos].split()[-3:]
    for n, word in enumerate(reversed(words[-2:])):
        word = word.rsplit("-", 1)[-1]
        if not word.isalpha():
            return False  # (punctuation between: another phrase)
        if word.startswith(stems) or word.endswith(stems):
            # (after "of", only a label with no determiner: `une association loi de 1901` names a legal form,
            # `la loi de 1985` is the law passed that year)
            return n == 0 or len(words) < 3 or words[0] not in doc.profile.determiners
        if n == 0 and word in doc.profile.of_words:
            continue
        if n == 0 and (len(word) <= 4 or word in doc.profile.month_prepositions):
            return False
    return False


_OPENING_QUOTES = "«„“\"‚‘"
_CLOSING_QUOTES = "»“”\"’‘"


def _ends_title(doc: Doc, start: int, end: int) -> bool:
    """Whether a year closes a short quoted title (`„Człowiek Roku 1938”`, `the report "State of the Climate
    2022"`, `the overture "1812"`): a name, not a date. Not a quoted date (`„do 2030 roku”`): a preposition
    before the year makes it one."""
    if end >= len(doc.text) or doc.text[end] not in _CLOSING_QUOTES:
        return False
    before = doc.text[max(0, start - 60):start]
    opened = max(before.rfind(q) for q in _OPENING_QUOTES)
    if opened < 0 or "\n" in before[opened:] or any(q in before[opened + 1:] for q in _CLOSING_QUOTES if q not in _OPENING_QUOTES):
        return False
    title = before[opened + 1:]
    return (not title.strip() or title.lstrip()[:1].isupper()) \
        and prev_word(doc.text, start) not in doc.profile.month_prepositions


def f_year_adjective(doc: Doc, m: re.Match):
    """`tegorocznej`, `diesjährigen`: this year (last year) as an adjective."""
    offset = doc.profile.relative_year_words[norm(_g(m, "yadj"))]
    return m.start(), m.end(), year_point(doc.anchor.year + offset if doc.anchor else None)


def f_decade(doc: Doc, m: re.Match):
    """`1990-х`, `90-х`, `в 1980-е годы`, `années 1950`, `anni '90`, `lata 90.`, `der 90er Jahre`."""
    noun = _g(m, "noun") or _g(m, "noun2")
    if _g(m, "decw"):
        if not (noun or _g(m, "ddet")):
            return None  # `noventa personas`: a number; `los noventa`, `anni novanta`: a decade
        start_year = doc.profile.decade_words[norm(_g(m, "decw"))]
    else:
        digits = _g(m, "dec")
        if not (noun or _g(m, "suf")) or (_g(m, "suf") == "." and not noun):
            return None  # `1990` alone is a year, `10.` alone an ordinal (`lat 70.` is a decade)
        if len(digits) == 4:
            start_year = int(digits)
            if start_year % 10:
                return None
        else:
            start_year = 1900 + int(digits)
    century = _century_after(doc.profile).match(doc.low, m.end()) if len(_g(m, "dec") or "") == 2 else None
    if century is not None and not _g(m, "dec_b") and (n := _roman(century.group("roman"))):
        # `90-х годах XIX века`, `lat 80-tych XX wieku`: a decade of the century named after it
        return m.start(), century.end(), Point("decade", index=(n - 1) * 100 + start_year % 100)
    if _g(m, "dec_b"):
        # `latach 30-40.` : the first decade only; the second is its own mention
        second = 1900 + int(_g(m, "dec_b")) if start_year < 2000 else 2000 + int(_g(m, "dec_b"))
        return m.start(), m.end("dec"), Point("decade", index=start_year), True, \
            ((m.start("dec_b"), m.end(), Point("decade", index=second)),)
    return m.start(), m.end(), Point("decade", index=start_year)


@lru_cache(maxsize=None)
def _century_after(profile: DateProfile) -> re.Pattern:
    """A Roman century right after a decade, with its century word (`XIX века`, `XX wieku`)."""
    words = alt(profile.century_words) if profile.century_words else "(?!)"
    return re.compile(rf"\s+(?P<roman>{_ROMAN_CENTURIES})\s+(?:{words})(?!\w)", re.UNICODE)


def f_century(doc: Doc, m: re.Match):
    """`XX wieku`, `XXI века`, `XXe siècle`, `20. Jahrhundert`, `siglo XX`."""
    if _g(m, "cn"):
        n = int(_g(m, "cn"))
    else:
        n = _roman(_g(m, "roman") or _g(m, "roman2")) or 0
    if not 1 <= n <= 30:
        return None
    return m.start(), m.end(), Point("century", index=n - 1)


def f_quarter(doc: Doc, m: re.Match):
    """`I° trimestre 2022`, `im ersten Quartal`, `в первом квартале`."""
    word = norm(_g(m, "ord")).rstrip(".°º")
    q = doc.profile.ordinal_words.get(word) or _roman(word) or (int(word) if word.isdigit() else None)
    if q is None or not 1 <= q <= 4:
        return None
    year = _year_of(doc, m) if (_has_year(m)) else None
    if year is None:
        year = doc.anchor.year if doc.anchor else doc.year_hint
    return m.start(), m.end(), quarter_point(year, q)


def f_half(doc: Doc, m: re.Match):
    """`pierwszej połowie 2022 r.`, `im ersten Halbjahr`, `la première moitié de l'année`."""
    index = doc.profile.half_words[norm(_g(m, "half"))]
    if _has_year(m):
        year = _year_of(doc, m)
    else:
        year = doc.the_year_point(m.start()).year
    return m.start(), m.end(), Point("half", year, index=index)


def f_season(doc: Doc, m: re.Match):
    """`Frühjahr 2020`, `este otoño`, `l'été dernier`, `осенний`, `im Sommer`."""
    key = norm(_g(m, "season"))
    code = doc.profile.seasons[key]
    if key in doc.profile.ambiguous_seasons and not (_g(m, "sdet") or _g(m, "rel") or _g(m, "rel2") or _g(m, "year")
                                                     or _has_year(m) or _g(m, "edge")
                                                     or _preceded(doc, m.start(), doc.profile.month_prepositions)):
        return None  # `a été` is "has been"; `l'été`, `en été`, `cet été` are a summer
    if key in doc.profile.plural_units and not _g(m, "edge") \
            and norm(_g(m, "rel") or _g(m, "rel2") or "") in {"", *doc.profile.plural_relative_words}:
        return None  # (Polish `lata` is of summer and years: `tego lata` is this summer, `ostatnie lata` the last years)
    if doc.profile.capitalisation == "lower" and _is_capitalised(_orig(doc, m, "season")) \
            and not _sentence_initial(doc.text, m.start()):
        return None  # `Diario de Verano`: a name
    if _has_year(m):
        year = _year_of(doc, m)
    else:
        # (a demonstrative article, `cet hiver`, is `this`)
        rel = _rel(doc, _g(m, "rel") or _g(m, "rel2") or (_g(m, "sdet") or "").strip() or None)
        if not doc.anchor:
            year = doc.year_hint
        elif rel is None and doc.habitual(m.start(), m.end()):
            year = None  # `im Sommer ist es gewöhnlich heiß`
        elif rel is not None and rel[0]:
            year = resolve_season(doc.anchor, code, rel[0], strict=True)
        elif rel is not None:  # `this` season (`cet hiver`, `этой весной`); a participle reads as past here
            year = this_season_year(doc.anchor, code, doc.tense(m.start(), m.end()), past_tie_ahead=True)
        elif (year := doc.sentence_year(m.start())) is not None:
            pass  # `nel 2023 si vota, probabilmente in primavera`: the spring of the year just written
        else:  # (`im Winter` in a future clause the coming one, surely past the last; else the nearer one,
            # as near: the coming one, in a past clause the last: `Man erwarte im Herbst`, said in June, is
            # this autumn whatever the tense finder makes of `erwarte`)
            tense = doc.tense(m.start(), m.end())
            year = resolve_season(doc.anchor, code, tense if tense > 0 or tense < -1 else 0, ahead_on_tie=tense >= 0)
    return m.start(), m.end(), Point("season", year, season=code)


def _half_after(doc: Doc, end: int) -> bool:
    """Whether `and a half` follows a unit at `end` (`anno e mezzo`, `año y medio`)."""
    words = doc.profile.half_after
    return bool(words) and _half_after_re(words).match(doc.low, end) is not None


@lru_cache(maxsize=None)
def _half_after_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\s+(?:{alt(words)})(?!\w)")


def _unit_of(doc: Doc, word: str) -> tuple[str, bool]:
    key = norm(word)
    return doc.profile.units[key], key in doc.profile.plural_units


def f_relunit(doc: Doc, m: re.Match):
    """`vergangene Woche`, `l'année dernière`, `в прошлом году`, `w zeszłym roku`, `den letzten Jahren`
    (PAST_REF), `kolejnych latach` (FUTURE_REF), `questi giorni` (PRESENT_REF), `l'anno precedente`."""
    rel = _rel(doc, _g(m, "rel") or _g(m, "rel2"))
    if rel is None or norm(doc.low[m.start():m.end()]) in doc.profile.reference_words:
        return None  # (a phrase the profile lists as a reference is one: `les mois à venir`, where `mois` is no plural)
    offset, anaphoric = rel
    if _half_after(doc, m.end()):
        return None  # `quest'ultimo anno e mezzo`: a year and a half, an amount of time
    if _g(m, "that") and offset == 0:
        anaphoric = True  # `cette année-là`, `ce jour-là`: that year, the one just named
    unit_word = _g(m, "unit") or _g(m, "unit2")
    code, plural = _unit_of(doc, unit_word)
    plural = plural or norm(_g(m, "rel") or _g(m, "rel2")) in doc.profile.plural_relative_words  # (`mois` is both)
    if offset and not (plural and offset < 0) and _preceded(doc, m.start(), doc.profile.duration_prepositions):
        return None  # `w ciągu ostatniego tygodnia`, `przez kolejne lata`: a duration (`na przestrzeni
        # ostatnich tygodni`, over the last weeks, is the recent past, as the gold sets read it)
    if plural:
        before = prev_word(doc.text, m.start())
        if anaphoric or before in doc.profile.number_words or doc.low[max(0, m.start() - 3):m.start()].strip()[-1:].isdigit():
            return None  # `los dos últimos siglos`: a duration
        return m.start(), m.end(), "PAST_REF" if offset < 0 else "FUTURE_REF" if offset > 0 else "PRESENT_REF"
    if code == "WE":
        if not doc.anchor:
            return m.start(), m.end(), Point("weekend")
        d = resolve_weekday(doc.anchor, 5, offset or doc.tense(m.start(), m.end()) or -1, strict=bool(offset))
        return m.start(), m.end(), weekend_point(d if offset or doc.anchor.weekday() < 5 else doc.anchor)
    if code == "CE" and (offset or norm(unit_word) not in doc.profile.ambiguous_units) and not anaphoric:
        # `des letzten Jahrhunderts`, `del siglo pasado`, `прошлого века`, `in diesem Jahrhundert` (`this` is
        # left alone where the unit is also another word: `w tym wieku` is "at this age")
        return m.start(), m.end(), _anchor_or_unknown(
            doc, lambda a: Point("century", index=a.year // 100 + offset), Point("century"))
    if code not in _UNIT_NAMES:
        return None
    if offset and _before_an_event(doc.profile).match(doc.low, m.end()):
        return None  # `l'ultimo anno prima della pandemia`, `la semaine d'avant le scrutin`: counted from an
        # event, not from now
    unit = _UNIT_NAMES[code]
    if unit == "day" and offset > 0:
        anaphoric = True  # `am nächsten Tag`, `następnego dnia`: the day after the date just named
        if doc.last is None:
            return None  # (`un giorno ... e il giorno successivo`: with no date named before, after an event)
    if anaphoric:
        p = doc.anaphoric_unit(unit, offset) if unit != "decade" else None
        return None if p is None else (m.start(), m.end(), p)
    if unit == "day":
        return None  # `dieser Tag`: a day named by what happened on it
    return m.start(), m.end(), doc.unit_point(unit, offset)


@lru_cache(maxsize=None)
def _before_an_event(p: DateProfile) -> re.Pattern:
    """A before- or after-word and the article or `of` opening what it is counted from (`prima della`,
    `avant le`, `vor der`, `antes de`)."""
    words = [*p.earlier_after, *p.later_after, *p.ago_before]
    links = [*p.of_words, *p.determiners]
    if not words or not links:
        return re.compile(r"(?!)")
    return re.compile(rf"\s+(?:{alt(words)})\s+(?:{alt(links)})(?:\s|(?<=['’]))", re.UNICODE)


def f_relweekday(doc: Doc, m: re.Match):
    """`vergangenen Sonntag`, `el viernes pasado`, `este miércoles`, `в прошлую пятницу`."""
    rel = _rel(doc, _g(m, "rel") or _g(m, "rel2"))
    if rel is None or rel[1]:
        return None
    wd = ANY_WEEKDAY[norm(_g(m, "fwd") or _g(m, "fwd2"))]
    offset = rel[0]
    p = _weekday_point(doc, wd, offset, m.start(), m.end(), strict=bool(offset))
    return m.start(), m.end(), _with_pod(doc, m, p)


def _with_pod(doc: Doc, m: re.Match, p: Point) -> Point:
    pod = _g(m, "pod") or _g(m, "pod0") or _g(m, "pod1")
    if p.gran != "day":
        return p
    if pod is not None:
        return replace(p, time=doc.profile.parts_of_day[norm(pod)])
    if _g(m, "wdpod"):
        return replace(p, time=doc.profile.weekday_compounds[norm(_g(m, "wdpod"))])
    return p


@lru_cache(maxsize=None)
def _relative_heads(p: DateProfile) -> frozenset[str]:
    """The first words of the profile's later/earlier words (`спустя`, `после`): built once per profile."""
    return frozenset(w.split()[0] for w in (*p.later_after, *p.earlier_after))


def f_ago(doc: Doc, m: re.Match):
    """`vor drei Jahren`, `hace 12 años`, `due anni fa`, `полгода назад`, `przed dziewięcioma laty`,
    `in fünf Jahren`, `через два года`, `ein Jahr zuvor`, `vor einigen Tagen` (PAST_REF)."""
    p = doc.profile
    before, after = _g(m, "before"), _g(m, "after")
    if (before is None) == (after is None):
        return None  # `drei Jahre` is a duration
    if before is not None and _half_after(doc, m.end()):
        return None  # `tra una settimana e mezzo`: counted in halves, as the gold sets leave it
    word = norm(before or after)
    if before is not None:
        direction, deictic = (-1, True) if word in p.ago_before else (1, True)
        if direction > 0 and doc.last is not None and doc.clause_tense(m.start(), m.end()) < 0:
            deictic = False  # `через год` in a past narrative: a year after the date just named
        if direction > 0 and word in p.later_after:
            if doc.last is None:
                return None  # `спустя неделю`, also a later-word: a week after a narrated moment, never from now
            deictic = False
    else:
        direction, deictic = (-1, True) if word in p.ago_after else (-1, False) if word in p.earlier_after else (1, False)
    code, plural = _unit_of(doc, _g(m, "unit"))
    following = re.findall(r"\w+", doc.low[m.end():m.end() + 40])[:1]
    if after is not None and following == [norm(_g(m, "unit"))]:
        return None  # `giorno dopo giorno`: day after day
    if after is not None and following and (following[0] in ("de", "que", "di", "als", "чем", "od")
                                            or _of_word_at(doc, m.end())):
        return None  # `dos años antes de la guerra`: before something else, not before the date just named
    if before is not None and following and following[0] in _relative_heads(p):
        return None  # `спустя неделю после встречи`: a week after an event, not after now or the date just named
    if after is not None and (_preceded(doc, m.start(), p.duration_prepositions)
                              or not _g(m, "num") and prev_word(doc.text, m.start()) in p.number_words):
        return None  # `um ein Jahr früher`: a shift by that much, no date (nor its unit alone, the number
        # left out: the phrase with it was read and set aside)
    if after is not None and word in p.month_prepositions and _determiner_at(doc, m.end()):
        return None  # `deux mois après le début de la guerre`, `due anni dopo l'inizio`: after an event
        # (the word a preposition there; not `trois mois plus tôt le ministre ...`, `tre mesi fa il ...`)
    num_s = norm(_g(m, "num") or "")
    if not num_s and prev_word(doc.text, m.start()) in p.vague_quantities:
        return None  # `qualche settimana prima`: the vague quantity's phrase was declined, not its unit alone
    if not num_s and plural and (prev_word(doc.text, m.start()) in p.number_words
                                 or doc.low[max(0, m.start() - 3):m.start()].strip()[-1:].isdigit()):
        return None  # `tre ore fa` (a time not placed here): its number is no vague quantity
    if num_s in p.vague_quantities or (not num_s and plural):
        if not deictic:
            return None  # `pochi giorni dopo`, `quelques jours plus tôt`: some time from a narrated moment
        return m.start(), m.end(), "PAST_REF" if direction < 0 else "FUTURE_REF"
    if not num_s:
        n: float = 1
    elif num_s[0].isdigit():
        if re.search(r"[-–]", num_s):
            return _ago_range(doc, m, num_s, code, direction)
        n = float(num_s.replace(",", "."))
    elif num_s in p.number_words:
        n = p.number_words[num_s]
    else:
        return None
    if not deictic and doc.last is None and code in ("D", "W"):
        return None  # `ein bis fünf Tage später`, `dos semanas después`: days after an event, no date named before
    base = (day_point(doc.anchor) if doc.anchor else None) if deictic else doc.base()
    if not deictic and base is not None and code == "Y" and n == int(n) and base.gran in ("month", "quarter", "season"):
        return m.start(), m.end(), shift(base, "Y", int(n * direction))  # `ein Jahr zuvor` after `Mai 2022`: May 2021
    what = _shift_by(base, code, n * direction)
    return None if what is None else (m.start(), m.end(), what)


def _of_word_at(doc: Doc, pos: int) -> bool:
    """Whether an `of` word (`della`, `du`, `des`) opens what follows `pos`."""
    rest = doc.low[pos:pos + 12].lstrip().replace("’", "'")
    return any(rest.startswith(w) and (w.endswith("'") or rest[len(w):len(w) + 1] == " ") for w in doc.profile.of_words)


def _determiner_at(doc: Doc, pos: int) -> bool:
    """Whether an article (`le`, `l'`, `il`) opens what follows `pos`: the word before it is a preposition."""
    rest = doc.low[pos:pos + 12].lstrip().replace("’", "'")
    return any(rest.startswith(d) and (d.endswith("'") or rest[len(d):len(d) + 1] == " ")
               for d in doc.profile.determiners if d)


def _shift_by(base: Point | None, code: str, n: float) -> Point | None:
    """`base` moved by n units; a half year (`полгода`) or half a unit is six months (month granularity)."""
    if code == "HR":
        return None  # `tre ore fa`: a time this module does not place
    if base is None:
        return Point({"D": "day", "W": "week", "M": "month", "Y": "year"}.get(code, "year"))
    if code == "H":
        code, n = "M", 6 * n
    elif n != int(n):
        if code != "Y":
            return None
        code, n = "M", 12 * n
    n = int(n)
    if code == "D":
        return shift(base, "D", n)
    if code == "W":
        return shift(base, "W", n)
    if code == "M":
        return shift(month_point(base.year, base.month), "M", n) if base.month else Point("month")
    if code == "Y":
        return year_point(None if base.year is None else base.year + n)
    if code == "DE":  # (`siedem dekad temu`: the decade it falls in)
        return Point("decade", index=None if base.year is None else (base.year + 10 * n) // 10 * 10)
    if code == "CE":
        return Point("century", index=None if base.year is None else (base.year + 100 * n) // 100)
    return None


def _ago_range(doc: Doc, m: re.Match, num_s: str, code: str, direction: int):
    """`5-6 lat temu`: the years both ends give, as one year, else their decade, else PAST_REF."""
    low, high = (int(x) for x in re.split(r"\s*[-–]\s*", num_s))
    if code != "Y" or not doc.anchor:
        return m.start(), m.end(), "PAST_REF" if direction < 0 else "FUTURE_REF"
    a, b = doc.anchor.year + direction * low, doc.anchor.year + direction * high
    if a // 10 == b // 10:
        return m.start(), m.end(), Point("decade", index=a // 10 * 10)
    return m.start(), m.end(), "PAST_REF" if direction < 0 else "FUTURE_REF"


def f_edge_unit(doc: Doc, m: re.Match):
    """`Ende des Jahres`, `la fin de l'année`, `inizio del mese`, `finales del año`: that period."""
    code, plural = _unit_of(doc, _g(m, "unit"))
    if plural or code not in ("W", "M", "Y") or norm(doc.low[m.start("edge"):m.end()]) in doc.profile.units:
        return None  # (`na początku tygodnia`: early this week; `fine settimana`, `fin de semana`: a weekend)
    unit = _UNIT_NAMES[code]
    rel = _rel(doc, _g(m, "erel"))
    if rel is not None:  # `la fin de l'année dernière`, `fine dell'anno scorso`: that period's
        p = doc.anaphoric_unit(unit, rel[0]) if rel[1] else doc.unit_point(unit, rel[0])
        return None if p is None else (m.start(), m.end(), p)
    if unit == "year" and doc.last is not None and doc.last.gran == "year" and doc.last_explicit:
        return m.start(), m.end(), doc.last
    return m.start(), m.end(), doc.unit_point(unit, -1 if _end_not_yet_come(doc, m, unit) else 0)


def _end_not_yet_come(doc: Doc, m: re.Match, unit: str) -> bool:
    """Whether `the end of the week` (month, year) in a past clause was said before this one's end came
    (a Monday to Wednesday; the first ten days; the first quarter): then it is the last one's end."""
    a = doc.anchor
    if a is None or norm(_g(m, "edge")) not in doc.profile.late_edge_words or doc.tense(m.start(), m.end()) >= 0:
        return False
    return {"week": a.weekday() < 3, "month": a.day <= 10, "year": a.month <= 3}[unit]


def f_month(doc: Doc, m: re.Match):
    """A month without a day: `im Januar`, `en mars`, `в январе`, `Anfang März`, `el mes de mayo`."""
    word = _orig(doc, m, "fmonth")
    key = norm(word).rstrip(".")
    profile = doc.profile
    if _is_abbreviation(profile, key):
        return None  # `mar`, `gen`: an abbreviation only with a day or a year
    if profile.capitalisation == "nouns" and not _is_capitalised(word):
        return None  # German nouns are capitalised
    prep = _preceded(doc, m.start(), profile.month_prepositions)
    if profile.capitalisation == "lower" and _is_capitalised(word) and not prep \
            and not _sentence_initial(doc.text, m.start("fmonth")):
        return None  # `Mayo`, `Marzec` capitalised mid-sentence are names
    if key in profile.ambiguous_months and not (prep or _g(m, "edge")):
        return None
    if _preceded(doc, m.start(), profile.every_words):
        return None  # `chaque mois de mai`, `ogni luglio`: a set, no date
    end = m.end() - (word.endswith(".") and key in profile.months)  # (`в июле.`: the sentence's full stop)
    year = doc.sentence_year(m.start())
    if year is not None and not doc.habitual(m.start(), end):
        return m.start(), end, month_point(year, _month(word))  # `w 2023 roku – w styczniu ... od lipca`
    return m.start(), end, _month_point_for(doc, _month(word), None, m.start(), end)


def f_relmonth(doc: Doc, m: re.Match):
    """A month with last/this/next: `el pasado julio`, `octobre dernier`, `este mes de octubre`: the last
    one before the anchor's month, the one of the anchor's year, the next one after it."""
    group = "fmonth" if _has(m, "fmonth") else "fmonth2"
    word = _orig(doc, m, group)
    rel = _rel(doc, _g(m, "rel") or _g(m, "rel2"))
    if rel is None or rel[1] or _is_abbreviation(doc.profile, norm(word).rstrip(".")):
        return None
    if doc.profile.capitalisation == "nouns" and not _is_capitalised(word):
        return None
    if _g(m, "rel2") and doc.profile.capitalisation == "nouns" and _is_capitalised(_word_after(doc.text, m.end())):
        return None  # `im November kommende Spiel`: the relative word is the participle of the noun after it
    month, offset = _month(word), rel[0]
    if not doc.anchor:
        return m.start(), m.end(), month_point(doc.year_hint, month)
    year = doc.anchor.year if offset == 0 else resolve_month(doc.anchor, month, offset, strict=True)
    return m.start(), m.end(), month_point(year, month)


@lru_cache(maxsize=None)
def _ending_in(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alt(phrases)})['’]?\s*$", re.UNICODE)


def _preceded(doc: Doc, pos: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` (prepositions) stands right before `pos`."""
    return bool(phrases) and _ending_in(phrases).search(doc.low, max(0, pos - 32), pos) is not None


@lru_cache(maxsize=None)
def _abbreviations(profile: DateProfile) -> frozenset[str]:
    # (a shortened form does not inflect: `мае`, `июле` take a case ending, `маем`, `июлем`, so they are words)
    names = profile.months
    return frozenset(w for w in names if len(w) <= 4
                     and any(o != w and o.startswith(w) and names[o] == names[w] for o in names)
                     and not any(len(o) == len(w) + 1 and o.startswith(w) and names[o] == names[w] for o in names))


def _is_abbreviation(profile: DateProfile, key: str) -> bool:
    return key in _abbreviations(profile)


def _name_prefixed(doc: Doc, pos: int, prefixes: frozenset[str]) -> bool:
    """Whether the one or two capitalised-or-not words before `pos` are one of `prefixes`."""
    words = re.findall(r"[^\W\d_]+", doc.low[max(0, pos - 24):pos])[-2:]
    return bool(words) and (words[-1] in prefixes or " ".join(words) in prefixes)


def f_weekday(doc: Doc, m: re.Match):
    """`Dienstag`, `el martes`, `в пятницу`, `w piątek`, `lundi soir`, `el lunes por la mañana`."""
    word = _orig(doc, m, "fwd")
    profile = doc.profile
    if profile.capitalisation == "nouns" and not _is_capitalised(word):
        return None
    day_start = m.start("det") if _g(m, "det") else m.start("fwd")
    if profile.weekday_needs_preposition and not _preceded(doc, day_start, profile.weekday_prepositions):
        return None  # `Среда` is "environment", `Piątek` a surname: `в среду`, `w piątek` are days
    if profile.capitalisation == "lower" and not profile.weekday_needs_preposition and _is_capitalised(word) \
            and prev_word(doc.text, m.start("fwd")) not in profile.weekday_name_determiners \
            and not _sentence_initial(doc.text, m.start()):
        return None  # `Domingo` mid-sentence is a name; after `el` or a full stop a weekday
    if profile.weekday_name_prefixes and _name_prefixed(doc, day_start, profile.weekday_name_prefixes):
        return None  # `Bild am Sonntag`: a newspaper's name
    if _preceded(doc, day_start, profile.every_words):
        return None  # `chaque samedi`, `ogni sabato`, `jeden Samstag`: a set, no date
    start = m.start() if _g(m, "pod0") else day_start
    weekday = ANY_WEEKDAY[norm(word)]
    numbered = _day_number_after(doc, m, weekday)
    if numbered is not None:
        return start, numbered[0], _with_pod(doc, m, day_point(numbered[1]))
    p = _range_end_weekday(doc, start, m.end(), weekday) or _weekday_point(doc, weekday, 0, start, m.end())
    return start, m.end(), _with_pod(doc, m, p)


def _range_end_weekday(doc: Doc, start: int, end: int, weekday: int) -> Point | None:
    """The end of a range from a day just named (`od wtorku do piątku`, `Von Dienstag bis Freitag`): the
    first such weekday after that day, where the weekday alone would fall before it (the tense pulling
    each end to its nearest one); not in a past clause (`am Montag und Freitag war er da`)."""
    last = doc.last
    if last is None or last.gran != "day" or not last.known or doc.last_end > start:
        return None
    if norm(doc.low[doc.last_end:start]) not in doc.profile.range_words:
        return None
    alone = _weekday_point(doc, weekday, 0, start, end)
    if not alone.known or (alone.year, alone.month, alone.day) > (last.year, last.month, last.day) \
            or doc.tense(start, end) < 0:
        return None
    first = dt.date(last.year, last.month, last.day)
    return day_point(first + dt.timedelta(days=(weekday - first.weekday()) % 7 or 7))


# a day of the month right after a weekday (`el jueves 16`, `jeudi 16`, `giovedì 16`): not before a month
# name or another number, which other rules read
_DAY_NUMBER = re.compile(r"[ \t\xa0]+(?P<n>3[01]|[12]\d|0?[1-9])(?![\w%°º/-]|[.,:]\d|\.\s*\w|\s*(?:de|del)\s)")


def _day_number_ends(doc: Doc, pos: int) -> bool:
    """Whether a day's number ending at `pos` is no count of the noun after it (`Donnerstag 16 Menschen`,
    `el día 5 personas`: the profile's count nouns and units): `el jueves 16 el ministro`, `jeudi 16,`."""
    after = re.match(r"\s+(\w+)", doc.low[pos:pos + 24])
    return after is None or (after.group(1) not in doc.profile.count_nouns and after.group(1) not in doc.profile.units)


def _day_number_after(doc: Doc, m: re.Match, weekday: int) -> tuple[int, dt.date] | None:
    """(end, day) for a weekday written with its day of the month: the day of that weekday and number
    nearest the anchor (within six weeks; the number names the week whatever the tense says)."""
    if doc.anchor is None or _g(m, "pod") or _g(m, "wdpod"):
        return None
    found = _DAY_NUMBER.match(doc.text, m.end())
    if found is None:
        return None
    if not _day_number_ends(doc, found.end()):
        return None
    n = int(found.group("n"))
    days = [doc.anchor + dt.timedelta(days=k) for k in range(-42, 43)]
    fits = [d for d in days if d.day == n and d.weekday() == weekday]
    if not fits:
        return None
    return found.end(), min(fits, key=lambda d: abs((d - doc.anchor).days))


def f_night(doc: Doc, m: re.Match):
    """`la nuit de samedi à dimanche`, `la notte tra sabato e domenica`, `in der Nacht zum Sonntag`: the night
    that begins on the first day (on the day before the one named after `zum`, `на`)."""
    if _g(m, "fwd3"):
        after = ANY_WEEKDAY[norm(_g(m, "fwd3"))]
        first = (after - 1) % 7
    else:
        first, after = ANY_WEEKDAY[norm(_g(m, "fwd"))], ANY_WEEKDAY[norm(_g(m, "fwd2"))]
        if after != (first + 1) % 7:
            return None
    # (reported after the night, mostly: without a tense the last such night)
    day = _weekday_point(doc, first, doc.tense(m.start(), m.end()) or -1, m.start(), m.end())
    return m.start(), m.end(), replace(day, time="NI") if day.gran == "day" else day


def f_anaphoric_day(doc: Doc, m: re.Match):
    """`le lendemain`, `l'indomani`, `am Vortag`, `nazajutrz`: a day from the date just named (not `le lendemain
    de l'élection`, the day after something else)."""
    key = norm(_g(m, "aday"))
    if _of_next(doc.profile).match(doc.low, m.end()) \
            or prev_word(doc.text, m.start()) in doc.profile.relative_days_not_after.get(key, ()):
        return None  # (`du jour au lendemain`: overnight)
    p = doc.anaphoric_unit("day", doc.profile.anaphoric_days[key])
    return None if p is None else (m.start(), m.end(), p)


def f_named_month(doc: Doc, m: re.Match):
    """`nel mese del Pride`, `w miesiącu dumy`: a month-long observance, the month itself by the tense."""
    month = doc.profile.named_months[norm(_g(m, "nm"))]
    return m.start(), m.end(), _month_point_for(doc, month, None, m.start(), m.end())


def f_weekend(doc: Doc, m: re.Match):
    """`durante el fin de semana`, `am Wochenende`, `nel fine settimana`: a weekend with no last/next, after
    an article or a preposition: in a past clause the last one, in a future one the next, else the one
    under way or the last (`calo del fine settimana` on a Wednesday)."""
    if not (_g(m, "wdet") or _preceded(doc, m.start(), _holiday_prepositions(doc.profile))
            or _preceded(doc, m.start(), doc.profile.of_words)):
        return None
    if not doc.anchor:
        return m.start(), m.end(), Point("weekend")
    direction = doc.tense(m.start(), m.end())
    if direction > 0:
        day = resolve_weekday(doc.anchor, 5, 1, strict=False)
    else:
        day = doc.anchor if doc.anchor.weekday() >= 5 else resolve_weekday(doc.anchor, 5, -1, strict=False)
    return m.start(), m.end(), weekend_point(day)


def f_holiday(doc: Doc, m: re.Match):
    """`zu Weihnachten`, `la notte di Capodanno`, `à Noël`, `на Новый год`: the holiday's day, by the tense
    and the anchor (`Navidad 2021`: that year's). Only capitalised (`новый год` is a new year), and alone
    only after a preposition or an article (`Feliz Navidad`, `Frohe Ostern` are greetings)."""
    word = _orig(doc, m, "hol")
    if not word[:1].isupper():
        return None
    rule = doc.profile.holidays[norm(word)]
    if _g(m, "year"):
        return m.start(), m.end(), day_point(holiday_date(rule, int(_g(m, "year"))))
    p = doc.profile
    if not (_g(m, "pod0") or _g(m, "hdet") or _preceded(doc, m.start(), _holiday_prepositions(p))):
        return None  # (`courses de Noël`, `vacanze di Natale`: after an `of` word, a kind of thing)
    end = m.end("hol")
    return m.start(), end, _with_pod(doc, m, _holiday_day(doc, m, rule))


@lru_cache(maxsize=None)
def _holiday_prepositions(p: DateProfile) -> tuple[str, ...]:
    return tuple(w for w in dict.fromkeys([*p.month_prepositions, *p.weekday_prepositions, *p.since_words])
                 if w not in p.of_words)


def f_weekday_adjective(doc: Doc, m: re.Match):
    """`piątkowy raport`, `podczas niedzielnej konferencji`: an event already reported on, on the last
    such day (today included), unless the clause points ahead (`na wtorkowym posiedzeniu Sejm zdecyduje`)."""
    direction = 1 if doc.tense(m.start(), m.end()) > 0 else -1
    return m.start(), m.end(), _weekday_point(doc, doc.profile.weekday_adjectives[norm(_g(m, "wadj"))], direction,
                                              m.start(), m.end())


def _present_today(doc: Doc, start: int, end: int) -> bool:
    """Whether `today` (`heute`, `aujourd'hui`, `oggi`, `сегодня`) speaks of the present rather than
    of this day: after `until` or `of` (`bis heute`, `do dziś`, `von heute`, `ad oggi`), or, in a
    language whose news says so (`present_today`), in a clause without a past or future verb."""
    before = prev_word(doc.text, start)
    if before in _PRESENT_BEFORE:
        return True
    dated = _date_next(doc.profile).match(doc.low, end)
    if dated is not None and any(c.isdigit() for c in dated.group()):
        return False  # `Сегодня, 20 июня, ...`, `Oggi, 3 maggio`: the day its date names
    if not doc.profile.present_today:
        return False
    if _sentence_initial(doc.text, start) and doc.low[end:end + 1] == ",":
        # `Heute, am Montag, hat ...`: the main clause's verb decides (`Aujourd'hui, le président se rend à
        # Berlin`: the clause after the comma reports the day's event)
        return doc.tense(start, end) == 0 and not doc.reports_event(end + 1, end + 1)
    # the verb of its own clause (`Хотя ... не осталось, сегодня мы видим ...`: the present), unless it
    # reports the day's event (`Dziś w Madrycie rozpoczyna się szczyt`)
    # (a present modal is no future there: `сегодня каждый может`, today anyone can)
    return doc.clause_tense(start, end, modals=False) == 0 and not doc.reports_event(start, end)


# Words before `today` that make it the present era (`bis heute`, `jusqu'à aujourd'hui`, `do dziś`).
_PRESENT_BEFORE = frozenset("""bis von seit jusqu'à jusqu’à d' d’ ad fino a oggi d'oggi hasta de do od по до с
    на""".split()) - {"oggi", "d'oggi"}


def f_relday(doc: Doc, m: re.Match):
    """`gestern`, `aujourd'hui`, `hier soir`, `вчера вечером`, `stasera`, `anoche`."""
    word = _orig(doc, m, "frd")
    key = norm(word)
    profile = doc.profile
    if key in profile.relative_days_lower_only and word[0].isupper():
        return None  # `Morgen` is "morning"
    if _after_any(doc, m.start(), profile.relative_days_not_after.get(key, ())):
        return None  # `por la mañana` is "in the morning"; `nie od dziś` "for a long time"
    if key in profile.relative_day_parts:
        offset, pod = profile.relative_day_parts[key]
    else:
        offset, pod = profile.relative_days[key], ""
        if offset and " " in key and _of_next(profile).match(doc.low, m.end()):
            return None  # `la veille de la fête`, `la víspera de Navidad`: the eve of an event, not of today
            # (`ieri di essere pronto`: `ieri`, `hier` take no complement)
        if _has(m, "pod"):
            pod = profile.parts_of_day[norm(_g(m, "pod"))]
        elif offset == 0 and _present_today(doc, m.start(), m.end()):
            return m.start(), m.end(), "PRESENT_REF"
    offset = _last_night(doc, m, offset, pod)
    return m.start(), m.end(), _anchor_or_unknown(
        doc, lambda a: day_point(a + dt.timedelta(days=offset), time=pod), Point("day", time=pod))


@lru_cache(maxsize=None)
def _of_next(profile: DateProfile) -> re.Pattern:
    """An `of` word right after (`de`, `du`, `des`, `di`)."""
    return re.compile(rf"\s+(?:{alt(profile.of_words)})(?:\s|(?<=['’]))" if profile.of_words else "(?!)", re.UNICODE)


@lru_cache(maxsize=None)
def _date_next(profile: DateProfile) -> re.Pattern:
    """A day and month, or a month, right after (`, 5 января`, `, le 3 mai`, `, в сентябре 2018 года`)."""
    months = month_alt(profile.months)
    return re.compile(rf"\s*,?\s*(?:\w+\s+)?\d{{1,2}}(?:\.|er|º)?\s+(?:de\s+)?(?:{months})|\s*,\s*(?:\w+\s+)?(?:{months})(?!\w)",
                      re.UNICODE)


@lru_cache(maxsize=None)
def _pod_phrase_tail(profile: DateProfile) -> re.Pattern:
    """What makes a part of the day another date's (`nella notte del 26 luglio`, `утром в пятницу`, `вечером 5 мая`,
    `w nocy z soboty na niedzielę`)."""
    words = [*profile.of_words, *profile.weekday_prepositions]
    weekday = rf"|(?:\w{{1,5}}\s+)?(?:{alt(profile.weekdays)})(?!\w)"
    return re.compile(rf"\s+(?:\d{weekday}|(?:{alt(words)})(?:\s|(?<=['’])))" if words else rf"\s+(?:\d{weekday})",
                      re.UNICODE)


def f_pod_phrase(doc: Doc, m: re.Match):
    """`in serata`, `am Abend`, `dans la soirée`, `вечером`: a part of the day spoken of (the day just named,
    else the anchor's; at night in a past clause, the night before). The span leaves the preposition out."""
    if _pod_phrase_tail(doc.profile).match(doc.low, m.end()):
        return None  # a part of another date's day, read with it
    phrase = norm(_g(m, "podp"))
    if prev_word(doc.text, m.start()) in doc.profile.relative_days_not_after.get(phrase, ()):
        return None  # `с каждым днём`: day by day
    pod = doc.profile.pod_phrases[phrase]
    day = doc.day_spoken_of(m.start())
    if pod == "NI" and doc.anchor and day == day_point(doc.anchor) and doc.clause_tense(m.start(), m.end()) < 0:
        day = day_point(doc.anchor - dt.timedelta(days=1))  # `nella notte un altro sbarco si è registrato`
    first_space = m.group("podp").find(" ")
    start = m.start() if first_space < 0 else m.start() + first_space + 1
    while doc.text[start].isspace():
        start += 1
    return start, m.end(), replace(day, time=pod) if day.gran == "day" else day


def f_pod(doc: Doc, m: re.Match):
    """`ce matin`, `esta tarde`, `questa mattina`: this day's part."""
    pod = doc.profile.parts_of_day[norm(_g(m, "pod"))]
    if len(pod) != 2:
        return None
    back = _last_night(doc, m, 0, pod)
    return m.start(), m.end(), _anchor_or_unknown(doc, lambda a: day_point(a + dt.timedelta(days=back), time=pod),
                                                  Point("day", time=pod))


def _last_night(doc: Doc, m: re.Match, offset: int, pod: str) -> int:
    """The day offset of `this night` (`stanotte`, `cette nuit`, `heute Nacht`, `сегодня ночью`): in a past
    clause, the night just gone (the anchor's eve, as `last night`), else the coming one."""
    return -1 if offset == 0 and pod == "NI" and doc.tense(m.start(), m.end()) < 0 else offset


_SENTENCE_END = re.compile(r"[.!?\n]")


def _after_any(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
    """Whether the word before `start` is one of `words`, or the words before it one of the several-word entries
    (`nie od` before `dziś`: `nie od dziś wiadomo`, "it has long been known", names no day)."""
    if not words:
        return False
    if prev_word(doc.text, start).replace("’", "'") in words:
        return True
    before = doc.low[max(0, start - 40):start].rstrip().replace("’", "'")
    return any(" " in w and before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in words)


def _in_question(text: str, end: int) -> bool:
    """Whether the sentence going on at `end` is a question (`Тогда почему ...?`: "then" is "in that case")."""
    found = _SENTENCE_END.search(text, end, end + 300)
    return found is not None and found.group() == "?"


def f_ref(doc: Doc, m: re.Match):
    """`jetzt`, `actuellement`, `недавно`, `w przyszłości`: the present, the past, the future."""
    key = norm(_g(m, "ref"))
    before = prev_word(doc.text, m.start()).replace("’", "'")
    guard = doc.profile.reference_guards.get(key)
    if guard is not None and before not in guard \
            and not (PAST_CLAUSE in guard and doc.clause_tense(m.start(), m.end(), spanning=True) < 0
                     and not _in_question(doc.text, m.end())):
        return None
    not_after = doc.profile.reference_not_after.get(key, ())
    if _after_any(doc, m.start(), not_after) \
            or (PAST_CLAUSE in not_after and doc.clause_tense(m.start(), m.end(), spanning=True) < 0):
        return None  # (`avevano ben presto ceduto`: soon after a narrated moment, not soon from now)
    if key in doc.profile.discourse_words and doc.low[m.end():m.end() + 1] == "," \
            and _sentence_initial(doc.text, m.start()):
        return None  # `Nun, ich werfe ...`, `Ora, il fatto ...`: "well,"
    if _date_next(doc.profile).match(doc.low, m.end()):
        return None  # `Ранее, 5 января`, `récemment, le 3 mai`: the date that follows is the time
    return m.start(), m.end(), doc.profile.reference_words[key]

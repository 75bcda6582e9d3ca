"""Date expressions in news text, normalised to TIMEX3 values as TimeML annotators write them.

`extract_dates(text, reference_date, language)` finds absolute dates (`17 December 2024`, `Dec. 17`,
`2024-12-17`, `the 1990s`, `Q3 2024`), dates relative to the article's publication date (`yesterday`,
`on Tuesday`, `last week`, `two years ago`) and anaphoric ones (`later that year`, `the next day`,
resolved against the last date mentioned), and returns `DateMention`s with a TIMEX3 `value`
(`2024-12-17`, `2024-W51`, `2013-03-22TMO`, `XXXX-12-17`, `PRESENT_REF` ...).

The package, by what each module knows:
- `profile`: the schema of a language's profile (`transforms/lang/<code>/dates.py`): month and weekday
  names with their case forms, prepositions, relative words, year words, tense markers...
- `patterns`, `rules`: the grammar, as ordered groups of rules (name, pattern, handler, examples);
  English rules written out, the other languages' built from their profiles.
- `handlers`: what a match means (a `timex.Point` or a reference value), read against `document`
  (the anchor, the dates mentioned so far, for anaphora) and `tense` (past or future clause).
- `timex`: calendar arithmetic and TIMEX3 values, knowing nothing of text.
- `index`, `analysis`: the speed machinery (where expressions may start, which rules can match
  there), which changes nothing that is found: `extract.naive_scan` is the reference.
- `extract`: the scan; `stage`: the stage function (`add_dates`; the Beam side is `pipeline.graph`'s).

Conventions (TimeML/TIMEX3): the span excludes prepositions (`on`, `in`) but keeps determiners and
modifiers (`the third quarter`, `early next year`, `about two years ago`); weeks are ISO weeks
(`2024-W51`), decades `199`, centuries `19`; `Friday night` is `...TNI`, `this morning` `...TMO`;
`a year earlier` in a report about a quarter is that quarter a year before (`1988-Q3`); a dateline
date (`WASHINGTON, Aug. 11 (AP) --`) is a mention like any other; a clock time alone (`at 10:35 a.m.`)
is on the day being spoken of (`1998-08-07T10:35`); `the first half of 1990` (`of last year`, `of the
year`) is `1990-H1`, `the past year` the year before; `this quarter` in a report is the quarter reported
on; a year right after a capitalised name is part of it (`the Terrorism Act 2000`, `Euro 2004`), but
`Christmas 2004` is a day. Durations (`three years`), sets (`every day`) and bare numbers that may be
times (`at 10:30`) are not emitted. Handlers run in text order, so that anaphora resolve as an
annotator would; the tense of the sentence (`will`, past verbs) chooses between the previous and the
next Friday (no cue: the nearer one).
"""
from transforms.dates.document import DateMention
from transforms.dates.extract import extract_dates
from transforms.dates.stage import add_dates

__all__ = ["DateMention", "extract_dates", "add_dates"]

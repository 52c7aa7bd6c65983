"""Calendar dates in numeric, ISO, written-out and abbreviated forms, with or without a year."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from fedtune.scrubbing.recognizers.base import DomainRecognizer
from fedtune.scrubbing.vouch import CALENDAR, census_names

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY = rf"{_DAY_NUMBER}(?:st|nd|rd|th)?"
# Month names of other languages, for full dates only (a day and a year around them): Spanish, Portuguese,
# French, Italian, German, Dutch, the Nordic languages and Indonesian. "1 de marzo de 2025", "17 oktober 2025",
# "22. Mai 2024", "23 Desember 1974".
_MONTH_OTHER = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|januar|jänner|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|marts|maj|augusti"
    r"|desember|maret|agustus|mart|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    # Bulgarian and Russian in Latin letters, Estonian, Croatian, Icelandic and Malay.
    r"|yanuari|fevruari|april|mai|yuni|yuli|avgust|septemvri|oktomvri|noemvri|dekemvri"
    r"|yanvar[ya]a?|fevral[ya]a?|marta|aprel[ya]a?|maya|iyun[ya]a?|iyul[ya]a?|avgusta|sentyabr[ya]a?|oktyabr[ya]a?|noyabr[ya]a?|dekabr[ya]a?"
    r"|jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember"
    r"|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca"
    r"|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember"
    r"|mac|julai|ogos|disember)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTH_ANY_CASE = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\.?"
)
_ORDINAL = rf"{_DAY_NUMBER}(?i:st|nd|rd|th)"
# Words after which a day and a month are a date: "since", "dated", "came", "court date".
_DATING = r"(?i:on|since|from|until|till|by|before|after|dated|date|due|came|come|seen|started|happened)"
# And what notes typed in a hurry date with: "next visit 14/6", "running out 31/12", "on or about 3/15". Not "about"
# alone ("about 1/2 her lunch", "power about 4/5") nor "visit" alone ("pain at today's visit 4/10").
_DATING_MORE = (
    r"(?i:(?:next|home|last|nurse|gp)[ \t]+visit|visit[ \t]+(?:on|due)|appt|running[ \t]+out|or[ \t]+about|or[ \t]+around"
    r"|effective|admitted)"
)
_DATED = rf"(?:{_DATING}|{_DATING_MORE})"
# Words after which "the 24th" is a day of this month: "on the 24th", "next visit the 6th", "running out the 9th".
_DAY_CUE = (
    rf"(?:(?i:on|by|from|until|till|since|before|after|due|date|dated|appointment|quit[ \t]for"
    # "in the early hours of the 16th", "on the night of the 4th".
    rf"|(?:hours|morning|evening|night|afternoon)[ \t]of)|{_DATING_MORE})"
)
# The clinic's shorthand for days, months and weeks: "3/7" is three days, "6/12" six months, "2/52" two weeks.
_SHORTHAND = r"(?:[1-6]/7|(?:0?[1-9]|1[01])/12)(?!\d)"
_WEEKDAY = r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
# A weekday named from today: "last friday", "next tues", "this coming Monday".
_FROM_TODAY = rf"(?i:last|next|this[ \t]+past|this[ \t]+coming)[ \t]+{_WEEKDAY}\b"
_TIME = r"(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?i:am|pm))?)?"


class CalendarDateRecognizer(DomainRecognizer):
    """Full dates and day-month pairs; a bare year is no Safe Harbor identifier and stays."""

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern("numeric m/d/y", rf"\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:{_YEAR}|\d\d)\b{_TIME}", 0.6),
        Pattern("numeric d/m/y", rf"\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:{_YEAR}|\d\d)\b{_TIME}", 0.6),
        Pattern("ISO", rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b", 0.7),
        Pattern("year first", rf"\b{_YEAR}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b", 0.6),
        Pattern("month day year", rf"\b{_MONTH}\s{_DAY},?\s{_YEAR}\b{_TIME}", 0.8),
        # A month in lower case and a day, as a note typed on a phone writes it: "next visit may 8", "home visit june 3rd".
        # "may" only after a word that sets a date ("visit may 8"), since "may 2" also reads as "may two".
        Pattern(
            "month and day in lower case",
            r"(?-i:\b(?:january|february|march|april|june|july|august|september|october|november|december"
            r"|(?<=\b(?i:on|from|until|till|by|visit|appointment|appt|review|next|since|before|after|about)[ \t])may)[ \t]"
            rf"{_DAY})\b(?![.:/]?\d)",
            0.6,
        ),
        Pattern("day month year", rf"\b{_DAY}\s(?:of\s)?{_MONTH},?\s{_YEAR}\b{_TIME}", 0.8),
        Pattern("day month year (other languages)", rf"\b{_DAY}\.?\s(?:de\s)?{_MONTH_OTHER}\s(?:de\s|del\s)?{_YEAR}\b{_TIME}", 0.8),
        # Also in capitals with a 24-hour time, as ward charts write it: "14-DEC-22 1705H".
        Pattern("dd-Mon-yyyy", rf"\b{_DAY}[-/ ](?i:{_MONTH})[-/ ](?:{_YEAR}|\d\d)\b(?:\s[0-2]\d[0-5]\d[Hh]?\b)?", 0.8),
        # A month with an abbreviated year: "Dec '16".
        Pattern("month 'yy", rf"\b{_MONTH}\s['’]\d\d\b", 0.6),
        Pattern("month year", rf"\b(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:,?\s|-){_YEAR}\b", 0.6),
        # Month and year of birth, written as numbers: "born 07/1998" (a bare year stays).
        Pattern("numeric month year", rf"\b(?:0?[1-9]|1[0-2])/{_YEAR}\b", 0.5),
        Pattern("month day", rf"\b{_MONTH}\s{_DAY}\b(?!\s?(?::|\d))", 0.5),
        Pattern("day month", rf"\b{_DAY}\s(?:of\s)?{_MONTH}(?!\w)", 0.5),
        # As chat types them, in any case: "9 jul", "3rd of june", "june 3rd", "THURS 12TH", "sat 9th"; lower-case "may"
        # and "mar" are words too and need their ordinal ("may 3rd").
        Pattern("day month, any case", rf"\b{_DAY}\s(?:of\s)?{_MONTH_ANY_CASE}(?![\w'’])", 0.5),
        Pattern("month day, any case", rf"\b{_MONTH_ANY_CASE}\s{_DAY}(?![\w:'’])", 0.5),
        Pattern("weekday and day", rf"\b{_WEEKDAY}\.?[ \t]+(?:the[ \t]+)?{_ORDINAL}\b", 0.6),
        # A day named from today (not "on Mondays", a schedule).
        Pattern("weekday from today", rf"\b{_FROM_TODAY}(?!['’]s)", 0.6),
        # "may" and "mar" are words too: a date with them needs its ordinal ("17th of may") or a word that dates it ("court
        # date 26 mar", "since 3 may").
        Pattern("ordinal day of may or mar", rf"\b{_ORDINAL}\s(?:of\s)?(?i:may|mar)\b(?![ \t]+(?i:be|have|not)\b)", 0.6),
        Pattern("dated day of may or mar", rf"\b{_DATED}[ \t]+\K{_DAY}\s(?:of\s)?(?i:may|mar)\b(?![ \t]+(?i:be|have|not)\b)", 0.6),
        # A day and a month with a slash, after a word that dates it: "since 25/4", "come 26/6", "its dated 11/9"; not a
        # fraction or a score ("on 1/2 a tablet", "since 7/10 pain").
        Pattern(
            "dated day and month",
            rf"\b{_DATED}[ \t]+\K{_DAY_NUMBER}/(?:0?[1-9]|1[0-2])(?![/\d]|\.\d)"
            r"(?![ \t]*(?i:of|for|pain|score|a|an|tablets?|tabs?|strength|doses?|times|occasions|units?|mg|ml)\b)",
            0.6,
        ),
        # The end of a range whose start is dated: "from 28/1 to 2/2", "since 3/4 - 9/4"; not visual acuity ("from 6/12
        # to 6/9").
        Pattern(
            "end of a dated range",
            rf"\b{_DATED}[ \t]+(?!6/){_DAY_NUMBER}/(?:0?[1-9]|1[0-2])[ \t]*(?:to|until|till|-|–)[ \t]*\K(?!6/){_DAY_NUMBER}/(?:0?[1-9]|1[0-2])"
            r"(?![/\d]|\.\d)(?![ \t]*(?i:pain|score)\b)",
            0.6,
        ),
        # The same in the American order when the day cannot be a month: "on or about 3/15", "since 11/28"; not visual
        # acuity ("from 6/18 to 6/36").
        Pattern(
            "dated month and day",
            rf"\b{_DATED}[ \t]+\K(?!6/(?:18|24|36|60)\b)(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![/\d]|\.\d)"
            r"(?![ \t]*(?i:of|for|pain|score|a|an|tablets?|tabs?|strength|doses?|times|occasions|units?|mg|ml)\b)",
            0.6,
        ),
        # "Notice to quit for 15/10", "listed for 3/11": "for" after a word that books something, and not the clinic's
        # shorthand ("for 2/7"); not "positive for 2/3 nodes" or "liable for 1/2 the cost".
        Pattern(
            "day and month after for",
            rf"\b(?i:quit|listed|adjourned|booked|due|appointment|appt|hearing|notice|scheduled|set)[ \t]+(?i:for)[ \t]+"
            rf"\K(?!{_SHORTHAND}){_DAY_NUMBER}/(?:0?[1-9]|1[0-2])(?![/\d]|\.\d)"
            r"(?![ \t]*(?i:of|for|pain|score|a|an|tablets?|tabs?|strength|doses?|times|occasions|units?|mg|ml|days?|weeks?)\b)",
            0.6,
        ),
        # A diary's or a log's entry opened by its day and month and a dash: "5/9 - his mate parked across the bins",
        # "the 24th - music again till 3".
        # Not the clinic's shorthand ("3/7 - cough and fever": three days of it).
        Pattern(
            "day and month opening an entry",
            rf"^[ \t]*\K(?!{_SHORTHAND}){_DAY_NUMBER}/(?:0?[1-9]|1[0-2])(?=[ \t]+[-–][ \t]+(?!\d)|[ \t]*:[ \t])",
            0.6,
        ),
        Pattern("day of the month opening an entry", rf"^[ \t]*\K(?:(?i:the)[ \t]+)?{_ORDINAL}(?=[ \t]+[-–][ \t]+(?!\d)|[ \t]*:[ \t])", 0.6),
        # A day of this month after a preposition or a verb of an event, ending its clause or before a clock time: "orders
        # from the 27th", "came on the 9th, then", "reported it the 11th,", "court date the 8th 9am"; not "the 8th floor".
        Pattern(
            "day of the month",
            rf"\b{_DAY_CUE}[ \t]+the[ \t]+\K{_ORDINAL}\b"
            r"(?=[ \t]*(?:[,.;:!?)'‘’\"“]|$|(?i:and|or|so|but|when|then|because|please|at|i|we|he|she|they)\b"
            r"|\d{1,2}(?:[:.]\d\d)?[ \t]?(?i:am|pm)\b|\d{1,2}[:.]\d\d\b)|[ \t]+[-–][ \t])",
            0.6,
        ),
        # After a verb of an event the ordinal must end its clause: "reported it the 11th,"; not "began the 3rd or 4th day".
        Pattern(
            "day of the month after an event",
            r"\b(?i:reported|paid|sent|moved|left|arrived|started|began|came|happened)(?:[ \t]+(?i:it|them))?[ \t]+the[ \t]+"
            rf"\K{_ORDINAL}\b(?=[ \t]*(?:[,.;:!?)]|$))",
            0.6,
        ),
    )
    CONTEXT = ("date", "dob", "born", "birth", "admitted", "discharged", "seen", "visit", "filed", "dated", "signed", "executed")


class DayBeforeNameRecognizer(DomainRecognizer):
    """The day of this month after a word that dates it, before a person's name: "On the 24th Mary said". The word after
    must be a census forename: "by the 1st Claimant", "after the 2nd Pfizer dose" number something."""

    ENTITY = "DATE_TIME"
    PATTERNS = (Pattern("day of the month before a name", rf"\b{_DAY_CUE}[ \t]+the[ \t]+\K{_ORDINAL}(?=[ \t]+\p{{Lu}}\p{{Ll}}+\b)", 0.6),)
    _NEXT = re.compile(r"[ \t]+(\p{Lu}\p{Ll}+)")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # noqa: ANN001
        first = census_names().first
        return [
            r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if (m := self._NEXT.match(text, r.end)) and m.group(1).casefold() in first and m.group(1).casefold() not in CALENDAR
        ]


# A weekday the keep-list protects is part of a date when the date names it from today or gives its day of the month.
_DATED_WEEKDAY = re.compile(rf"{_FROM_TODAY}|{_WEEKDAY}\.?,?[ \t]+(?:the[ \t]+)?{_DAY_NUMBER}\b")
_WEEKDAY_ONLY = re.compile(rf"{_WEEKDAY}")


def weekday_of_a_date(date: str, term: str) -> bool:
    """Whether a protected ``term`` inside the ``date`` a detection found is its weekday: "last friday", "Fri 9th"."""
    return _WEEKDAY_ONLY.fullmatch(term) is not None and _DATED_WEEKDAY.search(date) is not None

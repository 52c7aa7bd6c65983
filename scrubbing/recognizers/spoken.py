"""What a speech-to-text transcript says aloud: names spelled letter by letter, dates, e-mail addresses and references
read out in words. Voicemail and call transcripts write everything in lower case and without punctuation, so none
of the written shapes the other recognizers know applies. (Numbers read out digit by digit: phone.py.)"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from fedtune.scrubbing.recognizers.base import DomainRecognizer

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# A number below a thousand in words: "six", "fourteen", "forty four", "four hundred and six".
SPOKEN_NUMBER = rf"(?:(?:{_UNIT}|a)[ \t]hundred(?:[ \t]and)?[ \t])?(?:{_TENS}(?:[ \t-]{_UNIT})?|{_TEEN}|{_UNIT})"
_ORDINAL_UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORDINAL = (
    rf"(?:(?:twenty|thirty)[ \t-]{_ORDINAL_UNIT}|{_ORDINAL_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
    r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A year read out: "nineteen forty six", "nineteen oh two", "two thousand and three", "twenty twenty four".
_YEAR = rf"(?:(?:nineteen|twenty)[ \t](?:oh[ \t]{_UNIT}|{_TENS}(?:[ \t-]{_UNIT})?|{_TEEN}|hundred)|two[ \t]thousand(?:[ \t]and)?(?:[ \t](?:{_TEEN}|{_UNIT}|{_TENS}(?:[ \t-]{_UNIT})?))?)"


class SpokenDateRecognizer(DomainRecognizer):
    """A date read out: "the seventh of october nineteen forty", "born on the third march", "march the third"."""

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern("date read out", rf"\b(?i:(?:the[ \t])?{_ORDINAL}[ \t](?:of[ \t])?{_MONTH}(?:[ \t]{_YEAR})?)\b", 0.7),
        # "may" and "march" are verbs too ("patients may first present"): after them, only "the" and an ordinal.
        Pattern(
            "month and day read out",
            rf"\b(?i:(?:(?!may|march){_MONTH}[ \t](?:the[ \t])?|(?:may|march)[ \t]the[ \t]){_ORDINAL}(?:[ \t]{_YEAR})?)\b",
            0.7,
        ),
    )


class SpelledNameRecognizer(DomainRecognizer):
    """A name spelled letter by letter: "beryl loades calling that's l o a d e s", "surname smyth, s, m, y, t, h".

    A caller spells the name they have just said, so the letters must spell a word said elsewhere in the same text:
    "that's t d s", "a b c d e assessment" or "that's c o p d" spell nothing said there. After "spelt" or "spelled"
    four letters are enough on their own. Dots are no separator: "q.d.s." and "e.g." are abbreviations.
    """

    ENTITY = "PERSON"
    _LETTERS = r"\p{L}(?:(?:[ \t]?-[ \t]?|,?[ \t]|[ \t]?/[ \t]?)(?:double[ \t])?\p{L}){2,}(?![\p{L}\d.])"
    PATTERNS = (
        Pattern("spelled after a cue", rf"\b(?i:that['’]?s|that[ \t]is|it['’]s|spelt|spelled|spelling|as[ \t]in)[ \t,:]+\K{_LETTERS}", 0.7),
        Pattern("letters in a row", r"(?<![\p{L}\d'’.-])\p{Ll}(?:[ \t]\p{Ll}){4,}(?![\p{L}\d'’.])", 0.6),
    )
    _WORD = re.compile(r"\p{L}{3,}")
    _SPELT = re.compile(r"(?i:spelt|spelled|spelling)[ \t,:]+$")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return results  # most texts spell nothing: no need to collect their words
        said = {w.casefold() for w in self._WORD.findall(text)}
        kept = []
        for r in results:
            span = text[r.start : r.end]
            letters = "".join(ch for ch in span.replace("double ", "") if ch.isalpha())
            doubled = re.sub(r"(?i)double[ \t,/-]*(\p{L})", r"\1\1", span)
            joined = "".join(ch for ch in doubled if ch.isalpha()).casefold()
            if joined in said or (len(letters) >= 4 and self._SPELT.search(text, 0, r.start)):
                kept.append(r)
        return kept


_SUFFIX = r"(?:co|com|org|net|ac|gov|edu|nhs|info|biz|scot|wales|[a-z]{2})"
_DOMAIN = rf"(?:(?!(?:at|dot)\b)[a-z0-9]+[ \t]){{0,3}}?(?!(?:at|dot)\b)[a-z0-9]+(?:[ \t]dot[ \t]{_SUFFIX}){{1,3}}"


class SpokenEmailRecognizer(DomainRecognizer):
    """An e-mail address read out: "alec dot tough at b t internet dot com", "jo underscore king at gmail dot co dot uk".

    The part before "at" needs a "dot", "underscore" or "dash" of its own, or an e-mail cue before it ("email me at
    morag at gmail dot com"): "available at bailii dot org" and "she works at boots dot com" are web sites.
    """

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern(
            "e-mail read out",
            rf"\b(?i:[a-z0-9]+(?:[ \t](?:dot|underscore|dash|hyphen)[ \t][a-z0-9]+)+[ \t](?:at|@)[ \t]{_DOMAIN})\b",
            0.7,
        ),
        Pattern(
            "e-mail read out after a cue",
            rf"\b(?i:e-?mail(?:[ \t]address)?(?:[ \t](?:me|is|it['’]s|to))*[ \t]+(?:at[ \t]+)?\K(?!(?:at|dot|me|is)\b)[a-z0-9]+[ \t](?:at|@)[ \t]{_DOMAIN})\b",
            0.7,
        ),
    )


class SpokenReferenceRecognizer(DomainRecognizer):
    """A reference read out with its letters and a stroke, after a word that calls it one: "the reference is s p four
    hundred and six stroke twenty four" (not "b p one forty slash ninety")."""

    ENTITY = "CASE_NUMBER"
    PATTERNS = (
        Pattern(
            "reference read out",
            rf"\b(?i:(?:reference|ref|case|claim|file|appeal)(?:[ \t](?:number|no|is|was))*[ \t]+\K(?:[a-z][ \t]){{1,3}}"
            rf"{SPOKEN_NUMBER}(?:[ \t]{SPOKEN_NUMBER})?[ \t](?:forward[ \t])?(?:stroke|slash|dash)[ \t]{SPOKEN_NUMBER})\b",
            0.7,
        ),
    )

"""What a speech-to-text transcript says aloud: names spelled letter by letter, dates, e-mail addresses and references
read out in words. Voicemail and call transcripts write everything in lower case and without punctuation, so none
of the written shapes the other recognizers know applies. (Numbers read out digit by digit: phone.py.)"""

from __future__ import annotations

from presidio_analyzer import Pattern

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
    """A date read out: "the seventh of october nineteen forty", "march the third", "twenty second of february"."""

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern("date read out", rf"\b(?i:(?:the[ \t])?{_ORDINAL}[ \t]of[ \t]{_MONTH}(?:[ \t]{_YEAR})?)\b", 0.7),
        Pattern("month and day read out", rf"\b(?i:{_MONTH}[ \t](?:the[ \t])?{_ORDINAL}(?:[ \t]{_YEAR})?)\b", 0.7),
    )


class SpelledNameRecognizer(DomainRecognizer):
    """A name spelled letter by letter: "that's l o a d e s", "spelt K-E-R-R".

    After a word that announces a spelling, three letters are enough; anywhere else it takes five single letters in
    lower case in a row, which no English sentence writes ("a b c" lists stop at three or four; grades are capitals).
    """

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "spelled after a cue",
            r"\b(?i:that['’]?s|that[ \t]is|spelt|spelled|spelling|spell(?:s|ed)?[ \t]it|as[ \t]in)[ \t,:]+\K"
            r"\p{L}(?:[ \t]?[-.][ \t]?\p{L}|[ \t]\p{L}){2,}(?![\p{L}\d])",
            0.7,
        ),
        Pattern("letters in a row", r"(?<![\p{L}\d'’-])\p{Ll}(?:[ \t]\p{Ll}){4,}(?![\p{L}\d'’])", 0.6),
    )


class SpokenEmailRecognizer(DomainRecognizer):
    """An e-mail address read out: "alec dot tough at b t internet dot com", "jo underscore king at gmail dot co dot uk"."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern(
            "e-mail read out",
            r"\b(?i:(?!(?:at|dot|me|is|email|e-mail)\b)[a-z0-9]+(?:[ \t](?:dot|underscore|dash|hyphen)[ \t][a-z0-9]+)*[ \t]at[ \t]"
            r"(?:(?!(?:at|dot)\b)[a-z0-9]+[ \t]){0,3}?(?!(?:at|dot)\b)[a-z0-9]+"
            r"(?:[ \t]dot[ \t](?:co|com|org|net|ac|gov|edu|nhs|uk|ie|nz|au|ca|io|me|info|biz|scot|wales)){1,3})\b",
            0.7,
        ),
    )


class SpokenReferenceRecognizer(DomainRecognizer):
    """A reference read out with its letters and a stroke: "s p four hundred and six stroke twenty four"."""

    ENTITY = "CASE_NUMBER"
    PATTERNS = (
        Pattern(
            "reference read out",
            rf"\b(?i:(?:[a-z][ \t]){{1,3}}{SPOKEN_NUMBER}(?:[ \t]{SPOKEN_NUMBER})?[ \t](?:stroke|slash|dash)[ \t]{SPOKEN_NUMBER})\b",
            0.7,
        ),
    )

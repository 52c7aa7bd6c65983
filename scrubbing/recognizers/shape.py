"""Identifiers by shape, in any format: what looks like an identifier is scrubbed unless a domain pattern explains it.

The burden of proof is reversed: no recognizer has to know a format (an Indian PAN, a
Danish CPR number, a licence with a prefix) for it to go. A token with letters and digits
mixed, a long run of digits, or digits in groups is an identifier; the keep-list (doses,
lab values with units, scales, statute sections, citations, currency amounts) and the few
number shapes below (decimals, ascending ranges, blood pressures, times) explain the rest.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UsSsnRecognizer

from fedtune.scrubbing.recognizers.base import DomainRecognizer

# A token of letters and digits, its parts joined by - . / or : ("RN-5530218", "2:24-cv-01187-JLR").
# A comma between cells ends and starts a token, as a CSV row separates them ("A0012345,Tomasz", "John,A0012345",
# "H77821,4B", "P029061,2460657354,20100724"); a comma with exactly three digits after it, between digits, is a
# thousands separator ("12,500", "1,234,567") when the digits before it are a group of one to three, and no token is
# taken across it.
_JOINED = (
    r"(?<![\w.:/\\-])(?:(?<!\d,)|(?!\d{3}(?!\d)))[^\W_]+(?:[-./:][^\W_]+)*"
    r"(?![\w-]|[.:/][^\W_]|(?<=(?:^|[^\w,])\d{1,3}),\d{3}(?!\d))"
)
# Groups of digits (or short capitals) separated by single spaces: "123 456 789", "+45 23 62 38 29",
# "AB 08 73 17 D"; never one group after a comma or a decimal point ("12,500", "3.5 000").
_GROUP = r"(?:\d{1,5}|[A-Z]{1,4}|[A-Z\d]{2,5})"
_SPACED = rf"(?<![\w.,:/+\\-])\+?{_GROUP}(?:[ ]{_GROUP}){{1,7}}(?![\w]|[.,:/-]\d)"
# An extension after a number or on its own: "x4-1187", "... 3933 x394", "ext. 2231".
_EXTENSION = r"\bx\d-\d{3,5}\b|(?<=\d{3}[ \t])x\d{2,5}\b(?!\^)|\b(?i:ext(?:ension)?\.?)[ \t]?\d{2,6}\b"

# Number shapes a domain uses that are no identifier.
_EXPLAINED = re.compile(
    r"\d+\.\d+"  # a decimal: 12345.67
    r"|\d{2,3}/\d{2,3}"  # a blood pressure or a score out of: 120/80, 22/30
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:[-–]\d{1,2}:\d{2})?"  # a time or a time range
    r"|\d+(?:[.,]\d+)?(?i:mg|mcg|µg|ug|g|kg|ml|l|iu|mmol|mm|cm|km|m|h|hr|hrs|min|ms|kda|hz|khz|mhz|gb|mb|kb|bp)"
    # A multiple ("10x", "2.5X"), never a long number ending in a check X: "61011319990517821X" is a Chinese ID.
    r"|\d{1,4}(?:[.,]\d+)?[xX]"
    r"|(?:1[6-9]|20)\d0s"  # a decade: 1990s
    r"|[A-Z]\d{2}\.[\dA-Z]{1,4}"  # an ICD-10 code: I48.91
    r"|rs\d+"  # a SNP
)
_RANGE = re.compile(r"(\d{1,5})[-–](\d{1,5})")


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def looks_like_identifier(text: str) -> bool:
    """Whether a matched token has an identifier's shape that no domain number shape explains."""
    if _EXPLAINED.fullmatch(text):
        return False
    ascending = _RANGE.fullmatch(text)
    if ascending and int(ascending.group(1)) < int(ascending.group(2)):
        return False  # a range: 100-200 mL, 2019-2024, pp. 1234-1256
    count, letters = _digits(text), any(ch.isalpha() for ch in text)
    if " " in text.strip():
        groups = text.split()
        return count >= 7 or (len(groups) >= 3 and count >= 6)
    if letters:
        return count >= 4 or (count >= 3 and len(text) >= 8)
    return count >= 5


class IdentifierShapeRecognizer(DomainRecognizer):
    """Any identifier-shaped token; only a domain pattern (the keep-list, the shapes above) keeps it."""

    ENTITY = "ID"
    PATTERNS = (
        Pattern("token with letters and digits", _JOINED, 0.6),
        Pattern("digit groups", _SPACED, 0.6),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        # Not a checksum: the shape test itself. None keeps the pattern's score.
        return None if looks_like_identifier(pattern_text) else False


class ExtensionRecognizer(DomainRecognizer):
    """A phone extension, after its number or alone: "x4-1187", "... 3933 x394", "ext. 2231"."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (Pattern("extension", _EXTENSION, 0.6),)


class UnvalidatedSsnRecognizer(UsSsnRecognizer):
    """Presidio's SSN patterns without its invalid-number list.

    Presidio drops well-known sample numbers (219-09-9999, 078-05-1120) and repeated digits
    as invalid; for de-identification a failed validation must never turn an SSN-shaped
    string back into text.
    """

    NAME: ClassVar[str] = "UnvalidatedSsnRecognizer"

    def __init__(self) -> None:
        super().__init__(name=self.NAME)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return None

"""Postal addresses: US street lines with units, city-state-ZIP lines, military mail, UK postcodes."""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import NAME_WORD, DomainRecognizer

_WORD = r"[A-Z][a-z]+\.?"
_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way"
    r"|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close"
    r"|Loop|Row|Alley|Plaza|Pike|Path|Walk|Run|Pass|Crossing|Ridge|Hill|Hills|Park|View"
    r"|Heights|Gardens|Green|Grove|Point|Springs?|Mews|Expressway|Freeway|Turnpike)\b\.?"
)
_UNIT_WORD = r"(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Floor|Fl|Bldg|Building|#)"
_UNIT = rf"(?:,?\s{_UNIT_WORD}\.?\s?#?[\dA-Z][\w-]*)?"
_CITY_LINE = r"(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
# The town after a street line: "48 Lakeview Way, Paisley".
_TOWN = rf"(?:,\s(?!(?:The|He|She|They|It|We|His|Her|Their|Dr|Mr|Mrs|Ms|Suite|Apt|Unit)\b){NAME_WORD}(?:\s{NAME_WORD})?(?![\w'’]))?"
_UK_TOWN = rf"(?:{NAME_WORD}\s){{0,2}}{NAME_WORD}\s{_POSTCODE}"


class StreetAddressRecognizer(DomainRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (
        # 1777 Kramer Court, 68124 Julia Stravenue Suite 834, 12 N. Oak St. Apt 4B.
        Pattern("street with suffix", rf"\b\d{{1,6}}\s(?:[NSEW]\.?\s)?(?:{_WORD}\s){{0,3}}{_SUFFIX}{_UNIT}{_TOWN}", 0.85),
        # Any street line followed by a unit, or a number and capitalised words then a city line.
        Pattern("street with unit", rf"\b\d{{1,6}}\s(?:{_WORD}\s){{1,3}}{_UNIT_WORD}\.?\s?#?\d[\w-]*", 0.85),
        Pattern("street before city", rf"\b\d{{1,6}}\s(?:{_WORD}\s){{0,3}}{_WORD}{_UNIT}(?=,?\s{{1,2}}{_CITY_LINE})", 0.85),
        Pattern("city state zip", _CITY_LINE, 0.85),
        Pattern("PO box", r"\b(?i:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s\d{1,6}\b", 0.85),
        Pattern("military unit", r"\b(?:PSC|Unit|CMR)\s\d{4},?\sBox\s\d{4}\b", 0.9),
        Pattern("military ship", r"\bUS(?:NS|NV|S|CGC)\s[A-Z][a-z]+\b", 0.9),
        Pattern("military post", r"\b[AFD]PO\s(?:AA|AE|AP)\s\d{5}\b", 0.9),
        # Flat 59, Willis Lodge, North Jenna S6D 5AH; 317 Hugh Walk, Bellfurt G4 2UL.
        Pattern(
            "UK address",
            rf"\b(?:(?:Flat|Studio|Apartment|Unit)\s\d+[A-Za-z]?,\s)?(?:\d+[A-Za-z]?\s)?(?:{NAME_WORD}\s){{0,2}}{NAME_WORD},\s{_UK_TOWN}",
            0.85,
        ),
        Pattern("UK town and postcode", rf"\b{_UK_TOWN}", 0.85),
        Pattern("UK postcode", rf"\b{_POSTCODE}", 0.5),
    )
    CONTEXT = ("address", "lives", "resides", "residing", "street", "mail", "located")

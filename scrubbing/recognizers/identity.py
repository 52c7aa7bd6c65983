"""Government identity documents written with their label: driver's licences and passports."""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import DomainRecognizer, labelled

_DOCUMENT = r"[A-Z]{0,3}[- ]?\d[\dA-Z-]{4,14}\b"


class DriverLicenseRecognizer(DomainRecognizer):
    """Replaces Presidio's US licence recognizer, whose unlabelled patterns match any letter-digit word.

    Those weak matches (B12, D3) were a third of all raw results and never passed the
    threshold without a context word; a labelled number is what a record actually holds.
    """

    ENTITY = "US_DRIVER_LICENSE"
    PATTERNS = (
        Pattern(
            "licence (labelled)",
            labelled(r"driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e|DL|CDL", _DOCUMENT),
            0.85,
        ),
        # A British driving licence by its shape, with or without the spaces a card prints: the surname's first five
        # letters padded with 9, the decade, the month (plus 50 for a woman), the day, the year's digit, two
        # initials padded with 9, a digit and two check letters: "BALAC 704201 P99XZ", "MORGA753116SM9IJ".
        Pattern("UK driving licence", r"(?<![\w-])[A-Z9]{5}[ \t]?\d[0156]\d{4}[ \t]?[A-Z9]{2}\d[A-Z]{2}(?![\w-])", 0.85),
    )
    CONTEXT = ("driver", "driving", "licence", "license", "dmv")


class PassportRecognizer(DomainRecognizer):
    ENTITY = "PASSPORT"
    PATTERNS = (Pattern("passport (labelled)", labelled(r"passport", _DOCUMENT), 0.85),)
    CONTEXT = ("passport", "travel", "nationality")


class CitizenCardRecognizer(DomainRecognizer):
    """Identity numbers whose shape alone says what they are, with no label needed."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        # Myanmar's National Registration Card: state number, township letters, citizenship class, six digits:
        # "12/DaGaMa(N)008913", "9/AhMaYa(N)407600".
        Pattern("Myanmar NRC", r"(?<![\w/])1?\d/(?:\p{Lu}\p{Ll}{0,2}){3}[ \t]?\((?:N|E|P|T|Naing|Ae|Pyu)\)[ \t]?\d{6}\b", 0.85),
    )

"""Telephone and fax numbers in North American, international (+CC) and UK national formats, with extensions."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import DomainRecognizer, digits

_EXT = r"(?:\s{0,2}(?:x|(?i:ext|extension)\.?)\s{0,2}\d{1,6})?"


class TelephoneRecognizer(DomainRecognizer):
    """Regex instead of Presidio's phonenumbers matcher: eight region passes cost more than spaCy."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        # (617) 555-0123, 617-555-0123, 617.555.0123, +1 617 555 0123, 1-800-555-0199 x123.
        Pattern(
            "north american",
            rf"(?<![\w+-])(?:\+?1[-. ]?)?(?:\(\d{{3}}\)\s?|\d{{3}}[-. ])\d{{3}}[-. ]\d{{4}}\b{_EXT}",
            0.7,
        ),
        # +44 20 7946 0958, +49 (0)30 1234567, +33 1 23 45 67 89, 001-617-555-0123.
        Pattern(
            "international",
            rf"(?<![\w+])(?:\+|00)\d{{1,3}}(?:[-. ]?\(\d{{1,4}}\))?(?:[-. ]?\d{{1,5}}){{1,5}}\b{_EXT}",
            0.7,
        ),
        # UK national: 020 7946 0958, 07700 900123, 0161 496 0000.
        Pattern("uk national", rf"(?<![\w-])0\d{{2,4}}[ -]?\d{{3,4}}[ -]?\d{{3,4}}\b{_EXT}", 0.5),
        # An area code in brackets with a trunk 0 (Ireland, Australia): (091) 942077, (02) 8164 9951.
        Pattern("bracketed area code", rf"(?<![\w)])\(0\d{{1,4}}\)[ -]?\d{{2,4}}(?:[ -]?\d{{2,4}}){{0,2}}\b{_EXT}", 0.6),
        # Brazil: a two-digit area code in brackets, then eight digits or a mobile's nine (a leading 9):
        # "(11) 3456-7890", "(11) 98765-4321", "(91) 9 1838-7279".
        Pattern("bracketed area code (Brazil)", rf"(?<![\w)])\([1-9]\d\)[ \t]?(?!(?:19|20)\d\d[-–](?:19|20)\d\d)(?:9[ \t.]?)?\d{{4}}[-. ]?\d{{4}}\b", 0.7),
        # Sweden: an area or mobile prefix with its dash, then groups of two and three: "070-648 02 22", "08-123 45 67".
        Pattern("Swedish", r"(?<![\w-])0\d{1,3}-\d{2,3}[ \t]\d{2}[ \t]\d{2}\b", 0.7),
        # An area code with its dash, then groups of three or four and four (Malaysia, Singapore, Israel): "04-583 9352".
        Pattern("dashed area code", r"(?<![\w-])0\d{1,2}-\d{3,4}[ \t]\d{4}\b", 0.7),
        # A country code in brackets: "(+500) 23262" (the Falklands' five digits), "(+680) 488 2212".
        Pattern("bracketed country code", rf"(?<![\w)])\(\+\d{{1,3}}\)[ \t-]?\d{{2,5}}(?:[ -]?\d{{2,5}}){{0,3}}\b{_EXT}", 0.7),
        # A local number of seven digits after a word for a telephone, as small islands and US towns give it: "Phone
        # 488-3793", "call you on 583-2178", "Tel: 775 4747".
        Pattern(
            "local number after its word",
            r"\b(?i:phone|ph|tel|telephone|cell|mobile|fax|call(?:[ \t](?:you|me|us|him|her|them))?(?:[ \t]on)?|ring|whatsapp"
            r"|contact[ \t](?:number|no))"
            r"\.?[ \t]*(?:\((?i:home|work|mobile|cell|day|evening|landline)\)[ \t]*)?(?:(?i:no|number)\.?[ \t]*)?[:#]?[ \t]*\K(?<![\d-])"
            # Not a range of hours, distances or words: "Phone 830-1700 Monday to Friday", "Mobile 200-1000 metres".
            rf"\d{{3}}[-. ]\d{{4}}\b(?![-/.]\d|[ \t]*(?i:units?|mg|mcg|ml|iu|kg|g|%|m|metres?|meters?|km|words?|hrs?|hours?"
            rf"|mins?|minutes?|days?|steps|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?"
            rf"|sun(?:day)?|weekdays?|daily)(?!\w)){_EXT}",
            0.7,
        ),
        # 6175550123 has no separators: needs a context word.
        Pattern("ten digits", r"\b\d{10}\b", 0.1),
    )
    CONTEXT = ("phone", "tel", "telephone", "call", "cell", "mobile", "fax", "contact", "reach", "pager")

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits(re.split(r"(?i)x|ext", pattern_text)[0])
        return None if 7 <= len(number) <= 15 else False


_SPOKEN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|(?:double|triple)[ \t](?:zero|oh|one|two|three|four|five|six|seven|eight|nine))"
_NEXT_DIGIT = rf"[ \t]*[,.-]?[ \t]+{_SPOKEN_DIGIT}"  # the next digit word, after a space and perhaps a comma or a dash


class SpokenNumberRecognizer(DomainRecognizer):
    """A number read out digit by digit, as transcribed voicemail and calls write it: "zero one two, five one zero, ...".

    Seven or more digit words in a row are a telephone or identity number whatever their grouping;
    no count, dose or score is read out that way.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        Pattern("digits read out", rf"\b(?i:{_SPOKEN_DIGIT}(?:{_NEXT_DIGIT}){{6,}})\b", 0.7),
        # Fewer digits and a check letter, as an identity card is read out: "five four six six oh four g".
        Pattern("card number read out", rf"\b(?i:{_SPOKEN_DIGIT}(?:{_NEXT_DIGIT}){{4,}}[ \t]+[a-z])\b(?![ \t]*['’\w])", 0.7),
    )

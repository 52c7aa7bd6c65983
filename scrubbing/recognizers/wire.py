"""Fields of wire and export formats that say by their position or their name what a value is (issue 16).

``structured.field_cells`` reads these beside SQL dumps, XML, YAML, vCards and calendars:

- **X12** (HIPAA EDI: 270/271 eligibility, 837 claims; the separators its ISA segment declares, usually "*" and "~"): ``NM1``'s name
  elements and its identifier, ``N3``'s street lines, ``N4``'s town and postcode, ``REF``'s reference, ``DMG``'s birth
  date and ``PER``'s contact name and numbers.
- **UN/EDIFACT** (PAXLST passenger lists, MEDRPT and other health messages; segments end with "'", elements split by
  "+", components by ":", "?" releasing the next character): ``NAD``'s party name, street, town and postcode, ``RFF``'s and ``DOC``'s numbers, ``DTM``'s
  dates and ``COM``'s phone and e-mail.
- **SWIFT MT** payments (MT103, MT101): the ordering customer's and the beneficiary's name and address lines (``:50K:``,
  ``:50F:``, ``:50H:``, ``:59:``), the references (``:20:``, ``:21:``) and the value date (``:32A:``, ``:30:``). Bank codes
  (BICs) stay; the remittance text (``:70:``) is left to the prose rules.
- **JSON**: the value of a key that names a kind of value (``column_kind``: "patient_name", "address", "dob") and of
  the keys chat and mail exports use for people ("from", "actor", "members", "sender"), strings and lists of strings.
- **pdftk form dumps**: each field's ``FieldValue`` by its ``FieldName`` (or ``FieldNameAlt``).
- **HTML**: an element's text by its ``class`` ("street", "patient-name") and a table cell by the header cell
  before it ("<th>Address</th><td>...</td>").

Each reader looks only where its format's markers are, so prose is never read as one.
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re

Kind = Callable[[str], "str | None"]
Cell = tuple[str, str, int, int]  # (field name, entity, start, end)

# ---------------------------------------------------------------- X12
_X12_TAGS = ("NM1", "N3", "N4", "REF", "DMG", "PER")
# ISA is 106 characters: its fourth declares the element separator, its 105th the component separator and the next one
# ends the segment. "*" and "~" are the usual ones; a sender may declare others ("|", "\n").
_ISA = re.compile(r"ISA(.)")


def _x12_separators(text: str) -> tuple[str, str] | None:
    m = _ISA.search(text)
    if m is None:
        return ("*", "~") if "ST*" in text and "~" in text else None
    element = m.group(1)
    if element.isalnum() or element.isspace():
        return None
    parts = text[m.start() : m.start() + 200].split(element)
    if len(parts) < 17 or len(parts[16]) < 2:
        return None
    return element, parts[16][1]  # ISA16 is one character; the segment terminator follows it


def _elements(text: str, start: int, end: int, separator: str, release: str = "") -> list[tuple[int, int]]:
    spans, at, i = [], start, start
    while i < end:
        if text[i] == release:
            i += 2  # the released character is data
            continue
        if text[i] == separator:
            spans.append((at, i))
            at = i + 1
        i += 1
    return spans + [(at, end)]


def x12_cells(text: str) -> list[Cell]:
    if "ISA" not in text and "ST*" not in text:
        return []
    separators = _x12_separators(text)
    if separators is None:
        return []
    element, terminator = (re.escape(c) for c in separators)
    segment = re.compile(rf"(?:^|{terminator})[ \t\r\n]*({'|'.join(_X12_TAGS)}){element}((?:(?!{terminator})[^\r\n])*)", re.MULTILINE)
    found: list[Cell] = []
    for m in segment.finditer(text):
        tag, els = m.group(1), _elements(text, m.start(2), m.end(2), separators[0])  # els[0] is the segment's first element
        def take(index: int, entity: str) -> None:
            if index < len(els) and els[index][1] > els[index][0]:
                found.append((f"{tag}{index + 1:02d}", entity, *els[index]))
        if tag == "NM1":  # NM101 entity, NM102 type (1 person, 2 organisation), NM103-107 name, NM109 identifier
            person = len(els) > 1 and text[els[1][0] : els[1][1]] == "1"
            for index in range(2, 7):
                take(index, "PERSON" if person else "ORGANIZATION")
            take(8, "ID")
        elif tag in ("N3", "N4"):  # N301-302 street lines; N401 town, N402 state (a public code), N403 postcode
            for index in (0, 1) if tag == "N3" else (0, 2):
                take(index, "ADDRESS")
        elif tag == "REF":
            take(1, "ID")
        elif tag == "DMG":  # DMG02 the birth date
            take(1, "DATE_TIME")
        elif tag == "PER":  # PER02 the contact's name, PER04/06/08 numbers and addresses
            take(1, "PERSON")
            for index in (3, 5, 7):
                take(index, "PHONE_NUMBER")
    return found


# ---------------------------------------------------------------- UN/EDIFACT
# "?" releases the next character: "O?'SULLIVAN" is one name, "?+" and "?:" no separator.
_EDIFACT_SEGMENT = re.compile(r"(?m)(?:^|(?<!\?)')[ \t\r\n]*(NAD|RFF|DOC|DTM|COM)\+((?:\?.|[^'?\r\n])*)")
# NAD's elements after the party qualifier: 2 party id, 3 unstructured name and address, 4 name, 5 street, 6 town,
# 7 state (a code), 8 postcode, 9 country (a code).
_NAD_KINDS = {2: "ID", 3: "ADDRESS", 4: "PERSON", 5: "ADDRESS", 6: "ADDRESS", 8: "ADDRESS"}


def edifact_cells(text: str) -> list[Cell]:
    if "'" not in text or not any(marker in text for marker in ("UNH+", "UNB+", "UNA:+")):
        return []
    found: list[Cell] = []
    for m in _EDIFACT_SEGMENT.finditer(text):
        tag, els = m.group(1), _elements(text, m.start(2), m.end(2), "+", "?")  # els[0] is the qualifier
        def parts(index: int, entity: str, first: int = 0, last: int | None = None) -> None:
            if index < len(els):
                found.extend((f"{tag}{index}", entity, s, e) for s, e in _elements(text, *els[index], ":", "?")[first:last] if e > s)
        if tag == "NAD":
            for index, entity in _NAD_KINDS.items():
                parts(index - 1, entity)
        elif tag == "RFF":  # RFF+AVF:BOOKREF: the reference after its qualifier
            parts(0, "ID", first=1)
        elif tag == "DOC":  # DOC+P:110:111+PASSPORTNO: the document's number
            parts(1, "ID")
        elif tag == "DTM":  # DTM+329:19800412: the date after its qualifier
            parts(0, "DATE_TIME", first=1)
        elif tag == "COM":  # COM+6921234567:TE: the number before its kind
            parts(0, "PHONE_NUMBER", last=1)
    return found


# ---------------------------------------------------------------- SWIFT MT
_SWIFT_PARTY = re.compile(r"(?m)^:(50[AFGHK]|59[AF]?):")
_SWIFT_FIELD_END = re.compile(r"(?m)^(?::\d\d[A-Z]?:|-\})")
_SWIFT_REFERENCE = re.compile(r"(?m)^:(20|21):([^\r\n]+)")
_SWIFT_VALUE_DATE = re.compile(r"(?m)^:(?:32A|30):(\d{6})")
_SWIFT_LINE = re.compile(r"[^\r\n]+")


def swift_cells(text: str) -> list[Cell]:
    if ":20:" not in text or not any(tag in text for tag in (":32A:", ":32B:", ":30:")):
        return []
    found: list[Cell] = []
    for m in _SWIFT_PARTY.finditer(text):
        end = _SWIFT_FIELD_END.search(text, m.end())  # the party's lines run to the next field's tag
        for line in _SWIFT_LINE.finditer(text, m.end(), end.start() if end else len(text)):
            start = line.start() + (1 if line.group().startswith("/") else 0)  # "/IBAN", or a name or address line
            found.append((m.group(1), "ADDRESS", start, line.end()))
    found += [(m.group(1), "ID", m.start(2), m.end(2)) for m in _SWIFT_REFERENCE.finditer(text)]
    found += [("32A", "DATE_TIME", m.start(1), m.end(1)) for m in _SWIFT_VALUE_DATE.finditer(text)]
    return found


# ---------------------------------------------------------------- JSON
# Keys chat, mail and audit exports use for people: Telegram ("from", "actor", "members", "forwarded_from"), Slack
# ("user_name", "real_name"), mail archives ("sender", "recipients", "to", "cc").
_JSON_PERSON_KEYS = frozenset({
    "from", "actor", "members", "forwarded_from", "saved_from", "sender", "recipient", "recipients", "to", "cc", "bcc",
    "real_name", "display_name", "user_name", "username", "author", "participants", "via_bot",
})
# "name" alone names a drug, a chat, a product or a code as often as a person (FHIR's names are objects, read by the
# structured name rules).
_JSON_GENERIC_KEYS = frozenset({"name", "names", "title", "type", "text", "display", "code", "system"})
_JSON_PAIR = re.compile(r'"([A-Za-z][\w.-]{0,39})"[ \t]*:[ \t]*("(?:[^"\\\r\n]|\\.)*"|\[[^\[\]{}]*\])')
_JSON_STRING = re.compile(r'"((?:[^"\\\r\n]|\\.)*)"')


def json_cells(text: str, kind: Kind) -> list[Cell]:
    if '":' not in text and '" :' not in text:
        return []
    found: list[Cell] = []
    for m in _JSON_PAIR.finditer(text):
        key = m.group(1)
        if key.lower() in _JSON_GENERIC_KEYS:
            continue
        entity = "PERSON" if key.lower() in _JSON_PERSON_KEYS else kind(key)
        if entity:
            found += [(key, entity, s.start(1), s.end(1)) for s in _JSON_STRING.finditer(text, m.start(2), m.end(2))
                      if s.end(1) > s.start(1)]
    return found


# ---------------------------------------------------------------- pdftk dump_data_fields
_PDFTK_FIELD = re.compile(
    r"(?m)^FieldName:[ \t]*([^\r\n]*)\r?\n(?:(?!---|FieldName:)[^\r\n]*\r?\n){0,8}?FieldValue:[ \t]*([^\r\n]*?)[ \t\r]*$"
)
_PDFTK_ALT = re.compile(r"(?m)^FieldNameAlt:[ \t]*([^\r\n]*)")


def pdftk_cells(text: str, kind: Kind) -> list[Cell]:
    if "FieldValue:" not in text:
        return []
    found: list[Cell] = []
    for m in _PDFTK_FIELD.finditer(text):
        alt = _PDFTK_ALT.search(text, m.start(), m.start(2))
        entity = kind(m.group(1).strip()) or (kind(alt.group(1).strip()) if alt else None)
        if entity and m.end(2) > m.start(2):
            found.append((m.group(1), entity, m.start(2), m.end(2)))
    return found


# ---------------------------------------------------------------- HTML
_INLINE = r"(?:[^<>]|</?(?:b|i|em|strong|u|small|span|a)\b[^<>]{0,100}>)"  # bold, a link: still the element's text
_HTML_CLASSED = re.compile(rf"""<(\w{{1,10}})\b[^<>]{{0,200}}?\bclass=["']([\w -]{{1,40}})["'][^<>]{{0,200}}>({_INLINE}{{1,200}}?)</\1>""")
_HTML_ROW = re.compile(rf"<th\b[^<>]{{0,100}}>[ \t]*([^<>]{{1,40}}?)[ \t:]*</th>[ \t\r\n]*<td\b[^<>]{{0,100}}>({_INLINE}{{1,200}}?)</td>")


def html_cells(text: str, kind: Kind) -> list[Cell]:
    if "</" not in text or ("class=" not in text and "<th" not in text):
        return []
    found: list[Cell] = []
    for m in _HTML_CLASSED.finditer(text):
        entity = kind(m.group(2).replace("-", " "))
        if entity:
            found.append((m.group(2), entity, m.start(3), m.end(3)))
    for m in _HTML_ROW.finditer(text):
        entity = kind(m.group(1))
        if entity:
            found.append((m.group(1), entity, m.start(2), m.end(2)))
    return found

"""Names in machine formats that say by their structure where a name is: HL7 v2, DICOM and FHIR.

Sites hold exports as well as prose: HL7 v2 feeds, DICOM header dumps and FHIR resources
pasted as JSON. Their names are written the machine's way ("LOCKYER^TAHLIA", "EKANAYAKE^K",
a given name alone in a JSON list), which the NER model and the prose rules miss. But the
formats themselves say which field holds a name, so the whole field goes, whatever its case
or component order (issue 16, tenth blind corpus).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from fedtune.scrubbing.recognizers.base import DomainRecognizer
from fedtune.scrubbing.recognizers import wire

# HL7 v2.x person-name fields (XPN, and XCN: an identifier, then the name), by segment and field
# number, as the standard numbers them after the segment's id: PID-5 patient name, PID-6 mother's
# maiden name, PID-9 alias; NK1-2 next of kin; PV1-7, -8, -9, -17 attending, referring,
# consulting and admitting doctors; EVN-5 operator; ORC-10, -11, -12 entered, verified and
# ordered by; OBR-16 ordering provider, OBR-28 result copies to; OBX-16 responsible observer;
# IN1-16 insured's name; GT1-3 guarantor; PD1-4 primary care provider; MRG-7 prior name.
HL7_NAME_FIELDS = {
    "PID": (5, 6, 9), "NK1": (2,), "PV1": (7, 8, 9, 17), "EVN": (5,), "ORC": (10, 11, 12), "OBR": (16, 28),
    "OBX": (16,), "IN1": (16,), "GT1": (3,), "PD1": (4,), "MRG": (7,),
}
# HL7 v2.x address fields (XAD: street, other designation, city, state, postal code, country, type, by component),
# whole: PID-11 patient address, NK1-4 next of kin's, GT1-5 guarantor's, IN1-19 insured's, ORC-22 and -24 the ordering
# facility's and provider's.
HL7_ADDRESS_FIELDS = {"PID": (11,), "NK1": (4,), "GT1": (5,), "IN1": (19,), "ORC": (22, 24)}
# A segment starts a line (or follows HL7's own carriage-return terminator); a field runs to the next '|'.
_FIELD = r"[^|\r\n]*\|"


def _hl7_field(segment: str, number: int, *, first_component: bool = False) -> str:
    value = r"[^|^\r\n]+" if first_component else r"[^|\r\n]+"
    return rf"(?:^|\r){segment}\|(?:{_FIELD}){{{number - 1}}}\K{value}"


def _dicom_value(vrs: str, tags: tuple[str, ...] = (), pydicom: bool = False) -> str:
    """The value of a DICOM element of one of the value representations ``vrs`` (any tag, or one of ``tags``), as
    dcmdump prints it ("(0008,1060) PN [EKANAYAKE^K]") or, with ``pydicom``, as pydicom does ("(0010, 0010)
    Patient's Name  PN: 'ROE^JANE'")."""
    comma = ",[ ]?" if pydicom else ","
    tag = "|".join(t.replace(",", comma) for t in tags) or rf"[0-9A-Fa-f]{{4}}{comma}[0-9A-Fa-f]{{4}}"
    if pydicom:
        return rf"\((?:{tag})\)[^\r\n]{{0,80}}?[ \t](?:{vrs}):[ \t]'\K[^'\r\n]+(?=')"
    return rf"\((?:{tag})\)[ \t]+(?:{vrs})[ \t]+\[\K[^\]\r\n]+(?=\])"


_QUOTED_SURNAME_FIRST = (
    r"(?<=(?:^|[,;\t|]|:)[ \t]*\")\p{Lu}[\p{Lu}'’]+(?:[ -]\p{Lu}[\p{Lu}'’]+)?,[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’.-]*)?"
    r"(?=\"[ \t]*(?:[,;\t|]|$))"
)


class StructuredNameRecognizer(DomainRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        *(Pattern(f"HL7 {segment}-{number}", _hl7_field(segment, number), 0.85)
          for segment, numbers in HL7_NAME_FIELDS.items() for number in numbers),
        # A DICOM element of value representation PN (person name), as dcmdump prints it:
        # "(0008,1060) PN [EKANAYAKE^K]", and as pydicom prints it: "(0010, 0010) Patient's Name  PN: 'ROE^JANE'".
        Pattern("DICOM PN", _dicom_value("PN"), 0.85),
        Pattern("DICOM PN, pydicom", _dicom_value("PN", pydicom=True), 0.85),
        # A FHIR HumanName: its "family" string and every string of its "given" list.
        Pattern("FHIR family", r'"family"\s*:\s*"\K[^"\r\n]+(?=")', 0.85),
        Pattern("FHIR given", r'(?<="given"\s*:\s*\[[^\]]{0,400})(?<=[\[,]\s*)"\K[^"\r\n]+(?=")', 0.85),
        # A quoted cell or value holding "SURNAME, Given" with the surname in capitals, the way claim, remittance and
        # registry files write a person whatever their header says (or when they have none): '...,"BETHEL, VERNITA",...',
        # 'name: "TARR, Zubah"'.
        Pattern("quoted SURNAME, Given", _QUOTED_SURNAME_FIRST, 0.85),
    )


def _msh_field(number: int) -> str:
    # MSH-1 is the field separator itself and MSH-2 the encoding characters: MSH-n is the (n-1)th field after "MSH|".
    return rf"(?:^|\r)MSH\|(?:{_FIELD}){{{number - 2}}}\K[^|\r\n]+"


class StructuredOrganizationRecognizer(DomainRecognizer):
    """The sending and receiving facility of an HL7 v2 message (MSH-4, MSH-6): the hospital or laboratory, often by its
    initials ("TUH"), which then goes wherever it recurs in the record (the assigning authority of an identifier, a
    location's facility)."""

    ENTITY = "ORGANIZATION"
    PATTERNS = (
        Pattern("HL7 MSH-4", _msh_field(4), 0.85),
        Pattern("HL7 MSH-6", _msh_field(6), 0.85),
        # A patient's assigned and prior locations (PV1-3, PV1-6: point of care^room^bed^facility): the ward by name
        # ("Ward 4 Medical^94^A"); the room and bed numbers say nothing alone.
        Pattern("HL7 PV1-3", _hl7_field("PV1", 3, first_component=True), 0.85),
        Pattern("HL7 PV1-6", _hl7_field("PV1", 6, first_component=True), 0.85),
        # A DICOM InstitutionName (0008,0080), as dcmdump prints it.
        Pattern("DICOM institution", _dicom_value("LO", ("0008,0080",)), 0.85),
    )


# DICOM address elements: the patient's, the institution's and the referring physician's.
_ADDRESS_TAGS = ("0010,1040", "0008,0081", "0008,0092")


class StructuredAddressRecognizer(DomainRecognizer):
    """A DICOM address element, whole: the patient's (0010,1040), the institution's (0008,0081) and the referring
    physician's (0008,0092), as dcmdump prints them ("(0010,1040) LO [No. 61/3, Temple Road, Nugegoda]"). Sri Lankan,
    Indian and other house numbers written "No. 61/3" are no street address the prose rules know by shape."""

    ENTITY = "ADDRESS"
    PATTERNS = (
        *(Pattern(f"HL7 {segment}-{number}", _hl7_field(segment, number), 0.85)
          for segment, numbers in HL7_ADDRESS_FIELDS.items() for number in numbers),
        Pattern("DICOM address", _dicom_value("LO|ST", _ADDRESS_TAGS), 0.85),
        Pattern("DICOM address, pydicom", _dicom_value("LO|ST", _ADDRESS_TAGS, pydicom=True), 0.85),
    )


# ---------------------------------------------------------------- delimited exports: a header row names the columns
# The words of a column's name that say what its values are, after the name is lower-cased and cut at '_', '-', '.',
# '/' and spaces ("patient_name", "Prescriber No", "NOK Phone"). A column is read by its first kind in this order, so
# "patient_id" holds an identifier, "Patient Address" an address, "Patient" and "patient_name" persons.
_ID_WORDS = frozenset({
    "id", "no", "num", "number", "mrn", "urn", "ssn", "nric", "fin", "nhs", "medicare", "medicaid", "irn", "ihi",
    "npi", "account", "acct", "passport", "licence", "license", "chart", "uhid", "hcn", "phn", "pps", "bsn", "cpf",
    "aadhaar", "abha", "episode", "encounter", "accession", "ur", "chi", "username", "login", "userid", "sin",
    "policy",
    # Other languages' exports: Portuguese, Spanish, French, German, Dutch ("NID", "BI", "id_nummer", "Nº SNS").
    "nid", "bi", "nuit", "dni", "nie", "nif", "rg", "nir", "pesel", "nummer", "numero", "número", "nr", "nº", "sns",
    "identificação", "identificacao", "identificación", "identificacion", "ausweis",
})
# Numbered things that are no one's identifier: "Item No" (a PBS item code), "Seq No", "Bed No", "Lot No".
_NOT_ID_WORDS = frozenset({
    "item", "drug", "product", "test", "code", "line", "seq", "sequence", "row", "page", "qty", "quantity", "dose",
    "room", "bed", "ward", "floor", "level", "version", "step", "lot", "batch", "cycle", "tooth", "tube", "slide",
    "well", "plate", "rack", "repeats", "rpts",
})
# What a column says about a person or a place that is not who or where: "patient_type", "Provider Specialty",
# "Address Type", "Contact Reason".
_NOT_VALUE_WORDS = frozenset({
    "type", "status", "class", "category", "age", "sex", "gender", "count", "group", "kind", "language", "specialty",
    "speciality", "role", "ward", "unit", "department", "dept", "location", "note", "notes", "comment", "comments",
    "remarks", "flag", "reason", "instructions", "consent", "weight", "height", "result", "outcome", "priority",
    "source", "mode", "method", "verified", "present", "seen", "time", "date", "level",
})
_DATE_WORDS = frozenset({
    "dob", "birth", "birthdate", "born", "death", "dod",
    "nascimento", "nacimiento", "naissance", "geburtsdatum", "geburtstag", "geboortedatum", "geboren", "óbito", "obito",
})
_EMAIL_WORDS = frozenset({"email", "mail", "mailbox", "correo", "courriel"})
_PHONE_WORDS = frozenset({
    "phone", "mobile", "tel", "telephone", "fax", "cell", "pager", "whatsapp",
    "telemóvel", "telemovel", "telefone", "celular", "teléfono", "telefono", "móvil", "movil", "téléphone", "portable",
    "telefon", "handy", "telefoon", "mobiel", "gsm",
})
_ADDRESS_WORDS = frozenset({
    "address", "addr", "street", "city", "town", "suburb", "postcode", "zip", "zipcode", "postal", "residence",
    "village", "locality", "district", "county", "community", "gps", "coordinates", "geolocation", "latlng", "parish",
    "townland", "eircode", "hamlet",
    "morada", "endereço", "endereco", "bairro", "residência", "residencia", "localidade", "dirección", "direccion",
    "domicilio", "calle", "ciudad", "localidad", "adresse", "rue", "ville", "commune", "strasse", "straße", "wohnort",
    "plz", "adres", "straat", "woonplaats",
})
_ORGANIZATION_WORDS = frozenset({
    "clinic", "hospital", "facility", "practice", "pharmacy", "employer", "company", "firm", "organisation",
    "organization", "school", "insurer", "payer", "laboratory", "surgery", "institution", "agency", "fac",
})
_PERSON_WORDS = frozenset({
    "surname", "forename", "forenames", "firstname", "lastname", "fullname",
    "patient", "pt", "prescriber", "physician", "doctor", "dr", "surgeon", "nurse", "clinician", "provider",
    "attending", "referrer", "referring", "consultant", "gp", "author", "signer", "signed", "entered", "ordered",
    "filer", "attorney", "lawyer", "counsel", "solicitor", "barrister", "judge", "witness", "claimant", "plaintiff",
    "defendant", "respondent", "applicant", "petitioner", "client", "customer", "guarantor", "insured", "subscriber",
    "beneficiary", "member", "employee", "kin", "nok", "mother", "father", "parent", "guardian", "spouse", "contact",
    "caregiver", "carer", "pharmacist", "dispenser", "staff", "user", "recipient", "sender", "requester",
    "requestor", "informant", "interpreter", "midwife", "therapist", "dentist", "vet", "owner", "resident", "tenant",
    "student", "timekeeper", "supervisor", "confidant", "earner", "initials",
    # Other languages' exports: surname and given-name columns, patients, doctors and relatives.
    "apelido", "apelidos", "sobrenome", "apellido", "apellidos", "prénom", "prenom", "nachname", "vorname", "vornamen",
    "familienname", "achternaam", "voornaam", "voornamen", "roepnaam", "familienaam", "tussenvoegsel", "paciente",
    "doente", "utente", "patiënt", "médico", "medico", "médecin", "medecin", "arzt", "ärztin", "arts",
    "huisarts", "enfermeiro", "enfermera", "confidente", "mãe", "mae", "pai", "madre", "padre", "mère", "père",
    "moeder", "vader", "mutter", "vater", "cônjuge", "conjuge", "esposo", "esposa", "responsável", "responsavel",
})
# "name" makes a person's column only beside these words or alone: "first name", "Patient Name", but not "Drug Name".
_NAME_WORDS = frozenset({"name", "names", "nome", "nombre", "nom", "naam"})
_NAME_QUALIFIERS = frozenset({
    "first", "last", "middle", "maiden", "full", "given", "family", "sur", "fore", "preferred", "legal", "display",
    "nick", "birth", "of", "the", "s", "completo", "próprio", "do", "da", "de", "del", "van", "du",
})
# Columns of codes from a published classification: "CPT", "PBS Item", "Taxonomy", "ICD-10", "Dx Code", "NDC",
# "LINE_ITEM_TASK_CODE". A column called "Code" alone may hold the patients' own codes, so "code" needs a word saying
# what it codes.
_CLASSIFICATION_WORDS = frozenset({
    "cpt", "hcpcs", "icd", "icd10", "icd9", "loinc", "snomed", "taxonomy", "ndc", "atc", "pbs", "dx", "px", "drg",
    "modifier", "opcs", "utbms", "rev", "revenue", "pos", "mbs", "ahfs", "rxnorm", "gtin",
})
_CODED_WORDS = frozenset({
    "diagnosis", "procedure", "drug", "item", "task", "activity", "expense", "test", "product", "medication",
    "medicine", "condition", "observation", "result", "specialty", "speciality",
})
# A kept cell must have the shape of a code of one of these classifications, whatever its column says, so that a
# shifted row (an unquoted comma in a name) or a loosely named column cannot shield a person's number or a date:
# ICD-10 ("M17.11", "E1165"), CPT with a modifier ("99214-25"), HCPCS ("J1100"), PBS ("08215Q"), NUCC taxonomy
# ("207R00000X"), LOINC ("2345-7"), NDC ("0002-3227-30"), ATC ("C09AA05"), UTBMS ("L120"), and short numbers
# (DRG, revenue and place-of-service codes, modifiers), which no identifier rule takes anyway. No lower-case letter.
_CODE_CELL = re.compile(
    r"[A-TV-Z]\d{2}(?:\.[\dA-Z]{1,4}|[\dA-Z]{0,2})"
    r"|\d{4}[\dFTU](?:-\d{2}|-[A-Z]{2})?|[A-V]\d{4}|\d{4,5}[A-Z]|[1-3]\d{2}[\dA-Z]{6}X|\d{1,5}-\d"
    r"|\d{4,5}-\d{3,4}-\d{1,2}|[A-Z]\d{2}[A-Z]{2}\d{2}|[A-Z]\d{3}|\d{2,4}|[A-Z\d]{2}"
)
# Checked in this order: the first kind with a word in the column's name is the column's.
_COLUMN_KINDS = (
    ("EMAIL_ADDRESS", _EMAIL_WORDS), ("PHONE_NUMBER", _PHONE_WORDS), ("DATE_TIME", _DATE_WORDS), ("ID", _ID_WORDS),
    ("ADDRESS", _ADDRESS_WORDS), ("ORGANIZATION", _ORGANIZATION_WORDS), ("PERSON", _PERSON_WORDS),
)
# A column's name: a letter first, then letters, digits, spaces and _-./#()' only; or '#' alone.
_COLUMN_NAME = re.compile(r"\p{L}[\p{L}\d _./#()'-]{0,39}|#|№")
_NAME_SPLIT = re.compile(r"[\s_./#()'-]+")
_DELIMITERS = ("\t", "|", ";", ",")
# Cells that say a value is absent.
_EMPTY_CELL = re.compile(r"(?i)[\s\-–—/.]*|n/?a|nil|none|null|unknown|not known|not recorded")


def _words(name: str) -> list[str]:
    """A column's name as lower-case words: "Prescriber_No" -> ["prescriber", "no"], "e-mail" -> ["mail"]."""
    words = [w for w in _NAME_SPLIT.split(name.strip().lower()) if w]
    return words[1:] if words[:2] == ["e", "mail"] else words  # "e-mail", "E mail"


def column_kind(name: str) -> str | None:
    """The entity a column's values are, from its name ("patient_name" -> PERSON, "Prescriber No" -> ID), or None."""
    words = _words(name)
    if not words or len(words) > 4:
        return None
    if "birth" in words and words[-1] in _NAME_WORDS:  # "birth name" is a name, "date of birth" a date
        return "PERSON"
    for entity, vocabulary in _COLUMN_KINDS:
        if any(w in vocabulary for w in words):
            unlike = _NOT_ID_WORDS if entity == "ID" else frozenset() if entity == "DATE_TIME" else _NOT_VALUE_WORDS
            return None if any(w in unlike for w in words) else entity
    if any(w in _NAME_WORDS for w in words) and all(w in _NAME_WORDS or w in _NAME_QUALIFIERS for w in words):
        return "PERSON"
    return None


def is_code_column(name: str) -> bool:
    """Whether a column's name says it holds codes of a classification, and nothing about a person."""
    words = _words(name)
    if column_kind(name) is not None or any(w in _NOT_VALUE_WORDS or w in _DATE_WORDS for w in words):
        return False  # a person's, or a date's: "Patient Code", "Px Date", "Dx Time"
    return any(w in _CLASSIFICATION_WORDS for w in words) or (
        any(w in ("code", "codes") for w in words) and any(w in _CODED_WORDS for w in words))


class Column(NamedTuple):
    """A table's column: its name, the entity its cells are (``column_kind``), and whether it holds codes."""

    name: str
    kind: str | None
    code: bool


@lru_cache(maxsize=8)
def table_cells(text: str) -> tuple[tuple[Column, int, int], ...]:
    """(column, start, end) of every data cell of every table in ``text`` whose header row names a column.

    A table is a header line of three or more cells, each a column's name, at least one of them naming a kind of
    value (``column_kind``) or of code (``is_code_column``), followed by lines with as many cells; it ends at the
    first line that has not. A fixed-width table is read the same way: a header of column names in capitals two or more
    spaces apart, then the rows whose cells line up under it (``_fixed_width_row``). A line of prose has neither such
    a header nor rows that fit one. Cached for the last few texts: the recognizer and the keep step (``code_cells``)
    read the same text one after the other.
    """
    if not any(d in text for d in _DELIMITERS) and "  " not in text:
        return ()
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line.rstrip("\r")))
        offset += len(line) + 1
    found, i = [], 0
    while i < len(lines) - 1:
        header = _header(lines[i][1])
        i += 1
        if header is None:
            fixed = _fixed_width_header(lines[i - 1][1])
            while fixed and i < len(lines) and (row := _fixed_width_row(lines[i][1], fixed)) is not None:
                found += [(column, lines[i][0] + s, lines[i][0] + e) for column, s, e in row]
                i += 1
            continue
        delimiter, columns = header
        while i < len(lines):
            start, line = lines[i]
            spans = cells(line, delimiter)
            if len(spans) != len(columns):
                break
            found += [(column, start + s, start + e) for (s, e), column in zip(spans, columns) if e > s]
            i += 1
    return tuple(found)


def _header(line: str) -> tuple[str, list[Column]] | None:
    """The delimiter and the columns, where ``line`` is a header row naming a kind of value or code."""
    for delimiter in _DELIMITERS:
        # Cheap refusals first (most lines with commas are prose): a column's name is short, quotes and all.
        if line.count(delimiter) < 2 or any(len(piece) > 48 for piece in line.split(delimiter)):
            continue
        names = [line[s:e] for s, e in cells(line, delimiter)]
        if len(set(names)) != len(names) or not all(_COLUMN_NAME.fullmatch(n) and _short(n) for n in names):
            continue
        columns = [Column(n, column_kind(n), is_code_column(n)) for n in names]
        if any(c.kind or c.code for c in columns):
            return delimiter, columns
    return None


# A fixed-width export's header: column names two or more spaces apart ("TIME  NAME        DOB         TOWNLAND").
_WIDE_GAP = re.compile(r"[ \t]{2,}")
_NOT_WIDE = re.compile(r"\S+(?:[ \t]\S+)*")
# A theatre list's columns that would read as a practice's: "SURGERY" is the operation there.
_FIXED_WIDTH_NOT = frozenset({"surgery", "procedure", "operation"})


def _fixed_width_header(line: str) -> list[tuple[int, Column]] | None:
    """Where each column starts, where ``line`` is a fixed-width table's header naming a kind of value."""
    if "  " not in line or len(line) > 400 or not line.isupper():  # most lines of prose end here, before any matching
        return None
    names = [(m.start(), m.group()) for m in _NOT_WIDE.finditer(line)]
    if len(names) < 3 or len({n for _, n in names}) != len(names):
        return None
    if not all(_COLUMN_NAME.fullmatch(n) and _short(n) and n.isupper() for _, n in names):
        return None  # a letterhead or a sentence; a fixed-width header is written in capitals
    # A lab's or a theatre's short headers name no person, number or place: "PT" (prothrombin time), "NO" (nitric
    # oxide), "SURGERY" (the procedure).
    columns = [(start, Column(n, column_kind(n) if len(n) >= 3 and n.lower() not in _FIXED_WIDTH_NOT else None,
                              is_code_column(n))) for start, n in names]
    return columns if any(c.kind for _, c in columns) else None


def _fixed_width_row(line: str, columns: list[tuple[int, Column]]) -> list[tuple[Column, int, int]] | None:
    """The named columns' cells of a row aligned under a fixed-width header, or None where the table has ended.

    A cell starts at its column's offset, after a space; it ends where the next column starts (after a space) or, when
    its value runs over its width, at the next gap of two spaces. Most columns must line up, or the line is no row
    (a closing line, a paragraph after the table)."""
    if not line.strip():
        return None
    aligned, cells_found = 0, []
    for k, (start, column) in enumerate(columns):
        if start >= len(line) or (start > 0 and not line[start - 1].isspace()) or line[start].isspace():
            continue
        aligned += 1
        gap = _WIDE_GAP.search(line, start)
        end = gap.start() if gap else len(line)
        if k + 1 < len(columns) and columns[k + 1][0] <= end and line[columns[k + 1][0] - 1].isspace():
            end = columns[k + 1][0]
        end = start + len(line[start:end].rstrip())
        if column.kind and end > start:
            cells_found.append((column, start, end))
    return cells_found if aligned * 10 >= len(columns) * 7 else None


def _short(name: str) -> bool:
    """A column's name is four words at most and no sentence: no word ends in a full stop but a last "No." (a
    transcript's "A. Dr. Fitzgerald-Hayes, at the clinic on RR 4, Truro, NS." is prose with commas)."""
    words = name.split()
    return len(words) <= 4 and not any(w.endswith(".") for w in words[:-1]) and (
        not words[-1].endswith(".") or words[-1].lower() in ("no.", "nr.", "num.", "ref.", "acct.", "addr.", "tel."))


# A claim line pairs a procedure with its diagnosis: a CPT or HCPCS cell right before or after an ICD-10 cell in a
# delimited row ("...,99203,J06.9,120.00,..."), with or without a header row. A five-digit number elsewhere in a row
# may be anyone's number, and stays an identifier.
_ICD_CELL = r"[A-TV-Z]\d{2}(?:\.[\dA-Z]{1,4})?"
_PROCEDURE_CELL = r"(?:\d{4}[\dFTU]|[A-V]\d{4})"
_CLAIM_CODES = re.compile(
    rf"(?<=^|[,;|\t])(?:(?P<p1>{_PROCEDURE_CELL})[,;|\t](?P<d1>{_ICD_CELL})|(?P<d2>{_ICD_CELL})[,;|\t](?P<p2>{_PROCEDURE_CELL}))"
    r"(?=[,;|\t]|$)", re.M)


def code_cells(text: str) -> list[tuple[int, int]]:
    """The code-shaped cells of the columns a table's header names as codes (``is_code_column``): kept, as the
    keep-list keeps a code with its label ("ICD-10 J18.9"). A cell with a lower-case letter is never one. So are a
    claim line's procedure and diagnosis codes side by side, header or not (``_CLAIM_CODES``)."""
    cells_ = [(s, e) for column, s, e in table_cells(text) if column.code and _CODE_CELL.fullmatch(text[s:e])]
    if "," in text or ";" in text or "|" in text or "\t" in text:
        for m in _CLAIM_CODES.finditer(text):
            cells_ += [m.span(g) for g in ("p1", "d1", "d2", "p2") if m.group(g)]
    return cells_


def cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The spans of ``line``'s cells split at ``delimiter``, a double-quoted cell's without its quotes.

    Quote-aware as CSV writers quote: a delimiter inside double quotes does not split, and '""' is a quote inside one.
    A row of a Markdown table ("| a | b |") has the cells between its outer bars.
    Python's csv module reads the same cells but says nothing of where they are; the offsets are what scrubbing needs.
    """
    if '"' not in line:  # no quoting: the cells are str.split's pieces
        spans, start = [], 0
        for piece in line.split(delimiter):
            spans.append((start, start + len(piece)))
            start += len(piece) + 1
    else:
        spans = _quoted_spans(line, delimiter)
    if delimiter == "|" and len(spans) > 2 and not line[: spans[0][1]].strip() and not line[spans[-1][0] :].strip():
        spans = spans[1:-1]  # a Markdown table's row: "| Patient | Dose |"
    return [_trim(line, s, e, '"') for s, e in spans]


def _trim(text: str, start: int, end: int, quotes: str = "") -> tuple[int, int]:
    """``text[start:end]``'s span without its outer white space, nor a pair of the ``quotes`` around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and text[start] in quotes and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return start, end


def _quoted_spans(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The raw spans of ``line``'s cells where some are double-quoted: a delimiter inside quotes does not split."""
    spans, start, quoted, i = [], 0, False, 0
    while i < len(line):
        ch = line[i]
        if ch == '"' and quoted and line[i + 1 : i + 2] == '"':
            i += 2
            continue
        if ch == '"' and (quoted or not line[start:i].strip()):
            quoted = not quoted
        elif ch == delimiter and not quoted:
            spans.append((start, i))
            start = i + 1
        i += 1
    return spans + [(start, len(line))]


# ---------------------------------------------------------------- other machine formats whose fields are named
# SQL dumps: "CREATE TABLE `patienten` (`achternaam` varchar(64), ...)" names a table's columns, and "INSERT INTO
# `patienten` [(`achternaam`, ...)] VALUES ('Kanhai', ...), (...);" fills them, in that order.
_SQL_CREATE = re.compile(r"(?i)\bCREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?[`\"\[]?([\w.]+)[`\"\]]?[ \t]*\(")
_SQL_COLUMN = re.compile(r"(?m)^[ \t]*[`\"\[]?(\p{L}[\w]*)[`\"\]]?[ \t]+(?!KEY\b|INDEX\b)[A-Za-z]")
_SQL_NOT_COLUMN = frozenset({"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext"})
_SQL_INSERT = re.compile(
    r"(?i)\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[`\"\[]?([\w.]+)[`\"\]]?[ \t]*(?:\(([^()]*)\))?[ \t]*VALUES[ \t]*")
_SQL_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)'|([^,()'\s][^,()]*)")
# XML elements whose tag names a kind of value: HL7 CDA's <given>, <family>, <streetAddressLine>, <city>.
_XML_ELEMENT = re.compile(r"<(\p{L}[\w]{0,39})(?:[ \t][^<>]{0,200})?>([^<>\r\n]{1,200})</\1>")
_XML_PERSON_TAGS = frozenset({"given", "family"})
# Bare <name> is left out: CDA names drugs and devices with it too ("<name>amoxicillin 500 mg</name>").
_XML_SKIPPED_TAGS = frozenset({"name"})
_XML_ADDRESS_TAGS = frozenset({"state", "county", "precinct", "censustract"})
# YAML and INI blocks: three or more "key: value" lines in a row, keys in snake_case ("caregiver_phone: ...").
_KEY = r"^[ \t]*(?:-[ \t]+)?([a-z][a-z0-9_]{1,39})[ \t]*[:=]"
_KEY_VALUE_BLOCK = re.compile(rf"(?m)(?:{_KEY}[^\n]*(?:\n|\Z)){{3,}}")
_KEY_VALUE = re.compile(rf"(?m){_KEY}[ \t]*([^\r\n]*?)[ \t\r]*$")
# vCard properties (RFC 6350) with their parameters: "N:Teha;Mavis;;;", "ADR;TYPE=HOME:;;Burns Creek;Honiara;;;".
_VCARD = re.compile(r"(?m)^(N|FN|NICKNAME|ADR|ORG|TEL|EMAIL|BDAY|ANNIVERSARY|LABEL|GEO)(?:;[^:\r\n]*)?:(.+?)\r?$")
_VCARD_KINDS = {"N": "PERSON", "FN": "PERSON", "NICKNAME": "PERSON", "ADR": "ADDRESS", "ORG": "ORGANIZATION",
                "TEL": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "BDAY": "DATE_TIME", "ANNIVERSARY": "DATE_TIME",
                "LABEL": "ADDRESS", "GEO": "ADDRESS"}
# A calendar entry's organiser and attendees by their common name (RFC 5545): "ORGANIZER;CN=Dr Ruth Hoareau:mailto:...".
_CALENDAR_NAME = re.compile(r"(?m)^(?:ORGANIZER|ATTENDEE)[^\r\n:]*?;CN=\"?([^;:\"\r\n]+)")
_CALENDAR_LOCATION = re.compile(r"(?m)^LOCATION(?:;[^:\r\n]*)?:(.+?)\r?$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A fixed-width file's record layout, as a copybook or its covering note gives it: four or more "FIELD start-end"
# (1-based, inclusive) in a row: "MRN 4-11, SURNAME 13-32, GIVEN 34-49, DOB 51-58".
_LAYOUT_FIELD = r"([A-Z][A-Z0-9_-]{0,29}(?:[ ][A-Z][A-Z0-9_-]{0,29})?)[ ](\d{1,4})-(\d{1,4})"
_LAYOUT = re.compile(rf"{_LAYOUT_FIELD}(?:[,;][ ]?{_LAYOUT_FIELD}){{3,}}")
_LAYOUT_ITEM = re.compile(_LAYOUT_FIELD)


def _tag_kind(tag: str) -> str | None:
    """The entity an XML element or a YAML key holds, from its name: "streetAddressLine" -> ADDRESS, "given" -> PERSON."""
    if tag.lower() in _XML_PERSON_TAGS:
        return "PERSON"
    return column_kind(_CAMEL.sub(" ", tag))


@lru_cache(maxsize=8)
def field_cells(text: str) -> tuple[tuple[Column, int, int], ...]:
    """(column, start, end) of the values that other machine formats name by field: SQL dumps (a CREATE TABLE's
    columns and its INSERTs' values), XML elements, YAML and INI blocks, vCards and calendar entries, and the wire and
    export formats of ``wire`` (X12, EDIFACT, SWIFT MT, JSON, pdftk form dumps, HTML)."""
    found: list[tuple[Column, int, int]] = []
    if "INSERT" in text.upper():
        found += _sql_cells(text)
    if "</" in text:
        for m in _XML_ELEMENT.finditer(text):
            tag = m.group(1).lower()
            kind = None if tag in _XML_SKIPPED_TAGS else "ADDRESS" if tag in _XML_ADDRESS_TAGS else _tag_kind(m.group(1))
            if kind:
                found.append((Column(m.group(1), kind, False), m.start(2), m.end(2)))
    if "BEGIN:VCARD" in text:
        for m in _VCARD.finditer(text):
            kind = _VCARD_KINDS[m.group(1)]
            at = m.start(2)
            parts = (cells(m.group(2), ";") if kind in ("PERSON", "ADDRESS", "ORGANIZATION")
                     else [(0, len(m.group(2)))])  # "N:Teha;Mavis;;;" by its components, a phone whole
            found += [(Column(m.group(1), kind, False), *_trim(text, at + s, at + e)) for s, e in parts]
    if "BEGIN:VEVENT" in text:
        found += [(Column("CN", "PERSON", False), m.start(1), m.end(1)) for m in _CALENDAR_NAME.finditer(text)]
        found += [(Column("LOCATION", "ADDRESS", False), m.start(1), m.end(1)) for m in _CALENDAR_LOCATION.finditer(text)]
    found += _key_value_cells(text)
    if "-" in text and "  " in text:
        found += _fixed_width_cells(text)
    # Wire and export formats (scrubbing/recognizers/wire.py): X12, EDIFACT, SWIFT MT, JSON, pdftk dumps, HTML.
    wired = [*wire.x12_cells(text), *wire.edifact_cells(text), *wire.swift_cells(text), *wire.json_cells(text, _tag_kind),
             *wire.pdftk_cells(text, _tag_kind), *wire.html_cells(text, _tag_kind)]
    found += [(Column(name, entity, False), *_trim(text, start, end, "'\"")) for name, entity, start, end in wired]
    return tuple((c, s, e) for c, s, e in found if e > s)


def _fixed_width_cells(text: str) -> list[tuple[Column, int, int]]:
    """The fields of a fixed-width file's lines by the record layout the same text gives (``_LAYOUT``).

    A layout applies to a line as long as that line and every field it names, each field after a blank byte (the
    FILLER between fields) or at the line's start; a record type's other layout then slices it too, which can only
    scrub more.
    """
    layouts = []
    for m in _LAYOUT.finditer(text):
        fields = [(name, int(a), int(b)) for name, a, b in _LAYOUT_ITEM.findall(m.group())]
        if all(1 <= a <= b for _, a, b in fields):
            layouts.append([(Column(name, _tag_kind(name), False), a, b) for name, a, b in fields])
    found, offset = [], 0
    for line in text.split("\n") if layouts else ():
        for layout in layouts:
            if len(line.rstrip()) >= layout[-1][1] - 8 and all(a == 1 or line[a - 2 : a - 1] == " " for _, a, _ in layout):
                found += [(column, *_trim(text, offset + a - 1, offset + min(b, len(line))))
                          for column, a, b in layout if column.kind]
        offset += len(line) + 1
    return found


def _sql_cells(text: str) -> list[tuple[Column, int, int]]:
    tables: dict[str, list[str]] = {}
    for m in _SQL_CREATE.finditer(text):
        end = text.find(";", m.end())
        body = text[m.end() : end if end >= 0 else len(text)]
        tables[m.group(1).lower()] = [c.group(1) for c in _SQL_COLUMN.finditer(body)
                                      if c.group(1).lower() not in _SQL_NOT_COLUMN]
    found = []
    for m in _SQL_INSERT.finditer(text):
        names = ([n.strip().strip("`\"[]") for n in m.group(2).split(",")] if m.group(2)
                 else tables.get(m.group(1).lower(), []))
        if not names:
            continue
        columns = [Column(n, column_kind(n), False) for n in names]
        i = m.end()
        while i < len(text) and text[i] == "(":  # one tuple of values after another: "(...),(...);"
            i, index = i + 1, 0
            while i < len(text) and text[i] != ")":
                value = _SQL_VALUE.match(text, i)
                if value is None:
                    break
                group = 1 if value.group(1) is not None else 2
                if index < len(columns) and columns[index].kind and value.group(group).upper() != "NULL":
                    found.append((columns[index], value.start(group), value.end(group)))
                i = _skip(text, value.end(), " \t\r\n")
                if i < len(text) and text[i] == ",":
                    i, index = _skip(text, i + 1, " \t\r\n"), index + 1
            i = _skip(text, i + 1, ", \t\r\n")
    return found


def _skip(text: str, i: int, chars: str) -> int:
    """The first position from ``i`` whose character is not one of ``chars``."""
    while i < len(text) and text[i] in chars:
        i += 1
    return i


def _key_value_cells(text: str) -> list[tuple[Column, int, int]]:
    """The values of a YAML or INI block's keys that name a kind (three or more "key: value" lines in a row)."""
    found = []
    for block in _KEY_VALUE_BLOCK.finditer(text):
        for kv in _KEY_VALUE.finditer(text, block.start(), block.end()):
            kind, value = _tag_kind(kv.group(1)), kv.group(2)
            if kind and value and value[0] not in "|>&*[{#":
                found.append((Column(kv.group(1), kind, False), *_trim(text, kv.start(2), kv.end(2), "'\"")))
    return found


class DelimitedColumnRecognizer(EntityRecognizer):
    """The values of a delimited export's columns that its header row names as persons, addresses, contacts,
    identifiers, birth dates or organisations (issue 16).

    A site's records carry tables pasted from the systems that made them: an appointment list as CSV, a dispensing
    export with ';', a court's e-filing log as TSV. Their names and addresses are written the system's way (a surname
    in capitals, initials alone, "S.C."), which the prose rules miss. The header says which column holds what, so every
    cell of a named column goes, whatever its shape; the other columns (a drug, a quantity, a code) are left to the
    rest of the scrubber (``table_cells`` says what a table is). A file without a header row (a claim file) is not
    read here.
    """

    ENTITIES = ("PERSON", "ADDRESS", "ORGANIZATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "ID", "DATE_TIME")
    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=type(self).__name__)

    def load(self) -> None:  # nothing to load: the vocabulary is above
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        wanted = set(entities or self.ENTITIES)
        results = []
        for column, start, end in table_cells(text) + field_cells(text):
            if column.kind in wanted and not _EMPTY_CELL.fullmatch(text[start:end]):
                results.append(self._result(column.kind, start, end))
        return results

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity, start, end, self.SCORE,
            analysis_explanation=AnalysisExplanation(type(self).__name__, self.SCORE),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )

"""Names in machine formats that say by their structure where a name is: HL7 v2, DICOM and FHIR.

Sites hold exports as well as prose: HL7 v2 feeds, DICOM header dumps and FHIR resources
pasted as JSON. Their names are written the machine's way ("LOCKYER^TAHLIA", "EKANAYAKE^K",
a given name alone in a JSON list), which the NER model and the prose rules miss. But the
formats themselves say which field holds a name, so the whole field goes, whatever its case
or component order (issue 16, tenth blind corpus).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import DomainRecognizer

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
# A segment starts a line (or follows HL7's own carriage-return terminator); a field runs to the next '|'.
_FIELD = r"[^|\r\n]*\|"


def _hl7_field(segment: str, number: int) -> str:
    return rf"(?:^|\r){segment}\|(?:{_FIELD}){{{number - 1}}}\K[^|\r\n]+"


class StructuredNameRecognizer(DomainRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        *(Pattern(f"HL7 {segment}-{number}", _hl7_field(segment, number), 0.85)
          for segment, numbers in HL7_NAME_FIELDS.items() for number in numbers),
        # A DICOM element of value representation PN (person name), as dcmdump prints it:
        # "(0008,1060) PN [EKANAYAKE^K]", and as pydicom prints it: "(0010, 0010) Patient's Name  PN: 'ROE^JANE'".
        Pattern("DICOM PN", r"\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)[ \t]+PN[ \t]+\[\K[^\]\r\n]+(?=\])", 0.85),
        Pattern("DICOM PN, pydicom", r"\([0-9A-Fa-f]{4},[ ]?[0-9A-Fa-f]{4}\)[^\r\n]{0,80}?[ \t]PN:[ \t]'\K[^'\r\n]+(?=')", 0.85),
        # A FHIR HumanName: its "family" string and every string of its "given" list.
        Pattern("FHIR family", r'"family"\s*:\s*"\K[^"\r\n]+(?=")', 0.85),
        Pattern("FHIR given", r'(?<="given"\s*:\s*\[[^\]]{0,400})(?<=[\[,]\s*)"\K[^"\r\n]+(?=")', 0.85),
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
        # A DICOM InstitutionName (0008,0080), as dcmdump prints it.
        Pattern("DICOM institution", r"\(0008,0080\)[ \t]+LO[ \t]+\[\K[^\]\r\n]+(?=\])", 0.85),
    )

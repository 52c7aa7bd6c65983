"""Clinical identifiers: record, accession and specimen numbers, insurance member IDs, NHS numbers, ages over 89."""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import DomainRecognizer, digits, labelled

_ID = r"[A-Z]{0,4}[-#]?\d[\dA-Z.-]{3,14}\b"


class MedicalRecordNumberRecognizer(DomainRecognizer):
    ENTITY = "MEDICAL_RECORD_NUMBER"
    PATTERNS = (
        Pattern(
            "MRN (labelled)",
            # UK hospitals label it "Hosp No", "hospital number", "unit number", "K number".
            labelled(
                r"MRN|medical\s+record|med\.?\s+rec\.?|chart|patient\s+(?:id|no|number)|hosp(?:ital)?\.?\s+(?:no|number)"
                r"|unit\s+(?:no|number)|case\s+note\s+(?:no|number)|[KRD]\s+number|encounter|visit|account"
                # A trial participant's number (issue 16): "Subject no.: 982-1532", "Participant ID 04-117".
                r"|subject|participant|randomi[sz]ation",
                _ID,
            ),
            0.9,
        ),
        # A trial participant's short number, a site's letters and a serial, after its label with a number word:
        # "Participant no. LPB-841" (not "Randomisation: ABT-199", a drug's code).
        Pattern(
            "participant's short number",
            r"\b(?i:participant|subject)[ \t]+(?i:no\.?|number|id|#)[ \t]*:?[ \t]*\K[A-Z]{2,4}-\d{3}\b",
            0.9,
        ),
        Pattern("MRN (bare digits)", r"\b\d{6,10}\b", 0.05),
        Pattern("MRN (prefixed)", r"\b(?:MRN|MR|PT|HN)-?\d{5,10}\b", 0.6),
        # Letters then digits (EJC6953534, L214622): a hospital number in a referral's subject line.
        Pattern("MRN (letters and digits)", r"\b[A-Z]{1,3}\d{6,10}\b", 0.05),
        # 3-2-3 digits (232-11-905): a record-number layout that no date, phone or SSN shares.
        Pattern("MRN (3-2-3)", r"\b\d{3}-\d{2}-\d{3}\b", 0.4),
    )
    # A record header puts the number beside the date of birth; a referral quotes it.
    CONTEXT = ("mrn", "record", "chart", "patient", "hospital", "hosp", "encounter", "dob", "referral", "unit")


class AccessionNumberRecognizer(DomainRecognizer):
    ENTITY = "ACCESSION_NUMBER"
    PATTERNS = (
        Pattern(
            "accession (labelled)",
            labelled(r"accession|acc\.?|specimen|sample|slide|block|lab|exam\s+(?:id|no|number)|study\s+(?:id|no|number)", _ID),
            0.9,
        ),
        # Pathology and lab formats: S21-12345, SP-2021-004567, ACC-2021-001234, and the UK
        # laboratory prefix, year and serial H23/59855 (or H23.59855).
        # Not a clinical trial's protocol number: "Protocol KAL-118-301" names a study (issue 16).
        Pattern("accession (format)", r"\b(?<!(?i:protocol|study|trial)(?:\s(?:no\.?|number))?:?\s)(?:[A-Z]{1,4}\d{2}|[A-Z]{1,4}-\d{2,4})-\d{3,7}\b", 0.5),
        Pattern("accession (UK lab)", r"\b[A-Z]{1,3}\d{2}[/.]\d{4,7}\b", 0.5),
    )
    CONTEXT = ("accession", "specimen", "sample", "pathology", "biopsy", "lab")


class InsuranceMemberIdRecognizer(DomainRecognizer):
    ENTITY = "INSURANCE_ID"
    PATTERNS = (
        Pattern(
            "insurance (labelled)",
            labelled(
                r"member(?:ship)?(?:\s+id)?|subscriber(?:\s+id)?|policy(?:/id)?|(?-i:ID)|insurance(?:\s+id)?|group|(?:health\s+)?plan\s+id|health\s+plan|medicaid(?:\s+id)?|medicare(?:\s+id)?|beneficiary(?:\s+id)?|ins\.?\s+id",
                # Insurers' policy numbers are often slashed: "POL/95956/11".
                r"[A-Z0-9]{0,5}[-/ ]?\d[\dA-Z/-]{4,16}\b",
            ),
            0.9,
        ),
        # Payer formats: three letters then 6-12 digits (ABC123456789), W + 9 digits, a
        # suffix for the dependant (VG0540151-01), eleven digits grouped 3-3-3-2.
        Pattern("insurance (format)", r"\b(?:[A-Z]{3}\d{6,12}|W\d{9}|[A-Z]{2}\d{7}-\d{2}|\d{3}-\d{3}-\d{3}-\d{2})\b", 0.3),
    )
    CONTEXT = ("member", "insurance", "policy", "subscriber", "payer", "medicaid", "medicare", "coverage")


class AbhaAddressRecognizer(DomainRecognizer):
    """India's ABHA address, a health ID written like a mail address on the national domain: "lalita_7196@abdm"."""

    ENTITY = "INSURANCE_ID"
    PATTERNS = (Pattern("ABHA address", r"(?<![\w.@-])[A-Za-z0-9][\w.]{2,31}@(?i:abdm|sbx)\b(?![.\w])", 0.85),)


class NhsNumberRecognizer(DomainRecognizer):
    ENTITY = "UK_NHS"
    PATTERNS = (Pattern("NHS number", r"\b\d{3}[- ]?\d{3}[- ]?\d{4}\b", 0.3),)
    CONTEXT = ("nhs", "health", "service")

    def validate_result(self, pattern_text: str) -> bool | None:
        """Modulus 11 (weights 10..2 over nine digits) raises the score; a failed check never drops the number."""
        number = digits(pattern_text)
        check = 11 - sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        return True if check != 10 and check == int(number[9]) else None


class AgeOver89Recognizer(DomainRecognizer):
    """HIPAA Safe Harbor removes ages over 89; younger ages stay, they carry clinical meaning."""

    ENTITY = "AGE"
    _AGE = r"(?:9\d|1[01]\d|12[0-5])"
    PATTERNS = (
        Pattern("age (years old)", rf"\b{_AGE}(?=[- ]?(?i:years?|yrs?|y/?o|yo)\b)", 0.9),
        Pattern("age (labelled)", rf"\b(?i:age|aged|ages)\s{{0,2}}:?\s{{0,2}}\K{_AGE}\b", 0.9),
        Pattern("age (sex shorthand)", rf"\b{_AGE}(?=\s?[MF]\b)", 0.6),
    )
    CONTEXT = ("age", "aged", "old")

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
            labelled(r"MRN|medical\s+record|med\.?\s+rec\.?|chart|patient\s+id|hospital\s+(?:no|number)|encounter|visit|account", _ID),
            0.9,
        ),
        Pattern("MRN (bare digits)", r"\b\d{6,10}\b", 0.05),
        Pattern("MRN (prefixed)", r"\b(?:MRN|MR|PT|HN)-?\d{5,10}\b", 0.6),
    )
    CONTEXT = ("mrn", "record", "chart", "patient", "hospital", "encounter")


class AccessionNumberRecognizer(DomainRecognizer):
    ENTITY = "ACCESSION_NUMBER"
    PATTERNS = (
        Pattern("accession (labelled)", labelled(r"accession|specimen|sample|slide|block|lab", _ID), 0.9),
        # Pathology and lab formats: S21-12345, SP-2021-004567, ACC-2021-001234.
        Pattern("accession (format)", r"\b(?:[A-Z]{1,4}\d{2}|[A-Z]{1,4}-\d{2,4})-\d{3,7}\b", 0.5),
    )
    CONTEXT = ("accession", "specimen", "sample", "pathology", "biopsy", "lab")


class InsuranceMemberIdRecognizer(DomainRecognizer):
    ENTITY = "INSURANCE_ID"
    PATTERNS = (
        Pattern(
            "insurance (labelled)",
            labelled(
                r"member(?:ship)?(?:\s+id)?|subscriber(?:\s+id)?|policy|insurance(?:\s+id)?|group|plan(?:\s+id)?|medicaid(?:\s+id)?|medicare(?:\s+id)?|beneficiary(?:\s+id)?|ins\.?\s+id",
                r"[A-Z0-9]{0,5}[- ]?\d[\dA-Z-]{4,16}\b",
            ),
            0.9,
        ),
        # Payer formats: three letters then 6-12 digits (ABC123456789), W + 9 digits.
        Pattern("insurance (format)", r"\b(?:[A-Z]{3}\d{6,12}|W\d{9})\b", 0.3),
    )
    CONTEXT = ("member", "insurance", "policy", "subscriber", "payer", "medicaid", "medicare", "coverage")


class NhsNumberRecognizer(DomainRecognizer):
    ENTITY = "UK_NHS"
    PATTERNS = (Pattern("NHS number", r"\b\d{3}[- ]?\d{3}[- ]?\d{4}\b", 0.3),)
    CONTEXT = ("nhs", "health", "service")

    def validate_result(self, pattern_text: str) -> bool:
        """Modulus 11: weights 10..2 over the first nine digits, check digit 11 - sum mod 11."""
        number = digits(pattern_text)
        check = 11 - sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        return check != 10 and check == int(number[9])


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

"""Names that a title, a role label or a credential announces, which the small NER model misses."""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import NAME_WORD, DomainRecognizer

_FULL = rf"{NAME_WORD}(?:\s\p{{Lu}}\.)?(?:\s{NAME_WORD}){{0,2}}"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Judge|Justice|Hon|Atty|Nurse|Sr|Fr|Rev)\.?"
_ROLE = (
    r"(?i:patient|pt|name|client|plaintiff|defendant|petitioner|respondent|appellant|appellee"
    r"|witness|attorney|counsel|signed|signature|contact|guardian|spouse|wife|husband|mother"
    r"|father|son|daughter|sister|brother|emergency\s+contact|next\s+of\s+kin|referred\s+by"
    r"|seen\s+by|attending|pcp|physician|provider|nurse|surgeon|resident|tenant|landlord"
    r"|employee|employer|borrower|lender|buyer|seller|testator|executor|beneficiary|decedent"
    r"|cc|to|from|attn|dear|regards|sincerely)"
)
_CREDENTIAL = r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PhD|Ph\.D\.|DDS|DVM|MBBS|FRCS|Esq\.?|J\.D\.|JD|LCSW|PharmD)\b"


class TitledPersonRecognizer(DomainRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        Pattern("title", rf"\b{_TITLE}\s{{1,2}}\K{_FULL}", 0.85),
        # A title after the label is not the name: the "title" pattern takes the name after it.
        Pattern("role label", rf"\b{_ROLE}\s{{0,2}}[:,]\s{{0,2}}\K(?!{_TITLE}\s){_FULL}", 0.6),
        Pattern("credential", rf"\b{_FULL}(?=,?\s{_CREDENTIAL})", 0.85),
        # Registers write the surname in capitals first: "BAKER, Robert".
        Pattern("surname first", rf"\b\p{{Lu}}{{2,}}(?:['’-]\p{{Lu}}+)?,\s{_FULL}", 0.6),
    )
    CONTEXT = ("dr", "patient", "name", "mr", "mrs", "ms", "attorney", "counsel")

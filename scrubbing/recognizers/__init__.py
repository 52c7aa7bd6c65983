"""The recognizers a site's policy selects: Presidio built-ins kept as they are, plus fedtune's domain ones."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    CryptoRecognizer,
    IpRecognizer,
    MacAddressRecognizer,
    MedicalLicenseRecognizer,
    SpacyRecognizer,
    UsItinRecognizer,
    UsNpiRecognizer,
    UsPassportRecognizer,
    UuidRecognizer,
)

from fedtune.scrubbing.recognizers.address import AddressFieldRecognizer, ResidenceRecognizer, StreetAddressRecognizer
from fedtune.scrubbing.recognizers.date import CalendarDateRecognizer, DayBeforeNameRecognizer
from fedtune.scrubbing.recognizers.finance import (
    AccountNumberRecognizer,
    CardNumberRecognizer,
    IbanCodeRecognizer,
)
from fedtune.scrubbing.recognizers.identity import (
    CitizenCardRecognizer,
    DriverLicenseRecognizer,
    PassportRecognizer,
)
from fedtune.scrubbing.recognizers.legal import (
    ArgentineBarRecognizer,
    BarNumberRecognizer,
    CaseNumberRecognizer,
    CompanyRegistrationRecognizer,
    MatterNumberRecognizer,
    PartyRecognizer,
)
from fedtune.scrubbing.recognizers.medical import (
    AbhaAddressRecognizer,
    AccessionNumberRecognizer,
    AgeOver89Recognizer,
    InsuranceMemberIdRecognizer,
    MedicalRecordNumberRecognizer,
    NhsNumberRecognizer,
)
from fedtune.scrubbing.recognizers.organization import (
    LowerCaseInstitutionRecognizer,
    OrganizationRecognizer,
    ProperNamedPlaceOfWorkRecognizer,
    WardRecognizer,
)
from fedtune.scrubbing.recognizers.person import (
    CapitalSurnameFirstRecognizer,
    DoneByPersonRecognizer,
    PartNamedPersonRecognizer,
    ScannedNameRecognizer,
    TitledPersonRecognizer,
    TypedNameRecognizer,
    NameFieldRecognizer,
    AgedNameRecognizer,
    LowerCaseNameRecognizer,
    LowerCaseRelativeRecognizer,
    LowerCaseSelfNameRecognizer,
    QuotedNicknameRecognizer,
    InitialsRecognizer,
    BracketedInitialsRecognizer,
)
from fedtune.scrubbing.recognizers.phone import SpokenNumberRecognizer, TelephoneRecognizer
from fedtune.scrubbing.recognizers.register import (
    CompanyRegisterRecognizer,
    CourtFileRecognizer,
    PoliceNumberRecognizer,
    ProfessionalRegisterRecognizer,
    VehiclePlateRecognizer,
)
from fedtune.scrubbing.recognizers.spoken import (
    SpelledNameRecognizer,
    SpokenDateRecognizer,
    SpokenEmailRecognizer,
    SpokenReferenceRecognizer,
)
from fedtune.scrubbing.recognizers.structured import (
    DelimitedColumnRecognizer,
    StructuredAddressRecognizer,
    StructuredNameRecognizer,
    StructuredOrganizationRecognizer,
)
from fedtune.scrubbing.recognizers.shape import (
    ExtensionRecognizer,
    IdentifierShapeRecognizer,
    UnvalidatedSsnRecognizer,
)
from fedtune.scrubbing.recognizers.web import (
    CandidateUrlRecognizer,
    OfflineEmailRecognizer,
    UsernameRecognizer,
)

# Presidio's phone, date, IBAN, card, NHS, bank and driver's licence recognizers are
# replaced by the domain ones; its e-mail and URL recognizers by offline, faster ones; its
# SSN recognizer by one without the invalid-number list. Identifiers of any other format
# go by shape (IdentifierShapeRecognizer). Classes, not names from configuration.
COMMON: tuple[Callable[[], EntityRecognizer], ...] = (
    OfflineEmailRecognizer, CandidateUrlRecognizer, IpRecognizer, MacAddressRecognizer, CryptoRecognizer,
    UuidRecognizer, UnvalidatedSsnRecognizer, UsItinRecognizer, UsPassportRecognizer, DriverLicenseRecognizer,
    PassportRecognizer, TelephoneRecognizer, CalendarDateRecognizer, DayBeforeNameRecognizer, StreetAddressRecognizer,
    OrganizationRecognizer, TitledPersonRecognizer, IdentifierShapeRecognizer,
    ExtensionRecognizer, ProfessionalRegisterRecognizer, CompanyRegisterRecognizer, VehiclePlateRecognizer,
    CourtFileRecognizer, CitizenCardRecognizer, SpokenNumberRecognizer, UsernameRecognizer,
    SpokenDateRecognizer, SpelledNameRecognizer, SpokenEmailRecognizer, SpokenReferenceRecognizer, TypedNameRecognizer,
    NameFieldRecognizer, WardRecognizer, AgedNameRecognizer, LowerCaseNameRecognizer, LowerCaseRelativeRecognizer,
    LowerCaseSelfNameRecognizer, QuotedNicknameRecognizer, InitialsRecognizer, PoliceNumberRecognizer,
    BracketedInitialsRecognizer, ResidenceRecognizer, PartNamedPersonRecognizer, AddressFieldRecognizer,
    DoneByPersonRecognizer, CapitalSurnameFirstRecognizer, ScannedNameRecognizer, LowerCaseInstitutionRecognizer, StructuredNameRecognizer,
    StructuredOrganizationRecognizer, StructuredAddressRecognizer, DelimitedColumnRecognizer, ProperNamedPlaceOfWorkRecognizer,
)
BY_DOMAIN: dict[str, tuple[Callable[[], EntityRecognizer], ...]] = {
    "medical": (
        MedicalRecordNumberRecognizer, AccessionNumberRecognizer, InsuranceMemberIdRecognizer,
        NhsNumberRecognizer, AgeOver89Recognizer, MedicalLicenseRecognizer, UsNpiRecognizer, AbhaAddressRecognizer,
    ),
    "legal": (
        CaseNumberRecognizer, MatterNumberRecognizer, BarNumberRecognizer, ArgentineBarRecognizer,
        CompanyRegistrationRecognizer, PartyRecognizer,
    ),
    "finance": (IbanCodeRecognizer, CardNumberRecognizer, AccountNumberRecognizer),
}


def build_recognizers(domains: Sequence[str], ner_entities: Sequence[str]) -> list[EntityRecognizer]:
    """Fresh instances for the given domains, with spaCy NER reporting ``ner_entities``."""
    makers = list(COMMON) + [make for domain in domains for make in BY_DOMAIN[domain]]
    return [make() for make in makers] + [SpacyRecognizer(supported_entities=list(ner_entities))]

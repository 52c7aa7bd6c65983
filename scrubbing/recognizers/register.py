"""Numbers with their register's prefix, vehicle plates and German court file numbers (issue 16).

A register's prefix goes with its number: "GMC 4163968" names one doctor, and a prefix left
beside a scrubbed number still says which register to search. Prefixes are those of real
registers, not guesses: UK (GMC, NMC, HCPC, GPhC, GDC), Irish (IMC, NMBI, PSI), German
(LANR, BSNR, HRB, HRA), Polish (KRS, REGON, NIP), Indian (MCI, NMC), Australian (AHPRA, ABN,
ACN), Canadian (CPSO), French (RPPS, ADELI, SIREN, SIRET, RCS), Dutch (BIG, KvK), Danish
(CVR), Austrian (FN) and Swiss (CHE) ones, and the labels "Lic." and "Reg. No.".
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import DomainRecognizer

# Between a prefix and its number: the register's state or region after a slash or dash ("OAB/SP", "CRM-RJ"),
# then a space, "No.", "nr", "nº", "#" or ":".
_JOIN = r"(?:[/-][A-Z]{2,3}(?![\w-]))?[ \t]?(?:(?i:no|nr|number|n[º°o])\.?[ \t]?|#[ \t]?|:[ \t]?)?"
# The number, with the register's letter series before it ("MP 0123456") and groups split by dots ("855.909").
_NUMBER = r"(?:[A-Z]{1,3}[ \t](?=\d))?(?=[A-Z\d.-]*\d)[A-Z\d](?:[A-Z\d-]|\.(?=\d)){3,14}\b"
# Medical, nursing, dental and bar registers: the UK, Ireland, Germany, India, Australia, Canada, France,
# the Netherlands, the US, Brazil (OAB, CRM, CRO, CRF, COREN), South Africa (HPCSA, SANC), the Philippines (PRC),
# New Zealand (MCNZ), Nigeria (MDCN), Kenya (KMPDC), Pakistan (PMDC), Singapore (SMC), Malaysia (MMC).
_PROFESSIONAL = (
    r"GMC|NMC|HCPC|GPhC|GDC|IMC|NMBI|PSI|LANR|BSNR|MCI|AHPRA|CPSO|RPPS|ADELI|BIG|NPI|DEA|COREN|CRM|OAB|CRO(?=[/-])"
    r"|CRF|HPCSA|SANC|PRC|MCNZ|MDCN|KMPDC|PMDC|SMC|MMC"
    # Law societies' licensees: Ontario (LSO, formerly the Law Society of Upper Canada, LSUC), British Columbia (LSBC).
    r"|LSO|LSBC|LSUC"
    # Court reporters' certificates in the US: "CSR No. 832", "RPR 4471".
    r"|CSR|RPR|CCR|RMR|CRR"
)
_COMPANY = r"HRB|HRA|KRS|REGON|NIP|KvK|CVR|SIREN|SIRET|RCS|ABN|ACN|CRO|FN|UID|ZVR"


class ProfessionalRegisterRecognizer(DomainRecognizer):
    """A professional register's prefix with its number: "GMC 4163968", "LANR 139833273", "Lic. MD-760101"."""

    ENTITY = "MEDICAL_LICENSE"
    PATTERNS = (
        Pattern("register prefix and number", rf"\b(?:{_PROFESSIONAL}){_JOIN}{_NUMBER}", 0.85),
        Pattern("licence label and number", rf"\b(?i:lic|licence|license|reg)\.[ \t]?{_JOIN}{_NUMBER}", 0.85),
        # A short number after its certificate's or licence's label: "certificate no. 187", "licence number 48".
        # A court reporter's certificate, three digits or more: "CSR No. 832".
        Pattern("court reporter", r"\b(?:CSR|RPR|CCR|RMR|CRR)[ \t]?(?:(?i:no)\.?[ \t]?|#[ \t]?)?\d{3,6}\b", 0.85),
        # A licence's number straight after the word: "physician licence 7316", "Pharmacist: Kim Law licence 2150".
        Pattern("licence and number", r"\b(?i:licen[cs]e)[ \t]+\K\d{3,8}\b(?![ \t]*(?i:mg|ml|units?|%|hours?|days?))", 0.85),
        Pattern(
            "certificate label and short number",
            r"\b(?i:certificate|licen[cs]e|permit|badge|accreditation|trustee|insolvency[ \t]practitioner)[ \t]+(?i:no|nr|number|n[º°o])\.?[ \t]?:?[ \t]?\K\d{2,6}\b",
            0.85,
        ),
        # A register no list here names, by where it stands: an acronym and a number in brackets right after a titled
        # practitioner ("Dr Kamara (SLMDC 0556)"), or after the words registration, licence or register ("registration
        # of the chair: PNGMB 2957"). The acronym goes with the number: it says which register to search.
        Pattern(
            "register after a practitioner",
            r"(?<=\b(?:Dr|Prof|Mr|Mrs|Ms|Sr|Nurse|Sister|Midwife|Pharm)\.?[ \t][^()\n]{2,40}\([ \t]?)[A-Z]{2,7}[ \t]?(?:no\.?[ \t]?)?\d{3,8}(?=[ \t]?[);,])",
            0.85,
        ),
        Pattern(
            "register after its label",
            r"\b(?i:registration|register|licen[cs]e)\b[^.\n]{0,24}?(?:[:#][ \t]?|\b(?i:no|number)\.?[ \t])\K[A-Z]{2,7}[ \t]?\d{3,8}\b",
            0.85,
        ),
    )


class CompanyRegisterRecognizer(DomainRecognizer):
    """A company register's prefix with its number: "HRB 86586", "KRS 0000123456", "CHE-123.456.789", "FN 123456a"."""

    ENTITY = "COMPANY_REGISTRATION"
    PATTERNS = (
        Pattern("company register and number", rf"\b(?:{_COMPANY}){_JOIN}\d[\d .]{{3,14}}\d[a-z]?\b", 0.85),
        Pattern("Swiss UID", r"\bCHE-\d{3}\.\d{3}\.\d{3}\b", 0.85),
    )


# A plate in any format: groups of capitals and digits, 4 to 10 of them with a digit and a capital.
# Or written without a space, as a witness writes a plate: "T55VX", "N18YR".
_PLATE = r"(?=[A-Z\d -]{4,12}\b)(?=[A-Z -]*\d)(?=[\d -]*[A-Z])(?:[A-Z\d]{1,4}(?:[ -][A-Z\d]{1,4}){0,3}|[A-Z\d]{5,8})\b"


class VehiclePlateRecognizer(DomainRecognizer):
    """Vehicle plates (a HIPAA identifier): after a label in any format, and three national formats alone.

    Labels: "reg.", "registration", "plate", "vehicle", "parking permit", "Kennzeichen". Alone:
    the UK's "KN70 EYZ", France's "AB-123-CD" and India's "KA 51 MJ 4471", whose shapes few codes share.
    """

    ENTITY = "VEHICLE_ID"
    PATTERNS = (
        Pattern(
            "plate (labelled)",
            r"\b(?i:vehicle\s+reg(?:istration)?|reg(?:istration)?\s+(?:no|number|mark)|number\s+plate|licen[cs]e\s+plate"
            r"|plate|vehicle|registration|reg\.|parking\s+permit|kennzeichen|vrn)\b\.?[^\n:]{0,30}?(?:[:#]|\bis\b)[ \t]*\K"
            + _PLATE,
            0.85,
        ),
        # A plate straight after its label, no colon: "Ontario plate EXRM 868", "licence plate KX 4471" (issue 16).
        Pattern(
            "plate (after the word)",
            r"\b(?i:licen[cs]e\s+plate|number\s+plate|plate|insured\s+vehicle|registration)(?:\s+(?i:no\.?|number))?[ \t]+\K" + _PLATE,
            0.85,
        ),
        # A ship's or an aircraft's radio call sign after its label: "Call sign 9HGN90" (a vessel identifier).
        Pattern("call sign", r"\b(?i:call[ \t-]?sign)[ \t]*:?[ \t]*\K[A-Z\d]{3,7}\b", 0.85),
        Pattern("UK plate", r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{3}\b", 0.6),
        Pattern("French plate", r"\b[A-Z]{2}-\d{3}-[A-Z]{2}\b", 0.6),
        # South Africa's provincial plates, the province's letters last: "WWB 456 MP", "CA 123-456" aside.
        Pattern("South African plate", r"\b[A-Z]{2,3}[ ]\d{3}[ ](?:MP|GP|NW|EC|FS|NC|ZN|KZN|L)\b", 0.6),
        Pattern("Indian plate", r"\b[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}\b", 0.6),
    )


class CourtFileRecognizer(DomainRecognizer):
    """Court file numbers: German "Az. 9 O 311/25", "Aktenzeichen: 3 Ca 1234/24"; Polish and Czech "I C 477/24"."""

    ENTITY = "CASE_NUMBER"
    PATTERNS = (
        Pattern(
            "Aktenzeichen",
            r"\b(?:Az|(?i:aktenzeichen|geschäftszeichen|gz))\.?:?[ \t]?\d{1,3}[ \t][A-Z][A-Za-z]{0,2}[ \t]\d{1,6}/\d{2,4}\b",
            0.85,
        ),
        # Polish, Czech and Slovak court files: the division in Roman numerals, the register's letters, number/year:
        # "I C 477/24", "XII Ga 15/23", "II K 1234/2021".
        Pattern("sygnatura", r"\b[IVX]{1,5}[ \t](?:[A-Z][a-z]{0,2}|[A-Z]{2,4})[ \t]\d{1,6}/\d{2,4}\b", 0.85),
    )


# A police officer's rank and collar or warrant number. Ranks whose letters mean other things (ventilator pressure support
# and control, DC shocks, dates, a subcutaneous dose) need three digits or more and no year: not "PS 15 PEEP 5", "DC 150 J",
# "PC 2019 laptop".
RANK_AND_NUMBER = r"(?:(?:PCSO|DCI|DSI|Sgt|Supt|TDC|DI)[ \t]?\d{2,5}|(?:PC|DC|DS|PS|SC|Insp)[ \t]?(?!(?:19|20)\d\d\b)\d{3,5})\b"


class PoliceNumberRecognizer(DomainRecognizer):
    """A police officer's rank with the collar or warrant number: "PC 3054", "DS 143", "PCSO 8885", "Sgt 1127"."""

    ENTITY = "POLICE_ID"
    PATTERNS = (
        Pattern(
            "rank and collar number",
            rf"\b{RANK_AND_NUMBER}(?![ \t]*(?i:mg|ml|%|units?|hours?|days?|weeks?|j|joules?|cmh2o|peep|biphasic|mmhg)\b)",
            0.85,
        ),
    )

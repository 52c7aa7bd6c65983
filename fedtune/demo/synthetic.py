"""Fake clinical and legal training records for the demo sites, each knowing exactly which personal data it holds."""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from fedtune.common.fileio import write_atomic


@dataclass(frozen=True)
class PiiSpan:
    """One inserted personal-data value and where it sits in its record."""

    field: str  # JSON path of the string field, e.g. "input" or "messages[1].content"
    start: int
    end: int
    entity: str  # Presidio-style entity type
    text: str  # == field_string[start:end]


@dataclass(frozen=True)
class SyntheticRecord:
    """A training record plus the ground truth a scrubber is measured against."""

    record: dict
    pii: tuple[PiiSpan, ...]
    keep: tuple[str, ...]  # domain terms that look like personal data but must survive scrubbing


DEMO_SITES: dict[str, str] = {"hospital-a": "clinical", "hospital-b": "clinical", "lawfirm-c": "legal"}
FORMATS = ("instruction", "chat", "text")
_UK_SITES = frozenset({"hospital-b"})

# A slot is a (value, tag) pair; the tag is a Presidio entity, _KEEP, or None for plain text.
_KEEP = "KEEP"
_Slot = tuple[str, str | None]
_Pieces = list[_Slot]
_FORMATTER = string.Formatter()

# Absolute bounds: Faker's relative date helpers read today's date and would break determinism.
_FIRST_VISIT = date(2021, 1, 1)
_LAST_VISIT = date(2025, 6, 30)
# Spelled out because strftime's %B follows the process locale.
_MONTHS = ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class _Condition:
    diagnosis: str
    drug: str
    dose: str
    lab: str  # format with one numeric field
    low: float
    high: float

    def lab_result(self, rng: random.Random) -> str:
        return self.lab.format(rng.uniform(self.low, self.high))


# Eponyms and place-like disease names are here on purpose: NER models tag them PERSON or LOCATION.
_CONDITIONS = (
    _Condition("type 2 diabetes", "metformin", "500 mg twice daily", "HbA1c {:.1f}%", 6.8, 10.9),
    _Condition("hypertension", "lisinopril", "10 mg once daily", "systolic BP {:.0f} mmHg", 150, 190),
    _Condition("hyperlipidemia", "atorvastatin", "40 mg at night", "LDL cholesterol {:.0f} mg/dL", 160, 240),
    _Condition("Parkinson's disease", "carbidopa-levodopa", "25/100 mg three times daily", "UPDRS {:.0f}", 20, 45),
    _Condition("Hodgkin lymphoma", "brentuximab vedotin", "1.8 mg/kg every 3 weeks", "LDH {:.0f} U/L", 250, 600),
    _Condition("Hashimoto's thyroiditis", "levothyroxine", "75 mcg once daily", "TSH {:.1f} mIU/L", 6, 20),
    _Condition("Crohn's disease", "prednisone", "40 mg once daily", "CRP {:.0f} mg/L", 20, 90),
    _Condition("Alzheimer's disease", "donepezil", "5 mg at bedtime", "MMSE {:.0f}/30", 14, 24),
    _Condition("Cushing syndrome", "ketoconazole", "200 mg twice daily", "urine cortisol {:.0f} mcg/24 h", 150, 400),
    _Condition("Bell's palsy", "prednisolone", "60 mg once daily", "House-Brackmann grade {:.0f}", 2, 4),
    _Condition("Addison's disease", "hydrocortisone", "20 mg in divided doses", "sodium {:.0f} mmol/L", 124, 133),
    _Condition("Graves' disease", "methimazole", "10 mg once daily", "free T4 {:.1f} ng/dL", 2.2, 4.5),
    _Condition("Guillain-Barré syndrome", "immunoglobulin", "0.4 g/kg daily for 5 days", "FVC {:.1f} L", 1.5, 3.0),
    _Condition("community-acquired pneumonia", "amoxicillin", "500 mg three times daily", "WBC {:.1f} x10^9/L", 11, 19),
    _Condition("atrial fibrillation", "apixaban", "5 mg twice daily", "CHA2DS2-VASc score {:.0f}", 2, 6),
    _Condition("Lyme disease", "doxycycline", "100 mg twice daily", "ESR {:.0f} mm/h", 25, 60),
    _Condition("Meniere's disease", "betahistine", "16 mg three times daily", "hearing loss {:.0f} dB", 25, 50),
    _Condition("Wilson's disease", "penicillamine", "250 mg four times daily", "ceruloplasmin {:.0f} mg/dL", 5, 15),
    _Condition("Huntington's disease", "tetrabenazine", "12.5 mg twice daily", "CAG repeat length {:.0f}", 40, 50),
    _Condition("Sjögren's syndrome", "hydroxychloroquine", "200 mg once daily", "Schirmer test {:.0f} mm", 2, 5),
    _Condition("heart failure", "furosemide", "40 mg once daily", "BNP {:.0f} pg/mL", 400, 1800),
)
_HOME_MEDS = (
    ("aspirin", "81 mg once daily"),
    ("omeprazole", "20 mg once daily"),
    ("vitamin D3", "1000 IU daily"),
    ("sertraline", "50 mg once daily"),
    ("amlodipine", "5 mg once daily"),
    ("gabapentin", "300 mg at bedtime"),
    ("tamsulosin", "0.4 mg once daily"),
)
_EXAM_SIGNS = (
    "Glasgow Coma Scale 15/15",
    "Babinski sign negative",
    "Murphy's sign negative",
    "Romberg test negative",
    "Kernig's sign negative",
)
_CLINICAL_TASKS = {
    "summary": (
        ("Summarize the {kind} note.", "Write a one-line summary of this {kind} note."),
        "Summary: {age}-year-old with {diagnosis}; treated with {drug0} {dose0}; follow-up in {followup}.",
    ),
    "medications": (("List the medications.", "Which medications is the patient taking?"), "Medications: {meds}."),
    "followup": (("What follow-up is planned?",), "Follow-up: {followup} with {dr} {followup_doc}."),
    "diagnosis": (("What is the primary diagnosis?",), "Diagnosis: {diagnosis}."),
    "lab": (("Report the key lab result.",), "Key result: {lab}."),
}
_CLINICAL_TASK_WEIGHTS = (4, 2, 2, 1, 1)  # summaries dominate so a tiny model shows the learned template quickly

# (doctrine, public authority, what the client alleges)
_AUTHORITIES = (
    ("proximate cause", "Palsgraf v. Long Island Railroad Co.", "negligence after a station platform accident"),
    ("consequential damages", "Hadley v. Baxendale", "lost profits after a late delivery of machinery"),
    ("judicial review", "Marbury v. Madison", "that a county ordinance exceeds delegated authority"),
    ("res ipsa loquitur", "Byrne v. Boadle", "injury from a barrel that fell from a warehouse window"),
    ("promissory estoppel", "Hoffman v. Red Owl Stores, Inc.", "reliance on a franchise promise that was withdrawn"),
    ("force majeure", "Taylor v. Caldwell", "excused non-performance after a venue fire"),
    ("frustration of purpose", "Krell v. Henry", "that a room rental lost its purpose when the event was cancelled"),
    ("unconscionability", "Williams v. Walker-Thomas Furniture Co.", "an oppressive cross-collateral credit clause"),
    ("duty of care", "Donoghue v. Stevenson", "illness from a contaminated bottled drink"),
    ("strict liability", "Rylands v. Fletcher", "flooding from a neighbouring reservoir"),
    ("unilateral contract", "Carlill v. Carbolic Smoke Ball Co.", "non-payment of an advertised reward"),
    ("personal jurisdiction", "International Shoe Co. v. Washington", "that an out-of-state seller can be sued here"),
    ("expectation damages", "Hawkins v. McGee", "breach of a guaranteed surgical outcome"),
    ("mutual mistake", "Sherwood v. Walker", "rescission of a sale made on a shared false belief"),
    ("substantial performance", "Jacob & Youngs v. Kent", "full payment despite a minor deviation in pipe brand"),
    ("product liability", "MacPherson v. Buick Motor Co.", "injury from a defective wheel"),
)
_ROLES = (
    ("Services Agreement", "Supplier", "Customer"),
    ("Licence Agreement", "Licensor", "Licensee"),
    ("Lease", "Landlord", "Tenant"),
    ("Loan Agreement", "Lender", "Borrower"),
    ("Consulting Agreement", "Company", "Consultant"),
    ("Purchase Agreement", "Seller", "Buyer"),
)
# (title, body); keep terms are slots rather than literal text so each record lists the ones it holds.
_CLAUSES = (
    ("Force Majeure", "Neither party is liable for delay caused by {force_majeure}, such as flood, epidemic or "
                      "strike, if it notifies {contact} at {email} or {phone} within {period}."),
    ("Payment", "The {role_b} shall pay each invoice within {period} by transfer to IBAN {iban}, or from "
                "account no. {account} by direct debit."),
    ("Card Authorisation", "The {role_b} authorises the {role_a} to charge card {card} for each monthly fee; "
                           "disputes must be raised within {period}."),
    ("Limitation of Liability", "Neither party is liable for consequential damages beyond those foreseeable under "
                                "{hadley}; any claim must be brought within {period}."),
    ("Confidentiality", "The {role_b} shall keep the {role_a}'s confidential information secret for {period} after "
                        "termination; questions go to {contact} on {phone}."),
    ("Notices", "Notices to the {role_b} go to {contact}, {address_b}, or {email}, and take effect {period} "
                "after dispatch."),
    ("Termination", "Either party may terminate on {period} written notice; no promise outside this Agreement "
                    "supports a claim in {estoppel}."),
)
_CLAUSE_TASKS = (
    (("Summarize the clause.", "Give a one-line summary of this clause."),
     "Summary: {kind} clause between the {role_a} and the {role_b}; key period: {period}."),
    (("Who are the parties?",), "Parties: the {role_a} (a company) and the {role_b} ({b_kind})."),
    (("Which law governs this clause?",), "Governing law: {law}."),
)
_MEMO_TASKS = (
    (("Summarize the memo.", "Give a one-line summary of this case memo."),
     "Summary: the client alleges {claim}; the issue is {doctrine} under {authority}; response due in {period}."),
    (("Which doctrine and authority apply?",), "Doctrine: {doctrine}; authority: {authority}."),
    (("Who are the parties?",), "Parties: the client ({client_kind}) against the opposing party (a company)."),
    (("What is the deadline?",), "Deadline: response due in {period}."),
)
_LAWS = ("the State of New York", "the State of Delaware", "the State of California",
         "the Commonwealth of Massachusetts", "England and Wales")
_PERIODS = ("10 business days", "14 days", "30 days", "45 days", "60 days", "90 days",
            "6 months", "12 months", "2 years", "3 years")

_US_AREA_CODES = ("206", "212", "303", "305", "312", "404", "415", "503", "602", "615", "617", "713")
# "A" is an area code, "E" the first exchange digit (2-9), "M" the digit after a UK mobile's "07".
_US_PHONES = ("(AAA) E##-####", "AAA-E##-####", "AAA.E##.####", "+1 AAA E## ####", "1-AAA-E##-####",
              "(AAA) E##-#### ext. ###", "AAA-E##-#### x##")
# Ofcom's drama ranges for UK landlines: realistic shape, never a real subscriber.
_UK_PHONES = ("020 7946 0###", "0161 496 0###", "0113 496 0###", "0117 496 0###", "+44 20 7946 0###",
              "07M## ######", "+44 7M## ######", "020 7946 0### ext. ###")
_INTL_PHONES = ("+44 20 7946 0###", "+49 30 %#######", "+33 1 ## ## ## ##", "+61 2 9### ####", "+353 1 %## ####")
# 070 and 076 are not mobile ranges, and 077 and 079 hold blocks libphonenumber rejects as unallocated.
_UK_MOBILE_PREFIXES = "123458"

# Country -> (bank codes that open the BBAN, digits that follow), matching each country's IBAN length.
_IBAN_LAYOUTS = {
    "GB": (("NWBK", "BARC", "LOYD", "MIDL", "HBUK"), 14),
    "IE": (("AIBK", "BOFI"), 14),
    "NL": (("ABNA", "INGB", "RABO"), 10),
    "DE": (("",), 18),
    "ES": (("",), 20),
    "FR": (("",), 23),
}
_CARD_TYPES = ("visa16", "mastercard", "amex", "discover")


def generate_records(
    domain: str, n: int, seed: int, formats: tuple[str, ...] = ("instruction", "chat")
) -> list[SyntheticRecord]:
    """Return n distinct records of a domain ("clinical" or "legal"), cycling through its demo sites and formats.

    The same (domain, n, seed, formats) always yields the same records. formats may hold
    "instruction", "chat" and "text".
    """
    sites = tuple(site for site, site_domain in DEMO_SITES.items() if site_domain == domain)
    if not sites:
        raise ValueError(f"unknown domain {domain!r}; use one of {sorted(set(DEMO_SITES.values()))}")
    return _generate(sites, n, seed, formats)


def write_demo_sites(root: Path, n_per_site: int = 120, seed: int = 0) -> dict[str, Path]:
    """Write root/<site>/<format>.jsonl (one file per format, as sites bring them); return {site: folder}."""
    folders = {}
    for site in DEMO_SITES:
        records = _generate((site,), n_per_site, _derive_seed(seed, site), ("instruction", "chat"))
        for fmt in ("instruction", "chat"):
            lines = [json.dumps(r.record, ensure_ascii=False) + "\n" for r in records if _format(r.record) == fmt]
            write_atomic(Path(root) / site / f"{fmt}.jsonl", "".join(lines), mode=0o644)
        folders[site] = Path(root) / site
    return folders


def _format(record: dict) -> str:
    return "chat" if "messages" in record else "instruction"


def _generate(sites: tuple[str, ...], n: int, seed: int, formats: tuple[str, ...]) -> list[SyntheticRecord]:
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    unknown = [f for f in formats if f not in FORMATS]
    if not formats or unknown:
        raise ValueError(f"formats must be a non-empty subset of {FORMATS}, got {formats!r}")
    rng = random.Random(_derive_seed(seed, "choices"))
    us, uk = Faker("en_US"), Faker("en_GB")
    us.seed_instance(_derive_seed(seed, "en_US"))
    uk.seed_instance(_derive_seed(seed, "en_GB"))
    records: list[SyntheticRecord] = []
    seen: set[str] = set()
    while len(records) < n:
        k = len(records)
        site = sites[k % len(sites)]
        # Divide by the site count so that two sites do not each get a single format.
        fmt = formats[(k // len(sites)) % len(formats)]
        if DEMO_SITES[site] == "clinical":
            task = _clinical(uk if site in _UK_SITES else us, rng, uk=site in _UK_SITES)
        else:
            task = _legal(us, uk, rng)
        record = _assemble(task, fmt, rng)
        key = json.dumps(record.record, sort_keys=True)
        if key not in seen:
            seen.add(key)
            records.append(record)
    return records


def _derive_seed(seed: int, label: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{label}".encode()).digest()[:8], "big")


@dataclass(frozen=True)
class _Task:
    instruction: str
    system: str
    document: _Pieces
    answer: _Pieces


def _render(template: str, slots: dict[str, _Slot]) -> _Pieces:
    pieces: _Pieces = []
    for literal, name, _spec, _conversion in _FORMATTER.parse(template):
        if literal:
            pieces.append((literal, None))
        if name is not None:
            pieces.append(slots[name])
    return pieces


def _assemble(task: _Task, fmt: str, rng: random.Random) -> SyntheticRecord:
    """Lay a task out in one record format, joining pieces so every span's offsets are known, not searched for."""
    prompt = [(task.instruction, None), ("\n\n", None), *task.document]
    fields: list[tuple[str, _Pieces]]
    roles: list[str] = []
    if fmt == "text":
        fields = [("text", [*task.document, ("\n\n", None), *task.answer])]
    elif fmt == "instruction" and rng.random() < 0.2:
        # "input" is optional in the format; some records carry the document inside the instruction.
        fields = [("instruction", prompt), ("output", task.answer)]
    elif fmt == "instruction":
        fields = [("instruction", [(task.instruction, None)]), ("input", task.document), ("output", task.answer)]
    else:
        turns = [("system", [(task.system, None)])] if rng.random() < 0.5 else []
        turns += [("user", prompt), ("assistant", task.answer)]
        roles = [role for role, _ in turns]
        fields = [(f"messages[{i}].content", pieces) for i, (_, pieces) in enumerate(turns)]

    spans: list[PiiSpan] = []
    keep: dict[str, None] = {}  # a dict keeps first-seen order and drops repeats
    strings: list[str] = []
    for name, pieces in fields:
        offset = 0
        for text, tag in pieces:
            if tag == _KEEP:
                keep[text] = None
            elif tag is not None:
                spans.append(PiiSpan(name, offset, offset + len(text), tag, text))
            offset += len(text)
        strings.append("".join(text for text, _ in pieces))

    if roles:
        record: dict = {"messages": [{"role": role, "content": s} for role, s in zip(roles, strings)]}
    else:
        record = {name: s for (name, _), s in zip(fields, strings)}
    return SyntheticRecord(record, tuple(spans), tuple(keep))


def _clinical(fake: Faker, rng: random.Random, *, uk: bool) -> _Task:
    cond = rng.choice(_CONDITIONS)
    admit = _day_after(_FIRST_VISIT, rng, (_LAST_VISIT - _FIRST_VISIT).days + 1)
    discharge = admit + timedelta(days=rng.randint(1, 14))
    # About one patient in seven is over 89, the age HIPAA treats as identifying.
    years = rng.randint(90, 104) if rng.random() < 0.15 else rng.randint(19, 89)
    dob = admit - timedelta(days=round(years * 365.25) + rng.randrange(365))
    age = admit.year - dob.year - ((admit.month, admit.day) < (dob.month, dob.day))
    kind = rng.choice(("discharge", "admission"))
    meds = [(cond.drug, cond.dose), *rng.sample(_HOME_MEDS, rng.randint(0, 2))]
    first, last = fake.first_name(), fake.last_name()
    followup = f"{rng.randint(2, 12)} weeks" if rng.random() < 0.7 else f"{rng.choice((3, 6, 12))} months"
    attending = _person(fake)

    slots: dict[str, _Slot] = {
        "patient": (f"{last.upper()}, {first}" if rng.random() < 0.25 else f"{first} {last}", "PERSON"),
        "dob": (_format_date(dob, rng, uk), "DATE_TIME"),
        "admit": (_format_date(admit, rng, uk), "DATE_TIME"),
        "discharge": (_format_date(discharge, rng, uk), "DATE_TIME"),
        "dr": ("Dr" if uk else "Dr.", None),
        "attending": (attending, "PERSON"),
        "followup_doc": (attending if rng.random() < 0.5 else _person(fake), "PERSON"),
        "age": (str(age), "AGE_OVER_89" if age > 89 else None),
        "sex": (rng.choice(("man", "woman")), None),
        "diagnosis": (cond.diagnosis, _KEEP),
        "lab": (cond.lab_result(rng), _KEEP),
        "sign": (rng.choice(_EXAM_SIGNS), _KEEP),
        "followup": (followup, _KEEP),
        "kind": (kind, None),
        "mrn": (
            f"{rng.choice('ABDKMRT')}{rng.randrange(10**7):07d}" if uk else str(rng.randrange(10**6, 10**10)),
            "MEDICAL_RECORD_NUMBER",
        ),
        "mrn_label": ("Hospital No:" if uk else rng.choice(("MRN:", "MRN", "Med Rec #:")), None),
        "nhs": (_nhs_number(rng), "UK_NHS"),
        "phone": (_phone(fake, rng, uk), "PHONE_NUMBER"),
        "email": (_email(fake, rng, first, last), "EMAIL_ADDRESS"),
        "address": (_address(fake, uk), "LOCATION"),
        "insurance": (fake.bothify(rng.choice(("???#########", "W#########", "#######-0#"))).upper(), "INSURANCE_ID"),
        "insurance_label": ("Bupa membership no:" if uk else rng.choice(("Insurance member ID:", "Member ID:")), None),
        "accession": (
            fake.bothify(rng.choice(("S2#-#####", "SP-202#-00####", "H2#.0#####", "ACC#######"))),
            "ACCESSION_NUMBER",
        ),
        "kin": (_person(fake), "PERSON"),
        "kin_phone": (_phone(fake, rng, uk), "PHONE_NUMBER"),
        "ssn": (fake.ssn(), "US_SSN"),
    }
    med_templates = []
    for i, (drug, dose) in enumerate(meds):
        slots[f"drug{i}"], slots[f"dose{i}"] = (drug, _KEEP), (dose, _KEEP)
        med_templates.append(f"{{drug{i}}} {{dose{i}}}")
    meds_template = "; ".join(med_templates)

    if uk:
        lines = [
            "Discharge letter" if kind == "discharge" else "Admission clerking",
            "Name: {patient}  NHS No: {nhs}  DOB: {dob}",
            "{mrn_label} {mrn}",
        ]
    else:
        lines = [
            "DISCHARGE SUMMARY" if kind == "discharge" else "ADMISSION NOTE",
            "Patient: {patient} | {mrn_label} {mrn} | DOB: {dob}",
        ]
    lines += [
        "Admitted {admit}; discharged {discharge}." if kind == "discharge" else "Admitted {admit} via the ED.",
        "Consultant: {dr} {attending}" if uk else "Attending: {dr} {attending}",
        "{age}-year-old {sex} with {diagnosis}; {lab} on admission.",
    ]
    if rng.random() < 0.4:
        lines.append("Exam: {sign}.")
    lines += [f"Medications: {meds_template}.", "Plan: follow-up in {followup} with {dr} {followup_doc}."]
    extras = ["Phone: {phone}", "Email: {email}", "Address: {address}", "{insurance_label} {insurance}",
              "Specimen accession: {accession}", "Next of kin: {kin}, {kin_phone}"]
    if not uk and rng.random() < 0.15:
        extras.append("SSN: {ssn}")
    lines += rng.sample(extras, rng.randint(2, 4))

    task = rng.choices(tuple(_CLINICAL_TASKS), weights=_CLINICAL_TASK_WEIGHTS)[0]
    instructions, answer = _CLINICAL_TASKS[task]
    instruction = rng.choice(instructions).format(kind=kind)
    if uk:
        instruction = instruction.replace("Summarize", "Summarise")
    return _Task(
        instruction=instruction,
        system="You are a clinical documentation assistant. Answer only from the note.",
        document=_render("\n".join(lines), slots),
        answer=_render(answer.replace("{meds}", meds_template), slots),
    )


def _legal(us: Faker, uk: Faker, rng: random.Random) -> _Task:
    # A quarter of counterparties are English companies, so registration numbers and IBANs vary by country.
    foreign = rng.random() < 0.25
    fake = uk if foreign else us
    contact_first, contact_last = fake.first_name(), fake.last_name()
    email_user = contact_first[0] + re.sub(r"[^a-z]", "", contact_last.lower())
    doctrine, authority, claim = rng.choice(_AUTHORITIES)
    if foreign:
        reg_label, reg = "Company No.", fake.bothify(rng.choice(("0#######", "SC######")))
    else:
        reg_label, reg = "File No.", str(rng.randrange(10**6, 10**7))
    slots: dict[str, _Slot] = {
        "date": (_format_date(_day_after(_FIRST_VISIT, rng, 1600), rng, foreign), "DATE_TIME"),
        "party_a": (fake.company(), "ORGANIZATION"),
        "home": ("England and Wales" if foreign else rng.choice(("Delaware", "New York", "California")), _KEEP),
        "reg_label": (reg_label, None),
        "reg": (reg, "COMPANY_REGISTRATION"),
        "contact": (f"{contact_first} {contact_last}", "PERSON"),
        "email": (f"{email_user}@{fake.domain_name()}".lower(), "EMAIL_ADDRESS"),
        "phone": (_phone(fake, rng, foreign), "PHONE_NUMBER"),
        "period": (rng.choice(_PERIODS), _KEEP),
        "iban": (_iban(rng), "IBAN_CODE"),
        "account": (str(rng.randrange(10**7, 10**12)), "ACCOUNT_NUMBER"),
        "card": (_card(us, rng), "CREDIT_CARD"),
        "doctrine": (doctrine, _KEEP),
        "authority": (authority, _KEEP),
        "claim": (claim, None),
    }
    if rng.random() < 0.5:
        document, instructions, answer = _clause(fake, us, rng, slots, foreign)
    else:
        document, instructions, answer = _memo(us, rng, slots)
    return _Task(
        instruction=rng.choice(instructions),
        system="You are a legal assistant. Answer only from the document and refer to parties by role.",
        document=_render(document, slots),
        answer=_render(answer, slots),
    )


def _clause(
    fake: Faker, us: Faker, rng: random.Random, slots: dict[str, _Slot], foreign: bool
) -> tuple[str, tuple[str, ...], str]:
    agreement, role_a, role_b = rng.choice(_ROLES)
    title, body = rng.choice(_CLAUSES)
    b_is_person = rng.random() < 0.5
    slots.update({
        "agreement": (agreement, None),
        "role_a": (role_a, None),
        "role_b": (role_b, None),
        "kind": (title.lower(), None),
        "party_b": (_person(us) if b_is_person else us.company(), "PERSON" if b_is_person else "ORGANIZATION"),
        "b_kind": ("an individual" if b_is_person else "a company", None),
        "addr_a": (_address(fake, foreign), "LOCATION"),
        "address_b": (_address(us, False), "LOCATION"),
        "law": (rng.choice(_LAWS), _KEEP),
        "force_majeure": ("force majeure", _KEEP),
        "hadley": ("Hadley v. Baxendale", _KEEP),
        "estoppel": ("promissory estoppel", _KEEP),
    })
    incorporated = "a company registered in {home}" if foreign else "a {home} corporation"
    document = (
        f"{title}. This {{agreement}} dated {{date}} is made between {{party_a}}, {incorporated} "
        f'({{reg_label}} {{reg}}), of {{addr_a}} (the "{{role_a}}"), and {{party_b}} (the "{{role_b}}"). '
        f"{body} This clause is governed by the laws of {{law}}."
    )
    return document, *rng.choice(_CLAUSE_TASKS)


def _memo(us: Faker, rng: random.Random, slots: dict[str, _Slot]) -> tuple[str, tuple[str, ...], str]:
    client_is_person = rng.random() < 0.6
    case_label, case = _case_number(us, rng)
    slots.update({
        "partner": (_person(us), "PERSON"),
        "associate": (_person(us), "PERSON"),
        "bar_label": (rng.choice(("Bar No.", "State Bar No.", "NY Reg. No.")), None),
        "bar": (str(rng.randrange(10**5, 10**7)), "BAR_NUMBER"),
        "client": (_person(us) if client_is_person else us.company(), "PERSON" if client_is_person else "ORGANIZATION"),
        "client_kind": ("an individual" if client_is_person else "a company", None),
        "opponent": (slots["party_a"][0], "ORGANIZATION"),
        "case_label": (case_label, None),
        "case": (case, "CASE_NUMBER"),
        "matter_label": (rng.choice(("Matter No.", "Client-Matter No.")), None),
        "matter": (us.bothify(rng.choice(("#####-####", "202#-0###", "CM-00####"))), "MATTER_NUMBER"),
        "incident": (_format_date(_day_after(_FIRST_VISIT, rng, 1200), rng, False), "DATE_TIME"),
        "client_address": (_address(us, False), "LOCATION"),
        "ssn": (us.ssn(), "US_SSN"),
    })
    lines = [
        "MEMORANDUM",
        "To: {partner}, Esq. ({bar_label} {bar})",
        "From: {associate}",
        "Date: {date}",
        "Re: {client} v. {opponent}, {case_label} {case}; {matter_label} {matter}",
        "The client alleges {claim}, arising from events on {incident}. The issue is {doctrine}; "
        "{authority} is the leading authority. A response is due in {period}.",
    ]
    extras = [
        "Opposing counsel: {contact}, {phone}, {email}.",
        "Client address: {client_address}.",
        "Settlement account: IBAN {iban}.",
        "Retainer card on file: {card}.",
        "Client account no. {account}.",
        "Opposing party: {reg_label} {reg}.",
    ]
    if client_is_person:
        extras.append("Client SSN: {ssn}.")
    lines += rng.sample(extras, rng.randint(1, 3))
    return "\n".join(lines), *rng.choice(_MEMO_TASKS)


def _day_after(start: date, rng: random.Random, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(span_days))


def _person(fake: Faker) -> str:
    # first + last rather than name(): name() adds prefixes such as "Dr." that would blur span edges.
    return f"{fake.first_name()} {fake.last_name()}"


def _format_date(d: date, rng: random.Random, uk: bool) -> str:
    month = _MONTHS[d.month - 1]
    if uk:
        styles = (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {month} {d.year}",
                  f"{d.day} {month[:3]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat())
    else:
        styles = (f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}",
                  f"{month} {d.day}, {d.year}", f"{d.day:02d}-{month[:3]}-{d.year}", d.isoformat())
    return rng.choice(styles)


def _phone(fake: Faker, rng: random.Random, uk: bool) -> str:
    if rng.random() < 0.15:
        template = rng.choice(_INTL_PHONES)
    elif uk:
        template = rng.choice(_UK_PHONES).replace("M", rng.choice(_UK_MOBILE_PREFIXES))
    else:
        template = rng.choice(_US_PHONES).replace("AAA", rng.choice(_US_AREA_CODES))
        template = template.replace("E", str(rng.randint(2, 9)))
    return fake.numerify(template)


def _email(fake: Faker, rng: random.Random, first: str, last: str) -> str:
    user = re.sub(r"[^a-z]", "", first.lower()) + rng.choice((".", "_", "")) + re.sub(r"[^a-z]", "", last.lower())
    if rng.random() < 0.4:
        user += str(rng.randint(1, 99))
    return f"{user}@{fake.free_email_domain()}"


def _address(fake: Faker, uk: bool) -> str:
    street = fake.street_address().replace("\n", ", ")
    if uk:
        return f"{street}, {fake.city()} {fake.postcode()}"
    # Faker otherwise mixes in territories such as GU and PR, unlike the demo sites' catchments.
    state = fake.state_abbr(include_territories=False, include_freely_associated_states=False)
    return f"{street}, {fake.city()}, {state} {fake.zipcode()}"


def _nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(4, 7), *(rng.randrange(10) for _ in range(8))]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 10:  # no valid check digit exists for this prefix
            continue
        number = "".join(map(str, digits)) + str(check % 11)
        groups = (number[:3], number[3:6], number[6:])
        return rng.choice((" ".join(groups), "-".join(groups), number))


def _iban(rng: random.Random) -> str:
    country = rng.choice(tuple(_IBAN_LAYOUTS))
    banks, n_digits = _IBAN_LAYOUTS[country]
    bban = rng.choice(banks) + "".join(str(rng.randrange(10)) for _ in range(n_digits))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(digits) % 97:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.6 else iban


def _card(fake: Faker, rng: random.Random) -> str:
    number = fake.credit_card_number(card_type=rng.choice(_CARD_TYPES))
    if rng.random() < 0.4:
        return number
    groups = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for size in groups:
        parts.append(number[i : i + size])
        i += size
    return rng.choice((" ", "-")).join(parts)


def _case_number(fake: Faker, rng: random.Random) -> tuple[str, str]:
    year = rng.randint(2019, 2025)
    return rng.choice((
        ("Case No.", f"{rng.randint(1, 4)}:{year % 100}-{rng.choice(('cv', 'cr'))}-{rng.randrange(10**5):05d}"),
        ("Case No.", f"{rng.randint(1, 4)}:{year % 100}-cv-{rng.randrange(10**5):05d}-{fake.lexify('???').upper()}"),
        ("Index No.", f"{rng.randrange(10**5, 10**6)}/{year}"),
        ("Case No.", f"BC{rng.randrange(10**5, 10**6)}"),
        ("Case No.", f"{year}-CA-{rng.randrange(10**6):06d}"),
        ("No.", f"{year} L {rng.randrange(10**6):06d}"),
        ("Docket No.", f"A-{rng.randrange(10**4):04d}-{year % 100}"),
    ))

"""Third blind scrubbing corpus: other registers, other locales, real-world identifier formats, hand-written templates.

    python bench/blind3.py --stats             # entity and document-type counts of the default corpus
    python bench/blind3.py --out blind3.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 after the scrubber's issue-16 work, before measuring it, in registers and
locales that no other corpus uses: an Australian GP referral, a South African discharge summary,
an Italian civil-court minute, a French mutual-insurance claim e-mail, a Japanese and Korean
clinic intake, a Brazilian law-firm e-mail, a US school nurse's incident report, a Turkish and
Greek travel-clinic note, a bank's support chat and a Filipino seafarer's fitness certificate.
Identifiers in their national formats: Medicare and IHI numbers, AHPRA registrations, South
African ID numbers, codice fiscale, NIR, My Number, Korean resident registration numbers, CPF,
CNPJ, OAB registrations, TC Kimlik, AMKA, PhilHealth and seafarer's book numbers. Names come
from the lists below, written by hand (never Faker's, never the census lists the scrubber reads).
Every document is drawn again until removing exactly its labels would leak nothing and keep
every protected term, and removing nothing would leak every label (fedtune.scrubbing.evaluate).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from fedtune.scrubbing.evaluate import AS_WRITTEN, evaluate  # the scorer the corpus was drawn under

DOCS = 220
FORMATS = ("text", "chat", "instruction")
ENTITIES = (
    "PERSON", "ORGANIZATION", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID",
    "HEALTH_ID", "LICENSE_NUMBER", "CASE_NUMBER", "COMPANY_REGISTRATION", "ACCOUNT_NUMBER", "IBAN_CODE",
    "STUDENT_ID", "URL",
)  # fmt: skip
MAX_DRAWS = 200
SYSTEM_PROMPTS = ("You are a careful clerical assistant.", "Answer in plain English.", "Keep answers short.")
_LABEL = re.compile("\x02([A-Z_]+)\x1f(.*?)\x03", re.DOTALL)
_KEEP = re.compile("\x04(.*?)\x05", re.DOTALL)


def L(entity: str, text: str) -> str:  # noqa: N802
    assert entity in ENTITIES, entity
    return f"\x02{entity}\x1f{text}\x03"


def K(term: str) -> str:  # noqa: N802
    return f"\x04{term}\x05"


@dataclass(frozen=True)
class Span:
    field: str
    entity: str
    text: str


@dataclass
class Blind3Record:
    kind: str
    doctype: str
    record: dict[str, Any]
    pii: list[Span] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- people and places, by hand

PEOPLE = {
    "au": (("Tegan", "Bronwyn", "Kylie", "Shannon", "Jarrah", "Mia"), ("Lachlan", "Bodhi", "Hamish", "Darcy", "Jedda", "Kurt"),
           ("Nguyen", "Papadakis", "Tjapaltjarri", "McAllister", "Whitlam", "Kowalczyk", "Hennessy")),
    "za": (("Thandeka", "Nomvula", "Lindiwe", "Refilwe", "Anneke", "Zanele"), ("Sipho", "Thabo", "Mandla", "Pieter", "Kagiso", "Lwazi"),
           ("Dlamini", "Nkosi", "van der Merwe", "Mokoena", "Botha", "Ndlovu", "Khumalo")),
    "it": (("Giulia", "Chiara", "Federica", "Benedetta", "Ilaria"), ("Matteo", "Lorenzo", "Gianluca", "Davide", "Salvatore"),
           ("Esposito", "Colombo", "Bianchi", "Russo", "De Luca", "Ferraro", "Mancini")),
    "fr": (("Camille", "Amélie", "Séverine", "Margaux", "Océane"), ("Théo", "Baptiste", "Grégoire", "Loïc", "Mathis"),
           ("Lefebvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Lambert")),
    "jp": (("Yui", "Haruka", "Sakura", "Aoi", "Mei"), ("Haruto", "Sota", "Ren", "Yuto", "Kaito"),
           ("Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saito")),
    "kr": (("Ji-eun", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah"), ("Do-hyun", "Jun-seo", "Hyun-woo", "Ji-ho", "Seung-min"),
           ("Kim", "Park", "Jeong", "Kang", "Yoon", "Han")),
    "br": (("Luana", "Thaís", "Beatriz", "Giovana", "Raíssa"), ("João", "Thiago", "Caio", "Leandro", "Rafael"),
           ("Oliveira", "Souza", "Carvalho", "Araújo", "Pereira", "Barbosa", "Gonçalves")),
    "us": (("Destiny", "Brianna", "Kayla", "Autumn", "Shanice"), ("Tyrone", "Jaylen", "Cody", "DeShawn", "Travis"),
           ("Washington", "Okafor", "Delgado", "Schaefer", "Boudreaux", "Yazzie", "Kowalski")),
    "tr": (("Elif", "Zeynep", "Ayşe", "Büşra"), ("Emre", "Mehmet", "Burak", "Oğuz"), ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik")),
    "gr": (("Eleni", "Katerina", "Despina", "Sofia"), ("Giorgos", "Nikos", "Stavros", "Kostas"),
           ("Papadopoulos", "Georgiou", "Oikonomou", "Karagiannis", "Vlachos")),
    "ph": (("Maricel", "Jocelyn", "Rowena", "Liezl"), ("Jun-jun", "Rodel", "Arnel", "Jerome"),
           ("Dela Cruz", "Bautista", "Magsaysay", "Villanueva", "Pangilinan")),
}


@dataclass
class Person:
    first: str
    last: str

    def full(self) -> str:
        return L("PERSON", f"{self.first} {self.last}")

    def first_name(self) -> str:
        return L("PERSON", self.first)

    def surname(self) -> str:
        return L("PERSON", self.last)

    def upper_last(self) -> str:
        return L("PERSON", f"{self.last.upper()} {self.first}")


class Draw:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def person(self, culture: str) -> Person:
        women, men, surnames = PEOPLE[culture]
        return Person(self.pick(women + men), self.pick(surnames))

    def date(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2021, 2025)
        months = ("January February March April May June July August September October November December").split()
        form = self.rng.randrange(3)
        text = f"{d:02d}/{m:02d}/{y}" if form == 0 else f"{d} {months[m - 1]} {y}" if form == 1 else f"{y}-{m:02d}-{d:02d}"
        return L("DATE_TIME", text)

    def birth(self) -> str:
        return L("DATE_TIME", f"{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 12):02d}.{self.rng.randint(1940, 2012)}")

    def keep(self, pool: tuple[str, ...], n: int) -> list[str]:
        return [K(t) for t in self.rng.sample(pool, n)]


CLINICAL = (
    "Bell's palsy", "Crohn's disease", "Addison's disease", "Cushing's syndrome", "NYHA class II", "Apgar score 9",
    "CHA2DS2-VASc score 3", "ECOG 1", "Gleason score 7", "eGFR 45", "HbA1c 58 mmol/mol", "metformin 500 mg BD",
    "amoxicillin 500 mg TDS", "Wells score 2", "Hashimoto's thyroiditis", "Glasgow Coma Scale 15", "FEV1 62%",
    "Kawasaki disease", "Down syndrome", "Raynaud's phenomenon", "QRISK3 14%", "SpO2 96% on room air",
)
LEGAL = (
    "res judicata", "force majeure", "habeas corpus", "pro bono", "Article 8 ECHR", "GDPR Article 17",
    "bona fide", "prima facie", "the Civil Procedure Rules", "ultra vires",
)
ORGS = ("Bluegum Physiotherapy Pty Ltd", "Karoo Freight (Pty) Ltd", "Ferramenta Colombo S.r.l.", "Boulangerie Girard SARL",
        "Sakura Denki K.K.", "Hanbit Logistics Co., Ltd.", "Padaria Pão Dourado Ltda", "Lone Star Roofing LLC",
        "Ege Tekstil A.Ş.", "Aegean Ferries S.A.", "Pacific Crewing Services Inc.")


# ---------------------------------------------------------------- documents: (request, document, answer)


def au_referral(g: Draw) -> tuple[str, str, str]:
    gp, pt = g.person("au"), g.person(g.pick(("au", "gr", "kr")))
    k = g.keep(CLINICAL, 2)
    unit = f"Unit {g.rng.randint(1, 40)}/{g.rng.randint(2, 300)} {g.pick(('Brunswick St', 'Smith St', 'Chapel St', 'Oxford St'))}, " \
           f"{g.pick(('Fitzroy VIC 3065', 'Newtown NSW 2042', 'Fortitude Valley QLD 4006', 'Subiaco WA 6008'))}"
    body = (f"Dear Colleague,\n\nRe: {pt.full()}, DOB {g.birth()}\nMedicare {L('HEALTH_ID', f'{g.digits(4)} {g.digits(5)} {g.digits(1)}')}"
            f" / IHI {L('HEALTH_ID', '8003 6' + g.digits(3) + ' ' + g.digits(4) + ' ' + g.digits(4))}\n"
            f"Lives at {L('LOCATION', unit)}; mobile {L('PHONE_NUMBER', '04' + g.digits(2) + ' ' + g.digits(3) + ' ' + g.digits(3))}.\n\n"
            f"Thanks for seeing this lovely patient with {k[0]}. Background of {k[1]}. Her daughter {g.person('au').first_name()} "
            f"usually drives her in.\n\nCheers,\n{gp.full()}\nAHPRA {L('LICENSE_NUMBER', 'MED000' + g.digits(7))}")
    return "Pull out the reason for referral.", body, f"Reason: {k[0]} ({pt.surname()})."


def za_discharge(g: Draw) -> tuple[str, str, str]:
    pt, dr = g.person("za"), g.person("za")
    k = g.keep(CLINICAL, 2)
    body = (f"DISCHARGE SUMMARY - {L('ORGANIZATION', g.pick(('Groote Schuur Hospital', 'Chris Hani Baragwanath Hospital', 'Tygerberg Hospital')))}\n"
            f"Patient: {pt.upper_last()}    ID no. {L('NATIONAL_ID', g.digits(13))}\n"
            f"Folder no. {L('HEALTH_ID', g.letters(1) + g.digits(7))}\n"
            f"Address: {L('LOCATION', str(g.rng.randint(1, 99)) + ' ' + g.pick(('Long Street, Cape Town, 8001', 'Vilakazi Street, Orlando West, Soweto, 1804', 'Florida Road, Morningside, Durban, 4001')))}\n"
            f"Admitted {g.date()}; diagnosis {k[0]}. Known {k[1]}.\n"
            f"Contact sister {g.person('za').full()} on {L('PHONE_NUMBER', '+27 ' + g.digits(2) + ' ' + g.digits(3) + ' ' + g.digits(4))}.\n"
            f"Dr {dr.full()}, HPCSA {L('LICENSE_NUMBER', 'MP ' + g.digits(7))}")
    return "Write the ward clerk's one-line summary.", body, f"{pt.first_name()} discharged with {k[0]}."


def it_court_minute(g: Draw) -> tuple[str, str, str]:
    judge, a, b = g.person("it"), g.person("it"), g.person("it")
    k = g.keep(LEGAL, 2)
    cf = g.letters(6) + g.digits(2) + g.letters(1) + g.digits(2) + g.letters(1) + g.digits(3) + g.letters(1)
    body = (f"TRIBUNALE DI {L('LOCATION', g.pick(('BOLOGNA', 'TORINO', 'BARI')))} - minutes of hearing, R.G. n. "
            f"{L('CASE_NUMBER', g.digits(4) + '/' + str(g.rng.randint(2021, 2025)))}\n"
            f"Judge: dott.ssa {judge.full()}\nPlaintiff: {a.full()} (codice fiscale {L('NATIONAL_ID', cf)}), "
            f"residing at {L('LOCATION', 'Via ' + g.pick(('Garibaldi', 'Mazzini', 'Cavour')) + ' ' + str(g.rng.randint(1, 120)) + ', ' + g.digits(5) + ' ' + g.pick(('Modena', 'Lecce', 'Novara')))}\n"
            f"Defendant: {L('ORGANIZATION', g.pick(ORGS[2:3]))}, P.IVA {L('COMPANY_REGISTRATION', 'IT' + g.digits(11))}, "
            f"represented by avv. {b.full()}.\nThe defendant pleads {k[0]}; the plaintiff answers that {k[1]} applies. "
            f"Adjourned to {g.date()}.")
    return "Translate the procedural outcome into one sentence.", body, f"Adjourned; {k[0]} pleaded against {a.surname()}."


def fr_mutuelle(g: Draw) -> tuple[str, str, str]:
    member, agent = g.person("fr"), g.person("fr")
    k = g.keep(CLINICAL, 1)
    nir = f"{g.pick('12')} {g.digits(2)} {g.digits(2)} {g.digits(2)} {g.digits(3)} {g.digits(3)} {g.digits(2)}"
    email = f"{member.first.lower()}.{member.last.lower()}@orange.fr".replace("é", "e").replace("è", "e")
    body = (f"From: {L('EMAIL_ADDRESS', email)}\nSubject: remboursement - adhérent {L('HEALTH_ID', g.digits(9))}\n\n"
            f"Bonjour {agent.first_name()},\n\nPlease find my claim for the physiotherapy for {k[0]}. My social security number "
            f"(NIR) is {L('NATIONAL_ID', nir)}. Refund to {L('IBAN_CODE', 'FR76 ' + ' '.join(g.digits(4) for _ in range(5)) + ' ' + g.digits(3))}.\n"
            f"My address changed: {L('LOCATION', str(g.rng.randint(1, 80)) + ' rue ' + g.pick(('des Lilas', 'Victor Hugo', 'du Moulin')) + ', ' + g.digits(5) + ' ' + g.pick(('Rennes', 'Angers', 'Besançon')))}.\n"
            f"Tel. {L('PHONE_NUMBER', '06 ' + ' '.join(g.digits(2) for _ in range(4)))}\n\nCordialement,\n{member.full()}")
    return "Classify this e-mail and say what the member wants.", body, f"Refund request for {k[0]}."


def jp_kr_intake(g: Draw) -> tuple[str, str, str]:
    jp, kr = g.person("jp"), g.person("kr")
    k = g.keep(CLINICAL, 2)
    if g.rng.random() < 0.5:
        who, ident, place, phone = jp, L("NATIONAL_ID", f"{g.digits(4)} {g.digits(4)} {g.digits(4)}"), \
            L("LOCATION", f"{g.rng.randint(1, 5)}-{g.rng.randint(1, 20)}-{g.rng.randint(1, 30)} {g.pick(('Nishi-Shinjuku, Shinjuku-ku', 'Umeda, Kita-ku', 'Sakae, Naka-ku'))}, {g.pick(('Tokyo', 'Osaka', 'Nagoya'))} {g.digits(3)}-{g.digits(4)}"), \
            L("PHONE_NUMBER", f"090-{g.digits(4)}-{g.digits(4)}")
    else:
        who, ident, place, phone = kr, L("NATIONAL_ID", f"{g.digits(6)}-{g.digits(7)}"), \
            L("LOCATION", f"{g.rng.randint(1, 300)} {g.pick(('Teheran-ro, Gangnam-gu', 'Sejong-daero, Jung-gu', 'Haeundae-ro, Haeundae-gu'))}, {g.pick(('Seoul', 'Busan'))} {g.digits(5)}"), \
            L("PHONE_NUMBER", f"010-{g.digits(4)}-{g.digits(4)}")
    body = (f"NEW PATIENT INTAKE (interpreter present)\nFamily name: {who.surname()}   Given name: {L('PERSON', who.first)}\n"
            f"Resident no.: {ident}\nHome: {place}\nPhone: {phone}\nPresenting: {k[0]}; history of {k[1]}.\n"
            f"Interpreter: {g.person(g.pick(('jp', 'kr'))).full()}")
    return "List the presenting problems.", body, f"1. {k[0]}\n2. {k[1]}"


def br_law_email(g: Draw) -> tuple[str, str, str]:
    lawyer, client = g.person("br"), g.person("br")
    k = g.keep(LEGAL, 2)
    cpf = f"{g.digits(3)}.{g.digits(3)}.{g.digits(3)}-{g.digits(2)}"
    cnpj = f"{g.digits(2)}.{g.digits(3)}.{g.digits(3)}/0001-{g.digits(2)}"
    body = (f"Olá {client.first_name()},\n\nFollowing our call, the labour claim against {L('ORGANIZATION', ORGS[6])} "
            f"(CNPJ {L('COMPANY_REGISTRATION', cnpj)}) was filed as process no. "
            f"{L('CASE_NUMBER', g.digits(7) + '-' + g.digits(2) + '.' + str(g.rng.randint(2021, 2025)) + '.5.02.' + g.digits(4))}. "
            f"Your CPF {L('NATIONAL_ID', cpf)} is on the petition. We argue {k[0]}; their lawyer will raise {k[1]}.\n"
            f"Hearing on {g.date()} at the Fórum in {L('LOCATION', g.pick(('Campinas', 'Ribeirão Preto', 'Sorocaba')))}.\n\n"
            f"Abraços,\n{lawyer.full()}\n{L('LICENSE_NUMBER', 'OAB/SP ' + g.digits(3) + '.' + g.digits(3))}\n"
            f"{L('URL', 'https://www.' + lawyer.last.lower().replace('ç', 'c').replace('ú', 'u').replace('ã', 'a') + 'advocacia.com.br/clientes/' + g.digits(5))}")
    return "Summarise this lawyer's e-mail for the client file.", body, f"Claim filed; {k[0]} argued."


def us_school_nurse(g: Draw) -> tuple[str, str, str]:
    kid, parent, nurse = g.person("us"), g.person("us"), g.person("us")
    k = g.keep(CLINICAL, 1)
    body = (f"Incident report - {L('ORGANIZATION', g.pick(('Lincoln Middle School', 'Riverside Elementary', 'Pecos Valley High School')))}\n"
            f"Student: {kid.full()}, grade {g.rng.randint(3, 11)}, student ID {L('STUDENT_ID', 'S' + g.digits(7))}\n"
            f"At recess on {g.date()} the student fell from the climbing frame. Known {k[0]}. "
            f"Mom ({parent.full()}) called at {L('PHONE_NUMBER', '(' + g.digits(3) + ') ' + g.digits(3) + '-' + g.digits(4))} and picked "
            f"{kid.first_name()} up from {L('LOCATION', str(g.rng.randint(100, 9999)) + ' ' + g.pick(('Mesquite Dr', 'Pelican Ave', 'Old Mill Rd')) + ', ' + g.pick(('Odessa, TX 79762', 'Lafayette, LA 70506', 'Gallup, NM 87301')))}.\n"
            f"Nurse: {nurse.full()}, RN")
    return "Write the one-line log entry.", body, f"Fall at recess; parent informed ({kid.surname()})."


def travel_clinic(g: Draw) -> tuple[str, str, str]:
    tr, gr = g.person("tr"), g.person("gr")
    k = g.keep(CLINICAL, 1)
    who = tr if g.rng.random() < 0.5 else gr
    ident = L("NATIONAL_ID", g.digits(11)) if who is tr else L("NATIONAL_ID", g.digits(11))
    label = "TC Kimlik No" if who is tr else "AMKA"
    body = (f"Travel clinic note, {g.date()}\n{who.full()} ({label} {ident}) attends before a trip to "
            f"{L('LOCATION', g.pick(('Izmir', 'Thessaloniki', 'Antalya', 'Heraklion')))} to visit family.\n"
            f"Hep A and typhoid given. Background: {k[0]}.\nE-mail on file: "
            f"{L('EMAIL_ADDRESS', who.first.lower().replace('ş', 's').replace('ü', 'u').replace('ğ', 'g') + g.digits(2) + '@gmail.com')}")
    return "What was given today?", body, f"Hep A and typhoid for {who.first_name()}."


def bank_chat(g: Draw) -> tuple[str, str, str]:
    cust, agent = g.person(g.pick(("au", "us", "ph"))), g.person("au")
    body = (f"[10:02] Agent {agent.first_name()}: Hi, you're through to card services. Can I take your full name?\n"
            f"[10:02] Customer: it's {cust.full()}\n"
            f"[10:03] Agent: Thanks. And the account number?\n[10:03] Customer: {L('ACCOUNT_NUMBER', g.digits(3) + '-' + g.digits(3) + ' ' + g.digits(8))}\n"
            f"[10:04] Customer: I moved to {L('LOCATION', str(g.rng.randint(1, 200)) + ' ' + g.pick(('Beach Rd', 'Ocean Pde', 'Gympie Tce')) + ', ' + g.pick(('Noosa Heads QLD 4567', 'Glenelg SA 5045')))} "
            f"and my new number is {L('PHONE_NUMBER', '+61 4' + g.digits(2) + ' ' + g.digits(3) + ' ' + g.digits(3))}\n"
            f"[10:04] Agent: Your dispute is covered by {K(g.pick(('the Banking Code of Practice', 'APR 21.99%', 'Regulation E', 'chargeback rules')))}.\n"
            f"[10:05] Agent: Updated. Reference {L('CASE_NUMBER', 'CS-' + g.digits(8))}. Anything else?")
    return "Summarise the chat for the CRM.", body, f"Address and phone updated for {cust.surname()}."


def seafarer_certificate(g: Draw) -> tuple[str, str, str]:
    sea, doc = g.person("ph"), g.person("ph")
    k = g.keep(CLINICAL, 1)
    body = (f"PRE-EMPLOYMENT MEDICAL - FIT FOR SEA DUTY\nName: {sea.upper_last()}\nSIRB no.: {L('NATIONAL_ID', g.letters(1) + g.digits(7))}\n"
            f"PhilHealth: {L('HEALTH_ID', g.digits(2) + '-' + g.digits(9) + '-' + g.digits(1))}\nManning agency: {L('ORGANIZATION', ORGS[10])}\n"
            f"Address: {L('LOCATION', 'Blk ' + str(g.rng.randint(1, 30)) + ' Lot ' + str(g.rng.randint(1, 40)) + ', Brgy. ' + g.pick(('San Isidro', 'Malanday', 'Poblacion')) + ', ' + g.pick(('Marikina City', 'Iloilo City', 'Cebu City')))}\n"
            f"Findings: {k[0]}, controlled. Fit, with restrictions.\nExamining physician: Dr. {doc.full()}, PRC Lic. {L('LICENSE_NUMBER', g.digits(7))}")
    return "Is the seafarer fit for duty?", body, f"Fit with restrictions ({k[0]})."


DOCTYPES: dict[str, Callable[[Draw], tuple[str, str, str]]] = {
    f.__name__: f for f in (au_referral, za_discharge, it_court_minute, fr_mutuelle, jp_kr_intake, br_law_email,
                            us_school_nurse, travel_clinic, bank_chat, seafarer_certificate)
}


# ---------------------------------------------------------------- records


def unmark(marked: str, path: str) -> tuple[str, list[Span], list[str]]:
    spans = [Span(path, m.group(1), m.group(2)) for m in _LABEL.finditer(marked)]
    return _KEEP.sub(r"\1", _LABEL.sub(r"\2", marked)), spans, _KEEP.findall(marked)


def to_record(doc: tuple[str, str, str], kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    task, body, answer = doc
    if kind == "text":
        fields = [("text", f"{task}\n\n{body}\n\n{answer}")]
    elif kind == "instruction":
        fields = [("instruction", task), ("input", body), ("output", answer)]
    else:
        roles = (["system"] if rng.random() < 0.5 else []) + ["user", "assistant"]
        texts = ([rng.choice(SYSTEM_PROMPTS)] if len(roles) == 3 else []) + [f"{body}\n\n{task}", answer]
        fields = [(f"messages[{i}].content", t) for i, t in enumerate(texts)]
    pii: list[Span] = []
    keep: list[str] = []
    plain: dict[str, str] = {}
    for path, marked in fields:
        plain[path], spans, terms = unmark(marked, path)
        pii += spans
        keep += [t for t in terms if t not in keep]
    if kind == "chat":
        record: dict[str, Any] = {"messages": [{"role": r, "content": plain[f"messages[{i}].content"]} for i, r in enumerate(roles)]}
    else:
        record = dict(plain)
    return Blind3Record(kind, doctype, record, pii, keep)


def perfect_scrub(r: Blind3Record) -> dict[str, Any]:
    """What removing exactly the labelled spans, never touching a protected term, would return."""

    def scrub(path: str, text: str) -> str:
        guards = {f"\x00{i}\x00": t for i, t in enumerate(sorted(r.keep, key=len, reverse=True))}
        for guard, term in guards.items():
            text = text.replace(term, guard)
        for span in sorted((s for s in r.pii if s.field == path), key=lambda s: len(s.text), reverse=True):
            text = text.replace(span.text, f"<{span.entity}>")
        for guard, term in guards.items():
            text = text.replace(guard, term)
        return text

    if "messages" in r.record:
        return {"messages": [{**m, "content": scrub(f"messages[{i}].content", m["content"])} for i, m in enumerate(r.record["messages"])]}
    return {k: scrub(k, v) for k, v in r.record.items()}


def sound(r: Blind3Record) -> bool:
    untouched, perfect = evaluate([r], [r.record], scorer=AS_WRITTEN), evaluate([r], [perfect_scrub(r)], scorer=AS_WRITTEN)
    return (untouched.leaks == untouched.spans > 0 and untouched.kept == untouched.protected > 0
            and perfect.leaks == 0 and perfect.kept == perfect.protected)


def generate(docs: int = DOCS, seed: int = 0, *, doctypes: dict | None = None, draw: type | None = None) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``.

    ``doctypes`` (name -> document writer) and ``draw`` (the generator class the writers take)
    default to this corpus's; bench/blind4.py passes its own.
    """
    doctypes = doctypes or DOCTYPES
    rng = random.Random(seed)
    g = (draw or Draw)(rng)
    names = list(doctypes)
    out = []
    for i in range(docs):
        doctype, kind = names[i % len(names)], FORMATS[(i // len(names)) % len(FORMATS)]
        for _ in range(MAX_DRAWS):
            record = to_record(doctypes[doctype](g), kind, doctype, rng)
            if sound(record):
                break
        else:
            raise RuntimeError(f"{doctype}: no sound document in {MAX_DRAWS} draws")
        out.append(record)
    return out


def entity_counts(records: list[Blind3Record]) -> Counter[str]:
    return Counter(s.entity for r in records for s in r.pii)


def main(argv: list[str] | None = None, *, make: Callable[[int, int], list[Blind3Record]] | None = None,
         docs: int = DOCS, description: str | None = None) -> int:
    """Print a corpus's counts or write it as JSONL; ``make`` (docs, seed) is this corpus's ``generate`` unless given."""
    make = make or generate
    parser = argparse.ArgumentParser(description=description or __doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=docs)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stats", action="store_true", help="print entity, document-type and protected-term counts")
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), help="write the labelled records as JSONL")
    args = parser.parse_args(argv)
    records = make(args.docs, args.seed)
    if args.out:
        for r in records:
            args.out.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    if args.stats or not args.out:
        print(f"{len(records)} records, {sum(len(r.pii) for r in records)} spans, {sum(len(r.keep) for r in records)} protected terms")
        for name, n in sorted(entity_counts(records).items()):
            print(f"  {name:<24}{n}")
        for name, n in sorted(Counter(r.doctype for r in records).items()):
            print(f"  {name:<28}{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

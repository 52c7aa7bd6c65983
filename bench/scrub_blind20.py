"""Scrubbing quality on the twentieth blind corpus (bench/blind20.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind20.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind20.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind20.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind20 labels as blind3 does
from blind20 import AT_THE_TIME, DOCS, DOCTYPES, FOR_A_DECISION, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND20 = Corpus(
    script="bench/scrub_blind20.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, twentieth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, twentieth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind20.py: {len(DOCTYPES)} registers of allied health and primary care outside the hospital and of criminal and "
    "family justice, in places no other corpus visited: instruction records with the document as input and chat records with it pasted "
    "in, where the answer repeats the document's personal data reformatted (names surname first or in capitals, dates written out, "
    "numbers regrouped, tables, timelines, cards, forms and letters), half clinical (an Ibadan community pharmacy's medicines use review, "
    "a Kota Bharu dental treatment plan and consent, a Rajshahi optometrist's referral, a Sioux Falls audiology report, a Batticaloa "
    "ambulance patient care record, a St Vincent district nurse's visit log, a Rarotonga diabetic foot assessment, a Melaka speech "
    "therapy report, a Gulu mental health crisis plan, a Mangochi antenatal booking) and half justice (sentencing remarks at Nyeri, an "
    "Owerri police statement of witness, an Omaha victim impact statement, a Multan bail petition, a Marquette presentence investigation "
    "report, a Jinja custody order, a Trincomalee mediation board certificate, a Serowe protection order, a Chipata legal aid "
    f"application, a Koforidua prison visits log), {len(AT_THE_TIME)} written at the time and {len(FOR_A_DECISION)} written for a "
    "decision; Yoruba, Igbo, Akan, Kikuyu, Acholi, Basoga, Yao, Chewa, Tswana, Malay (bin, binti), Malaysian Indian (a/l, a/p), "
    "surname-first Chinese, Bengali, Tamil, Sinhala, Saraiki, Vincentian, Cook Islands Māori, Lakota, Finnish-American and Czech-American "
    "names, names that are words (Promise, Given, Happy, Talent, Trust, Goodness, Miracle, Smart, Honest, Peace, Godknows, Clever, "
    "Enough, Providence, Two Bulls, Iron Shell, Running Horse), addresses with landmarks (off, by, opposite), courts left generic with "
    "their seats labelled, code-switched Malay, Māori, Acholi, Chichewa, Tamil, Setswana and Twi, dates in many forms (between the "
    "28th and 30th of September, the 4th day of June), tooth numbers, refractions, hearing thresholds, scales, statutes, offences, "
    "sentence lengths, doses and money kept as protected terms, identifiers in their published formats with check characters where one "
    "exists (NUBAN, ABA routing, IBAN) and identity numbers carrying the birth date, sex and place (MyKad, NIC, CNIC, Omang, NIN), "
    "hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND20, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

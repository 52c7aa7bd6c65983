"""Scrubbing quality on the eighteenth blind corpus (bench/blind18.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind18.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind18.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind18.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind18 labels as blind3 does
from blind18 import DOCS, DOCTYPES, RECORDS, REVIEWS, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND18 = Corpus(
    script="bench/scrub_blind18.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, eighteenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, eighteenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind18.py: {len(DOCTYPES)} registers of reports from review, regulatory, quality and inquiry processes, in places no "
    "other corpus visited: instruction records with the report as input and chat records with it pasted in, where the answer repeats the "
    "report's personal data reformatted (names surname first or in capitals, dates written out, numbers regrouped, tables, timelines and "
    "letters), half clinical (a CIOMS adverse-reaction narrative, morbidity and mortality rounds minutes, a patient safety incident "
    "investigation, a coroner's report to prevent future deaths, a Health Ombud investigation report, a professional standards panel "
    "decision, a trial's serious adverse event narrative with its compensation section, a case report submitted to a journal, an adult "
    "protection learning review, a patient insurance decision) and half legal and social (a Parole Board decision, an immigration and "
    "asylum tribunal decision, a medico-legal expert report, a will and its grant of probate, a report on title, a child safeguarding "
    "practice review, a police gross misconduct outcome, a Housing Ombudsman determination, a Law Society Tribunal decision, a charity "
    f"inquiry report), {len(REVIEWS)} written to close a review or a complaint and {len(RECORDS)} in the ordinary course of a process; "
    "personal data among eponyms (a Mr Parkinson with Parkinson's disease, a surgeon called Montgomery beside Montgomery consent), laws "
    "named after people, statutes, case citations, scales and terms of art kept as protected terms; professionals with their registration "
    "numbers, pseudonyms (Patient A, Child Q) left unlabelled beside the real names a confidential schedule gives, names with particles "
    "and in two genders, names that are common words or places, dates as reports write them (on or about, ranges, the early hours of the "
    "14th), identifiers in their published formats with check characters where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND18, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

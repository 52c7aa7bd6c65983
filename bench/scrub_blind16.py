"""Scrubbing quality on the sixteenth blind corpus (bench/blind16.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind16.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind16.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind16.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind16 labels as blind3 does
from blind16 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND16 = Corpus(
    script="bench/scrub_blind16.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, sixteenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, sixteenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind16.py: {len(DOCTYPES)} registers of instruction data built from documents, in places no other corpus visited: "
    "instruction records with a document as input and chat records with the document pasted in, where the answer repeats the document's "
    "personal data transformed (the same person as full name, surname first, capitals, initials and 'Mr B.', dates rewritten from 03/03/2024 to "
    "3 March 2024 or ISO, ages worked out, phone numbers regrouped), half clinical (a discharge summary rewritten for the patient, a referral "
    "extracted to JSON, a medicines reconciliation table, a laboratory report in plain language, a mental-health risk summary, a physiotherapy "
    "exercise letter, a birth plan, a coding task, an SBAR handover, a dental treatment plan) and half legal and social (a letter before action, employment clauses extracted, a witness "
    "chronology table, a will's assets keyed by beneficiary, an immigration timeline, a repayment plan letter, a family court order explained, "
    f"a police statement's key facts, a safeguarding risk summary, an insurance decision letter), {len(STRUCTURED)} with structured answers (JSON-like "
    f"lists, Markdown tables, bullets) and {len(NARRATIVE)} with letters and prose, names as JSON keys and values, protected terms in both "
    "document and answer, identifiers in their published formats with check characters where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND16, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

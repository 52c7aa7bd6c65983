"""Scrubbing quality on the eleventh blind corpus (bench/blind11.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind11.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind11.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind11.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind11 labels as blind3 does
from blind11 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND11 = Corpus(
    script="bench/scrub_blind11.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, eleventh blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, eleventh blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind11.py: {len(DOCTYPES)} registers no other corpus uses, {len(STRUCTURED)} of them machine and semi-structured "
    "files as sites hold them (a fixed-width mainframe extract, a semicolon CSV with a Portuguese header, a remittance file with no "
    "header row, a YAML referral, an HL7 CDA document, a Markdown caseload table, an e-discovery JSON Lines set, an iCalendar "
    "clinic calendar, vCard contacts, a MySQL dump with Dutch column names), "
    f"{len(NARRATIVE)} English-language papers from ten more countries, identifiers in their published formats with check characters "
    "where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND11, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

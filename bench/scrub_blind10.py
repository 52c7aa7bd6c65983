"""Scrubbing quality on the tenth blind corpus (bench/blind10.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind10.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind10.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind10.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind10 labels as blind3 does
from blind10 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND10 = Corpus(
    script="bench/scrub_blind10.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, tenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, tenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind10.py: {len(DOCTYPES)} registers no other corpus uses, {len(STRUCTURED)} of them machine and semi-structured "
    "exports as sites hold them (an HL7 v2 feed, a FHIR bundle, a CSV appointment list, an EHR audit log, a DICOM header, a claim file, "
    "a dispensing export, a pathology request with its barcode payload, an e-filing docket, a LEDES invoice), "
    f"{len(NARRATIVE)} English-language papers from ten more countries, national identifier formats with their check characters, "
    "hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND10, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

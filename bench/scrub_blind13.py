"""Scrubbing quality on the thirteenth blind corpus (bench/blind13.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind13.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind13.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind13.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind13 labels as blind3 does
from blind13 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND13 = Corpus(
    script="bench/scrub_blind13.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, thirteenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, thirteenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind13.py: {len(DOCTYPES)} English-language registers no other corpus uses, half clinical and half legal and social, "
    f"{len(NARRATIVE)} of them in prose (referral and discharge letters, a speech-to-text handover, case notes, tribunal decisions and "
    f"judgments, a witness statement, an attendance note, a guardian's report, a tenant's letter, a medical assessment) and {len(STRUCTURED)} "
    "semi-structured (a SOAP note, a patient care report, case conference minutes, a pharmacist's log, a trial monitoring report, an estate "
    "inventory, a deposition transcript, a loss adjuster's report), dense in organisations and places (hamlets, crofts, rural routes, "
    "directions), fourteen places no corpus visited, identifiers in their published formats with check digits where one exists, "
    "hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND13, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

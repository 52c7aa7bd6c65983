"""Scrubbing quality on the twelfth blind corpus (bench/blind12.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind12.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind12.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind12.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind12 labels as blind3 does
from blind12 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND12 = Corpus(
    script="bench/scrub_blind12.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, twelfth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, twelfth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind12.py: {len(DOCTYPES)} registers no other corpus uses, {len(STRUCTURED)} of them files in wire and export "
    "formats (a raw .eml with MIME parts and a forwarded message, a Telegram JSON chat export, a UN/EDIFACT PAXLST passenger list, a "
    "SWIFT MT103 payment, WebVTT hearing captions, a GEDCOM pedigree, an X12 271 eligibility response, a web server access log, an "
    "HTML booking page, a pdftk form-field dump), "
    f"{len(NARRATIVE)} English-language papers, fourteen places no corpus visited, identifiers in their published formats with "
    "check characters where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND12, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

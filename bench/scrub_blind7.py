"""Scrubbing quality on the seventh blind corpus (bench/blind7.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind7.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind7.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind7.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind7 labels as blind3 does
from blind7 import DOCS, DOCTYPES, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND7 = Corpus(
    script="bench/scrub_blind7.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, seventh blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, seventh blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind7.py: {len(DOCTYPES)} registers no other corpus uses, from seventeen more countries and territories, national "
    "identifier formats with their check characters, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND7, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

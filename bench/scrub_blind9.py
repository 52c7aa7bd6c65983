"""Scrubbing quality on the ninth blind corpus (bench/blind9.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind9.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind9.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind9.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind9 labels as blind3 does
from blind9 import DOCS, DOCTYPES, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND9 = Corpus(
    script="bench/scrub_blind9.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, ninth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, ninth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind9.py: {len(DOCTYPES)} registers no other corpus uses, half of them informal or machine-transcribed text "
    "(speech-to-text calls, a dictation, a court's automatic transcript, texts, chats, an e-mail thread, an OCR'd fax, a typed intake "
    "form), half formal papers from nine more countries, national identifier formats with their check characters, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND9, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

"""Scrubbing quality on the fourteenth blind corpus (bench/blind14.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind14.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind14.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind14.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind14 labels as blind3 does
from blind14 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND14 = Corpus(
    script="bench/scrub_blind14.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, fourteenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, fourteenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind14.py: {len(DOCTYPES)} registers of conversations no other corpus used, the data a site fine-tunes on: "
    "chat records (an optional system prompt, then the user's and the assistant's turns) and instruction records made from the same chats, "
    "half clinical (patient portals, triage, pharmacy, maternity and helpline chats, an online consultation, a complaints chat) and half "
    f"legal and social (legal-aid, tenancy, employment, family-law, debt, benefits and school advice chats, a law firm's intake, an insurer's "
    f"claims bot, a police report chat), {len(NARRATIVE)} free conversations and {len(STRUCTURED)} scripted flows, typed informally (lower case, "
    "capitals, typos, abbreviations, emoji, directions for addresses, dates in every informal form), the assistant repeating what the user "
    "typed, twenty places no corpus visited, identifiers in their published formats with check digits where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND14, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

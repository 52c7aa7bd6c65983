"""Scrubbing quality on the fifteenth blind corpus (bench/blind15.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind15.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind15.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind15.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind15 labels as blind3 does
from blind15 import DOCS, DOCTYPES, NARRATIVE, STRUCTURED, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND15 = Corpus(
    script="bench/scrub_blind15.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, fifteenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, fifteenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind15.py: {len(DOCTYPES)} registers of documents as systems export them, in places no other corpus visited: "
    "instruction records around a document and chat records with the document pasted in, half clinical (HL7 v2 ADT and ORU messages with "
    "FAMILY^GIVEN names and YYYYMMDD dates, a dictated radiology report, a histopathology report with page headers, an ambulance form, an "
    "occupational-health report, a pharmacy's CSV log, a fixed-width clinic list, an OCR'd discharge letter, a GP's referral e-mail thread) and half "
    "legal and social (a court transcript, a deposition, a recorded police interview, a solicitors' invoice with time entries, a record of title, an "
    f"OCR'd grant of probate, an inquest record, an immigration tribunal decision, a fax cover sheet, a closing e-mail thread), {len(NARRATIVE)} letters, "
    f"threads, transcripts and decisions and {len(STRUCTURED)} exports and forms, with OCR damage, line-end hyphens, repeated page headers, quoted "
    "replies and signatures, identifiers in their published formats with check characters where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND15, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

"""Scrubbing quality on the seventeenth blind corpus (bench/blind17.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind17.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind17.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind17.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind17 labels as blind3 does
from blind17 import DOCS, DOCTYPES, PUBLIC, STAFF, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND17 = Corpus(
    script="bench/scrub_blind17.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, seventeenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, seventeenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind17.py: {len(DOCTYPES)} registers of text typed by the public and by staff in a hurry, in places no other corpus "
    "visited: instruction records with the typed text as input and chat records with it pasted in, where the answer tidies the text's "
    "personal data (names typed in lower case or capitals written properly, spoken and informal dates written out, numbers read out in words "
    "written in figures, phone numbers regrouped), half clinical (a patient-portal thread, a relative's complaint, an online self-referral form, "
    "a ward team's WhatsApp group, an overnight pager log, a surgery voicemail through speech recognition, an out-of-hours call log, a district "
    "nurse's phone note, a midwife's text thread, a home-support app log) and half legal and social (a tenant's e-mail to a solicitor, a "
    "litigant in person's statement, text messages exhibited in a case, a small-claims form, an employment tribunal claimant's own account, an "
    "interpreter's note, an advice line's call log, a social worker's visit note, a solicitor's voicemail through speech recognition, a "
    f"neighbour-nuisance diary), {len(PUBLIC)} written or spoken by members of the public and {len(STAFF)} by staff, names in lower case, "
    "capitals, nicknames, misspelt once and spelled letter by letter, numbers, dates and e-mail addresses said aloud, WhatsApp senders as "
    "unsaved numbers, handles, partial addresses, protected terms in both the typed text and the answer, identifiers in their published "
    "formats with check characters where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND17, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

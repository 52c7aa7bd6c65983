"""Scrubbing quality on the nineteenth blind corpus (bench/blind19.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind19.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind19.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind19.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind19 labels as blind3 does
from blind19 import ACCOUNTS, DECISIONS, DOCS, DOCTYPES, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND19 = Corpus(
    script="bench/scrub_blind19.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, nineteenth blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, nineteenth blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind19.py: {len(DOCTYPES)} registers of records from work, school, money and family life where health and legal "
    "matters meet ordinary life, in places no other corpus visited: instruction records with the document as input and chat records with "
    "it pasted in, where the answer repeats the document's personal data reformatted (names surname first or in capitals, dates written "
    "out, numbers regrouped, tables, timelines, forms and letters), half clinical or health-adjacent (an occupational health referral and "
    "report, a bilingual Welsh and English fit note, an ACC return-to-work plan, an education, health and care plan review, a university "
    "fitness-to-practise decision, a rugby club's concussion report, a food-poisoning outbreak investigation, a trial screening log, a "
    "fertility counselling letter, a care home admission assessment) and half legal, money and family records (an employment tribunal "
    "judgment on disability discrimination, a grievance investigation report, a school safeguarding referral, a debt advice case note, "
    "a bankruptcy statement of affairs, an income-protection claim assessment, a disability benefit appeal decision, an ill-health "
    f"retirement decision, an obituary and funeral notice, a family history report), {len(DECISIONS)} that decide something about a person "
    f"and {len(ACCOUNTS)} that record or plan a life; people named after things, months, virtues, trades and places (June, Prudence, "
    "Charity, Justice, Butcher, Deacon, Church, September, Christmas, Bolton, Sydney), a surname beside the eponym the same document "
    "keeps (an employee called Miller with Miller Fisher syndrome), employers, schools, unions, insurers, funds and charities named in "
    "full, job titles beside names, née, the late, Jr., nicknames, Gaelic patronymics and by-names, trial participants' initials, "
    "code-switched Welsh, Māori, Afrikaans, Hiligaynon, Hindi, Spanish, Irish, Sepedi and Gaelic, dates in many forms (w/c 14 Oct), "
    "grades, salary bands, benefit names, scores, statutes, doses and money kept as protected terms, identifiers in their published "
    "formats with check characters where one exists, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND19, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())

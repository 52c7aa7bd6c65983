"""Scrubbing quality on the fourth blind corpus (bench/blind4.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind4.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind4.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind4.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from fedtune.scrubbing.engine import model_version

from blind3 import ENTITIES  # bench/, beside this script; blind4 labels with blind3's entities
from blind4 import DOCS, DOCTYPES, entity_counts, generate
from results import publish
from scrub import stock_presidio
from scrub_modes import measure

BLIND = "## Scrubbing, fourth blind corpus: the blind measurement (issue 16)"
DEVELOPMENT = "## Scrubbing, fourth blind corpus: development figure (issue 16)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=DOCS, help="labelled documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--blind", action="store_true", help="this is the corpus's one blind measurement")
    parser.add_argument("--show", type=int, default=0, help="print up to N leaks and lost terms per scrubber "
                        "(synthetic data; never written to RESULTS.md; the corpus is no longer blind after)")
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    if args.blind and args.show:
        parser.error("--show reveals the misses; a blind measurement prints only counts")
    logging.basicConfig(level=logging.WARNING)

    labelled = generate(args.docs, args.seed)
    rows = measure(labelled, args.show * 50, stock_presidio())
    if args.show:
        for name, q, _ in rows:
            leaks = [e for e in q.examples if e.startswith("leak ")][: args.show]
            lost = [e for e in q.examples if e.startswith("lost ")][: args.show]
            print(f"--- {name}: {len(leaks)} leaks, {len(lost)} lost terms (examples)")
            for line in leaks + lost:
                print(" ", line)
    spans = entity_counts(labelled)
    first = rows[0][1]
    status = ("**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to its "
              "misses and to its author too: the corpus was written by someone who had not read the scrubber's rules."
              if args.blind else "**Development figure**: the corpus stopped being blind after its blind measurement.")
    lines = [
        f"Model `{model_version()}`; {len(labelled)} labelled documents (bench/blind4.py: {len(DOCTYPES)} registers no "
        f"other corpus uses, identifier formats of a dozen countries with their check characters, hand-written names), "
        f"{first.spans} PII spans, {first.protected} protected terms; seed {args.seed}. Partial leaks count. {status}",
        "",
        "| scrubber | recall | keep-rate | text retention | leaks by type |",
        "|---|---|---|---|---|",
    ]
    for name, q, _ in rows:
        leaks = ", ".join(f"{k} {v}" for k, v in sorted(q.leaked_types.items())) or "none"
        lines.append(f"| {name} | {q.recall:.4f} | {q.keep_rate:.4f} | {q.retention:.4f} | {leaks} |")
    lines += ["", "Recall by entity (spans caught / spans):", "",
              "| entity | spans | " + " | ".join(n for n, _, _ in rows) + " |", "|---|---|" + "---|" * len(rows)]
    for entity in ENTITIES:
        if spans[entity]:
            cells = [f"{1 - q.leaked_types.get(entity, 0) / spans[entity]:.3f}" for _, q, _ in rows]
            lines.append(f"| {entity} | {spans[entity]} | " + " | ".join(cells) + " |")
    return publish("bench/scrub_blind4.py", argv, BLIND if args.blind else DEVELOPMENT, lines, args.write)


if __name__ == "__main__":
    sys.exit(main())

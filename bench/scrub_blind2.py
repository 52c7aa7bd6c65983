"""Scrubbing quality on the second blind corpus (bench/blind2.py, issue 16), fedtune vs stock Presidio.

    python bench/scrub_blind2.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind2.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind2.py --show 20                         # example leaks and lost terms, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after a --blind run.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from fedtune.scrubbing.engine import model_version
from fedtune.scrubbing.evaluate import Quality

from blind2 import ENTITIES, entity_counts, generate  # bench/blind2.py, beside this script
from results import publish
from scrub import compare

BLIND = "## Scrubbing, second blind corpus: the blind measurement (issue 16)"
DEVELOPMENT = "## Scrubbing, second blind corpus: development figure (issue 16)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=240, help="labelled documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="fedtune worker processes")
    parser.add_argument("--blind", action="store_true", help="this is the corpus's one blind measurement")
    parser.add_argument("--show", type=int, default=0, help="print up to N leaks and N lost terms per scrubber "
                        "(synthetic data; never written to RESULTS.md; the corpus is no longer blind after)")
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    if args.blind and args.show:
        parser.error("--show reveals the misses; a blind measurement prints only counts")
    logging.basicConfig(level=logging.WARNING)

    labelled = generate(args.docs, args.seed)
    rows = dict(compare(labelled, args.processes, len(labelled) * 50 if args.show else 0))
    if args.show:
        for name, q in rows.items():
            leaks = [e for e in q.examples if e.startswith("leak ")][: args.show]
            lost = [e for e in q.examples if e.startswith("lost ")][: args.show]
            print(f"--- {name}: {len(leaks)} leaks, {len(lost)} lost terms (examples)")
            for line in leaks + lost:
                print(" ", line)
            print()

    spans = entity_counts(labelled)
    first = next(iter(rows.values()))
    status = ("**Blind**: measured once, before any rule was changed for issue 16 and before anyone saw its misses."
              if args.blind else "**Development figure**: the corpus stopped being blind after its blind measurement.")
    lines = [
        f"Model `{model_version()}`; {len(labelled)} labelled documents (bench/blind2.py: hand-written registers from "
        f"other countries, real-world identifier formats, names not from Faker), {first.spans} PII spans, "
        f"{first.protected} protected terms; seed {args.seed}. Partial leaks count (fedtune.scrubbing.evaluate). {status}",
        "",
        "| scrubber | recall | keep-rate | leaks by type |",
        "|---|---|---|---|",
    ]
    for name, q in rows.items():
        leaks = ", ".join(f"{k} {v}" for k, v in sorted(q.leaked_types.items())) or "none"
        lines.append(f"| {name} | {q.recall:.4f} | {q.keep_rate:.4f} | {leaks} |")
    lines += ["", "Recall by entity (spans caught / spans):", "",
              "| entity | spans | " + " | ".join(rows) + " |", "|---|---|" + "---|" * len(rows)]
    for entity in ENTITIES:
        if spans[entity]:
            cells = [_recall(q, entity, spans[entity]) for q in rows.values()]
            lines.append(f"| {entity} | {spans[entity]} | " + " | ".join(cells) + " |")
    return publish("bench/scrub_blind2.py", argv, BLIND if args.blind else DEVELOPMENT, lines, args.write)


def _recall(q: Quality, entity: str, total: int) -> str:
    caught = total - q.leaked_types.get(entity, 0)
    return f"{caught / total:.3f} ({caught})"


if __name__ == "__main__":
    sys.exit(main())

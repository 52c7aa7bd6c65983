"""Scrubbing quality on the held-out corpus (bench/holdout.py), fedtune vs stock Presidio.

    python bench/scrub_holdout.py                      # 300 documents, seed 0
    python bench/scrub_holdout.py --show 20 --write bench/RESULTS.md

The corpus was written apart from fedtune/demo/synthetic.py, whose formats the recognizers were
tuned on; leaks and kept terms are defined in fedtune.scrubbing.evaluate, as in bench/scrub.py.
Quality only: bench/scrub.py measures speed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import Counter
from pathlib import Path

from fedtune.scrubbing.engine import model_version

from holdout import DOCS, generate  # bench/holdout.py, beside this script
from results import publish  # bench/results.py
from scrub import compare  # bench/scrub.py

SECTION = "## Scrubbing, held-out corpus (issue 3)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=DOCS, help="labelled documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="fedtune worker processes")
    parser.add_argument("--show", type=int, default=10, help="print up to N leaks and lost terms per scrubber "
                        "(synthetic data; never written to RESULTS.md)")
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    labelled = generate(args.docs, args.seed)
    rows = compare(labelled, args.processes, args.show)
    for name, q in rows:
        print(f"{name}: {len(q.examples)} example leaks and lost terms")
        for line in q.examples:
            print(" ", line)

    spans = Counter(s.entity for r in labelled for s in r.pii)
    kinds = Counter(r.kind for r in labelled)
    ours = rows[0][1]
    lines = [
        f"Model `{model_version()}`; {len(labelled)} held-out documents ({len(kinds)} types: "
        f"{', '.join(sorted(kinds))}; instruction/chat/text) from `bench/holdout.py`, written apart from "
        f"`fedtune/demo/synthetic.py`; {ours.spans} PII spans, {ours.protected} protected terms; seed {args.seed}.",
        "",
        "| scrubber | recall | keep-rate | leaks by type |",
        "|---|---|---|---|",
    ]
    for name, q in rows:
        leaks = ", ".join(f"{k} {v}" for k, v in sorted(q.leaked_types.items())) or "none"
        lines.append(f"| {name} | {q.recall:.4f} | {q.keep_rate:.4f} | {leaks} |")
    lines += ["", "Recall by entity type:", "", "| entity | spans | " + " | ".join(n for n, _ in rows) + " |",
              "|---|---|" + "---|" * len(rows)]
    for entity, n in sorted(spans.items()):
        lines.append(f"| {entity} | {n} | " + " | ".join(f"{1 - q.leaked_types[entity] / n:.3f}" for _, q in rows)
                     + " |")
    return publish("bench/scrub_holdout.py", argv, SECTION, lines, args.write)


if __name__ == "__main__":
    sys.exit(main())

"""Writing one benchmark's section of bench/RESULTS.md, leaving the other sections as they are."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def write_results(path: Path, section: str, body: str) -> None:
    """Replace ``section`` (a ``## `` heading) of RESULTS.md with ``body``, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    block = f"{section}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(section)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    text = pattern.sub(lambda _: block + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def publish(script: str, argv: list[str] | None, section: str, lines: list[str], write: Path | None) -> int:
    """Print a benchmark's figures under the command that made them, and write them to RESULTS.md if asked."""
    command = f"python {script} " + " ".join(argv if argv is not None else sys.argv[1:])
    body = "\n".join([f"Command: `{command.strip()}`", "", *lines])
    print(body)
    if write:
        write_results(write, section, body)
    return 0

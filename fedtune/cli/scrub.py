"""``fedtune-site scrub``: remove personal data from JSONL records before anything trains on them."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

from tqdm import tqdm

from fedtune.common.data import DataError, LoadReport, Record, jsonl_files, read_file
from fedtune.common.fileio import write_atomic
from fedtune.common.policy import PolicyError, ScrubSettings, load_policy
from fedtune.scrubbing.engine import ModelMissingError
from fedtune.scrubbing.keep import KeepListError
from fedtune.scrubbing.operators import KeyFileError, site_key_path
from fedtune.scrubbing.scrub import Scrubber

USER_ERRORS = (DataError, PolicyError, ModelMissingError, KeepListError, KeyFileError, ValueError, OSError)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``scrub`` subcommand to a command's subparsers."""
    parser = subparsers.add_parser(
        "scrub",
        help="remove personal data from JSONL training records",
        description="Scrub every string field of instruction, chat, text and prompt-completion records with "
        "Presidio and the site's policy. Records are validated as training validates them and written in "
        "fedtune's normalised form; fields no format defines (ids, metadata) are dropped, not scrubbed. "
        "The input is never overwritten; each output is written atomically (gzip'd when its name ends in .gz).",
    )
    parser.add_argument(
        "input", type=Path, help="a JSONL file (.jsonl or .jsonl.gz), or a folder whose *.jsonl and *.jsonl.gz files are scrubbed"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="output file, or folder for a folder input")
    parser.add_argument(
        "--policy", type=Path, help="site policy TOML: its [scrub] section, and state_dir for the pseudonym key"
    )
    parser.add_argument("--report", type=Path, help="write counts by entity type and field here (JSON, no values)")
    parser.add_argument(
        "--review", type=Path,
        help="write each detection in its context here, for the privacy officer; THIS FILE CONTAINS PERSONAL DATA",
    )
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="worker processes for large inputs")
    parser.add_argument("--strict", action="store_true", help="refuse records with fields no format defines, instead of dropping them")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Scrub as the arguments say; 0 on success, 2 with one line on stderr for a problem the user can fix."""
    try:
        return _scrub(args)
    except USER_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _scrub(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy) if args.policy else None
    settings = policy.scrub if policy else ScrubSettings()
    if args.review:
        settings = settings.model_copy(update={"review_file": args.review})
    pairs = _plan(args.input, args.output)
    _refuse_overwrite(pairs, [p for p in (args.report, settings.review_file) if p])
    key_path = site_key_path(policy.state_dir) if policy else None
    loaded = LoadReport()
    with Scrubber(settings, key_path, n_process=args.processes) as scrubber:
        for source, target in tqdm(pairs, desc="files", unit="file", disable=len(pairs) < 2 or None):
            # Every line is validated before any output, so an error names its file, line and field first.
            records: list[Record] = list(read_file(source, loaded, strict=args.strict))
            scrubbed = scrubber.scrub_records(records)
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in scrubbed)
            write_atomic(target, gzip.compress(text.encode("utf-8"), mtime=0) if target.name.endswith(".gz") else text)
            print(f"{source}: {len(records)} records -> {target}")
        report = scrubber.report
        if args.report:
            report.write(args.report)
    found = ", ".join(f"{entity} {n}" for entity, n in report.entities.most_common()) or "nothing"
    print(f"scrubbed {report.records} records ({report.characters:,} characters): {found}")
    if loaded.ignored:
        dropped = ", ".join(f"{name} ({n} records)" for name, n in sorted(loaded.ignored.items()))
        print(f"dropped fields no format defines (not scrubbed, not written): {dropped}")
    if args.report:
        print(f"report: {args.report}")
    if settings.review_file:
        print(f"review file (CONTAINS PERSONAL DATA, owner-only): {settings.review_file}")
    return 0


def _plan(source: Path, target: Path) -> list[tuple[Path, Path]]:
    if source.is_dir():
        files = jsonl_files(source)
        if target.resolve().is_relative_to(source.resolve()):
            raise ValueError(f"{target}: the output folder must not be inside the input folder {source}")
        return [(f, target / f.relative_to(source)) for f in files]
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file or folder")
    if target.is_dir():
        raise ValueError(f"{target}: is a folder; for a file input give an output file path")
    return [(source, target)]


def _refuse_overwrite(pairs: list[tuple[Path, Path]], extra_outputs: list[Path]) -> None:
    inputs = {source.resolve() for source, _ in pairs}
    for path in [target for _, target in pairs] + extra_outputs:
        if path.resolve() in inputs:
            raise ValueError(f"{path}: refusing to overwrite an input file; choose another output path")


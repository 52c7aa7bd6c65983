"""A site's data path, stage by stage: read, scrub, deduplicate, split, mix, tokenise.

Everything here runs on the site's machine and reads only the site's own files; what
leaves is counts, never text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fedtune.common.data import LoadReport, Record, dedupe, general_count, general_records, read_records, split
from fedtune.common.policy import SitePolicy
from fedtune.common.tokenize import Example, encode_all

from .scrub_stage import scrub_stage

log = logging.getLogger(__name__)


@dataclass
class SiteData:
    """A site's tokenised splits and the counts of how they were made."""

    train: list[Example]
    val: list[Example]
    domain_train: int  # domain records in the training split, before general text
    report: LoadReport
    scrubbed: bool
    skipped_tokens: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {
            "train-examples": len(self.train),
            "val-examples": len(self.val),
            "domain-train": self.domain_train,
            "duplicates": self.report.duplicates,
            "skipped": sum(self.report.skipped.values()) + sum(self.skipped_tokens.values()),
        }


def load_site_records(policy: SitePolicy) -> tuple[list[Record], LoadReport, bool]:
    """Read and validate the site's records and scrub them (or honour an explicit waiver)."""
    records, report = read_records(policy.data, skip_invalid=policy.skip_invalid, strict=policy.strict)
    records, scrubbed = scrub_stage(records, policy)
    return records, report, scrubbed


def prepare_site_data(
    policy: SitePolicy, tokenizer: Any, max_length: int, seed: int = 0, *, truncate: bool = False
) -> SiteData:
    """The site's tokenised splits. ``truncate`` cuts records longer than ``max_length`` (a federation's rounds,
    where the coordinator chooses max-length) instead of reporting them by file and line."""
    records, report, scrubbed = load_site_records(policy)
    records = dedupe(records, report)
    train, val = split(records, policy.validation_fraction)
    if not train or not val:
        raise ValueError(
            f"{policy.data}: {len(records)} records give {len(train)} for training and {len(val)} "
            "for validation; a site needs both (add records or change validation_fraction)"
        )
    train_examples, skipped_train = encode_all(train, tokenizer, max_length, skip_invalid=policy.skip_invalid, truncate=truncate)
    # General text limits forgetting; the loader shuffles, so appending is enough.
    general = general_records(general_count(len(train_examples), policy.general_share), seed)
    train_examples += encode_all(general, tokenizer, max_length, truncate=True)[0]
    val_examples, skipped_val = encode_all(val, tokenizer, max_length, skip_invalid=policy.skip_invalid, truncate=truncate)
    skipped = skipped_train + skipped_val
    log.info(
        "site %s: %d train examples (%d domain), %d validation, %d duplicates, %d skipped",
        policy.site_id,
        len(train_examples),
        len(train),
        len(val_examples),
        report.duplicates,
        sum(report.skipped.values()) + sum(skipped.values()),
    )
    return SiteData(train_examples, val_examples, len(train), report, scrubbed, dict(skipped))


def default_policy(data: Path, state_dir: Path, **overrides: Any) -> SitePolicy:
    """A policy for a site that runs from the command line without a policy file."""
    return SitePolicy(site_id="local", data=data, state_dir=state_dir, **overrides)

"""The contract between a site and its coordinator: every key, code and release that crosses the wire.

Nothing here imports torch, Opacus or Flower, so both sides, the auditor and the docs read
one list. The site's outbound guard (client/guard.py) allows exactly the reply metrics named
here; the coordinator's validation and history read the same names; a test checks that the
keys the ClientApp can emit are exactly the keys the guard allows.

What a reply metric may depend on (docs/PRIVACY.md): a value is either public (the site's
policy, the coordinator's own request, the sizes of the tensors it sent back), a *rounded
count* (the one public quantity derived from the site's data), or an *accounted release*
(a Gaussian mechanism recorded in the site's signed ledger before the reply is sent).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal

# --- Records a reply may hold -----------------------------------------------------------

ARRAYS = "arrays"  # ArrayRecord: the adapter's trainable tensors (train replies only), packed on the wire (common/adapters.py::pack)
METRICS = "metrics"  # MetricRecord: the numbers below
CONFIG = "config"  # ConfigRecord: the coordinator's request (coordinator -> site only)

Dependence = Literal["public", "rounded-count", "accounted", "post-processing"]


@dataclass(frozen=True)
class MetricKey:
    """One number a site may send: its name, which replies carry it, and what it depends on."""

    name: str
    replies: tuple[str, ...]  # "train", "evaluate"
    depends_on: Dependence
    meaning: str


_BOTH = ("train", "evaluate")
REPLY_METRICS: tuple[MetricKey, ...] = (
    MetricKey("num-examples", _BOTH, "rounded-count",
              "training (train) or validation (evaluate) records, rounded up to the site's record_granularity; "
              "the weight of the site's reply"),
    MetricKey("refused", _BOTH, "public",
              "0, or the Refusal code why the site declined the request (no tensors, no release)"),
    MetricKey("epsilon", _BOTH, "public",
              "the site's cumulative epsilon after this reply, from its ledger's mechanisms (inf: DP off)"),
    MetricKey("delta", _BOTH, "public", "the delta at which epsilon holds"),
    MetricKey("scrubbed", ("train",), "public", "1 if the round trained on scrubbed text, 0 under a waiver"),
    MetricKey("steps", ("train",), "public", "optimizer steps the round ran: the coordinator's local-steps"),
    MetricKey("bytes-sent", ("train",), "public", "bytes of the adapter tensors in this reply"),
    MetricKey("val-loss", ("evaluate",), "accounted",
              "mean validation loss of the coordinator's adapter: per-record losses clipped to the site's "
              "loss_bound, summed, Gaussian noise added, divided by the rounded count"),
    MetricKey("val-perplexity", ("evaluate",), "post-processing", "exp(val-loss)"),
    MetricKey("ledger-seq", _BOTH, "public", "sequence number of the site's newest ledger entry"),
    MetricKey("ledger-hash-0", _BOTH, "public", "bits 0-61 of that entry's SHA-256 (the coordinator's receipt)"),
    MetricKey("ledger-hash-1", _BOTH, "public", "bits 62-123 of that entry's SHA-256"),
    MetricKey("ledger-hash-2", _BOTH, "public", "bits 124-185 of that entry's SHA-256"),
    MetricKey("ledger-hash-3", _BOTH, "public", "bits 186-247 of that entry's SHA-256"),
)
METRIC_KEYS = frozenset(m.name for m in REPLY_METRICS)
TRAIN_METRICS = frozenset(m.name for m in REPLY_METRICS if "train" in m.replies)
EVALUATE_METRICS = frozenset(m.name for m in REPLY_METRICS if "evaluate" in m.replies)
WEIGHT = "num-examples"
REFUSED = "refused"
EPSILON = "epsilon"
DELTA = "delta"
VAL_LOSS = "val-loss"
VAL_PERPLEXITY = "val-perplexity"
LEDGER_SEQ = "ledger-seq"
LEDGER_HASH = tuple(f"ledger-hash-{i}" for i in range(4))
LEDGER_HASH_BITS = 62  # per key: keeps each part a non-negative int64 in Flower's MetricRecord

# --- What the coordinator sends in a message's ConfigRecord -----------------------------

SERVER_ROUND = "server-round"
BASE_FINGERPRINT = "base-fingerprint"
MESSAGE_CONFIG_KEYS = frozenset({SERVER_ROUND, BASE_FINGERPRINT})


# --- Refusals ---------------------------------------------------------------------------


class Refusal(IntEnum):
    """Why a site declines a request; sent as the metric ``refused`` with no tensors and no release."""

    BUDGET = 1
    CLIP_FLOOR = 2
    BASE_MODEL = 3
    EPSILON = 4
    LIMITS = 5
    EVALUATIONS = 6
    REQUEST = 7
    SITE_ERROR = 8

    @property
    def reason(self) -> str:
        """The fixed, data-free reason; the site's log holds the detail, never a reply."""
        return REFUSAL_REASONS[self]

    @property
    def label(self) -> str:
        """The short name the coordinator's history uses, e.g. ``refused-budget``."""
        return "refused-" + self.name.lower().replace("_", "-")


REFUSAL_REASONS: dict[Refusal, str] = {
    Refusal.BUDGET: "the request would push the site's cumulative epsilon past its cap",
    Refusal.CLIP_FLOOR: "the proposed max-grad-norm is below the site's floor",
    Refusal.BASE_MODEL: "the base model or its fingerprint is not the one the site's policy pins",
    Refusal.EPSILON: "the requested target-epsilon is above what the site's policy allows",
    Refusal.LIMITS: "the run asks for more rounds, steps, batch, tokens or evaluations than the site's [limits]",
    Refusal.EVALUATIONS: "the site has answered as many evaluations as its [limits] allow",
    Refusal.REQUEST: "the request is malformed: unknown keys, wrong types or values out of range",
    Refusal.SITE_ERROR: "the site could not complete the request; its operator has the details in the site's log",
}


def ledger_receipt(seq: int, digest_hex: str) -> dict[str, int]:
    """The reply metrics that let a coordinator keep a copy of a ledger entry's place and hash."""
    value = int(digest_hex, 16) >> (256 - 4 * LEDGER_HASH_BITS)
    mask = (1 << LEDGER_HASH_BITS) - 1
    parts = [(value >> (LEDGER_HASH_BITS * (3 - i))) & mask for i in range(4)]
    return {LEDGER_SEQ: int(seq), **{key: part for key, part in zip(LEDGER_HASH, parts, strict=True)}}


def receipt_prefix(metrics: dict[str, int]) -> tuple[int, str] | None:
    """(seq, the first 248 bits of the entry hash as 62 hex digits) from a reply's metrics, or None."""
    if LEDGER_SEQ not in metrics or not all(k in metrics for k in LEDGER_HASH):
        return None
    value = 0
    for key in LEDGER_HASH:
        value = (value << LEDGER_HASH_BITS) | int(metrics[key])
    return int(metrics[LEDGER_SEQ]), f"{value:062x}"


def digest_prefix(digest_hex: str) -> str:
    """The part of an entry's SHA-256 that a receipt carries, as ``receipt_prefix`` gives it."""
    return f"{int(digest_hex, 16) >> (256 - 4 * LEDGER_HASH_BITS):062x}"

"""The configuration reference (docs/CONFIG.md), generated from the two config models.

Run ``python -m fedtune.configref > docs/CONFIG.md``. Every setting of the site's policy
(``common/policy.py``, pydantic) and the coordinator's run config (``common/runconfig.py``,
a dataclass) is listed with its type, default, range and effect on privacy. The text comes
from a field's own ``description`` where it has one, else from ``DOCS`` below, keyed by the
field's path; a field with neither, or an entry in ``DOCS`` for a field that no longer
exists, stops the generator with an error naming it. Types, defaults and policy ranges are
read from the models; the run config checks its ranges in code, so ``DOCS`` states them
(``Range``/choices) and tests/test_config_reference.py probes RunConfig with each bound.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from fedtune.common.model import PRECISIONS
from fedtune.common.policy import SitePolicy
from fedtune.common.runconfig import MODES, SCHEDULES, STRATEGIES, RunConfig

REGENERATE = "python -m fedtune.configref > docs/CONFIG.md"
PAYLOAD_DTYPES = ("float32", "float16", "bfloat16")


class ReferenceError(ValueError):
    """A field the reference cannot document (no description), or a description of no field."""


@dataclass(frozen=True)
class Range:
    """Numeric bounds: ``low``/``high`` inclusive unless ``*_open``."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False

    def text(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{'(' if self.low_open else '['}{_num(self.low)}, {_num(self.high)}{')' if self.high_open else ']'}"
        if self.low is not None:
            return f"{'>' if self.low_open else '≥'} {_num(self.low)}"
        if self.high is not None:
            return f"{'<' if self.high_open else '≤'} {_num(self.high)}"
        return ""


@dataclass(frozen=True)
class Doc:
    """What a field does and what it means for privacy; ``range``/``choices`` only for the run config."""

    privacy: str
    text: str = ""  # used when the model's field has no description
    range: Range | None = None
    choices: tuple[str, ...] = ()
    note: str = ""  # a constraint the range cannot say (cross-field)


# ---- the site's policy (keys as in the TOML file; nested tables as "scrub.mode") ----------

POLICY_DOCS: dict[str, Doc] = {
    "site_id": Doc(
        text="The site's name: its ledger entries, the audit and the demo's tables name it.",
        privacy="Public: it is written in the ledger an auditor reads. Choose a name that reveals nothing itself.",
    ),
    "data": Doc(
        text="The site's JSONL file (`.jsonl`, `.jsonl.gz`) or a folder of them; relative paths are taken from the policy file's folder.",
        privacy="Read only on the site's machine; its text never leaves the site.",
    ),
    "state_dir": Doc(
        text="The site's private state: identity key, signed privacy ledger, calibration, scrub cache, reply cache.",
        privacy="The ledger here carries the budget across runs: deleting it does not undo privacy loss already spent, it only loses the record of it. Keep and back it up.",
    ),
    "base_model": Doc(
        text="The base model this site fine-tunes: a local folder or an embedded model's name. The coordinator's run config must name the same one.",
        privacy="A coordinator naming another base is refused, so it cannot choose the model the site trains.",
    ),
    "base_fingerprint": Doc(
        text="Pins the base model's weights: a coordinator whose base fingerprint differs is refused (unset: the fingerprint of `base_model`, hashed in full).",
        privacy="Stops a coordinator from serving modified weights (for example, weights built to memorise).",
    ),
    "identity_key": Doc(
        text="The site's ECDSA P-384 key (OpenSSH format): signs the ledger and authenticates the SuperNode. Unset: `<state_dir>/identity/site_key`, created by `fedtune-site keys`.",
        privacy="Whoever holds it can sign ledger entries and join as this site: keep it mode 0600 on the site.",
    ),
    "federation_ca": Doc(
        text="The federation's CA certificate (`ca.pem` from the coordinator); `fedtune-site join` trusts only a SuperLink it signed.",
        privacy="The site sends its releases only to the coordinator it registered with.",
    ),
    "allowed_bundles": Doc(
        text="SHA-256 of the app bundles this site runs; empty: any bundle that carries no code and names fedtune's own ClientApp.",
        privacy="The hash covers the run config, so pinning fixes the exact run (rounds, steps, ε) the site agreed to.",
    ),
    "general_share": Doc(
        text="Share of general (public) text mixed into training, to limit forgetting.",
        privacy="General text is public and never leaves the site; the site's ε cap is unchanged.",
    ),
    "validation_fraction": Doc(
        text="Share of the site's records held out for validation, by a hash split (adding records never moves old ones).",
        privacy="Validation records are seen only through noised, accounted evaluations (`privacy.loss_bound`, `privacy.metric_noise_multiplier`).",
    ),
    "skip_invalid": Doc(
        text="Skip bad records and count them by reason, instead of stopping at the first one.",
        privacy="None: skipped records are counted at the site, never sent.",
    ),
    "strict": Doc(
        text="Refuse top-level fields no format defines (ids, metadata) instead of dropping them.",
        privacy="None either way: fields outside the formats are never trained on, scrubbed or sent.",
    ),
    "scrub.enabled": Doc(
        text="Must stay true: `enabled = false` is refused, so a policy never switches scrubbing off silently; `waive_scrubbing` is the only way to skip it.",
        privacy="None; use `waive_scrubbing` to train on unscrubbed text (recorded in the ledger).",
    ),
    "scrub.waive_scrubbing": Doc(
        text="Train on unscrubbed text. The only way to skip scrubbing; it is recorded in the ledger and reported to the coordinator as a flag.",
        privacy="Personal data reaches training: DP-SGD still bounds what the adapter reveals about any one record, but names and numbers are no longer removed first.",
    ),
    "scrub.domains": Doc(
        text="Domain recognizers and keep-lists to load beside Presidio's: medical, legal, finance.",
        privacy="Fewer domains find fewer domain identifiers (record numbers, case numbers, account numbers).",
    ),
    "scrub.default_operator": Doc(
        text="What replaces a detected entity: `placeholder` (`<PERSON>`), `pseudonym` (a keyed, consistent fake), `mask` (`****`), `redact` (removed).",
        privacy="All remove the value. `pseudonym` keeps one person's mentions linked (keyed by the site's secret, which never leaves).",
    ),
    "scrub.operators": Doc(
        text="Per entity type overrides of `default_operator`, e.g. `{ PERSON = \"pseudonym\" }`; an unknown entity type is an error.",
        privacy="As `default_operator`, per type.",
    ),
    "scrub.score_threshold": Doc(
        text="Lowest recognizer confidence that counts as a detection.",
        privacy="Lower finds more (fewer leaks, more text removed); higher keeps more text and misses more.",
    ),
    "scrub.mode": Doc(
        privacy="`recall` removes more: fewer leaks of names no recognizer knows, at the cost of kept text.",
    ),
    "scrub.keep_files": Doc(
        text="Extra keep-list files: terms never scrubbed (drug names, statutes) beside the shipped lists.",
        privacy="A kept term is never removed: list only public vocabulary, never names.",
    ),
    "scrub.review_file": Doc(
        text="Write every detection in its context here (JSONL, mode 0600) for the site's privacy officer.",
        privacy="THIS FILE HOLDS PERSONAL DATA. It stays on the site; delete it after review.",
    ),
    "privacy.enabled": Doc(
        text="Train with DP-SGD and account every release. `false` trains without differential privacy.",
        privacy="`false` removes the guarantee: adapters may memorise records. A coordinator asking for a `target-epsilon` is then refused.",
    ),
    "privacy.target_epsilon": Doc(
        text="Total ε the site accepts over all rounds and runs; training and evaluation stop before passing it.",
        privacy="The site's privacy cap: lower is more private (more noise, less learnt).",
    ),
    "privacy.target_delta": Doc(
        text="The δ at which ε holds; must stay below 1/N for N records (checked once the data is loaded).",
        privacy="Lower is more private; keep it well below 1/N.",
    ),
    "privacy.max_grad_norm": Doc(
        text="Lowest per-example clip norm the site accepts from a coordinator's proposal.",
        privacy="A floor, so a coordinator cannot make the noise too small relative to the clip norm to hurt utility while passing the budget check.",
    ),
    "privacy.record_granularity": Doc(
        text="Counts leave the site rounded up to this (the one public quantity derived from data).",
        privacy="Larger hides the exact number of records better.",
    ),
    "privacy.loss_bound": Doc(
        text="An evaluation clips each record's loss to this many nats before summing.",
        privacy="The evaluation's sensitivity: noise scales with it.",
    ),
    "privacy.metric_noise_multiplier": Doc(
        text="An evaluation adds Gaussian noise of this many times `loss_bound` to the clipped sum.",
        privacy="Higher spends less ε per evaluation and gives noisier validation losses.",
    ),
    "privacy.allow_ghost": Doc(
        text="Run Opacus's ghost clipping when a coordinator proposes `dp-mode = \"ghost\"`; otherwise the site answers in hooks mode.",
        privacy="Same guarantee; ghost clipping cannot zero an example a crafted adapter drives to NaN, so it is off by default.",
    ),
    "privacy.secure_mode": Doc(
        text="Opacus's secure mode: a cryptographically secure generator for sampling and noise; needs torchcsprng.",
        privacy="Defends against floating-point attacks on the noise (docs/PRIVACY.md).",
    ),
    "limits.max_rounds": Doc(
        text="The most `num-server-rounds` a run may ask (unset: no limit).",
        privacy="Bounds releases per run; a run asking more is refused before the site reads its data.",
    ),
    "limits.max_local_steps": Doc(
        text="The most optimizer steps per round a run may ask (unset: no limit).",
        privacy="More steps spend more ε per round; the budget still caps the total.",
    ),
    "limits.max_batch_size": Doc(
        text="The most examples per step (`batch-size` × `grad-accum`) a run may ask (unset: no limit).",
        privacy="Larger batches raise the sample rate per step; the budget still caps the total.",
    ),
    "limits.max_length": Doc(
        text="The most tokens per example a run may ask (unset: no limit).",
        privacy="None directly; limits the work a coordinator can ask.",
    ),
    "limits.max_total_rounds": Doc(
        text="Trained rounds over the site's lifetime, counted from its ledger, whatever the run (unset: no limit).",
        privacy="A lifetime cap beside ε: a run whose plan would pass it is refused before calibration.",
    ),
    "limits.max_evaluations": Doc(
        text="Answered evaluations over the site's lifetime, counted from its ledger (unset: no limit).",
        privacy="Each evaluation is an accounted release; this caps how many.",
    ),
}

# ---- the coordinator's run config (Flower's kebab-case keys; the dataclass's names here) --

_POS = Range(low=0, low_open=True)


def _at_least(n: float) -> Range:
    return Range(low=n)


RUN_DOCS: dict[str, Doc] = {
    "base_model": Doc(
        text="The base model: a local folder or an embedded model's name. Every site's policy must name the same one.",
        privacy="None directly; sites refuse a base they did not pin.",
    ),
    "num_server_rounds": Doc(text="Federated rounds.", range=_at_least(1),
                             privacy="Each round is one accounted release per site; sites refuse more than `limits.max_rounds`."),
    "fraction_train": Doc(text="Fraction of the connected sites sampled for each round.", range=Range(0, 1, low_open=True),
                          privacy="None at the sites (each accounts its own releases)."),
    "min_sites": Doc(text="Sites that must be connected before a round starts (and, with user-level DP, the sites accounted).",
                     range=_at_least(1), privacy="With `user-dp`, the accountant assumes this many sites every round."),
    "strategy": Doc(text="Aggregation: FedAvg weights sites by their rounded number of examples.", choices=STRATEGIES,
                    privacy="Post-processing of DP releases: no effect on any site's ε."),
    "proximal_mu": Doc(text="FedProx: μ of the proximal pull towards the global adapter.", range=_at_least(0),
                       privacy="Reads no data: post-processing under DP-SGD."),
    "server_learning_rate": Doc(text="FedAdam: the coordinator's learning rate on the averaged update.", range=_POS,
                                privacy="Coordinator-side post-processing: no effect on ε."),
    "trim_fraction": Doc(text="FedTrimmedAvg: fraction cut from each tail, per coordinate.", range=Range(0, 0.5, high_open=True),
                         privacy="Coordinator-side post-processing: no effect on ε."),
    "ffa_lora": Doc(text="FFA-LoRA: LoRA A stays as the shared seed drew it; only B trains and travels.",
                    privacy="Half the tensors travel; the DP guarantee is the same."),
    "max_update_norm": Doc(
        text="An update further than this (L2 over all exchanged tensors) from the global adapter is dropped. 0: derived as 3.16 × learning-rate × local-steps × √(exchanged elements).",
        range=_at_least(0), privacy="A robustness check at the coordinator; no effect on ε."),
    "max_site_share": Doc(text="No site's FedAvg weight exceeds this share of a round's total (1.0: plain FedAvg).",
                          range=Range(0, 1, low_open=True), privacy="No effect on ε; limits one site's influence."),
    "round_timeout": Doc(text="Seconds the coordinator waits for the sites' replies to one request.", range=_POS,
                         privacy="None."),
    "local_steps": Doc(text="DP-SGD optimizer steps per site per round.", range=_at_least(1),
                       privacy="More steps spend more ε per round; sites refuse more than `limits.max_local_steps`."),
    "batch_size": Doc(text="Physical batch size.", range=_at_least(1),
                      privacy="With `grad-accum`, the expected batch per DP step; sites refuse more than `limits.max_batch_size`."),
    "grad_accum": Doc(text="Physical batches per optimizer step: each DP step draws batch-size × grad-accum examples in expectation.",
                      range=_at_least(1), privacy="A larger expected batch raises the sample rate per step."),
    "learning_rate": Doc(text="The sites' AdamW learning rate.", range=_POS, privacy="None (it also scales the derived `max-update-norm`)."),
    "warmup_ratio": Doc(text="Share of each round's steps with a rising learning rate.", range=Range(0, 1, high_open=True), privacy="None."),
    "schedule": Doc(text="Learning-rate schedule within a round.", choices=SCHEDULES, privacy="None."),
    "max_length": Doc(text="Tokens per record; longer records are truncated, never an error.", range=_at_least(16),
                      privacy="None directly; sites refuse more than `limits.max_length`."),
    "lora_r": Doc(text="LoRA rank.", range=_at_least(1), privacy="None on ε (noise is calibrated to the clip norm); more tensors travel."),
    "lora_alpha": Doc(text="LoRA scaling α (the update is scaled by α / r).", privacy="None."),
    "lora_dropout": Doc(
        text="LoRA dropout. One mask is drawn per input tensor and shared by the adapted modules that read it (q, k and v "
        "read the same hidden states), where PEFT would draw one per module: the same rate on every branch; with LoRA on "
        "q, k, v and o, two masks a layer instead of four.",
        range=Range(0, 1, high_open=True),
        privacy="None.",
    ),
    "payload_dtype": Doc(text="Dtype of the tensors sites send.", choices=PAYLOAD_DTYPES,
                         privacy="Rounding a DP release is post-processing: no effect on ε; float16 halves the bytes."),
    "dp_mode": Doc(text="Opacus's per-example gradient mode proposed to the sites.", choices=MODES,
                   privacy="Same guarantee, different speed; a site runs `ghost` only with `privacy.allow_ghost`."),
    "max_grad_norm": Doc(text="Per-example clip norm proposed to the sites.", range=_POS,
                         privacy="Sites refuse a norm below their `privacy.max_grad_norm`; noise is calibrated to it."),
    "target_epsilon": Doc(
        text="The total ε every site is asked to keep within over the whole federation. 0: each site's own cap.",
        range=Range(0, 100), privacy="One figure for all sites: a site whose policy allows less refuses; one that allows more trains to this figure."),
    "user_dp": Doc(text="Coordinator-side user-level DP: each site's whole update is clipped and the mean noised (Flower's fixed clipping over FedAvg).",
                   note="needs `strategy = \"fedavg\"`", privacy="An extra guarantee per site (not per record), accounted over `min-sites` sites (docs/PRIVACY.md)."),
    "user_dp_noise_multiplier": Doc(text="User-level DP: noise multiplier on the clipped mean.", range=_POS,
                                    privacy="Higher: smaller user-level ε, noisier aggregate."),
    "user_dp_clipping_norm": Doc(text="User-level DP: L2 bound on each site's update.", range=_POS,
                                 privacy="The sensitivity of the mean; noise scales with it."),
    "user_dp_target_epsilon": Doc(text="User-level DP: stop the run before a release would pass this ε (0: account, never stop).",
                                  range=_at_least(0), privacy="The user-level cap."),
    "user_dp_target_delta": Doc(text="User-level DP: the δ of that ε.", range=Range(0, 1, low_open=True, high_open=True),
                                privacy="Lower is more private."),
    "seed": Doc(text="Seed of the shared LoRA initialisation and of the sites' non-private randomness (data order, dropout).",
                privacy="None: each site draws DP-SGD's sampling and noise from its operating system, never from this seed."),
    "device": Doc(text="Where sites train: `auto` (CUDA when present), `cpu`, `cuda`, `cuda:N`.", privacy="None."),
    "precision": Doc(text="Forward-pass autocast at the sites: `auto` (bf16 on capable GPUs, float32 on CPUs), `float32` or `bf16` (on a CPU with AVX512-BF16 or AMX about 1.8x faster than float32; slower on other CPUs).", choices=PRECISIONS,
                     privacy="None on the accounting."),
    "run_dir": Doc(text="Where the coordinator writes checkpoints, history and receipts; sites never read it.",
                   privacy="Holds receipts that map node ids to ledger positions: private to the coordinator (0700)."),
    "public_eval_every": Doc(
        text="The coordinator's own evaluation of the global adapter every this many rounds and after the last (0: off): general-text perplexity (forgetting) and, with `public-eval-data`, a public test set.",
        range=_at_least(0), privacy="None: it reads only public text on the coordinator's machine, never a site's data."),
    "public_eval_data": Doc(
        text="A public test set on the coordinator's machine (any format sites read) scored by that evaluation.",
        note="needs `public-eval-every` ≥ 1", privacy="None: public data, never sent to a site."),
    "forgetting_threshold": Doc(
        text="Percent rise in general-text perplexity over the base model's that the coordinator's evaluation flags as forgetting.",
        range=_POS, privacy="None."),
    "sim_policies": Doc(text="Simulation only: the folder holding one policy file per simulated site (the i-th `*.toml` for site i).",
                        privacy="None in a deployed federation (each site names its own policy)."),
}


@dataclass(frozen=True)
class Row:
    key: str
    type: str
    default: str
    range: str
    text: str
    privacy: str


def _num(value: float) -> str:
    return f"{value:g}"


def _toml(value: Any) -> str:
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, (int, float)):
        return f"`{_num(value)}`"
    if isinstance(value, (str, Path)):
        return f'`"{value}"`'
    if isinstance(value, list):
        return "`[" + ", ".join(_toml(v).strip("`") for v in value) + "]`"
    if isinstance(value, dict):
        return "`{" + ", ".join(f"{k} = {_toml(v).strip('`')}" for k, v in value.items()) + "}`"
    raise ReferenceError(f"no TOML form for the default {value!r}")


def _type(annotation: Any) -> str:
    """A reader's name for a type: ``int or unset``, ``list of string``, ``"a" | "b"``."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type(args[0])
    if origin is Literal:
        return " \\| ".join(f'"{a}"' for a in args)
    if origin in (typing.Union, types.UnionType):
        kept = [a for a in args if a is not type(None)]
        return " or ".join(_type(a) for a in kept) + (" or unset" if len(kept) < len(args) else "")
    if origin is list:
        return f"list of {_type(args[0])}"
    if origin is dict:
        return f"table of {_type(args[0])} → {_type(args[1])}"
    names = {bool: "bool", int: "int", float: "float", str: "string", Path: "path"}
    if annotation in names:
        return names[annotation]
    raise ReferenceError(f"no reader's name for the type {annotation!r}")


def _literal_choices(annotation: Any) -> bool:
    return typing.get_origin(annotation) is Literal


def _policy_range(info: FieldInfo) -> str:
    bounds: dict[str, Any] = {}
    parts = []
    for item in info.metadata:
        if isinstance(item, annotated_types.Ge):
            bounds.update(low=item.ge)
        elif isinstance(item, annotated_types.Gt):
            bounds.update(low=item.gt, low_open=True)
        elif isinstance(item, annotated_types.Le):
            bounds.update(high=item.le)
        elif isinstance(item, annotated_types.Lt):
            bounds.update(high=item.lt, high_open=True)
        elif isinstance(item, annotated_types.MinLen):
            bounds_len = bounds.setdefault("_len", [None, None])
            bounds_len[0] = item.min_length
        elif isinstance(item, annotated_types.MaxLen):
            bounds_len = bounds.setdefault("_len", [None, None])
            bounds_len[1] = item.max_length
        elif getattr(item, "pattern", None):
            parts.append(f"matches `{item.pattern}`")
    length = bounds.pop("_len", None)
    if length:
        parts.insert(0, f"{length[0] or 0} to {length[1]} characters" if length[1] else f"at least {length[0]} characters")
    if bounds:
        parts.insert(0, Range(**bounds).text())
    # A list's items may carry their own pattern (allowed_bundles: 64 hex digits).
    for arg in typing.get_args(info.annotation):
        for meta in getattr(arg, "__metadata__", ()):
            for item in getattr(meta, "metadata", ()):
                if getattr(item, "pattern", None):
                    parts.append(f"each matches `{item.pattern}`")
    return "; ".join(parts)


def policy_rows(docs: dict[str, Doc] = POLICY_DOCS) -> dict[str, list[Row]]:
    """The policy's settings by TOML table ("" for the top level), in the model's order."""
    tables: dict[str, list[Row]] = {}
    seen: set[str] = set()

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            annotation = info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                walk(annotation, f"{prefix}{name}.")
                continue
            key = f"{prefix}{name}"
            seen.add(key)
            doc = docs.get(key)
            text = info.description or (doc.text if doc else "")
            if not text or doc is None or not doc.privacy:
                raise ReferenceError(
                    f"common/policy.py: field '{key}' has no {'description' if not text else 'privacy effect'}; "
                    f"add Doc(...) for it to POLICY_DOCS in fedtune/configref.py, then run: {REGENERATE}"
                )
            if info.is_required():
                default = "required"
            else:
                default = _toml(info.default_factory() if info.default_factory else info.default)
            rng = _policy_range(info)
            if _literal_choices(annotation) or typing.get_origin(annotation) is list and any(
                _literal_choices(a) for a in typing.get_args(annotation)
            ):
                rng = rng or "one of the listed values"
            tables.setdefault(prefix.rstrip("."), []).append(Row(key, _type(annotation), default, rng or "—", text, doc.privacy))

    walk(SitePolicy, "")
    _no_stale(docs, seen, "POLICY_DOCS", "common/policy.py")
    return tables


def run_rows(docs: dict[str, Doc] = RUN_DOCS) -> list[Row]:
    """The run config's settings, in the dataclass's order, under Flower's kebab-case keys."""
    hints = typing.get_type_hints(RunConfig)
    rows = []
    seen = set()
    for f in dataclasses.fields(RunConfig):
        seen.add(f.name)
        doc = docs.get(f.name)
        if doc is None or not doc.text or not doc.privacy:
            raise ReferenceError(
                f"common/runconfig.py: field '{f.name}' has no description; add Doc(...) for it to RUN_DOCS "
                f"in fedtune/configref.py, then run: {REGENERATE}"
            )
        annotation = hints[f.name]
        kind = " \\| ".join(f'"{c}"' for c in doc.choices) if doc.choices else _type(annotation)
        parts = [doc.range.text()] if doc.range else []
        if doc.note:
            parts.append(doc.note)
        rows.append(Row(f.name.replace("_", "-"), kind, _toml(f.default), "; ".join(parts) or "—", doc.text, doc.privacy))
    _no_stale(docs, seen, "RUN_DOCS", "common/runconfig.py")
    return rows


def _no_stale(docs: dict[str, Doc], seen: set[str], table: str, model: str) -> None:
    stale = sorted(set(docs) - seen)
    if stale:
        raise ReferenceError(f"fedtune/configref.py: {table} describes '{stale[0]}', which {model} no longer has; remove it")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ") if "\\|" not in text else text


def _table(rows: list[Row], key_prefix: str = "") -> list[str]:
    lines = ["| setting | type | default | range | what it does | effect on privacy |", "|---|---|---|---|---|---|"]
    for r in rows:
        key = r.key[len(key_prefix):] if key_prefix and r.key.startswith(key_prefix) else r.key
        lines.append(f"| `{key}` | {_cell(r.type)} | {_cell(r.default)} | {_cell(r.range)} | {_cell(r.text)} | {_cell(r.privacy)} |")
    return lines


def reference(policy_docs: dict[str, Doc] = POLICY_DOCS, run_docs: dict[str, Doc] = RUN_DOCS) -> str:
    """docs/CONFIG.md's text."""
    lines = [
        "# Configuration reference",
        "",
        f"<!-- Generated by `{REGENERATE}` from common/policy.py and common/runconfig.py; do not edit by hand. -->",
        "",
        "fedtune has two settings files. A site's **policy** (TOML, one per site) is the authority on",
        "its data and its privacy: the coordinator cannot override it, and a run that asks for more",
        "than it allows is refused. The coordinator's **run config** (the `[run]` table of its",
        "federation file, Flower's `key = value` run config) proposes the training every site runs.",
        "docs/SITE.md walks through a policy file; docs/COORDINATOR.md through the federation file;",
        "docs/PRIVACY.md explains the guarantee these settings bound.",
        "",
        "## The site's policy",
        "",
        "Relative paths are taken from the policy file's folder. Unknown keys are an error naming the",
        "file and the field. The defaults are the safe choice: scrubbing on, DP-SGD on with ε ≤ 8.",
    ]
    for table, rows in policy_rows(policy_docs).items():
        lines += ["", f"### `[{table}]`" if table else "### Top level", ""]
        lines += _table(rows, f"{table}." if table else "")
    lines += [
        "",
        "## The coordinator's run config",
        "",
        "Keys are Flower's kebab-case run-config keys (`num-server-rounds = 3` in the `[run]` table).",
        "An unknown key or a value out of range stops the coordinator with an error naming it.",
        "Privacy caps are not here: the coordinator only proposes a DP mode, a clip norm and a total",
        "ε, and each site checks them against its policy.",
        "",
    ]
    lines += _table(run_rows(run_docs))
    return "\n".join(lines) + "\n"


def main() -> int:
    try:
        text = reference()
    except ReferenceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""An empirical privacy audit at a site: canary exposure and membership inference, without DP and with DP-SGD.

It measures what an adapter trained on the site's records gives away, on the site's own
machine, and returns numbers only:

- **Canary exposure** (Carlini et al., "The Secret Sharer", USENIX Security 2019). ``k``
  canaries are drawn from one format, e.g. "the secret code of <name> is ddd ddd" with six
  random digits, and each is inserted ``r`` times into the training examples. After
  training, each canary's log-perplexity (summed negative log-likelihood of its tokens) is
  ranked among ``R`` random candidates of the same format: the same name with other digits.
  The exposure is ``log2(R + 1) - log2(rank)``, where rank 1 means the canary is more likely
  than every candidate (ties count against the canary). That is the paper's exposure
  ``log2|space| - log2(rank in the space)`` with the canary's rank fraction estimated from
  the sample, so it is at most ``log2(R + 1)``. The paper's extrapolated estimate is also
  given: a skew-normal fitted to the candidates' log-perplexities, exposure
  ``-log2 CDF(canary)``, capped at ``log2|space|`` (19.93 bits for six digits). A canary
  the model has not learnt has exposure about 1.44 bits on average (``chance_bits``).
- **Membership inference.** The loss-threshold attack (Yeom et al. 2018) scores a record by
  its loss under the adapter (lower: member); the reference-model attack scores it by
  ``loss(adapter) - loss(base)``, the base model being the reference. Each attack's ROC AUC
  separates training records (members) from the site's held-out validation records
  (non-members): 0.5 is chance, 1 is every member told apart.

``run_privacy_audit`` runs both for a non-private and an epsilon-DP training of the same
data with the same settings, through fedtune's own path: the site's data stages
(``client/site.py``), the model with LoRA (``common/model.py``), ``LocalTrainer.fit``
(``client/train.py``) with the site's DP-SGD engine (``client/privacy.py``). The adapters
are thrown away; nothing is saved, sent or written to the ledger, and the result holds no
record text and not the canaries themselves.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from scipy import stats

from fedtune.common.data import Record
from fedtune.common.model import LoraSettings, load_for_training, load_tokenizer, pick_device, resolve_base
from fedtune.common.policy import SitePolicy
from fedtune.common.tokenize import Example, encode
from fedtune.client.evaluate import token_scores
from fedtune.client.accounting import calibrate, check_delta, public_count, sample_rate
from fedtune.client.privacy import DPSGD
from fedtune.client.train import LocalTrainer, TrainSettings

from .site import prepare_site_data

log = logging.getLogger(__name__)

REPORT_KIND = "fedtune-privacy-audit"
REPORT_VERSION = 1

_FIRST = ["Ada", "Bram", "Cleo", "Dorin", "Elsa", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Lior"]
_LAST = ["Quill", "Ravel", "Sorrel", "Tamsin", "Umber", "Vesk", "Wyatt", "Xanth", "Yarrow", "Zeller", "Orrin", "Pell"]


@dataclass(frozen=True)
class CanaryFormat:
    """A canary's fixed text with a name and a secret of random digits, grouped in threes."""

    name: str
    template: str  # holds {name} and {secret}
    digits: int

    @property
    def space(self) -> int:
        return 10**self.digits

    @property
    def space_bits(self) -> float:
        """The most exposure any canary of this format can have: log2 of the number of secrets."""
        return math.log2(self.space)

    def secret(self, number: int) -> str:
        text = str(number).zfill(self.digits)
        return " ".join(text[i : i + 3] for i in range(0, self.digits, 3))

    def text(self, name: str, number: int) -> str:
        return self.template.format(name=name, secret=self.secret(number))


FORMATS: dict[str, CanaryFormat] = {
    "secret-code": CanaryFormat("secret-code", "the secret code of {name} is {secret}", 6),
    "account-number": CanaryFormat("account-number", "{name}'s account number is {secret}", 9),
}


@dataclass(frozen=True)
class Canary:
    """One canary: its name, its secret and the other secrets it is ranked against. Stays in memory only."""

    name: str
    secret: int
    candidates: tuple[int, ...]


def make_canaries(count: int, candidates: int, fmt: CanaryFormat, seed: int) -> list[Canary]:
    """``count`` canaries with distinct names, each with ``candidates`` distinct other secrets, from a seeded RNG."""
    names = [f"{first} {last}" for first in _FIRST for last in _LAST]
    if not 1 <= count <= len(names):
        raise ValueError(f"canaries must be between 1 and {len(names)}, got {count}")
    if not 1 <= candidates < fmt.space:
        raise ValueError(f"candidates must be between 1 and {fmt.space - 1} for format {fmt.name}, got {candidates}")
    rng = random.Random(seed)
    made = []
    for name in rng.sample(names, count):
        drawn = rng.sample(range(fmt.space), candidates + 1)  # distinct: the secret and its candidates
        made.append(Canary(name, drawn[0], tuple(drawn[1:])))
    return made


def _text_example(text: str, tokenizer: Any, max_length: int) -> Example:
    return encode(Record("text", {"text": text}, "<canary>", 0), tokenizer, max_length, truncate=True)


def canary_examples(canaries: Sequence[Canary], fmt: CanaryFormat, tokenizer: Any, max_length: int, repeats: int) -> list[Example]:
    """Each canary as a text example (every token trained on), ``repeats`` times."""
    if repeats < 1:
        raise ValueError(f"repeats must be >= 1, got {repeats}")
    return [_text_example(fmt.text(c.name, c.secret), tokenizer, max_length) for c in canaries for _ in range(repeats)]


def log_perplexities(model: torch.nn.Module, texts: Sequence[str], tokenizer: Any, max_length: int, batch_size: int) -> np.ndarray:
    """Each text's summed negative log-likelihood over its tokens (nats): the paper's log-perplexity, up to the unit."""
    examples = [_text_example(t, tokenizer, max_length) for t in texts]
    return token_scores(model, examples, tokenizer.pad_token_id, batch_size).loss_sum


def rank_exposure(canary: float, candidates: np.ndarray) -> float:
    """``log2(R + 1) - log2(rank)``: rank 1 when the canary's log-perplexity is below every candidate's; ties count against it."""
    candidates = np.asarray(candidates, dtype=float)
    rank = 1 + int((candidates <= canary).sum())
    return math.log2(len(candidates) + 1) - math.log2(rank)


def extrapolated_exposure(canary: float, candidates: np.ndarray, cap: float) -> float | None:
    """The paper's estimate: ``-log2 P(candidate <= canary)`` under a skew-normal fitted to the candidates, at most ``cap``."""
    candidates = np.asarray(candidates, dtype=float)
    if len(candidates) < 3 or np.ptp(candidates) == 0:
        return None
    with np.errstate(all="ignore"):
        params = stats.skewnorm.fit(candidates)
        logp = float(stats.skewnorm.logcdf(canary, *params))
    if math.isnan(logp):
        return None
    return min(cap, max(0.0, -logp / math.log(2)))


def chance_bits(candidates: int) -> float:
    """The mean rank exposure of a canary the model has not learnt (its rank uniform on 1..R+1): about 1/ln 2 = 1.44."""
    n = candidates + 1
    return float(np.mean(np.log2(n / np.arange(1, n + 1))))


def exposures(model: torch.nn.Module, canaries: Sequence[Canary], fmt: CanaryFormat, tokenizer: Any, max_length: int, batch_size: int) -> dict[str, Any]:
    """Every canary's rank and extrapolated exposure under ``model``, and their mean and maximum."""
    ranked, extrapolated = [], []
    for c in canaries:
        texts = [fmt.text(c.name, c.secret)] + [fmt.text(c.name, s) for s in c.candidates]
        scores = log_perplexities(model, texts, tokenizer, max_length, batch_size)
        ranked.append(rank_exposure(scores[0], scores[1:]))
        extrapolated.append(extrapolated_exposure(scores[0], scores[1:], fmt.space_bits))
    fitted = [e for e in extrapolated if e is not None]
    return {
        "mean_bits": float(np.mean(ranked)),
        "max_bits": float(np.max(ranked)),
        "per_canary_bits": ranked,
        "extrapolated_mean_bits": float(np.mean(fitted)) if fitted else None,
        "extrapolated_max_bits": float(np.max(fitted)) if fitted else None,
        "extrapolated_per_canary_bits": extrapolated,
    }


def roc_auc(members: Sequence[float], non_members: Sequence[float]) -> float:
    """ROC AUC of scores where higher means "member": P(member > non-member) + P(tie) / 2.

    The Mann-Whitney U statistic of the members over the pairs, computed by SciPy.
    """
    m, n = np.asarray(members, dtype=float), np.asarray(non_members, dtype=float)
    if m.size == 0 or n.size == 0:
        raise ValueError("the AUC needs at least one member and one non-member score")
    if not (np.isfinite(m).all() and np.isfinite(n).all()):
        raise ValueError("membership scores must be finite")
    return float(stats.mannwhitneyu(m, n, alternative="two-sided").statistic / (m.size * n.size))


def membership(
    losses: tuple[np.ndarray, np.ndarray], base: tuple[np.ndarray, np.ndarray]
) -> dict[str, float]:
    """The two attacks' AUCs from (members, non-members) losses under the adapter and under the base model."""
    (member, held_out), (member_base, held_out_base) = losses, base
    return {
        "loss_auc": roc_auc(-member, -held_out),  # lower loss: member
        "reference_auc": roc_auc(member_base - member, held_out_base - held_out),  # a larger drop from the base: member
    }


@dataclass(frozen=True)
class AuditSettings:
    """What the audit inserts and measures, and the DP run's target; the training itself is a ``TrainSettings``."""

    epsilon: float = 8.0
    canaries: int = 8
    repeats: int = 4
    candidates: int = 1000
    format: str = "secret-code"
    mia_records: int = 200  # members and non-members each, at most (a seeded draw)
    max_length: int = 256
    seed: int = 0  # canaries, candidates and the membership draw
    # DP-SGD's sampling and noise (None: from the OS). The audit's adapters are thrown away, so a
    # known seed exposes nothing here; it makes the audit reproducible.
    dp_seed: int | None = None

    def __post_init__(self) -> None:
        if not self.epsilon > 0:
            raise ValueError(f"epsilon must be > 0, got {self.epsilon}")
        for name in ("canaries", "repeats", "candidates", "mia_records", "max_length"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {self.format!r}")


@dataclass
class AuditData:
    """The examples one audit trains on and attacks; the canaries are added to ``train`` by the audit."""

    train: list[Example]  # the site's training examples (domain and general text)
    members: list[Example]  # a draw of the domain training examples
    non_members: list[Example]  # a draw of the held-out validation examples


def _draw(examples: list[Example], count: int, rng: random.Random) -> list[Example]:
    return list(examples) if len(examples) <= count else rng.sample(examples, count)


def site_audit_data(policy: SitePolicy, tokenizer: Any, audit: AuditSettings, seed: int) -> AuditData:
    """The site's splits through its own data stages; members come from the domain part of the training split.

    Records longer than ``max_length`` are cut to it, as in a federation's rounds.
    """
    data = prepare_site_data(policy, tokenizer, audit.max_length, seed=seed, truncate=True)
    rng = random.Random(audit.seed)
    # The general records are appended after the domain ones; with truncation no domain record is skipped.
    domain = data.train[: data.domain_train]
    return AuditData(data.train, _draw(domain, audit.mia_records, rng), _draw(data.val, audit.mia_records, rng))


@dataclass(frozen=True)
class DPConfig:
    """The DP run's mechanism, calibrated like a site's round: public count, expected batch, the PRV accountant."""

    noise_multiplier: float
    max_grad_norm: float
    sample_rate: float
    expected_batch_size: float
    delta: float
    secure_mode: bool = False


def dp_config(policy: SitePolicy, train_records: int, settings: TrainSettings, epsilon: float) -> DPConfig:
    """The noise for ``settings.steps`` steps at epsilon, from the rounded count as the site's rounds do."""
    p = policy.privacy
    check_delta(p.target_delta, train_records)
    public = public_count(train_records, p.record_granularity)
    q = sample_rate(public, settings.batch_size * settings.grad_accum)
    sigma = calibrate(target_epsilon=epsilon, target_delta=p.target_delta, sample_rate=q, steps=settings.steps)
    return DPConfig(sigma, p.max_grad_norm, q, q * public, p.target_delta, p.secure_mode)


def _score(
    trainer: LocalTrainer, tokenizer: Any, data: AuditData, canaries: Sequence[Canary], fmt: CanaryFormat, audit: AuditSettings
) -> tuple[dict[str, Any], tuple[np.ndarray, np.ndarray]]:
    exposure = exposures(trainer.model, canaries, fmt, tokenizer, audit.max_length, trainer.settings.eval_batch_size)
    losses = (trainer.record_losses(data.members).numpy(), trainer.record_losses(data.non_members).numpy())
    return exposure, losses


def audit_training(
    base: str | Path,
    data: AuditData,
    audit: AuditSettings,
    settings: TrainSettings,
    lora: LoraSettings,
    dp: DPConfig,
) -> dict[str, Any]:
    """Train twice from the same LoRA initialisation on ``data.train`` plus the canaries, without DP and with ``dp``.

    Returns, for the base model (the adapter before training, whose LoRA B is zero), the
    non-private adapter and the DP adapter: canary exposures and, for the adapters, the
    membership-inference AUCs. Both runs use ``LocalTrainer.fit``; the DP one with ``DPSGD``.
    """
    if not data.members or not data.non_members:
        raise ValueError("the membership attack needs training records and held-out validation records")
    path = resolve_base(base)
    tokenizer = load_tokenizer(path)
    fmt = FORMATS[audit.format]
    canaries = make_canaries(audit.canaries, audit.candidates, fmt, audit.seed)
    train = data.train + canary_examples(canaries, fmt, tokenizer, audit.max_length, audit.repeats)
    device = pick_device(settings.device)
    result: dict[str, Any] = {}
    base_losses: tuple[np.ndarray, np.ndarray] | None = None
    for run in ("non_private", "dp"):
        model = load_for_training(path, lora, device, seed=settings.seed)  # the same initialisation for both runs
        trainer = LocalTrainer(model, tokenizer.pad_token_id, settings)
        if base_losses is None:
            exposure, base_losses = _score(trainer, tokenizer, data, canaries, fmt, audit)
            result["base"] = {"exposure": exposure}
        engine = None
        if run == "dp":
            engine = DPSGD(
                noise_multiplier=dp.noise_multiplier, max_grad_norm=dp.max_grad_norm, sample_rate=dp.sample_rate,
                expected_batch_size=dp.expected_batch_size, mode="hooks", seed=audit.dp_seed, secure_mode=dp.secure_mode,
            )
        start = time.perf_counter()
        fitted = trainer.fit(train, privacy=engine)
        seconds = time.perf_counter() - start
        exposure, losses = _score(trainer, tokenizer, data, canaries, fmt, audit)
        result[run] = {
            "exposure": exposure,
            "membership": membership(losses, base_losses),
            "train_loss": fitted.train_loss,
            "train_seconds": seconds,
        }
        log.info(
            "privacy audit, %s: canary exposure %.2f bits (mean), loss-attack AUC %.3f, reference AUC %.3f",
            run, exposure["mean_bits"], result[run]["membership"]["loss_auc"], result[run]["membership"]["reference_auc"],
        )
        del trainer, model
    return result


def _rounded(value: Any, digits: int) -> Any:
    if isinstance(value, float):
        return round(value, digits) if math.isfinite(value) else value
    if isinstance(value, dict):
        return {k: _rounded(v, digits) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v, digits) for v in value]
    return value


def run_privacy_audit(
    policy: SitePolicy, base: str | Path, audit: AuditSettings, settings: TrainSettings, lora: LoraSettings
) -> dict[str, Any]:
    """The site's audit as a JSON-ready dict of numbers: no record text, no canary, counts rounded as the site rounds them."""
    path = resolve_base(base)
    tokenizer = load_tokenizer(path)
    data = site_audit_data(policy, tokenizer, audit, settings.seed)
    train_records = len(data.train) + audit.canaries * audit.repeats
    dp = dp_config(policy, train_records, settings, audit.epsilon)
    runs = audit_training(path, data, audit, settings, lora, dp)
    fmt = FORMATS[audit.format]
    granularity = policy.privacy.record_granularity
    return {
        "kind": REPORT_KIND,
        "version": REPORT_VERSION,
        "site": policy.site_id,
        "base": str(base),
        "canaries": {
            "format": fmt.name, "count": audit.canaries, "repeats": audit.repeats, "candidates": audit.candidates,
            "space_bits": fmt.space_bits, "rank_max_bits": math.log2(audit.candidates + 1),
            "chance_bits": chance_bits(audit.candidates),
        },
        "records": {
            "train": public_count(train_records, granularity),
            "members": public_count(len(data.members), granularity),
            "non_members": public_count(len(data.non_members), granularity),
            "granularity": granularity,
        },
        "dp": {
            "epsilon": audit.epsilon, "delta": dp.delta, "noise_multiplier": dp.noise_multiplier,
            "max_grad_norm": dp.max_grad_norm, "sample_rate": dp.sample_rate, "steps": settings.steps,
            "accountant": "prv", "mode": "hooks",
        },
        "training": {
            "steps": settings.steps, "batch_size": settings.batch_size, "grad_accum": settings.grad_accum,
            "learning_rate": settings.learning_rate, "schedule": settings.schedule, "lora": asdict(lora),
            "max_length": audit.max_length, "seed": settings.seed,
        },
        "results": _rounded(runs, 4),
    }

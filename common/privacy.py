"""Sample-level DP-SGD for a site's LoRA training: Opacus on the local loop, noise calibrated once, a cap per round.

``DPSGD`` makes one call of ``LocalTrainer.fit`` private (Poisson sampling, per-example
clipping of the trainable parameters, Gaussian noise) in Opacus's "hooks" or "ghost" mode.
``calibrate`` and ``epsilon`` relate noise and budget through Opacus's PRV accountant.
``SiteBudget`` keeps a site's calibration and ledger in its state directory and decides,
before each round, whether the site may train. docs/PRIVACY.md explains the guarantee.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
import warnings
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any, Literal

import opacus
import torch
from opacus import PrivacyEngine
from opacus.accountants import create_accountant
from opacus.optimizers import DPOptimizer
from torch.utils.data import DataLoader, TensorDataset

from .fileio import write_atomic
from .ledger import Ledger, LedgerEntry
from .policy import SitePolicy
from .train import Batch, ExampleMean, PrivateParts

log = logging.getLogger(__name__)

Mode = Literal["hooks", "ghost"]
MODES: tuple[Mode, ...] = ("hooks", "ghost")
# bench/dp.py: with LoRA's small per-example gradients, hooks beats ghost (two backward
# passes) at every batch size and rank measured, in time and memory; see bench/RESULTS.md.
DEFAULT_MODE: Mode = "hooks"
# Opacus's accountant by numerical composition of privacy-loss distributions: tight, unlike RDP.
ACCOUNTANT = "prv"
ACCOUNTANT_VERSION = f"opacus {opacus.__version__}"
PRIVACY_FILE = "privacy.json"
# (noise_multiplier, sample_rate, steps): one Poisson-subsampled Gaussian mechanism, as Opacus's accountants hold it.
Mechanism = tuple[float, float, int]


class PrivacyError(ValueError):
    """Privacy settings that cannot give the promised guarantee; the message says what to change."""


class Refusal(IntEnum):
    """Why a site declines a round; sent to the coordinator as the metric ``refused``."""

    BUDGET = 1  # the round would push the site's cumulative epsilon past its target_epsilon
    CLIP_FLOOR = 2  # the coordinator proposed a max_grad_norm below the site's policy floor
    BASE_MODEL = 3  # the site's base model is not the one the coordinator fingerprinted
    EPSILON = 4  # the coordinator asks for a total epsilon above the site's target_epsilon
    LIMITS = 5  # the coordinator asks for more rounds, local steps or tokens than the site's [limits]


def sample_rate(records: int, batch_size: int) -> float:
    """The Poisson ``sample_rate`` for an expected draw of ``batch_size`` among ``records``.

    Opacus derives it as 1 / len(loader) = 1 / ceil(N / B); the same formula here lets a site
    calibrate and check its budget before any loader exists. A larger rate costs more
    epsilon per step.
    """
    if records < 1 or batch_size < 1:
        raise ValueError(f"records and batch_size must be >= 1, got {records} and {batch_size}")
    return 1.0 / math.ceil(records / batch_size)


def reported_count(records: int, granularity: int) -> int:
    """``records`` rounded up to the site's ``record_granularity``: what leaves the site or enters its ledger."""
    return math.ceil(records / granularity) * granularity


def check_delta(target_delta: float, records: int) -> None:
    """``target_delta`` is the probability that the epsilon bound fails; it must stay below 1/N."""
    if not 0.0 < target_delta < 1.0 / records:
        raise PrivacyError(
            f"target_delta {target_delta:g} is not below 1/N = {1.0 / records:g} for N = {records} "
            "training records: a delta that large allows leaking a whole record. Set [privacy] "
            f"target_delta in the site policy below {1.0 / records:g} (1/N^1.1 or smaller is usual)"
        )


def _merged(history: Iterable[Mechanism]) -> list[Mechanism]:
    """Steps of the same mechanism summed: composition does not depend on order."""
    steps: dict[tuple[float, float], int] = {}
    for noise_multiplier, rate, count in history:
        key = (float(noise_multiplier), float(rate))
        steps[key] = steps.get(key, 0) + int(count)
    return [(sigma, rate, count) for (sigma, rate), count in sorted(steps.items()) if count > 0]


def epsilon(history: Iterable[Mechanism], *, delta: float) -> float:
    """Cumulative epsilon at ``delta`` of every mechanism in ``history``, by Opacus's PRV accountant."""
    merged = _merged(history)
    if not merged:
        return 0.0
    accountant = create_accountant(ACCOUNTANT)
    accountant.load_state_dict({"history": merged, "mechanism": ACCOUNTANT})
    return float(accountant.get_epsilon(delta))


def calibrate(*, target_epsilon: float, target_delta: float, sample_rate: float, steps: int) -> float:
    """The smallest ``noise_multiplier`` (to 0.5%) whose epsilon after ``steps`` steps stays within ``target_epsilon``.

    Log epsilon is nearly linear in log noise, so after bracketing by factors of two an
    Illinois regula falsi on those logs needs five or six PRV evaluations, where Opacus's
    bisection (``get_noise_multiplier``) needs a dozen or more.
    """
    if not (target_epsilon > 0 and 0 < target_delta < 1 and 0 < sample_rate <= 1 and steps >= 1):
        raise ValueError("calibrate needs target_epsilon > 0, target_delta and sample_rate in (0, 1], steps >= 1")

    def excess(log_sigma: float) -> float:  # > 0: too little noise for the target
        spent = epsilon([(math.exp(log_sigma), sample_rate, steps)], delta=target_delta)
        return math.log(max(spent, 1e-12)) - math.log(target_epsilon)

    low, high = -math.log(2), 0.0
    f_low, f_high = excess(low), excess(high)
    while f_high > 0:
        low, f_low, high = high, f_high, high + math.log(2)
        f_high = excess(high)
    while f_low <= 0:
        high, f_high, low = low, f_low, low - math.log(2)
        f_low = excess(low)
    moved = ""
    while high - low > 0.005:
        middle = high - f_high * (high - low) / (f_high - f_low)
        f_middle = excess(middle)
        if f_middle <= 0:
            high, f_high = middle, f_middle
            f_low = f_low / 2 if moved == "high" else f_low
            moved = "high"
        else:
            low, f_low = middle, f_middle
            f_high = f_high / 2 if moved == "low" else f_high
            moved = "low"
    return math.exp(high)


class DPSGD:
    """Opacus DP-SGD for one call of ``LocalTrainer.fit`` (its ``PrivacyHook``).

    Each step draws a Poisson batch (every record joins independently with probability
    ``sample_rate``, set by the loader's batch size), clips each example's gradient of the
    trainable parameters to ``max_grad_norm``, sums, adds Gaussian noise of standard
    deviation ``noise_multiplier * max_grad_norm`` and divides by the expected batch size.
    Opacus hooks attach to the model itself (no wrapper), so the model must already be on
    its device with LoRA added after the move (opacus issue 820; see
    ``common.model.load_for_training``); ``detach`` removes them after training.
    """

    def __init__(
        self,
        *,
        noise_multiplier: float,
        max_grad_norm: float,
        mode: Mode = DEFAULT_MODE,
        seed: int | None = None,
        secure_mode: bool = False,
    ) -> None:
        """
        Args:
            noise_multiplier: noise standard deviation over ``max_grad_norm``; more noise, less
                epsilon per step. 0 adds no noise and voids the guarantee (tests only).
            max_grad_norm: per-example clip norm: it bounds one record's effect on a step (the
                sensitivity). The noise scales with it, so it does not change epsilon.
            mode: "hooks" materialises per-example gradients; "ghost" computes only their norms
                and runs a second backward pass. Same mechanism, same guarantee.
            seed: seeds Poisson sampling and noise. None (the default) draws 64 bits from the
                operating system: whoever knows the seed can subtract the noise, so only tests
                pass one.
            secure_mode: Opacus's cryptographically secure generator and its defence against
                floating-point attacks on the noise; needs the ``torchcsprng`` package.
        """
        if not (noise_multiplier >= 0 and math.isfinite(noise_multiplier)):
            raise ValueError(f"noise_multiplier must be finite and >= 0, got {noise_multiplier}")
        if not max_grad_norm > 0:
            raise ValueError(f"max_grad_norm must be > 0, got {max_grad_norm}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if secure_mode and seed is not None:
            raise ValueError("secure_mode draws its own randomness; do not pass a seed")
        self.noise_multiplier = noise_multiplier
        self.max_grad_norm = max_grad_norm
        self.mode = mode
        self.secure_mode = secure_mode
        self._seed = seed
        self._engine: PrivacyEngine | None = None
        self._optimizer: DPOptimizer | None = None
        self._hooks: Any = None

    def _new_engine(self) -> PrivacyEngine:
        if self.secure_mode:
            return PrivacyEngine(accountant=ACCOUNTANT, secure_mode=True)
        # Decided, not ignored (docs/PRIVACY.md): secure mode needs torchcsprng, last released
        # in 2021 (0.2.1, before torch 2), so the site seeds torch generators from the OS
        # instead. Only this warning, only here, is filtered; the decision is logged in its place.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Secure RNG turned off", category=UserWarning)
            engine = PrivacyEngine(accountant=ACCOUNTANT, secure_mode=False)
        if self._seed is None:
            log.info("DP-SGD randomness: torch generators seeded from the OS (not a CSPRNG; see docs/PRIVACY.md)")
        else:
            log.warning("DP-SGD noise seeded with a fixed seed: anyone who knows it can remove the noise (tests only)")
        return engine

    def make_private(
        self,
        module: torch.nn.Module,
        optimizer: torch.optim.Optimizer,
        data_loader: DataLoader,
        *,
        physical_batch_size: int,
    ) -> PrivateParts:
        """Attach Opacus to ``module`` and ``optimizer``; the loader yields each step's draw as physical batches."""
        if self._engine is not None:
            raise RuntimeError("a DPSGD object makes one training call private; create a new one per call")
        if physical_batch_size < 1 or data_loader.batch_size is None:
            raise ValueError("DP-SGD needs a loader with a batch size and physical_batch_size >= 1")
        examples = data_loader.dataset
        seed = secrets.randbits(64) if self._seed is None and not self.secure_mode else self._seed
        sampling = noise = None
        if seed is not None:
            device = next(module.parameters()).device
            sampling = torch.Generator().manual_seed(seed)
            noise = torch.Generator(device=device).manual_seed(seed ^ 0x5DEECE66D)
        # Opacus samples indices (its empty-batch collation cannot build our batches); the
        # examples are then collated here, one physical batch at a time.
        indices = DataLoader(
            TensorDataset(torch.arange(len(examples))),  # type: ignore[arg-type]
            batch_size=data_loader.batch_size,
            generator=sampling,
        )
        self._engine = self._new_engine()
        wrapped = self._engine.make_private(
            module=module,
            optimizer=optimizer,
            criterion=ExampleMean(),
            data_loader=indices,
            noise_multiplier=self.noise_multiplier,
            max_grad_norm=self.max_grad_norm,
            poisson_sampling=True,
            grad_sample_mode=self.mode,
            noise_generator=noise,
            wrap_model=False,
        )
        self._hooks, self._optimizer, draws = wrapped[0], wrapped[1], wrapped[-1]
        criterion = wrapped[2] if self.mode == "ghost" else ExampleMean()
        loader = DataLoader(
            examples,
            batch_sampler=draws.batch_sampler,
            collate_fn=partial(self._physical_batches, collate=data_loader.collate_fn, size=physical_batch_size),
        )
        return PrivateParts(module, self._optimizer, criterion, loader)

    def _physical_batches(self, draw: list[Any], *, collate: Any, size: int) -> list[Batch]:
        """One Poisson draw as physical batches; runs as the loop takes the draw (no loader workers).

        Like Opacus's BatchSplittingSampler, it tells the optimizer that every physical batch
        but the last only clips and accumulates. An empty draw still makes a step (noise
        alone): its parameters get the zero per-example gradients Opacus itself gives a batch
        of none, since transformers cannot run a batch of zero sequences.
        """
        assert self._optimizer is not None
        if not draw:
            for p in self._optimizer.params:
                if self.mode == "hooks":
                    p.grad_sample = torch.zeros((0, *p.shape), dtype=p.dtype, device=p.device)
                else:
                    p.grad = torch.zeros_like(p)
            return []
        batches = [collate(draw[i : i + size]) for i in range(0, len(draw), size)]
        for _ in batches[:-1]:
            self._optimizer.signal_skip_step(do_skip=True)
        return batches

    def detach(self) -> None:
        """Remove Opacus's hooks and per-example state from the model."""
        if self._hooks is not None:
            self._hooks.cleanup()
            self._hooks = None

    @property
    def history(self) -> list[Mechanism]:
        """The mechanisms this call ran, as Opacus's accountant counted its noisy steps."""
        if self._engine is None:
            return []
        return [(float(s), float(q), int(n)) for s, q, n in self._engine.accountant.history]


@dataclass(frozen=True)
class Calibration:
    """The noise a site chose once for everything it trains in the federation, and the plan it was chosen for."""

    noise_multiplier: float
    sample_rate: float  # planned
    steps: int  # planned, over all rounds
    target_epsilon: float
    target_delta: float
    accountant: str


class SiteBudget:
    """One site's privacy budget: its calibration and ledger in its state directory, checked before each round.

    The ledger is the accountant's state: every round's mechanism is a ledger entry, and the
    spent epsilon is recomputed from all of them, so a restart loses nothing.
    """

    def __init__(
        self, *, site: str, target_epsilon: float, target_delta: float, record_granularity: int, state_dir: Path
    ) -> None:
        """
        Args:
            target_epsilon: the cap on cumulative epsilon over every round the site ever trains.
            target_delta: probability that the epsilon bound fails; below 1/N for N records.
            record_granularity: the ledger shows N rounded up to this, not N itself.
        """
        if not target_epsilon > 0 or not 0 < target_delta < 1 or record_granularity < 1:
            raise ValueError("target_epsilon > 0, target_delta in (0, 1) and record_granularity >= 1 are required")
        self.site = site
        self.target_epsilon = target_epsilon
        self.target_delta = target_delta
        self.record_granularity = record_granularity
        self.state_dir = Path(state_dir)
        self.ledger = Ledger(self.state_dir)

    @classmethod
    def for_site(cls, policy: SitePolicy, target_epsilon: float | None = None) -> SiteBudget:
        """The site's budget; ``target_epsilon`` a coordinator's request within the policy's cap (default: the cap)."""
        p = policy.privacy
        if target_epsilon is not None and not 0 < target_epsilon <= p.target_epsilon:
            raise PrivacyError(f"a requested target_epsilon {target_epsilon:g} must be in (0, {p.target_epsilon:g}]")
        return cls(
            site=policy.site_id,
            target_epsilon=p.target_epsilon if target_epsilon is None else target_epsilon,
            target_delta=p.target_delta,
            record_granularity=p.record_granularity,
            state_dir=policy.state_dir,
        )

    @property
    def calibration_path(self) -> Path:
        return self.state_dir / PRIVACY_FILE

    def load_calibration(self) -> Calibration | None:
        path = self.calibration_path
        if not path.is_file():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if sorted(raw) != sorted(f.name for f in fields(Calibration)):
                raise ValueError(f"keys {sorted(raw)}")
            return Calibration(**raw)
        except (ValueError, TypeError) as exc:
            raise PrivacyError(f"{path}: not a calibration written by fedtune ({exc}); restore it from a backup") from None

    def calibration(self, *, records: int, sample_rate: float, steps: int) -> Calibration:
        """The site's calibration: made from the planned federation before its first trained round, then kept.

        ``steps`` is every local step of every planned round. Until a round is in the ledger
        a changed plan or target is calibrated afresh; afterwards a plan that differs keeps
        the first noise, and the cap check still stops the site at its target_epsilon.
        """
        check_delta(self.target_delta, records)
        found = self.load_calibration()
        plan = (sample_rate, steps, self.target_epsilon, self.target_delta)
        if found is not None and (found.sample_rate, found.steps, found.target_epsilon, found.target_delta) != plan:
            if not self.ledger.entries():
                found = None  # nothing trained under it yet: fit the noise to this plan instead
            else:
                log.info(
                    "site %s keeps its noise_multiplier %.4f calibrated for epsilon %g over %d steps at sample_rate %.4g "
                    "(this plan: epsilon %g over %d steps at %.4g)",
                    self.site, found.noise_multiplier, found.target_epsilon, found.steps, found.sample_rate,
                    self.target_epsilon, steps, sample_rate,
                )
        if found is not None:
            return found
        sigma = calibrate(
            target_epsilon=self.target_epsilon, target_delta=self.target_delta, sample_rate=sample_rate, steps=steps
        )
        made = Calibration(sigma, sample_rate, steps, self.target_epsilon, self.target_delta, ACCOUNTANT)
        write_atomic(self.calibration_path, json.dumps(asdict(made), indent=2) + "\n")
        log.info(
            "site %s: noise_multiplier %.4f fits epsilon %g at delta %g over %d steps at sample_rate %.4g",
            self.site, sigma, self.target_epsilon, self.target_delta, steps, sample_rate,
        )
        return made

    def history(self) -> list[Mechanism]:
        return [entry.mechanism for entry in self.ledger.entries()]

    def spent(self) -> float:
        """Cumulative epsilon of every round in the ledger, at the site's target_delta."""
        return epsilon(self.history(), delta=self.target_delta)

    def admits(self, mechanism: Mechanism) -> bool:
        """Whether one more round of ``mechanism`` keeps cumulative epsilon within target_epsilon."""
        return epsilon([*self.history(), mechanism], delta=self.target_delta) <= self.target_epsilon

    def record(
        self, *, server_round: int, records: int, scrubbed: bool, history: list[Mechanism], max_grad_norm: float
    ) -> LedgerEntry:
        """Append the round that ran (Opacus's count of its noisy steps) to the ledger; ``scrubbed`` false records a waiver."""
        if len(history) != 1:
            raise ValueError(f"a round runs one mechanism, got {history}")
        (noise_multiplier, rate, steps) = history[0]
        entry = LedgerEntry(
            site=self.site,
            round=server_round,
            records=reported_count(records, self.record_granularity),
            scrubbed=scrubbed,
            sample_rate=rate,
            noise_multiplier=noise_multiplier,
            max_grad_norm=max_grad_norm,
            steps=steps,
            delta=self.target_delta,
            epsilon=epsilon([*self.history(), history[0]], delta=self.target_delta),
            accountant=ACCOUNTANT,
            accountant_version=ACCOUNTANT_VERSION,
        )
        self.ledger.append(entry)
        return entry

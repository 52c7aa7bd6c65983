"""A site's privacy budget: what it has spent, what a request would cost, and the noise that fits.

``epsilon`` composes a history of Gaussian mechanisms (DP-SGD steps and metric releases)
with Opacus's PRV accountant; ``calibrate`` finds the noise that keeps a run within its
target; ``sample_rate`` and ``public_count`` are the one formulas for q and the rounded
count. ``SiteBudget`` keeps a site's calibration and signed ledger in its state directory,
takes the site's lock around check, release and ledger entry, and decides whether a request
fits. The mechanisms themselves (DP-SGD, the noised mean) are in client/privacy.py.

Every parameter that reaches a reply or the ledger (sample rate, noise, epsilon, counts) is a
function of the site's policy, the coordinator's request and the *rounded* record count only:
the exact N stays at the site. docs/PRIVACY.md states the guarantee.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

import numpy as np

# opacus.utils.module_utils calls logging.basicConfig() when imported, which gives the root
# logger a stderr handler in whatever process imports it first (a ClientApp, Flower's
# simulation process), so every line Flower logs and propagates printed twice. fedtune
# leaves logging to the application. basicConfig() does nothing to a root logger that has a
# handler, so one stands in while Opacus is imported: removing Opacus's handler afterwards
# would leave a window (the rest of Opacus's import, about a second) in which another
# thread's lines, such as the simulation's ServerApp, print twice.
_STAND_IN = logging.NullHandler()
logging.getLogger().addHandler(_STAND_IN)
try:
    import opacus  # noqa: E402
    from opacus.accountants import create_accountant  # noqa: E402
finally:
    logging.getLogger().removeHandler(_STAND_IN)

_OPACUS_FORMAT = "%(asctime)s:%(levelname)s:%(message)s"  # what its basicConfig() sets
for _handler in list(logging.getLogger().handlers):
    # A handler Opacus added when something imported it before this module did.
    if getattr(_handler.formatter, "_fmt", None) == _OPACUS_FORMAT:
        logging.getLogger().removeHandler(_handler)

from filelock import FileLock  # noqa: E402

from fedtune.common.fileio import write_atomic  # noqa: E402
from fedtune.common.identity import load_or_create_identity  # noqa: E402
from fedtune.common.ledger import Ledger, LedgerEntry, Release  # noqa: E402
from fedtune.common.policy import SitePolicy  # noqa: E402

log = logging.getLogger(__name__)

# Opacus's accountant by numerical composition of privacy-loss distributions: tight, unlike RDP.
ACCOUNTANT = "prv"
ACCOUNTANT_VERSION = f"opacus {opacus.__version__}"
PRIVACY_FILE = "privacy.json"
LOCK_FILE = "budget.lock"
# (noise_multiplier, sample_rate, steps): one Poisson-subsampled Gaussian mechanism, as Opacus's
# accountants hold it. A metric release is (noise_multiplier, 1.0, 1): no subsampling, one query.
Mechanism = tuple[float, float, int]


class PrivacyError(ValueError):
    """Privacy settings that cannot give the promised guarantee; the message says what to change."""


class BudgetExhausted(PrivacyError):
    """What the site has spent leaves no room for the request."""


def public_count(records: int, granularity: int) -> int:
    """``records`` rounded up to the site's ``record_granularity``: the one count derived from data that leaves a site."""
    if records < 1 or granularity < 1:
        raise ValueError(f"records and granularity must be >= 1, got {records} and {granularity}")
    return math.ceil(records / granularity) * granularity


def sample_rate(public_records: int, expected_batch: int) -> float:
    """The Poisson ``sample_rate`` for an expected draw of ``expected_batch`` among ``public_records``.

    The one formula for q: the sampler draws with it, the calibration and the cap check
    compose it, the ledger records it and the auditor recomputes from it. It uses the rounded
    count, never the exact N: Poisson sampling at rate q is valid whatever N is, and a q
    derived from N would let a coordinator invert it. A larger rate costs more epsilon per step.
    """
    if public_records < 1 or expected_batch < 1:
        raise ValueError(f"public_records and expected_batch must be >= 1, got {public_records} and {expected_batch}")
    return min(1.0, expected_batch / public_records)


def check_delta(target_delta: float, records: int) -> None:
    """``target_delta`` is the probability that the epsilon bound fails; it must stay below 1/N (the exact N, at the site)."""
    if not 0.0 < target_delta < 1.0 / records:
        raise PrivacyError(  # exact N in a site-local message; the boundary never sends it
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
    """Cumulative epsilon at ``delta`` of every mechanism in ``history``, by Opacus's PRV accountant.

    Training steps and metric releases (sample rate 1) compose in one history; a mechanism
    without noise makes the total infinite.
    """
    return _composed(tuple(_merged(history)), delta)


@lru_cache(maxsize=256)  # a pure function of its arguments; a refused request asks the same question again
def _composed(merged: tuple[Mechanism, ...], delta: float) -> float:
    if not merged:
        return 0.0
    if any(sigma <= 0 for sigma, _, _ in merged):
        return math.inf
    accountant = create_accountant(ACCOUNTANT)
    accountant.load_state_dict({"history": list(merged), "mechanism": ACCOUNTANT})
    # At sample rate 1 the PRV's support bound log(1 - q) is -inf; numpy warns while the
    # result stays exact (checked against dp-accounting's PLD in the tests).
    with np.errstate(divide="ignore"):
        return float(accountant.get_epsilon(delta))


def calibrate(
    *, target_epsilon: float, target_delta: float, sample_rate: float, steps: int, reserved: Sequence[Mechanism] = ()
) -> float:
    """The smallest ``noise_multiplier`` (to 0.5%) whose ``steps`` steps, composed with ``reserved``, stay within ``target_epsilon``.

    ``reserved`` holds the planned metric releases: they are part of the budget from the start.
    Log epsilon is nearly linear in log noise, so after bracketing by factors of two an
    Illinois regula falsi on those logs needs five or six PRV evaluations, where Opacus's
    bisection (``get_noise_multiplier``) needs a dozen or more.
    """
    if not (target_epsilon > 0 and 0 < target_delta < 1 and 0 < sample_rate <= 1 and steps >= 1):
        raise ValueError("calibrate needs target_epsilon > 0, target_delta and sample_rate in (0, 1], steps >= 1")
    if reserved and epsilon(reserved, delta=target_delta) >= target_epsilon:
        raise PrivacyError(
            f"the planned metric releases alone spend epsilon {epsilon(reserved, delta=target_delta):.3g} of "
            f"{target_epsilon:g}: raise [privacy] metric_noise_multiplier or lower [limits] max_evaluations"
        )

    def excess(log_sigma: float) -> float:  # > 0: too little noise for the target
        spent = epsilon([(math.exp(log_sigma), sample_rate, steps), *reserved], delta=target_delta)
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


def metric_mechanism(policy: SitePolicy) -> Mechanism:
    """What one metric release costs: a Gaussian query over all records, no subsampling."""
    return (policy.privacy.metric_noise_multiplier, 1.0, 1)


@dataclass(frozen=True)
class Plan:
    """What a run asks of a site, in public numbers only: the rounded count and the coordinator's request."""

    public_records: int  # training examples, rounded up to the site's record_granularity
    expected_batch: int  # batch-size x grad-accum: the expected size of one step's draw
    horizon: int  # local steps over the run's rounds still to come, this one included
    releases: int  # metric releases still planned in the run: one evaluation per round

    @property
    def sample_rate(self) -> float:
        return sample_rate(self.public_records, self.expected_batch)

    @property
    def expected_batch_size(self) -> float:
        """The public divisor of a step's noised sum: q x the rounded count."""
        return self.sample_rate * self.public_records


@dataclass(frozen=True)
class Calibration:
    """The noise a site chose for one run, from its remaining budget, and the plan it was chosen for."""

    run_id: str
    noise_multiplier: float
    sample_rate: float  # planned
    steps: int  # planned, over all rounds
    releases: int  # planned metric releases
    metric_noise_multiplier: float
    target_epsilon: float
    target_delta: float
    accountant: str


class SiteBudget:
    """One site's privacy budget: its calibration and ledger in its state directory, checked before each release.

    The ledger is the accountant's state: every training round and every metric release is
    an entry, and the spent epsilon is recomputed from all of them, so a restart loses
    nothing. ``lock()`` serialises check, release and entry across the site's processes:
    Flower starts one ClientApp process per message, so two runs can ask at once.
    """

    def __init__(self, policy: SitePolicy, target_epsilon: float | None = None) -> None:
        """``target_epsilon``: a coordinator's request within the policy's cap (None: the cap)."""
        p = policy.privacy
        if target_epsilon is not None and not 0 < target_epsilon <= p.target_epsilon:
            raise PrivacyError(f"a requested target_epsilon {target_epsilon:g} must be in (0, {p.target_epsilon:g}]")
        self.policy = policy
        self.site = policy.site_id
        self.enabled = p.enabled
        self.target_epsilon = p.target_epsilon if target_epsilon is None else target_epsilon
        self.target_delta = p.target_delta
        self.record_granularity = p.record_granularity
        self.state_dir = Path(policy.state_dir)
        self.ledger = Ledger(self.state_dir)
        self._releases: list[LedgerEntry] | None = None

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the site's budget lock: one check-release-record at a time, whatever the process."""
        self.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with FileLock(self.state_dir / LOCK_FILE):
            yield

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

    def calibration(self, plan: Plan, *, records: int, run_id: str) -> Calibration:
        """The noise for this run: chosen at its first trained round from what the ledger has left, then kept.

        ``records`` is the exact count, used here only for the local delta check. The noise is
        calibrated so that everything already in the ledger, the run's remaining steps and its
        remaining evaluations compose to the target: a later run starts from what earlier runs
        left, so no single plan, however large, fixes the noise for the site's lifetime.
        Within a run the noise never changes. ``BudgetExhausted`` when nothing is left.
        """
        check_delta(self.target_delta, records)
        found = self.load_calibration()
        if found is not None and found.run_id == run_id:
            return found
        metric_sigma = self.policy.privacy.metric_noise_multiplier
        reserved = [*self.history(), *([(metric_sigma, 1.0, plan.releases)] if plan.releases else [])]
        if epsilon(reserved, delta=self.target_delta) >= self.target_epsilon:
            raise BudgetExhausted(
                f"site {self.site}: the ledger and the run's planned evaluations already spend "
                f"{epsilon(reserved, delta=self.target_delta):.3f} of {self.target_epsilon:g}"
            )
        sigma = calibrate(
            target_epsilon=self.target_epsilon, target_delta=self.target_delta, sample_rate=plan.sample_rate,
            steps=plan.horizon, reserved=reserved,
        )
        made = Calibration(
            run_id, sigma, plan.sample_rate, plan.horizon, plan.releases, metric_sigma, self.target_epsilon,
            self.target_delta, ACCOUNTANT,
        )
        write_atomic(self.calibration_path, json.dumps(asdict(made), indent=2) + "\n")
        log.info(
            "site %s, run %s: noise_multiplier %.4f fits epsilon %g at delta %g with %d steps at sample_rate %.4g and "
            "%d metric releases still to come", self.site, run_id, sigma, self.target_epsilon, self.target_delta,
            plan.horizon, plan.sample_rate, plan.releases,
        )
        return made

    def releases(self) -> list[LedgerEntry]:
        """The ledger's releases, read and verified once per request: a request reads them under
        ``lock()``, where only this budget's ``record`` appends, and ``record`` keeps them current."""
        if self._releases is None:
            self._releases = self.ledger.releases()
        return self._releases

    def history(self) -> list[Mechanism]:
        return [entry.mechanism for entry in self.releases()]

    def spent(self) -> float:
        """Cumulative epsilon of every entry in the ledger, at the site's target_delta (inf after a round without DP)."""
        return epsilon(self.history(), delta=self.target_delta)

    def rounds_trained(self) -> int:
        return sum(1 for entry in self.releases() if entry.kind == "train")

    def evaluations(self) -> int:
        return sum(1 for entry in self.releases() if entry.kind == "metric")

    def admits(self, mechanism: Mechanism) -> bool:
        """Whether ``mechanism`` keeps cumulative epsilon within target_epsilon (a site without DP admits anything)."""
        if not self.enabled:
            return True
        return epsilon([*self.history(), mechanism], delta=self.target_delta) <= self.target_epsilon

    def record(
        self, *, kind: str, run_id: str, server_round: int, records: int, scrubbed: bool, mechanism: Mechanism, clip: float
    ) -> LedgerEntry:
        """Append a release that ran to the signed ledger, before any reply carries it.

        ``records`` is the exact count; the entry holds it rounded. ``clip`` is the per-example
        clip norm (train) or the per-record sensitivity (metric). A round without noise
        (DP off) makes every later epsilon infinite, as it is.
        """
        noise_multiplier, rate, steps = mechanism
        release = Release(
            kind=kind,  # type: ignore[arg-type]
            run_id=run_id,
            round=server_round,
            records=public_count(records, self.record_granularity),
            scrubbed=scrubbed,
            noise_multiplier=noise_multiplier,
            sample_rate=rate,
            steps=steps,
            max_grad_norm=clip,
            delta=self.target_delta,
            epsilon=epsilon([*self.history(), mechanism], delta=self.target_delta),
            accountant=ACCOUNTANT,
            accountant_version=ACCOUNTANT_VERSION,
        )
        identity = load_or_create_identity(self.policy.identity_key_path)
        entry = self.ledger.append(release, site=self.site, identity=identity)
        self._releases = [*self.releases(), entry] if self._releases is not None else None
        return entry

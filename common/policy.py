"""The site's policy file: the one authority on what a site trains on and how private it stays.

A site operator writes it in TOML; it is validated once at the boundary and every
error names the file and the field. Later stages receive the validated models.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Operator = Literal["placeholder", "pseudonym", "mask", "redact"]


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScrubSettings(_Strict):
    """How personal data is removed before anything is tokenised."""

    # Kept so that an explicit `enabled = false` is refused rather than silently ignored.
    enabled: bool = True
    # An explicit waiver is the only way to train on unscrubbed text; it is recorded
    # in the ledger and reported to the coordinator as a flag.
    waive_scrubbing: bool = False
    domains: list[Literal["medical", "legal", "finance"]] = ["medical", "legal", "finance"]
    default_operator: Operator = "placeholder"
    operators: dict[str, Operator] = Field(default_factory=dict)
    score_threshold: float = Field(0.35, ge=0.0, le=1.0)
    mode: Literal["precision", "recall"] = Field(
        "precision",
        description=(
            '"precision" scrubs what a recognizer, the NER model or a name resource finds; "recall" also '
            "removes every word that the English safe-list, the keep-list and the safe patterns do not "
            "vouch for (capitalised words not in the word list, unknown words, long capitals), "
            "trading kept text for fewer leaks (docs/SCRUBBING.md)"
        ),
    )
    keep_files: list[Path] = Field(default_factory=list)
    review_file: Path | None = None

    @field_validator("enabled")
    @classmethod
    def _no_silent_off(cls, value: bool) -> bool:
        if not value:
            raise ValueError("scrubbing cannot be switched off; set waive_scrubbing = true to train on unscrubbed text (it is recorded)")
        return value


class PrivacySettings(_Strict):
    """Differential-privacy caps for everything this site will ever train in the federation."""

    enabled: bool = True
    # Total epsilon the site accepts over all rounds; training stops before exceeding it.
    target_epsilon: float = Field(8.0, gt=0.0, le=100.0)
    # Must stay below 1/N for N records; checked once the data is loaded.
    target_delta: float = Field(1e-5, gt=0.0, lt=1.0)
    # Lowest per-example clip norm the site accepts from a coordinator proposal.
    max_grad_norm: float = Field(1.0, gt=0.0)
    # Records are reported rounded up to this granularity, so the ledger does not leak N exactly.
    record_granularity: int = Field(100, ge=1)
    # Every number a site sends that is computed from its records is a Gaussian release,
    # accounted with the training steps. Evaluation: each record's loss is clipped to
    # loss_bound (nats), the clipped losses are summed and noise of standard deviation
    # metric_noise_multiplier x loss_bound is added; the sum is divided by the rounded count.
    loss_bound: float = Field(5.0, gt=0.0, le=100.0)
    metric_noise_multiplier: float = Field(5.0, ge=0.5, le=1000.0)
    # Opacus's ghost clipping (dp-mode "ghost") computes per-example norms, not gradients, so
    # it cannot zero an example a crafted adapter drives to NaN; a site runs it only when this
    # is true, and otherwise answers a "ghost" proposal in hooks mode (same guarantee, speed only).
    allow_ghost: bool = False
    # Opacus's secure mode: a cryptographically secure generator for sampling and noise, and
    # its defence against floating-point attacks; needs torchcsprng (docs/PRIVACY.md).
    secure_mode: bool = False

    @field_validator("secure_mode")
    @classmethod
    def _csprng_installed(cls, value: bool) -> bool:
        if value and importlib.util.find_spec("torchcsprng") is None:
            raise ValueError(
                "needs the torchcsprng package, which is not installed (its last release, 0.2.1, predates "
                "torch 2): install a build for this torch, or set secure_mode = false"
            )
        return value


class SiteLimits(_Strict):
    """The most work a coordinator may ask of this site; a run config beyond one is refused (unset: no limit)."""

    max_rounds: int | None = Field(None, ge=1)  # the run's num-server-rounds
    max_local_steps: int | None = Field(None, ge=1)  # optimizer steps per round
    max_batch_size: int | None = Field(None, ge=1)  # examples per step: batch-size x grad-accum
    max_length: int | None = Field(None, ge=16)  # tokens per example
    # Over the site's lifetime, counted from its ledger, whatever the run: trained rounds and
    # answered evaluations. A run whose plan would pass them is refused before calibration.
    max_total_rounds: int | None = Field(None, ge=1)
    max_evaluations: int | None = Field(None, ge=0)


class SitePolicy(_Strict):
    """A site's policy: its data, its state directory, its base model, its scrubbing and privacy caps."""

    site_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    data: Path
    state_dir: Path
    # The base model this site fine-tunes: a local folder or an embedded model's name. The
    # coordinator's run config must name the same one, and its fingerprint must match
    # base_fingerprint when set (otherwise the fingerprint of this model, hashed in full).
    base_model: str = "smollm2-135m-instruct"
    base_fingerprint: str | None = None
    # The site's identity (ECDSA P-384, OpenSSH format): signs its ledger, authenticates its
    # SuperNode. Default: <state_dir>/identity/site_key, created by 'fedtune-site keys'.
    identity_key: Path | None = None
    # The federation's CA certificate (ca.pem from the coordinator): 'fedtune-site join' trusts
    # only a SuperLink it signed. And the app bundles this site runs (their SHA-256; empty: any
    # bundle that carries no code and names fedtune's own ClientApp).
    federation_ca: Path | None = None
    allowed_bundles: list[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]] = Field(default_factory=list)
    general_share: float = Field(0.25, ge=0.0, lt=1.0)
    validation_fraction: float = Field(0.1, gt=0.0, lt=1.0)
    skip_invalid: bool = False
    # Refuse top-level fields no format defines (ids, metadata) instead of ignoring them.
    strict: bool = False
    scrub: ScrubSettings = Field(default_factory=ScrubSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    limits: SiteLimits = Field(default_factory=SiteLimits)

    @field_validator("data", "state_dir", "identity_key", "federation_ca")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return None if value is None else value.expanduser()

    @property
    def identity_key_path(self) -> Path:
        return self.identity_key if self.identity_key is not None else self.state_dir / "identity" / "site_key"


def read_toml(path: Path, what: str) -> dict:
    """A TOML settings file as a dict; a missing or malformed file is a PolicyError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyError(f"{path}: {what} not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: not valid TOML: {exc}") from None


def load_policy(path: str | Path) -> SitePolicy:
    """Read and validate a site policy; relative paths are taken from the file's folder."""
    path = Path(path)
    raw = read_toml(path, "policy file")
    try:
        policy = SitePolicy.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"field '{'.'.join(str(p) for p in err['loc'])}': {err['msg']}" for err in exc.errors()
        )
        raise PolicyError(f"{path}: {problems}") from None
    base = path.resolve().parent
    return policy.model_copy(
        update={
            "data": _anchor(policy.data, base),
            "state_dir": _anchor(policy.state_dir, base),
            "identity_key": None if policy.identity_key is None else _anchor(policy.identity_key, base),
            "federation_ca": None if policy.federation_ca is None else _anchor(policy.federation_ca, base),
            "base_model": _anchor_model(policy.base_model, base),
        }
    )


def _anchor(value: Path, base: Path) -> Path:
    return value if value.is_absolute() else base / value


def _anchor_model(value: str, base: Path) -> str:
    """A relative model folder is taken from the policy's folder; an embedded model's name stays a name."""
    path = Path(value).expanduser()
    if path.is_absolute() or not (base / path).exists():
        return str(path) if path.is_absolute() else value
    return str(base / path)

"""The coordinator's run config: hyperparameters it proposes to every site, parsed once.

Flower carries it as flat ``key = value`` pairs (``context.run_config``); this module is
the one place that names those keys, holds their defaults and checks their ranges.
Privacy caps are not here: they belong to each site's policy (common/policy.py); the
coordinator only proposes a DP mode, a clip norm and a total epsilon, which each site
checks against its policy (client/proposal.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal


# Forward-pass precision at the sites: auto (bf16 on capable GPUs), float32 or bf16.
PRECISIONS = ("auto", "float32", "bf16")


@dataclass(frozen=True)
class LoraSettings:
    """LoRA hyperparameters; ``target_modules`` None means the architecture's default (common/model.py)."""

    r: int = 8
    alpha: int = 16
    dropout: float = 0.05
    target_modules: list[str] | None = field(default=None)
    # FFA-LoRA (Sun et al., ICLR 2024): A stays as drawn from the shared seed at every
    # site and only B trains, so averaging B is exact and half the tensors travel.
    ffa: bool = False

    def __post_init__(self) -> None:
        if self.r < 1:
            raise ValueError(f"LoRA r must be >= 1, got {self.r}")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"LoRA dropout must be in [0, 1), got {self.dropout}")

# Opacus's per-example gradient modes: the same mechanism and guarantee, different speed.
Mode = Literal["hooks", "ghost"]
MODES: tuple[Mode, ...] = ("hooks", "ghost")
# bench/dp.py: with LoRA's small per-example gradients, hooks beats ghost (two backward
# passes) at every batch size and rank measured, in time and memory; see bench/RESULTS.md.
DEFAULT_MODE: Mode = "hooks"


SCHEDULES = ("cosine", "linear", "constant")
# The aggregation strategies a run config may name (server/strategy.py maps them to Flower's).
STRATEGIES = ("fedavg", "fedprox", "fedadam", "fedtrimmedavg", "fedmedian")


@dataclass(frozen=True)
class RunConfig:
    base_model: str = "smollm2-135m-instruct"
    num_server_rounds: int = 3
    fraction_train: float = 1.0
    min_sites: int = 2
    # --- federation (issue 5): strategy, update checks, FFA-LoRA, round timeout ---
    # One of STRATEGIES; fedavg weights sites by their number of training examples.
    strategy: str = "fedavg"
    # FedProx: mu of the proximal term (mu/2)||w - w_global||^2 each site adds to its loss.
    proximal_mu: float = 0.01
    # FedAdam: the coordinator's learning rate (eta) on the averaged update.
    server_learning_rate: float = 1e-3
    # FedTrimmedAvg: fraction of the sites' values cut from each tail, per coordinate.
    trim_fraction: float = 0.2
    # FFA-LoRA: LoRA A stays as the shared seed drew it; only B trains and travels.
    ffa_lora: bool = False
    # An update further than this (L2 over all exchanged tensors) from the global adapter is
    # dropped. 0: derived by the coordinator as 3.16 x learning-rate x local-steps x
    # sqrt(exchanged elements), the most AdamW can move an honest site (server/validation.py).
    max_update_norm: float = 0.0
    # No site's FedAvg weight may exceed this share of a round's total (its num-examples is its
    # own, unverified claim): 0.5 means no site outweighs all the others together, so two sites
    # count equally. 1.0: plain FedAvg weights.
    max_site_share: float = 0.5
    # Seconds the coordinator waits for the sites' replies to one request (train, evaluate).
    round_timeout: float = 3600.0
    local_steps: int = 8
    batch_size: int = 4
    grad_accum: int = 1
    learning_rate: float = 1e-3
    warmup_ratio: float = 0.1
    schedule: str = "cosine"
    max_length: int = 256
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    payload_dtype: str = "float32"
    # DP-SGD proposals: Opacus's per-example gradient mode (speed only, same guarantee) and
    # the per-example clip norm, which a site refuses below its policy's floor.
    dp_mode: Mode = DEFAULT_MODE
    max_grad_norm: float = 1.0
    # The total epsilon the coordinator asks every site to keep within over the whole
    # federation, so that one figure holds for all of them. A site whose policy allows less
    # refuses; one that allows more trains to this figure instead. 0: each site's own cap.
    target_epsilon: float = 0.0
    # Coordinator-side user-level DP (server/user_dp.py), off by default: each site's whole
    # update is clipped to user-dp-clipping-norm and the mean noised, accounted by Flower's
    # RDP accountant over min-sites sites (all of them, every round). user-dp-target-epsilon
    # stops the run before a release would pass it (0: account, never stop).
    user_dp: bool = False
    user_dp_noise_multiplier: float = 1.0
    user_dp_clipping_norm: float = 1.0
    user_dp_target_epsilon: float = 0.0
    user_dp_target_delta: float = 1e-5
    seed: int = 0
    device: str = "auto"
    # Forward-pass autocast at the sites: auto (bf16 on capable GPUs), float32 or bf16.
    precision: str = "auto"
    # Where the coordinator writes checkpoints and history; sites never read it.
    run_dir: str = "runs/fedtune"
    # Simulation only: the folder holding one policy file per virtual site.
    sim_policies: str = ""
    # The coordinator's own evaluation of the global adapter (server/public_eval.py), at no
    # privacy cost: every public-eval-every rounds and after the last (0: off), the shipped
    # general-text sample (forgetting: flagged when its perplexity rises more than
    # forgetting-threshold percent over the base model's) and, when public-eval-data names a
    # public test set on the coordinator's machine (any format sites read), loss, perplexity
    # and token accuracy on it.
    public_eval_every: int = 0
    public_eval_data: str = ""
    forgetting_threshold: float = 10.0

    def __post_init__(self) -> None:
        if self.num_server_rounds < 1:
            raise ValueError(f"num-server-rounds must be >= 1, got {self.num_server_rounds}")
        if not 0.0 < self.fraction_train <= 1.0:
            raise ValueError(f"fraction-train must be in (0, 1], got {self.fraction_train}")
        if self.min_sites < 1:
            raise ValueError(f"min-sites must be >= 1, got {self.min_sites}")
        if self.max_length < 16:
            raise ValueError(f"max-length must be >= 16, got {self.max_length}")
        if self.strategy not in STRATEGIES:
            raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}, got {self.strategy!r}")
        if self.proximal_mu < 0:
            raise ValueError(f"proximal-mu must be >= 0, got {self.proximal_mu}")
        if not self.server_learning_rate > 0:
            raise ValueError(f"server-learning-rate must be > 0, got {self.server_learning_rate}")
        if not 0.0 <= self.trim_fraction < 0.5:
            raise ValueError(f"trim-fraction must be in [0, 0.5), got {self.trim_fraction}")
        if not self.max_update_norm >= 0:
            raise ValueError(f"max-update-norm must be >= 0 (0: derived), got {self.max_update_norm}")
        if not 0 < self.max_site_share <= 1:
            raise ValueError(f"max-site-share must be in (0, 1], got {self.max_site_share}")
        if not self.round_timeout > 0:
            raise ValueError(f"round-timeout must be > 0 seconds, got {self.round_timeout}")
        if self.payload_dtype not in ("float32", "float16", "bfloat16"):
            raise ValueError(f"payload-dtype must be float32, float16 or bfloat16, got {self.payload_dtype!r}")
        if self.dp_mode not in MODES:
            raise ValueError(f"dp-mode must be one of {', '.join(MODES)}, got {self.dp_mode!r}")
        if not self.max_grad_norm > 0:
            raise ValueError(f"max-grad-norm must be > 0, got {self.max_grad_norm}")
        if self.user_dp and self.strategy != "fedavg":
            raise ValueError(f"user-dp needs strategy fedavg (Flower accounts for its equally weighted mean), got {self.strategy!r}")
        if not (self.user_dp_noise_multiplier > 0 and self.user_dp_clipping_norm > 0 and self.user_dp_target_epsilon >= 0):
            raise ValueError("user-dp-noise-multiplier and user-dp-clipping-norm must be > 0, user-dp-target-epsilon >= 0")
        if not 0 < self.user_dp_target_delta < 1:
            raise ValueError(f"user-dp-target-delta must be in (0, 1), got {self.user_dp_target_delta}")
        if not 0 <= self.target_epsilon <= 100:
            raise ValueError(f"target-epsilon must be in [0, 100] (0: each site's own cap), got {self.target_epsilon}")
        self.lora  # noqa: B018 - validates the LoRA fields
        for name in ("local_steps", "batch_size", "grad_accum"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name.replace('_', '-')} must be >= 1, got {getattr(self, name)}")
        if not self.learning_rate > 0:
            raise ValueError(f"learning-rate must be > 0, got {self.learning_rate}")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise ValueError(f"warmup-ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}, got {self.schedule!r}")
        if self.public_eval_every < 0:
            raise ValueError(f"public-eval-every must be >= 0 (0: off), got {self.public_eval_every}")
        if self.public_eval_data and self.public_eval_every == 0:
            raise ValueError("public-eval-data needs public-eval-every >= 1 (how often the coordinator scores it)")
        if not self.forgetting_threshold > 0:
            raise ValueError(f"forgetting-threshold must be > 0 percent, got {self.forgetting_threshold}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {self.precision!r}")

    @classmethod
    def from_flwr(cls, run_config: dict[str, Any]) -> RunConfig:
        """From Flower's flat kebab-case keys; an unknown key is an error, not ignored."""
        known = {f.name.replace("_", "-"): f for f in fields(cls)}
        unknown = sorted(set(run_config) - set(known))
        if unknown:
            raise ValueError(f"unknown run-config keys {unknown}; known: {sorted(known)}")
        values = {}
        for key, value in run_config.items():
            kind = known[key].type
            values[known[key].name] = float(value) if kind == "float" else value
        return cls(**values)

    def to_flwr(self) -> dict[str, Any]:
        return {k.replace("_", "-"): v for k, v in asdict(self).items()}

    @property
    def lora(self) -> LoraSettings:
        return LoraSettings(r=self.lora_r, alpha=self.lora_alpha, dropout=self.lora_dropout, ffa=self.ffa_lora)

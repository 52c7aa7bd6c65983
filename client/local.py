"""A site round's set-up, in dependency order, shared by the ClientApp and single-site fine-tuning.

``setup_round`` is the one place a round is set up: base model → tokenizer → the site's
data (read, scrub, deduplicate, split, tokenise: client/site.py) → model with LoRA (and the
coordinator's adapter, in a federation) → trainer. The ClientApp (client/app.py) calls it
after every check on the request has passed; ``train_local`` calls it for a site that
fine-tunes on its own, with no federation and no DP.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import torch

from fedtune.common.adapters import load_adapter_state, save_adapter
from fedtune.common.model import LoraSettings, describe_trainable, load_for_training, load_tokenizer, pick_device, resolve_base
from fedtune.common.policy import SitePolicy
from fedtune.client.train import EvalResult, LocalTrainer, TrainResult, TrainSettings

from .site import SiteData, prepare_site_data

log = logging.getLogger(__name__)


def setup_round(
    policy: SitePolicy,
    base: str | Path,
    settings: TrainSettings,
    lora: LoraSettings,
    max_length: int,
    *,
    seed: int,
    truncate: bool = False,
    adapter: dict[str, torch.Tensor] | None = None,
) -> tuple[SiteData, LocalTrainer]:
    """The site's tokenised data and a trainer holding the base model with LoRA (set to ``adapter`` when given).

    ``truncate`` cuts records longer than ``max_length`` instead of reporting them by file
    and line: in a federation the coordinator chooses max-length, and whether a site fails
    must not depend on it.
    """
    path = resolve_base(base)
    tokenizer = load_tokenizer(path)
    data = prepare_site_data(policy, tokenizer, max_length, seed=seed, truncate=truncate)
    model = load_for_training(
        path, lora, pick_device(settings.device), seed=seed, gradient_checkpointing=settings.gradient_checkpointing
    )
    if adapter is not None:
        load_adapter_state(model, adapter)
    return data, LocalTrainer(model, tokenizer.pad_token_id, settings)


@dataclass(frozen=True)
class LocalRun:
    data: SiteData
    trainable: str
    before: EvalResult
    after: EvalResult
    result: TrainResult
    adapter: Path


def train_local(
    policy: SitePolicy, base: str | Path, out: Path, settings: TrainSettings, lora: LoraSettings, max_length: int
) -> LocalRun:
    """Prepare the site's data, fine-tune LoRA, save the adapter in PEFT format."""
    data, trainer = setup_round(policy, base, settings, lora, max_length, seed=settings.seed)
    trainable = describe_trainable(trainer.model)
    log.info(trainable)
    before = trainer.evaluate(data.val)
    result = trainer.fit(data.train)
    after = trainer.evaluate(data.val)
    return LocalRun(data, trainable, before, after, result, save_adapter(trainer.model, out))

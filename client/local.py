"""Single-site fine-tuning: a local adapter from a site's own data, with no federation."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fedtune.common.adapters import save_adapter
from fedtune.common.model import LoraSettings, describe_trainable, load_for_training, load_tokenizer, pick_device, resolve_base
from fedtune.common.policy import SitePolicy
from fedtune.client.train import EvalResult, LocalTrainer, TrainResult, TrainSettings

from .site import SiteData, prepare_site_data

log = logging.getLogger(__name__)


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
    path = resolve_base(base)
    tokenizer = load_tokenizer(path)
    data = prepare_site_data(policy, tokenizer, max_length, seed=settings.seed)
    model = load_for_training(
        path, lora, pick_device(settings.device), seed=settings.seed, gradient_checkpointing=settings.gradient_checkpointing
    )
    trainable = describe_trainable(model)
    log.info(trainable)
    trainer = LocalTrainer(model, tokenizer.pad_token_id, settings)
    before = trainer.evaluate(data.val)
    result = trainer.fit(data.train)
    after = trainer.evaluate(data.val)
    return LocalRun(data, trainable, before, after, result, save_adapter(model, out))

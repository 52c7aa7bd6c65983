"""A site round's set-up, in dependency order, shared by the ClientApp and single-site fine-tuning.

``setup_round`` is the one place a round is set up: base model → tokenizer → the site's
data (read, scrub, deduplicate, split, tokenise: client/site.py) → model with LoRA (and the
coordinator's adapter, in a federation) → trainer. The ClientApp (client/app.py) calls it
after every check on the request has passed; ``train_local`` calls it for a site that
fine-tunes on its own, with no federation and no DP.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import safetensors.torch
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


def read_start_adapter(folder: Path) -> tuple[LoraSettings, dict[str, torch.Tensor]]:
    """A PEFT LoRA adapter folder to fine-tune from, e.g. a federation's global adapter: its settings and tensors.

    Every problem is a ValueError that names the file and the field; nothing is trained then.
    """
    config_path, weights = folder / "adapter_config.json", folder / "adapter_model.safetensors"
    if not config_path.is_file():
        raise ValueError(f"{config_path}: no such file; --from takes a PEFT adapter folder (adapter_config.json and "
                         "adapter_model.safetensors), such as the global adapter a federation wrote")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{config_path}: not a JSON file ({exc})") from None
    if not isinstance(config, dict) or config.get("peft_type") != "LORA":
        found = config.get("peft_type") if isinstance(config, dict) else type(config).__name__
        raise ValueError(f"{config_path}: field 'peft_type' is {found!r}, not 'LORA'")
    r, alpha, dropout, targets = (config.get(k) for k in ("r", "lora_alpha", "lora_dropout", "target_modules"))
    if isinstance(r, bool) or not isinstance(r, int) or r < 1:
        raise ValueError(f"{config_path}: field 'r' is {r!r}, not a positive integer")
    if isinstance(alpha, bool) or not isinstance(alpha, (int, float)) or alpha != int(alpha) or alpha < 1:
        raise ValueError(f"{config_path}: field 'lora_alpha' is {alpha!r}, not a positive whole number")
    dropout = 0.0 if dropout is None else dropout
    if isinstance(dropout, bool) or not isinstance(dropout, (int, float)) or not 0.0 <= dropout < 1.0:
        raise ValueError(f"{config_path}: field 'lora_dropout' is {dropout!r}, not a number in [0, 1)")
    if not isinstance(targets, list) or not targets or not all(isinstance(t, str) and t for t in targets):
        raise ValueError(f"{config_path}: field 'target_modules' is {targets!r}, not a list of module names")
    if not weights.is_file():
        raise ValueError(f"{weights}: no such file; the adapter folder holds no weights")
    try:
        state = safetensors.torch.load_file(str(weights))
    except Exception as exc:  # safetensors raises its own error types for a damaged file
        raise ValueError(f"{weights}: not a readable safetensors file ({type(exc).__name__})") from None
    for key, tensor in state.items():
        if not tensor.is_floating_point() or not bool(torch.isfinite(tensor).all()):
            raise ValueError(f"{weights}: tensor {key!r} is not finite floating point")
        # The rank the tensors have, before a model is built at the config's rank: a config
        # claiming a huge r would otherwise allocate it.
        rank_dim = 0 if ".lora_A." in key else 1 if ".lora_B." in key else None
        if rank_dim is not None and (tensor.dim() != 2 or tensor.shape[rank_dim] != r):
            raise ValueError(f"{weights}: tensor {key!r} has shape {tuple(tensor.shape)}, not rank r = {r} "
                             f"as field 'r' of {config_path} says")
    return LoraSettings(r=r, alpha=int(alpha), dropout=float(dropout), target_modules=sorted(targets)), state


@dataclass(frozen=True)
class LocalRun:
    data: SiteData
    trainable: str
    before: EvalResult
    after: EvalResult
    result: TrainResult
    adapter: Path


def train_local(
    policy: SitePolicy, base: str | Path, out: Path, settings: TrainSettings, lora: LoraSettings, max_length: int,
    start: Path | None = None,
) -> LocalRun:
    """Prepare the site's data, fine-tune LoRA, save the adapter in PEFT format.

    ``start``: a PEFT adapter folder to fine-tune from (a federation's global adapter): its
    LoRA settings replace ``lora``, and the validation loss before training is its own.
    """
    state = None
    if start is not None:
        lora, state = read_start_adapter(start)  # every check before the model and data are read
    data, trainer = setup_round(policy, base, settings, lora, max_length, seed=settings.seed)
    if state is not None:
        try:
            load_adapter_state(trainer.model, state)
        except ValueError as exc:
            raise ValueError(f"{start}: does not fit the base model {base}: {exc}") from None
    trainable = describe_trainable(trainer.model)
    log.info(trainable)
    before = trainer.evaluate(data.val)
    result = trainer.fit(data.train)
    after = trainer.evaluate(data.val)
    return LocalRun(data, trainable, before, after, result, save_adapter(trainer.model, out))

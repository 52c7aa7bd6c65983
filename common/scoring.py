"""How a model is scored on tokenised examples, the same at a site and at the coordinator.

Batches are right-padded (``collate``); losses are next-token cross-entropy over the
labelled (response) tokens only. The site's training loop (client/train.py), its
evaluation (client/evaluate.py) and the coordinator's public evaluation
(server/public_eval.py) all use these, so a loss means the same thing everywhere.
"""

from __future__ import annotations

import functools
import inspect
import math
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from fedtune.common.data import DataError, Record
from fedtune.common.model import autocast_dtype
from fedtune.common.tokenize import IGNORE, Example, encode

Batch = dict[str, torch.Tensor]


def collate(examples: list[Example], pad_id: int) -> Batch:
    """Right-pad a batch; padding is masked from attention and from the loss."""
    width = max((len(e.input_ids) for e in examples), default=1)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for i, e in enumerate(examples):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        labels[i, :n] = torch.tensor(e.labels)
        mask[i, :n] = 1
    return {"input_ids": ids, "labels": labels, "attention_mask": mask}


def token_losses(logits: torch.Tensor, labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-token cross-entropy of next-token prediction (B, T-1) and its mask."""
    logits = logits[:, :-1].float()
    target = labels[:, 1:]
    ce = F.cross_entropy(
        logits.reshape(-1, logits.size(-1)), target.reshape(-1), ignore_index=IGNORE, reduction="none"
    ).view(target.shape)
    return ce, target != IGNORE


def example_losses(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean loss over each example's labelled tokens, shape (B,), from every position's logits: the plain definition
    that ``response_example_losses`` must equal (the tests hold the two together)."""
    ce, mask = token_losses(logits, labels)
    return (ce * mask).sum(1) / mask.sum(1).clamp(min=1)


# ---------------------------------------------------------------- logits only where a labelled token is predicted
#
# The output layer (hidden x vocabulary, a fifth of a small model's FLOP per token) and the
# softmax over the vocabulary are only needed at the positions whose next token is labelled:
# a prompt's positions predict nothing that counts. The model is asked for those positions
# alone (transformers' ``logits_to_keep`` with a boolean mask) and returns them flattened,
# (K, vocabulary). The per-example losses are the same numbers; only the work on masked
# positions is skipped.


def predicting_positions(labels: torch.Tensor) -> torch.Tensor:
    """(B, T) bool: the positions whose next token is labelled, those whose logits a loss uses."""
    keep = torch.zeros_like(labels, dtype=torch.bool)
    keep[:, :-1] = labels[:, 1:] != IGNORE
    return keep


def _innermost(model: torch.nn.Module) -> torch.nn.Module:
    """The transformers model under Opacus's and PEFT's wrappers."""
    while True:
        if hasattr(model, "_module"):  # Opacus GradSampleModule and its kin
            model = model._module
        elif hasattr(model, "get_base_model"):  # PEFT
            model = model.get_base_model()
        else:
            return model


@functools.cache
def _takes_logits_to_keep(model_class: type) -> bool:
    """Whether a model class's ``forward`` takes ``logits_to_keep``: read once per class, not every batch."""
    return "logits_to_keep" in inspect.signature(model_class.forward).parameters


def _keeps_logits(model: torch.nn.Module) -> bool:
    """Whether ``model`` can be asked for some positions' logits only.

    Not when its output layer trains (LoRA on ``lm_head``): per-example gradients need the
    batch dimension there, which the flattened positions do not have.
    """
    inner = _innermost(model)
    if not _takes_logits_to_keep(type(inner)):
        return False
    head = inner.get_output_embeddings() if hasattr(inner, "get_output_embeddings") else None
    return head is not None and not any(p.requires_grad for p in head.parameters())


# ---------------------------------------------------------------- no attention mask where causality already hides the padding
#
# In a decoder's causal attention a position sees only the positions before it. In a right-padded
# batch every real token comes before the padding, so no real position can see a pad whatever the
# mask says, and the positions come out the same without it (positions are counted from the start
# either way). Without a mask, scaled-dot-product attention runs its causal kernel instead of adding
# a (B, 1, T, T) mask to every layer's scores: 4-7% of a training step of a small model on CPU. The
# pads' own outputs change, and nothing reads them: no loss is taken there (``predicting_positions``)
# and, nothing later depending on them, their gradients are zero, per example too.


def right_padded(mask: torch.Tensor) -> bool:
    """Whether every row of a (B, T) attention mask is its real tokens first, then only padding."""
    return mask.dim() == 2 and bool((mask[:, :-1] >= mask[:, 1:]).all()) and bool((mask[:, 0] > 0).all())


def attention_mask_for(model: torch.nn.Module, batch: Batch) -> torch.Tensor | None:
    """The attention mask to give ``model`` for ``batch``: none for a decoder and a right-padded batch (see above)."""
    mask = batch["attention_mask"]
    config = getattr(_innermost(model), "config", None)
    if config is None or getattr(config, "is_encoder_decoder", False) or not right_padded(mask):
        return mask
    return None


def response_logits(model: torch.nn.Module, batch: Batch) -> tuple[torch.Tensor, torch.Tensor]:
    """The logits at the positions that predict a labelled token, (K, vocabulary), and those positions (B, T)."""
    keep = predicting_positions(batch["labels"])
    mask = attention_mask_for(model, batch)
    if _keeps_logits(model):
        logits = model(input_ids=batch["input_ids"], attention_mask=mask, logits_to_keep=keep).logits
    else:
        logits = model(input_ids=batch["input_ids"], attention_mask=mask).logits
    if logits.dim() == 3:  # every position came back (a model that ignores a boolean mask)
        logits = logits[keep]
    return logits, keep


def response_targets(labels: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
    """The labelled token each kept position predicts (K,), in ``response_logits``'s order."""
    return labels[:, 1:][keep[:, :-1]]


def response_losses(logits: torch.Tensor, labels: torch.Tensor, keep: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Cross-entropy of each kept position (K,) in float32, and its row in the batch (K,)."""
    ce = F.cross_entropy(logits.float(), response_targets(labels, keep), reduction="none")
    return ce, keep.nonzero(as_tuple=True)[0]


def per_example(values: torch.Tensor, rows: torch.Tensor, batch_size: int) -> torch.Tensor:
    """Sum ``values`` (K,) into their examples' rows, shape (B,)."""
    return torch.zeros(batch_size, dtype=values.dtype, device=values.device).index_add(0, rows, values)


def response_example_losses(logits: torch.Tensor, labels: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
    """Mean loss over each example's labelled tokens, shape (B,), from ``response_logits``: ``example_losses``'s numbers."""
    ce, rows = response_losses(logits, labels, keep)
    return per_example(ce, rows, keep.size(0)) / keep.sum(1).clamp(min=1)


@dataclass(frozen=True)
class TokenScores:
    """Per example: summed loss over its response tokens, how many there are, how many the model predicts."""

    loss_sum: np.ndarray
    tokens: np.ndarray
    correct: np.ndarray

    @property
    def loss(self) -> float:
        return float(self.loss_sum.sum() / max(1, self.tokens.sum()))

    @property
    def perplexity(self) -> float:
        return math.exp(min(self.loss, 50.0))

    @property
    def accuracy(self) -> float:
        return float(self.correct.sum() / max(1, self.tokens.sum()))

    def per_token(self, values: np.ndarray) -> np.ndarray:
        """Each example's mean per response token (0 where it has none; its weight is 0 too)."""
        return np.divide(values, self.tokens, out=np.zeros_like(values, dtype=float), where=self.tokens > 0)


def _autocast(device: torch.device, precision: str = "auto"):  # noqa: ANN202 - context manager
    dtype = autocast_dtype(device, precision)
    return nullcontext() if dtype is None else torch.autocast(device_type=device.type, dtype=dtype)


@torch.no_grad()
def token_scores(
    model: torch.nn.Module, examples: list[Example], pad_id: int, batch_size: int, precision: str = "auto"
) -> TokenScores:
    """Loss, token count and correct next-token predictions of every example, over its labelled tokens."""
    device = next(model.parameters()).device
    model.eval()
    sums, counts, hits = [], [], []
    for start in range(0, len(examples), batch_size):
        batch = {k: v.to(device) for k, v in collate(examples[start : start + batch_size], pad_id).items()}
        with _autocast(device, precision):
            logits, keep = response_logits(model, batch)
        ce, rows = response_losses(logits, batch["labels"], keep)
        right = (logits.argmax(-1) == response_targets(batch["labels"], keep)).long()
        size = keep.size(0)
        sums.append(per_example(ce.double(), rows, size).cpu())
        counts.append(keep.sum(1).cpu())
        hits.append(per_example(right, rows, size).cpu())
    return TokenScores(torch.cat(sums).numpy(), torch.cat(counts).numpy(), torch.cat(hits).numpy())


def encode_for_eval(records: list[Record], tokenizer: Any, max_length: int) -> tuple[list[Example], int]:
    """Examples cut to the context where longer (both models see the same cut); returns how many were cut."""
    examples, cut = [], 0
    for record in records:
        try:
            examples.append(encode(record, tokenizer, max_length))
        except DataError:
            examples.append(encode(record, tokenizer, max_length, truncate=True))
            cut += 1
    return examples, cut

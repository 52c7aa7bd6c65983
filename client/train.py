"""The local training loop, in plain PyTorch so that Opacus can wrap its optimizer and loader.

One step: forward, per-example loss, backward, clip, optimizer step, schedule step.
The loss of one example is the mean over its response tokens and the batch loss is
the mean over examples, so each example weighs the same (what per-example clipping in
DP-SGD assumes) whatever its length. Under DP-SGD (client/privacy.py) a step is one
Poisson draw, split into physical batches; Opacus clips each example and adds the noise.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, Protocol

import torch
from torch.utils.data import DataLoader
from tqdm import tqdm

from fedtune.common.model import PRECISIONS, autocast_dtype, pick_device
from fedtune.common.runconfig import SCHEDULES, RunConfig
from fedtune.common.scoring import collate, response_example_losses, response_logits, response_losses
from fedtune.common.tokenize import Example

Schedule = Literal["cosine", "linear", "constant"]


@dataclass(frozen=True)
class TrainSettings:
    """Hyperparameters of local training; checked on construction."""

    steps: int = 20  # optimizer steps in this call
    batch_size: int = 4
    grad_accum: int = 1
    learning_rate: float = 5e-4
    weight_decay: float = 0.0
    warmup_ratio: float = 0.1
    schedule: Schedule = "cosine"
    # The schedule's horizon and where this call starts in it: a federation passes
    # rounds x steps and the round's offset so the learning rate decays over the run.
    total_steps: int | None = None
    start_step: int = 0
    # Non-private runs clip the total gradient norm for stability (None: off). DP-SGD
    # clips each example instead; see client/privacy.py.
    clip_norm: float | None = 1.0
    # FedProx: after each optimizer step, pull the weights toward where the round started by
    # learning-rate x mu x (w - w_start). Decoupled like AdamW's weight decay, it reads no
    # data, so under DP-SGD it is post-processing and costs no privacy.
    proximal_mu: float = 0.0
    seed: int = 0
    device: str = "auto"
    # Forward-pass autocast: "auto" (bf16 on capable GPUs), "float32" or "bf16" (see model.autocast_dtype).
    precision: str = "auto"
    gradient_checkpointing: bool = False
    eval_batch_size: int = 8
    progress: bool = True

    def __post_init__(self) -> None:
        for name in ("steps", "batch_size", "grad_accum", "eval_batch_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.proximal_mu < 0:
            raise ValueError(f"proximal_mu must be >= 0, got {self.proximal_mu}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {self.precision!r}")
        if not self.learning_rate > 0:
            raise ValueError(f"learning_rate must be > 0, got {self.learning_rate}")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise ValueError(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}, got {self.schedule!r}")
        if self.start_step < 0 or self.start_step + self.steps > self.horizon:
            raise ValueError(
                f"steps {self.start_step}..{self.start_step + self.steps} run past total_steps {self.horizon}"
            )

    @property
    def horizon(self) -> int:
        return self.steps if self.total_steps is None else self.total_steps


def round_settings(run: RunConfig, server_round: int, *, progress: bool = False) -> TrainSettings:
    """A site's local training for one round of ``run``, continuing the schedule across the run's rounds."""
    return TrainSettings(
        steps=run.local_steps,
        batch_size=run.batch_size,
        grad_accum=run.grad_accum,
        learning_rate=run.learning_rate,
        warmup_ratio=run.warmup_ratio,
        schedule=run.schedule,  # type: ignore[arg-type]
        total_steps=run.local_steps * run.num_server_rounds,
        start_step=run.local_steps * (server_round - 1),
        proximal_mu=run.proximal_mu if run.strategy == "fedprox" else 0.0,
        seed=run.seed + server_round,
        device=run.device,
        precision=run.precision,
        progress=progress,
    )


@dataclass(frozen=True)
class EvalResult:
    loss: float
    perplexity: float
    tokens: int


@dataclass(frozen=True)
class TrainResult:
    steps: int
    examples: int  # examples drawn in this call
    first_loss: float
    train_loss: float  # mean loss over the call's steps
    seconds: float


Batch = dict[str, torch.Tensor]


class ExampleMean(torch.nn.Module):
    """The batch loss from per-example losses: their mean.

    Opacus's ghost clipping sets ``reduction`` to "none" to take the per-example losses
    themselves, so what it clips is each example's own loss, as in hooks mode.
    """

    def __init__(self) -> None:
        super().__init__()
        self.reduction = "mean"

    def forward(self, per_example: torch.Tensor) -> torch.Tensor:
        return per_example if self.reduction == "none" else per_example.mean()


class PrivateParts(NamedTuple):
    """What DP-SGD hands back to the loop."""

    module: torch.nn.Module
    optimizer: torch.optim.Optimizer
    criterion: Callable[[torch.Tensor], Any]  # per-example losses -> a loss with backward() and item()
    loader: Iterable[list[Batch]]  # one item per optimizer step: its physical batches, maybe none


class PrivacyHook(Protocol):
    """How the loop trains, private or not: wrap model, optimizer and loader, then three moments of each step.

    ``Plain`` is non-private training; ``client.privacy.DPSGD`` is DP-SGD. The loop calls the
    same methods in the same order for both.
    """

    def make_private(
        self,
        module: torch.nn.Module,
        optimizer: torch.optim.Optimizer,
        data_loader: DataLoader,
        *,
        physical_batch_size: int,
    ) -> PrivateParts:
        """``data_loader`` holds the examples in physical batches; the parts' loader yields each step's batches."""
        ...

    def backward(self, loss: torch.Tensor, batches: int) -> None:
        """Back-propagate one physical batch's loss, one of ``batches`` in this step."""
        ...

    def accumulate(self, optimizer: torch.optim.Optimizer) -> None:
        """Between two physical batches of one step."""
        ...

    def finish(self, params: list[torch.Tensor]) -> None:
        """After the step's last batch, before the optimizer steps."""
        ...

    def detach(self) -> None: ...


class Plain:
    """Non-private training: shuffled batches, ``grad_accum`` of them a step, the total gradient norm clipped."""

    def __init__(self, *, grad_accum: int, clip_norm: float | None) -> None:
        self.grad_accum = grad_accum
        self.clip_norm = clip_norm

    def make_private(
        self, module: torch.nn.Module, optimizer: torch.optim.Optimizer, data_loader: DataLoader, *, physical_batch_size: int
    ) -> PrivateParts:
        return PrivateParts(module, optimizer, ExampleMean(), _grouped(_cycle(data_loader), self.grad_accum))

    def backward(self, loss: torch.Tensor, batches: int) -> None:
        (loss / batches).backward()  # the step's gradient is the mean over its batches

    def accumulate(self, optimizer: torch.optim.Optimizer) -> None:
        pass  # gradients add up in .grad

    def finish(self, params: list[torch.Tensor]) -> None:
        if self.clip_norm is not None:
            torch.nn.utils.clip_grad_norm_(params, self.clip_norm)

    def detach(self) -> None:
        pass


def lr_factor(step: int, settings: TrainSettings) -> float:
    """Warm-up then cosine or linear decay to zero, over the whole horizon."""
    horizon = settings.horizon
    warmup = int(settings.warmup_ratio * horizon)
    if step < warmup:
        return (step + 1) / (warmup + 1)
    if settings.schedule == "constant":
        return 1.0
    progress = (step - warmup) / max(1, horizon - warmup)
    if settings.schedule == "linear":
        return max(0.0, 1.0 - progress)
    return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))


class LocalTrainer:
    """Setup, train, evaluate: the lifecycle of one site's local training call."""

    def __init__(self, model: torch.nn.Module, pad_id: int, settings: TrainSettings) -> None:
        self.settings = settings
        self.pad_id = pad_id
        self.device = pick_device(settings.device)
        self.model = model
        params = next(model.parameters())
        if params.device.type != self.device.type:
            raise ValueError(
                f"model is on {params.device} but training runs on {self.device}; "
                "move the base model first, then add LoRA (opacus issue 820)"
            )
        self.amp_dtype = autocast_dtype(self.device, settings.precision)

    def _autocast(self):  # noqa: ANN202 - context manager
        if self.amp_dtype is None:
            return nullcontext()
        return torch.autocast(device_type=self.device.type, dtype=self.amp_dtype)

    def _loader(self, examples: list[Example], batch_size: int, shuffle: bool) -> DataLoader:
        generator = torch.Generator().manual_seed(self.settings.seed)
        return DataLoader(
            examples,
            batch_size=batch_size,
            shuffle=shuffle,
            generator=generator,
            collate_fn=lambda batch: collate(batch, self.pad_id),
        )

    def _forward_losses(self, model: torch.nn.Module, batch: Batch) -> torch.Tensor:
        batch = {k: v.to(self.device) for k, v in batch.items()}
        with self._autocast():
            logits, keep = response_logits(model, batch)
        return response_example_losses(logits, batch["labels"], keep)

    def fit(self, examples: list[Example], privacy: PrivacyHook | None = None) -> TrainResult:
        """Run ``settings.steps`` optimizer steps over ``examples``, privately when ``privacy`` is given.

        Under DP-SGD one step's draw has ``batch_size x grad_accum`` examples on average and
        runs in physical batches of at most ``batch_size``.
        """
        if not examples:
            raise ValueError("no training examples")
        s = self.settings
        torch.manual_seed(s.seed)
        trainable = [p for p in self.model.parameters() if p.requires_grad]
        if not trainable:
            raise ValueError("the model has no trainable parameters; add LoRA first")
        optimizer = torch.optim.AdamW(trainable, lr=s.learning_rate, weight_decay=s.weight_decay)
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda i: lr_factor(s.start_step + i, s)
        )
        self.model.train()  # before Opacus, which validates a model in training mode
        engine = privacy if privacy is not None else Plain(grad_accum=s.grad_accum, clip_norm=s.clip_norm)
        loader = self._loader(examples, s.batch_size, shuffle=True)
        model, optimizer, criterion, draws = engine.make_private(self.model, optimizer, loader, physical_batch_size=s.batch_size)
        steps = _cycle(draws)
        anchor = [p.detach().clone() for p in trainable] if s.proximal_mu > 0 else []
        losses: list[float] = []
        seen = 0
        start = time.perf_counter()
        bar = tqdm(total=s.steps, desc="train", unit="step", disable=not s.progress, leave=False)
        try:
            for _ in range(s.steps):
                batches = next(steps)  # one step's physical batches; under DP-SGD a Poisson draw, maybe none
                step_loss = 0.0
                for i, batch in enumerate(batches):
                    per_example = self._forward_losses(model, batch)
                    loss = criterion(per_example)
                    engine.backward(loss, len(batches))
                    step_loss += loss.item() / len(batches)
                    seen += per_example.numel()
                    if i < len(batches) - 1:
                        engine.accumulate(optimizer)
                engine.finish(trainable)
                optimizer.step()
                if anchor:
                    _proximal_pull(trainable, anchor, s.proximal_mu * scheduler.get_last_lr()[0])
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
                if batches:  # an empty Poisson draw is a noise-only step with no loss
                    losses.append(step_loss)
                    bar.set_postfix(loss=f"{step_loss:.3f}")
                bar.update(1)
        finally:
            bar.close()
            engine.detach()
        return TrainResult(
            steps=s.steps,
            examples=seen,
            first_loss=losses[0] if losses else math.nan,
            train_loss=sum(losses) / len(losses) if losses else math.nan,
            seconds=time.perf_counter() - start,
        )

    @torch.no_grad()
    def record_losses(self, examples: list[Example]) -> torch.Tensor:
        """Each example's mean loss over its labelled tokens, shape (N,): what a metric release clips and sums."""
        if not examples:
            raise ValueError("no examples")
        self.model.eval()
        losses = [
            self._forward_losses(self.model, batch).float().cpu()
            for batch in self._loader(examples, self.settings.eval_batch_size, shuffle=False)
        ]
        return torch.cat(losses)

    @torch.no_grad()
    def evaluate(self, examples: list[Example]) -> EvalResult:
        """Token-weighted loss and perplexity over ``examples``."""
        if not examples:
            raise ValueError("no validation examples")
        self.model.eval()
        total, tokens = 0.0, 0
        for batch in self._loader(examples, self.settings.eval_batch_size, shuffle=False):
            batch = {k: v.to(self.device) for k, v in batch.items()}
            with self._autocast():
                logits, keep = response_logits(self.model, batch)
            ce, _ = response_losses(logits, batch["labels"], keep)
            total += ce.sum().item()
            tokens += int(keep.sum().item())
        loss = total / max(1, tokens)
        return EvalResult(loss=loss, perplexity=math.exp(min(loss, 50.0)), tokens=tokens)


@torch.no_grad()
def _proximal_pull(params: list[torch.Tensor], anchor: list[torch.Tensor], rate: float) -> None:
    """One step of the FedProx term (mu/2)||w - w_start||^2, applied decoupled from the gradient."""
    for p, a in zip(params, anchor, strict=True):
        p.sub_(rate * (p - a))


def _cycle(loader: Iterable[Any]) -> Iterator[Any]:
    """Endless batches: local steps are counted in optimizer steps, not epochs."""
    while True:
        empty = True
        for batch in loader:
            empty = False
            yield batch
        if empty:
            raise ValueError("the data loader produced no batch")


def _grouped(batches: Iterator[Batch], size: int) -> Iterator[list[Batch]]:
    """Consecutive batches, ``size`` at a time: the gradient accumulation of one step."""
    while True:
        yield [next(batches) for _ in range(size)]

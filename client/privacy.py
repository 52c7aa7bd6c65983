"""A site's differential privacy mechanisms: Opacus DP-SGD for training, a Gaussian release for metrics.

``DPSGD`` makes one call of ``LocalTrainer.fit`` private (Poisson sampling at a public rate,
per-example clipping of the trainable parameters, Gaussian noise) in Opacus's "hooks" or
"ghost" mode. ``release_mean_loss`` is the one way a number computed from the site's records
leaves it outside the adapter: a clipped, noised sum. What each costs, and whether a site can
afford it, is client/accounting.py's: both mechanisms compose in one PRV history there.
"""

from __future__ import annotations

import logging
import math
import secrets
import warnings
from functools import partial
from typing import Any

import torch

from .accounting import ACCOUNTANT, Mechanism  # first: it imports Opacus with logging left alone

from opacus import PrivacyEngine  # noqa: E402
from opacus.optimizers import DPOptimizer  # noqa: E402
from opacus.utils.uniform_sampler import UniformWithReplacementSampler  # noqa: E402
from torch.utils.data import DataLoader, TensorDataset  # noqa: E402

from fedtune.common.runconfig import DEFAULT_MODE, MODES, Mode  # noqa: E402

from .train import Batch, ExampleMean, PrivateParts  # noqa: E402

log = logging.getLogger(__name__)


def release_mean_loss(
    losses: torch.Tensor, *, loss_bound: float, noise_multiplier: float, generator: torch.Generator | None = None
) -> float:
    """A mean of per-record losses as one Gaussian release: the only form in which a metric leaves a site.

    Each record contributes the vector (its loss clipped to [0, loss_bound], loss_bound), of
    L2 norm at most sqrt(2) x loss_bound, the sensitivity. The two sums get Gaussian noise of
    standard deviation ``noise_multiplier`` x that sensitivity, and the released mean is
    their ratio: post-processing, so the ratio costs nothing beyond the one mechanism, while
    dividing by a noised count instead of the rounded one keeps small sites' means unbiased.
    """
    if not (loss_bound > 0 and noise_multiplier > 0):
        raise ValueError("loss_bound and noise_multiplier must be > 0")
    sensitivity = math.sqrt(2.0) * loss_bound
    # A loss a crafted adapter drives to NaN or infinity counts as the bound: clamp keeps NaN,
    # and one NaN would decide the release whatever the noise.
    clipped = torch.nan_to_num(losses.detach().double(), nan=loss_bound, posinf=loss_bound, neginf=0.0).clamp(0.0, loss_bound)
    if generator is None:
        generator = torch.Generator().manual_seed(secrets.randbits(63))
    noise = torch.normal(0.0, noise_multiplier * sensitivity, (2,), generator=generator, dtype=torch.float64)
    total = float(clipped.sum() + noise[0])
    count = float(loss_bound * clipped.numel() + noise[1]) / loss_bound
    return total / max(count, 1.0)


class DPSGD:
    """Opacus DP-SGD for one call of ``LocalTrainer.fit`` (its ``PrivacyHook``).

    Each step draws a Poisson batch (every record joins independently with probability
    ``sample_rate``), clips each example's gradient of the trainable parameters to
    ``max_grad_norm``, sums, adds Gaussian noise of standard deviation
    ``noise_multiplier * max_grad_norm`` and divides by ``expected_batch_size``. Both are
    public (from the rounded count): Opacus would derive them from the loader's exact length,
    and its 1/int(1/q) sampler length drifts one step from the planned q for some sizes.
    Opacus hooks attach to the model itself (no wrapper), so the model must already be on
    its device with LoRA added after the move (opacus issue 820; see
    ``common.model.load_for_training``); ``detach`` removes them after training.
    """

    def __init__(
        self,
        *,
        noise_multiplier: float,
        max_grad_norm: float,
        sample_rate: float,
        expected_batch_size: float,
        mode: Mode = DEFAULT_MODE,
        seed: int | None = None,
        secure_mode: bool = False,
    ) -> None:
        """
        Args:
            sample_rate: the Poisson rate the sampler draws with and the accountant composes
                (``sample_rate()`` of the rounded count); a larger rate costs more epsilon.
            expected_batch_size: the public divisor of the noised sum, sample_rate x the
                rounded count.
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
        if not (0 < sample_rate <= 1 and expected_batch_size > 0):
            raise ValueError(f"sample_rate must be in (0, 1] and expected_batch_size > 0, got {sample_rate}, {expected_batch_size}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if secure_mode and seed is not None:
            raise ValueError("secure_mode draws its own randomness; do not pass a seed")
        self.noise_multiplier = noise_multiplier
        self.max_grad_norm = max_grad_norm
        self.sample_rate = sample_rate
        self.expected_batch_size = expected_batch_size
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
        """Attach Opacus to ``module`` and ``optimizer``; the loader yields each step's draw as physical batches.

        Only ``data_loader``'s dataset and collate function are used: the draws come from a
        Poisson sampler at ``self.sample_rate``.
        """
        if self._engine is not None:
            raise RuntimeError("a DPSGD object makes one training call private; create a new one per call")
        if physical_batch_size < 1:
            raise ValueError("DP-SGD needs physical_batch_size >= 1")
        examples = data_loader.dataset
        self._engine = self._new_engine()
        seed = secrets.randbits(64) if self._seed is None and not self.secure_mode else self._seed
        sampling = noise = None
        if self.secure_mode:
            sampling = noise = self._engine.secure_rng
        elif seed is not None:
            device = next(module.parameters()).device
            sampling = torch.Generator().manual_seed(seed)
            noise = torch.Generator(device=device).manual_seed(seed ^ 0x5DEECE66D)
        # Opacus wraps model and optimizer; the loader it is given only has to exist.
        placeholder = DataLoader(TensorDataset(torch.arange(1)), batch_size=1)  # type: ignore[arg-type]
        wrapped = self._engine.make_private(
            module=module,
            optimizer=optimizer,
            criterion=ExampleMean(),
            data_loader=placeholder,
            noise_multiplier=self.noise_multiplier,
            max_grad_norm=self.max_grad_norm,
            poisson_sampling=True,
            grad_sample_mode=self.mode,
            noise_generator=noise,
            wrap_model=False,
        )
        self._hooks, self._optimizer = wrapped[0], wrapped[1]
        # The public rate and divisor replace the ones Opacus derived from the placeholder.
        self._optimizer.expected_batch_size = self.expected_batch_size
        self._optimizer.attach_step_hook(self._engine.accountant.get_optimizer_hook_fn(sample_rate=self.sample_rate))
        criterion = wrapped[2] if self.mode == "ghost" else ExampleMean()
        sampler = UniformWithReplacementSampler(num_samples=len(examples), sample_rate=self.sample_rate, generator=sampling)
        loader = DataLoader(
            examples,
            batch_sampler=sampler,
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

    def backward(self, loss: torch.Tensor, batches: int) -> None:
        loss.backward()  # Opacus scales per-example gradients itself; scaling the loss would change what is clipped

    def accumulate(self, optimizer: torch.optim.Optimizer) -> None:
        self._drop_non_finite()
        optimizer.step()  # clips and accumulates this physical batch; the draw's last one steps
        optimizer.zero_grad(set_to_none=True)

    def finish(self, params: list[torch.Tensor]) -> None:
        self._drop_non_finite()  # each example is then clipped; the noise comes with the step

    def _drop_non_finite(self) -> None:
        """An example whose gradient is NaN or infinite contributes zero, which is within its clip norm.

        Opacus's clip factor of a NaN norm is NaN, so one such example (an adapter crafted to
        overflow on one token) would decide the whole step, outside any noise. Ghost mode has
        no per-example gradients to mend, which is why a site runs it only when its policy says so.
        """
        assert self._optimizer is not None
        params = [p for p in self._optimizer.params if getattr(p, "grad_sample", None) is not None]
        for p in params:
            if isinstance(p.grad_sample, list):
                p.grad_sample = torch.cat(p.grad_sample, dim=0)
        samples = [p.grad_sample for p in params]
        if self.mode != "hooks" or not samples or not samples[0].shape[0]:
            return
        bad = torch.zeros(samples[0].shape[0], dtype=torch.bool, device=samples[0].device)
        for sample in samples:
            bad |= ~torch.isfinite(sample.reshape(sample.shape[0], -1)).all(dim=1)
        if bad.any():
            log.warning("DP-SGD: %d example(s) with a non-finite gradient contribute nothing to this step", int(bad.sum()))
            for sample in samples:
                sample[bad] = 0.0

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

"""The fused path (each update decoded once, checked and summed from the same row) gives Flower's FedAvg result and keeps every check."""

from __future__ import annotations

import time

import numpy as np
import pytest
import torch
from flwr.app import Array, Message, Metadata, MetricRecord, RecordDict
from flwr.serverapp.strategy import FedAvg

from fedtune.common.adapters import from_arrays, to_arrays
from fedtune.server.strategy import FedTuneAvg, _for_flower, capped_shares
from fedtune.server.validation import Layout, UpdateRejected, check_update, validate_update

torch.manual_seed(0)
REFERENCE = {f"layer{i}.lora_{ab}.weight": torch.randn(*(4, 6) if ab == "A" else (6, 4)) * 0.1 for i in range(3) for ab in "AB"}


class _Template(torch.nn.Module):
    pass


def _reply(node: int, state: dict[str, torch.Tensor], examples: float, dtype: str = "float32") -> Message:
    meta = Metadata(
        run_id=1, message_id=f"r{node}", src_node_id=node, dst_node_id=0, reply_to_message_id="m",
        group_id="1", created_at=time.time(), ttl=3600, message_type="train",
    )
    content = RecordDict({"arrays": to_arrays(state, dtype), "metrics": MetricRecord({"num-examples": examples, "refused": 0})})
    return Message(content=content, metadata=meta)


def _site(seed: int, scale: float = 0.01) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    return {k: v + scale * torch.randn(v.shape, generator=g) for k, v in REFERENCE.items()}


def _strategy(tmp_path, cap: float, monkeypatch) -> FedTuneAvg:  # noqa: ANN001
    """A FedTuneAvg over REFERENCE without a model: adapter_state is the reference."""
    from fedtune.common.runconfig import RunConfig
    from fedtune.server import strategy as module

    monkeypatch.setattr(module, "adapter_state", lambda _template: {k: v.clone() for k, v in REFERENCE.items()})
    run = RunConfig(min_sites=1, run_dir=str(tmp_path / "run"), max_site_share=cap)
    return FedTuneAvg(
        run=run, template=_Template(), fingerprint="v1:t:t", max_update_norm=10.0, max_site_share=cap,
        min_train_nodes=1, min_available_nodes=1,
    )


def _flower(states: list[dict[str, torch.Tensor]], weights: list[float], cap: float) -> dict[str, torch.Tensor]:
    replies = [_reply(i + 1, s, w) for i, (s, w) in enumerate(zip(states, weights, strict=True))]
    _for_flower(replies, (), capped_shares(weights, cap))
    arrays, _ = FedAvg(min_train_nodes=1).aggregate_train(1, replies)
    return from_arrays(arrays)


@pytest.mark.parametrize(
    ("weights", "cap"),
    [
        ([10, 20, 30], 1.0),            # plain FedAvg weights
        ([10_000, 10, 30], 0.5),         # one site pinned at the cap
        ([10, 30], 0.5),                 # two sites: equal shares
        ([1e9, 5e8, 3, 7, 11], 0.3),     # two pinned sites, claims far above the rest
        ([float(w) for w in range(1, 41)], 0.04),  # more sites than a block, equal-share cap
        ([float(w) ** 2 for w in range(1, 41)], 0.05),  # more sites than a block, several pinned
    ],
)
def test_the_fused_mean_is_flowers_fedavg_with_capped_weights(tmp_path, monkeypatch, weights, cap) -> None:
    states = [_site(i) for i in range(len(weights))]
    strategy = _strategy(tmp_path, cap, monkeypatch)
    replies = [_reply(i + 1, s, w) for i, (s, w) in enumerate(zip(states, weights, strict=True))]
    arrays, metrics = strategy.aggregate_train(1, replies)
    ours, expected = from_arrays(arrays), _flower(states, weights, cap)
    assert set(ours) == set(expected)
    for key, value in expected.items():
        assert torch.allclose(ours[key], value, atol=1e-6, rtol=1e-6), key
    assert dict(metrics) == {}  # Flower's metrics: the weight key is excluded, nothing else was kept
    shares = [strategy.history.rounds[0]["sites"][str(i + 1)]["weight-share"] for i in range(len(weights))]
    assert shares == pytest.approx(capped_shares(weights, cap))


def test_half_precision_payloads_sum_like_their_float32_values(tmp_path, monkeypatch) -> None:
    states, weights = [_site(1), _site(2), _site(3)], [10.0, 20.0, 30.0]
    strategy = _strategy(tmp_path, 1.0, monkeypatch)
    replies = [_reply(i + 1, s, w, dtype) for i, (s, w, dtype) in enumerate(zip(states, weights, ("float16", "bfloat16", "float32"), strict=True))]
    decoded = [from_arrays(r.content["arrays"]) for r in replies]
    arrays, _ = strategy.aggregate_train(1, replies)
    expected = _flower(decoded, weights, 1.0)
    for key, value in from_arrays(arrays).items():
        assert torch.allclose(value, expected[key], atol=1e-6)


def _tampered(kind: str) -> RecordDict:
    state = _site(7)
    key = next(iter(REFERENCE))
    content = _reply(9, state, 10).content
    arrays = content["arrays"]
    if kind == "keys":
        del arrays[key]
    elif kind == "shape":
        arrays[key] = Array(np.zeros((REFERENCE[key].shape[0] + 1, REFERENCE[key].shape[1]), np.float32))
    elif kind == "dtype":
        arrays[key] = Array(np.zeros(tuple(REFERENCE[key].shape), np.float64))
    elif kind == "non-finite":
        bad = state[key].clone()
        bad[0, 0] = float("inf")
        arrays[key] = Array(bad.numpy())
    elif kind == "norm":
        arrays[key] = Array((state[key] + 100.0).numpy())
    elif kind == "malformed":  # declared float32 of the right shape, bytes cut short
        good = arrays[key]
        arrays[key] = Array(dtype=good.dtype, shape=good.shape, stype=good.stype, data=good.data[:-8])
    return content


@pytest.mark.parametrize("code", ["keys", "shape", "dtype", "non-finite", "norm", "malformed"])
def test_each_rejection_drops_exactly_that_site_with_its_code(tmp_path, monkeypatch, code) -> None:
    states, weights = [_site(1), _site(2), _site(3)], [10.0, 20.0, 30.0]
    strategy = _strategy(tmp_path, 1.0, monkeypatch)
    replies = [_reply(i + 1, s, w) for i, (s, w) in enumerate(zip(states, weights, strict=True))]
    bad = _reply(4, _site(4), 1000.0)
    bad.content = _tampered(code)
    replies.insert(1, bad)  # in the middle, so the rows after it are decoded where it was
    arrays, _ = strategy.aggregate_train(1, replies)
    entry = strategy.history.rounds[0]
    assert entry["dropped"] == {"4": code}
    assert set(entry["sites"]) == {"1", "2", "3"}
    expected = _flower(states, weights, 1.0)
    for key, value in from_arrays(arrays).items():
        assert torch.allclose(value, expected[key], atol=1e-6)
    with pytest.raises(UpdateRejected) as caught:
        validate_update(_tampered(code), REFERENCE, max_norm=10.0)
    assert caught.value.code == code


def test_a_non_canonical_header_decodes_the_general_way(tmp_path) -> None:
    """A Fortran-ordered tensor is not np.save's C-order bytes, so it takes np.load's path and gives the same values."""
    state = _site(5)
    content = _reply(1, state, 10).content
    key = next(iter(REFERENCE))
    content["arrays"][key] = Array(np.asfortranarray(state[key].numpy()))
    layout = Layout(REFERENCE)
    row = layout.row()
    norm = check_update(content, layout, row, max_norm=10.0)
    decoded = layout.tensors(row)
    for k, v in state.items():
        assert torch.equal(decoded[k], v)
    exact = float(torch.cat([(state[k] - REFERENCE[k]).flatten().double() for k in REFERENCE]).norm())
    assert norm == pytest.approx(exact, rel=1e-5)


def test_a_layout_carried_to_the_next_round_reads_that_rounds_global_adapter(tmp_path, monkeypatch) -> None:
    """The strategy keeps its layout and buffers between rounds; the norm is still taken from each round's global adapter."""
    strategy = _strategy(tmp_path, 1.0, monkeypatch)
    strategy.aggregate_train(1, [_reply(1, _site(1), 10.0)])
    layout = strategy._layout  # noqa: SLF001
    strategy._current = None  # noqa: SLF001 - the next round
    moved = {k: v + 1.0 for k, v in REFERENCE.items()}  # 144 elements moved by 1: norm 12 from the last one
    strategy._global = moved  # noqa: SLF001 - what a commit leaves
    near_moved = {k: v + 0.01 * torch.ones_like(v) for k, v in moved.items()}
    arrays, _ = strategy.aggregate_train(2, [_reply(2, _site(2), 10.0), _reply(3, near_moved, 10.0)])
    assert strategy._layout is layout  # noqa: SLF001 - reused, not rebuilt
    entry = strategy.history.rounds[-1]
    assert entry["dropped"] == {"2": "norm"}  # near the old global adapter, far from the new one
    for key, value in from_arrays(arrays).items():
        assert torch.allclose(value, near_moved[key], atol=1e-6)


def test_layout_refresh_rebuilds_for_other_keys_shapes_or_order() -> None:
    layout = Layout(REFERENCE)
    shifted = {k: v + 1.0 for k, v in REFERENCE.items()}
    assert layout.refresh(shifted) is layout
    assert np.array_equal(layout.flat, torch.cat([v.reshape(-1) for v in shifted.values()]).numpy())
    assert layout.refresh(dict(reversed(list(REFERENCE.items())))) is not layout
    reshaped = {k: (v.reshape(-1) if i == 0 else v) for i, (k, v) in enumerate(REFERENCE.items())}
    assert layout.refresh(reshaped) is not layout
    assert layout.refresh({k: v for i, (k, v) in enumerate(REFERENCE.items()) if i}) is not layout

"""The coordinator's own evaluation on public text: every N rounds, in history and the plot, forgetting flagged.

The federation runs in process (tests/test_strategy.py's stand-in Grid and shifting sites):
the sites' updates move the global adapter by set amounts, so whether general-text
perplexity rises past the threshold is decided by the test, not by chance.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from fedtune.common.model import load_for_training
from fedtune.common.runconfig import RunConfig
from fedtune.server.app import run_federation
from fedtune.server.history import FORGETTING, FORGETTING_FLAG, GENERAL_PERPLEXITY, PUBLIC_ACCURACY, PUBLIC_LOSS, History
from fedtune.server.public_eval import PublicEvaluation
from tests.test_eval import _fluent_base
from tests.test_strategy import FakeGrid, flower_task, make_run, shifting_site  # noqa: F401  (flower_task: autouse fixture)


@pytest.fixture(scope="module")
def fluent(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model trained on the general sample: it has general text to forget."""
    return _fluent_base(tiny_model, tmp_path_factory.mktemp("fluent") / "model")


def _public_set(tmp_path: Path) -> Path:
    path = tmp_path / "public" / "test.jsonl"
    path.parent.mkdir()
    rows = [{"instruction": f"What is condition {i}?", "output": f"Condition {i} is a common illness.", "source": "public"} for i in range(6)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_untouched_adapter_scores_exactly_the_base_model(tiny_model: Path, tmp_path: Path) -> None:
    run = make_run(tiny_model, tmp_path, public_eval_every=1, public_eval_data=str(_public_set(tmp_path)))
    template = load_for_training(tiny_model, run.lora, torch.device("cpu"), seed=run.seed)
    evaluation = PublicEvaluation(run, template)
    figures = evaluation.measure(template)  # LoRA B starts at zero: the adapter is the base model
    base = evaluation.base_figures()
    assert figures[GENERAL_PERPLEXITY] == pytest.approx(base[GENERAL_PERPLEXITY], rel=1e-6)
    assert figures[PUBLIC_LOSS] == pytest.approx(base[PUBLIC_LOSS], rel=1e-6)
    assert abs(figures[FORGETTING]) < 1e-4 and figures[FORGETTING_FLAG] == 0
    assert 0.0 <= figures[PUBLIC_ACCURACY] <= 1.0


@pytest.mark.parametrize(("shift", "flagged"), [(0.0, False), (0.5, True)])
def test_each_round_records_public_figures_and_a_large_drift_is_flagged(fluent: Path, tmp_path: Path, shift: float, flagged: bool) -> None:
    public = _public_set(tmp_path)
    run = make_run(fluent, tmp_path, num_server_rounds=3, public_eval_every=2, public_eval_data=str(public))
    run_federation(FakeGrid({11: shifting_site(shift), 22: shifting_site(shift)}), run)
    history = json.loads((Path(run.run_dir) / "history.json").read_text())
    assert set(history["base"]) == {GENERAL_PERPLEXITY, PUBLIC_LOSS, "public-perplexity", PUBLIC_ACCURACY}
    measured = [r["round"] for r in history["rounds"] if GENERAL_PERPLEXITY in r["aggregate"]]
    assert measured == [2, 3]  # every 2nd round, and the last
    last = history["rounds"][-1]["aggregate"]
    assert bool(last[FORGETTING_FLAG]) is flagged
    assert (last[FORGETTING] > run.forgetting_threshold) is flagged
    if flagged:  # a shift of 0.5 in every LoRA weight is far from the base model on both sets
        assert last[PUBLIC_LOSS] > history["base"][PUBLIC_LOSS]
    assert History.load(Path(run.run_dir) / "history.json").base == history["base"]
    assert (Path(run.run_dir) / "loss.png").read_bytes()[:4] == b"\x89PNG"


def test_off_by_default_and_public_data_needs_a_cadence(tiny_model: Path, tmp_path: Path) -> None:
    run = make_run(tiny_model, tmp_path)
    run_federation(FakeGrid({11: shifting_site(0.01), 22: shifting_site(0.01)}), run)
    history = json.loads((Path(run.run_dir) / "history.json").read_text())
    assert history["base"] == {} and all(GENERAL_PERPLEXITY not in r["aggregate"] for r in history["rounds"])
    with pytest.raises(ValueError, match="public-eval-data needs public-eval-every"):
        RunConfig(public_eval_data="public.jsonl")
    with pytest.raises(ValueError, match="forgetting-threshold"):
        RunConfig(forgetting_threshold=0)

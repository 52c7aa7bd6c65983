"""Blind review: the export hides which model is which, scoring recovers a planted win rate, kappas match hand values."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import numpy as np
import pytest
import torch

from fedtune.cli import review as review_cli
from fedtune.common.adapters import save_adapter
from fedtune.common.model import LoraSettings, load_for_training
from fedtune.client.review import RUBRIC, Pair, ReviewError, cohen_kappa, fleiss_kappa, score, write_blind
from tests.conftest import write_jsonl


def _pairs(n: int) -> list[Pair]:
    # The adapter always answers at length, the base briefly: a pattern the export must not align with A or B.
    return [Pair([{"role": "user", "content": f"Question {i}?"}], f"Short {i}.", f"A much longer answer to question {i}, with detail.")
            for i in range(n)]


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "items.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_export_hides_which_model_is_which(tmp_path: Path) -> None:
    out = write_blind(_pairs(40), tmp_path / "review", random.Random(5))
    rows = _rows(out)
    key = json.loads((out / "key.json").read_text())["adapter"]
    assert sorted(p.name for p in out.iterdir()) == ["form.html", "items.csv", "key.json"]
    assert list(rows[0]) == ["item", "prompt", "answer_a", "answer_b"]
    assert [r["item"] for r in rows] == [f"item-{n:03d}" for n in range(1, 41)]
    # Exactly half the items show the adapter first, so neither the position nor the longer answer tells them apart.
    assert sum(v == "A" for v in key.values()) == 20
    assert sum(len(r["answer_a"]) > len(r["answer_b"]) for r in rows) == 20
    # Items are shuffled: their order is not the prompt file's.
    assert [r["prompt"] for r in rows] != [f"Question {i}?" for i in range(40)]
    for name in ("items.csv", "form.html"):
        text = (out / name).read_text().lower()
        assert "adapter" not in text and "base" not in text and "fine-tun" not in text
    form = (out / "form.html").read_text()
    assert all(f"name='item-001:{d}'" in form for d in RUBRIC) and "<script" in form and "http" not in form


def _ratings(path: Path, choices: dict[str, dict[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["item", *RUBRIC])
        writer.writeheader()
        for item, cells in choices.items():
            writer.writerow({"item": item, **cells})
    return path


def test_scoring_recovers_a_planted_win_rate(tmp_path: Path) -> None:
    out = write_blind(_pairs(300), tmp_path / "review", random.Random(1))
    key = json.loads((out / "key.json").read_text())["adapter"]
    rng = random.Random(2)
    files = []
    for rater in range(3):
        choices = {}
        for item, where in key.items():
            other = "B" if where == "A" else "A"
            choices[item] = {d: where if rng.random() < 0.7 else other for d in RUBRIC}
        files.append(_ratings(tmp_path / f"r{rater}.csv", choices))
    result = score(out, files)
    for dim in RUBRIC:
        entry = result["dimensions"][dim]
        low, high = entry["interval"]
        assert low < 0.7 < high and high - low < 0.1, (dim, entry)
        assert entry["agreement"]["measure"] == "Fleiss' kappa"
        # Each rater picks the adapter's answer with chance 0.7: agreement 0.7^2 + 0.3^2 = 0.58 against 0.5 by
        # chance (A and B equally often), so kappa = (0.58 - 0.5) / (1 - 0.5) = 0.16.
        assert entry["agreement"]["kappa"] == pytest.approx(0.16, abs=0.06)


def test_cohen_kappa_by_hand() -> None:
    # Observed agreement 3/4; chance (1/2)(1/4) + (1/2)(3/4) = 1/2; kappa (3/4 - 1/2) / (1 - 1/2) = 1/2.
    assert cohen_kappa(["A", "A", "B", "B"], ["A", "B", "B", "B"]) == pytest.approx(0.5)
    assert cohen_kappa(["A", "B", "tie"], ["A", "B", "tie"]) == pytest.approx(1.0)


def test_fleiss_kappa_matches_the_worked_example() -> None:
    # Fleiss (1971) as worked on Wikipedia: 10 items, 14 raters, 5 categories; P-bar 0.378, P-e 0.213, kappa 0.210.
    table = np.array([
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ])
    assert fleiss_kappa(table) == pytest.approx(0.210, abs=5e-4)
    with pytest.raises(ValueError, match="same number"):
        fleiss_kappa(np.array([[1, 1], [2, 1]]))


def test_two_raters_get_cohen_and_the_disputed_items_are_listed(tmp_path: Path) -> None:
    out = write_blind(_pairs(4), tmp_path / "review", random.Random(3))
    items = sorted(json.loads((out / "key.json").read_text())["adapter"])
    first = _ratings(tmp_path / "a.csv", {i: {d: "A" for d in RUBRIC} for i in items})
    second = _ratings(tmp_path / "b.csv", {i: {d: ("B" if i == items[2] else "A") for d in RUBRIC} for i in items})
    result = score(out, [first, second], top=2)
    assert result["dimensions"]["safety"]["agreement"]["measure"] == "Cohen's kappa"
    assert result["most_disputed"] == [{"item": items[2], "disagreement": 1.0}]


def test_a_bad_rating_names_file_line_and_field(tmp_path: Path) -> None:
    out = write_blind(_pairs(2), tmp_path / "review", random.Random(3))
    bad = _ratings(tmp_path / "r.csv", {"item-001": {"accuracy": "better", "completeness": "", "safety": "A", "terminology": "tie"}})
    with pytest.raises(ReviewError, match=r"r\.csv:2: field 'accuracy': 'better'"):
        score(out, [bad])
    unknown = _ratings(tmp_path / "u.csv", {"item-999": {d: "A" for d in RUBRIC}})
    with pytest.raises(ReviewError, match=r"u\.csv:2: field 'item'"):
        score(out, [unknown])


def test_export_and_score_commands_on_the_tiny_model(tmp_path: Path, tiny_model: Path, capsys) -> None:
    adapter = save_adapter(load_for_training(tiny_model, LoraSettings(r=2), torch.device("cpu")), tmp_path / "adapter")
    prompts = write_jsonl(tmp_path / "p.jsonl", [{"instruction": f"Explain item {i}.", "output": "x", "id": i} for i in range(3)])
    out = tmp_path / "review"
    argv = ["export", "--base", str(tiny_model), "--adapter", str(adapter), "--prompts", str(prompts), "--out", str(out), "--max-new-tokens", "4"]
    assert review_cli.main(argv) == 0
    assert len(_rows(out)) == 3
    ratings = _ratings(tmp_path / "r.csv", {r["item"]: {d: "tie" for d in RUBRIC} for r in _rows(out)})
    assert review_cli.main(["score", str(out), "--ratings", str(ratings), "--out", str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text())["dimensions"]["accuracy"]["win_rate"] == 0.5
    assert "accuracy      0.500" in capsys.readouterr().out
    assert review_cli.main(["score", str(tmp_path), "--ratings", str(ratings)]) == 2

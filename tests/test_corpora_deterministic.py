"""Every labelled corpus under bench/ is the same in every process: a generator that iterated a set of strings changed
with PYTHONHASHSEED (the tenth corpus did, so its figures moved between runs with no code changed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
CORPORA = ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "holdout"]
DIGEST = """
import hashlib, importlib, json, sys
sys.path.insert(0, sys.argv[1])
for name in sys.argv[2:]:
    records = importlib.import_module(name).generate()
    print(name, hashlib.sha256(json.dumps([(r.record, repr(r.pii), repr(r.keep)) for r in records], sort_keys=True, default=str).encode()).hexdigest())
"""


def _digests(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", DIGEST, str(BENCH), *CORPORA], env=env, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_every_corpus_is_the_same_whatever_the_hash_seed() -> None:
    first, second = _digests("1"), _digests("2")
    assert len(first.splitlines()) == len(CORPORA)
    assert first == second

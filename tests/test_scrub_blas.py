"""The NER model on numpy's OpenBLAS finds exactly the entities it finds on blis, on one BLAS thread."""

from __future__ import annotations

import pytest

from fedtune.demo.synthetic import generate_records
from fedtune.scrubbing import engine
from fedtune.scrubbing.blas import PER_THREAD_SETTER, find_openblas, one_blas_thread
from fedtune.scrubbing.engine import LANGUAGE, NerOnlySpacyEngine
from fedtune.scrubbing.scrub import text_fields

FORMATS = ("instruction", "chat", "text")
openblas = find_openblas()
needs_openblas = pytest.mark.skipif(openblas is None, reason="numpy has no bundled OpenBLAS with per-thread settings")


def _texts(documents: int) -> list[str]:
    records = generate_records("clinical", documents, seed=7, formats=FORMATS)
    records += generate_records("legal", documents, seed=7, formats=FORMATS)
    return list(dict.fromkeys(text for r in records for _, text in text_fields(r.record, 0)))


def _entities(nlp_engine: NerOnlySpacyEngine, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    with one_blas_thread(nlp_engine.openblas):
        docs = nlp_engine.nlp[LANGUAGE].pipe(texts, batch_size=128)
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


@needs_openblas
@pytest.mark.parametrize("documents", [20, pytest.param(400, marks=pytest.mark.slow)])
def test_openblas_gives_the_entities_of_blis(documents: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(documents)
    fast = NerOnlySpacyEngine()
    fast.load()
    monkeypatch.setattr(engine, "find_openblas", lambda: None)
    stock = NerOnlySpacyEngine()
    stock.load()
    assert stock.nlp[LANGUAGE].get_pipe("ner").model.ops.use_blis
    assert not fast.nlp[LANGUAGE].get_pipe("ner").model.ops.use_blis
    assert _entities(fast, texts) == _entities(stock, texts)


@needs_openblas
def test_one_blas_thread_pins_the_calling_thread_and_restores_its_setting() -> None:
    set_threads = getattr(openblas, PER_THREAD_SETTER)
    before = set_threads(3)
    try:
        with one_blas_thread(openblas):
            assert set_threads(1) == 1
        assert set_threads(3) == 3
    finally:
        set_threads(before)

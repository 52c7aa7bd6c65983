"""Helpers shared by the scrubbing tests: one analyzer for all of them, and a network that refuses every connection."""

from __future__ import annotations

import socket
from functools import cache

import pytest
from presidio_analyzer import EntityRecognizer

from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.detect import Detector

THRESHOLD = 0.35  # ScrubSettings.score_threshold's default


@cache
def shared_detector() -> Detector:
    """Built once per test session: loading the model and recognizers costs seconds."""
    return Detector(ScrubSettings())


def detected(text: str) -> list[tuple[str, str]]:
    """(entity, text) of what the full pipeline scrubs in ``text``."""
    return [(d.entity, text[d.start : d.end]) for d in shared_detector().detect([[text]])[0][0]]


def gone(text: str, value: str) -> bool:
    """Whether every non-space character of ``value`` (its first occurrence in ``text``) lies inside a scrubbed span."""
    start = text.index(value)
    covered = {i for d in shared_detector().detect([[text]])[0][0] for i in range(d.start, d.end)}
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


def scrubbed_values(text: str) -> set[str]:
    return {value for _, value in detected(text)}


def found(recognizer: EntityRecognizer, text: str) -> set[str]:
    """One recognizer's matches that pass the default threshold without any context word."""
    results = recognizer.analyze(text, recognizer.supported_entities)
    return {text[r.start : r.end] for r in results if r.score >= THRESHOLD}


def survives(text: str, term: str) -> bool:
    """Whether ``term`` survives the full pipeline in ``text``: no scrubbed value holds it or lies inside it."""
    return not any(term in v or v in term for v in scrubbed_values(text) if any(c.isalnum() for c in v))


def kept(term: str) -> bool:
    """Whether a protected term survives the full pipeline in a neutral sentence."""
    text = f"Noted on review: {term}. Plan agreed."
    return not any(term in v or v in term for v in scrubbed_values(text) if any(c.isalnum() for c in v))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to resolve a host or open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

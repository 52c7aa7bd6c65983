"""Checks shared by the tests of the blind corpora whose modules share bench/blind3.py's records (bench/blind11.py on)."""

from __future__ import annotations

from types import ModuleType


def assert_labels_at_offsets(corpus: list, module: ModuleType, entities: tuple[str, ...]) -> None:
    """Every label is the text at its offsets, in order and never overlapping, trimmed, and of a known entity; every
    protected term is in the record; no marker character of the generator is left in a text."""
    for r in corpus:
        texts = dict(module.text_fields(r.record))
        assert r.pii and r.keep, r.doctype
        offsets = module.span_offsets(r)
        assert len(offsets) == len(r.pii)
        ends: dict[str, int] = {}
        for (path, start, end, entity), span in zip(offsets, r.pii):
            assert texts[path][start:end] == span.text and entity == span.entity
            assert start >= ends.get(path, 0)  # in order and never overlapping
            ends[path] = end
            assert span.text == span.text.strip() and span.text[-1] not in ",;:|" and span.entity in entities, span
        for term in r.keep:
            assert any(term in t for t in texts.values()), term
        assert not any(c in t for t in texts.values() for c in "\x02\x03\x04\x05\x1f")

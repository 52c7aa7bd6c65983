"""Prompt masking: the labelled positions are exactly the response tokens, in every format."""

from __future__ import annotations

import pytest

from fedtune.common.data import DataError, Record
from fedtune.common.model import load_tokenizer
from fedtune.common.tokenize import IGNORE, encode, render


def _labelled(example) -> list[int]:  # noqa: ANN001
    return [t for t, l in zip(example.input_ids, example.labels, strict=True) if l != IGNORE]


def _check_labels_are_ids(example) -> None:  # noqa: ANN001
    for token, label in zip(example.input_ids, example.labels, strict=True):
        assert label in (IGNORE, token)


def test_instruction_labels_only_the_response(tiny_tokenizer) -> None:
    record = Record("instruction", {"instruction": "Summarize the note.", "input": "Pt stable.", "output": "Stable patient."}, "f", 1)
    ex = encode(record, tiny_tokenizer, 256)
    _check_labels_are_ids(ex)
    assert tiny_tokenizer.decode(_labelled(ex)) == "Stable patient.<|im_end|>\n"
    prompt = tiny_tokenizer.decode([t for t, l in zip(ex.input_ids, ex.labels) if l == IGNORE])
    assert "Summarize the note.\n\nPt stable." in prompt and "Stable patient." not in prompt


def test_chat_labels_every_assistant_turn_and_nothing_else(tiny_tokenizer) -> None:
    messages = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "First?"},
        {"role": "assistant", "content": "One."},
        {"role": "user", "content": "Second?"},
        {"role": "assistant", "content": "Two."},
    ]
    ex = encode(Record("chat", {"messages": messages}, "f", 1), tiny_tokenizer, 256)
    _check_labels_are_ids(ex)
    assert tiny_tokenizer.decode(_labelled(ex)) == "One.<|im_end|>\nTwo.<|im_end|>\n"
    # The labelled tokens are exactly the tokens of the responses, not merely text-equal.
    full = render(tiny_tokenizer, messages)
    assert tiny_tokenizer.decode(ex.input_ids) == full


def test_plain_text_trains_on_every_token(tiny_tokenizer) -> None:
    ex = encode(Record("text", {"text": "Domain prose for pre-training."}, "f", 1), tiny_tokenizer, 256)
    assert ex.labels == ex.input_ids
    assert tiny_tokenizer.decode(ex.input_ids).endswith(tiny_tokenizer.eos_token)


def test_fallback_template_without_chat_template(tiny_gpt2) -> None:
    tok = load_tokenizer(tiny_gpt2)
    assert not tok.chat_template
    record = Record("instruction", {"instruction": "Q?", "input": "", "output": "A."}, "f", 1)
    ex = encode(record, tok, 256)
    assert tok.decode(ex.input_ids) == f"### User:\nQ?\n\n### Assistant:\nA.{tok.eos_token}\n\n"
    assert tok.decode(_labelled(ex)) == f"A.{tok.eos_token}\n\n"


def test_record_longer_than_context_names_file_line_and_field(tiny_tokenizer) -> None:
    record = Record("instruction", {"instruction": "x", "input": "word " * 300, "output": "y"}, "site.jsonl", 7)
    with pytest.raises(DataError) as info:
        encode(record, tiny_tokenizer, 64)
    assert str(info.value).startswith("site.jsonl:7: field 'input'")
    assert "longer than the context of 64" in str(info.value)


def test_general_text_is_truncated_but_site_text_is_not(tiny_tokenizer) -> None:
    record = Record("text", {"text": "general prose " * 100}, "general.jsonl", 1)
    assert len(encode(record, tiny_tokenizer, 32, truncate=True).input_ids) == 32
    with pytest.raises(DataError):
        encode(record, tiny_tokenizer, 32)

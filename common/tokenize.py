"""Records to token ids and labels, with the loss on response tokens only.

Instruction and chat records are rendered with the tokenizer's chat template, or with
the fallback below when it has none. A token is a response token when its characters
lie inside an assistant turn: from the end of the generation prompt to the end of that
turn as rendered (so the end-of-turn marker is learnt and the model stops). Every other
token gets label -100. Plain text trains on every token and ends with EOS.

Fallback template, for tokenizers without one::

    ### System:\n{content}\n\n      (only when present)
    ### User:\n{content}\n\n
    ### Assistant:\n{content}{eos}\n\n
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .data import DataError, Record

IGNORE = -100
_FALLBACK_HEADERS = {"system": "### System:\n", "user": "### User:\n", "assistant": "### Assistant:\n"}


@dataclass(frozen=True)
class Example:
    input_ids: list[int]
    labels: list[int]


def as_messages(record: Record) -> list[dict[str, str]]:
    """Instruction records become one user turn and one assistant turn."""
    if record.kind == "chat":
        return record.data["messages"]
    if record.kind == "instruction":
        prompt = record.data["instruction"]
        if record.data.get("input"):
            prompt = f"{prompt}\n\n{record.data['input']}"
        return [{"role": "user", "content": prompt}, {"role": "assistant", "content": record.data["output"]}]
    raise ValueError("plain text has no messages")


def render(tokenizer: Any, messages: list[dict[str, str]], add_generation_prompt: bool = False) -> str:
    """The conversation as text, by the chat template or the documented fallback."""
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=add_generation_prompt
        )
    eos = tokenizer.eos_token or ""
    parts = []
    for message in messages:
        end = eos if message["role"] == "assistant" else ""
        parts.append(f"{_FALLBACK_HEADERS[message['role']]}{message['content']}{end}\n\n")
    if add_generation_prompt:
        parts.append(_FALLBACK_HEADERS["assistant"])
    return "".join(parts)


def response_spans(tokenizer: Any, messages: list[dict[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered text and the character spans of every assistant turn."""
    full = render(tokenizer, messages)
    spans = []
    for i, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        start = len(render(tokenizer, messages[:i], add_generation_prompt=True))
        prefix = render(tokenizer, messages[: i + 1])
        end = len(prefix)
        if not full.startswith(prefix) or start > end:
            raise ValueError(
                "the chat template does not render conversations as prefixes of each other; "
                "prompt masking needs a template that does"
            )
        spans.append((start, end))
    return full, spans


def encode(record: Record, tokenizer: Any, max_length: int, *, truncate: bool = False) -> Example:
    """Token ids and labels for one record; too long a record is a DataError naming it.

    ``truncate`` cuts the record to the context instead: continued pre-training on general
    text, and a federation's rounds, where max-length is the coordinator's choice and an
    error would tell it whether some record is longer.
    """
    if record.kind == "text":
        text = record.data["text"] + (tokenizer.eos_token or "")
        spans = [(0, len(text))]
    else:
        text, spans = response_spans(tokenizer, as_messages(record))
    encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offsets = encoded["input_ids"], encoded["offset_mapping"]
    if truncate:
        ids, offsets = ids[:max_length], offsets[:max_length]
    if len(ids) > max_length:
        longest = max(record.text_fields(), key=lambda item: len(item[1]))[0]
        raise DataError(
            record.source,
            record.line,
            longest,
            f"record is {len(ids)} tokens, longer than the context of {max_length}; "
            "shorten it or raise max_length",
        )
    labels = [
        token if any(s <= a and b <= e and b > a for s, e in spans) else IGNORE
        for token, (a, b) in zip(ids, offsets, strict=True)
    ]
    return Example(input_ids=list(ids), labels=labels)


def encode_all(
    records: list[Record], tokenizer: Any, max_length: int, *, skip_invalid: bool = False, truncate: bool = False
) -> tuple[list[Example], Counter[str]]:
    """Encode every record; with ``skip_invalid`` too-long records are counted, not fatal."""
    examples, skipped = [], Counter[str]()
    for record in records:
        try:
            examples.append(encode(record, tokenizer, max_length, truncate=truncate))
        except DataError as err:
            if not skip_invalid:
                raise
            skipped["too long for the context"] += 1
    return examples, skipped

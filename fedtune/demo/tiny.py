"""A tiny randomly initialised model and tokenizer, saved as an ordinary model folder.

Tests and quick runs use it through the same loading code as a real base model, so
they exercise ``from_pretrained`` and LoRA without the cost of 135M parameters.
"""

from __future__ import annotations

from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import GPT2Config, LlamaConfig, PreTrainedTokenizerFast

from fedtune.common.data import general_sample

# The chat template of the embedded model's family (ChatML), without a default system turn.
CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] "
    "+ '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

_CORPUS = [
    "The patient was admitted with chest pain and discharged after three days.",
    "Summary: follow-up in 2 weeks; continue metformin 500 mg twice daily.",
    "The parties agree that this clause survives termination of the agreement.",
    "Summarize the note. List the medications. Who are the parties?",
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?'\"()[]<>-_/%#@&*+=",
]


def tiny_tokenizer(*, chat_template: bool = True, vocab_size: int = 2048) -> PreTrainedTokenizerFast:
    """A byte-level BPE trained on the shipped general text: encodes any text, deterministically."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    corpus = _CORPUS + [r.data["text"] for r in general_sample()]
    tok.train_from_iterator(corpus, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>" if chat_template else "<|endoftext|>",
        pad_token="<|endoftext|>",
        additional_special_tokens=SPECIALS[1:],
    )
    if chat_template:
        fast.chat_template = CHATML
    return fast


def build_tiny_model(
    out_dir: str | Path,
    *,
    arch: str = "llama",
    chat_template: bool = True,
    hidden: int = 64,
    layers: int = 2,
    max_positions: int = 1024,
    seed: int = 0,
) -> Path:
    """Write a tiny model and its tokenizer to ``out_dir`` and return the folder."""
    from transformers import AutoModelForCausalLM

    out = Path(out_dir)
    tokenizer = tiny_tokenizer(chat_template=chat_template)
    vocab = len(tokenizer)
    if arch == "llama":
        config = LlamaConfig(
            vocab_size=vocab,
            hidden_size=hidden,
            intermediate_size=hidden * 2,
            num_hidden_layers=layers,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=max_positions,
            tie_word_embeddings=True,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id,
        )
    elif arch == "gpt2":
        config = GPT2Config(
            vocab_size=vocab,
            n_embd=hidden,
            n_layer=layers,
            n_head=4,
            n_positions=max_positions,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id,
        )
    else:
        raise ValueError(f"tiny models come as 'llama' or 'gpt2', not {arch!r}")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out

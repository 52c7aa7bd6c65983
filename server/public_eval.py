"""The coordinator's own evaluation of the global adapter, on public text only: it costs no privacy.

Every ``public-eval-every`` rounds, and after the last, the coordinator scores the global
adapter it already holds on
- the general-text sample shipped with fedtune: perplexity against the base model's, the
  forgetting monitor, flagged when it rises more than ``forgetting-threshold`` percent;
- a public domain test set on the coordinator's machine (``public-eval-data``), when one is
  named: loss, perplexity and token accuracy on response tokens, against the base model.

Nothing here reads a site's data or a site's reply: it is the only per-round evaluation the
coordinator sees apart from the sites' accounted releases. The figures go into history.json
and the plot (server/history.py) beside the sites' noised validation loss. The general sample
is also what sites mix into training to limit forgetting, so the monitor sees forgetting of
that sample's kind of text; a stricter check uses a general set no site trains on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from peft import PeftModel

from fedtune.common.data import DataError, general_sample, read_records
from fedtune.common.model import load_tokenizer, resolve_base
from fedtune.common.runconfig import RunConfig
from fedtune.common.scoring import TokenScores, encode_for_eval, token_scores

from .history import FORGETTING, FORGETTING_FLAG, GENERAL_PERPLEXITY, PUBLIC_ACCURACY, PUBLIC_LOSS, PUBLIC_PERPLEXITY

log = logging.getLogger(__name__)

BATCH = 4


@dataclass(frozen=True)
class Baseline:
    """The base model's scores (the adapter disabled), measured once per run."""

    general: TokenScores
    public: TokenScores | None


class PublicEvaluation:
    """Scores the coordinator's global adapter on public text; ``due`` says which rounds."""

    def __init__(self, run: RunConfig, template: PeftModel) -> None:
        self.run = run
        tokenizer = load_tokenizer(resolve_base(run.base_model))
        self.pad = tokenizer.pad_token_id
        self.general, _ = encode_for_eval(general_sample(), tokenizer, run.max_length)
        self.public = None
        if run.public_eval_data:
            records, report = read_records(Path(run.public_eval_data))
            if not records:
                raise DataError(Path(run.public_eval_data), 0, "(path)", "public-eval-data holds no records")
            self.public, cut = encode_for_eval(records, tokenizer, run.max_length)
            log.info(
                "public evaluation: %d records from %s (%d cut to max-length %d, %d fields ignored)",
                len(records), run.public_eval_data, cut, run.max_length, sum(report.ignored.values()),
            )
        with template.disable_adapter():
            self.baseline = Baseline(self._scores(template, self.general), self._scores(template, self.public))

    def due(self, server_round: int) -> bool:
        every = self.run.public_eval_every
        return every > 0 and (server_round % every == 0 or server_round == self.run.num_server_rounds)

    def measure(self, model: PeftModel) -> dict[str, float | int]:
        """The global adapter's figures for history (the model must hold the round's global adapter)."""
        general = self._scores(model, self.general)
        assert general is not None
        change = 100.0 * (general.perplexity / self.baseline.general.perplexity - 1.0)
        figures: dict[str, float | int] = {
            GENERAL_PERPLEXITY: general.perplexity,
            FORGETTING: change,
            FORGETTING_FLAG: int(change > self.run.forgetting_threshold),
        }
        public = self._scores(model, self.public)
        if public is not None:
            figures |= {PUBLIC_LOSS: public.loss, PUBLIC_PERPLEXITY: public.perplexity, PUBLIC_ACCURACY: public.accuracy}
        if figures[FORGETTING_FLAG]:
            log.warning(
                "forgetting: general-text perplexity %.2f is %.1f%% above the base model's %.2f (threshold %g%%)",
                general.perplexity, change, self.baseline.general.perplexity, self.run.forgetting_threshold,
            )
        return figures

    def base_figures(self) -> dict[str, float]:
        """The base model's figures, for the record of round 0."""
        figures = {GENERAL_PERPLEXITY: self.baseline.general.perplexity}
        if self.baseline.public is not None:
            public = self.baseline.public
            figures |= {PUBLIC_LOSS: public.loss, PUBLIC_PERPLEXITY: public.perplexity, PUBLIC_ACCURACY: public.accuracy}
        return figures

    def _scores(self, model: PeftModel, examples: list | None) -> TokenScores | None:
        if examples is None:
            return None
        was_training = model.training
        try:
            return token_scores(model, examples, self.pad, BATCH)
        finally:
            model.train(was_training)

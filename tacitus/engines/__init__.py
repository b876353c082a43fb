"""Engines decide where the one per-document code path runs; they never change what it does."""
from tacitus.engines.local import code_in_batches

__all__ = ["code_in_batches"]

"""Readers: files, folders, JSONL and stdin -> Article records (and Skipped notes)."""
from tacitus.ingest.readers import ARTICLE_SUFFIXES, Skipped, iter_paths, read_articles

__all__ = ["ARTICLE_SUFFIXES", "Skipped", "iter_paths", "read_articles"]

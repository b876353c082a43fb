"""Duplicate articles: exact reprints (same normalised text) and near-duplicates (reprints with
another headline, boilerplate or small edits), found with MinHash signatures of word shingles
and locality-sensitive hashing (datasketch).

Signatures are kept in the store (`signatures` table), so an article ingested today is compared
with everything ingested before. The first-seen article of a group is the original; later ones
name it in `articles.duplicate_of`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

MODES = ("off", "exact", "near")
NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets at which two texts are one story
MIN_WORDS = 40  # shorter texts are compared only exactly: too few shingles to judge
_SEED = 20261128
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def check_mode(mode: str) -> str:
    from tacitus.errors import ConfigError

    if mode not in MODES:
        raise ConfigError(f"--dedup {mode!r}: expected one of {', '.join(MODES)}")
    return mode


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def shingles(text: str, toks: list[str] | None = None) -> set[bytes]:
    toks = words(text) if toks is None else toks
    if len(toks) < SHINGLE:
        return {" ".join(toks).encode("utf-8")} if toks else set()
    return {" ".join(toks[i:i + SHINGLE]).encode("utf-8") for i in range(len(toks) - SHINGLE + 1)}


@dataclass
class Match:
    original: str  # doc_id of the first-seen article
    kind: str  # exact | near
    score: float


class NearDuplicates:
    """An LSH index over MinHash signatures of article texts."""

    def __init__(self, threshold: float = THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, np.ndarray] = {}
        self.original: dict[str, str] = {}  # doc_id -> its original (itself when original)

    @staticmethod
    def signature(text: str) -> np.ndarray | None:
        """The MinHash signature of a text (uint32 array), None when the text is too short."""
        from datasketch import MinHash

        toks = words(text)
        if len(toks) < MIN_WORDS:
            return None
        sh = shingles(text, toks)
        m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32", permutations=_permutations())
        m.update_batch(list(sh))
        return m.hashvalues.astype(np.uint32)

    def add(self, doc_id: str, sig: np.ndarray | None, original: str | None = None) -> None:
        if sig is None or doc_id in self.sigs:
            return
        self.sigs[doc_id] = sig
        self.original[doc_id] = original or doc_id
        self.lsh.insert(doc_id, _minhash(sig), check_duplication=False)

    def find(self, sig: np.ndarray | None) -> Match | None:
        """The original of the most similar stored article at or above the threshold."""
        if sig is None or not self.sigs:
            return None
        best = None
        for cand in self.lsh.query(_minhash(sig)):
            score = float(np.mean(self.sigs[cand] == sig))
            if score >= self.threshold and (best is None or (score, cand) > (best[0], best[1])):
                best = (score, cand)
        if best is None:
            return None
        return Match(original=self.original.get(best[1], best[1]), kind="near", score=round(best[0], 3))


def _minhash(sig: np.ndarray):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32", hashvalues=sig.astype(np.uint64),
                   permutations=_permutations())


@functools.cache
def _permutations():
    """The seeded permutation parameters, drawn once per process: datasketch draws them anew
    for every MinHash it builds (a quarter of the time of a signature), and they depend only
    on the seed and the number of permutations."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32").permutations


def to_blob(sig: np.ndarray | None) -> bytes | None:
    return None if sig is None else sig.astype("<u4").tobytes()


def from_blob(blob: bytes | None) -> np.ndarray | None:
    return None if not blob else np.frombuffer(blob, dtype="<u4").astype(np.uint32)

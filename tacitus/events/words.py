"""Closed word classes used by the event coder's rules, loaded from data/word_sets.tsv.

Each row becomes a module constant named after it in upper case: a frozenset, or a tuple when
the row's order is a priority order (prepositions tried first to last)."""
from __future__ import annotations

from tacitus.tables import read_tsv, resource_path


def _load() -> dict:
    path = resource_path("tacitus.events", "data/word_sets.tsv")
    out = {}
    for _, row in read_tsv(path, ("name", "words", "ordered"), required=("name", "words")):
        items = [w.strip() for w in row["words"].split(";") if w.strip()]
        out[row["name"].upper()] = tuple(items) if row["ordered"] == "yes" else frozenset(items)
    return out


_SETS = _load()
DEFAULT_TARGET_PREPS = _SETS["DEFAULT_TARGET_PREPS"]
OWNER_PREPS = _SETS["OWNER_PREPS"]
NAME_PARTS = _SETS["NAME_PARTS"]
PLACE_HEADS = _SETS["PLACE_HEADS"]
NON_EVENT_SAY = _SETS["NON_EVENT_SAY"]
HELP_VERBS = _SETS["HELP_VERBS"]
COMMAND_VERBS = _SETS["COMMAND_VERBS"]
REFUSE_VERBS = _SETS["REFUSE_VERBS"]
THREAT_NOUNS = _SETS["THREAT_NOUNS"]
PEACE_MISSION_WORDS = _SETS["PEACE_MISSION_WORDS"]
MISSION_NOUNS = _SETS["MISSION_NOUNS"]
PEACEKEEPER_WORDS = _SETS["PEACEKEEPER_WORDS"]
PATIENT_NOUNS = _SETS["PATIENT_NOUNS"]
AGENT_OF_NOUNS = _SETS["AGENT_OF_NOUNS"]
NON_TARGET_PREPS = _SETS["NON_TARGET_PREPS"]
PARTICLES = _SETS["PARTICLES"]
TIME_PREPS = _SETS["TIME_PREPS"]
LET_VERBS = _SETS["LET_VERBS"]
QUANTITY_WORDS = _SETS["QUANTITY_WORDS"]
RECEIVE_VERBS = _SETS["RECEIVE_VERBS"]
MEASURE_NOUNS = _SETS["MEASURE_NOUNS"]
VIOLENCE_NOUNS = _SETS["VIOLENCE_NOUNS"]
COPULAS = _SETS["COPULAS"]
BEHEST_NOUNS = _SETS["BEHEST_NOUNS"]
ANNOUNCE_VERBS = _SETS["ANNOUNCE_VERBS"]
EXERCISE_WORDS = _SETS["EXERCISE_WORDS"]
BLAME_WORDS = _SETS["BLAME_WORDS"]
HARM_NOUNS = _SETS["HARM_NOUNS"]
PROTESTER_WORDS = _SETS["PROTESTER_WORDS"]
PROTEST_ACTS = _SETS["PROTEST_ACTS"]
LABEL_VERBS = _SETS["LABEL_VERBS"]
MONEY_WORDS = _SETS["MONEY_WORDS"]
COLLECTIVE_NOUNS = _SETS["COLLECTIVE_NOUNS"]
READINESS = _SETS["READINESS"]
ACCIDENT_NOUNS = _SETS["ACCIDENT_NOUNS"]
NEGATIVE_LABELS = _SETS["NEGATIVE_LABELS"]
PROBE_WORDS = _SETS["PROBE_WORDS"]
INQUIRY_VERBS = _SETS["INQUIRY_VERBS"]
RELIEF_TEAM_WORDS = _SETS["RELIEF_TEAM_WORDS"]
FAIRNESS_WORDS = _SETS["FAIRNESS_WORDS"]
VOTE_NOUNS = _SETS["VOTE_NOUNS"]
SURROUND_VERBS = _SETS["SURROUND_VERBS"]
CLOSURE_VERBS = _SETS["CLOSURE_VERBS"]
SCORN_VERBS = _SETS["SCORN_VERBS"]
FACE_VERBS = _SETS["FACE_VERBS"]
HACKER_WORDS = _SETS["HACKER_WORDS"]

SUBJ = ("nsubj", "nsubjpass", "csubj")
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
HOSTILE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
ANY_PREPS = DEFAULT_TARGET_PREPS + ("by", "for", "over", "about", "from", "of", "toward", "around", "near")
WINDOW = 40  # tokens around a trigger searched by the fallbacks: keeps coding linear in sentence length

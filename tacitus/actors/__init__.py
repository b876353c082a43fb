"""Actors: dictionaries (data/*.tsv), matching them in parsed text, and resolving noun phrases
to CAMEO-style codes (names, titles, demonyms, capitals, agents, pronouns)."""
from tacitus.actors.dictionary import ActorDictionary, Entry, load_dictionary
from tacitus.actors.resolver import DocActors

__all__ = ["ActorDictionary", "DocActors", "Entry", "load_dictionary"]

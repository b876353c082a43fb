"""Events: ontology tables (CAMEO, Goldstein, PLOVER, quad class), the verb and noun lexicon,
and the clause coder that turns a parsed sentence into event records."""
from tacitus.events.lexicon import Lexicon, load_lexicon
from tacitus.events.ontology import Ontology, load_ontology

__all__ = ["Lexicon", "Ontology", "load_lexicon", "load_ontology"]

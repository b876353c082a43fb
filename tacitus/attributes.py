"""spaCy's attribute ruler (tag -> POS and morphology, pronoun lemmas, contractions), applied by
table lookup instead of spaCy's general token Matcher, with the same result.

The English models map every token's fine-grained tag to its coarse POS and morphological
features with ~180 one- or two-token patterns. spaCy runs them through its Matcher, which
tests every pattern at every token: about an eighth of the whole parse. Almost every pattern
is a test of a few attributes of one token (`{"TAG": "PRP", "LOWER": "her"}`), so which
patterns hold for a token depends only on those attributes' values. `IndexedAttributeRuler`
works out, once per distinct combination of values, the patterns it satisfies and the
attributes they write (later patterns win, as in spaCy), and sets them per token.

It takes over only when every pattern of the model's ruler is of the supported kinds (exact
value, IN, NOT_IN or REGEX on a string attribute, True/False on a flag; no operators) and
writes only token-level attributes (LEMMA, POS, TAG, DEP, MORPH); otherwise the model's own
component stays. tests/test_attributes.py checks it against spaCy's on every token of the
sample articles.
"""
from __future__ import annotations

import re

FACTORY = "tacitus_attribute_ruler"
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE")
_WRITABLE = ("LEMMA", "POS", "TAG", "DEP", "MORPH")  # stored on the token, never on the shared lexeme
_MAX_CACHE = 100_000  # distinct attribute combinations remembered (~30 MB at most)
_NONE: frozenset = frozenset()


class Unsupported(ValueError):
    """The ruler has a pattern or an attribute this class does not handle."""


class IndexedAttributeRuler:
    """Applies the patterns of a spaCy `AttributeRuler` (same matches, same order, same values)."""

    def __init__(self, ruler):
        from spacy import attrs

        self.ruler = ruler
        self.vocab = ruler.vocab
        strings = self.vocab.strings
        writable = {getattr(attrs, a) for a in _WRITABLE}
        used: dict[str, int] = {}  # attribute name -> column in the per-token key
        self.singles: list[tuple[int, list]] = []  # (rule, test) for one-token patterns
        self.multi: list[tuple[int, list[list], int]] = []  # (rule, tests per token, offset of the target)
        for rule, attr_values in enumerate(ruler.attrs):
            if any(k not in writable for k in attr_values):
                raise Unsupported(f"rule {rule} writes an attribute other than {', '.join(_WRITABLE)}")
            for pattern in ruler.matcher.get(strings[str(rule)])[1]:
                if not pattern:
                    raise Unsupported(f"rule {rule} has an empty pattern")
                index = ruler.indices[rule]
                offset = index if index >= 0 else len(pattern) + index
                if not 0 <= offset < len(pattern):
                    raise Unsupported(f"rule {rule}: index {index} outside its pattern")
                tests = [self._compile(spec, used) for spec in pattern]
                if len(tests) == 1:
                    self.singles.append((rule, tests[0]))
                else:
                    self.multi.append((rule, tests, offset))
        self.columns = [getattr(attrs, a) for a in used]
        self.rule_attrs = ruler.attrs
        self._cache: dict[tuple, tuple] = {}
        self._written: dict[tuple, dict] = {}  # rules -> the attributes they write together

    def _compile(self, spec: dict, used: dict[str, int]) -> list:
        """One token's pattern as [(column, kind, value)]; kinds: eq, in, not_in, regex, flag."""
        strings = self.vocab.strings
        tests = []
        for key, value in spec.items():
            name = "ORTH" if key == "TEXT" else key
            if name in _FLAG_ATTRS:
                if not isinstance(value, bool):
                    raise Unsupported(f"{key}: {value!r} is not True or False")
                tests.append((used.setdefault(name, len(used)), "flag", value))
                continue
            if name not in _STRING_ATTRS:
                raise Unsupported(f"pattern key {key!r}")
            col = used.setdefault(name, len(used))
            if isinstance(value, str):
                tests.append((col, "eq", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    tests.append((col, op.lower(), frozenset(strings.add(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((col, "regex", re.compile(arg)))
                else:
                    raise Unsupported(f"{key}: predicate {op!r}")
            else:
                raise Unsupported(f"{key}: {value!r}")
        return tests

    def _holds(self, tests: list, key: tuple) -> bool:
        strings = self.vocab.strings
        for col, kind, value in tests:
            v = key[col]
            if kind == "eq":
                ok = v == value
            elif kind == "in":
                ok = v in value
            elif kind == "not_in":
                ok = v not in value
            elif kind == "flag":
                ok = bool(v) == value
            else:  # regex on the attribute's text, as spaCy's Matcher does
                ok = value.search(strings[v]) is not None
            if not ok:
                return False
        return True

    def _entry(self, key: tuple) -> tuple:
        """For one combination of attribute values: the attributes written by the one-token
        rules that hold, those rules, the (pattern, position) of every multi-token pattern
        position that holds, and the multi-token patterns whose first token holds."""
        rules = tuple(sorted({rule for rule, tests in self.singles if self._holds(tests, key)}))
        positions = frozenset((i, pos) for i, (_, tests, _) in enumerate(self.multi)
                              for pos, t in enumerate(tests) if self._holds(t, key))
        starts = tuple(sorted(i for i, pos in positions if pos == 0))
        written = self._written.get(rules)
        if written is None:  # shared by every key that the same rules hold for
            written = self._written[rules] = self._merge(rules)
        entry = (written, rules, positions or _NONE, starts)
        if len(self._cache) >= _MAX_CACHE:
            self._cache.clear()
        self._cache[key] = entry
        return entry

    def _merge(self, rules) -> dict:
        out: dict = {}
        for rule in rules:  # ascending: a later rule overrides what an earlier one set
            out.update(self.rule_attrs[rule])
        return out

    def __call__(self, doc):
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if not n:
            return doc
        keys = list(map(tuple, doc.to_array(self.columns).reshape(n, len(self.columns)).tolist()))
        cache = self._cache
        entries = [cache.get(k) or self._entry(k) for k in keys]
        extra: dict[int, set[int]] = {}  # token -> rules of multi-token patterns that target it
        for start, entry in enumerate(entries):
            for i in entry[3]:
                rule, tests, offset = self.multi[i]
                if start + len(tests) <= n and all((i, pos) in entries[start + pos][2] for pos in range(1, len(tests))):
                    extra.setdefault(start + offset, set()).add(rule)
        for t, (written, rules, _, _) in enumerate(entries):
            if t in extra:
                written = self._merge(sorted(set(rules) | extra[t]))
            if written:
                set_token_attrs(doc[t], written)
        return doc

    def pipe(self, stream, *, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


def install(nlp, name: str = "attribute_ruler") -> bool:
    """Put an IndexedAttributeRuler in place of the pipeline's attribute ruler `name`; False
    (and the pipeline unchanged) when there is none or its patterns are not supported."""
    import logging

    from spacy.language import Language

    if name not in nlp.pipe_names:
        return False
    if FACTORY not in Language.factories:
        Language.factory(FACTORY, default_config={"source": "attribute_ruler"}, func=_make)
    try:
        nlp.add_pipe(FACTORY, after=name, config={"source": name})
    except Unsupported as exc:
        logging.getLogger(__name__).debug("keeping spaCy's attribute ruler: %s", exc)
        return False
    nlp.remove_pipe(name)
    return True


def _make(nlp, name: str, source: str):
    """spaCy factory: built from the pipeline's own attribute ruler, named `source`."""
    return IndexedAttributeRuler(nlp.get_pipe(source))

"""Import PETRARCH / TABARI actor and agent dictionaries into Tacitus's TSV formats.

Actor files: an entry line holds a phrase (words joined by `_`; a trailing `_` marks an
unstemmed word) and optionally codes; `+PHRASE` lines add synonyms; indented `[CODE dates]`
lines add codes. Dates: `>YYMMDD` (from), `<YYMMDD` (until), `YYMMDD-YYMMDD`. A two-digit
year below 30 is 20xx, otherwise 19xx. `#` starts a comment.
Agent files: `PHRASE [~CODE]` lines (the code attaches to the actor it modifies), with
`!MACRO! = A, B` substitutions such as `!PERSON! = MAN, MEN, WOMAN`, and an optional
`{PLURAL}` after the phrase (an irregular plural, imported as a phrase of its own; `{}`: none).

Output (written by `tacitus actors import`):
- actors: name, aliases, code, start, end (one row per code and period; read with --actors)
- agents: phrase, code, title (read with --actors too; the header tells which it is)
Stemmed words are imported as exact words. A bad line is reported with its line number
and skipped. Companies (MNC codes) are left out unless asked for (`companies=True`,
`--companies`): Tacitus codes political events, and with every company an actor, business
news ("X agreed to buy Y") becomes agreements between actors.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.errors import InputError

log = logging.getLogger(__name__)

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_PLURAL_BLOCK = re.compile(r"\{([^{}]*)\}")
_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_DATE6 = re.compile(r"^(?:\d{6}|\d{8})$")
ACTOR_COLUMNS = ("name", "aliases", "code", "start", "end")
AGENT_COLUMNS = ("phrase", "code", "title")
TITLE_WORDS = {"president", "minister", "king", "queen", "general", "senator", "prime", "chancellor", "emir", "sultan",
               "premier", "secretary", "ambassador", "governor", "mayor", "judge", "colonel", "admiral", "commander"}


@dataclass
class ImportResult:
    kind: str  # actors | agents
    rows: list[tuple] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    lines: int = 0
    companies_left_out: int = 0  # entries with an MNC code, not imported unless asked for


def _yymmdd(value: str) -> str:
    import datetime as dt

    if not _DATE6.match(value):
        raise ValueError(f"date {value!r} is not YYMMDD or YYYYMMDD")
    if len(value) == 8:
        year, mm, dd = int(value[:4]), int(value[4:6]), int(value[6:])
    else:
        yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:])
        year = 2000 + yy if yy < 30 else 1900 + yy
    try:
        return dt.date(year, mm, dd).isoformat()
    except ValueError:
        raise ValueError(f"date {value!r} is not a real date") from None


def parse_code(token: str) -> tuple[str, str, str]:
    """'RUSGOV 120507-' / 'AFGELI 320101-331108' / 'X >080501' / 'X <991231' -> (code, start, end)."""
    parts = token.split()
    if not parts:
        raise ValueError("empty code []")
    code = parts[0].strip()
    if not _CODE.match(code):
        raise ValueError(f"code {code!r} is not 3, 6 or 9... capital letters")
    start = end = ""
    for p in parts[1:]:
        if p.startswith(">"):
            start = _yymmdd(p[1:])
        elif p.startswith("<"):
            end = _yymmdd(p[1:])
        elif "-" in p:
            a, _, b = p.partition("-")
            start = _yymmdd(a) if a else ""
            end = _yymmdd(b) if b else ""
        else:
            raise ValueError(f"date restriction {p!r} is not >YYMMDD, <YYMMDD or YYMMDD-YYMMDD")
    return code, start, end


def _phrase(raw: str) -> str:
    """'VLADIMIR_PUTIN_' -> 'Vladimir Putin'; short single words stay upper case (acronyms)."""
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    if len(words) == 1 and len(words[0]) <= 5 and "." not in words[0] and not re.search(r"[AEIOU]", words[0][1:]):
        return words[0]
    out = []
    for w in words:
        if "." in w or (len(w) <= 4 and not re.search(r"[AEIOU]", w)):
            out.append(w)  # U.N., NATO-like acronyms
        else:
            out.append("-".join(part.capitalize() for part in w.split("-")))
    return " ".join(out)


def detect_kind(text: str) -> str:
    return "agents" if re.search(r"\[~[A-Z]", text) else "actors"


def import_petrarch(path: str | Path, *, companies: bool = False) -> ImportResult:
    path = Path(path)
    try:
        text = path.read_text("utf-8", errors="strict")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        text = path.read_text("latin-1")
    kind = detect_kind(text)
    return _agents(text, str(path)) if kind == "agents" else _actors(text, str(path), companies)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _actors(text: str, name: str, companies: bool = False) -> ImportResult:
    res = ImportResult("actors")
    entries: list[dict] = []
    current: dict | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        res.lines += 1
        line = _strip_comment(raw)
        if not line.strip():
            continue
        try:
            if line.startswith("+"):
                if current is None:
                    raise ValueError("synonym line before any entry")
                phrase = _CODE_BLOCK.sub("", line[1:]).strip()
                if phrase:
                    current["aliases"].append(_phrase(phrase))
                for block in _CODE_BLOCK.findall(line):
                    current["codes"].append(parse_code(block))
            elif line[0] in " \t" or line.lstrip().startswith("["):
                if current is None:
                    raise ValueError("code line before any entry")
                blocks = _CODE_BLOCK.findall(line)
                if not blocks:
                    raise ValueError("indented line without a [CODE]")
                for block in blocks:
                    current["codes"].append(parse_code(block))
            elif line.lstrip().startswith("<") or line.lstrip().startswith("{"):
                continue  # PETRARCH XML-ish headers and compound patterns are not actors
            else:
                phrase = _CODE_BLOCK.sub("", line).strip()
                if not phrase or "[" in phrase or "]" in phrase:
                    raise ValueError("entry line without a phrase or with an unbalanced [")
                current = {"name": _phrase(phrase), "aliases": [], "codes": [], "line": lineno}
                entries.append(current)
                for block in _CODE_BLOCK.findall(line):
                    current["codes"].append(parse_code(block))
        except ValueError as exc:
            res.problems.append(f"{name}:{lineno}: {exc}; line skipped")
    for e in entries:
        if not e["codes"]:
            res.problems.append(f"{name}:{e['line']}: entry {e['name']!r} has no code; skipped")
            continue
        if not companies and any(code.startswith("MNC") for code, _, _ in e["codes"]):
            res.companies_left_out += 1
            continue
        aliases = ";".join(sorted({a for a in e["aliases"] if a and a != e["name"] and ";" not in a and "\t" not in a}))
        for code, start, end in e["codes"]:
            if start and end and start > end:
                res.problems.append(f"{name}:{e['line']}: {code} starts after it ends; skipped")
                continue
            res.rows.append((e["name"], aliases, code, start, end))
    return res


def _agents(text: str, name: str) -> ImportResult:
    res = ImportResult("agents")
    macros: dict[str, list[str]] = {}
    seen: set[str] = set()
    for lineno, raw in enumerate(text.splitlines(), 1):
        res.lines += 1
        line = _strip_comment(raw)
        if not line.strip():
            continue
        m = re.match(r"^\s*(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        blocks = _CODE_BLOCK.findall(line)
        phrase = _CODE_BLOCK.sub("", line)
        # "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}": an irregular plural; "{}": none
        plurals = [p.strip() for p in _PLURAL_BLOCK.findall(phrase) if p.strip()]
        phrase = _PLURAL_BLOCK.sub("", phrase).strip()
        if not blocks or not phrase or "{" in phrase or "}" in phrase:
            res.problems.append(f"{name}:{lineno}: expected 'PHRASE [~CODE]'; line skipped")
            continue
        code = blocks[0].strip()
        if not re.match(r"^~?[A-Z]{3}(?:[A-Z]{3})*~?$", code):
            res.problems.append(f"{name}:{lineno}: agent code {code!r} is not [~XXX]; line skipped")
            continue
        sector = code.strip("~")[:3]
        expansions = [phrase, *plurals]
        for macro, words in macros.items():
            if macro in phrase:
                expansions = [p.replace(macro, w) for p in expansions for w in words]
        if "!" in "".join(expansions):
            res.problems.append(f"{name}:{lineno}: unknown macro in {phrase!r}; line skipped")
            continue
        for p in expansions:
            words = [w for w in re.split(r"[_\s]+", p.lower()) if w]
            key = " ".join(words)
            if key and key not in seen:
                seen.add(key)
                title = "yes" if words[-1] in TITLE_WORDS else "no"
                res.rows.append((key, sector, title))
    return res


def write_tsv(result: ImportResult, out: str | Path) -> None:
    cols = AGENT_COLUMNS if result.kind == "agents" else ACTOR_COLUMNS
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Imported by `tacitus actors import` from a PETRARCH/TABARI dictionary.\n")
        fh.write("\t".join(cols) + "\n")
        for row in result.rows:
            fh.write("\t".join(str(v) for v in row) + "\n")

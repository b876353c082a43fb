"""`tacitus actors` (list, import), `tacitus dyad` and `tacitus network`: actors and their interactions."""
from __future__ import annotations

import click

from tacitus.cli.common import fail, print_frame, cli_settings, db_option, handle_errors, main, range_options


# ----------------------------------------------------------------------------- actors
@main.group("actors", invoke_without_command=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format of the actor list.")
@click.pass_context
@handle_errors
def actors_group(ctx, db, fmt):
    """Actor dictionaries: import other formats for use with --actors; list the actors
    seen in a database (plain 'tacitus actors' is 'tacitus actors list').

    \b
    Example:
      tacitus actors import Phoenix.Countries.actors.txt --format petrarch --out phoenix-countries.tsv
      tacitus code article.txt --actors phoenix-countries.tsv
      tacitus actors --db demo.duckdb
    """
    if ctx.invoked_subcommand is None:
        _print_actors(db, fmt)


@actors_group.command("list")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")
@handle_errors
def actors_list_cmd(db, fmt):
    """List the actors seen in a database: mentions, events as source and as target, first
    and last dates, most events first.

    \b
    Example:
      tacitus actors list --db demo.duckdb
      tacitus actors list --db demo.duckdb --format csv > actors.csv
    """
    _print_actors(db, fmt)


def _print_actors(db, fmt):
    from tacitus.analysis import actors
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = actors(store)
    print_frame(frame, fmt, empty="no actors in this database")


@actors_group.command("import")
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["petrarch"]), default="petrarch", show_default=True, help="Dictionary format (PETRARCH/TABARI actors or agents).")
@click.option("--out", required=True, type=click.Path(), help="Tacitus TSV to write (use it with --actors).")
@click.option("--companies", is_flag=True, help="Also import companies (MNC codes); left out by default, as they turn business news into events.")
@handle_errors
def actors_import_cmd(file, fmt, out, companies):
    """Convert a PETRARCH/TABARI actor or agent dictionary to a Tacitus TSV.

    Bad lines are reported with their line numbers and skipped.

    \b
    Example:
      tacitus actors import Phoenix.agents.txt --out phoenix-agents.tsv
    """
    from tacitus.actors.petrarch import import_petrarch, write_tsv

    result = import_petrarch(file, companies=companies)
    for problem in result.problems[:20]:
        click.echo(f"warning: {problem}", err=True)
    if len(result.problems) > 20:
        click.echo(f"warning: ... and {len(result.problems) - 20} more problem lines", err=True)
    if not result.rows:
        fail(f"{file}: no {result.kind} entries found", 2)
    write_tsv(result, out)
    click.echo(f"{file}: {len(result.rows)} {result.kind} rows written to {out} "
               f"({len(result.problems)} line(s) skipped)")
    if result.companies_left_out:
        click.echo(f"{file}: {result.companies_left_out} company (MNC) entries left out; add --companies to keep them")


# ----------------------------------------------------------------------------- analysis
@main.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day", show_default=True, help="Period of each row (weeks start on Monday).")
@range_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format (csv and json have every PLOVER type column).")
@handle_errors
def dyad_cmd(a, b, db, by, since, until, fmt):
    """Events between actors A and B per period, both directions: counts by quad class,
    Goldstein sum and mean, events by PLOVER type. Codes match by prefix (RUS matches RUSGOV).

    \b
    Example:
      tacitus dyad RUS CHN --db demo.duckdb --by month
      tacitus dyad USA CHN --since 2023-01-01 --format csv > usa-chn.csv
    """
    from tacitus.analysis import dyad
    from tacitus.analysis.dyad import QUAD_COLUMNS
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = dyad(store, a, b, by=by, since=since, until=until)
    columns = None
    if fmt == "table" and not frame.empty:
        fixed = ["period", "direction", "events", *QUAD_COLUMNS, "goldstein_sum", "goldstein_mean"]
        types = [c for c in frame.columns[len(fixed) + 2:] if frame[c].sum() > 0]
        columns = fixed + types
    print_frame(frame, fmt, empty=f"no events between {a.upper()} and {b.upper()}", columns=columns)


@main.command("network")
@db_option
@range_options
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True, help="Drop pairs and actors with fewer events.")
@click.option("--graphml", type=click.Path(dir_okay=False), default=None, help="Write the graph as GraphML (Gephi, Cytoscape, networkx).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Write the graph as JSON (nodes and edges).")
@click.option("--top", type=int, default=20, show_default=True, help="Print this many top pairs.")
@handle_errors
def network_cmd(db, since, until, min_events, graphml, json_out, top):
    """The actor interaction network: nodes are actor codes, directed edges count events
    (source -> target) with their mean Goldstein score. Prints the top pairs.

    \b
    Example:
      tacitus network --db demo.duckdb --min-events 2 --graphml actors.graphml --json actors.json
    """
    from tacitus.analysis import network
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        net = network(store, since=since, until=until, min_events=min_events)
    if graphml:
        net.write_graphml(graphml)
    if json_out:
        net.write_json(json_out)
    click.echo(f"{len(net.nodes)} actor(s), {len(net.edges)} pair(s)"
               + "".join(f"; wrote {f}" for f in (graphml, json_out) if f))
    if len(net.edges):
        click.echo("top actor pairs (source -> target, events, mean Goldstein):")
        for r in net.edges.head(top).itertuples(index=False):
            click.echo(f"  {r.source:<10} -> {r.target:<10} {r.count:>4}   {r.goldstein_mean:+.2f}")

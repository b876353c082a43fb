"""The README stays true: its Python example runs and prints what it says."""
import re

from conftest import ROOT


def test_docs_readme_python_example_runs(examples_db, capsys, monkeypatch):
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## Python API\n\n```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    code = block.replace('"demo.duckdb"', repr(examples_db))
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "SANCTION 163 ['CHN']"
    assert len(out.splitlines()) == 1 + 13  # one line per sample article

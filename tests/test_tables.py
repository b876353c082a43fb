"""The data-table loaders: a broken or ambiguous table is a clear error naming the file and line."""
import pytest

from tacitus.errors import DataFileError
from tacitus.tables import read_word_sets


def _package_with(tmp_path, monkeypatch, text: str) -> str:
    name = f"fakepkg_{tmp_path.name}"  # one package per test: the import system caches packages by name
    pkg = tmp_path / name
    (pkg / "data").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "data" / "sets.tsv").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_tables_word_sets_load_as_sets_and_ordered_tuples(tmp_path, monkeypatch):
    pkg = _package_with(tmp_path, monkeypatch, "name\twords\tordered\n# a comment\nverbs\tsay; tell\tno\npreps\ton;at\tyes\n")
    sets = read_word_sets(pkg, "data/sets.tsv")
    assert sets == {"VERBS": frozenset({"say", "tell"}), "PREPS": ("on", "at")}


def test_tables_word_set_named_twice_is_an_error_naming_both_lines(tmp_path, monkeypatch):
    # the later row used to replace the earlier one without a word, so rules written against the
    # first set silently read the second
    pkg = _package_with(tmp_path, monkeypatch, "name\twords\tordered\nverbs\tsay\tno\nnouns\ttalk\tno\nverbs\tsay;tell\tno\n")
    with pytest.raises(DataFileError) as err:
        read_word_sets(pkg, "data/sets.tsv")
    message = str(err.value)
    assert "sets.tsv" in message and "4" in message and "already defined on line 2" in message


@pytest.mark.parametrize("package, name", [("tacitus.events", "data/word_sets.tsv"),
                                           ("tacitus.actors", "data/actor_words.tsv")])
def test_tables_shipped_word_sets_have_unique_names(package, name):
    assert read_word_sets(package, name)  # raises DataFileError on a repeated name

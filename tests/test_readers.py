"""Readers: text and JSONL contracts, and every kind of bad input named in the foundation issue."""
import json

import pytest

from tacitus.errors import InputError
from tacitus.ingest import Skipped, read_articles


def _read(path, **kw):
    return list(read_articles([str(path)], **kw))


def test_readers_text_file_title_date_line_and_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Leaders meet\nDate: 2022-02-04\n\nPutin met Xi in Beijing.\nThey signed a deal.\n", "utf-8")
    (art,) = _read(p)
    assert art.title == "Leaders meet"
    assert art.date == "2022-02-04" and art.date_source == "line"
    assert art.text.startswith("Putin met Xi") and "Date:" not in art.text


def test_readers_date_option_overrides_and_mtime_is_the_fallback(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title\nBody text here.\n", "utf-8")
    (art,) = _read(p)
    assert art.date_source == "mtime" and art.date
    (art,) = _read(p, date="2020-01-02")
    assert art.date == "2020-01-02" and art.date_source == "given"


def test_readers_jsonl_bad_lines_are_skipped_with_line_numbers(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "1", "text": "Russia attacked Ukraine.", "date": "2022-02-24"}),
        "{not json",
        json.dumps({"id": "3", "title": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"id": "5", "text": "x", "date": "yesterday"}),
        json.dumps({"id": "6", "text": "China protested.", "date": "2022-03-01T10:00:00Z"}),
    ]
    p.write_text("\n".join(lines) + "\n", "utf-8")
    items = _read(p)
    good = [i for i in items if not isinstance(i, Skipped)]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [a.doc_id for a in good] == ["1", "6"]
    assert good[1].date == "2022-03-01"
    assert [b.line for b in bad] == [2, 3, 4, 5]
    assert "not valid JSON" in bad[0].reason and "'text'" in bad[1].reason
    assert "ISO 8601" in bad[3].reason


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b"Title\nCaf\xe9 au lait in Paris\n", "not valid UTF-8"),
    ],
    ids=["empty", "whitespace", "binary", "latin1"],
)
def test_readers_bad_text_files_are_skipped_with_a_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    (item,) = _read(p)
    assert isinstance(item, Skipped)
    assert reason in item.reason and item.path == str(p)


def test_readers_50mb_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
        fh.seek(0)
        fh.write(b"Title\n")
    (item,) = _read(p)
    assert isinstance(item, Skipped) and "MB" in item.reason


def test_readers_folder_without_articles_is_reported(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    (item,) = _read(tmp_path)
    assert isinstance(item, Skipped) and "no article files" in item.reason


def test_readers_missing_path_raises_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        _read(tmp_path / "nope.txt")


def test_readers_folders_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("T2\nSecond article.\n")
    (tmp_path / "1.txt").write_text("T1\nFirst article.\n")
    titles = [a.title for a in _read(tmp_path)]
    assert titles == ["T1", "T2"]


def test_readers_2gb_file_is_refused_without_reading_it(tmp_path):
    for name in ("huge.txt", "huge.json"):
        p = tmp_path / name
        with p.open("wb") as fh:
            fh.truncate(2 * 1024**3)  # sparse: costs no disk
            fh.seek(0)
            fh.write(b"[" + b" " * 16384 if name.endswith(".json") else b"Title\n")
        (item,) = _read(p)
        assert isinstance(item, Skipped) and "MB" in item.reason, item


def test_readers_100mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    """One 100 MB line among good ones: skipped with its line number, the others read, and the
    reader's memory stays far below the line's size (it is never held whole)."""
    import subprocess
    import sys

    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "a", "text": "Russia and China signed a deal."}\n')
        fh.write('{"id": "big", "text": "' + "x" * (100 * 1024 * 1024) + '"}\n')
        fh.write('{"id": "b", "text": "Turkey rejected the plan."}\n')
    code = (
        "import sys\n"
        "from tacitus.ingest import read_articles, Skipped\n"
        f"items = list(read_articles([{str(p)!r}]))\n"
        "print([getattr(i, 'doc_id', None) or (i.line, i.reason) for i in items])\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(int(hwm) // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    items, peak_mb = out.stdout.strip().splitlines()
    assert "'a'" in items and "'b'" in items and "(2, 'line is longer than" in items
    assert int(peak_mb) < 100, f"peak RSS {peak_mb} MB while skipping a 100 MB line"

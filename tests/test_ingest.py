"""Reading articles: titles, paragraphs, and a clear refusal for anything that is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factquiz.errors import InputError
from factquiz.ingest import collect_paths, load_documents, parse_document


def test_headline_then_paragraphs() -> None:
    doc = parse_document("Rebels take the city\n\nRebels took the city on Friday .\n\n"
                         "The mayor fled.\nHe went north.\n", path="a.txt", doc_id="s1")
    assert doc.title == "Rebels take the city"
    # Blank lines separate paragraphs; the stray space before a full stop is mended.
    assert doc.paragraphs == ["Rebels took the city on Friday.", "The mayor fled. He went north."]


def test_article_without_headline_keeps_its_first_sentence() -> None:
    doc = parse_document("Rebels took the city of Kunduz on Friday, officials said.\n\nMore.\n")
    assert doc.paragraphs[0].startswith("Rebels took the city")
    assert doc.title.startswith("Rebels took the city of Kunduz")


def test_markdown_markup_is_stripped() -> None:
    doc = parse_document("# The **big** day\n\nA [link](http://x) and `code`.\n", path="a.md")
    assert doc.title == "The big day"
    assert doc.paragraphs == ["A link and code."]


def test_folder_expands_to_sorted_text_files_and_skips_readme(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B title\n\nSome text.\n")
    (tmp_path / "a.md").write_text("A title\n\nOther text.\n")
    (tmp_path / "README.TXT").write_text("About this folder\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    docs = load_documents([tmp_path])
    assert [Path(d.path).name for d in docs] == ["a.md", "b.txt"]
    assert [d.id for d in docs] == ["s1", "s2"]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title\n\nText.\n")
    assert len(collect_paths([f, tmp_path])) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "a.txt: file is empty"),
        (b"\n \n", "a.txt: file is empty"),
        (b"PK\x03\x04\x00\x00binary", "a.txt: looks like a binary file"),
        (b"Title\n\nCaf\xe9 society\n", "a.txt:3: not valid UTF-8"),
    ],
)
def test_bad_files_are_refused_with_the_reason(tmp_path: Path, content: bytes,
                                               message: str) -> None:
    (tmp_path / "a.txt").write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_documents([tmp_path / "a.txt"])


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        load_documents([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="folder has no text files"):
        load_documents([tmp_path])


def test_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factquiz.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_text("word " * 100)
    with pytest.raises(InputError, match="the limit for one article"):
        load_documents([tmp_path / "big.txt"])

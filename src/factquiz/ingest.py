"""Files and folders -> Documents: the only place that reads article text from disk.

Refuses, with a one-line reason naming the file, anything a user would not call an article:
missing paths, empty files, binary files, text that is not UTF-8, files too large to be one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from factquiz.errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Larger than any news article by two orders of magnitude; protects memory and patience.
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class Document:
    """One article: a stable id, its title, and its body split into paragraphs."""

    id: str
    title: str
    path: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ")
    # News dumps often put a space before the final full stop ("air strikes .").
    text = re.sub(r"[ \t]+([.,;:!?])(?=\s|$)", r"\1", text)
    return text


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"^\s*[-*+]\s+", "", line)
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"(\*\*|__|`)", "", line)
    return line


def read_text(path: Path) -> str:
    """Read one file as UTF-8 text, or raise InputError saying exactly why not."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise InputError(f"{path}: file is {size / 1e6:.1f} MB; the limit for one article is "
                         f"{MAX_BYTES / 1e6:.0f} MB")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not valid UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                         "save the file as UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


def _looks_like_title(line: str) -> bool:
    """A headline is short and does not end like a sentence."""
    return len(line.split()) <= 16 and not line.rstrip().endswith((".", "!", "?", '"', ":"))


def parse_document(text: str, path: str = "", doc_id: str | None = None) -> Document:
    """Split text into a title (first non-empty line) and paragraphs.

    Blank lines separate paragraphs; in files with no blank lines, each line is a paragraph,
    which is how the BBC corpus and many plain-text dumps are laid out.
    """
    text = _clean(text)
    is_markdown = path.endswith((".md", ".markdown"))
    lines = [(_strip_markdown(line) if is_markdown else line).strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    title = ""
    if lines and _looks_like_title(lines[0]):
        title = lines.pop(0)
    elif lines:
        # No headline: name the article by its opening words, keep the line as text.
        words = lines[0].split()
        title = " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
    paragraphs: list[str] = []
    current: list[str] = []
    has_blank_separators = any(not line for line in lines)
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
        elif has_blank_separators:
            current.append(line)
        else:
            paragraphs.append(line)
    if current:
        paragraphs.append(" ".join(current))
    # A single-line file: the line is both its title and its only paragraph.
    if not paragraphs and title:
        paragraphs = [title]
    if doc_id is None:
        doc_id = "s" + hashlib.sha1(text.encode()).hexdigest()[:8]
    return Document(id=doc_id, title=title[:200], path=path, paragraphs=paragraphs)


def _is_meta_file(path: Path) -> bool:
    """README and LICENSE files describe a folder of articles; they are not articles."""
    return path.stem.upper() in {"README", "LICENSE", "LICENCE", "CHANGELOG"}


def collect_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders into their text files (sorted, recursive), keeping the user's order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                and not p.name.startswith(".") and not _is_meta_file(p)
            )
            if not found:
                raise InputError(f"{path}: folder has no text files ({', '.join(TEXT_SUFFIXES)})")
            files.extend(found)
        else:
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def load_documents(paths: list[str | Path]) -> list[Document]:
    """Read every file named or found under the folders named; ids are s1, s2, ... in order."""
    documents = []
    for index, path in enumerate(collect_paths(paths), start=1):
        doc = parse_document(read_text(path), path=str(path), doc_id=f"s{index}")
        documents.append(doc)
    return documents

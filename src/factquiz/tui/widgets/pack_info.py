"""The description of one pack the picker and the mode screen show: counts by kind, sources,
best score. Built as Rich `Text` from literal pack text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text

from factquiz.model import KIND_LABELS, KINDS, Pack
from factquiz.tui.text import literal


@dataclass
class PackEntry:
    """A pack file as the picker knows it: loaded, or the reason it could not be."""

    path: Path
    pack: Pack | None = None
    error: str | None = None
    best: int | None = None

    @property
    def title(self) -> str:
        return self.pack.title if self.pack else self.path.name

    def matches(self, query: str) -> bool:
        """Search as you type: every word of the query appears in title, description or file."""
        haystack = " ".join([self.title, self.pack.description if self.pack else "",
                             self.path.name]).casefold()
        return all(word in haystack for word in query.casefold().split())


def kind_line(pack: Pack) -> Text:
    counts = pack.kind_counts()
    parts = [f"{counts[k]} {KIND_LABELS.get(k, k.upper())}" for k in KINDS if k in counts]
    total = len(pack.questions)
    return Text(f"{total} question{'s' if total != 1 else ''}: " + ", ".join(parts))


def pack_details(entry: PackEntry) -> Text:
    """Title, description, questions by kind, sources and best score, as one block."""
    text = Text()
    if entry.pack is None:
        text.append(literal(entry.path.name, "bold"))
        text.append("\nThis pack cannot be played:\n", style="bold red")
        text.append(literal(entry.error or "unknown problem"))
        return text
    pack = entry.pack
    text.append(literal(pack.title, "bold"))
    if pack.description:
        text.append("\n")
        text.append(literal(pack.description))
    text.append("\n\n")
    text.append(kind_line(pack))
    text.append("\n\nSources:", style="bold")
    for source in pack.sources:
        text.append("\n • ")
        text.append(literal(source.title))
    text.append("\n\n")
    if entry.best is None:
        text.append("Not played yet.", style="italic")
    else:
        text.append("Best score: ", style="bold")
        text.append(str(entry.best))
    text.append("\n")
    text.append(literal(entry.path.name, "dim"))
    return text

"""The pack picker: every bundled and user pack, searchable as you type, with details."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from factquiz.errors import FactquizError
from factquiz.pack import load, pack_key
from factquiz.tui.text import literal
from factquiz.tui.widgets.pack_info import PackEntry, pack_details


def load_entries(paths: list[Path], progress) -> list[PackEntry]:
    """Load every pack file; a broken one becomes an entry that explains itself."""
    entries = []
    for path in paths:
        try:
            pack = load(path)
        except FactquizError as error:
            entries.append(PackEntry(path, error=str(error)))
            continue
        entries.append(PackEntry(path, pack, best=progress.best_score(pack_key(pack))))
    return entries


class PickerScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Play", show=True),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("ctrl+r", "review", "Review due"),
        Binding("f2", "app.stats", "Stats"),
        Binding("escape", "clear", "Clear search", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[PackEntry] = []
        self.shown: list[PackEntry] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("factquiz · pick a pack: type to search, Enter to play"),
                     id="picker-title")
        yield Input(placeholder="Search packs…", id="search")
        with Horizontal(id="picker-main"):
            yield OptionList(id="packs")
            with VerticalScroll(id="details-scroll"):
                yield Static(id="details")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#search", Input).focus()

    def on_screen_resume(self) -> None:
        if self.entries:
            self.reload()

    def reload(self) -> None:
        """Read the pack files again (a new best score, a pack added while playing)."""
        self.entries = load_entries(self.app.pack_paths(), self.app.progress)
        self.refilter()

    def refilter(self) -> None:
        query = self.query_one("#search", Input).value
        self.shown = [e for e in self.entries if e.matches(query)]
        packs = self.query_one("#packs", OptionList)
        highlighted = packs.highlighted
        packs.clear_options()
        for entry in self.shown:
            prompt = literal(entry.title)
            if entry.pack is None:
                prompt.append(" (broken)", style="red")
            packs.add_option(Option(prompt))
        if self.shown:
            packs.highlighted = min(highlighted or 0, len(self.shown) - 1)
        self.show_details()

    def current(self) -> PackEntry | None:
        index = self.query_one("#packs", OptionList).highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index]

    def show_details(self) -> None:
        entry = self.current()
        details = self.query_one("#details", Static)
        if entry is not None:
            details.update(pack_details(entry))
        elif self.entries:
            details.update(Text("No pack matches the search."))
        else:
            details.update(Text("No packs found. Put .yaml packs in the quizzes/ folder or your "
                                "pack folder, or make one with `factquiz generate`."))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refilter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_open()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_details()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open()

    def action_move(self, step: int) -> None:
        packs = self.query_one("#packs", OptionList)
        if self.shown:
            index = packs.highlighted if packs.highlighted is not None else -step
            packs.highlighted = (index + step) % len(self.shown)

    def action_clear(self) -> None:
        self.query_one("#search", Input).value = ""

    def action_open(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.pack is None:
            self.app.show_message("This pack cannot be played", entry.error or "")
            return
        self.app.open_pack(entry.pack)

    def action_review(self) -> None:
        self.app.start_review([e.pack for e in self.entries if e.pack is not None])

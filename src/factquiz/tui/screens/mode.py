"""Choosing how to play one pack: the mode, how many questions, shuffled or not."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from factquiz.model import Pack
from factquiz.pack import pack_key
from factquiz.tui.quiz import MODES
from factquiz.tui.text import literal
from factquiz.tui.widgets.pack_info import kind_line


class ModeScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to packs"),
        Binding("enter", "start", "Start", show=False),
    ]

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack
        self.missed: set[str] = set()
        self.due: set[str] = set()

    def compose(self) -> ComposeResult:
        with Vertical(id="mode-head"):
            yield Static(literal(self.pack.title, "bold"), id="mode-title")
            if self.pack.description:
                yield Static(literal(self.pack.description), id="mode-description")
            yield Static(kind_line(self.pack), id="mode-kinds")
        yield OptionList(id="modes")
        with Horizontal(id="mode-options"):
            yield Label("Questions:")
            yield Input(placeholder=f"all {len(self.pack.questions)}", type="integer",
                        max_length=4, id="count")
            yield Checkbox("Shuffle", value=self.app.shuffle_default, id="shuffle")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_modes()
        self.query_one("#modes", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_modes()

    def refresh_modes(self) -> None:
        """Missed and Review due depend on history, which changes after every round."""
        key = pack_key(self.pack)
        progress = self.app.progress
        self.missed = progress.missed_last_time(key)
        self.due = {qid for pk, qid in progress.due_questions([self.pack]) if pk == key}
        modes = self.query_one("#modes", OptionList)
        highlighted = modes.highlighted
        modes.clear_options()
        for mode, title, description in MODES:
            prompt = Text(title, style="bold")
            disabled = False
            if mode == "missed":
                prompt.append(f" ({len(self.missed)})")
                disabled = not self.missed
            elif mode == "review":
                prompt.append(f" ({len(self.due)})")
                disabled = not self.due
            if mode == "exam":
                description = (f"{self.pack.settings.time_limit} s per question; results only "
                               "at the end.")
            entry = Group(prompt, Padding(Text(description, style="dim"), (0, 0, 0, 2)))
            modes.add_option(Option(entry, id=mode, disabled=disabled))
        modes.highlighted = highlighted if highlighted is not None else 0

    def count(self) -> int | None:
        value = self.query_one("#count", Input).value.strip()
        try:
            number = int(value)
        except ValueError:
            return None
        return number if number > 0 else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.start(event.option.id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        modes = self.query_one("#modes", OptionList)
        if modes.highlighted is not None:
            option = modes.get_option_at_index(modes.highlighted)
            if not option.disabled and option.id:
                self.start(option.id)

    def start(self, mode: str) -> None:
        ids = None
        key = pack_key(self.pack)
        if mode == "missed":
            ids = {(key, qid) for qid in self.missed}
        elif mode == "review":
            ids = {(key, qid) for qid in self.due}
        self.app.start_quiz([self.pack], mode, ids=ids, count=self.count(),
                            shuffle=self.query_one("#shuffle", Checkbox).value)

    def action_back(self) -> None:
        self.app.go_back()

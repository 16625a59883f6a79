"""Help (`?` or F1): the keys of every screen and the scoring rules."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from factquiz.scoring import Rules, rules_text

KEYS: tuple[tuple[str, str, str], ...] = (
    ("Everywhere", "F1 or ?", "this help"),
    ("Everywhere", "Ctrl+P", "command palette: jump to a pack, theme, restart, quit"),
    ("Everywhere", "Ctrl+Q", "quit (asks first during a quiz)"),
    ("Pack picker", "type", "search packs by title, description or file"),
    ("Pack picker", "Up/Down, Enter", "choose a pack"),
    ("Pack picker", "Ctrl+R", "review questions due today, across all packs"),
    ("Pack picker", "F2", "study stats: streak, accuracy, mastery, reviews due"),
    ("Mode", "Up/Down, Enter", "start a mode; Tab to the question count and shuffle"),
    ("Question", "Enter", "submit the answer, then go to the next question"),
    ("Question", "1-4", "pick a choice in multiple choice"),
    ("Question", "Ctrl+T (h in choice mode)", "hint: first letter, or two wrong choices go"),
    ("Question", "Ctrl+S", "skip the question (shows the answer)"),
    ("Question", "e", "after a right answer: too easy, show it less often"),
    ("Question", "Esc (q in choice mode)", "leave the quiz, after a confirmation"),
    ("Results", "r / a / Esc", "retry missed, play again, back to modes"),
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "close", "Close help"),
    ]

    def __init__(self, rules: Rules | None = None) -> None:
        super().__init__()
        self.rules = rules or Rules()

    def compose(self) -> ComposeResult:
        keys = Table(box=None, expand=True, show_header=True, header_style="bold")
        keys.add_column("Where", no_wrap=True)
        keys.add_column("Key", no_wrap=True, style="bold")
        keys.add_column("Does", ratio=1)
        for where, key, does in KEYS:
            keys.add_row(Text(where), Text(key), Text(does))
        with Vertical(classes="dialog wide", id="help"):
            yield Static(Text("factquiz help", style="bold"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(Text("Keys", style="bold underline"))
                yield Static(keys)
                yield Static(Text("\nScoring", style="bold underline"))
                yield Static(Text(rules_text(self.rules)), id="rules")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)

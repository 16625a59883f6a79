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

#: (screen, [(key, what it does), ...]) in the order a player meets them.
KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Everywhere", (
        ("F1, ?", "this help (? only when not typing an answer)"),
        ("Ctrl+P", "command palette: play a pack, theme, restart, stats, quit"),
        ("Ctrl+Q", "quit (asks first during a quiz)"),
    )),
    ("Pack picker", (
        ("type", "search packs by title, description or file name"),
        ("↑ ↓ Enter", "choose a pack"),
        ("Ctrl+R", "review the questions due today, across all packs"),
        ("F2", "study stats: streak, accuracy, mastery, reviews due"),
    )),
    ("Modes", (
        ("↑ ↓ Enter", "start a mode"),
        ("Tab", "to the question count and the shuffle box"),
        ("Esc", "back to the packs"),
    )),
    ("Question", (
        ("Enter", "submit the answer, then go on to the next question"),
        ("1 2 3 4", "pick a choice (multiple choice)"),
        ("Ctrl+T", "hint: the first letter, or two wrong choices go (h also works in "
                   "multiple choice)"),
        ("Ctrl+S", "skip: shows the answer, counts as missed"),
        ("e", "after a right answer: it was easy, show it less often"),
        ("Esc", "leave the quiz, after a confirmation (q also works in multiple choice)"),
    )),
    ("Results", (
        ("r", "retry the questions you missed"),
        ("a", "play the same questions again"),
        ("Esc", "back to the modes"),
    )),
)


def keys_table(rows: tuple[tuple[str, str], ...]) -> Table:
    table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
    table.add_column("Key", style="bold", width=10, overflow="fold")
    table.add_column("Does", ratio=1)
    for key, does in rows:
        table.add_row(Text(key), Text(does))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "close", "Close help"),
    ]

    def __init__(self, rules: Rules | None = None) -> None:
        super().__init__()
        self.rules = rules or Rules()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="help"):
            yield Static(Text("factquiz help", style="bold"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                for where, rows in KEYS:
                    yield Static(Text(where, style="bold underline"))
                    yield Static(keys_table(rows), classes="help-keys")
                yield Static(Text("Scoring", style="bold underline"))
                yield Static(Text(rules_text(self.rules)), id="rules")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)

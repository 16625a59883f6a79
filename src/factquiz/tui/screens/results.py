"""The end of a round: score, accuracy overall and by kind, time, best streak, and a table of
every question with what was typed and what was expected; retry the missed ones from here."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Static

from factquiz.model import KIND_LABELS
from factquiz.tui.quiz import MODE_TITLES, Summary
from factquiz.tui.screens.question import clock_text
from factquiz.tui.text import literal
from factquiz.tui.widgets.feedback import SHORT_LABEL, VERDICT_TEXT


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


class ResultsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry missed"),
        Binding("a", "again", "Play again"),
        Binding("escape", "back", "Back"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: Summary, mode: str, previous_best: int | None) -> None:
        super().__init__()
        self.summary = summary
        self.mode = mode
        self.previous_best = previous_best

    def compose(self) -> ComposeResult:
        s = self.summary
        with Vertical(id="results-head"):
            yield Static(self.headline(), id="headline")
            yield Static(self.details(), id="result-details")
        yield DataTable(id="answers", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="result-buttons"):
            yield Button(f"Retry missed ({len(s.missed)})", id="retry", variant="primary",
                         disabled=not s.missed)
            yield Button("Play again", id="again")
            yield Button("Back", id="back")
        yield Footer()

    def headline(self) -> Text:
        s = self.summary
        text = Text(f"Score {s.score}", style="bold")
        text.append(f"   {s.correct}/{s.total} right ({percent(s.correct, s.total)})")
        if self.previous_best is None or s.score > self.previous_best:
            if s.score > 0:
                text.append("   ★ new best!", style="bold yellow")
        else:
            text.append(f"   best {self.previous_best}", style="dim")
        return text

    def details(self) -> Text:
        s = self.summary
        text = Text(f"{MODE_TITLES.get(self.mode, self.mode)} · time {clock_text(s.seconds)}"
                    f" · best streak {s.best_streak}")
        if s.by_kind:
            text.append("\nBy kind: ")
            text.append("  ".join(f"{KIND_LABELS.get(k.kind, k.kind)} {k.correct}/{k.total}"
                                  f" ({percent(k.correct, k.total)})" for k in s.by_kind))
        return text

    def on_mount(self) -> None:
        self.fill_table(self.app.size.width)
        if self.summary.missed:
            self.query_one("#retry", Button).focus()
        else:
            self.query_one("#again", Button).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.fill_table(event.size.width)

    def fill_table(self, width: int) -> None:
        """Fill the table, fitting the columns to the terminal: narrow ones drop Kind and
        Points (the headline has both) and every row wraps instead of being cut."""
        table = self.query_one("#answers", DataTable)
        table.clear(columns=True)
        wide = width >= 76
        fixed = [("#", 3), ("Result", 7)] + ([("Kind", 8), ("Points", 6)] if wide else [])
        columns = len(fixed) + 3
        flexible = max(30, width - sum(w for _, w in fixed) - 2 * columns - 3)
        question_width = flexible * 44 // 100
        answer_width = (flexible - question_width) // 2
        table.add_column("#", width=3)
        if wide:
            table.add_column("Kind", width=8)
        table.add_column("Question", width=question_width)
        table.add_column("You typed", width=answer_width)
        table.add_column("Answer", width=answer_width)
        table.add_column("Result", width=7)
        if wide:
            table.add_column("Points", width=6)
        for number, record in enumerate(self.summary.records, start=1):
            question = record.item.question
            style = VERDICT_TEXT[record.outcome][1]
            cells = [
                Text(str(number)),
                Text(KIND_LABELS.get(question.kind, question.kind)),
                literal(question.prompt),
                literal(record.typed or "—"),
                literal(question.answer),
                Text(SHORT_LABEL[record.outcome], style=style),
                Text(str(record.award.total), justify="right"),
            ]
            if not wide:
                del cells[6], cells[1]
            table.add_row(*cells, height=None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        {"retry": self.action_retry, "again": self.action_again,
         "back": self.action_back}[event.button.id or "back"]()

    def action_retry(self) -> None:
        if self.summary.missed:
            mode = "practice" if self.mode in ("exam", "missed", "review") else self.mode
            self.app.replay(self.summary.missed, mode)

    def action_again(self) -> None:
        self.app.replay([r.item for r in self.summary.records], self.mode)

    def action_back(self) -> None:
        self.app.go_back()

"""Study stats inside the game: streak, accuracy, packs, kinds, the week's reviews, activity.

The figures come from `factquiz.study.stats.compute_stats` (the study engineer's), the same ones
`factquiz stats` prints; this screen only lays them out.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from factquiz.study.tables import forecast_table, kinds_table, percent
from factquiz.tui.text import literal


class StatsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "back", "Back")]

    def compose(self) -> ComposeResult:
        yield Static(Text("factquiz · study stats", style="bold"), id="stats-title")
        with VerticalScroll(id="stats-body"):
            yield Static(id="stats-summary")
            yield Static(id="stats-packs")
            yield Static(id="stats-kinds")
            yield Static(id="stats-forecast")
            yield Static(id="stats-activity")
        yield Footer()

    def on_mount(self) -> None:
        progress = self.app.progress
        summary = self.query_one("#stats-summary", Static)
        if progress.store is None:
            summary.update(literal(progress.problem or "Progress is not available."))
            return
        from factquiz.study.stats import compute_stats, sparkline

        packs = [e.pack for e in self.app.known_packs() if e.pack is not None]
        stats = compute_stats(progress.store, packs)
        line = Text(f"Streak {stats.streak_days} day{'s' * (stats.streak_days != 1)}",
                    style="bold")
        line.append(f" (best {stats.longest_streak})  ·  {stats.total_answers} answers, "
                    f"{percent(stats.accuracy)} right  ·  {stats.due_now} due now")
        if not stats.total_answers:
            line.append("\nNo answers yet: play a pack and your progress shows here.",
                        style="italic")
        summary.update(line)

        table = Table(title="Packs", title_justify="left", expand=True)
        table.add_column("Pack", ratio=1, overflow="fold")
        for name in ("Seen", "Right", "Mastered", "Due", "Best"):
            table.add_column(name, justify="right", no_wrap=True)
        for p in stats.packs:
            title = literal(p.title)
            if not p.present:
                title.append(" (gone)", style="dim")
            table.add_row(title, f"{p.seen}/{p.questions}", percent(p.accuracy),
                          f"{p.mastered} ({percent(p.mastery)})", str(p.due_now),
                          "–" if p.best_score is None else str(p.best_score))
        self.query_one("#stats-packs", Static).update(table)

        if stats.kinds:
            self.query_one("#stats-kinds", Static).update(kinds_table(stats))

        if stats.due_next_7_days:
            forecast = forecast_table(stats, day_format="%a")
            self.query_one("#stats-forecast", Static).update(forecast)

        if stats.activity:
            counts = [a.answers for a in stats.activity]
            activity = Text("Activity (answers per day, last weeks)\n", style="bold")
            activity.append(sparkline(counts), style="green")
            self.query_one("#stats-activity", Static).update(activity)

    def action_back(self) -> None:
        self.app.pop_screen()

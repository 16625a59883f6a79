"""Rich tables of study stats shared by `factquiz stats` and the game's Stats screen.

Plain Rich renderables (no Textual), so the command line and the TUI show the same figures
under the same headings.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from factquiz.study.stats import StudyStats


def percent(value: float | None) -> str:
    """A share as a whole percentage, or a dash when there is nothing to measure yet."""
    return "–" if value is None else f"{value:.0%}"


def kinds_table(stats: StudyStats) -> Table:
    """Answers and accuracy per question kind (WHO, WHERE, ...)."""
    table = Table(title="By kind", title_justify="left")
    table.add_column("Kind")
    table.add_column("Answers", justify="right")
    table.add_column("Accuracy", justify="right")
    for kind in stats.kinds:
        table.add_row(Text(kind.label), str(kind.answers), percent(kind.accuracy))
    return table


def forecast_table(stats: StudyStats, day_format: str = "%a %d") -> Table:
    """Reviews falling due on each of the next seven days, today first."""
    table = Table(title="Reviews due, next 7 days", title_justify="left")
    for n, day in enumerate(stats.due_next_7_days):
        table.add_column("Today" if n == 0 else day.day.strftime(day_format), justify="right")
    table.add_row(*(str(d.count) for d in stats.due_next_7_days))
    return table

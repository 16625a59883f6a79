"""`factquiz stats` (and what `factquiz study` needs outside the game): the CLI's study commands.

The CLI calls these; they print and return an exit code. Pack and article text is always passed
to rich as `Text`, never as markup, so a title like "[bold]" is shown as typed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factquiz.errors import FactquizError
from factquiz.model import Pack
from factquiz.study.stats import StudyStats, compute_stats, sparkline, stats_to_dict
from factquiz.study.store import Store
from factquiz.study.tables import forecast_table, kinds_table, percent


def load_packs(pack_paths: list[Path], warn: Console | None = None) -> list[Pack]:
    """Load every pack that loads; a broken one is one warning line, not the end of the command."""
    from factquiz import pack as packs

    loaded: list[Pack] = []
    for path in pack_paths:
        try:
            loaded.append(packs.load(path))
        except FactquizError as exc:
            first = exc.message.splitlines()[0] if exc.message else str(path)
            if warn is not None:
                warn.print(Text(f"factquiz: skipping a pack: {first}"), soft_wrap=True)
    return loaded


def stats_command(data_dir: Path | None, as_json: bool, pack_paths: list[Path]) -> int:
    """Print study progress as tables (or JSON with `as_json`); 0 on success."""
    err = Console(stderr=True, highlight=False)
    packs = load_packs(pack_paths, warn=err)
    with Store.open(data_dir) as store:
        if store.notice:
            err.print(Text(f"factquiz: {store.notice}"), soft_wrap=True)
        stats = compute_stats(store, packs)
    if as_json:
        json.dump(stats_to_dict(stats), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        render_stats(stats, Console(highlight=False))
    return 0


def render_stats(stats: StudyStats, console: Console) -> None:
    """The human view: a summary line, packs, kinds, the 7-day forecast and recent activity."""
    summary = Text()
    summary.append("Study", style="bold")
    days = stats.streak_days
    summary.append(f" · streak {days} day{'s' * (days != 1)} (best {stats.longest_streak})")
    total = stats.total_answers
    summary.append(f" · {total:,} answer{'s' * (total != 1)}, {percent(stats.accuracy)} right")
    summary.append(f" · {stats.due_now} due now")
    console.print(summary)
    if not stats.total_answers:
        console.print("No answers recorded yet: play a pack with `factquiz play`, "
                      "or study with `factquiz study`.", markup=False)

    packs = Table(title="Packs", title_justify="left", expand=False)
    # Figures never wrap; the title takes what width is left and wraps at word boundaries.
    packs.add_column("Pack", ratio=1, min_width=14, max_width=40, overflow="fold")
    for name in ("Questions", "Seen", "Right", "Learned", "Mastered", "Due", "Best"):
        packs.add_column(name, justify="right", no_wrap=True)
    for p in stats.packs:
        title = Text(p.title)
        if not p.present:
            title.append(" (pack not found; history kept)", style="dim")
        elif p.removed:
            title.append(f" (+{p.removed} removed)", style="dim")
        packs.add_row(title, str(p.questions), str(p.seen), percent(p.accuracy),
                      str(p.learned), f"{p.mastered} ({percent(p.mastery)})",
                      str(p.due_now), "–" if p.best_score is None else str(p.best_score))
    console.print(packs)

    if stats.kinds:
        console.print(kinds_table(stats))
    console.print(forecast_table(stats))

    if stats.activity:
        counts = [a.answers for a in stats.activity]
        line = sparkline(counts)
        first = stats.activity[0].day.strftime("%b %d")
        last = stats.activity[-1].day.strftime("%b %d")
        console.print(Text(f"Activity, last {len(counts) // 7} weeks (answers per day, "
                           f"most {max(counts)})", style="bold"))
        console.print(Text(line, style="green"))
        console.print(Text(first + " " * max(1, len(line) - len(first) - len(last)) + last,
                           style="dim"))

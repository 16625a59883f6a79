"""The factquiz Textual app: owns the shared services (progress store, preferences, clock) and
moves between screens; the screens do the showing.

`run_app` is what `factquiz play` calls.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from factquiz import paths
from factquiz.errors import FactquizError
from factquiz.model import Pack
from factquiz.pack import load
from factquiz.tui import prefs
from factquiz.tui.progress import Progress
from factquiz.tui.quiz import (
    Clock,
    GraderLike,
    Quiz,
    QuizItem,
    default_grader,
    review_items,
    select_items,
)
from factquiz.tui.screens.dialogs import ConfirmScreen, MessageScreen
from factquiz.tui.screens.question import QuestionScreen

if TYPE_CHECKING:
    from textual.command import Provider

    from factquiz.tui.widgets.pack_info import PackEntry

# Screens not needed for the first question are imported when first shown, which keeps
# `factquiz play PACK` close to a bare Textual app in start-up time (benchmarks/startup.py).


def _pack_commands() -> type[Provider]:
    from factquiz.tui.commands import PackCommands

    return PackCommands

#: Set to make the app exit as soon as the first question is on screen and report whether spaCy
#: was imported (used by benchmarks/startup.py). With a pack, it starts Practice directly.
PROBE_ENV = "FACTQUIZ_STARTUP_PROBE"


class FactquizApp(App[int]):
    CSS_PATH = "factquiz.tcss"
    TITLE = "factquiz"
    COMMANDS = App.COMMANDS | {_pack_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
    ]

    def __init__(self, pack_path: Path | Pack | None = None, *, data_dir: Path | None = None,
                 start_mode: str | None = None, clock: Clock = time.monotonic,
                 shuffle: bool = True, rng: random.Random | None = None,
                 grader_for: Callable[[Pack], GraderLike] = default_grader,
                 progress: Progress | None = None, pack_paths: Sequence[Path] | None = None,
                 probe: bool = False) -> None:
        super().__init__()
        #: A pack the caller already loaded (the CLI validates it first) is not read twice.
        self.preloaded = pack_path if isinstance(pack_path, Pack) else None
        if self.preloaded is not None:
            pack_path = self.preloaded.path or self.preloaded.title
        self.pack_path = Path(pack_path) if pack_path else None
        self.data_dir = paths.data_dir(data_dir)
        self.start_mode = start_mode
        self.clock = clock
        self.shuffle_default = shuffle
        self.rng = rng or random.Random()
        self.grader_for = grader_for
        self._progress = progress
        self._pack_paths = list(pack_paths) if pack_paths is not None else None
        self.probe = probe
        self.probe_report: str | None = None

    # -- services ---------------------------------------------------------------------------
    @property
    def progress(self) -> Progress:
        """The study store, opened on first use (not before the first question is shown)."""
        if self._progress is None:
            self._progress = Progress.open(self.data_dir)
            if self._progress.problem:
                self.notify(self._progress.problem, severity="warning", timeout=6)
        return self._progress

    def pack_paths(self) -> list[Path]:
        if self._pack_paths is not None:
            return list(self._pack_paths)
        return paths.discover_packs(self.data_dir)

    def known_packs(self) -> list[PackEntry]:
        from factquiz.tui.screens.picker import load_entries

        return load_entries(self.pack_paths(), self.progress)

    # -- start-up ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        saved = prefs.load(self.data_dir).get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self.remember_theme)
        if self.pack_path is None:
            self.push_screen(self.picker_screen())
        else:
            try:
                pack = self.preloaded or load(self.pack_path)
            except FactquizError as error:
                self.push_screen(self.picker_screen())
                self.show_message(f"Cannot open {self.pack_path}", str(error))
                return
            if self.start_mode == "review":
                self.start_review([pack])
            elif self.start_mode or self.probe:
                self.start_quiz([pack], self.start_mode or "practice", shuffle=False)
            else:
                self.open_pack(pack)
            if len(self.screen_stack) < 2:  # nothing to play in that mode: offer the others
                self.open_pack(pack)
        if self.start_mode == "review" and self.pack_path is None:
            self.start_review([e.pack for e in self.known_packs() if e.pack is not None])

    def remember_theme(self, theme: Theme) -> None:
        prefs.save(self.data_dir, theme=theme.name)

    # -- moving between screens -------------------------------------------------------------
    # The stack is [default, picker, mode, question or results], but when the game starts
    # straight into a pack or a quiz the screens below are only created on the way back.

    def picker_screen(self) -> Screen:
        from factquiz.tui.screens.picker import PickerScreen

        return PickerScreen()

    def mode_screen(self, pack: Pack) -> Screen:
        from factquiz.tui.screens.mode import ModeScreen

        return ModeScreen(pack)

    def _at_bottom(self) -> bool:
        return len(self.screen_stack) <= 2

    def _to_picker_level(self) -> None:
        """Pop to the lowest screen; make it the picker if it is not one already."""
        from factquiz.tui.screens.picker import PickerScreen

        while not self._at_bottom():
            self.pop_screen()
        if len(self.screen_stack) < 2:
            self.push_screen(self.picker_screen())
        elif not isinstance(self.screen, PickerScreen):
            self.switch_screen(self.picker_screen())

    def open_pack(self, pack: Pack) -> None:
        """Go to the mode screen of `pack`, from anywhere (picker, command palette)."""
        if self.quiz_in_progress():
            self.notify("Finish or quit the current quiz first.", severity="warning")
            return
        if len(self.screen_stack) < 2:
            self.push_screen(self.mode_screen(pack))
            return
        self._to_picker_level()
        self.push_screen(self.mode_screen(pack))

    def go_back(self) -> None:
        """Esc from mode or results: the screen below, created now if the game started here."""
        if not self._at_bottom():
            self.pop_screen()
            return
        screen = self.screen
        packs = ({id(i.pack): i.pack for i in screen.quiz.items}
                 if isinstance(screen, QuestionScreen) else {})
        summary = getattr(screen, "summary", None)
        if summary is not None:
            packs = {id(r.item.pack): r.item.pack for r in summary.records}
        if len(packs) == 1:
            self.switch_screen(self.mode_screen(next(iter(packs.values()))))
        else:
            self.switch_screen(self.picker_screen())

    def start_quiz(self, packs: Sequence[Pack], mode: str, *,
                   ids: set[tuple[str, str]] | None = None, count: int | None = None,
                   shuffle: bool = False) -> None:
        items = select_items(packs, ids=ids, count=count, shuffle=shuffle, rng=self.rng)
        if not items:
            self.notify("No questions to play in this mode.", severity="warning")
            return
        self.push_screen(self.question_screen(items, mode))

    def start_review(self, packs: Sequence[Pack]) -> None:
        due = self.progress.due_questions(packs)
        if not due:
            message = ("Nothing is due for review. Play a pack first; questions come back "
                       "when they are due.") if self.progress.available else (
                       self.progress.problem or "Review needs saved progress.")
            self.notify(message, timeout=5)
            return
        self.push_screen(self.question_screen(review_items(packs, due), "review"))

    def question_screen(self, items: Sequence[QuizItem], mode: str) -> QuestionScreen:
        return QuestionScreen(Quiz(items, mode, clock=self.clock, grader_for=self.grader_for))

    def start_session(self, quiz: Quiz) -> int | None:
        """A study session for `quiz`, started with its first answer (no empty sessions)."""
        keys = {item.pack_key for item in quiz.items}
        return self.progress.start_session(keys.pop() if len(keys) == 1 else "review",
                                           quiz.mode)

    def finish_quiz(self, quiz: Quiz, session_id: int | None) -> None:
        summary = quiz.summary()
        keys = {item.pack_key for item in quiz.items}
        best = self.progress.best_score(next(iter(keys))) if len(keys) == 1 else None
        self.progress.end_session(session_id, summary.score, summary.correct, summary.total)
        from factquiz.tui.screens.results import ResultsScreen

        self.switch_screen(ResultsScreen(summary, quiz.mode, best))
        if self.progress.problem:
            self.notify(self.progress.problem, severity="warning")

    def replay(self, items: Sequence[QuizItem], mode: str) -> None:
        """Play `items` again (retry missed, play again, restart) in place of this screen."""
        screen = self.screen
        if isinstance(screen, QuestionScreen) and not screen.quiz.finished:
            summary = screen.quiz.summary()  # a restart: close the abandoned round
            self.progress.end_session(screen.session_id, summary.score, summary.correct,
                                      summary.total)
        self.switch_screen(self.question_screen(items, mode))

    def quiz_in_progress(self) -> bool:
        screen = self.screen
        return isinstance(screen, QuestionScreen) and not screen.quiz.finished

    def confirm_leave_quiz(self) -> None:
        """Leave the quiz after a yes; answers so far are already saved."""
        screen = self.screen
        if not isinstance(screen, QuestionScreen):
            return

        def leave(yes: bool | None) -> None:
            if yes and self.screen is screen:
                summary = screen.quiz.summary()
                self.progress.end_session(screen.session_id, summary.score, summary.correct,
                                          summary.total)
                screen.quiz.index = len(screen.quiz.items)  # no longer in progress
                self.go_back()

        self.push_screen(ConfirmScreen("Quit this quiz? Answers so far are kept.",
                                       yes="Quit quiz", no="Keep playing"), leave)

    def show_message(self, title: str, message: str) -> None:
        self.push_screen(MessageScreen(title, message))

    def first_question_shown(self) -> None:
        if self.probe:
            self.probe_report = f"first-question spacy-loaded={'spacy' in sys.modules}"
            self.call_after_refresh(self.exit, 0)

    # -- actions ----------------------------------------------------------------------------
    def action_help(self) -> None:
        from factquiz.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        screen = self.screen
        rules = None
        if isinstance(screen, QuestionScreen):
            rules = screen.quiz.tally.rules
        self.push_screen(HelpScreen(rules))

    async def action_quit(self) -> None:
        if self.quiz_in_progress():
            def leave(yes: bool | None) -> None:
                if yes:
                    self.exit(0)
            self.push_screen(ConfirmScreen("Quit factquiz in the middle of this quiz? "
                                           "Answers so far are kept.", yes="Quit"), leave)
            return
        self.exit(0)

    def action_restart(self) -> None:
        from factquiz.tui.screens.results import ResultsScreen

        screen = self.screen
        if isinstance(screen, QuestionScreen):
            self.replay(screen.quiz.items, screen.quiz.mode)
        elif isinstance(screen, ResultsScreen):
            screen.action_again()
        else:
            self.notify("No quiz to restart.")

    def action_stats(self) -> None:
        from factquiz.tui.screens.stats import StatsScreen

        if self.quiz_in_progress():
            self.notify("Finish or quit the current quiz first.", severity="warning")
            return
        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_pick_pack(self) -> None:
        if self.quiz_in_progress():
            self.notify("Finish or quit the current quiz first.", severity="warning")
            return
        self._to_picker_level()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Restart quiz", "Start the current quiz again from the first "
                            "question", self.action_restart)
        yield SystemCommand("Pick a pack", "Back to the pack picker", self.action_pick_pack)
        yield SystemCommand("Study stats", "Streak, accuracy, mastery and reviews due",
                            self.action_stats)
        yield SystemCommand("Help", "Keys and scoring rules", self.action_help)

    def on_unmount(self) -> None:
        if self._progress is not None:
            self._progress.close()


def run_app(pack_path: Path | Pack | None = None, *, data_dir: Path | None = None,
            start_mode: str | None = None) -> int:
    """Run the game; returns the process exit code.

    `pack_path` may be an already loaded `Pack`, which saves parsing the file a second time.
    """
    probe = bool(os.environ.get(PROBE_ENV))
    app = FactquizApp(pack_path, data_dir=data_dir, start_mode=start_mode, probe=probe)
    result = app.run()
    if app.probe_report:
        print(app.probe_report)
    return result if isinstance(result, int) else (app.return_code or 0)

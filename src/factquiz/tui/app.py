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
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from factquiz import paths
from factquiz.errors import FactquizError
from factquiz.model import Pack
from factquiz.pack import load
from factquiz.tui import prefs
from factquiz.tui.commands import PackCommands
from factquiz.tui.progress import Progress
from factquiz.tui.quiz import Clock, GraderLike, Quiz, QuizItem, default_grader, select_items
from factquiz.tui.screens.dialogs import ConfirmScreen, MessageScreen
from factquiz.tui.screens.help import HelpScreen
from factquiz.tui.screens.mode import ModeScreen
from factquiz.tui.screens.picker import PickerScreen, load_entries
from factquiz.tui.screens.question import QuestionScreen
from factquiz.tui.screens.results import ResultsScreen
from factquiz.tui.widgets.pack_info import PackEntry

#: Set to make the app exit as soon as the first question is on screen and report whether spaCy
#: was imported (used by benchmarks/startup.py). With a pack, it starts Practice directly.
PROBE_ENV = "FACTQUIZ_STARTUP_PROBE"


class FactquizApp(App[int]):
    CSS_PATH = "factquiz.tcss"
    TITLE = "factquiz"
    COMMANDS = App.COMMANDS | {PackCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
    ]

    def __init__(self, pack_path: Path | None = None, *, data_dir: Path | None = None,
                 start_mode: str | None = None, clock: Clock = time.monotonic,
                 shuffle: bool = True, rng: random.Random | None = None,
                 grader_for: Callable[[Pack], GraderLike] = default_grader,
                 progress: Progress | None = None, pack_paths: Sequence[Path] | None = None,
                 probe: bool = False) -> None:
        super().__init__()
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
        if self._progress is None:
            self._progress = Progress.open(self.data_dir)
        return self._progress

    def pack_paths(self) -> list[Path]:
        if self._pack_paths is not None:
            return list(self._pack_paths)
        return paths.discover_packs(self.data_dir)

    def known_packs(self) -> list[PackEntry]:
        return load_entries(self.pack_paths(), self.progress)

    # -- start-up ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        saved = prefs.load(self.data_dir).get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self.remember_theme)
        self.push_screen(PickerScreen())
        if self.pack_path is not None:
            try:
                pack = load(self.pack_path)
            except FactquizError as error:
                self.show_message(f"Cannot open {self.pack_path}", str(error))
                return
            if self.start_mode == "review":
                self.start_review([pack])
            elif self.start_mode or self.probe:
                self.open_pack(pack)
                self.start_quiz([pack], self.start_mode or "practice", shuffle=False)
            else:
                self.open_pack(pack)
        elif self.start_mode == "review":
            self.start_review([e.pack for e in self.known_packs() if e.pack is not None])
        if self.progress.problem:
            self.notify(self.progress.problem, severity="warning", timeout=6)

    def remember_theme(self, theme: Theme) -> None:
        prefs.save(self.data_dir, theme=theme.name)

    # -- moving between screens -------------------------------------------------------------
    def open_pack(self, pack: Pack) -> None:
        """Go to the mode screen of `pack`, from anywhere (picker, command palette)."""
        if self.quiz_in_progress():
            self.notify("Finish or quit the current quiz first.", severity="warning")
            return
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.push_screen(ModeScreen(pack))

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
        order = {pair: n for n, pair in enumerate(due)}
        items = select_items(packs, ids=set(due))
        items.sort(key=lambda item: order[(item.pack_key, item.question.id)])
        self.push_screen(self.question_screen(items, "review"))

    def question_screen(self, items: Sequence[QuizItem], mode: str) -> QuestionScreen:
        quiz = Quiz(items, mode, clock=self.clock, grader_for=self.grader_for)
        keys = {item.pack_key for item in items}
        session = self.progress.start_session(keys.pop() if len(keys) == 1 else "review", mode)
        return QuestionScreen(quiz, session)

    def finish_quiz(self, quiz: Quiz, session_id: int | None) -> None:
        summary = quiz.summary()
        keys = {item.pack_key for item in quiz.items}
        best = self.progress.best_score(next(iter(keys))) if len(keys) == 1 else None
        self.progress.end_session(session_id, summary.score, summary.correct, summary.total)
        self.switch_screen(ResultsScreen(summary, quiz.mode, best))
        if self.progress.problem:
            self.notify(self.progress.problem, severity="warning")

    def replay(self, items: Sequence[QuizItem], mode: str) -> None:
        """Play `items` again (retry missed, play again, restart) in place of this screen."""
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
                self.pop_screen()

        self.push_screen(ConfirmScreen("Quit this quiz? Answers so far are kept.",
                                       yes="Quit quiz", no="Keep playing"), leave)

    def show_message(self, title: str, message: str) -> None:
        self.push_screen(MessageScreen(title, message))

    def first_question_shown(self) -> None:
        if self.probe:
            self.probe_report = f"first-question spacy-loaded={'spacy' in sys.modules}"
            self.exit(0)

    # -- actions ----------------------------------------------------------------------------
    def action_help(self) -> None:
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
        screen = self.screen
        if isinstance(screen, QuestionScreen):
            self.replay(screen.quiz.items, screen.quiz.mode)
        elif isinstance(screen, ResultsScreen):
            screen.action_again()
        else:
            self.notify("No quiz to restart.")

    def action_pick_pack(self) -> None:
        if self.quiz_in_progress():
            self.notify("Finish or quit the current quiz first.", severity="warning")
            return
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Restart quiz", "Start the current quiz again from the first "
                            "question", self.action_restart)
        yield SystemCommand("Pick a pack", "Back to the pack picker", self.action_pick_pack)
        yield SystemCommand("Help", "Keys and scoring rules", self.action_help)

    def on_unmount(self) -> None:
        if self._progress is not None:
            self._progress.close()


def run_app(pack_path: Path | None = None, *, data_dir: Path | None = None,
            start_mode: str | None = None) -> int:
    """Run the game; returns the process exit code."""
    probe = bool(os.environ.get(PROBE_ENV))
    app = FactquizApp(pack_path, data_dir=data_dir, start_mode=start_mode, probe=probe)
    result = app.run()
    if app.probe_report:
        print(app.probe_report)
    return result if isinstance(result, int) else (app.return_code or 0)

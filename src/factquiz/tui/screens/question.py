"""The question screen: badge, prompt, answer box or choices, then the verdict and its source.

All rules live in `Quiz`; this screen shows its state and forwards keys, clicks and the Exam
timer tick to it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Footer, Input, ProgressBar, Static

from factquiz.model import KIND_LABELS, Verdict
from factquiz.scoring import Outcome
from factquiz.tui.quiz import MAX_ANSWER_LENGTH, MODE_TITLES, AnswerRecord, Quiz
from factquiz.tui.text import literal
from factquiz.tui.widgets.answer_input import AnswerInput
from factquiz.tui.widgets.feedback import answer_block, verdict_line

CHOICE_SLOTS = 4

#: A word of encouragement at these streak lengths.
STREAK_CHEERS: dict[int, str] = {
    3: "Three in a row!",
    5: "Five in a row: on fire!",
    10: "Ten in a row. Unstoppable.",
    20: "Twenty in a row!",
}


def clock_text(seconds: float) -> str:
    whole = int(seconds + 0.999)
    return f"{whole // 60}:{whole % 60:02d}"


def stored_verdict(record: AnswerRecord) -> Verdict:
    """The verdict the study store schedules by. A right answer found with a hint (first
    letter, or two choices removed) still counts as right, but as a close one, so the schedule
    brings it back sooner; the answer itself is never revealed before answering."""
    verdict = record.verdict
    if record.hinted and verdict.correct:
        note = f"{verdict.note}; with a hint" if verdict.note else "with a hint"
        return replace(verdict, exact=False, note=note)
    return verdict


class QuestionScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "skip", "Skip"),
        Binding("ctrl+t", "hint", "Hint"),
        Binding("h", "hint", "Hint", show=False),
        Binding("1", "choose(0)", "Choose", key_display="1-4"),
        Binding("2", "choose(1)", "Choice 2", show=False),
        Binding("3", "choose(2)", "Choice 3", show=False),
        Binding("4", "choose(3)", "Choice 4", show=False),
        Binding("enter", "next", "Next"),
        Binding("e", "easy", "Too easy"),
        Binding("escape", "leave", "Quit quiz"),
        Binding("q", "leave", "Quit quiz", show=False),
    ]

    def __init__(self, quiz: Quiz) -> None:
        super().__init__()
        self.quiz = quiz
        #: The study session, started with the first answer.
        self.session_id: int | None = None
        self.timer: Timer | None = None
        #: When a dialog (help, quit?) covered this screen; the Exam clock stops meanwhile.
        self.suspended_at: float | None = None
        self.first_question_shown = False

    # -- layout -------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(id="where")
            yield Static(id="status")
        yield ProgressBar(total=self.quiz.total, show_eta=False, id="progress")
        with VerticalScroll(id="body"):
            yield Static(id="badge")
            yield Static(id="prompt")
            if self.quiz.is_choice:
                with Vertical(id="choices"):
                    for slot in range(CHOICE_SLOTS):
                        yield Button("", id=f"choice-{slot}", classes="choice")
            else:
                yield AnswerInput(placeholder="Type your answer and press Enter", id="answer",
                                  max_length=MAX_ANSWER_LENGTH)
            yield Static(id="hint")
            with Vertical(id="feedback"):
                yield Static(id="verdict")
                yield Static(id="explanation")
                yield Button("Next (Enter)", id="next", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        where = literal(self.quiz.items[0].pack.title if len({id(i.pack) for i in
                                                           self.quiz.items}) == 1
                        else "Review due", "bold")
        where.append(f" · {MODE_TITLES.get(self.quiz.mode, self.quiz.mode)}")
        self.query_one("#where", Static).update(where)
        if self.quiz.is_exam:
            self.timer = self.set_interval(0.25, self.check_time)
        self.show_question()

    # -- state -> widgets ---------------------------------------------------------------------
    def show_question(self) -> None:
        quiz = self.quiz
        question = quiz.current.question
        quiz.question_started_at = quiz.clock()
        self.query_one("#badge", Static).update(
            Text(f" {KIND_LABELS.get(question.kind, question.kind.upper())} ",
                 style="bold reverse"))
        self.query_one("#prompt", Static).update(literal(question.prompt))
        self.query_one("#hint", Static).update("")
        self.query_one("#feedback").display = False
        if quiz.is_choice:
            self.show_choices()
            self.query_one("#choice-0", Button).focus()
        else:
            box = self.query_one("#answer", Input)
            box.value = ""
            box.disabled = False
            box.display = True
            box.focus()
        self.update_status()
        if self.first_question_shown:
            # Not needed on the first question (the screen is fresh), which keeps start-up fast.
            self.query_one("#body", VerticalScroll).scroll_home(animate=False)
            self.refresh_bindings()
        else:
            self.first_question_shown = True
            self.app.first_question_shown()

    def show_choices(self) -> None:
        choices = self.quiz.choices()
        self.query_one("#choices").display = True
        for slot in range(CHOICE_SLOTS):
            button = self.query_one(f"#choice-{slot}", Button)
            if slot < len(choices):
                button.label = Content(f"{slot + 1}  ") + Content(choices[slot])
                button.display = True
                button.disabled = choices[slot] in self.quiz.removed_choices
            else:
                button.display = False

    def update_status(self) -> None:
        quiz = self.quiz
        shown = min(quiz.index + 1, quiz.total)
        status = Text(f"Q {shown}/{quiz.total}")
        if not quiz.is_exam:  # the score would give the verdicts away before the end
            status.append(f"  Score {quiz.tally.score}", style="bold")
            if quiz.tally.streak >= 2:
                status.append(f"  🔥{quiz.tally.streak}", style="bold")
        remaining = quiz.remaining()
        if remaining is not None and not quiz.answered_current:
            style = "bold red" if remaining <= 5 else "bold"
            status.append(f"  ⏱ {clock_text(remaining)}", style=style)
        self.query_one("#status", Static).update(status)
        self.query_one("#progress", ProgressBar).update(progress=len(quiz.records))

    def show_feedback(self, record: AnswerRecord) -> None:
        if not self.quiz.is_choice:
            # The feedback repeats what was typed; hiding the box keeps the question in view
            # on an 80x24 terminal.
            box = self.query_one("#answer", Input)
            box.disabled = True
            box.display = False
        self.query_one("#verdict", Static).update(verdict_line(record))
        self.query_one("#explanation", Static).update(answer_block(record))
        if self.quiz.is_choice:
            # As with the answer box: the feedback says what was picked and what was right.
            self.query_one("#choices").display = False
        feedback = self.query_one("#feedback")
        feedback.set_class(record.outcome is Outcome.RIGHT, "-right")
        feedback.set_class(record.outcome is Outcome.CLOSE, "-close")
        feedback.set_class(not record.correct, "-wrong")
        feedback.display = True
        streak = self.quiz.tally.streak
        if record.correct and streak in STREAK_CHEERS:
            self.notify(STREAK_CHEERS[streak], title="Streak!", timeout=3)
        self.query_one("#next", Button).focus()
        self.call_after_refresh(feedback.scroll_visible, animate=False)

    # -- answering ----------------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.quiz.answered_current:
            self.action_next()
            return
        if self.quiz.is_blank(event.value):
            self.notify("Type an answer first, or press Ctrl+S to skip.", timeout=3)
            return
        self.finish_answer(self.quiz.answer(event.value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "next":
            self.action_next()
        elif event.button.id and event.button.id.startswith("choice-"):
            self.action_choose(int(event.button.id.removeprefix("choice-")))

    def action_choose(self, slot: int) -> None:
        if not self.quiz.is_choice or self.quiz.answered_current:
            return
        choices = self.quiz.choices()
        if slot < len(choices) and choices[slot] not in self.quiz.removed_choices:
            self.finish_answer(self.quiz.answer(choices[slot]))

    def action_skip(self) -> None:
        if not self.quiz.answered_current:
            self.finish_answer(self.quiz.skip())

    def action_hint(self) -> None:
        if self.quiz.answered_current or self.quiz.hinted:
            return
        message = self.quiz.hint()
        self.query_one("#hint", Static).update(
            Text(f"Hint: {message}  (costs {self.quiz.tally.rules.hint_cost} points)",
                 style="italic"))
        if self.quiz.is_choice:
            self.show_choices()
            for button in self.query(".choice").results(Button):
                if button.display and not button.disabled:
                    button.focus()
                    break
        self.refresh_bindings()

    def on_screen_suspend(self) -> None:
        self.suspended_at = self.quiz.clock()

    def on_screen_resume(self) -> None:
        if self.suspended_at is not None:
            self.quiz.question_started_at += self.quiz.clock() - self.suspended_at
            self.suspended_at = None

    def check_time(self) -> None:
        """Exam timer tick (also called directly by tests with a fake clock)."""
        quiz = self.quiz
        if quiz.finished or quiz.answered_current or self.suspended_at is not None:
            return
        remaining = quiz.remaining()
        if remaining is not None and remaining <= 0:
            typed = "" if quiz.is_choice else self.query_one("#answer", Input).value
            self.finish_answer(quiz.time_out(typed))
        else:
            self.update_status()

    def finish_answer(self, record: AnswerRecord) -> None:
        item = record.item
        if self.session_id is None:
            self.session_id = self.app.start_session(self.quiz)
        self.app.progress.record_answer(
            self.session_id, item.pack_key, item.question.id, record.typed,
            stored_verdict(record), record.seconds, self.quiz.mode,
            skipped=record.outcome is Outcome.SKIPPED)
        if self.quiz.is_exam:
            self.action_next()
            if not self.quiz.finished:
                self.query_one("#hint", Static).update(
                    Text(f"Answer {len(self.quiz.records)} saved; results at the end.",
                         style="dim italic"))
            return
        self.update_status()
        self.show_feedback(record)
        self.refresh_bindings()

    def action_next(self) -> None:
        if not self.quiz.answered_current:
            return
        self.quiz.advance()
        if self.quiz.finished:
            self.finish_quiz()
        else:
            self.show_question()

    def finish_quiz(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        self.app.finish_quiz(self.quiz, self.session_id)

    def action_easy(self) -> None:
        record = self.quiz.last
        if record is None or not self.quiz.answered_current or not record.correct:
            return
        if self.app.progress.mark_easy(record.item.pack_key, record.item.question.id):
            self.notify("Marked as easy: you will see it less often.", timeout=3)
        else:
            self.notify("Could not save that: progress is not available.", severity="warning")

    def action_leave(self) -> None:
        self.app.confirm_leave_quiz()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        quiz = self.quiz
        if quiz.finished:
            return action == "leave"
        answered = quiz.answered_current
        if action in ("skip",):
            return not answered
        if action == "hint":
            return not answered and not quiz.hinted
        if action == "choose":
            return quiz.is_choice and not answered
        if action == "next":
            return answered
        if action == "easy":
            record = quiz.last
            return (answered and record is not None and record.correct
                    and self.app.progress.available)
        return True

"""The game played through Textual's Pilot, as a student would: keys in, screens out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Button, DataTable, Input, Static

from factquiz.pack import load
from factquiz.scoring import Outcome
from factquiz.tui.app import FactquizApp
from factquiz.tui.progress import Progress
from factquiz.tui.screens.dialogs import ConfirmScreen, MessageScreen
from factquiz.tui.screens.help import HelpScreen
from factquiz.tui.screens.mode import ModeScreen
from factquiz.tui.screens.picker import PickerScreen
from factquiz.tui.screens.question import QuestionScreen
from factquiz.tui.screens.results import ResultsScreen

FIXTURES = Path(__file__).parent / "fixtures"
LAKES = FIXTURES / "tui_lakes.yaml"
MARKUP = FIXTURES / "tui_markup.yaml"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_app(data_dir: Path, pack: Path | None = LAKES, **kwargs) -> FactquizApp:
    kwargs.setdefault("pack_paths", [LAKES, MARKUP])
    kwargs.setdefault("clock", FakeClock())
    return FactquizApp(pack, data_dir=data_dir, shuffle=False, **kwargs)


def plain(app: FactquizApp, selector: str) -> str:
    """The text a widget shows, as the student reads it."""
    return str(app.screen.query_one(selector, Static).render())


async def start_mode(pilot, mode_index: int = 0) -> None:
    """From the mode screen: pick the mode at `mode_index` (0 practice, 1 choice, 2 exam)."""
    assert isinstance(pilot.app.screen, ModeScreen)
    for _ in range(mode_index):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, QuestionScreen)


async def type_answer(pilot, text: str) -> None:
    await pilot.press(*text) if text else None
    await pilot.press("enter")
    await pilot.pause()


async def test_practice_round_to_results(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        screen = app.screen
        assert "WHO" in plain(app, "#badge")
        assert "Who ordered the evacuation" in plain(app, "#prompt")

        await type_answer(pilot, "Marta Ellison")
        assert screen.quiz.last.outcome is Outcome.RIGHT
        assert "Right" in plain(app, "#verdict")
        explanation = plain(app, "#explanation")
        assert "The mayor, Marta Ellison, ordered the evacuation" in explanation
        assert "Flood waters reach Lowmere" in explanation  # the source title
        await pilot.press("enter")  # next question

        await type_answer(pilot, "the town hall")
        assert screen.quiz.last.outcome is Outcome.WRONG
        assert "Greywater school" in plain(app, "#explanation")
        await pilot.press("enter")

        await type_answer(pilot, "340")
        await pilot.press("enter")
        await pilot.pause()

        assert isinstance(app.screen, ResultsScreen)
        summary = app.screen.summary
        assert (summary.correct, summary.total, summary.score) == (2, 3, 200)
        assert "2/3 right (67%)" in plain(app, "#headline")
        assert "WHERE 0/1" in plain(app, "#result-details")
        table = app.screen.query_one("#answers", DataTable)
        assert table.row_count == 3
        row = [str(cell) for cell in table.get_row_at(1)]
        assert "the town hall" in row and "Greywater school" in row and "Wrong" in row

    # The answers and the session were stored: the next picker shows a best score.
    progress = Progress.open(tmp_path)
    assert progress.best_score("tui-lakes") == 200
    assert progress.missed_last_time("tui-lakes") == {"q-shelter"}
    progress.close()


async def test_empty_answer_is_not_graded(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await type_answer(pilot, "   ")
        assert not app.screen.quiz.records
        assert not app.screen.query_one("#feedback").display
        assert any("Type an answer first" in n.message for n in app._notifications)


async def test_long_answers_are_capped_by_the_input(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        box = app.screen.query_one("#answer", Input)
        await pilot.press(*"abc")
        box.post_message(events.Paste("y" * 500 + "\nsecond line"))
        await pilot.pause()
        assert box.value == "abc" + "y" * 197
        await pilot.press("z")
        assert len(box.value) == 200


async def test_multiple_choice_with_number_keys_and_hint(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot, 1)
        screen = app.screen
        choices = screen.quiz.choices()
        assert len(choices) == 4 and "Marta Ellison" in choices
        assert not screen.query("#answer")

        await pilot.press("h")  # hint: two wrong choices go
        disabled = [b for b in screen.query(".choice").results(Button) if b.disabled]
        assert len(disabled) == 2
        assert all("Marta Ellison" not in str(b.label) for b in disabled)

        await pilot.press(str(choices.index("Marta Ellison") + 1))
        await pilot.pause()
        record = screen.quiz.last
        assert record.outcome is Outcome.RIGHT and record.hinted
        assert record.award.total == 50
        await pilot.press("enter")
        await pilot.pause()

        wrong = next(c for c in screen.quiz.choices() if c != "Greywater school")
        await pilot.press(str(screen.quiz.choices().index(wrong) + 1))
        await pilot.pause()
        assert screen.quiz.last.outcome is Outcome.WRONG
        assert "Greywater school" in plain(app, "#explanation")


async def test_exam_times_out_with_a_fake_clock_and_gives_no_feedback(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot, 2)
        screen = app.screen
        assert "0:20" in plain(app, "#status")  # the pack's time_limit

        clock.advance(5)
        await type_answer(pilot, "Marta Ellison")
        first = screen.quiz.records[0]
        assert first.outcome is Outcome.RIGHT
        assert first.award.speed_bonus == 37  # 15 of 20 seconds left -> 50 * 0.75
        assert screen.quiz.index == 1  # straight on: no feedback in Exam
        assert not screen.query_one("#feedback").display

        clock.advance(19)
        screen.check_time()
        assert len(screen.quiz.records) == 1
        assert "0:01" in plain(app, "#status")
        clock.advance(1.5)
        screen.check_time()
        await pilot.pause()
        assert screen.quiz.records[1].outcome is Outcome.TIMEOUT
        assert screen.quiz.index == 2

        clock.advance(2)
        await type_answer(pilot, "340")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.summary.correct == 2


async def test_retry_missed_plays_only_the_missed_questions(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        for answer in ("Marta Ellison", "nowhere", "12"):
            await type_answer(pilot, answer)
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert [i.question.id for i in app.screen.quiz.items] == ["q-shelter", "q-homes"]
        await type_answer(pilot, "Greywater school")
        await pilot.press("enter")
        await type_answer(pilot, "340")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.summary.correct == 2
        assert not app.screen.summary.missed
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ModeScreen)


async def test_missed_mode_offers_last_rounds_mistakes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        for answer in ("Marta Ellison", "nowhere", "340"):
            await type_answer(pilot, answer)
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ModeScreen)
        assert app.screen.missed == {"q-shelter"}
        await start_mode(pilot, 3)
        assert [i.question.id for i in app.screen.quiz.items] == ["q-shelter"]


async def test_skip_shows_the_answer_and_breaks_the_streak(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await type_answer(pilot, "Marta Ellison")
        await pilot.press("enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
        quiz = app.screen.quiz
        assert quiz.last.outcome is Outcome.SKIPPED
        assert quiz.tally.streak == 0
        assert "Skipped" in plain(app, "#verdict")
        assert "Greywater school" in plain(app, "#explanation")


async def test_typed_hint_shows_the_first_letter_and_costs_points(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "“M”" in plain(app, "#hint")
        await type_answer(pilot, "Marta Ellison")
        assert app.screen.quiz.last.award.total == 50
        assert "50 hint" in plain(app, "#verdict")


async def test_quitting_a_quiz_asks_first(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)

        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.is_running

        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ModeScreen)

        await pilot.press("ctrl+q")  # no quiz in progress: quits at once
        await pilot.pause()
        assert not app.is_running


async def test_easy_key_after_a_right_answer_marks_it_easy(tmp_path: Path) -> None:
    calls: list[tuple[str, str]] = []

    class SpyStore:
        def __getattr__(self, name):
            def method(*args, **kwargs):
                calls.append((name, args[:3]))
                return {"best_score": None, "missed_last_time": set(), "due_questions": [],
                        "start_session": 1, "mark_easy": True}.get(name)
            return method

    app = make_app(tmp_path, progress=Progress(SpyStore()))
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await type_answer(pilot, "Marta Ellison")
        await pilot.press("e")
        await pilot.pause()
    assert ("mark_easy", ("tui-lakes", "q-mayor")) in calls
    recorded = [args for name, args in calls if name == "record_answer"]
    assert recorded == [(1, "tui-lakes", "q-mayor")]


async def test_game_keeps_going_when_the_store_cannot_open(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    app = make_app(not_a_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.progress.available
        assert any("Progress is not saved" in n.message for n in app._notifications)
        await start_mode(pilot)
        await type_answer(pilot, "Marta Ellison")
        assert app.screen.quiz.last.outcome is Outcome.RIGHT


async def test_markup_and_escapes_in_a_pack_are_shown_literally(tmp_path: Path) -> None:
    app = make_app(tmp_path, MARKUP)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_mode(pilot)
        prompt = plain(app, "#prompt")
        assert "Who wrote [bold]the[/bold] [link=https://example.com]note[/link]?" in prompt
        await type_answer(pilot, "Ann Lee")
        explanation = plain(app, "#explanation")
        assert "[i]Ann Lee[/i]" in explanation
        assert "\\x1b[31min red\\x1b[0m" in explanation and "\x1b" not in explanation
        assert "[red]Source[/red] title" in explanation
        assert "[bold]Markup[/bold] pack" in plain(app, "#where")


async def test_picker_searches_as_you_type_and_opens_a_pack(tmp_path: Path) -> None:
    app = make_app(tmp_path, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert len(picker.shown) == 2
        details = plain(app, "#details")
        assert "3 questions: 1 WHO, 1 WHERE, 1 HOW MANY" in details
        assert "Lowmere counts the cost" in details and "Not played yet" in details

        await pilot.press(*"markup")
        assert [e.path.name for e in picker.shown] == ["tui_markup.yaml"]
        await pilot.press("escape")
        assert len(picker.shown) == 2
        await pilot.press(*"flood", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ModeScreen)
        assert app.screen.pack.id == "tui-lakes"


async def test_picker_shows_a_broken_pack_with_its_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: factquiz/1\ntitle: Broken\nsources: []\nquestions: []\n")
    app = make_app(tmp_path / "home", None, pack_paths=[broken, LAKES])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "cannot be played" in plain(app, "#details")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MessageScreen)


async def test_bad_pack_path_shows_the_pack_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    app = make_app(tmp_path, missing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MessageScreen)
        assert "nope.yaml" in app.screen.message


async def test_review_due_across_packs_from_the_picker(tmp_path: Path) -> None:
    app = make_app(tmp_path, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.quiz.mode == "review"
        packs = {item.pack_key for item in app.screen.quiz.items}
        assert packs == {"tui-lakes", "tui-markup"}


async def test_help_lists_keys_and_this_packs_scoring_rules(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Right answer: 100 points" in plain(app, "#rules")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_command_palette_jumps_to_a_pack(tmp_path: Path) -> None:
    app = make_app(tmp_path, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Play: The lake")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ModeScreen)
        assert app.screen.pack.id == "tui-lakes"


async def test_theme_choice_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert json.loads((tmp_path / "settings.json").read_text())["theme"] == "nord"
    again = make_app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_long_prompts_wrap_inside_small_terminals(tmp_path: Path, size) -> None:
    pack = load(LAKES)
    pack.questions[0].prompt = "Who, " + "after a very long night of rising water " * 6 + "?"
    app = make_app(tmp_path, None)
    async with app.run_test(size=size) as pilot:
        app.start_quiz([pack], "practice")
        await pilot.pause()
        prompt = app.screen.query_one("#prompt", Static)
        assert prompt.region.right <= size[0]
        assert prompt.region.height >= 2  # wrapped, not cut
        await type_answer(pilot, "Marta Ellison")
        feedback = app.screen.query_one("#feedback")
        assert feedback.region.width <= size[0]
        assert app.screen.query_one("#next", Button).region.height > 0


async def test_started_straight_into_a_quiz_esc_leads_back_to_modes_then_packs(
        tmp_path: Path) -> None:
    app = make_app(tmp_path, load(LAKES), start_mode="practice")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, ModeScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert len(app.screen.shown) == 2


async def test_stats_screen_shows_progress_after_a_round(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_mode(pilot)
        for answer in ("Marta Ellison", "nowhere", "340"):
            await type_answer(pilot, answer)
            await pilot.press("enter")
            await pilot.pause()
        app.action_stats()
        await pilot.pause()
        assert "3 answers, 67% right" in plain(app, "#stats-summary")
        table = app.screen.query_one("#stats-packs", Static).content
        titles = [str(cell) for cell in table.columns[0].cells]
        assert titles[0] == "The lake town reports"
        assert str(next(iter(table.columns[1].cells))) == "3/3"  # seen / questions
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_three_right_in_a_row_is_cheered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        for answer in ("Marta Ellison", "Greywater school", "340"):
            await type_answer(pilot, answer)
            if answer != "340":
                await pilot.press("enter")
        assert "-right" in app.screen.query_one("#feedback").classes
        assert any(n.message == "Three in a row!" for n in app._notifications)
        assert app.screen.quiz.tally.score == 100 + 110 + 120


async def test_restart_from_the_palette_starts_the_round_over(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await type_answer(pilot, "Marta Ellison")
        await pilot.press("enter")
        old = app.screen
        app.action_restart()
        await pilot.pause()
        assert app.screen is not old and isinstance(app.screen, QuestionScreen)
        assert app.screen.quiz.index == 0 and not app.screen.quiz.records
        assert "Who ordered the evacuation" in plain(app, "#prompt")


async def test_exam_clock_stops_while_a_dialog_covers_the_question(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot, 2)
        screen = app.screen
        clock.advance(5)
        await pilot.press("f1")
        await pilot.pause()
        clock.advance(100)
        screen.check_time()
        assert not screen.quiz.records
        await pilot.press("escape")
        await pilot.pause()
        screen.check_time()
        assert not screen.quiz.records
        assert screen.quiz.remaining() == 15


async def test_exam_status_hides_the_score_until_the_results(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot, 2)
        await type_answer(pilot, "Marta Ellison")
        assert app.screen.quiz.tally.score > 0
        assert "Score" not in plain(app, "#status")
        assert "Answer 1 saved" in plain(app, "#hint")


async def test_a_hinted_right_answer_is_stored_as_close_not_missed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot)
        await pilot.press("ctrl+t")
        await type_answer(pilot, "Marta Ellison")
        await pilot.press("enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
    progress = Progress.open(tmp_path)
    history = progress.store.history("tui-lakes", "q-mayor")
    assert [h["outcome"] for h in history] == ["close"]
    assert progress.missed_last_time("tui-lakes") == {"q-shelter"}
    progress.close()


async def test_results_table_refits_when_the_terminal_is_resized(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_mode(pilot)
        for answer in ("Marta Ellison", "nowhere", "340"):
            await type_answer(pilot, answer)
            await pilot.press("enter")
            await pilot.pause()
        table = app.screen.query_one("#answers", DataTable)
        assert len(table.columns) == 7
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert len(table.columns) == 5  # Kind and Points dropped
        assert table.row_count == 3
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 60


@pytest.mark.parametrize("mode_index", [0, 1])
async def test_question_stays_in_view_with_its_feedback_at_80x24(tmp_path: Path,
                                                                 mode_index: int) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mode(pilot, mode_index)
        screen = app.screen
        if mode_index == 0:
            await type_answer(pilot, "Nobody")
        else:
            await pilot.press("1")
            await pilot.pause()
        assert screen.query_one("#feedback").display
        body = screen.query_one("#body")
        assert body.scroll_y == 0  # nothing had to scroll away to show the feedback
        prompt = screen.query_one("#prompt", Static)
        next_button = screen.query_one("#next", Button)
        assert prompt.region.height > 0 and prompt.region.y >= 0
        assert 0 < next_button.region.y < 23  # above the footer
        assert "You answered:" in plain(app, "#explanation")

"""`factquiz study` end to end: the real game in review mode, fed by the study store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factquiz.study.store import Store
from test_study_helpers import EXACT, WRONG, FakeClock

tui_app = pytest.importorskip("factquiz.tui.app")
question_screen = pytest.importorskip("factquiz.tui.screens.question")


def write_pack(path: Path, key: str, n: int) -> None:
    items = "".join(f"""\
  - id: {key}{i}
    kind: where
    prompt: Where did traveller {i} of {key} sleep?
    answer: Inn {i}
    source: {{id: s1, sentence: Traveller {i} of {key} slept at Inn {i}.}}
""" for i in range(n))
    path.write_text(f"format: factquiz/1\nid: {key}\ntitle: Pack {key}\nsources:\n"
                    f"  - {{id: s1, title: Invented}}\nquestions:\n{items}", encoding="utf-8")


async def test_review_mode_plays_due_questions_first_then_todays_new_ones(tmp_path: Path) -> None:
    packs = [tmp_path / "alpha.yaml", tmp_path / "beta.yaml"]
    write_pack(packs[0], "alpha", 4)
    write_pack(packs[1], "beta", 3)
    data = tmp_path / "data"
    past = FakeClock(datetime.now(UTC) - timedelta(days=3))
    with Store.open(data, clock=past) as store:
        sid = store.start_session("beta", "practice")
        store.record_answer(sid, "beta", "beta2", "Inn 2", EXACT, 2.0, "practice")
        past.advance(days=1)
        store.record_answer(sid, "alpha", "alpha1", "Hotel", WRONG, 2.0, "practice")
        store.end_session(sid, 10, 1, 2)
    (data / "settings.json").write_text('{"new_per_day": 2}')

    app = tui_app.FactquizApp(None, data_dir=data, start_mode="review", pack_paths=packs,
                              shuffle=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, question_screen.QuestionScreen)
        order = [(item.pack_key, item.question.id) for item in screen.quiz.items]
        # most overdue review first, then two new questions in pack order
        assert order == [("beta", "beta2"), ("alpha", "alpha1"), ("alpha", "alpha0"),
                         ("alpha", "alpha2")]
        await pilot.press(*"Inn", "space", "2", "enter")
        await pilot.pause()
    with Store.open(data) as store:
        last = store.history("beta", "beta2")[-1]
        assert (last["typed"], last["outcome"], last["mode"]) == ("Inn 2", "exact", "review")

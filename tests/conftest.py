"""Shared fixtures. Every test runs with its own empty data folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                       ) -> Path:
    """Point FACTQUIZ_HOME at a fresh folder so no test reads or writes real progress."""
    home = tmp_path_factory.mktemp("factquiz-home")
    monkeypatch.setenv("FACTQUIZ_HOME", str(home))
    return home


@pytest.fixture
def shared_dir() -> Path:
    """The read-only shared data (seeds, BBC corpus, SQuAD); skip when this clone has none."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present in this checkout")
    return SHARED


@pytest.fixture
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    return seeds


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline with factquiz's entity fixes, loaded once for the whole run."""
    from factquiz.nlp import load_model

    return load_model()

"""Incremental grouping at ingest agrees with the batch grouping and with the seeds' gold groups."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest

from reader.engine import analysis
from reader.engine.pipeline import ingest
from reader.engine.store import Library

SEEDS = Path(__file__).resolve().parents[2] / "sample_corpus"
GOLD = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "gold.json"
NAMES = sorted(p.name for p in SEEDS.glob("00*.txt"))


def _groups(lib: Library) -> set[frozenset[str]]:
    name = {r["id"]: Path(r["source"]).name for r in lib.list_articles()}
    return {frozenset(name[i] for i in g.article_ids) for g in lib.groups()}


def _gold() -> set[frozenset[str]]:
    if GOLD.exists():
        return {frozenset(g) for g in json.loads(GOLD.read_text())["groups"]}
    return {frozenset(NAMES[i] for i in (0, 1, 4)), frozenset([NAMES[2]]), frozenset([NAMES[3]])}


@pytest.mark.parametrize("order", list(itertools.islice(itertools.permutations(range(5)), 0, 120, 17)))
def test_one_at_a_time_in_any_order_gives_the_gold_groups(order: tuple[int, ...], tmp_path: Path) -> None:
    lib = Library(tmp_path / "lib.db")
    for i in order:
        result = ingest(lib, [str(SEEDS / NAMES[i])], follow_links=False)
        assert result.added and not result.failed
    assert _groups(lib) == _gold()
    lib.close()


def test_incremental_equals_batch_regrouping(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    lib = Library(tmp_path / "lib.db")
    ingest(lib, [str(corpus)], follow_links=False)
    incremental = _groups(lib)
    analysis.regroup_all(lib)
    assert _groups(lib) == incremental
    assert len([g for g in incremental if len(g) > 1]) == 2  # the Kremlin briefing and the bridge closure
    lib.close()


def _seeded(tmp_path: Path) -> tuple[Path, Library]:
    """A copy of the five seeds and a library that has ingested them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in NAMES:
        shutil.copy(SEEDS / name, corpus / name)
    lib = Library(tmp_path / "lib.db")
    ingest(lib, [str(corpus)], follow_links=False)
    return corpus, lib


def test_a_revised_article_keeps_its_group(tmp_path: Path) -> None:
    corpus, lib = _seeded(tmp_path)
    before = _groups(lib)
    target = corpus / NAMES[1]
    target.write_text(target.read_text() + "\nThe Kremlin gave no further details.\n")
    result = ingest(lib, [str(target)], follow_links=False)
    assert len(result.updated) == 1
    assert _groups(lib) == before
    lib.close()


def test_a_revision_to_another_story_leaves_the_group_and_is_judged_on_its_new_text(tmp_path: Path) -> None:
    corpus, lib = _seeded(tmp_path)  # the judge has now seen (and cached) every seed
    target = corpus / NAMES[1]
    original = target.read_text()
    target.write_text(
        "Council closes harbour footbridge\n\nThe city council closed the harbour footbridge on Friday after "
        "inspectors found rust in two of its cables. Repairs are expected to take a month, a council engineer "
        "said, and ferries will run every ten minutes until the bridge reopens to walkers and cyclists.\n"
    )
    assert len(ingest(lib, [str(target)], follow_links=False).updated) == 1
    assert frozenset([NAMES[1]]) in _groups(lib)
    target.write_text(original)  # and back: the old text rejoins the briefing
    assert len(ingest(lib, [str(target)], follow_links=False).updated) == 1
    assert _groups(lib) == _gold()
    lib.close()

"""The split view: marks, panes in step, n/N, [/], tab, export from the pair."""

from __future__ import annotations

from reader.tui.comparison import next_matched
from reader.tui.screens.compare import CompareScreen
from reader.tui.widgets.sentence_pane import SentencePane
from tests.tui.helpers import SIZE, largest_group, settle


def panes(app) -> tuple[SentencePane, SentencePane]:
    return app.screen.query_one("#pane-0", SentencePane), app.screen.query_one("#pane-1", SentencePane)


async def open_compare(pilot) -> CompareScreen:
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CompareScreen)
    return pilot.app.screen


async def test_compare_shows_both_articles_with_marks(sample_db, make_app):
    group = largest_group(sample_db)
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        left, right = panes(app)
        assert screen.ids == group.article_ids[:2]
        assert left.option_count == len(left.article.sentences) > 0
        assert right.option_count == len(right.article.sentences) > 0
        assert any(m.other is not None for m in left.marks), "sample bridge reports share sentences"
        assert {m.label for m in left.marks + right.marks} <= {"verbatim", "quote-variant", "paraphrase", "unique"}
        head = str(screen.query_one("#head-0").render())
        assert "verbatim" in head and "unique" in head and "credits" in head


async def test_moving_keeps_the_other_pane_on_the_counterpart(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_compare(pilot)
        left, right = panes(app)
        for _ in range(left.option_count):
            await pilot.press("j")
            row = left.highlighted
            if left.marks[row].other is not None:
                assert right.highlighted == left.marks[row].other
        assert left.has_focus


async def test_n_and_shift_n_jump_between_matched_statements(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_compare(pilot)
        left, right = panes(app)
        start = left.highlighted
        await pilot.press("n")
        expected = next_matched(left.marks, start, 1)
        assert left.highlighted == expected
        assert left.marks[left.highlighted].other == right.highlighted
        await pilot.press("N")
        assert left.highlighted == next_matched(left.marks, expected, -1)


async def test_tab_switches_pane_and_sync_follows(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        left, right = panes(app)
        await pilot.press("tab")
        assert right.has_focus and screen._side == 1
        await pilot.press("n")
        row = right.highlighted
        assert right.marks[row].other == left.highlighted
        await pilot.press("tab")
        assert left.has_focus


async def test_brackets_change_the_article_in_the_other_pane(sample_db, make_app):
    group = largest_group(sample_db)
    assert len(group.article_ids) >= 3
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        first = screen.ids[0]
        seen = [screen.ids[1]]
        for _ in range(len(group.article_ids) - 1):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            seen.append(screen.ids[1])
            assert screen.ids[0] == first
            assert panes(app)[1].article.id == screen.ids[1]
        others = [i for i in group.article_ids if i != first]
        assert seen[-1] == seen[0] and set(seen) == set(others)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.ids[1] == seen[-2]


async def test_word_diffs_are_marked_in_near_verbatim_pairs(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        found = False
        for _ in range(len(screen.query_one("#pane-0", SentencePane).marks)):
            left = panes(app)[0]
            if any(m.changed for m in left.marks):
                found = True
                break
            await pilot.press("right_square_bracket")
            await settle(pilot)
        if found:
            row = next(i for i, m in enumerate(left.marks) if m.changed)
            start, end = left.marks[row].changed[0]
            assert 0 <= start < end <= len(left.article.sentences[row].text)

"""User keymaps: binding ids mapped to other keys from a TOML file."""

from __future__ import annotations

from reader.tui.comparison import next_matched
from reader.tui.keymap import load_keymap
from reader.tui.screens.compare import CompareScreen
from reader.tui.widgets.sentence_pane import SentencePane
from tests.tui.helpers import SIZE, settle


def test_load_keymap_reads_the_keys_table(tmp_path):
    path = tmp_path / "keymap.toml"
    path.write_text('[keys]\n"compare.next" = "x"\n"app.search" = "ctrl+f,slash"\nbad = 3\n', encoding="utf-8")
    assert load_keymap(path) == {"compare.next": "x", "app.search": "ctrl+f,slash"}


def test_missing_or_broken_keymap_is_ignored(tmp_path):
    assert load_keymap(tmp_path / "none.toml") == {}
    broken = tmp_path / "broken.toml"
    broken.write_text("[keys\n", encoding="utf-8")
    assert load_keymap(broken) == {}


async def test_keymap_rebinds_by_id(sample_db):
    from reader.tui.app import create_app

    app = create_app(sample_db, theme="textual-dark", keymap={"compare.next": "x"}, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        pane = app.screen.query_one("#pane-0", SentencePane)
        expected = next_matched(pane.marks, pane.highlighted, 1)
        await pilot.press("x")
        await pilot.pause()
        assert pane.highlighted == expected

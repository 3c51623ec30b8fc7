"""Article text is data: markup shows literally, clicks do nothing, escape sequences never reach the terminal."""

from __future__ import annotations

import threading
from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable

from reader.engine.models import Draft
from reader.engine.pipeline import ingest
from reader.engine.preparation import prepare
from reader.engine.store import Library
from reader.tui.safe import clean_block, clean_line, plain, snippet
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.compare import CompareScreen
from reader.tui.screens.search import ResultList
from reader.tui.widgets.article_body import ArticleBody
from reader.tui.widgets.sentence_pane import SentencePane
from tests.tui.helpers import SIZE, settle

MARKUP = "[bold]x[/] and [@click=app.quit]y[/]"
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m"
BODY = (
    f'The minister said "{MARKUP} is not policy," according to officials. {ESCAPES}Nothing else.\n\n'
    "A second paragraph repeats that the minister spoke on Tuesday about the budget plan."
)


def hostile_library(tmp_path: Path) -> tuple[Path, int]:
    """A library with one hostile article written straight to the store (bypassing ingest hygiene)."""
    db = tmp_path / "hostile.db"
    key, art = prepare(Draft(source="hostile.txt", text="placeholder text for the article body here."))
    art.text = BODY
    art.title = f"{MARKUP} {ESCAPES}title"
    art.outlet = f"Evil{ESCAPES} [red]Outlet[/]"
    from reader.engine.text import split_sentences

    art.sentences = split_sentences(BODY)
    art.quotes, art.credits = [], []
    with Library(db) as lib:
        with lib.transaction() as c:
            _, aid = lib.write_article(c, key, art, "2025-01-01T00:00:00Z")
            lib.set_group(c, [aid], art.title)
        twin = tmp_path / "twin.txt"
        twin.write_text(BODY.replace(ESCAPES, ""), encoding="utf-8")
        ingest(lib, [str(twin)], cancel=threading.Event())
    return db, aid


def no_escape(text: Text) -> None:
    assert "\x1b" not in text.plain and "\x9b" not in text.plain and "\x07" not in text.plain
    for span in text.spans:
        style = span.style
        assert not (getattr(style, "meta", None) or {}).get("@click"), "no click actions from article text"


def test_clean_line_and_block():
    assert "\x1b" not in clean_line(ESCAPES)
    assert "\n" not in clean_line("a\nb\u2028c")
    assert clean_line("x" * 50, 10) == "x" * 9 + "…"
    block = clean_block("a\n\nb\x1bc\u202ed")
    assert len(block) == len("a\n\nb\x1bc\u202ed") and "\n\n" in block and "\x1b" not in block and "\u202e" not in block
    assert plain(MARKUP).plain == MARKUP


def test_snippet_styles_only_the_marked_words():
    text = snippet("…before \x02match\x03 after [bold]x[/]", "bold")
    assert text.plain == "…before match after [bold]x[/]"
    assert [(s.start, s.end) for s in text.spans] == [(8, 13)]


async def test_library_and_article_show_markup_literally(tmp_path, make_app):
    db, aid = hostile_library(tmp_path)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#groups", DataTable)
        labels = [table.get_row_at(i)[0] for i in range(table.row_count)]
        hostile = next(cell for cell in labels if "[bold]x[/]" in cell.plain)
        no_escape(hostile)
        app.open_article(aid)
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        rendered = app.screen.query_one(ArticleBody).render()
        assert MARKUP in rendered.plain
        no_escape(rendered)
        title = app.screen.query_one("#article-title").render()
        assert "[@click=app.quit]y[/]" in str(title) and "\x1b" not in str(title)
        await pilot.click(ArticleBody, offset=(10, 0))
        await pilot.click(ArticleBody, offset=(30, 0))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ArticleScreen)
        svg = app.export_screenshot()
        assert not any(ch in svg for ch in ("\x1b", "\x07", "\x9b")), "no control characters reach the screen"


async def test_compare_and_search_keep_markup_literal(tmp_path, make_app):
    db, aid = hostile_library(tmp_path)
    with Library(db) as lib:
        others = [a for a in lib.article_ids() if a != aid]
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_compare(None, aid, others[0])
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        pane = app.screen.query_one("#pane-0", SentencePane)
        cells = pane.bodies
        assert len(cells) == pane.option_count
        assert any(MARKUP in c.plain for c in cells)
        for c in cells:
            no_escape(c)
        await pilot.press("escape", "slash", *"minister")
        await pilot.pause(0.2)
        await settle(pilot)
        results = app.screen.query_one(ResultList)
        assert results.option_count >= 1
        for i in range(results.option_count):
            no_escape(results.get_option_at_index(i).prompt)

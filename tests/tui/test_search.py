"""Search screen: live results while typing, snippets, query errors, enter opens the article."""

from __future__ import annotations

from reader.engine.store import Library
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.search import ResultList, SearchScreen, as_you_type
from tests.tui.helpers import SIZE, settle


def test_last_word_is_a_prefix_while_typing():
    assert as_you_type("pesk") == "pesk*"
    assert as_you_type("negative pesk") == "negative pesk*"
    assert as_you_type("peskov ") == "peskov "
    assert as_you_type('"negative view"') == '"negative view"'
    assert as_you_type('"negative vi') == '"negative vi"'
    assert as_you_type("outlet:reuters") == "outlet:reuters"
    assert as_you_type("-nato") == "-nato"
    assert as_you_type("") == ""


async def test_results_appear_while_typing_and_enter_opens(sample_db, make_app):
    with Library(sample_db) as lib:
        expected = lib.search("bridge*")
    assert expected
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"bridg")
        await pilot.pause(0.2)
        await settle(pilot)
        results = app.screen.query_one(ResultList)
        assert results.option_count == len(expected)
        first = results.get_option_at_index(0)
        assert first.id == str(expected[0].id)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article_id == expected[0].id
        assert app.screen.group_id is not None
        await pilot.press("escape")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_query_syntax_and_errors(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"since:notadate")
        await pilot.pause(0.2)
        await settle(pilot)
        status = str(app.screen.query_one("#search-status").render())
        assert "not a date" in status
        assert app.screen.query_one("#search-status").has_class("error")
        await pilot.press(*["backspace"] * len("since:notadate"), *'"negative', "space", *'view"', "space",
                          *"outlet:zzznone")
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.screen.query_one(ResultList).option_count == 0
        assert "0 results" in str(app.screen.query_one("#search-status").render())


async def test_snippet_marks_are_not_shown_raw(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kremlin")
        await pilot.pause(0.2)
        await settle(pilot)
        results = app.screen.query_one(ResultList)
        assert results.option_count
        prompt = results.get_option_at_index(0).prompt
        assert "\x02" not in prompt.plain and "\x03" not in prompt.plain
        assert any(span.style for span in prompt.spans)

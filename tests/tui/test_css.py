"""The stylesheets are found (checkout or installed package) and use theme variables, never raw colours."""

from __future__ import annotations

import re

from reader.tui.css import stylesheet_paths

RAW_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsl\(|\b(red|green|blue|yellow|white|black|magenta|cyan)\b")


def test_every_stylesheet_is_found_app_first():
    paths = stylesheet_paths()
    names = [p.name for p in paths]
    assert names[0] == "app.tcss"
    assert {"compare.tcss", "library.tcss", "search.tcss", "statements.tcss", "dialogs.tcss"} <= set(names)


def test_no_raw_colours_in_stylesheets():
    for path in stylesheet_paths():
        text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert not RAW_COLOUR.search(text), f"{path.name}: use theme variables"


def test_semantic_classes_are_styled():
    css = "\n".join(p.read_text(encoding="utf-8") for p in stylesheet_paths())
    for cls in (".verbatim", ".paraphrase", ".quote", ".unique"):
        assert re.search(rf"^{re.escape(cls)}\s*\{{", css, re.M), cls

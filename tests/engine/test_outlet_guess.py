"""The outlet of a paste with no metadata, read from the page's own furniture (invented pages and outlets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.engine import preparation
from reader.engine.models import Draft
from reader.engine.pipeline import ingest
from reader.engine.store import Library

BODY = (
    "Harbour workers in Kestrel walked out on Monday over pay, the union said.\n\n"
    "\u201cWe have waited long enough,\u201d union leader Dana Holt told a rally outside the port gates.\n\n"
    "The port authority said talks would resume on Thursday."
)


def _outlet(text: str, name: str = "07.txt") -> str:
    _, art = preparation.prepare(Draft(source=name, text=text, is_paste=True), fingerprint=False)
    return art.outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (BODY + "\n\n\u00a9 2024 Velm Herald", "Velm Herald"),
        (BODY + "\n\nCopyright \u00a9 2019 velmnews.com. All rights reserved. Supplied by Velm Media.",
         "velmnews.com"),
        (BODY + "\n\nCopyright \u00a9 2019 kestrelAfrica.com. All rights reserved.", "kestrelAfrica"),
        (BODY + "\n\n(This story has not been edited by Nordbay Times staff; it comes straight "
                "from a wire feed.)", "Nordbay Times"),
        (BODY + "\n\nFor all the latest Velm news, download Kestrel Express App", "Kestrel Express"),
        ("Download now the VBC mobile app\n\n" + BODY, "VBC"),
        ("Stay up to date with notifications from The Harbour Courier\n\n"
         "Notifications can be turned off in your settings at any time.\n\n" + BODY, "The Harbour Courier"),
        (BODY + "\n\nvelmnews.com", "velmnews.com"),
        (BODY + "\n\nCopyright \u00a9 2024 The Guardian. All rights reserved.", "The Guardian"),  # registry name
    ],
)
def test_a_paste_names_its_outlet_in_its_furniture(text: str, outlet: str) -> None:
    assert _outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        # an agency's copyright on its copy says whose story it is, not whose page
        "KESTREL (Reuters) - " + BODY + "\n\n(Reporting by Ola Berg; Editing by Mia Lund)\n\n\u00a9 2024 Reuters",
        BODY + "\n\nUsers can download the Kestrel Maps app to follow the strike.",  # an app the story names
        BODY + "\n\nThe Velm Herald reported that the port lost money.",  # a citation, not a signature
        BODY + "\n\n\u00a9 Mara Lind/Velmpress",  # a picture credit
        BODY + "\n\n\u00a9 2024 Mara Lind",  # a person holds it
    ],
)
def test_no_signature_keeps_the_file_name(text: str) -> None:
    assert _outlet(text) == "07"


def test_metadata_and_the_outlet_option_win_over_the_page(tmp_path: Path) -> None:
    page = BODY + "\n\n\u00a9 2024 Velm Herald"
    (tmp_path / "a.txt").write_text("---\noutlet: Nordbay Post\n---\n" + page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(page.replace("Monday", "Tuesday"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(page.replace("Harbour", "Dock"), encoding="utf-8")
    with Library(tmp_path / "lib.db") as lib:
        ingest(lib, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        ingest(lib, [str(tmp_path / "c.txt")], outlet="Kestrel Gazette")
        got = {Path(row["source"]).name: row["outlet"] for row in lib.list_articles()}
    assert got == {"a.txt": "Nordbay Post", "b.txt": "Velm Herald", "c.txt": "Kestrel Gazette"}


def test_a_sites_comment_policy_and_its_title_bar_name_the_page() -> None:
    policy = "Velm Radio welcomes all comments that stay civil and add to the debate."
    assert _outlet(BODY + "\n\nComments\n\n" + policy) == "Velm Radio"
    head = "Dorin: palace declines to comment on possible tariffs"
    bar = f"{head} - News Archive - ORLIN Business News Agency - Home Markets Politics Energy" + " Wire" * 80
    text = f"{bar}\n\n{head}\n\nTOLBEK, Dec 7 (ORLIN) -- The palace does not comment on reports, Ivan Dorin said.\n\n"
    assert _outlet(text + BODY) == "ORLIN Business News Agency"  # an agency's own site names itself so
    # a section after the headline names no site
    assert _outlet(f"{head} - All News - Business News\n\n{head}\n\n{BODY}") == "07"

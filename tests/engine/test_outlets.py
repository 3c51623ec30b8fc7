"""Tests for the canonical outlet registry."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from reader.engine import credits, outlets


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Agence France-Presse", "AFP"),
        ("Agence France Presse", "AFP"),
        ("afp", "AFP"),
        ("Associated Press", "AP"),
        ("The Associated Press", "AP"),
        ("AP", "AP"),
        ("The New York Times", "The New York Times"),
        ("new york times", "The New York Times"),
        ("NYT", "The New York Times"),
        ("the Guardian", "The Guardian"),
        ("Financial Times", "Financial Times"),
        ("The Financial Times", "Financial Times"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("Agência Brasil", "Agência Brasil"),
        ("Agencia Brasil", "Agência Brasil"),
        ("Shutterstock.com", "Shutterstock"),
        ("REUTERS", "Reuters"),
        ("Kyiv Independent", "Kyiv Independent"),
        ("Deep State", "DeepState"),
        ("  Anadolu Agency. ", "Anadolu Agency"),
        ("AA", "Anadolu Agency"),
        ("www.bbc.co.uk", "BBC"),
    ],
)
def test_canonical_aliases(alias: str, name: str) -> None:
    assert outlets.canonical(alias) == name


@pytest.mark.parametrize("name", ["", "   ", "the", "Kremlin", "Dmitry Peskov", "example.com", "x" * 10_000])
def test_canonical_unknown(name: str) -> None:
    assert outlets.canonical(name) is None


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.reuters.com/world/europe/x-2025-08-27/", "Reuters"),
        ("https://uk.reuters.com/article/idUK", "Reuters"),
        ("https://edition.cnn.com/2025/08/27/europe/x", "CNN"),
        ("http://www.nytimes.com/2025/08/27/world/x.html?smid=tw", "The New York Times"),
        ("https://apnews.com/article/abc", "AP"),
        ("https://www.theguardian.com/world/2025/aug/27/x", "The Guardian"),
        ("https://economictimes.indiatimes.com/news", "The Economic Times"),
        ("https://timesofindia.indiatimes.com/world", "The Times of India"),
        ("www.trtworld.com/europe/x", "TRT World"),
        ("https://WWW.BBC.CO.UK:443/news", "BBC"),
        ("https://www.ft.com/content/x", "Financial Times"),
    ],
)
def test_from_url(url: str, name: str) -> None:
    assert outlets.from_url(url) == name


@pytest.mark.parametrize(
    "url",
    ["", "https://example.com/reuters", "http://[::1", "not a url", "https://notreuters.com/", "mailto:x@y"],
)
def test_from_url_unknown(url: str) -> None:
    assert outlets.from_url(url) is None


def test_kind_and_names() -> None:
    assert outlets.kind("Reuters") == "agency"
    assert outlets.kind("Getty") == "photo"
    assert outlets.kind("BBC News") == "broadcaster"
    assert outlets.kind("nobody") is None
    names = outlets.all_names()
    assert len(names) >= 150
    assert len(names) == len(set(names))
    assert {"Reuters", "AP", "AFP", "Getty Images", "TRT World", "Meduza"} <= set(names)


def test_a_masthead_two_papers_print_keeps_its_name() -> None:
    """Sydney's and London's "The Daily Telegraph": the shared name is its own entry, the domains tell them apart."""
    assert outlets.canonical("The Daily Telegraph") == "The Daily Telegraph"
    assert outlets.canonical("the Daily Telegraph") == "The Daily Telegraph"
    assert outlets.canonical("The Telegraph") == "The Telegraph"
    assert outlets.from_url("https://www.telegraph.co.uk/news/x") == "The Telegraph"
    assert outlets.from_url("https://www.dailytelegraph.com.au/news/x") == "The Daily Telegraph"
    found = credits.find_credits("\u201cWe were ignored,\u201d union president Dana Holt told The Daily Telegraph.", [])
    assert [(c.name, c.roles) for c in found] == [("The Daily Telegraph", ["cited"])]


def test_registry_is_consistent() -> None:
    raw = resources.files("reader").joinpath("data", "outlets.json").read_text(encoding="utf-8")
    data = json.loads(raw)["outlets"]
    seen: dict[str, str] = {}
    domains: set[str] = set()
    for item in data:
        assert item["kind"] in outlets.KINDS, item["name"]
        for alias in [item["name"], *item["aliases"], *item.get("weak_aliases", [])]:
            k = outlets.key(alias)
            assert seen.setdefault(k, item["name"]) == item["name"], alias
        for domain in item["domains"]:
            assert domain not in domains, domain
            domains.add(domain)
            assert outlets.from_url(domain) == item["name"]


def test_mentions_in_text() -> None:
    text = (
        "According to the Guardian and The New York Times, the AP and REUTERS reported it. "
        "(Photo by Jane Doe / POOL / AFP) Times Square. AFP/Getty Images"
    )
    found = [(m.name, m.span.slice(text)) for m in outlets.mentions(text)]
    assert found == [
        ("The Guardian", "the Guardian"),
        ("The New York Times", "The New York Times"),
        ("AP", "AP"),
        ("Reuters", "REUTERS"),
        ("AFP", "AFP"),
        ("AFP", "AFP"),
        ("Getty Images", "Getty Images"),
    ]


def test_mentions_respect_word_boundaries() -> None:
    assert outlets.mentions("APEC leaders, CAPS, the tapas bar, Reutersville, BBCs") == []
    assert outlets.mentions("the Times of India said")[0].name == "The Times of India"


def test_weak_aliases_only_in_slots() -> None:
    assert outlets.mentions("PA said") == []
    assert [m.name for m in outlets.mentions("PA said", weak=True)] == ["PA Media"]
    assert outlets.is_strong_alias("Reuters")
    assert not outlets.is_strong_alias("AA")


def test_mentions_hostile_input() -> None:
    for text in ["", "\x00\x1b[31m", "“" * 1000, "AFP" * 10_000]:
        for m in outlets.mentions(text):
            assert 0 <= m.span.start < m.span.end <= len(text)


@pytest.mark.parametrize(
    ("written", "name"),
    [("Sky Sports News", "Sky Sports"), ("BBC Sport", "BBC"), ("The Athletic", "The Athletic"), ("ESPN", "ESPN"),
     ("LBC", "LBC"), ("Times Radio", "Times Radio"), ("PA news agency", "PA Media"), ("BT Sport", "TNT Sports")],
)
def test_sport_and_radio_outlets(written: str, name: str) -> None:
    assert outlets.canonical(written) == name

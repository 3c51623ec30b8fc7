"""An article's text with quotes highlighted and each quote's speaker shown after it."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from reader.engine.models import Article, Quote
from reader.tui.safe import clean_block, clean_line

CLOSERS = "”\"’»›'"


NEAR = 80
"""A speaker named within this many characters of the quote needs no extra tag."""


def _named_nearby(text: str, q: Quote) -> bool:
    """Whether the quote's speaker is named (not just a pronoun) right beside it."""
    m = q.speaker_mention
    if m is None or not q.speaker or not (0 <= m.start < m.end <= len(text)):
        return False
    near = m.start <= q.content.end + NEAR and m.end >= q.content.start - NEAR
    mention = text[m.start : m.end].lower()
    return near and any(part in mention for part in q.speaker.lower().split() if len(part) > 2)


def speaker_tags(article: Article) -> list[tuple[int, str]]:
    """Where to show each quote's speaker: after the closing mark, unless the text names them right there."""
    text = article.text
    tags: list[tuple[int, str]] = []
    for q in article.quotes:
        if not (0 <= q.content.start <= q.content.end <= len(text)) or _named_nearby(text, q):
            continue
        end = q.content.end
        while end < len(text) and end - q.content.end < 2 and text[end] in CLOSERS:
            end += 1
        name = clean_line(q.speaker, 40) if q.speaker else "unattributed"
        tags.append((end, name))
    return tags


def render_article(article: Article, quote: str, speaker: str, mention: str, tag_prefix: str = " ⟨") -> Text:
    """The article body as Text: quote spans and speaker mentions styled, speaker tags inserted."""
    text = article.text
    body = Text(clean_block(text), end="")
    size = len(text)
    for q in article.quotes:
        if 0 <= q.content.start < q.content.end <= size:
            body.stylize(quote, q.content.start, q.content.end)
        m = q.speaker_mention
        if m is not None and 0 <= m.start < m.end <= size:
            body.stylize(mention, m.start, m.end)
    out = Text(end="")
    pos = 0
    for at, name in sorted(speaker_tags(article)):
        out.append_text(body[pos:at])
        out.append(f"{tag_prefix}{name}⟩", style=speaker)
        pos = at
    out.append_text(body[pos:])
    return out


class ArticleBody(Widget):
    """The article text; quotes carry a style and a speaker tag so colour never carries meaning alone."""

    COMPONENT_CLASSES = {"article--quote", "article--speaker", "article--mention"}
    DEFAULT_CSS = "ArticleBody { height: auto; }"

    def __init__(self, article: Article | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = article

    def show(self, article: Article) -> None:
        """Display another article."""
        self.article = article
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.article is None:
            return Text("")
        return render_article(
            self.article,
            quote=self.get_component_rich_style("article--quote"),
            speaker=self.get_component_rich_style("article--speaker"),
            mention=self.get_component_rich_style("article--mention"),
        )

"""One side of the split view: an article's sentences, each with a gutter letter for its match."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from reader.engine.models import Article
from reader.tui.comparison import LETTER, SentenceMark
from reader.tui.safe import clean_line
from reader.tui.widgets.lists import VimOptionList


class SentencePane(VimOptionList):
    """Sentences of one article; the letter in the gutter says what the colour says."""

    COMPONENT_CLASSES = {
        "pane--verbatim", "pane--quote-variant", "pane--paraphrase", "pane--unique",
        "pane--gutter", "pane--diff",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.marks: list[SentenceMark] = []
        self.bodies: list[Text] = []
        """The rendered sentence texts, one per row."""

    def show(self, article: Article, marks: list[SentenceMark]) -> None:
        """Fill the pane with the article's sentences and their marks."""
        self.article = article
        self.marks = marks
        self.rebuild()

    def rebuild(self) -> None:
        """Render the options again (after a theme change)."""
        if self.article is None:
            return
        keep = self.highlighted
        gutter = self.get_component_rich_style("pane--gutter")
        diff = self.get_component_rich_style("pane--diff")
        styles = {k: self.get_component_rich_style(f"pane--{k}") for k in LETTER}
        options = []
        self.bodies = []
        for s, m in zip(self.article.sentences, self.marks, strict=False):
            body = Text(clean_line(s.text), style=styles[m.label], end="")
            for start, end in m.changed:
                body.stylize(diff, start, end)
            self.bodies.append(body)
            prompt = Text(end="")
            prompt.append(f"{LETTER[m.label]} ", style=gutter + styles[m.label])
            prompt.append_text(body)
            options.append(Option(prompt))
        self.clear_options()
        self.add_options(options)
        if keep is not None and keep < len(options):
            self.highlighted = keep

    def row(self) -> int | None:
        """The highlighted sentence row."""
        return self.highlighted

"""Domain dataclasses shared by every engine module, the CLI and the TUI.

Everything that points into an article's text does so with character offsets
into ``Article.text`` (the stored, normalised body), so a highlight on screen or
in an export can always be traced back to its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

QUOTE_KINDS = ("full", "partial")
CREDIT_ROLES = ("source", "contributor", "cited", "photo")
PAIR_LABELS = ("verbatim", "quote-variant", "paraphrase")
CARRY_LABELS = ("quote", "partial-quote", "paraphrase", "absent")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` character range into an article's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The characters this span covers."""
        return text[self.start : self.end]


@dataclass(slots=True)
class Sentence:
    """One sentence of an article body with its offsets into the text."""

    i: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Draft:
    """What an ingest reader extracted from one source, before it is stored.

    Readers fill what they know; the pipeline normalises text, detects furniture,
    resolves the outlet and splits sentences.
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    furniture: list[str] = field(default_factory=list)
    is_paste: bool = False


@dataclass(slots=True)
class Quote:
    """A quotation: its content span, the cue verb, and who said it.

    ``speaker`` is the canonical name (titles stripped, unified across the
    article and its group); ``speaker_mention`` is the span of the words that
    name the speaker in this article, which may be a pronoun.
    """

    content: Span
    kind: str
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    sentence: int | None = None


@dataclass(slots=True)
class Credit:
    """An outlet the article credits, with its roles and the evidence.

    ``evidence`` holds the words that show each role (they may sit in the
    furniture, e.g. a photo caption); ``spans`` locates those found in the text.
    """

    name: str
    roles: list[str]
    evidence: list[str]
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """A stored article (latest revision) with its analysis."""

    id: int
    source: str
    url: str | None
    outlet: str
    title: str
    published: str | None
    author: str | None
    text: str
    fetched: str
    furniture: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    revisions: int = 1

    @property
    def words(self) -> int:
        """Word count of the body, as shown in lists."""
        return len(self.text.split())


@dataclass(slots=True)
class Group:
    """Reports of the same briefing or event, across outlets."""

    id: int
    label: str
    article_ids: list[int]
    outlets: list[str]
    first_published: str | None


@dataclass(slots=True)
class WordDiff:
    """Word-level edit between two aligned sentences: ``op`` is equal/insert/delete/replace."""

    op: str
    a: Span
    b: Span


@dataclass(slots=True)
class Pair:
    """Two aligned sentences, ``a`` and ``b`` indexing each article's sentences."""

    a: int
    b: int
    label: str
    score: float
    diff: list[WordDiff] = field(default_factory=list)


@dataclass(slots=True)
class Alignment:
    """Sentence alignment between two articles."""

    a_id: int
    b_id: int
    pairs: list[Pair]
    unique_a: list[int]
    unique_b: list[int]


@dataclass(slots=True)
class Carriage:
    """How one article carries a statement."""

    article_id: int
    label: str
    sentence: int
    text: str


@dataclass(slots=True)
class Statement:
    """One thing said at the briefing, linked across the group's articles."""

    id: int
    speaker: str | None
    summary: str
    carriers: list[Carriage]
    first_article_id: int | None = None


@dataclass(slots=True)
class Derivation:
    """Evidence that one article's text tracks another's and credits its agency."""

    article_id: int
    derived_from: int
    share: float
    evidence: str


@dataclass(slots=True)
class ArticleShare:
    """Share of an article's words that are verbatim / paraphrased / unique within its group."""

    article_id: int
    verbatim: float
    paraphrase: float
    unique: float


@dataclass(slots=True)
class Provenance:
    """The group's publication order, statements and derivations."""

    group_id: int
    timeline: list[int]
    statements: list[Statement]
    shares: list[ArticleShare]
    derivations: list[Derivation]


@dataclass(slots=True)
class IngestResult:
    """Outcome of an ingest batch, in the shape of the ``ingest --json`` contract."""

    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    regrouped: bool = False
    """Whether the run rebuilt every group (group ids may then name other groups): not in the JSON contract."""

    def summary(self) -> str:
        """The one-line human summary printed at the end of an ingest."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.failed)} failed"
        )


@dataclass(slots=True)
class SearchHit:
    """One full-text search result."""

    id: int
    outlet: str
    title: str
    published: str | None
    snippet: str
    score: float

"""The edges of a paste: date stamps a copy ran into its first lines, and a last sentence cut off.

A page copied without its layout runs a machine date ("date 2019-04-02") or a headline's
"(Agency) / <date>" into the next text, or a label into the paragraph under it ("Advertise with X.If ..."),
or the site's sign-off onto the last sentence ("... in May. – Harbourline.com"); a paste or an excerpt
may stop mid-word. These are fixed before the zone logic of :mod:`reader.engine.furniture` reads the paragraphs' shapes.
"""

from __future__ import annotations

import re

from reader.engine.furniture_appeals import is_appeal
from reader.engine.furniture_lines import OPENING_MARKS, Para, label_kind, letters, shape, titleish
from reader.engine.furniture_patterns import FUNCTION_WORDS
from reader.engine.outlet_guess import is_domain
from reader.engine.paste_dates import STAMP_LINES, leading_stamp, stamped_header


def split_stamps(paras: list[str], top: int) -> tuple[list[Para], list[int]]:
    """Shape the paragraphs, cutting date stamps out of the top ones (returned by index: furniture).

    A leading "date 2019-04-02" before a headline or a first sentence, or a headline's run-on
    "(Agency) / <date>": the headline is then a heading like any other, and the sentence after
    the stamp the article's.
    """
    ps: list[Para] = []
    stamps: list[int] = []
    foot = len(paras) - SIGNED_LINES
    for i, text in enumerate(paras):
        signed = signed_domain(text) if i >= foot and text[-1:].isalpha() else None
        if signed is not None:
            ps.extend((shape(signed[0]), shape(signed[1])))
            continue
        lead = leading_stamp(text) if i < STAMP_LINES else None
        if lead is not None:
            stamps.append(len(ps))
            ps.extend((shape(lead[0]), shape(lead[1])))
            continue
        got = stamped_header(text) if i < top else None
        if got is None:
            glued = glued_label(text) if "." in text[:GLUED_LABEL_MAX] else None
            ps.extend(shape(t) for t in glued or (text,))
            continue
        head, stamp, rest = got
        stamps.append(len(ps) + 1)
        ps.extend(shape(t) for t in (head, stamp, rest) if t)
    return ps, stamps


SIGNED_LINES = 3
"""The last paragraphs of a paste, where a site signs its story off after the last sentence."""
_SIGNED = re.compile(r"(?<=[.!?\"”’])\s+(?P<s>[–—-]{1,2}\s?(?P<d>[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}))$")


def signed_domain(text: str) -> tuple[str, str] | None:
    """The last sentence and the site's sign-off glued to it ("... in May. – Harbourline.com"), or None.

    The sentence is the article's; the sign-off is the site's name, furniture (the outlet guess reads it).
    """
    if "." not in text[-12:] or not any(d in text[-40:] for d in "–—-"):
        return None
    m = _SIGNED.search(text, max(0, len(text) - 40))
    if m is None or not is_domain(m.group("d")) or m.start() == 0:
        return None
    return text[: m.start()], m.group("s")


GLUED_LABEL_MAX = 62
_GLUED_LABEL = re.compile(r"[^.!?]{2,60}?[.!?](?=[A-Z][a-z])")
"""A page's label and the paragraph under it, run together with no space ("Advertise with Velm Media.If ...")."""


def glued_label(text: str) -> tuple[str, str] | None:
    """A label a copy glued to the next paragraph, cut off: ("Advertise with Velm Media.", "If convicted, ..."),
    or None. A sentence ends in a space before the next; only elements a copy ran together touch so."""
    m = _GLUED_LABEL.match(text)
    if m is None:
        return None
    head = m.group()
    if label_kind(head) is None and not is_appeal(head, head.lower(), head.count(" ") + 1):
        return None  # or an appeal's last line: "Your backing makes the difference.Rescuers searched ..."
    return m.group(), text[m.end() :]


BANNER_LINES = 3
BANNER_MAX_WORDS = 10


def top_banner(ps: list[Para]) -> int | None:
    """A site's banner over the page ("The city will host the Games 2030!"): one short cry above its menus.

    It reads as a sentence, so the body would start at it; but no article opens on an exclamation
    that a language switcher or a site's label follows. Returns its index, or None.
    """
    for i, p in enumerate(ps[: BANNER_LINES]):
        if not p.sent:
            continue
        nxt = ps[i + 1] if i + 1 < len(ps) else None
        if p.nw <= BANNER_MAX_WORDS and p.text.endswith("!") and nxt is not None and nxt.flag:
            return i
        return None
    return None


def prose_cut_off(ps: list[Para]) -> None:
    """Read a last paragraph cut off mid-sentence under the article's prose as prose, not as a headline.

    A paste (or an excerpt) may stop mid-word; the tail rules would take the stub for a linked
    headline and the article would lose its last sentence, or its last quote. A last paragraph
    opening with a quote mark under a paragraph that leaves its quotation open carries that
    quotation on (a statement quoted over several paragraphs): it is prose whatever its shape.
    """
    if len(ps) < 2 or not ps[-1].head:
        return
    above = ps[-2]
    if above.head and len(ps) >= 3 and ps[-3].sent and above.nw <= 8:
        above = ps[-3]  # a crosshead between the last prose and the cut sentence under it
    if above.sent and (cut_off(ps[-1]) or (_open_quote(above.text) and ps[-1].text[:1] in OPENING_MARKS)):
        ps[-1].head, ps[-1].sent = False, True  # or a quotation that runs on over open paragraphs into it


"""What a paragraph continuing a quotation opens with ("“To clear doubts ...", then "“At no time ...")."""


def _open_quote(t: str) -> bool:
    """A paragraph opening a quotation it never closes ("On Monday a \"dead", "“We ask resid")."""
    return t.count('"') % 2 == 1 or t.count("“") > t.count("”") or t.count("«") > t.count("»")


LONG_SENTENCE = 18
"""Words of a sentence-case line past which it is a sentence, not a headline (theirs are shorter)."""
_QUOTE_THEN_CUE = re.compile(
    r"[,!?][”\"’']\s+(?:[\w'’.-]+\s+){0,5}(?:said|told|added|asked|warned|wrote|insisted|replied|noted|stressed"
    r"|explained|declared)\b"
)
"""A quotation closed on a comma, then its speaker in the past tense: prose (a headline says "tells", "says")."""
_NEVER_LAST = frozenset({"of", "the", "a", "an", "and", "or", "its", "their", "his", "her"})
"""Words a headline never ends on (it may end on "in", "for" or "with": "What to watch out for")."""
_TWO_LETTER_WORDS = frozenset({
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh",
    "ok", "on", "or", "so", "to", "up", "us", "we", "ye",
})


def _stub_word(last: str) -> bool:
    """A last word of two lower-case letters that is no word ("... a global platform in su"): cut mid-word."""
    return len(last) == 2 and last.isalpha() and last.islower() and last not in _TWO_LETTER_WORDS


def cut_off(p: Para) -> bool:
    """A headline-shaped paragraph that is a sentence cut off mid-way (a paste or excerpt stopping short).

    Its quote is still open, its last word a lone lower-case letter ("Also running in t"), or it
    is a long sentence-case run with its articles, and a comma or a function word at the end
    ("The trucks were parked on a road ..., a town of about 40,000, where three"): no headline
    reads so. Short stubs stay headline-shaped; one cannot tell
    "Smaller rallies took place along the coasta" from a linked headline by its shape.
    """
    t = p.text
    last = t.rsplit(None, 1)[-1]
    if (len(last) == 1 and last.islower()) or (p.nw >= 4 and (_open_quote(t) or _stub_word(last))):
        return True
    if p.nw >= 2 and last in _NEVER_LAST:
        return True  # "Shares of": no headline ends on an article or "of"
    if p.nw >= 4 and _QUOTE_THEN_CUE.search(t):
        return True  # '"We will not give way," Okafor told the delegates': prose, its full stop cut
    if p.nw < 12 or not t[:1].isupper() or titleish(t):
        return False
    if p.nw >= LONG_SENTENCE:
        return True  # headlines are shorter
    ws = t.lower().split()
    if sum(w in _ARTICLES for w in ws) < 2:
        return False  # headlines drop their articles ("Police say five dead, dozens hurt in ...")
    return ", " in t or last.lower() in FUNCTION_WORDS


_ARTICLES = frozenset({"the", "a", "an"})


REPEAT_MIN_WORDS = 8
REPEAT_MAX_WORDS = 60
REPEAT_SHARE = 0.9
REPEAT_HEAD = 12
"""A teaser's clip is short, and stops well before the paragraph it copies ends; a last paragraph that copies
nearly all of a long one is the article itself, cut where the paste ends (its copy above is the page's summary)."""


def mark_repeated_cut(ps: list[Para]) -> None:
    """Flag a last paragraph cut off mid-sentence that repeats the opening of an earlier one ("duplicate").

    An excerpt that closes on the story's lede again, clipped ("The storm that struck the coast on
    Sunday killed four, as"), is the page's teaser of its own story, not a last sentence; its letters
    (quotation marks and apostrophes aside) open the earlier paragraph.
    """
    last = ps[-1] if ps else None
    if last is None or last.flag or not REPEAT_MIN_WORDS <= last.nw <= REPEAT_MAX_WORDS or \
            last.text[-1:] in ".!?\"”’":
        return
    head, key = last.text[:REPEAT_HEAD], None
    for p in ps[:-1]:
        if p.flag or not p.text.startswith(head) or last.nw > REPEAT_SHARE * p.nw:
            continue  # its opening words as written first: comparing letters only where they agree
        key = key if key is not None else letters(last.text)
        if letters(p.text[: len(last.text) + 20]).startswith(key):
            last.flag = "duplicate"
            return


CUT_TEASER_MIN = 15
"""Fewest letters a clipped teaser keeps before its dots: fewer could open any paragraph."""
_CUT_ENDS = ("...", "…")


def mark_cut_teasers(ps: list[Para]) -> None:
    """Flag a line clipped mid-word with dots that repeats the opening of another line ("teaser").

    A site's story card shows its headline and lede cut to fit ("Premier shrugs off interview cri...",
    "The Premier has shrugged off criticism this week. Opposition parties accu..."); the page shows the
    same words whole elsewhere, the headline as a line and the lede across one or two paragraphs. The
    clipped word is dropped and the rest compared letters only, with the lines opening as it does.
    """
    n = len(ps)
    for i, p in enumerate(ps):
        t = p.text
        if p.flag or p.nw > REPEAT_MAX_WORDS or not t.endswith(_CUT_ENDS):
            continue
        stem = t.rstrip(".… ")
        if not stem[-1:].isalpha() or " " not in stem:
            continue  # "... we will see ...": dots after a space close no clipped word
        key = letters(stem.rsplit(" ", 1)[0])
        if len(key) < CUT_TEASER_MIN:
            continue
        head = stem[:REPEAT_HEAD]
        for j in range(n):
            q = ps[j]
            if j == i or not q.text.startswith(head) or q.text.endswith(_CUT_ENDS):
                continue
            run = letters(" ".join(r.text for r in ps[j : j + 3])[: len(stem) + 40])
            if run.startswith(key):
                p.flag = "teaser"
                break


CLIPPED_RUN_MIN = 3
"""Fewest lines in a row clipped mid-word with dots that make a gallery or a story list, not a paragraph's pause."""
CLIPPED_MIN_WORDS = 5


def clipped(p: Para) -> bool:
    """A line cut to fit a card: its dots glued to the word they cut ("... finding survivors fadi...")."""
    t = p.text
    if p.nw < CLIPPED_MIN_WORDS or not t.endswith(_CUT_ENDS):
        return False
    stem = t.rstrip(".…")
    return stem[-1:].isalnum() and len(stem) < len(t)


def mark_clipped_runs(ps: list[Para]) -> None:
    """Flag a run of three lines or more in a row, each clipped mid-sentence with its dots ("teaser").

    A photo gallery's captions cut to the card's width ("Volunteers stack sandbags ..., Tuesday, March 4,
    2025. With the water still rising, crews wor...") and a list of other stories under the article
    ("The council voted on Monday to close two…") show so; an article's paragraph ends with its full
    stop, and a speaker trailing off ("we will see…") does so once, not three times running.
    """
    i, n = 0, len(ps)
    while i < n:
        if not clipped(ps[i]):
            i += 1
            continue
        j = i + 1
        while j < n and clipped(ps[j]):
            j += 1
        if j - i >= CLIPPED_RUN_MIN:
            for k in range(i, j):
                ps[k].flag = ps[k].flag or "teaser"
        i = j


def gallery_start(ps: list[Para]) -> int:
    """Where a page with no prose but a gallery of clipped captions has its gallery, else ``len(ps)``.

    The lines above the gallery are the page's top (its menus, headline and byline), read as any top is.
    """
    return next((i for i, p in enumerate(ps) if p.flag == "teaser" and clipped(p)), len(ps))

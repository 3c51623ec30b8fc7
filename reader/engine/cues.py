"""Cue words that introduce or follow a quotation ("said", "told reporters", "according to").

Kept apart from :mod:`reader.engine.quotes` because the list is long and read on its own; the
alternation is grouped by first letter so matching stays fast on long articles.
"""

from __future__ import annotations

import re

__all__ = ["AMBIGUOUS_CUES", "AS_SAYING_CUES", "CUE", "CUES", "DOCUMENT_AFTER", "DOCUMENT_BEFORE", "INVERTED",
           "OBJECT_ONLY_CUES", "READ_CUES", "by_first_letter"]

CUES = (
    r"said|says|say|saying|told|tells|telling|stated|states|stating|declared|declares|declaring|"
    r"added|adds|adding|noted|notes|noting|explained|explains|explaining|stressed|stresses|stressing|"
    r"emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|insisted|insists|insisting|argued|argues|arguing|"
    r"warned|warns|warning|claimed|claims|claiming|asserted|asserts|asserting|remarked|remarks|"
    r"commented|comments|commenting|wrote|writes|writing|tweeted|tweets|posted|announced|announces|"
    r"announcing|replied|replies|replying|responded|responds|answered|answers|continued|continues|"
    r"concluded|concludes|observed|observes|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    r"recalled|recalls|suggested|suggests|predicted|predicts|urged|urges|mentioned|mentions|indicated|"
    r"indicates|described|describes|describing|called|calls|calling|referred|refers|referring|dubbed|dubs|"
    r"termed|terms|labell?ed|labels|reiterated|reiterates|reiterating|confirmed|confirms|cautioned|cautions|"
    r"vowed|vows|pledged|pledges|promised|promises|boasted|lamented|laments|contended|contends|maintained|"
    r"maintains|asked|asks|asking|questioned|quoted|quipped|joked|complained|complains|highlighted|highlights|"
    r"underlined|underscored|pointed\s+out|points\s+out|put\s+it|puts\s+it|went\s+on|goes\s+on|deemed|deems|characteri[sz]ed|"
    r"clarified|assured|proclaimed|denied|denies|accused|accuses|testified|shouted|recounted|elaborated|"
    r"believes|thinks|assessed|assesses|reported|reports|ruled|retorted|countered|alleged|alleges|allege|demanded|"
    r"hinted|signall?ed|estimated|exclaimed|whispered|yelled|screamed|sighed|laughed|read|reads|"
    r"critici[sz]ed|demurred|scoffed|snapped|fumed|mused|cited|cites|chanted|chanting|whispers|shouts|"
    r"forecast|forecasts|praised|praises|hailed|hails|welcomed|welcomes|condemned|condemns|slammed|slams|"
    r"congratulated|congratulates|thanked|thanks|branded|brands|decried|decries|lambasted|lambasts|"
    r"dismissed|dismisses|affirmed|affirms|spoke\s+of|speaks\s+of|messaged|texted|e-?mailed|"
    r"according\s+to|as\s+per|in\s+the\s+words\s+of"
)


def by_first_letter(alternatives: str) -> str:
    """The same alternation grouped under each first letter, so the regex tries a handful of branches, not 200.

    Order within a letter is kept; no two alternatives can both end at a word boundary from one start,
    so the grouping finds exactly the matches of the flat alternation.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives.split("|"):
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


_OPENING_CUES = r"|According\s+to|As\s+per|In\s+the\s+words\s+of|Said|Says"  # capitalised where they open a sentence
CUE = re.compile(r"(?<![\w’'-])(?:" + by_first_letter(CUES + _OPENING_CUES) + r")(?![\w’'-])")
INVERTED = re.compile(
    r"(?:said|says|added|adds|asked|wrote|writes|explained|continued|insisted|noted|recalled|stated|"
    r"declared|warned|conceded|concluded|replied|responded|answered|remarked|observed|tweeted|argued|"
    r"claimed|stressed|emphasi[sz]ed|quipped|joked|retorted|countered|exclaimed|chanted|shouted|whispered|affirmed|"
    r"promised|vowed|pledged|predicted|"
    r"[Aa]ccording\s+to|[Aa]s\s+per|"
    r"[Ii]n\s+the\s+words\s+of|Said|Says)$"
)


AMBIGUOUS_CUES = frozenset(
    {"calls", "states", "notes", "comments", "remarks", "claims", "reports", "answers", "replies", "promises",
     "pledges", "vows", "terms", "labels", "questioned", "called", "warning", "writing", "posted", "posts",
     "shouts", "whispers", "chanting", "forecast", "forecasts", "thanks", "brands", "welcomes", "praises",
     "hails", "slams"}
)


AS_SAYING_CUES = frozenset({"quoted", "cited", "cites"})
"""Cues whose object is the speaker ("the agency cited an official as saying ..."); "cited" counts only so."""
OBJECT_ONLY_CUES = frozenset({"cited", "cites"})


READ_CUES = frozenset({"read", "reads"})
"""Cues only when a document is the subject ("A statement from the ministry read: ...")."""
DOCUMENT_BEFORE = re.compile(
    r"\b(?:statement|letter|message|note|post|notice|sign|banner|placard|caption|communiqu[eé]|release|readout|"
    r"tweet|ruling|verdict|decree|order|memo|text|inscription|headline|posting|email|e-mail)s?\b[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)
_DOCUMENTS = (
    r"statement|letter|message|note|post|notice|communiqu[eé]|release|readout|tweet|ruling|verdict|decree|"
    r"order|memo|text|email|e-mail|report|filing|document|transcript"
)
DOCUMENT_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?:" + _DOCUMENTS + r")s?\b", re.IGNORECASE
)
"""A document right after an inverted cue ("... ," said the statement; according to the letter): the
quote's source is a text, and a later "it said" stands for that text, not for an organisation named
earlier."""

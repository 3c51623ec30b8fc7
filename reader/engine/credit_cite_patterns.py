"""The patterns that read a citation on either side of an outlet's name: "according to X", "X reported".

:func:`reader.engine.credit_cited.cited` tries them around every outlet a paragraph names: the words
before the name (CITE_LEFT, tried only where one of its first words, LEFT_HINT, begins), the words
after it (CITE_RIGHT, POSSESSIVE_NOUN), a piece of the outlet's work and what it said ("a BBC
investigation found": CITE_NOUN with NOUN_BACKED or NOUN_CUE_LEFT), and the clauses that make the outlet
the story's subject instead (SELF_STORY). Split from :mod:`reader.engine.credit_patterns`, which still
exports them, with the outlet nouns ("newspaper", "news agency") its patterns for unregistered names share.
"""

from __future__ import annotations

import re

from reader.engine.regex_tools import trie_regex

OUTLET_NOUNS = (
    r"(?:news\s+)?(?:outlet|newspaper|news\s+site|news\s+website|news\s+agency|agency|broadcaster|"
    r"(?:TV\s+|television\s+|Telegram\s+|YouTube\s+)?channel|website|web\s+site|magazine|publication|daily|"
    r"weekly|tabloid|portal|network|wire\s+service|(?:open[- ]source\s+)?(?:research|monitoring|"
    r"analytical|investigative)\s+(?:group|project|team|outlet|unit)|monitor|monitoring\s+group|"
    r"think[- ]tank|blog|media\s+outlet|media|project|podcast|radio\s+station|station)"
)

# Cited outlets, read on either side of a known name: "according to X", "X reported".
# A day may stand between a verb and its agent: "was reported Sunday by X", "reported on Monday by X".
# "quoted in Friday's issue of the Harbour Times": the paper's edition, then its name
_ISSUE_OF = r"in\s+(?:[A-Z]?[\w-]+[’']s\s+|the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:issue|edition)\s+of"
_WHEN = r"(?:(?:on\s+|late\s+|early\s+)?(?:[a-z]+day|yesterday|today|tonight|overnight|earlier)\s+)?"
CITE_LEFT = re.compile(
    r"(?i)(?:according\s+to|\bper|cited\s+by|quoted\s+(?:as\s+saying\s+)?(?:by|in)|" + _ISSUE_OF + r"|"
    r"reported\s+" + _WHEN + r"(?:by|in|on)|"
    r"as\s+reported\s+by|"
    r"first\s+reported\s+by|broken\s+by|told|telling|in\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to|for)|"
    r"interview\s+(?:with|to|for)|speaking\s+(?:to|with)|spoke\s+(?:to|with)|talking\s+(?:to|with)|in\s+comments\s+to|"
    r"in\s+remarks\s+to|(?:said|speaking|appearing|interviewed)\s+on|in\s+an?\s+appearance\s+on|"
    r"in\s+(?:an?\s+)?(?:brief\s+|short\s+|written\s+|emailed\s+|e-mailed\s+|exclusive\s+|"
    r"text\s+|telephone\s+|phone\s+|video\s+)?(?:(?:comments?|remarks?|statement|e-?mail|message)\s+to|"
    r"(?:call|conversation)\s+with)|wrote\s+(?:in|for)|writing\s+(?:in|for)|column\s+(?:in|for)|op-ed\s+(?:in|for)|"
    r"seen\s+by|obtained\s+by|reviewed\s+by|verified\s+by|published\s+(?:by|in|on)|aired\s+(?:by|on)|"
    r"broadcast\s+(?:by|on)|followed\s+reporting\s+by|(?:compiled|collated|gathered|tallied)\s+by|"
    r"(?:condition\s+of\s+)?anonymity\s+(?:to|with)|"
    r"(?:an?|the|recent|new|latest|earlier|separate|previous|exclusive)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:reports?|reporting|investigation|analysis|article|story|survey|poll|tally|count|review|interview|"
    r"op-ed|piece|editorial|data|estimates?|calculations?|findings|documentary|podcast)\s+(?:by|from|in|"
    r"with|of|for|on)|(?:data|figures|estimates|footage|images)\s+(?:from|by|compiled\s+by)|"
    r"(?:told|telling|briefed|addressing)\s+(?:reporters|journalists|the\s+media|the\s+press|a\s+news\s+"
    r"conference|a\s+briefing|media)[^.;]{0,60}?\b(?:including|among\s+them|such\s+as)|"
    r"(?<=,\s)(?:reported|reports|writes|wrote|noted)|(?<=[,”\"]\s)(?:reported|reports|writes|wrote|noted))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?-i:[A-Z][\w.’'-]*(?<![a-z]{2}\.))\s+|(?:state|state-run|state-owned|independent|exiled|"
    r"investigative|online|local|national|public|official|government|pro-kremlin|opposition|business|financial|leading|major|"
    r"influential|respected|liberal|conservative|daily|weekly)\s+){0,3}?(?:(?:[a-z-]+\s+)?" + OUTLET_NOUNS + r"\s+)?$"
)
# The words a CITE_LEFT match can start with: it is tried only where one of them begins.
LEFT_HINT_WORDS = tuple(
    str.split(
        """according per cited quoted reported as first broken told telling in interview speaking spoke talking said
    appearing interviewed wrote writing column op-ed seen obtained reviewed verified published aired broadcast
    followed a an the recent new latest earlier separate previous exclusive data figures estimates footage images
    briefed addressing writes reports noted compiled collated gathered tallied condition anonymity"""
    )
)
# A trie, 2.5 times faster than the alternation; a hint is a whole word, so both end it at the same place.
LEFT_HINT = re.compile(r"(?i)\b(?:" + trie_regex(set(LEFT_HINT_WORDS)) + r")\b")
CITE_RIGHT = re.compile(
    r"^(?:\s*\([^)]{0,40}\))?(?:,[^,.;]{1,90},)?\s*(?:(?:" + OUTLET_NOUNS + r"|paper)\s+)?"
    r"(?:has\s+|had\s+|have\s+|also\s+|first\s+|earlier\s+|previously\s+|later\s+|exclusively\s+|"
    r"separately\s+|recently\s+|on\s+\w+\s+|last\s+\w+\s+|\w+day\s+|was\s+|were\s+|is\s+)*"
    r"(?:reported|reports|reporting|revealed|reveals|published|publishes|cited|cites|citing|quoted|quotes|"
    r"assessed|assesses|said\s+in\s+its\s+(?:latest\s+|daily\s+)?(?:update|assessment|report|analysis)|"
    r"quoting|wrote|writes|found|finds|estimated|estimates|counted|tallied|learned|learnt|obtained|"
    r"reviewed|verified|confirmed|broke\s+the\s+news|broadcast|aired|showed|shows|understands|"
    r"(?:the\s+)?first\s+to\s+(?:report|reveal)|said\s+in\s+a\s+report|said\s+in\s+an?\s+(?:article|report|analysis|"
    r"investigation)|said,\s+citing|said\s+on\s+\w+,?\s+citing|said\s+citing)\b"
    r"|^\s+(?:[\w-]+\s+)?" + OUTLET_NOUNS + r"\s+(?:has\s+|also\s+|earlier\s+)?(?:said|says|added|noted)\b"
    r"|^\s+(?:reporters?|journalists?|correspondents?|photographers?|team|crew|tally|count|analysis|calculations?)"
    r"\s+(?:saw|witnessed|counted|observed|found|heard|reported|visited|who\s+visited|showed|shows|based\s+on)\b"
    r"|^,\s+(?:citing|quoting)\b"
)
# "a BBC report ...": the outlet names a piece of its work. That alone is no citation ("a BBC documentary
# won an award", "Reuters reporters were detained"); it is one when the clause goes on to say what the piece
# said or found ("a BBC investigation found", "a Reuters/Ipsos poll showed", "a Financial Times report that
# talks had stalled"), or when the words before it attribute ("according to a BBC report", "in a CNN interview").
CITE_NOUN = re.compile(
    r"^\s+(?:report|reports|story|article|investigation|interview|survey|surveys|poll|polls|documentary|"
    r"podcast|editorial|op-ed|exclusive|scoop|findings|estimate|estimates|analysis|tally|count|data)\b"
)
_BACKING_VERBS = (
    r"said|says|found|finds|showed|shows|shown|revealed|reveals|reported|reports|claimed|claims|suggested|"
    r"suggests|alleged|alleges|quoted|quotes|cited|cites|citing|quoting|estimated|estimates|noted|notes|stated|"
    r"states|concluded|concludes|indicated|indicates|disclosed|discloses|detailed|details|documented|uncovered|"
    r"identified|counted|tallied|confirmed|confirms|predicted|predicts|put|puts|gave|gives"
)
NOUN_BACKED = re.compile(
    r"(?:\s+that\b|\s*:"
    r"|(?:\s*,[^,.;]{1,90},)?[^,.;:()]{0,60}?\b(?:" + _BACKING_VERBS + r")\b(?!\s+(?:been|no|not)\b))"
)
# The words just before such a noun phrase that attribute to it: "according to", "citing", "in", "on", "told".
NOUN_CUE_LEFT = re.compile(
    r"(?i)(?:according\s+to|\bciting|\bcited\s+(?:in|by)|\bquoting|\bquoted\s+(?:in|by)|\bbased\s+on|\bin|"
    r"\bper|\bfrom|\bon|\babout|\bto|\btold|\bsaid|\bsays|\bwrote|\breported|\bshowed|\bshows|\bfound|"
    r"\brevealed|\bsuggested|\bconfirmed|\bdenied|\bdismissed|\brejected|\bdisputed)\s+"
    r"(?:(?:a|an|the|this|that|these|its|their|his|her|recent|new|latest|earlier|separate|previous|exclusive|"
    r"joint|weekly|monthly|daily|annual|[\w’'-]+(?:’s|'s)|\d{4})\s+)*$"
)
# Names joined by slashes before a research noun ("YouGov/Times survey", "Reuters/Ipsos poll", "CBS/YouGov
# polling") name a joint product, never a picture credit.
SLASH_MODIFIER = re.compile(
    r"(?:\s?/\s?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,2})*\s+(?:poll|polls|polling|survey|surveys|study|"
    r"report|analysis|data|index|tracker|research|projections?|estimates?|count|tally|investigation|partnership|"
    r"documentary|series|interview|exit\s+poll)\b"
)
# After an outlet, the clause is about its own staff or offices ("AFP confirmed the detention of one of its
# journalists", "Reuters said its bureau was searched"): the outlet is the story's subject, not a source of it.
# Not when the staff are the ones reporting ("AFP, citing its correspondent", "its reporter saw bodies").
SELF_STORY = re.compile(
    r"[^.;]{0,100}?(?<!citing\s)(?<!quoting\s)(?<!from\s)(?<!by\s)\b(?:its|their)\s+(?:own\s+)?(?:journalists?|"
    r"reporters?|correspondents?|stringers?|photographers?|photojournalists?|staff(?:ers)?|employees?|crews?|"
    r"cameram[ae]n|bureaus?|offices?|editors?|producers?|colleagues?|contributors?|accreditation|licen[cs]e)\b"
    r"(?!\s+(?:in\s+[A-Z][\w-]+\s+|on\s+the\s+ground\s+|at\s+the\s+scene\s+)?(?:saw|witnessed|counted|heard|"
    r"reported|observed|found|confirmed|visited|spoke|interviewed)\b)"
)
POSSESSIVE_NOUN = re.compile(
    r"^[’']s\s+(?:[\w-]+\s+){0,2}?(?:report|reporting|reports|analysis|investigation|article|story|"
    r"interview|tally|count|data|calculations?|review|survey|poll|sources|correspondent|reporter|"
    r"journalist|editor|investigations?|findings|estimates?|footage|documentary|podcast|coverage)\b"
)
# After a known name, a descriptor showing that an alias means the outlet ("Mir newspaper").
KIND_AFTER = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|wire|broadcaster|channel|outlet)\b")

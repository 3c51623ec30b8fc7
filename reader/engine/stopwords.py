"""Common English words that carry no evidence of a shared source.

Grouping and alignment compare *content words*: two reports of one briefing
share names, numbers and distinctive wording, while words from this list (and
reporting verbs such as "said", which every outlet varies) occur everywhere.
"""

from __future__ import annotations

_LIST = """
    a an the and or but nor so yet for of to in on at by with from into onto upon about above below over
    under after before between through during without within against among across along around behind
    beyond near off out up down toward towards via per than then that this these those there here
    which who whom whose what when where why how if whether while because although though since until
    unless once i me my mine myself we us our ours ourselves you your yours yourself he him his himself
    she her hers herself it its itself they them their theirs themselves one ones someone something
    anyone anything everyone everything nobody nothing is am are was were be been being have has had
    having do does did doing done will would shall should can could may might must not no yes only own
    same such too very just also any all both each few more most much many other others some another
    either neither every s t d ll m re ve don didn doesn isn wasn weren aren won wouldn couldn shouldn
    haven hasn hadn can't cannot ok oh
    said says say saying told tell tells added adding according noted stated asked
    mr mrs ms dr
    now still even again already ever never always often also well really quite rather almost
    however therefore thus instead meanwhile though although
    get gets got getting go goes going gone went make makes made making take takes took taken
    come comes came see seen saw know knew known think thought want wanted use used way ways
    new old good great big small long little high low first last next second third two three four
    five six seven eight nine ten year years time times day days week weeks month months today
    yesterday tomorrow people thing things part lot lots
    like just back over around
    """

COMMON_WORDS: frozenset[str] = frozenset(_LIST.split())

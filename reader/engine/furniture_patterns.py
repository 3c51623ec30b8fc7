"""Generic page-label patterns: the vocabulary of navigation, share bars, credits and promos.

Every pattern here describes furniture that any news site may print (``Read more``,
``Share this article``, ``Reporting by ...``), never a string from a particular page;
:mod:`reader.engine.furniture_lines` applies them. Photo captions and credits (``Photo: Getty
Images``) have their own module, :mod:`reader.engine.furniture_photos`.
"""

from __future__ import annotations

import re

from reader.engine import dates


def _alt(*parts: str) -> str:
    """Join regex alternatives, so long vocabularies stay one readable item per line."""
    return "|".join(parts)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_END_MARKERS = _alt(
    r"don'?t miss(?: this| out| these)?",
    r"(?:explore|discover)(?: more)?(?: on these topics| topics| stories)?",
    r"more (?:from|on|in|about|stories|news|articles|headlines|to read|to explore|like this|top stories"
    r"|for you)(?: [\w'&.-]+){0,4}",
    r"most (?:read|popular|viewed|shared|commented|watched|recent|emailed)"
    r"(?: stories| articles| news| now| this week| today| in [\w ]{1,20})?",
    r"(?:popular|trending)(?: now| stories| articles| today| news| topics| on [\w ]{1,20}| in [\w ]{1,20})?",
    r"top (?:stories|news|headlines|picks|videos|reads)",
    r"latest(?: news| stories| headlines| articles| videos| updates| from [\w ]{1,30})?",
    r"(?:editor'?s|editors'?|staff) (?:picks?|choice)|in other news|in case you missed it|icymi",
    r"up next|next (?:article|story|up)|what to read next|we recommend|other stories",
    r"(?:other|more|latest)(?: [\w'&-]+){0,2} (?:columns|columnists|opinion|stories|articles|blogs|videos)",
    r"see (?:more|all)(?: [\w'&-]+){0,2} (?:videos|stories|articles)",  # a video strip's button under a wire story
    r"you (?:may|might) (?:also )?(?:like|enjoy|have missed|be interested in)",
    r"related (?:stories|articles|news|content|coverage|posts|links|reading|videos|items)",
    r"elsewhere (?:on|in) [\w' ]{1,30}|(?:more )?(?:from|by) (?:the|this) author|about the author",
)
_MORE_MARKERS = _alt(
    r"(?:also|further|recommended|suggested|related|must|more|you might also|you may also|keep) "
    r"read(?:ing)?(?: more| next| now| also)?",
    r"read (?:more|next|also|this|on|further|in full|more here|the full (?:story|article)"
    r"|full (?:story|article))",
    r"(?:others|people|readers|users|visitors) (?:are )?(?:also )?(?:reading|read|viewed|watching|liked|like)"
    r"(?: now| this| next)?",
    r"recommended(?: for you| stories| articles| reading| videos| content)?",
    r"read more(?: [\w'&.-]+){1,4} (?:stories|articles|news|coverage|reports)",  # "Read more Ana Ruiz stories"
    r"related|more|see also|also (?:see|watch)|watch(?: now| more| next| also| video)?|videos?",
)
_OTHER_LABELS = _alt(
    r"(?:ads?|advert(?:isement)?s?)(?: \d{1,2})?|sponsored(?: content| links| stories| post| by [\w' .&-]{1,30})?",
    r"paid (?:content|post|partner content|for by [\w' .&-]{1,30})|promoted(?: content| stories| links)?",
    r"(?:supported|presented|brought to you) by [\w' .&-]{1,40}",
    r"in (?:partnership|association) with [\w' .&-]{1,40}",
    r"partner (?:content|stories)|ads? by [\w.&'-]+(?: [\w.&'-]+){0,2}",
    r"(?:the )?(?:story|article|text) continues(?: (?:below|after|under)(?: (?:this|the))?(?: [\w' -]{1,30})?)?",
    r"continue reading(?: below| the main story| the article| after (?:the )?ad(?:vertisement)?)?",
    r"skip (?:advertisement|ad)",
    r"(?:show )?key (?:events|updates|moments|developments)(?: only)?",
    r"scroll (?:down )?to continue(?: (?:with|reading) (?:the )?(?:content|article))?",
    r"remove ads|advertise(?: with (?:us|[\w' .&-]{1,30}))?|report this ad|advertisement feature",
    r"share(?: full)?(?: this| this article| this story| this page| article| story| post| the story"
    r"| on [\w ]{1,20}| via [\w ]{1,20}| to [\w ]{1,20})?",
    r"date|published(?: on)?|updated|posted(?: on)?|last updated(?: on)?",  # a field's name left without its value
    r"this (?:content|article|story|page) was (?:first |last )?(?:published|updated|posted)(?: on)?",
    r"(?:share|follow|like|find) us on(?: [\w+]+){1,2}|follow(?: us)?",
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|threads",
    r"bluesky|flipboard|email|e-mail|mail|link|print(?: this)?(?: article| page)?|copy(?: the)? link",
    r"link copied(?: to clipboard)?|copied|tweet|pin(?: it)?",
    r"(?:show|view|load|hide|read|leave|add|post|join|see|open) (?:\w+ )?comments?|\(?\d+\)? comments?",
    r"comments?(?: \(?\d+\)?)?|no comments(?: yet)?|leave a (?:comment|reply)|join the (?:conversation|discussion)",
    r"(?:comments?|commenting) (?:are|is|has been|have been) (?:now )?(?:closed|disabled|turned off|switched off)",
    r"(?:(?:get|copy)(?: the| a)? )?short ?(?:link|url)|permalink",
    r"(?:already|not) (?:an? )?(?:subscriber|member)(?: yet)?",
    r"(?:written|posted|published|reported|words|story|text) by",  # a byline's label whose name is not copied
    r"save(?: article| for later| this article| story)?|saved|bookmark|gift(?: this)? (?:article|story)",
    r"listen(?: to this (?:article|story))?(?: \d+ min(?:utes?|s)?)?|listen now|audio|font size|text size",
    r"zoom|close|menu|(?:open|toggle|close) (?:the )?(?:menu|navigation|search|sidebar)|search(?: for)?",
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article|menu|more [\w' ]{1,30})|back to top",
    r"go to (?:top|home(?:page)?)|home(?: ?page)?|(?:sign|log) (?:in|out|up)|login|logout",
    r"subscribe(?: now| today| here)?|register|my account|account|profile|notifications|settings",
    r"dark mode|light mode|contact(?: us)?|about(?: us)?|privacy(?: policy| notice| settings)?",
    r"terms(?: of (?:use|service))?|terms (?:and|&) conditions",
    r"cookie (?:policy|settings|preferences)|cookies",
    r"accessibility(?: statement)?|careers|newsletters?|podcasts?|rss(?: feeds?)?|site ?map|help|faq",
    r"feedback|(?:send|share|give) (?:us )?(?:your )?feedback|(?:got|have) a (?:news )?tip|donate",
    r"support(?: us| our journalism)?|images?|photos?|gallery|(?:photo|image|video) gallery",
    r"\d+ (?:photos|images|pictures)|enlarge(?: this)?(?: image| photo)?|expand(?: image)?",
    r"view (?:image|gallery|photos?|slideshow)|(?:click|tap) (?:to|here to) [\w ]{1,25}"
    r"|play(?: video| article| story| audio| podcast| now)?|find out more",
    r"loading|please wait|(?:show|read|see|view) (?:more|less|all)",
    r"(?:skip past|after) newsletter promotion|(?:suggested |related |more |popular )?topics?|tags?",
    r"list of \d+ items|list \d+ of \d+|end of list|copy|advertisement - scroll to continue|\d+ (?:of|/) \d+",
    r"filed under|categories|keywords|this (?:article|story|content) is (?:more than|over) [\w ]{1,20} old",
    r"(?:this is )?breaking news|our standards|summary|in this (?:article|story)|key (?:points|facts|takeaways)"
    r"|what you need to know",
    r"powered by (?:automated|machine|ai|google) translation|(?:automatically |machine[- ])translated",
    r"reporting from [\w ,.'-]{1,40}",
    r"add to (?:your )?saved (?:stories|articles)|why you can trust [\w ]{1,30}",
    r"(?:go|dig|dive) deeper|(?:like|liked|enjoy|enjoyed|enjoying|love|loved) this(?: story| article)?",
    r"(?:connect|stay connected|keep in touch|get in touch|engage) with us|stay connected",
    r"(?:(?:hi|hello|hey)[,!]? )?what (?:are|were) you (?:looking|searching) for",
    r"social media(?: profiles| links| accounts| handles)?|(?:more|other|advanced|search) options",
    r"skip (?:to )?(?:next|previous) section(?: [\w ]{1,30})?|privacy dashboard|learn more",
    r"(?:terms|privacy|policy|cookies?|dashboard|settings|conditions|use|of|and|&|service|notice|choices|your"
    r"|ad|do not sell(?: or share)? my (?:personal )?info(?:rmation)?| )+",
)
_SIGNUP = _alt(
    r"sign up(?: for| to)?(?: [\w'&.-]+){0,5}|newsletter sign ?up",
    r"(?:get|receive) (?:our|the) [\w' ]{0,30}newsletters?|subscribe to (?:our )?[\w' ]{0,30}newsletters?",
    r"read now|join (?:now|today)|try (?:it )?(?:for )?free|start (?:your )?free trial",  # a promo box's button
)
LABEL = re.compile(
    rf"(?P<end>{_END_MARKERS})|(?P<more>{_MORE_MARKERS})|(?P<promo>{_SIGNUP})|(?P<other>{_OTHER_LABELS})"
)
LABEL_TRIM = " \t:•·|>›»→←▶►▸◂⟩⟨-–—*#+/.!?…"
PREFIX_LABEL = re.compile(
    "^(?:"
    + _alt(
        r"read more(?: about)?|read also|also read|more|see also|listen to this (?:article|story)|read(?=\s*[:|])",
        r"keep reading|continue reading|you (?:can|may|might|could) (?:also )?read",
        r"related(?: stories| articles| news| coverage| content)?",
        r"recommended|watch|video|listen|photos?|gallery|tags?|topics?|filed under|sponsored|advertisement",
        r"click here|must read|don'?t miss|read next|up next|trending|latest|our standards|editorial standards",
    )
    + r")\s*(?P<sep>[:|–—-])\s*\S",
    re.IGNORECASE,
)
UI_PROMPT = re.compile(
    _alt(
        r"please (?:enter|type|select|choose|fill in|provide|input)\b[^.]{0,80}",
        r"(?:begin|start) typing\b.{0,100}",
        r"(?:type|enter) (?:here |a keyword |keywords |your search )?to search\b.{0,80}",
        r"(?:press|hit) enter to (?:search|select|submit)\b.{0,80}",
        r"use (?:the )?(?:up and down )?arrow keys\b.{0,80}",
        r"you have \d+ characters? (?:left|remaining)\.?",
        r"search (?:this site|the site|our site|here)\b.{0,40}",
    ),
    re.IGNORECASE,
)
"""A form's prompt copied with the page: a search box, a comment box ("Please enter your name here")."""
UI_STARTS = ("please ", "begin typing", "start typing", "type ", "enter ", "press enter", "hit enter", "use ",
             "you have ", "search ")
"""How UI_PROMPT matches start, lower-cased: its gate."""
DISCLAIMER = re.compile(
    _alt(
        r"\(?(?:this|the) (?:[\w-]+ )?(?:story|article|report|content|copy|item) (?:has not been|hasn't been|was not"
        r"|is not|has been neither) edited by\b",
        r"\b(?:auto-?generated|published|sourced|taken) (?:from|via) (?:an? |the )?(?:syndicated|wire|agency"
        r"|news agency|wire agency|automated|news) feed\b",
        r"^\(?this archived (?:[\w-]+ )?(?:story|article|report|video|content)\b",
        r"\bfor your personal(?:,| and| or)? non-?commercial use\b",
        r"\b(?:views?|opinions?)(?: and opinions?)? expressed (?:here(?:in)?|in (?:this|the) [\w-]+|above|below)\b"
        r".{0,160}\b(?:do(?:es)? not|don't) necessarily (?:reflect|represent)\b",
    ),
    re.IGNORECASE | re.ASCII,  # ASCII case folds only: its gate (may_disclaim) reads lower-cased words
)
"""A syndication or archive disclaimer ("... it was published from a wire feed", "This archived story is
kept for reference only", "The opinions expressed herein ... do not necessarily represent the view of Velm
Markets Inc."): the page's note about the copy, no article text."""
GLUED_AD = re.compile(r"^(?:Advertisement|ADVERTISEMENT|Advertising|ADVERTISING)(?=[A-Z])")
"""The ad slot's label glued to the next element's text ("AdvertisementAdvertise with us")."""
GLUED_RELATED = re.compile(r"^(?:Related|RELATED|Read more|READ MORE|Also read|ALSO READ)(?=[A-Z0-9\"“'])")
PAGE_WIDGET = re.compile(
    r"(?i:you are here\s*:.{0,60}"
    r"|(?:(?:and\s+)?(?:last\s+)?(?:posted|published|updated|modified)(?:\s+on)?\s*:?\s*){1,3}"
    r"|(?:published|posted|updated)\s*:\s*(?:[a-z]{3,9},?\s+)?\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\b.{0,70}"
    r"|.{0,60}\b(?:adjust|change|increase|decrease)\s+(?:the\s+)?(?:font|text)\s+size\s*:?)"
    r"|About\s+[A-Z].{0,60}\s\d{1,6}\s+(?:Articles|Posts|Stories)"
)
"""Page widgets copied with the text: a breadcrumb ("You are here: Home"), date labels left without their
dates ("Posted", "and last updated", "Published: Updated:") or with a date the reader cannot place
("Published: 14 Mar 2018 07:52 AM XST Updated: ...", "Published: Tue 4 Mar 2025, 9:02 AM Last updated: ..."),
a font-size control, an author box ("About Ann Roe
212 Articles")."""
GALLERY_NOTE = re.compile(
    r"(?:this (?:gallery|slideshow|album|post) contains \d+ (?:photos?|images?|pictures?|slides?)"
    r"|\d+ (?:photos?|images?|pictures?)"
    r"|(?:view|open|see|launch|browse) (?:the |our )?(?:photo |picture )?(?:gallery|slideshow)"
    r"(?: \(?\d+ (?:photos?|images?)\)?)?)[.!]?",
    re.IGNORECASE,
)
"""A photo gallery's notice or button ("This gallery contains 3 photos.", "View gallery")."""
SOCIAL_EMBED = re.compile(
    r"pic\.twitter\.com/\w+|[—–]\s*[^—–\n]{1,80}\(@\w{1,30}\)\s*"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})?\s*$"
)
"""An embedded social post as a browser copies it: its link, or its "— Name (@handle) March 18, 2023" signature."""
GLUED_TEASER = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,5}[a-z]:[\"“‘']?[A-Z]")
"""A link to another story pasted inline, its topic label glued to the headline ("Animal cruelty:A man…").

Prose puts a space after a colon; a browser copying a label and a link in separate elements does not."""
READ_TIME = re.compile(
    _alt(
        r"(?:<\s*|less than\s+|under\s+)?(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?|one|two|three|four|five|six|seven|eight"
        r"|nine|ten)[\s-]*(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading|listen|watch))?(?:\s+time)?",
        r"(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*(?:<\s*|less than\s+|under\s+)?\d{1,3}"
        r"(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?\.?)?",
        r"listen\s*\(?\d{1,3}\s*min(?:ute)?s?\)?",
    ),
    re.IGNORECASE,
)
REL_TIME = re.compile(
    _alt(
        r"(?:(?:updated|posted|published)\s*:?\s*)?(?:\d{1,3}\s*|(?:an?|one)\s+)"
        r"(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?)\s+ago",
        r"just now|(?:updated\s+)?(?:yesterday|today)",
    ),
    re.IGNORECASE,
)
SEGMENT_SPLIT = re.compile(
    r"[|·•]|\s[–—]\s|(?<!<)\s(?=(?:updated|published|posted)\b|\d{1,3}\s*min(?:ute)?s?\.?\s+read\b)", re.IGNORECASE
)
PLACE_SUFFIX = re.compile(r",\s*[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?$")
AUTHOR_ROLE = re.compile(
    r"^(?:[\w&'’.-]+ ){0,4}(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer"
    r"|analyst|bureau chief)(?:,? @\w+|, (?:[\w-]+\.)+[a-z]{2,6})?$|^@\w+$|^[\w.'’ -]{2,40},? @\w{2,30}$"
    # "Political editor of Coast Radio" under the byline: the role, then the outlet's capitalised name
    r"|^(?:[\w&'’.-]+ ){0,3}(?:correspondent|reporter|editor|writer|journalist|columnist|producer|analyst"
    r"|bureau chief) (?:of|at|for) (?:the )?(?-i:(?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.-]*){0,4})$",
    re.IGNORECASE,
)
_DESK_LEAD = r"(?:[•·▪*|–—-]\s*|(?i:by)\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}"
STAFF_LINE = re.compile(
    rf"{_DESK_LEAD}[A-Z][\w&'’.-]*,\s+(?i:staff|wire|news|web|online) (?i:reports?|writers?|reporters?|desk)"
    rf"|{_DESK_LEAD}(?i:staff (?:reporters?|writers?)|(?:news|web|online|city) desk)"
)
"""A byline naming a desk, not a person ("• Kyodo, staff report", "Harbour Times staff reporter")."""
SHARE_BAR_WORDS = _wordset(
    "share shares tweet send email e-mail mail print copy link links facebook twitter x whatsapp telegram"
    " linkedin reddit pinterest flipboard messenger comment comments save saved bookmark follow subscribe"
    " menu search close"
    " home login log in sign account more gift listen"
)
LIST_ANNOUNCE = re.compile(r"\blist (?:of \d+ items|\d+ of \d+)\b|\bend of list$", re.IGNORECASE)
BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|reported by|reporting by|text by|author|authors|reporter|"
    r"correspondent|posted by|published by)\s*:?\s+\S|^(?:[A-Z][\w'’.-]+ ){1,3}(?:with|for) [A-Z]",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})", re.IGNORECASE)
PROMO_START = re.compile(
    "^(?:"
    + _alt(
        r"sign up|subscribe|download|get (?:the|our)|join (?:us|our)|follow|click|tap|register",
        r"gift (?:this|these|\d+|an?|up to|unlimited)",
        r"support (?:us|our|independent|quality)|become a (?:member|subscriber)|don'?t miss|never miss",
        r"stay (?:informed|up to date|updated|connected)|want more|like this|enjoy(?:ed)? this",
        r"for the latest",
        r"for more (?:news|stories|coverage|updates)|privacy notice|read (?:more|the full)|watch|listen",
        r"find us|save (?:articles|stories)|we use cookies|by (?:clicking|signing|subscribing)",
    )
    + r")\b",
    re.IGNORECASE,
)
LISTEN_PROMO = re.compile(
    r"\blisten(?:ing)? to (?:this|these|our|[\w ]{1,20} news) (?:article|story|articles|stories)"
)
PROMO_WORD = re.compile(
    r"newsletter|inbox|\bapp\b|alerts?\b|subscri|sign[ -]?up|notifications|@\w|https?://|www\.|\.com\b|"
    r"reading list|read later|cookies|privacy|follow us|our coverage|(?:sign|subscribe) (?:up )?here|\bbrowser\b",
    re.IGNORECASE,
)
_CRUMB_SEP = r"(?:\s*[>›»|]\s*|\s/\s)"
_CRUMB = r"[^>›»/|]"
BREADCRUMB_SEP = re.compile(
    rf"{_CRUMB}{{1,40}}{_CRUMB_SEP}{_CRUMB}{{1,60}}(?:{_CRUMB_SEP}{_CRUMB}{{1,60}}){{0,6}}"
)
HOME = re.compile(r"^(?:home|homepage|home page|main page|start|news home)\b", re.IGNORECASE)
CREDIT_START = re.compile(
    r"\(?(?:sources?\s*:|source\s*-|reporting by|additional reporting|writing by|written by|editing by"
    r"|edited by|compiled by|with (?:reporting|input|files) from|with (?:afp|reuters|ap|agencies|agency)"
    r"|\(?(?:reuters|afp|ap)\)?$)",
    re.IGNORECASE,
)
# Its forms start with a, c, f, o or t: the look-ahead skips the other positions before trying them (twice as fast).
CREDIT_ANY = re.compile(
    "(?=[acfot])(?:"
    + _alt(
        r"contributed (?:to )?(?:this|the) (?:report|story|article|coverage|reporting)|contributed reporting",
        r"this (?:article|story|report|piece) (?:was|has been|is|were) (?:prepared|based|originally|first"
        r"|updated|produced|adapted|translated|published|written|compiled)",
        r"(?:originally|first) (?:published|appeared)|\boriginal (?:article|story|text|report|version)\b",
        r"\bagencies\)?\.?$",
    )
    + ")",
    re.IGNORECASE,
)
BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} (?:is|was|covers|reports)\b.{0,120}\b(?:reporter|correspondent"
    r"|editor|journalist|writer|contributor|columnist|producer|analyst|covering|chief|bureau)\b"
    r"|^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} (?:covers|writes about|reports on)\b.{0,120}\b(?:for|at) "
    r"(?:the )?[A-Z]"
)
LETTER = re.compile(r"[^\W\d_]")
DIGIT = re.compile(r"\d")
TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
QUESTION = re.compile(r"[!?][\"'”’»)\]]*$")
SENT_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
MENU_WORDS = _wordset(
    "news world uk us europe politics business money tech technology science environment climate health"
    " sport sports football cricket rugby tennis golf cycling f1 culture books music film films tv radio art"
    " design games stage lifestyle fashion food recipes travel opinion columnists cartoons letters obituaries"
    " video videos podcasts pictures photos newsletters subscribe subscriptions sign login account profile"
    " settings help search jobs edition contact advertise careers privacy cookies terms weather crosswords"
    " puzzles home menu archive app live latest"
)
"""Section and account words of a site's menus, which a paste keeps as long runs of links."""
FUNCTION_WORDS = _wordset(
    "a an the of in on at to for and or but with by from as is are was be that this into over"
)
_FOREIGN_TIME_WORDS = _wordset(
    """janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo abril mayo junio julio agosto
    septiembre setiembre octubre noviembre diciembre lunes martes miércoles miercoles jueves viernes sábado sabado
    domingo januar februar märz marz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag
    sonntag gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì lunedi martedì martedi
    mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica janeiro fevereiro março maio junho
    julho setembro outubro dezembro"""
)
TIME_WORDS = _FOREIGN_TIME_WORDS | {w.lower() for pair in dates.MONTH_NAMES + dates.WEEKDAY_NAMES for w in pair}
"""Month and weekday names, English and those a page in French, Spanish, German, Italian or Portuguese prints in
its date bar ("jeudi, avril 25, 2024"): such a line has no word of a title."""
LANGS = _wordset(
    """english español espanol français francais deutsch русский українська українською العربية عربي 中文
    简体中文 繁體中文 日本語 한국어 türkçe turkce português portugues italiano polski nederlands فارسی हिन्दी
    हिंदी اردو עברית ελληνικά română čeština magyar svenska suomi dansk norsk bahasa indonesia melayu tiếng
    việt ไทย kiswahili hausa srpski српски hrvatski български қазақша o'zbek azərbaycan ქართული հայերեն
    беларуская eesti latviešu lietuvių slovenčina slovenščina català galego euskara bosanski shqip македонски
    монгол বাংলা தமிழ் afaan oromoo soomaali amharic አማርኛ pashto پښتو dari"""
)
LANG_CODES = _wordset("en fr de ru es ar uk ua zh tr it pt pl nl fa hi ur he el ro ja ko kk uz az ka")

CAP_WORD = r"[A-Z][\w'’.-]+"
"""A capitalised word of a byline (names, initials, "O'Brien"), as a regex fragment."""


# Cheap necessary conditions (gates) of the patterns above, for the line tests that run on every paragraph;
# tests/engine/test_furniture_fast_paths.py holds each to its pattern.


def opens_with(t: str, firsts: str) -> bool:
    """Gate of an anchored pattern whose matches start with one of the ASCII characters ``firsts``.

    Only a first character that is ASCII and not among them settles it: another may fold into a
    letter under case-insensitive matching (the Kelvin sign into "k"). The regex call it saves cost
    more than the rest of many line tests.
    """
    first = t[:1]
    return first in firsts or not first.isascii()


CREDIT_FIRSTS = "(acersw" + "ACERSW"
"""The first characters of CREDIT_START matches ("(Reuters)", "Sources:", "Additional reporting", ...)."""
COPYRIGHT_FIRSTS = "(cC"
"""The ASCII first characters of COPYRIGHT matches ("(c)", "Copyright 2024"); "©" is not ASCII."""
PROMO_FIRSTS = "bcdefgjlnprstw" + "BCDEFGJLNPRSTW"
"""The first characters of PROMO_START matches ("Sign up", "Follow", "We use cookies", ...)."""
GLUED_FIRSTS = "AR"
"""The first characters of GLUED_RELATED matches ("Related", "Read more", "Also read", ...)."""


def may_separate(t: str) -> bool:
    """Gate of PREFIX_LABEL: its label is followed by one of these separators."""
    return ":" in t or "-" in t or "|" in t or "–" in t or "—" in t


def may_disclaim(low: str) -> bool:
    """Gate of DISCLAIMER on lower-cased text: each of its forms holds one of these words."""
    return "edited" in low or "feed" in low or "personal" in low or "archived" in low or "necessarily" in low


_SEGMENT_WORDS = ("updated", "published", "posted", "min")


def may_split_segments(t: str) -> bool:
    """Gate of SEGMENT_SPLIT: ASCII text needs a pipe or one of its words (its other marks are not ASCII).

    Text that is not ASCII goes to the pattern: case-insensitive matching finds "s" in "ſ", which lower() keeps.
    """
    if "|" in t or not t.isascii():
        return True
    low = t.lower()
    return any(w in low for w in _SEGMENT_WORDS)


def ends_terminal(t: str) -> bool:
    """``TERMINAL.search(t)``, which can only match at the end, read from the end instead of scanning ``t``."""
    if t.endswith("\n"):
        return TERMINAL.search(t) is not None  # "$" also matches before a final line break
    core = t.rstrip("\"'”’»)]")
    return bool(core) and core[-1] in ".!?…:;"

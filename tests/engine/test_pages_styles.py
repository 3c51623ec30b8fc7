"""Credits and furniture on pasted pages in many house styles (agency copy, portals, live pages).

Each page is written for these tests (no real article is copied); it is run as the
ingest runs it: paragraphs, then furniture, then credits over the body and furniture.
"""

# ruff: noqa: E501  (pastes keep one paragraph per line, as a browser copies them)

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reader.engine import credits, furniture, text


@dataclass(frozen=True)
class Page:
    """One pasted page: expected credits (outlet -> roles), junk lines and body openings."""

    name: str
    raw: str
    credits: dict[str, set[str]]
    junk: tuple[str, ...]
    body: tuple[str, ...]


PAGES = [
    Page(
        "broadsheet_two_reporters",
        """\
Harbour strike enters second week as talks collapse
Union says any deal must include pay rises for night shifts
Maria Lindqvist in Gothenburg and Peter Hale
Tue 4 Mar 2026 09.15 GMT
Share
Dock workers extended their strike into a second week on Tuesday after talks with port operators broke down overnight.
"We are not going back without a fair offer," the union's chair, Eva Berg, told reporters at the gates.
Cranes stand idle at the container terminal. Photograph: Lars Nyman/TT/AFP via Getty Images
Shipping companies have begun diverting vessels to other ports in the region.
Reuters contributed to this report
Explore more on these topics
Sweden
Strikes
Share
Reuse this content
Most viewed
Council approves new bus lanes after long debate
""",
        {"TT News Agency": {"photo"}, "AFP": {"photo"}, "Getty Images": {"photo"}, "Reuters": {"contributor"}},
        ("Maria Lindqvist in Gothenburg and Peter Hale", "Tue 4 Mar 2026 09.15 GMT", "Share", "Explore more on these topics"),
        ("Dock workers extended", "Shipping companies have begun", "Reuters contributed"),
    ),
    Page(
        "wire_glued_timestamp",
        """\
Port operators reject union offer as strike drags on
By Peter Hale
March 4, 20269:40 AM GMT+1Updated 3 hours ago
GOTHENBURG, March 4 (Reuters) - Port operators on Tuesday rejected a union offer to end a week-long strike, saying the pay demands would make the port uncompetitive.
"The offer on the table is not realistic," the operators' association said in a statement.
Sign up here.
Reporting by Peter Hale; Editing by Ann Roe
Our Standards: The Harbour Wire Trust Code., opens new tab
""",
        {"Reuters": {"source"}},
        ("By Peter Hale", "March 4, 20269:40 AM GMT+1Updated 3 hours ago", "Sign up here.",
         "Reporting by Peter Hale; Editing by Ann Roe"),  # the wire's sign-off: its credit read in the furniture
        ("GOTHENBURG, March 4 (Reuters)",),
    ),
    Page(
        "aggregator_afp",
        """\
Home > World > Europe
Ceasefire talks stall as envoys leave Geneva without a date
Published 14:32, 3 March 2026 | Updated 15:10
By Newsdesk with AFP
Envoys from both sides left Geneva on Tuesday without agreeing a date for the next round of talks, diplomats said.
"We are further apart than we were a week ago," one Western diplomat told reporters outside the venue.
The talks, brokered by Switzerland, had been expected to produce a framework for prisoner exchanges.
A spokesman for the Swiss foreign ministry said the door "remains open" and that contacts would continue at a technical level.
© Agence France-Presse
Tags: Geneva, Diplomacy, Europe
Share this article
Facebook Twitter WhatsApp Email
""",
        {"AFP": {"contributor", "source"}},
        (
            "Home > World > Europe",
            "By Newsdesk with AFP",
            "© Agence France-Presse",
            "Share this article",
        ),
        ("Envoys from both sides left Geneva",),
    ),
    Page(
        "regional_ap",
        """\
Local News
Flood barriers fail along river as town braces for second crest
By Martha Keene | Staff Writer
March 4, 2026
RIVERTON — Temporary flood barriers gave way overnight along a half-mile stretch of the Cole River, forcing the evacuation of about 200 homes, county officials said Wednesday.
"The water came in faster than anyone predicted," said emergency manager Dale Ortiz. "We had maybe 20 minutes."
The National Weather Service expects the river to crest again on Friday, about two feet below the record set in 1997.
Neighboring counties have sent pumps and crews, and the governor is expected to request federal aid.
The Associated Press contributed to this report.
Martha Keene covers local government and public safety for the Riverton Courier.
More from Local News
School board approves four-day week for rural districts
Council delays vote on downtown parking fees
Ice rink to reopen after a year of repairs
""",
        {"AP": {"contributor"}},
        (
            "By Martha Keene | Staff Writer",
            "Martha Keene covers local government and public safety for the Riverton Courier.",
            "Council delays vote on downtown parking fees",
        ),
        ("The Associated Press contributed to this report.",),
    ),
    Page(
        "reuters_portal",
        """\
Markets | Business
Central bank holds rates, signals cuts could come by summer
3 min read
FRANKFURT, March 5 (Reuters) - The central bank left interest rates unchanged on Thursday but signalled that it could begin cutting borrowing costs by the summer if inflation keeps easing.
"We are not there yet, but we are getting closer," the bank's president told a news conference.
Markets had priced in a roughly 60% chance of a cut in June before the decision.
Economists polled by Reuters last month expected the first cut in the second quarter.
Reporting by Anna Fischer and Tom Bright; Writing by Leo Marsh; Editing by Hugh Lawson
Our Standards: The Harbour Wire Trust Code.
Read Next
Oil steadies as traders weigh supply outlook
Euro zone factory activity shrinks for ninth month
""",
        {"Reuters": {"source"}},
        (
            "Markets | Business",
            "3 min read",
            "Our Standards: The Harbour Wire Trust Code.",
            "Oil steadies as traders weigh supply outlook",
            "Reporting by Anna Fischer and Tom Bright; Writing by Leo Marsh; Editing by Hugh Lawson",
        ),
        (
            "FRANKFURT, March 5 (Reuters) - The central bank",
        ),
    ),
    Page(
        "broadcaster_with_afp",
        """\
Skip to main content
Protesters clash with police in capital over fuel prices
Police fire tear gas at demonstrators near parliament on Saturday. (Photo: EPA)
Thousands of people marched through the capital on Saturday to protest a sharp rise in fuel prices, and police used tear gas to disperse crowds near parliament.
Organisers said more than 20,000 people took part, while police put the number at about 8,000.
"We cannot afford to drive to work any more," said a taxi driver who gave his first name as Yusuf.
The government said the price increase was needed to reduce a ballooning subsidy bill and pledged targeted support for poorer households.
A protester waves a flag in front of riot police. (Photo: Reuters)
Several people were detained, according to local media.
With AFP
Most read
Storm leaves thousands without power
Minister resigns over contract scandal
""",
        {"AFP": {"contributor"}, "EPA": {"photo"}, "Reuters": {"photo"}},
        (
            "Skip to main content",
            "Police fire tear gas at demonstrators near parliament on Saturday. (Photo: EPA)",
            "Most read",
            "Storm leaves thousands without power",
        ),
        ("Several people were detained",),
    ),
    Page(
        "cites_bloomberg_kyodo",
        """\
Automaker weighs closing two plants as sales slump
Tokyo, March 6 - The country's second-largest automaker is considering closing two domestic assembly plants as it struggles with falling sales at home, according to a Kyodo report.
Bloomberg reported on Thursday that the company had held talks with its main union about possible job cuts, citing people familiar with the matter.
The company declined to comment on the reports but said in a statement that it was "constantly reviewing" its production network.
Shares in the automaker fell 4% in Tokyo trading after the reports.
The Nikkei business daily said last month that the company was also looking at selling a stake in its battery unit.
Related articles
Carmakers cut forecasts as chip shortage returns
Union leaders warn of strikes over pay
""",
        {"Kyodo News": {"cited"}, "Bloomberg": {"cited"}, "Nikkei Asia": {"cited"}},
        (
            "Related articles",
            "Union leaders warn of strikes over pay",
        ),
        ("Bloomberg reported on Thursday",),
    ),
    Page(
        "guardian_style",
        """\
World news
Wildfires force thousands to flee coastal towns as heatwave peaks
Firefighters battle dozens of blazes amid record temperatures and strong winds
Elena Ruiz in Valencia
Thu 5 Mar 2026 18.04 GMT
Share
Thousands of residents and tourists were evacuated from coastal towns on Thursday as wildfires fanned by strong winds spread across the region during a record-breaking heatwave.
Emergency services said more than 40 fires were burning, six of them out of control.
"This is the worst situation we have seen in a decade," the regional fire chief told the public broadcaster RTVE.
Temperatures reached 44C in some inland areas, according to the national weather agency.
Reuters contributed to this report
Sign up to First Edition
Our morning email breaks down the key stories of the day, telling you what's happening and why it matters
Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.
after newsletter promotion
Explore more on these topics
Wildfires
Europe
Climate crisis
Share
Reuse this content
Most viewed
""",
        {"Reuters": {"contributor"}, "RTVE": {"cited"}},
        (
            "Elena Ruiz in Valencia",
            "Sign up to First Edition",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
            "Explore more on these topics",
            "Reuse this content",
        ),
        ("Thousands of residents and tourists",),
    ),
    Page(
        "cookie_share",
        """\
We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
Accept all
Manage preferences
Share on Facebook
Share on X
Copy link
Parliament passes controversial media law despite protests
By Staff Reporter
March 7, 2026
Parliament on Friday passed a law that critics say will give the government sweeping powers over broadcasters and news websites.
The bill was approved by 112 votes to 64 after a heated debate that lasted into the early hours.
Opposition lawmakers said they would challenge the law in the constitutional court. "This is a dark day for free speech," one of them said.
The government argues the law is needed to fight disinformation, the BBC reported.
Advertisement
Press freedom groups, including Reporters Without Borders, urged the president not to sign the law.
Source: Reuters
Comments (12)
Log in to comment
""",
        {"Reuters": {"source"}, "BBC": {"cited"}},
        (
            "Accept all",
            "Share on Facebook",
            "Copy link",
            "By Staff Reporter",
            "Advertisement",
            "Comments (12)",
        ),
        ("Parliament on Friday passed a law",),
    ),
    Page(
        "live",
        """\
LIVE
Election night: results as they come in
Last updated: 23:48
Refresh
23:48
Turnout stood at 61% an hour before polls closed, the election commission said, slightly higher than four years ago.
23:31
The opposition leader has cast her vote in her home town. "People want change and they will vote for it," she told reporters.
23:05
Exit polls published by the public broadcaster suggest the ruling party is on course to lose its majority, though the margin is narrow.
22:40
Polls have closed in the eastern provinces. Counting is under way, AFP reports.
Key events
Show key events only
Please turn on JavaScript to use this feature
""",
        {"AFP": {"cited"}},
        (
            "LIVE",
            "Last updated: 23:48",
            "23:31",
            "Show key events only",
        ),
        (
            "Turnout stood at 61%",
            "Polls have closed in the eastern provinces.",
        ),
    ),
    Page(
        "footer_headlines",
        """\
Mining firm agrees to pay compensation over dam collapse
March 8, 2026
A mining company has agreed to pay compensation to more than 3,000 families affected by the collapse of a tailings dam two years ago, lawyers for the families said on Sunday.
The settlement, whose value was not disclosed, ends a long legal battle in which residents accused the company of ignoring warnings about the dam's safety.
"Nothing can bring back what we lost, but this is a form of recognition," said a community leader.
The company said in a statement that it "deeply regrets" the disaster and remained committed to restoring the area.
Additional reporting by Reuters and dpa.
Top Stories
Rail strike to go ahead after talks collapse
Unions say the walkout will affect services across the country for three days.
Heat records broken in five cities
Forecasters warn the hot spell could last until the end of next week.
Hospital waiting lists reach new high
Figures show almost eight million people are waiting for treatment.
""",
        {"Reuters": {"contributor"}, "dpa": {"contributor"}},
        (
            "Top Stories",
            "Heat records broken in five cities",
            "Figures show almost eight million people are waiting for treatment.",
        ),
        ("Additional reporting by Reuters and dpa.",),
    ),
    Page(
        "xinhua_tass",
        """\
World
Pacific nation declares emergency after volcano eruption
The government of a Pacific island nation declared a state of emergency on Monday after a volcano erupted, sending ash 15 kilometres into the sky, Xinhua reported.
No casualties have been reported so far, the state news agency said, citing local officials.
Flights to and from the main airport were cancelled, and residents were told to stay indoors and wear masks.
A senior official told TASS that neighbouring countries had offered assistance.
Photo: AP / John Doe
An ash cloud rises above the island on Monday.
Follow us on Telegram
Subscribe to our newsletter
""",
        {"Xinhua": {"cited"}, "TASS": {"cited"}, "AP": {"photo"}},
        (
            "Photo: AP / John Doe",
            "An ash cloud rises above the island on Monday.",
            "Follow us on Telegram",
        ),
        ("A senior official told TASS",),
    ),
    Page(
        "ap_dateline_photo",
        """\
Sports
Marathon champion banned for four years after doping test
NAIROBI, Kenya (AP) — A former marathon champion has been banned for four years after testing positive for a prohibited blood booster, the sport's integrity unit said Tuesday.
The athlete denied wrongdoing and said he would appeal.
"I have never cheated and I will clear my name," he said in a statement released by his lawyer.
FILE - The runner crosses the finish line in Berlin, Sept. 25, 2022. (AP Photo/Markus Schreiber, File)
The ban is the latest in a string of doping cases involving distance runners from the country.
___
AP sports: https://apnews.com/sports
Copyright 2026 The Associated Press. All rights reserved. This copy may not be reprinted, aired, reworded or passed on without leave.
""",
        {"AP": {"photo", "source"}},
        ("FILE - The runner crosses the finish line in Berlin, Sept. 25, 2022. (AP Photo/Markus Schreiber, File)",),
        (
            "NAIROBI, Kenya (AP)",
            "The ban is the latest",
        ),
    ),
    Page(
        "mixed",
        """\
Canada
Wildfire season starts early as crews battle blazes in three provinces
The Canadian Press
Published April 2, 2026
Crews were battling more than 30 wildfires across three provinces on Thursday, weeks earlier than usual, officials said.
"We have never had this many fires this early," a provincial fire official said.
Dry conditions and warm temperatures are expected to continue into next week.
— With files from Reuters
This report by The Canadian Press was first published April 2, 2026.
""",
        {"The Canadian Press": {"source"}, "Reuters": {"contributor"}},
        (
            "The Canadian Press",
            "Published April 2, 2026",
        ),
        (
            "Crews were battling",
            "— With files from Reuters",
        ),
    ),
    Page(
        "dpa_berlin",
        """\
Politik
Coalition agrees on budget after marathon talks
Berlin (dpa) - Germany's coalition parties agreed on next year's budget early on Friday after more than 20 hours of negotiations.
The deal includes cuts to subsidies and higher spending on defence, the finance minister said.
The agreement still needs approval from parliament, where the coalition has a slim majority.
Picture: Kay Nietfeld/dpa
The finance minister speaks to journalists after the talks.
Newsletter
Get the most important news every morning in your inbox.
""",
        {"dpa": {"photo", "source"}},
        (
            "Picture: Kay Nietfeld/dpa",
            "The finance minister speaks to journalists after the talks.",
            "Newsletter",
        ),
        ("Berlin (dpa) - Germany",),
    ),
    Page(
        "agencies",
        """\
Earthquake kills dozens in mountain region
At least 40 people were killed when a magnitude 6.4 earthquake struck a remote mountain region overnight, state media reported.
Rescuers were searching for survivors under the rubble of collapsed homes, a local official told the Anadolu news agency.
"Many villages are cut off, and we cannot reach them by road," he said.
The quake was felt in neighbouring countries, the US Geological Survey said.
Al Jazeera and news agencies
Click here to share on social media
Related
Aftershocks rattle region days after deadly quake
Aid agencies appeal for funds as winter approaches
""",
        {"Anadolu Agency": {"cited"}},
        (
            "Click here to share on social media",
            "Aid agencies appeal for funds as winter approaches",
        ),
        (
            "Rescuers were searching",
            "The quake was felt",
        ),
    ),
    Page(
        "portal_reuters_parenthesised",
        """\
Yahoo News
Drone strikes hit power plants in overnight attack
Updated Mon, March 9, 2026 at 7:12 AM
2 min read
KYIV (Reuters) - Drones struck two power plants overnight, cutting electricity to tens of thousands of homes, officials said on Monday.
Reuters could not independently verify the reports.
"The attack lasted more than four hours," a regional governor told Reuters by phone.
Story continues below advertisement
Engineers were working to restore supplies, the grid operator said.
(Reporting by Olena Petrenko in Kyiv; Editing by Mark Potter)
Photo credit: AFP/Getty Images
You may also like
Talks on grain corridor to resume next week
""",
        # "a regional governor told Reuters" in Reuters' own copy: cited as any "told X" is
        {"Reuters": {"source", "cited"}, "AFP": {"photo"}, "Getty Images": {"photo"}},
        (
            "Yahoo News",
            "Story continues below advertisement",
            "Photo credit: AFP/Getty Images",
            "You may also like",
            "(Reporting by Olena Petrenko in Kyiv; Editing by Mark Potter)",
        ),
        (
            "Engineers were working",
        ),
    ),
    Page(
        "yonhap_dateline",
        """\
Korea
North fires ballistic missile into sea, Seoul says
Seoul, March 9 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Monday, South Korea's military said.
The launch came a week before allied naval exercises are set to start, the Joint Chiefs of Staff told reporters by text message.
Japan's defence ministry also reported the launch, according to NHK.
The Wall Street Journal first reported last week that new launches were being prepared.
(END)
""",
        {"Yonhap": {"source"}, "NHK": {"cited"}, "The Wall Street Journal": {"cited"}},
        (
            "Korea",
            "(END)",
        ),
        ("Seoul, March 9 (Yonhap) --",),
    ),
    Page(
        "republished_commons",
        """\
Why ocean heat is breaking records year after year
Scientists say the trend is unlikely to reverse soon
Published: March 10, 2026 8.15am GMT
Ocean temperatures have set new records for the third year running, and researchers are still debating why the rise has been so steep.
Part of the answer lies in less sunlight being reflected by clouds, according to a study published in Nature.
"We are watching the system change in real time," said one of the authors.
This article is republished from The Conversation under a Creative Commons license. Read the original article.
""",
        {"The Conversation": {"source"}},
        ("Published: March 10, 2026 8.15am GMT",),
        ("Ocean temperatures have set",),
    ),
    Page(
        "afp_signoff_cookies",
        """\
Accept cookies
Menu
Search
Sport
Star striker signs record deal with Saudi club
PARIS (AFP) — The star striker has signed a three-year contract with a Saudi club worth more than 200 million euros, his agent said on Tuesday.
The deal, first reported by the sports daily L'Equipe, makes him one of the best-paid players in the world.
The player said in a video on social media that he wanted "a new challenge".
— Agence France-Presse
Share
Tweet
Email
Trending
""",
        {"AFP": {"source"}, "L'Equipe": {"cited"}},
        (
            "Accept cookies",
            "Menu",
            "— Agence France-Presse",
            "Tweet",
            "Trending",
        ),
        (
            "PARIS (AFP)",
            "The player said",
        ),
    ),
    Page(
        "broadcaster_byline",
        """\
Senate passes stopgap bill hours before shutdown deadline
By Kevin Lane, CNN
Updated 11:42 PM EST, Fri March 13, 2026
The Senate passed a short-term spending bill late Friday, averting a government shutdown hours before the deadline.
The measure, which funds the government through April, now goes to the president's desk.
"This is not how we should be governing," the Senate majority leader said on the floor.
According to The New York Times, several senators threatened to hold up the vote over disaster aid.
CNN's Maria Alvarez and Tom Reid contributed to this report.
""",
        {"CNN": {"contributor", "source"}, "The New York Times": {"cited"}},
        (
            "By Kevin Lane, CNN",
            "Updated 11:42 PM EST, Fri March 13, 2026",
        ),
        ("CNN's Maria Alvarez",),
    ),
    Page(
        "bbc_style_poll",
        """\
Home
News
Polls show tight race as campaign enters final week
Image source, Getty Images
Image caption, Supporters wave flags at a rally in the capital on Sunday
Listen to this article 4 min
The two main candidates are level with a week to go before the vote, a Reuters/Ipsos poll published on Monday showed.
Both campaigns are now focusing on undecided voters in the industrial north, where turnout has been low in past elections.
Read more: What the candidates promise on taxes
Advertisement
Supporters of the challenger rally in the northern city of Lorin. EPA-EFE/ANNA KOWAL
"It will come down to who turns out," said a pollster at a polling firm.
With agencies
""",
        {"Ipsos": {"cited"}, "Getty Images": {"photo"}, "EPA": {"photo"}},
        (
            "Image source, Getty Images",
            "Image caption, Supporters wave flags at a rally in the capital on Sunday",
            "Listen to this article 4 min",
            "Read more: What the candidates promise on taxes",
            "Advertisement",
            "Supporters of the challenger rally in the northern city of Lorin. EPA-EFE/ANNA KOWAL",
        ),
        (
            "The two main candidates",
            '"It will come down',
        ),
    ),
    Page(
        "live_relative_times",
        """\
Live
Storm updates: thousands without power as winds reach 140km/h
Key updates
2h ago
Posted at 10:15
More than 80,000 homes are without power across the coast, the grid operator said in its latest update.
1h ago
Rail services suspended
All trains between the two largest cities have been cancelled for the rest of the day, the rail operator said on X.
Rescue teams were sent to a village cut off by a landslide, the interior ministry told the state news agency Xinhua.
A fallen tree blocks a road in the city centre. (Xinhua/Li Ming)
Agencies contributed to this report.
""",
        {"Xinhua": {"cited", "photo"}},
        (
            "Key updates",
            "2h ago",
            "Posted at 10:15",
            "1h ago",
            "A fallen tree blocks a road in the city centre. (Xinhua/Li Ming)",
        ),
        (
            "More than 80,000 homes",
            "Rescue teams were sent",
            "Agencies contributed to this report.",
        ),
    ),
    Page(
        "outlet_as_subject_not_credited",
        """\
Media group cuts 300 jobs in restructuring
The owner of several regional newspapers said on Wednesday it would cut 300 jobs as advertising revenue continues to fall.
The company, which also owns a stake in a television channel, said the cuts would mostly affect printing and distribution.
Its chief executive said the group would invest in digital subscriptions, following a path taken by larger rivals such as The New York Times.
Staff were told of the plan at a meeting on Tuesday.
Photo: Reuters
Shares rose 3% after the announcement.
Analysts said the market had expected deeper cuts, and that the company still faced a difficult year.
""",
        {"Reuters": {"photo"}},
        ("Photo: Reuters",),
        (
            "Shares rose 3% after the announcement.",
            "Its chief executive said",
        ),
    ),
    Page(
        "unregistered_site_cited",
        """\
Minister quits after leaked recordings
The transport minister resigned on Thursday, two days after recordings of a private dinner were published.
In the recordings, first published by the investigative website Ledger Point, the minister can be heard discussing contracts with a businessman.
"I have made mistakes and I take responsibility," he said in a statement.
He is the third minister to leave the government this year.
Related:
Opposition calls for early election
Who could replace the minister?
""",
        {"Ledger Point": {"cited"}},
        (
            "Related:",
            "Opposition calls for early election",
            "Who could replace the minister?",
        ),
        (
            "In the recordings, first published",
            "He is the third minister",
        ),
    ),
]


def _run(raw: str) -> tuple[list[str], list[str], dict[str, set[str]]]:
    body, junk, _title = furniture.separate(text.paragraphs(raw))
    found = credits.find_credits("\n\n".join(body), junk)
    return body, junk, {c.name: set(c.roles) for c in found}


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_credits(page: Page) -> None:
    _body, _junk, found = _run(page.raw)
    assert found == page.credits


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_furniture(page: Page) -> None:
    body, junk, _found = _run(page.raw)
    for line in page.junk:
        assert line in junk, line
    for opening in page.body:
        assert any(p.startswith(opening) for p in body), opening


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_evidence_spans_inside_text(page: Page) -> None:
    body, junk, _found = _run(page.raw)
    joined = "\n\n".join(body)
    for c in credits.find_credits(joined, junk):
        assert c.evidence
        for span in c.spans:
            assert 0 <= span.start < span.end <= len(joined)


def test_site_copyright_in_footer_is_not_a_source() -> None:
    _body, _junk, found = _run(
        "Council approves new bus lanes\n"
        "The city council approved three new bus lanes on Tuesday after a long debate about traffic in the centre.\n"
        "Work is expected to begin in the spring and to last about six months, officials said.\n"
        "© 2026 The Guardian"
    )
    assert "The Guardian" not in found


def test_paragraph_after_photo_credit_stays_when_prose_follows() -> None:
    body, _junk, _found = _run(
        "Dam project delayed again\n"
        "The dam was due to open last year, but engineers found cracks in the main wall during final checks.\n"
        "Photo: Reuters\n"
        "The delay has angered farmers.\n"
        "They say the reservoir was meant to water their fields this summer, and they now face another dry season.\n"
    )
    assert "The delay has angered farmers." in body


def test_section_row_does_not_swallow_the_title() -> None:
    _body, junk, title = furniture.separate(
        text.paragraphs(
            "Sport | Football\nClub sacks manager after five straight defeats\n"
            "The club dismissed its manager on Sunday after a fifth straight league defeat left it bottom of the table.\n"
        )
    )
    assert title == "Club sacks manager after five straight defeats"
    assert junk == ["Sport | Football"]


def test_files_from_and_first_published_by_are_credits() -> None:
    _body, _junk, found = _run(
        "Snowstorm closes highways in the north\n"
        "Heavy snow closed several highways on Monday and left thousands of homes without power, officials said.\n"
        "With files from The Associated Press\n"
        "This story by Reuters was first published on Monday.\n"
    )
    assert found == {"AP": {"contributor"}, "Reuters": {"source"}}

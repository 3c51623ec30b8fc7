"""Quote and speaker detection on articles written in many house styles (wire, broadsheet, court, sport)."""

from __future__ import annotations

import pytest

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences

# Each case: an article in one outlet's style and the quotes a reader would mark in it, as
# (content without the marks, kind or None when either reading is defensible, canonical speaker).

ARTICLES: dict[str, tuple[str, list[tuple[str, str | None, str | None]]]] = {
    "wire": (
        (
            "BRUSSELS, March 3 (Wire) - European Union energy ministers failed on Monday to agree a "
            "cap on gas prices, with Germany and the Netherlands holding out against a plan backed by "
            "15 member states.\n\n"
            '"We are not there yet," Czech Industry Minister Jozef Sikela told reporters after the '
            'meeting. "But I am confident we will find a landing zone before the summit."\n\n'
            "Sikela, whose country holds the rotating presidency, said ministers would reconvene on "
            "March 24.\n\n"
            "A senior EU diplomat, speaking on condition of anonymity, said the gap between the two "
            'camps was "narrowing but still real".\n\n'
            "Dutch Climate Minister Rob Jetten said his government could not accept a mechanism that "
            '"puts our security of supply at risk".'
        ),
        [
            ("We are not there yet,", "full", "Jozef Sikela"),
            ("But I am confident we will find a landing zone before the summit.", "full", "Jozef Sikela"),
            ("narrowing but still real", "partial", "a senior EU diplomat"),
            ("puts our security of supply at risk", "partial", "Rob Jetten"),
        ],
    ),
    "broadsheet": (
        (
            "The chancellor, Rachel Reeves, has insisted that the government will not raise income "
            "tax, despite mounting pressure from backbenchers to find new revenue for public "
            "services.\n\n"
            "Speaking to the Treasury select committee on Tuesday, Reeves said: 'I have been very "
            "clear about our fiscal rules, and I am not going to deviate from them.'\n\n"
            "Her remarks drew a sharp response from the shadow chancellor, Mel Stride, who accused "
            "her of 'hiding behind rules she wrote herself'.\n\n"
            "'The public can see through this,' Stride said. 'Every week there is a new rumour about "
            "a new tax.'\n\n"
            "Economists at the Institute for Fiscal Studies said the chancellor's room for manoeuvre "
            "was limited. Paul Johnson, the institute's former director, wrote that the Treasury "
            "faced 'an uncomfortable arithmetic'."
        ),
        [
            (
                "I have been very clear about our fiscal rules, and I am not going to deviate from them.",
                "full",
                "Rachel Reeves",
            ),
            ("hiding behind rules she wrote herself", "partial", "Mel Stride"),
            ("The public can see through this,", "full", "Mel Stride"),
            ("Every week there is a new rumour about a new tax.", "full", "Mel Stride"),
            ("an uncomfortable arithmetic", "partial", "Paul Johnson"),
        ],
    ),
    "broadcaster": (
        (
            "Firefighters have brought a large blaze at a recycling plant in the West Midlands under "
            "control, the fire service has said.\n\n"
            "About 60 firefighters were called to the site in Tipton at 04:30 on Sunday.\n\n"
            'Station commander Lisa Hartley said crews had worked "tirelessly through the night" to '
            "stop the fire spreading.\n\n"
            '"It was a very challenging incident because of the amount of material involved," she '
            "said.\n\n"
            "Residents were told to keep windows and doors closed. One resident, Amir Khan, 42, said "
            'the smoke was "like nothing I have ever seen".\n\n'
            '"You could smell it from two miles away," he added.'
        ),
        [
            ("tirelessly through the night", "partial", "Lisa Hartley"),
            ("It was a very challenging incident because of the amount of material involved,", "full", "Lisa Hartley"),
            ("like nothing I have ever seen", "partial", "Amir Khan"),
            ("You could smell it from two miles away,", "full", "Amir Khan"),
        ],
    ),
    "liveblog": (
        (
            "14:32 GMT - Minister says talks 'constructive'\n\n"
            "Foreign Minister Anna Berg has just spoken to reporters outside the conference centre.\n\n"
            '"The talks were constructive and we have agreed to meet again," Berg said, adding that a '
            "joint statement was being drafted.\n\n"
            'Asked whether a deal was possible this week, she replied: "I would not rule it out."\n\n'
            "14:10 GMT - Protesters gather outside venue\n\n"
            'Several hundred protesters have gathered outside. "We want peace, not photo '
            'opportunities," one protester told our correspondent.'
        ),
        [
            ("The talks were constructive and we have agreed to meet again,", "full", "Anna Berg"),
            ("I would not rule it out.", "full", "Anna Berg"),
            ("We want peace, not photo opportunities,", "full", "one protester"),
        ],
    ),
    "interview": (
        (
            "The novelist Maria Okafor has spent a decade writing about the Niger Delta. We spoke to "
            "her ahead of the publication of her fourth book.\n\n"
            "Q: Why return to the Delta again?\n\n"
            "A: Because it keeps changing, and the story keeps changing with it. I could write about "
            "it for another twenty years.\n\n"
            '"I never set out to be a political writer," Okafor told me later, over coffee. "The '
            'politics found me."\n\n'
            'She is, she says, "tired of being asked about oil".'
        ),
        [
            ("I never set out to be a political writer,", "full", "Maria Okafor"),
            ("The politics found me.", "full", "Maria Okafor"),
            ("tired of being asked about oil", None, "Maria Okafor"),
        ],
    ),
    "press": (
        (
            "Northwind Energy on Thursday announced plans to build a 1.2-gigawatt offshore wind farm "
            "off the coast of Norfolk, in a project worth an estimated £3bn.\n\n"
            '"This investment demonstrates our long-term commitment to the UK\'s energy transition," '
            "said Northwind chief executive Helen Marsh in a statement.\n\n"
            "The company said construction would begin in 2027, subject to planning approval, and "
            "that the farm would power around one million homes.\n\n"
            '"We welcome Northwind\'s decision," said Energy Secretary Ed Miliband. "It shows that the '
            'UK remains a world-leading destination for clean energy investment."'
        ),
        [
            (
                "This investment demonstrates our long-term commitment to the UK's energy transition,",
                "full",
                "Helen Marsh",
            ),
            ("We welcome Northwind's decision,", "full", "Ed Miliband"),
            (
                "It shows that the UK remains a world-leading destination for clean energy investment.",
                "full",
                "Ed Miliband",
            ),
        ],
    ),
    "court": (
        (
            "A former council officer who stole more than £200,000 from a fund for disabled children "
            "has been jailed for six years.\n\n"
            "Gary Phelps, 51, of Hull, admitted fraud at an earlier hearing.\n\n"
            'Sentencing him at Hull Crown Court, Judge Sarah Collins said: "You abused a position of '
            'trust in the most cynical way imaginable."\n\n'
            '"The victims of your offending are the most vulnerable children in this city," the judge '
            "added.\n\n"
            "Prosecutor James Reid told the court that Phelps had spent the money on holidays and a "
            'sports car. Defending, Emma Wilde said her client was "deeply ashamed".'
        ),
        [
            ("You abused a position of trust in the most cynical way imaginable.", "full", "Sarah Collins"),
            ("The victims of your offending are the most vulnerable children in this city,", "full", "Sarah Collins"),
            ("deeply ashamed", "partial", "Emma Wilde"),
        ],
    ),
    "sports": (
        (
            'Arsenal manager Mikel Arteta praised his side\'s "maturity" after they came from behind '
            "to beat Newcastle 2-1 at the Emirates on Saturday.\n\n"
            '"We showed character today," Arteta said. "When you go a goal down against a team like '
            'that, you need to stay calm, and we did."\n\n'
            "Newcastle boss Eddie Howe was left frustrated by the decision to award the home side a "
            'late penalty. "I have seen it again and for me it is not a penalty," Howe said. "It is '
            'very soft."\n\n'
            'Bukayo Saka, who scored the winner, said: "It was a big moment for me and for the team."'
        ),
        [
            ("maturity", "partial", "Mikel Arteta"),
            ("We showed character today,", "full", "Mikel Arteta"),
            (
                "When you go a goal down against a team like that, you need to stay calm, and we did.",
                "full",
                "Mikel Arteta",
            ),
            ("I have seen it again and for me it is not a penalty,", "full", "Eddie Howe"),
            ("It is very soft.", "full", "Eddie Howe"),
            ("It was a big moment for me and for the team.", "full", "Bukayo Saka"),
        ],
    ),
    "translated": (
        (
            'French President Emmanuel Macron said on Wednesday that Europe must "take its destiny '
            'into its own hands" as he called for a major increase in defence spending.\n\n'
            '"L\'Europe doit se réarmer," Macron said in a televised address, which translates as '
            '"Europe must rearm."\n\n'
            "German Chancellor Friedrich Merz told the Bundestag: „Wir stehen an einem Wendepunkt.“ "
            '("We are at a turning point.")\n\n'
            "Speaking through an interpreter, Ukrainian President Volodymyr Zelensky said: «Ми вдячні "
            "нашим партнерам», thanking allies for their support."
        ),
        [
            ("take its destiny into its own hands", "partial", "Emmanuel Macron"),
            ("L'Europe doit se réarmer,", "full", "Emmanuel Macron"),
            ("Europe must rearm.", None, "Emmanuel Macron"),
            ("Wir stehen an einem Wendepunkt.", "full", "Friedrich Merz"),
            ("We are at a turning point.", None, "Friedrich Merz"),
            ("Ми вдячні нашим партнерам", "full", "Volodymyr Zelensky"),
        ],
    ),
    "nested": (
        (
            "The Home Secretary has been accused of misleading Parliament over the number of asylum "
            "claims processed last year.\n\n"
            "In a letter to the committee, its chairwoman, Dame Diana Johnson, wrote: 'The department "
            'told us that the backlog had been "cleared", but the figures show otherwise.\'\n\n'
            "A Home Office spokesman said: 'We reject the claim that the House was misled. The term "
            '"cleared" referred to legacy cases only.\'\n\n'
            "Labour MP Jess Phillips said the row showed the government's 'contempt for scrutiny'.\n\n"
            "'It's not good enough,' she said. 'Ministers can't keep saying \"trust us\" when the "
            "numbers don't add up.'"
        ),
        [
            (
                'The department told us that the backlog had been "cleared", but the figures show otherwise.',
                "full",
                "Diana Johnson",
            ),
            (
                'We reject the claim that the House was misled. The term "cleared" referred to legacy cases only.',
                "full",
                "a Home Office spokesman",
            ),
            ("contempt for scrutiny", "partial", "Jess Phillips"),
            ("It's not good enough,", "full", "Jess Phillips"),
            ("Ministers can't keep saying \"trust us\" when the numbers don't add up.", "full", "Jess Phillips"),
        ],
    ),
    "more": (
        (
            "Tesla chief executive Elon Musk has hit back at regulators. In a post on X, Musk wrote: "
            '"This investigation is politically motivated."\n\n'
            'The 54-year-old later told CNBC that he would "fight this all the way".\n\n'
            "Transport Secretary Louise Haigh's spokesman said the government \"will not comment on an "
            'ongoing investigation".\n\n'
            '"Nobody is above the law," said Dr. Priya Natarajan, 45, a professor of law at Yale '
            "University.\n\n"
            'According to the agency\'s chief, Martin Kessler, the probe "could take months".\n\n'
            'Police said a 34-year-old man had been arrested. "We are not looking for anyone else," a '
            "force spokeswoman said."
        ),
        [
            ("This investigation is politically motivated.", "full", "Elon Musk"),
            ("fight this all the way", "partial", "Elon Musk"),
            ("will not comment on an ongoing investigation", "partial", "Transport Secretary Louise Haigh's spokesman"),
            ("Nobody is above the law,", "full", "Priya Natarajan"),
            ("could take months", "partial", "Martin Kessler"),
            ("We are not looking for anyone else,", "full", "a force spokeswoman"),
        ],
    ),
    "sports2": (
        (
            'England head coach Steve Borthwick said his team had "a lot to work on" after their '
            "24-22 defeat by France in Paris.\n\n"
            "The visitors led for most of the game before a late try from Louis Bielle-Biarrey.\n\n"
            '"It hurts," Borthwick said. "We were in a position to win that game and we didn\'t take '
            'it."\n\n'
            'England captain Maro Itoje added: "We\'ll learn from this. The group is strong."\n\n'
            'France coach Fabien Galthié, speaking through a translator, said his side "never stopped '
            'believing".'
        ),
        [
            ("a lot to work on", "partial", "Steve Borthwick"),
            ("It hurts,", "full", "Steve Borthwick"),
            ("We were in a position to win that game and we didn't take it.", "full", "Steve Borthwick"),
            ("We'll learn from this. The group is strong.", "full", "Maro Itoje"),
            ("never stopped believing", "partial", "Fabien Galthié"),
        ],
    ),
    "us": (
        (
            "WASHINGTON (Wire) — Senate Democrats on Tuesday blocked a Republican spending bill, "
            "raising the prospect of a government shutdown at the end of the week.\n\n"
            '"This bill is a partisan wish list," said Sen. Chuck Schumer, D-N.Y., the majority '
            'leader. "We will not be held hostage."\n\n'
            'Senate Minority Leader Mitch McConnell, R-Ky., called the vote "a reckless act of '
            'political theater."\n\n'
            '"We are," McConnell said, "days away from a shutdown that nobody wants."\n\n'
            "Schumer's office, which did not respond to a request for further comment, said in a "
            "statement that talks would continue."
        ),
        [
            ("This bill is a partisan wish list,", "full", "Chuck Schumer"),
            ("We will not be held hostage.", "full", "Chuck Schumer"),
            ("a reckless act of political theater.", "partial", "Mitch McConnell"),
            ("We are,", "full", "Mitch McConnell"),
            ("days away from a shutdown that nobody wants.", "full", "Mitch McConnell"),
        ],
    ),
    "who": (
        (
            "The plan was criticised by Sarah Olney, the Liberal Democrat spokeswoman, who said it "
            'would "do nothing for families already struggling".\n\n'
            'Mr Patel\'s lawyer, Andrew Moss, said his client "strongly denies" the allegations.\n\n'
            '"We have seen no evidence," Mr Moss told the BBC\'s Today programme, "and we expect none '
            'to be produced."\n\n'
            'Asked whether he would resign, Mr Patel said: "Absolutely not."\n\n'
            'The minister, who has been in post since January, added that he was "focused on the '
            'job".'
        ),
        [
            ("do nothing for families already struggling", "partial", "Sarah Olney"),
            ("strongly denies", "partial", "Andrew Moss"),
            ("We have seen no evidence,", "full", "Andrew Moss"),
            ("and we expect none to be produced.", "full", "Andrew Moss"),
            ("Absolutely not.", "full", "Patel"),
            ("focused on the job", "partial", "Patel"),
        ],
    ),
    "ap": (
        (
            "KYIV, Ukraine (AP) — A Russian drone attack on the city overnight killed at least three "
            "people, officials said Sunday.\n\n"
            '"The explosions were so loud the windows shook," Olena Kovalenko, 63, told The '
            "Associated Press as she swept glass from her balcony.\n\n"
            "Mayor Vitali Klitschko said on Telegram that rescue workers were still searching the "
            'rubble. "The enemy continues to terrorize civilians," he wrote.\n\n'
            "Ukraine's air force said it had shot down 40 of the 52 drones launched."
        ),
        [
            ("The explosions were so loud the windows shook,", "full", "Olena Kovalenko"),
            ("The enemy continues to terrorize civilians,", "full", "Vitali Klitschko"),
        ],
    ),
    "statements": (
        (
            'The Foreign Office said in a statement: "We are in contact with the local authorities '
            'and are supporting the family."\n\n'
            "Downing Street said the prime minister was being kept updated. Asked about the case, his "
            'spokesman said: "Our thoughts are with the family at this difficult time."\n\n'
            'Writing on X, opposition MP Priti Shah said the government had been "far too slow".\n\n'
            'The company said it was "co-operating fully" with investigators. It added that "safety '
            'remains our top priority".'
        ),
        [
            ("We are in contact with the local authorities and are supporting the family.", "full", "Foreign Office"),
            ("Our thoughts are with the family at this difficult time.", "full", "his spokesman"),
            ("far too slow", "partial", "Priti Shah"),
            ("co-operating fully", "partial", "company"),
            ("safety remains our top priority", "partial", "company"),
        ],
    ),
    "british_singles": (
        (
            "'It's time we stopped pretending,' Ms Clarke said. 'We've done our bit and it hasn't "
            "worked.'\n\n"
            "She told the Guardian the councils' budgets were 'already at breaking point'.\n\n"
            "'...and that's why we're here,' she added, gesturing at the crowd.\n\n"
            "Her colleague, Tom O'Neill, was blunter: 'They've had fourteen years. Enough.'"
        ),
        [
            ("It's time we stopped pretending,", "full", "Clarke"),
            ("We've done our bit and it hasn't worked.", "full", "Clarke"),
            ("already at breaking point", "partial", "Clarke"),
            ("They've had fourteen years. Enough.", "full", "Tom O'Neill"),
        ],
    ),
    "white_house": (
        (
            'President Donald Trump posted on Truth Social: "The deal is done!"\n\n'
            "White House press secretary Karoline Leavitt later told reporters that the president "
            '"means what he says".\n\n'
            '"[The president] will decide in due course," a senior administration official said, '
            "declining to give a timeline.\n\n"
            'The official said the administration would "keep all options on the table."\n\n'
            'Critics were unconvinced. "This is theatre," said Rep. Jamie Raskin of Maryland.'
        ),
        [
            ("The deal is done!", "full", "Donald Trump"),
            ("means what he says", "partial", "Karoline Leavitt"),
            ("[The president] will decide in due course,", "full", "a senior administration official"),
            ("keep all options on the table.", "partial", "a senior administration official"),
            ("This is theatre,", "full", "Jamie Raskin"),
        ],
    ),
    "names_abroad": (
        (
            'European Commission President Ursula von der Leyen said the bloc would "stand by Ukraine '
            'for as long as it takes".\n\n'
            '"We are united," von der Leyen told a news conference in Brussels.\n\n'
            'Chinese Foreign Minister Wang Yi said Beijing was ready to "play a constructive role". '
            'Wang added: "Dialogue is the only way out."\n\n'
            'French far-left leader Jean-Luc Mélenchon called the plan "a dangerous illusion".\n\n'
            'Polling expert Prof Sir John Curtice said the result was "remarkable". "I have not seen '
            'a swing like this in forty years," Sir John said.\n\n'
            "Velmia's President Rui Amaro Prado da Costa said: \"The world needs peace, not more "
            'weapons." Prado was speaking in Velmópolis.'
        ),
        [
            ("stand by Ukraine for as long as it takes", "partial", "Ursula von der Leyen"),
            ("We are united,", "full", "Ursula von der Leyen"),
            ("play a constructive role", "partial", "Wang Yi"),
            ("Dialogue is the only way out.", "full", "Wang Yi"),
            ("a dangerous illusion", "partial", "Jean-Luc Mélenchon"),
            ("remarkable", "partial", "John Curtice"),
            ("I have not seen a swing like this in forty years,", "full", "John Curtice"),
            ("The world needs peace, not more weapons.", "full", "Rui Amaro Prado da Costa"),
        ],
    ),
    "police": (
        (
            "Detective Inspector Claire Dunn, who is leading the investigation, said officers were "
            '"keeping an open mind".\n\n'
            '"I would urge anyone with information to come forward," DI Dunn said.'
        ),
        [
            ("keeping an open mind", "partial", "Claire Dunn"),
            ("I would urge anyone with information to come forward,", "full", "Claire Dunn"),
        ],
    ),
    "parliament": (
        (
            '"Why now?" asked Labour peer Baroness Helena Kennedy. "Why, after all these years, has '
            'nobody acted?"\n\n'
            'Kennedy, speaking to reporters outside the Lords, said the inquiry had been "a long time '
            'coming".\n\n'
            'Former health secretary Matt Hancock said of the decision: "It is the right call."\n\n'
            'Hancock said that "the lessons must be learned", adding that he had "nothing to hide".\n\n'
            "Lord Frost, the former Brexit negotiator, was more sceptical. \"I'll believe it when I "
            'see it," he said.'
        ),
        [
            ("Why now?", "full", "Helena Kennedy"),
            ("Why, after all these years, has nobody acted?", "full", "Helena Kennedy"),
            ("a long time coming", "partial", "Helena Kennedy"),
            ("It is the right call.", "full", "Matt Hancock"),
            ("the lessons must be learned", "partial", "Matt Hancock"),
            ("nothing to hide", "partial", "Matt Hancock"),
            ("I'll believe it when I see it,", "full", "Frost"),
        ],
    ),
    "imf": (
        (
            "The head of the International Monetary Fund has warned that global growth is slowing "
            "faster than expected.\n\n"
            'Kristalina Georgieva told an audience in Washington that the outlook was "sobering". "We '
            'face a world of lower growth and higher debt," the IMF managing director said.\n\n'
            'She added: "Countries must act now, not later."\n\n'
            "The fund's chief economist, Pierre-Olivier Gourinchas, said inflation was \"still too "
            'high in many economies".'
        ),
        [
            ("sobering", "partial", "Kristalina Georgieva"),
            ("We face a world of lower growth and higher debt,", "full", "Kristalina Georgieva"),
            ("Countries must act now, not later.", "full", "Kristalina Georgieva"),
            ("still too high in many economies", "partial", "Pierre-Olivier Gourinchas"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_styles(name: str) -> None:
    raw, expected = ARTICLES[name]
    text = normalize(raw)
    quotes = find_quotes(text, split_sentences(text))
    got = [(q.content.slice(text), q.kind, q.speaker) for q in quotes]
    want = [(c, k if k is not None else got[i][1] if i < len(got) else k, s) for i, (c, k, s) in enumerate(expected)]
    assert got == want
    for q in quotes:
        for span in (q.content, q.cue, q.speaker_mention):
            assert span is None or 0 <= span.start <= span.end <= len(text)


def test_plural_subject_is_not_a_person() -> None:
    raw = 'Tributes have been paid to the actor, who was described as "a true gentleman".'
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == [None]


def test_bare_plural_group_is_an_anonymous_source() -> None:
    raw = 'Campaigners say the law is "not fit for purpose".'
    text = normalize(raw)
    quotes = find_quotes(text, split_sentences(text))
    assert [(q.speaker, q.cue.slice(text) if q.cue else None) for q in quotes] == [("Campaigners", "say")]


# Titles and honours around names in local, court and parliamentary copy: the speaker is the name alone.
TITLED_NAMES = [
    ('"Roads first," said Councilor Ines Ward.', "Ines Ward"),
    ('"Stay indoors," Larimer County Sheriff Omar Tidwell told residents.', "Omar Tidwell"),
    ('"We start in January," Governor-elect Ruth Amadi said.', "Ruth Amadi"),
    ('"He lied to everyone," Miles Carver KC told the jury.', "Miles Carver"),
    ('Later, Ann Pryce MP said: "The vote was rigged."', "Ann Pryce"),
    ('"It is a fine day," said Colin Reade OBE.', "Colin Reade"),
]


@pytest.mark.parametrize(("raw", "speaker"), TITLED_NAMES)
def test_titles_and_honours_are_not_names(raw: str, speaker: str) -> None:
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == [speaker]


def test_surname_after_post_nominal_is_the_same_person() -> None:
    raw = ('Opening the case, Nadia Fuller KC said the defendant had planned the raid. '
           '"He knew exactly what he was doing," Ms Fuller said.')
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == ["Nadia Fuller"]


# A named person "of" an organisation speaks for it; the organisation alone speaks only without a name.
PERSON_OF_ORG = [
    ('Afterwards, Sergeant Lena Voss of the Thames Valley Police said: "We will find them."', "Lena Voss"),
    ('Tariq Olsen of the Norwegian Refugee Council said the camps were "beyond capacity".', "Tariq Olsen"),
    ('"Rates will stay put," said Pia Moreau of the Bank of France.', "Pia Moreau"),
    ('Mark Chu of the Bank of Canada said: "We are patient."', "Mark Chu"),
    ('The Bank of Canada said: "We are patient."', "Bank of Canada"),
]


@pytest.mark.parametrize(("raw", "speaker"), PERSON_OF_ORG)
def test_named_person_of_an_organisation_speaks(raw: str, speaker: str) -> None:
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == [speaker]


# A spokesperson speaks for someone else: never the last person named unless they hold that role.
SPOKESPEOPLE = [
    ('Foreign Secretary Anna Vale met her counterpart. "We agreed a lot," Vale said. Asked about sanctions, '
     'the prime minister\'s official spokesperson said: "Nothing changes."',
     ["Anna Vale", "the prime minister's official spokesperson"]),
    ('Bo Lind said the plan was "sound". Later, the spokeswoman said: "We stand by it."',
     ["Bo Lind", "the spokeswoman"]),
    ('White House press secretary Kara Dunn spoke on Monday. "No comment," Dunn said. Later the spokeswoman '
     'said: "Still no comment."', ["Kara Dunn", "Kara Dunn"]),
    ('Eli Stone, the mayor\'s spokesman, spoke first. "We are ready," the spokesman said.', ["Eli Stone"]),
]


@pytest.mark.parametrize(("raw", "speakers"), SPOKESPEOPLE)
def test_spokesperson_is_not_the_principal(raw: str, speakers: list[str]) -> None:
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == speakers


def test_labelled_quote_takes_the_speaker_of_its_source_line() -> None:
    raw = ("Source: Ukraine's Defence Intelligence chief Kyrylo Budanov on Telegram\n\n"
           'Quote: "The enemy is preparing a new offensive in the south."\n\n'
           "Details: He said reserves were being moved.")
    text = normalize(raw)
    quotes = find_quotes(text, split_sentences(text))
    assert [(q.content.slice(text), q.speaker) for q in quotes] == [
        ("The enemy is preparing a new offensive in the south.", "Kyrylo Budanov")]


def test_labelled_quote_without_a_speaker_stays_unattributed() -> None:
    text = normalize('The meeting ended late.\n\nQuote: "We are done here."')
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == [None]


def test_statistics_owned_by_a_time_are_not_anonymous_people() -> None:
    raw = ("Ola Hart, an economist at the bank, said one month's figures told \"almost nothing\" about "
           "the housing market.")
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == ["Ola Hart"]


# Family names with a glued Arabic article or a Dutch particle stay whole, and a later surname finds them.
PARTICLE_NAMES = [
    ('"The borders are open," President Yusuf al-Amiri said.', ["Yusuf al-Amiri"]),
    ('Army chief Khalid el-Masri spoke first. "We will not retreat," Masri said.', ["Khalid el-Masri"]),
    ('"We will hold," said Colonel Hamad ash-Shami.', ["Hamad ash-Shami"]),
    ('"It was special," Joost ten Brink said. "Ten wins in a row," ten Brink added.',
     ["Joost ten Brink", "Joost ten Brink"]),
    ('Lieke van Rooij spoke first. Later van Rooij told reporters: "We deserved it."', ["Lieke van Rooij"]),
    ('Utrecht are ten points clear. "We are happy," Sem Bakker said.', ["Sem Bakker"]),
]


@pytest.mark.parametrize(("raw", "speakers"), PARTICLE_NAMES)
def test_names_with_particles_and_articles(raw: str, speakers: list[str]) -> None:
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == speakers


# A relative clause between the speaker and the cue, and unnamed workers as anonymous sources.
RELATIVE_CLAUSES = [
    ('"We are exhausted," one nurse at the clinic, who asked not to be named, told reporters.',
     ["one nurse at the clinic"]),
    ('"The vote is lost," a source, who spoke on condition of anonymity, said.', ["a source"]),
    ('"We will fight on," Dana Reyes, who chairs the committee, told reporters.', ["Dana Reyes"]),
    ('"There is no water," said a doctor in the northern city.', ["a doctor in the northern city"]),
]


@pytest.mark.parametrize(("raw", "speakers"), RELATIVE_CLAUSES)
def test_relative_clause_before_the_cue(raw: str, speakers: list[str]) -> None:
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == speakers


# An office speaks under its owner's name without the owner's titles; a role's possessive stays with the office.
OFFICES = [
    ('"Israel will respond," Israeli Prime Minister Benjamin Netanyahu\'s office said.',
     ["Benjamin Netanyahu's office"]),
    ('"We are studying it," President Volodymyr Zelensky\'s office said.', ["Volodymyr Zelensky's office"]),
    ('"No comment," the governor\'s office said.', ["governor's office"]),
]


@pytest.mark.parametrize(("raw", "speakers"), OFFICES)
def test_offices_speak_under_their_owner(raw: str, speakers: list[str]) -> None:
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == speakers


def test_as_someone_put_it_is_a_cue() -> None:
    raw = ('Finance Minister Ola Berg spoke on Monday. As she put it, the budget was "tight but fair". '
           'Ties with Oslo are "frozen", as one diplomat put it.')
    text = normalize(raw)
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == ["Ola Berg", "one diplomat"]

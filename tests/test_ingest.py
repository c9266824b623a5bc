"""Tests for briefing.ingest: web captures in, clean citable passages out.

Plain pytest functions; no Django and no database are needed
(run with ``pytest tests/test_ingest.py -p no:django``).

The strongest check is ``assert_lossless``: after deleting the lines we *expect*
to be dropped (chrome, headings, duplicates, notes), the words of the raw file
must equal the words of ``doc.text`` one for one, in order -- nothing lost,
nothing added, nothing repeated.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from briefing.ingest import (
    CleanedDocument,
    IngestError,
    Note,
    clean,
    decode,
    note_markers,
)

CORPUS = Path(__file__).resolve().parent.parent / "briefing" / "corpus"
SOURCES = {
    source["file"]: source
    for source in json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))["sources"]
}

EOH = "theendofhistory-venezuela-foreign-policy.txt"
FACTUALLY = "factually-russia-china-iran-role.txt"
WOTR = "warontherocks-foreign-relations-under-maduro.txt"
NISHADIL = "nishadil-unsanctioned-alliance-iran.txt"
ISW = "isw-russia-non-response-kremlin-balancing.txt"
CORPUS_FILES = [EOH, FACTUALLY, WOTR, NISHADIL, ISW]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def raw_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@functools.cache
def cleaned(name: str) -> CleanedDocument:
    return clean(raw_text(name), "txt", SOURCES[name]["title"])


def words(text: str) -> list[str]:
    """Lowercased alphanumeric tokens, in order."""
    return re.findall(r"[^\W_]+", text.casefold())


def in_one_passage(doc: CleanedDocument, sentence: str) -> bool:
    return any(sentence in passage.text for passage in doc.passages)


def assert_well_formed(doc: CleanedDocument) -> None:
    assert doc.passages, "no passages"
    assert doc.text == "\n\n".join(p.text for p in doc.passages)
    for ordinal, passage in enumerate(doc.passages, start=1):
        assert passage.ordinal == ordinal
        assert doc.text[passage.start : passage.end] == passage.text
        assert passage.kind in ("paragraph", "bullet")
        assert passage.text == passage.text.strip() and passage.text
        assert "  " not in passage.text and "\n" not in passage.text
        assert "\u00a0" not in passage.text and "\x1e" not in passage.text
        assert not passage.text.startswith(("•", "- ", "* "))
    texts = [p.text for p in doc.passages]
    assert len(texts) == len(set(texts)), "duplicate passages"
    assert not re.search(r"</?[a-z]+[ >]|[a-z-]+=\"", doc.text), "HTML left in the text"
    numbers = [note.number for note in doc.notes]
    assert numbers == sorted(set(numbers))


def assert_lossless(doc: CleanedDocument, body: str) -> None:
    """`body` is the raw text minus what should go: every word of it must be
    in doc.text, once, in the same order, and nothing else."""
    assert words(doc.text) == words(body)


def assert_dropped(doc: CleanedDocument, dropped: list[tuple[str, str]]) -> None:
    """Each (reason, start of the line) is in the removal log, as the importer reports it."""
    removed = "\n".join(doc.removed)
    for reason, line in dropped:
        assert f'{reason}: "{line}' in removed, (reason, line)


def remove_lines(raw: str, lines: list[str]) -> str:
    """Delete raw lines whose stripped text is one of `lines` (all occurrences)."""
    wanted = {line.strip() for line in lines}
    return "\n".join(line for line in raw.split("\n") if line.strip() not in wanted)


def sections(doc: CleanedDocument) -> list[str]:
    seen: list[str] = []
    for passage in doc.passages:
        if not seen or seen[-1] != passage.section:
            seen.append(passage.section)
    return seen


# --------------------------------------------------------------------------
# the five real captures: what each must look like
# --------------------------------------------------------------------------

EOH_HEADINGS = [
    "The Shift Away from the U.S.",
    "Russia: Military and Strategic Depth",
    "China: Economic Lifeline and Oil Partner",
    "Iran: Ideological Ally and Tactical Support",
    "Other Regional and Global Partners",
    "Impact on U.S.–Venezuela Relations",
    "A New Cold War in Latin America?",
]
FACTUALLY_HEADINGS = [
    "Executive summary",
    "1. Russia: the principal military patron and geopolitical hedge",
    "2. China: economic statecraft, dual-use technology and cautious diplomacy",
    "3. Iran: asymmetric military-industrial cooperation and transfer of tactics",
    "4. The limits of external support: capability gaps, political costs and risk management",
    "5. Strategic signaling, sanctions and the post-crisis calculus",
]
NISHADIL_DECK = "Tehran and Caracas Cement Ties, Undermining US Sanctions and Reshaping Geopolitics"
HTML_FRAGMENT = 'Venezuela" target="_blank" rel="noopener noreferrer">'
WOTR_REPEAT = raw_text(WOTR).split("\n")[25]  # the paywall's truncated copy of the opening
WOTR_CAPTION = "Image:\u00a0Wikimedia Commons"

# Lines (and inline snippets) of each raw file that must NOT reach doc.text.
EXPECTED_DROPS: dict[str, dict[str, list[str]]] = {
    EOH: {
        "lines": ["Reading Time: 4 minutes", SOURCES[EOH]["title"].replace("'", "’"), "Sources", *EOH_HEADINGS],
        "inline": [],
    },
    FACTUALLY: {
        "lines": [SOURCES[FACTUALLY]["title"].replace("'", "’"), *FACTUALLY_HEADINGS],
        "inline": [HTML_FRAGMENT],
    },
    WOTR: {
        "lines": [
            "When the world's at stake,",
            "go beyond the headlines.",
            "National security. For insiders. By insiders.",
            "Join War on the Rocks and gain access to content trusted by policymakers, "
            "military leaders, and strategic thinkers worldwide.",
            "Venezuela’s Foreign Relations Under Maduro and After",
            "November 5, 2025",
            "Imdat Oner and Lana Shehadeh",
            "Members-Only Content",
            "This article is reserved for War on the Rocks members. Join our community to "
            "unlock exclusive insights and analysis.",
            WOTR_REPEAT,
            "Become a Member",
            "Already a member? Sign in",
            "Warcast",
            "Get the Briefing from Those Who've Been There",
            "Subscribe for sharp analysis and grounded insights from warriors, diplomats, and scholars.",
        ],
        "inline": [WOTR_CAPTION],
    },
    NISHADIL: {
        "lines": [
            SOURCES[NISHADIL]["title"],
            "Share- Nishadil",
            "- December 31, 2025",
            "- 0 Comments",
            "- 3 minutes read",
            "- 4 Views",
            NISHADIL_DECK,
            raw_text(NISHADIL).split("\n")[-1],  # the AI disclaimer footer
        ],
        "inline": [],
    },
    ISW: {
        "lines": ["Previous", "Next", SOURCES[ISW]["title"]],
        "inline": [],
    },
}

JUNK: dict[str, list[str]] = {
    EOH: ["Reading Time", "minutes", "Sources", "\u00a0", "Their Impact on U.S. Relations"],
    FACTUALLY: ['target="_blank"', "noopener", "rel=", '">', '"', "What role do Russia"],
    WOTR: [
        "Members-Only",
        "Become a Member",
        "Already a member",
        "Sign in",
        "Subscribe",
        "Join War on the Rocks",
        "reserved for War on the Rocks members",
        "National security. For insiders",
        "go beyond the headlines",
        "Warcast",
        "Get the Briefing",
        "Image:",
        "Wikimedia",
        "CommonsIn",
        "November 5, 2025",
        "Foreign Relations Under Maduro and After",
        "Venezuela?Things",
        "survive.Globally",
    ],
    NISHADIL: [
        "Share-",
        "Nishadil",
        "December 31, 2025",
        "0 Comments",
        "minutes read",
        "4 Views",
        "Disclaimer",
        "artificial intelligence",
        "The Unsanctioned Alliance:",
    ],
    ISW: ["Previous", "Next", "Endnotes", "https://", "dot ru", "t.me", "Balancing Act"],
}

BODY_SENTENCES: dict[str, list[str]] = {
    EOH: [
        "While the popular opposition to a possible US war with Venezuela cites Venezuela’s oil and gas, "
        "a more likely cause of US ire involves Venezuela’s foreign policy.",
        "Venezuela’s foreign policy over the past two decades has undergone a dramatic transformation.",
        "Once a relatively cooperative partner of the United States, Venezuela has increasingly aligned itself "
        "with nations that challenge U.S. global influence—namely Iran, Russia, and China.",
        "However, the rise of Hugo Chávez in 1999 marked a turning point.",
        "His rhetoric intensified after the 2002 coup attempt, which briefly removed him from power.",
        "Russia has become one of Venezuela’s most important allies.",
        "In 2025, Venezuela and Russia formalized a strategic partnership covering energy, mining, transport, and security.",
        "As Venezuela’s largest creditor and oil customer, China has become a critical lifeline for the country’s struggling economy.",
        "As of 2025, China imports roughly 90% of Venezuela’s oil exports, making it the country’s most important energy partner.",
        "However, China’s support is not unconditional.",
        "Iran has sent fuel shipments to Venezuela during times of acute shortages, defying U.S. sanctions.",
        "The presence of Iranian operatives in Latin America is viewed as a strategic threat by American defense officials.",
        "Turkey has engaged in limited trade and gold transactions, offering economic alternatives amid sanctions.",
        "The U.S. views Venezuela not only as a humanitarian crisis but as a geopolitical flashpoint.",
        "Venezuela’s migration crisis—over 7 million people displaced—has strained neighboring countries "
        "and contributed to rising immigration at the U.S. southern border.",
        "For the United States, this presents a complex challenge.",
        "Without a strategic recalibration, Venezuela may continue to serve as a beachhead for anti-U.S. "
        "influence in the Western Hemisphere.",
    ],
    FACTUALLY: [
        "Russia, China, and Iran have been pillars of Nicolás Maduro’s external support network",
        "revealed both the limits of that support and the strategic signaling these partners provide to contest "
        "U.S. influence in the Western Hemisphere [4] [5].",
        "making Russia the primary military patron for Maduro’s regime [1] [6].",
        "Politically, Russia has provided diplomatic support at the U.N. and used Venezuela as a lever to contest "
        "U.S. influence in the hemisphere, even as Moscow now treads carefully to avoid escalation or direct "
        "confrontation with Washington [5] [1].",
        "Beijing’s engagement is fundamentally economic and strategic:",
        "prompting Beijing to recalibrate publicly [3] [8].",
        "Iran’s backing is politically useful to Caracas but also exposes both parties to heightened sanctions "
        "and pressure from the United States [10].",
        "While Moscow, Beijing and Tehran provide matériel, money and diplomatic cover,",
        "Analysts and governments now debate whether these ties are a coordinated challenge or a loose "
        "convergence of interests;",
        "Caracas’s partnerships served as strategic signaling:",
        "while Iran remains willing to supply asymmetric systems that fall below thresholds that would trigger "
        "direct great-power conflict [11] [12] [1].",
    ],
    WOTR: [
        "In 2019, Imdat Oner and Lana Shehadeh wrote “In Venezuela, an Isolated Maduro Searches for Allies "
        "Across the Globe.” Six years later, amidst rising tensions between Presidents Donald Trump and "
        "Nicolás Maduro, we asked them to revisit their arguments.",
        "In your 2019 article, “In Venezuela, an Isolated Maduro Searches for Allies Across the Globe,” you argue",
        "Six years later, what has changed about Maduro’s alliance-building strategy?",
        "What do you see as the primary reasons countries continue to align themselves with Venezuela?",
        "Things look very different today.",
        "The 2024 election marked a real turning point.",
        "His regime is weak, more vulnerable, and far more pragmatic.",
        "Maduro’s foreign policy is no longer driven by ideology, but rather the need to survive.",
        "Globally, the landscape has shifted as well.",
        "Russia’s influence in Latin America has waned because of its war in Ukraine.",
        "The countries that continue to engage with Caracas do so for practical reasons.",
        "Others aim to counter U.S. influence in the region, and a few remain tied through diplomatic habit "
        "or shared authoritarian political models. Yet,",
    ],
    NISHADIL: [
        "Despite a formidable web of international sanctions, Iran and Venezuela are forging an increasingly "
        "robust partnership, creating a complex challenge for U.S. foreign policy.",
        "It's a defiant handshake, if you will, a clear signal that traditional diplomatic pressures, at least "
        "in this instance, aren't having their intended effect.",
        "We're talking about a significant, multifaceted cooperation that stretches across various critical sectors.",
        "No, it’s a deeply practical, economically driven alliance.",
        "Their motivations are, frankly, quite transparent.",
        "Venezuela, sitting atop the world's largest proven oil reserves, has seen its refining capacity "
        "crumble under years of mismanagement and sanctions.",
        "So, what does all this mean for the United States, which has poured considerable resources into "
        "isolating both nations?",
        "It really forces a re-evaluation, doesn't it, of how effective these tools truly are in the long run?",
        "Looking ahead, it seems highly probable that this unique partnership will only continue to solidify.",
    ],
    ISW: [
        "Russia's responses to the recent US military operation in Venezuela highlight the delicate balancing act "
        "it is engaged in vis-a-vis the Trump Administration - a balancing act that has come to define Russian "
        "foreign policy decision-making over the past year.",
        "The Russian Ministry of Foreign Affairs (MFA) issued a boilerplate condemnation of the military "
        "operation and called on Venezuela and the United States to find a diplomatic resolution.[1]",
        "Russian Permanent Representative to the United Nations Vasily Nebenzya criticized the military operation "
        "in Venezuela as -giving new impetus to neocolonialism and imperialism- - verbiage common to Russian "
        "critiques of the broader West.[3]",
        "Medvedev also used the US seizure of Maduro to threaten German Chancellor Friedrich Merz and Ukrainian "
        "President Volodymyr Zelensky.[5]",
        "Russian President Vladimir Putin and official Kremlin mouthpieces have yet to address the situation in "
        "Venezuela as of the time of this writing, however.",
        "This set of responses is exemplary of the delicate balancing act that Russia has been engaged in since "
        "Trump took office weighing its reputation in the eyes of its partners on one hand, and its ability to "
        "engage favorably with Trump on the other.",
        "Since the June 2025 Israel-Iran war, Russia has intensified its diplomatic efforts to ingratiate itself "
        "with the Trump Administration in order to secure beneficial concessions on the war in Ukraine.",
        "Russia was never going to meaningfully interfere on behalf of Maduro due in large part to mounting "
        "constraints accrued during the war in Ukraine.",
        "Russian State Duma Defense Committee Deputy Chairperson Alexei Zhuravlyov threatened the deployment of "
        "nuclear-capable Russian missiles to Venezuela as recently as October 2025.[10]",
        "Russia's failures here are reflective of both inability and a lack of strategic will.",
        "Russia was unable to dedicate either manpower or means to support either the Assad regime or Iran due "
        "to the material constraints of the war in Ukraine.",
        "Venezuela falls lower on the Kremlin hierarchy of partners, and Russia was therefore even less likely to "
        "engage to save the Maduro regime.",
        "Russia has adapted to the new security situation in Syria following the December 2024 collapse of the "
        "Assad regime, for example, and reconsolidated its military presence under the Syrian transitional "
        "government.[13]",
        "Sources reportedly familiar with the administration's plans reported that Trump is demanding that "
        "Venezuela 'kick out' Russia, Iran, and the People's Republic of China (PRC) and sever all economic ties "
        "with the three.[15]",
        "Maritime intelligence organization Lloyd's List, for example, predicted that US seizures of tankers "
        "carrying Venezuelan oil will 'accelerate' the trend of Russian-flagged ships operating as part of the "
        "shadow fleet.[17]",
        "The success of this bargaining tool, however, is contingent on the types of costs that the United States "
        "and its allies are able to impose on Russia.",
        "Imposing costs on Russia in Ukraine and denying Russia the opportunity to achieve its desired end state "
        "in Ukraine will further weaken Russia's ability to align itself with states that can threaten the "
        "United States at home and abroad.",
    ],
}

PASSAGE_COUNTS = {EOH: 32, FACTUALLY: 6, WOTR: 5, NISHADIL: 6, ISW: 17}


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_is_well_formed(name: str) -> None:
    doc = cleaned(name)
    assert_well_formed(doc)
    assert len(doc.passages) == PASSAGE_COUNTS[name]


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_junk_is_gone(name: str) -> None:
    doc = cleaned(name)
    for junk in JUNK[name]:
        assert junk not in doc.text, junk


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_body_sentences_survive_verbatim(name: str) -> None:
    doc = cleaned(name)
    assert len(BODY_SENTENCES[name]) >= 8
    for sentence in BODY_SENTENCES[name]:
        assert in_one_passage(doc, sentence), sentence


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_loses_nothing(name: str) -> None:
    """Word for word, the body of the raw file is exactly what doc.text holds."""
    doc = cleaned(name)
    raw = raw_text(name).split("\nEndnotes\n")[0]
    body = remove_lines(raw, EXPECTED_DROPS[name]["lines"])
    for snippet in EXPECTED_DROPS[name]["inline"]:
        assert snippet in body
        body = body.replace(snippet, " ")
    assert_lossless(doc, body)


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_removed_list_explains_the_drops(name: str) -> None:
    doc = cleaned(name)
    assert doc.removed
    assert all(re.fullmatch(r"[\w ()/-]+: \".+\"", entry) and len(entry) < 130 for entry in doc.removed)


def test_eoh_headings_become_sections_and_bullets_stay_bullets() -> None:
    doc = cleaned(EOH)
    assert sections(doc) == ["", *EOH_HEADINGS]
    fuel = next(p for p in doc.passages if "fuel shipments" in p.text)
    assert "Iran" in fuel.section and fuel.kind == "bullet"
    assert fuel.text == "Iran has sent fuel shipments to Venezuela during times of acute shortages, defying U.S. sanctions."
    bullets = [p for p in doc.passages if p.kind == "bullet"]
    assert len(bullets) == 15
    assert bullets[0].text.startswith("In 2025, Venezuela and Russia")
    assert bullets[0].section == "Russia: Military and Strategic Depth"
    assert 'empty notes heading: "Sources"' in doc.removed
    assert doc.notes == []


def test_factually_markers_kept_without_notes() -> None:
    doc = cleaned(FACTUALLY)
    assert sections(doc) == FACTUALLY_HEADINGS
    assert doc.notes == []
    assert {number for _, _, number in note_markers(doc.text)} == set(range(1, 13))
    assert in_one_passage(doc, "Western Hemisphere [4] [5].")
    assert any("no notes list" in warning for warning in doc.warnings)
    assert any(entry.startswith("HTML fragment:") for entry in doc.removed)


def test_wotr_paywall_capture() -> None:
    doc = cleaned(WOTR)
    assert all(p.section == "" and p.kind == "paragraph" for p in doc.passages)
    # the caption glued to the next sentence is cut out; lost paragraph breaks are restored
    assert doc.passages[0].text.endswith("we asked them to revisit their arguments.")
    assert doc.passages[1].text.startswith("In your 2019 article,")
    assert doc.passages[2].text.startswith("Things look very different today.")
    assert doc.passages[3].text.startswith("Globally, the landscape has shifted as well.")
    assert doc.text.count("In 2019, Imdat Oner") == 1
    assert any(entry.startswith("duplicate paragraph:") for entry in doc.removed)
    assert any("paywall" in warning for warning in doc.warnings)
    assert any("mid-sentence" in warning for warning in doc.warnings)


def test_nishadil_chrome_and_disclaimer() -> None:
    doc = cleaned(NISHADIL)
    assert {p.section for p in doc.passages} == {NISHADIL_DECK}
    assert doc.passages[-1].text.endswith("yet fractured, global landscape.")
    reasons = {entry.split(":")[0] for entry in doc.removed}
    assert {"title", "share buttons", "date line", "counter", "reading time", "disclaimer"} <= reasons


def test_isw_endnotes_are_separated() -> None:
    doc = cleaned(ISW)
    assert [note.number for note in doc.notes] == list(range(1, 18))
    assert {number for _, _, number in note_markers(doc.text)} == set(range(1, 18))
    assert doc.notes[0] == Note(1, "https://mid dot ru/en/foreign_policy/news/2070902/; https://mid dot ru/ru/foreign_policy/news/2070938/")
    # notes that spanned two lines are joined; autolink brackets are gone
    assert doc.notes[5].text == (
        "https://understandingwar.org/research/russia-ukraine/russian-offensive-campaign-assessment-july-8-2025/; "
        "https://understandingwar.org/research/russia-ukraine/russian-offensive-campaign-assessment-june-22-2025/"
    )
    assert doc.notes[10].text.count("https://") == 2
    assert doc.notes[12].text.count("https://") == 2
    assert all("<" not in note.text and ">" not in note.text for note in doc.notes)
    assert doc.notes[16].text == "https://www.cnbc.com/2026/01/06/oil-russia-venezuela.html"
    # nothing of the notes section is lost
    notes_raw = raw_text(ISW).split("\nEndnotes\n")[1]
    notes_raw = remove_lines(notes_raw, ["Previous", "Next"])
    assert words(" ".join(f"[{n.number}] {n.text}" for n in doc.notes)) == words(notes_raw)
    assert doc.warnings == []


def test_isw_broken_sentences_rejoined_in_one_passage() -> None:
    doc = cleaned(ISW)
    assert in_one_passage(doc, "since Trump took office weighing its reputation in the eyes of its partners")
    assert in_one_passage(doc, "reflective of both inability and a lack of strategic will. Russia was unable")
    assert in_one_passage(doc, "Russian State Duma Defense Committee Deputy Chairperson Alexei Zhuravlyov")
    assert in_one_passage(doc, "is contingent on the types of costs")
    assert not any(p.text in ("inability", "and a", "lack of strategic will") for p in doc.passages)


def test_long_corpus_paragraphs_are_split_at_sentences() -> None:
    doc = cleaned(ISW)
    assert max(len(p.text) for p in doc.passages) <= 1200
    first = next(i for i, p in enumerate(doc.passages) if p.text.startswith("Russian official reactions"))
    assert doc.passages[first + 1].text.startswith("Russian Security Council Chairperson")


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_is_deterministic(name: str) -> None:
    assert clean(raw_text(name), "txt", SOURCES[name]["title"]) == cleaned(name)


def test_corpus_without_title_still_keeps_the_body() -> None:
    doc = clean(raw_text(ISW), "txt")
    assert_well_formed(doc)
    for sentence in BODY_SENTENCES[ISW]:
        assert in_one_passage(doc, sentence)
    assert len(doc.notes) == 17


# --------------------------------------------------------------------------
# invented messy articles: the rules must be general, not tuned to the corpus
# --------------------------------------------------------------------------

PORT_STRIKE_TXT = """\
Skip to main content
Home > News > Business
We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.
Accept all cookies

Dockworkers Walk Out at Harbor Point as Talks Collapse
By Mara Quintero and Tomas Ledger
Updated March 3, 2024 at 9:15 a.m.
5 min read
Share on Facebook
Share on X
Copy link

Thousands of dockworkers at the fictional port of Harbor Point walked off the job on Monday after \
contract talks with the terminal operators collapsed late on Sunday night.

Thousands of dockworkers at the fictional port of Harbor Point walked off the job on Monday after \
contract talks with the terminal operators collapsed late on Sunday night.

The union, which represents about 4,200 crane operators &amp; lashers, said the operators had refused \
to discuss automation.[1] Management disputed that account
and said it had offered a 9% raise over three years.[2]

Advertisement

What the strike means for shippers

Freight forwarders warned that a strike lasting more than a week would
leave perishable cargo stranded on the quay.
Photo: Lena Ortiz/Getty Images
"We have refrigerated containers that cannot wait," said <span class="name">Ines Barrow</span>, \
who runs a fruit import business in the city.

Sign up for our daily newsletter
Enter your email address
Subscribe

The port handled 1.3 million containers last year, according to the harbor authority.[3] The strike
is the first since 1998
, when a walkout lasted eleven days.

Related articles
Ferry Operators Brace for Busy Summer
City Council Approves New Tram Line

Follow us on Instagram
\u00a9 2024 Harbor Point Gazette. All rights reserved.

References
1. Union statement, March 2, 2024.
2. Terminal operators' press release,
   March 3, 2024.
3. Harbor authority annual report 2023.
"""
PORT_STRIKE_PASSAGES = [
    ("", "Thousands of dockworkers at the fictional port of Harbor Point walked off the job on Monday after "
     "contract talks with the terminal operators collapsed late on Sunday night."),
    ("", "The union, which represents about 4,200 crane operators & lashers, said the operators had refused to "
     "discuss automation.[1] Management disputed that account and said it had offered a 9% raise over three "
     "years.[2]"),
    ("What the strike means for shippers", "Freight forwarders warned that a strike lasting more than a week "
     "would leave perishable cargo stranded on the quay."),
    ("What the strike means for shippers", '"We have refrigerated containers that cannot wait," said Ines Barrow, '
     "who runs a fruit import business in the city."),
    ("What the strike means for shippers", "The port handled 1.3 million containers last year, according to the "
     "harbor authority.[3] The strike is the first since 1998, when a walkout lasted eleven days."),
]
PORT_STRIKE_JUNK = [
    "Skip to", "Home >", "cookies", "Accept", "By Mara", "Updated", "min read", "Share", "Copy link",
    "Advertisement", "Photo:", "Getty", "<span", "class=", "</span>", "&amp;", "newsletter", "email",
    "Subscribe", "Related", "Ferry Operators", "Tram Line", "Instagram", "\u00a9", "rights reserved",
    "References", "Union statement",
]


def test_invented_port_strike_txt() -> None:
    doc = clean(PORT_STRIKE_TXT, "txt", title="Dockworkers Walk Out at Harbor Point as Talks Collapse")
    assert_well_formed(doc)
    assert [(p.section, p.text) for p in doc.passages] == PORT_STRIKE_PASSAGES
    for junk in PORT_STRIKE_JUNK:
        assert junk not in doc.text, junk
    assert doc.notes == [
        Note(1, "Union statement, March 2, 2024."),
        Note(2, "Terminal operators' press release, March 3, 2024."),
        Note(3, "Harbor authority annual report 2023."),
    ]
    assert any(entry.startswith("duplicate paragraph:") for entry in doc.removed)
    assert doc.warnings == []
    assert clean(PORT_STRIKE_TXT, "txt", "Dockworkers Walk Out at Harbor Point as Talks Collapse") == doc


def test_invented_port_strike_without_title_keeps_the_same_body() -> None:
    doc = clean(PORT_STRIKE_TXT, "txt")
    assert_well_formed(doc)
    assert [p.text for p in doc.passages] == [text for _, text in PORT_STRIKE_PASSAGES]


LIBRARY_HTML = """<!DOCTYPE html>
<html><head><title>Valley Library Reopens | The Riverside Courier</title>
<script>window.dataLayer = [];</script><style>.x{color:red}</style></head>
<body>
<header><a href="/">The Riverside Courier</a><nav><a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner"><p>We use cookies to personalise content and ads. <button>Accept</button></p></div>
<article>
<h1>Valley Library Reopens After Two-Year Restoration</h1>
<p class="byline">By Odile Fenwick</p>
<p><time>12 April 2024</time> &middot; 4 min read</p>
<p>The Valley Library reopened its doors on Saturday after a two-year restoration that cost the town
&pound;4.2 million.<sup>1</sup></p>
<p>Volunteers catalogued more than 80,000 books during the closure, and the reading room now has</p>
<p>step-free access for the first time since it opened in 1908.</p>
<div class="ad">Advertisement</div>
<h2>What changed inside</h2>
<ul>
<li>A new children&#39;s wing with 120 seats.</li>
<li>Restored stained-glass windows in the <em>reading room</em>.</li>
<li>Solar panels that cover about 30% of the building's power needs.</li>
</ul>
<p>Head librarian Priya Osei said the project &ldquo;proves that small towns still value shared
spaces.&rdquo;<sup>2</sup></p>
<figure><img src="x.jpg" alt=""><figcaption>Photo: Riverside Courier</figcaption></figure>
<p>Share this article</p>
<h2>Notes</h2>
<ol><li>Town council budget report, 2023.</li><li>Interview with the author, April 2024.</li></ol>
</article>
<aside><h3>Most read</h3><ul><li>Council votes on parking fees</li></ul></aside>
<footer><p>&copy; 2024 Riverside Courier. All rights reserved.</p><p>Privacy Policy | Terms of Use | Contact</p></footer>
</body></html>"""
LIBRARY_PASSAGES = [
    ("paragraph", "", "The Valley Library reopened its doors on Saturday after a two-year restoration that cost "
     "the town £4.2 million.[1]"),
    ("paragraph", "", "Volunteers catalogued more than 80,000 books during the closure, and the reading room now "
     "has step-free access for the first time since it opened in 1908."),
    ("bullet", "What changed inside", "A new children's wing with 120 seats."),
    ("bullet", "What changed inside", "Restored stained-glass windows in the reading room."),
    ("bullet", "What changed inside", "Solar panels that cover about 30% of the building's power needs."),
    ("paragraph", "What changed inside", "Head librarian Priya Osei said the project “proves that small towns "
     "still value shared spaces.”[2]"),
]


def test_invented_library_html() -> None:
    doc = clean(LIBRARY_HTML, "html", title="Valley Library Reopens After Two-Year Restoration")
    assert_well_formed(doc)
    assert [(p.kind, p.section, p.text) for p in doc.passages] == LIBRARY_PASSAGES
    for junk in ["dataLayer", "color:red", "Riverside Courier", "News", "cookies", "Odile", "April 2024",
                 "min read", "Advertisement", "Photo", "Share", "Most read", "parking", "Privacy", "©",
                 "Two-Year Restoration", "<", "&"]:
        assert junk not in doc.text, junk
    assert doc.notes == [Note(1, "Town council budget report, 2023."), Note(2, "Interview with the author, April 2024.")]
    assert doc.warnings == []


DAM_TXT = """\
Skip to main contentSkip to navigation
Print subscriptions
Sign in
Search
Europe edition
News
Opinion
Sport
Culture

Fishermen on the river Tamsa protest at a new dam. Photograph: Jan Novak/Reuters
Tamsa
This article is more than 2 months old
Dam protest draws thousands to the banks of the Tamsa
Environmentalists and fishing families say the project will wipe out salmon runs
Eva Lindqvist in Brno
Tue 12 Mar 2024 14.05 GMT
Share
Thousands of people gathered on the banks of the river Tamsa on Saturday to protest against a \
hydroelectric dam that environmental groups say will destroy one of central Europe's last wild salmon runs.

The regional government approved the 40-metre dam in January. Officials say it will supply power to \
60,000 homes and cut the region's reliance on coal.

\u201cWe are not against clean energy,\u201d said Marek Hruby, whose family has fished the river for four \
generations. \u201cWe are against killing a river to get it.\u201d

Explore more on these topics
Czech Republic
Environment
Share
Reuse this content
Most viewed
Sign in or create your account to join the discussion
"""


def test_invented_news_page_with_site_menus() -> None:
    title = "Dam protest draws thousands to the banks of the Tamsa"
    doc = clean(DAM_TXT, "txt", title=title)
    assert_well_formed(doc)
    assert [p.text[:40] for p in doc.passages] == [
        "Thousands of people gathered on the bank",
        "The regional government approved the 40-",
        "“We are not against clean energy,” said ",
    ]
    assert {p.section for p in doc.passages} == {
        "Environmentalists and fishing families say the project will wipe out salmon runs"
    }
    for junk in ["Skip", "Print subscriptions", "Sign in", "edition", "Opinion", "Photograph", "Tamsa\n",
                 "months old", "Lindqvist", "GMT", "Share", "Explore", "Czech", "Reuse", "Most viewed"]:
        assert junk not in doc.text, junk
    assert doc.warnings == []
    body = DAM_TXT.split("Share\n", 1)[1].split("Explore more")[0]
    assert_lossless(doc, body)


GLACIER_MD = """[Home](/) > [Science](/science)

# Glacier Retreat Speeds Up in the Northern Range

*By Sunniva Dahl* | 7 min read

**Share this article**

The Northern Range lost **twice as much ice** in 2023 as in any year on record, according to a survey \
published on Tuesday.[^1] Researchers measured the glaciers with [drones](https://example.org/drones) and
satellite images.

![A glacier](glacier.jpg)

## Why it matters

Meltwater feeds three rivers that supply drinking water to about 400,000 people.

- Summer flows could drop by a third by 2050.
- Hydropower output is already falling.

> Advertisement

## Sources

[^1]: Northern Range Glacier Survey, 2024. https://example.org/survey
"""


def test_invented_markdown_article() -> None:
    doc = clean(GLACIER_MD, "md", title="Glacier Retreat Speeds Up in the Northern Range")
    assert_well_formed(doc)
    assert [(p.kind, p.section, p.text) for p in doc.passages] == [
        ("paragraph", "", "The Northern Range lost twice as much ice in 2023 as in any year on record, according "
         "to a survey published on Tuesday.[1] Researchers measured the glaciers with drones and satellite images."),
        ("paragraph", "Why it matters", "Meltwater feeds three rivers that supply drinking water to about 400,000 people."),
        ("bullet", "Why it matters", "Summer flows could drop by a third by 2050."),
        ("bullet", "Why it matters", "Hydropower output is already falling."),
    ]
    assert doc.notes == [Note(1, "Northern Range Glacier Survey, 2024. https://example.org/survey")]
    for junk in ["**", "](", "Home", "Sunniva", "Share", "Advertisement", "glacier.jpg", "[^1]"]:
        assert junk not in doc.text, junk


def test_wire_story_sign_offs_and_author_box() -> None:
    raw = (
        "Ferry Fares Rise Again\n"
        "Posted 3 hours ago\n"
        "Listen to this article\n"
        "Advertisement - Scroll to continue\n\n"
        "Ferry fares on the island routes will rise by 6% in April, the operator said on Friday, "
        "the third increase in two years.\n\n"
        "Story continues below advertisement\n\n"
        "Read more: Port strike enters second week\n\n"
        "The operator blamed fuel costs and new safety rules.\n\n"
        "(Reporting by Ann Lee; Editing by Bo Chen)\n\n"
        "12 comments\n"
        "Tags: ferries, prices, islands\n"
        "Click here to subscribe\n\n"
        "About the author\n"
        "Jane Roe is a reporter based in Lisbon who covers transport.\n"
    )
    doc = clean(raw, "txt", title="Ferry Fares Rise Again")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Ferry fares on the island routes will rise by 6% in April, the operator said on Friday, "
         "the third increase in two years."),
        ("", "The operator blamed fuel costs and new safety rules."),
    ]
    reasons = [entry.split(":")[0] for entry in doc.removed]
    assert reasons == ["title", "date line", "share buttons", "advertisement", "advertisement", "more link",
                       "byline", "counter", "tags", "subscribe prompt", "author bio", "author bio"]


def test_html_list_items_wrapped_in_paragraphs() -> None:
    html = (
        "<ul><li><p>First item here.</p></li><li>Second <b>item</b></li></ul><p>After the list.</p>"
        "<ol><li>One<li>Two</ol><p>Closing text.<br>Second line of it.</p>"
    )
    doc = clean(html, "html")
    assert [(p.kind, p.text) for p in doc.passages] == [
        ("bullet", "First item here."),
        ("bullet", "Second item"),
        ("paragraph", "After the list."),
        ("bullet", "One"),
        ("bullet", "Two"),
        ("paragraph", "Closing text."),
        ("paragraph", "Second line of it."),
    ]


def test_look_alike_body_sentences_are_not_chrome() -> None:
    """Real sentences that start like site furniture must survive."""
    sentences = [
        "Share prices fell sharply on Monday after the announcement.",
        "Next, the committee will vote on the proposal.",
        "By Tuesday, the strike had ended.",
        "Comments from the minister drew criticism from the opposition.",
        "Home prices rose 4% in the first quarter.",
        "Subscribers to the paper received a letter of apology.",
        "Updated figures will be released in May.",
        "Photo exhibitions across the city were cancelled.",
        "Advertisement revenue fell by half at the paper.",
        "Sources close to the talks said a deal was near.",
        "Notes from the meeting were leaked to reporters.",
        "Related talks in Geneva stalled.",
        "Follow the money, the auditors said.",
        "Read more carefully, and the report says something else.",
        "Copyright law has not kept up with the technology.",
        "Subscribe to enough newspapers and you will see the same story everywhere, she said.",
        "Join the queue early, officials advised residents.",
        "Search teams found the missing hikers.",
        "Q: What changed after the vote?",
        "A: Almost everything changed.",
    ]
    doc = clean("\n\n".join(sentences), "txt")
    assert [p.text for p in doc.passages] == sentences
    assert doc.removed == []


def test_rejoins_broken_sentences_but_not_headings() -> None:
    raw = (
        "Key Findings\n\n"
        "The survey of 2,000 households found that rents rose faster than wages in every district, and the gap was widest in the\n\n"
        "old harbour district. Tenants blamed\n\n"
        "both\n\n"
        "speculation\n\n"
        "and a\n\n"
        "shortage of social housing\n\n"
        ". Landlords blamed rising interest rates and taxes imposed by the city council in its 2023\n\n"
        "Housing Act, which doubled the levy on second homes.\n\n"
        "What Comes Next\n\n"
        "The council will publish its response in June.\n"
    )
    doc = clean(raw, "txt")
    assert_well_formed(doc)
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Key Findings", "The survey of 2,000 households found that rents rose faster than wages in every district, "
         "and the gap was widest in the old harbour district. Tenants blamed both speculation and a shortage of "
         "social housing. Landlords blamed rising interest rates and taxes imposed by the city council in its 2023 "
         "Housing Act, which doubled the levy on second homes."),
        ("What Comes Next", "The council will publish its response in June."),
    ]


def test_hard_wrapped_plain_text_is_rejoined() -> None:
    raw = (
        "Harbour Council Approves Budget\n\n"
        "The harbour council approved its annual budget on Thursday after a long\n"
        "debate about dredging costs, which rose sharply after the storms of\n"
        "January. Councillor Ana Ruiz said the vote showed that members of the\n"
        "Harbour Finance Committee had listened to residents.\n\n"
        "The council listed three priorities:\n"
        "Housing\n"
        "Transport\n"
        "Schools\n\n"
        "The plan was approved.\n"
    )
    doc = clean(raw, "txt")
    assert [(p.kind, p.text) for p in doc.passages] == [
        ("paragraph", "The harbour council approved its annual budget on Thursday after a long debate about dredging "
         "costs, which rose sharply after the storms of January. Councillor Ana Ruiz said the vote showed that "
         "members of the Harbour Finance Committee had listened to residents."),
        ("paragraph", "The council listed three priorities:"),
        ("bullet", "Housing"),
        ("bullet", "Transport"),
        ("bullet", "Schools"),
        ("paragraph", "The plan was approved."),
    ]
    assert {p.section for p in doc.passages} == {"Harbour Council Approves Budget"}


def test_glued_text_gets_its_space_back_but_abbreviations_do_not() -> None:
    doc = clean("Did it work?Nobody knows yet.The mayor declined to comment. Prices in the U.S. rose 3.5% in "
                "2024, e.g. in housing, according to www.example.com/data.Report and J. R. Smith.", "txt")
    assert doc.text == ("Did it work? Nobody knows yet. The mayor declined to comment. Prices in the U.S. rose 3.5% "
                        "in 2024, e.g. in housing, according to www.example.com/data.Report and J. R. Smith.")


def test_entities_tags_and_whitespace() -> None:
    doc = clean("Tom &amp; Jerry&nbsp;&nbsp;met <b>the</b>  <a href=\"https://x.org/a\">mayor</a>&hellip; "
                "on\u00a0Friday [2] and [citation needed].", "txt")
    assert doc.text == "Tom & Jerry met the mayor… on Friday [2] and [citation needed]."
    assert [number for _, _, number in note_markers(doc.text)] == [2]


# --------------------------------------------------------------------------
# bad and unusual input
# --------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   \n\t\n", "\u00a0\n\u00a0\n\n"])
def test_empty_input_is_rejected(raw: str) -> None:
    with pytest.raises(IngestError, match="No article text found"):
        clean(raw)


def test_all_boilerplate_is_rejected() -> None:
    raw = (
        "Skip to main content\nHome\nSubscribe\nShare on Facebook\nAdvertisement\n5 min read\n"
        "We use cookies to improve your experience. Accept all cookies\n"
        "\u00a9 2024 Example News. All rights reserved.\nPrivacy Policy | Terms of Use | Contact\n"
    )
    with pytest.raises(IngestError, match="everything in this file looks like site navigation or boilerplate"):
        clean(raw)
    with pytest.raises(IngestError, match="boilerplate"):
        clean("<html><body><nav>Home | News</nav><footer>\u00a9 2024 Example</footer></body></html>", "html")


def test_unknown_format_is_rejected() -> None:
    with pytest.raises(IngestError, match="txt, .md or .html"):
        clean("Some text.", "pdf")


@pytest.mark.parametrize("data", [b"\x00\x01PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
                                  bytes(range(1, 32)) * 20])
def test_decode_rejects_binary(data: bytes) -> None:
    with pytest.raises(IngestError, match="binary file"):
        decode(data)


def test_decode_utf8_bom_and_fallbacks() -> None:
    assert decode("Chávez – “quoted”".encode()) == ("Chávez – “quoted”", [])
    assert decode(b"\xef\xbb\xbfHola") == ("Hola", [])
    text, warnings = decode("Chávez’s “oil”".encode("cp1252"))
    assert text == "Chávez’s “oil”"
    assert len(warnings) == 1 and "UTF-8" in warnings[0] and "Windows-1252" in warnings[0]
    text, warnings = decode(b"Ch\xe1vez \x81")  # 0x81 is not cp1252
    assert text == "Ch\xe1vez \x81" and "Latin-1" in warnings[0]
    assert decode("Hello".encode("utf-16")) == ("Hello", [])


def test_huge_paragraph_is_split_at_sentences() -> None:
    sentences = [f"Sentence number {i} explains one more detail of the harbour budget in plain words." for i in range(60)]
    paragraph = " ".join(sentences)
    doc = clean(f"Budget Details\n\n{paragraph}\n\nA short closing paragraph.", "txt")
    assert_well_formed(doc)
    chunks = [p for p in doc.passages if p.text.startswith("Sentence number")]
    assert len(chunks) >= 4
    assert all(300 <= len(p.text) <= 1000 for p in chunks)
    assert " ".join(p.text for p in chunks) == paragraph
    assert all(p.section == "Budget Details" for p in doc.passages)
    assert doc.passages[-1].text == "A short closing paragraph."


def test_non_article_text_still_works() -> None:
    raw = (
        "Minutes of the Allotment Society Meeting\n\n"
        "Present: twelve members and the treasurer.\n\n"
        "The treasurer reported that water charges had risen again. Members agreed to share the cost of a new tank.\n\n"
        "- Plot 14 will be re-let in spring.\n"
        "- The next meeting is on 4 May.\n\n"
        "Nobody wrote to us that year\n"
    )
    doc = clean(raw, "txt")
    assert_well_formed(doc)
    assert [p.kind for p in doc.passages] == ["paragraph", "paragraph", "bullet", "bullet", "paragraph"]
    assert doc.passages[0].section == "Minutes of the Allotment Society Meeting"
    assert_lossless(doc, raw.split("\n", 1)[1])


def test_note_markers() -> None:
    text = "As shown [10], and [citation needed], then [2].[3] but not [2019] or [a]."
    markers = note_markers(text)
    assert [number for _, _, number in markers] == [10, 2, 3]
    assert markers[0] == (9, 13, 10)
    assert all(text[start:end] == f"[{number}]" for start, end, number in markers)


def test_captions_under_a_media_label_or_placing_people_are_dropped() -> None:
    text = (
        "Elbonia and Ruritania signed a rail agreement in Varna on Tuesday.\n\n"
        "[Photo] Container cranes at the port of Varna, about 80 kilometres north of the capital, on 15 November "
        "2024, a day after its inauguration. (Ann Lee / Varna Ledger)\n\n"
        "(Image) Ruritanian officials tour the new terminal.\n\n"
        "Elbonian Transport Minister Ivo Radek (C) shakes hands with Ruritanian envoy Jan Novak after a signing "
        "ceremony in Varna, March 12, 2025. WIRE/Ann Lee\n\n"
        "The agreement covers (a) trade, (b) energy and (c) security, officials said.\n\n"
        "Under the deal, Ruritania will finance 60% of the line (left unfinished since 1998) by 2027."
    )
    doc = clean(text, "txt", title="Rail deal")
    kept = [p.text for p in doc.passages]
    assert kept == [
        "Elbonia and Ruritania signed a rail agreement in Varna on Tuesday.",
        "The agreement covers (a) trade, (b) energy and (c) security, officials said.",
        "Under the deal, Ruritania will finance 60% of the line (left unfinished since 1998) by 2027.",
    ]


def test_button_rows_go_and_keep_their_neighbours_apart() -> None:
    text = (
        "Rail deal opens a new corridor\n\n"
        "Everything you need to know about the line, and whether it is working\n\n"
        "By Ann Lee, Europe trade correspondent\n"
        "14 August 2025\n\n"
        "[Share]  [Tweet]  [LinkedIn]  [Email]\n\n"
        "When the first Ruritanian trains reached Varna in December 2022, officials promised a new era of trade "
        "between the two countries and a rail link to the sea.\n\n"
        "[ Subscribe now ] Already a subscriber? Sign in\n\n"
        "The line cost $1.3 billion [1] and was built in three years [sic].\n\n"
        "He [Radek] said no.\n\n"
        "+--------------------------------------+\n"
        "| THE VARNA BRIEF                      |\n"
        "| Weekly analysis, straight to inbox.  |\n"
        "+--------------------------------------+\n\n"
        "└──────────────────┘\n\n"
        "Our free newsletter on Elbonia's economy, every weekday at 7 a.m. Enter your email   [Sign up]\n"
    )
    doc = clean(text, "txt", title="Rail deal opens a new corridor")
    kept = [p.text for p in doc.passages if not p.text.startswith("Everything you need")]  # a standfirst may go
    assert kept == [
        "When the first Ruritanian trains reached Varna in December 2022, officials promised a new era of trade "
        "between the two countries and a rail link to the sea.",
        "The line cost $1.3 billion [1] and was built in three years [sic].",
        "He [Radek] said no.",
    ]


def test_author_bios_and_publisher_notes_go_but_an_expert_in_the_story_stays() -> None:
    text = (
        "Elbonia and Ruritania signed a rail agreement in Varna on Tuesday.\n\n"
        "Ivo Radek is a senior fellow at the Varna Institute who advised both governments on the talks.\n\n"
        "Ann Lee is a senior correspondent covering North Africa. She is based in Casablanca.\n\n"
        "Olek Kowal is a fellow in the Europe Programme. His research focuses on alliances. "
        "The views expressed are his own.\n\n"
        "The Varna Review is published by the Varna Institute, an independent research organisation.\n\n"
        "Amina Njoroge covers diplomacy and security in East Africa for Equator Daily.\n"
    )
    doc = clean(text, "txt", title="Rail deal")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a rail agreement in Varna on Tuesday.",
        "Ivo Radek is a senior fellow at the Varna Institute who advised both governments on the talks.",
    ]


def test_wire_and_magazine_page_furniture_goes_but_the_story_stays() -> None:
    text = (
        "Varna Composite ▲0.4%   EUR/ELB 17.45 ▼0.1%   Gold $3,642.10 ▲0.3%   Delayed 15 min\n"
        "Regions ▾ East   West   |   Topics ▾ Trade   Security\n\n"
        "Rail deal opens a new corridor\n\n"
        "By Ann Lee\n"
        "September 18, 2025  4:12 PM GMT+2  ·  Updated 2 hours ago\n\n"
        "▶ Listen to this article   00:00 / 13:41\n\n"
        "[IMAGE: The new terminal at Varna, seen from the harbour wall.  Photo: Bo Ek / Varna Ledger]\n\n"
        "In this explainer:  1. Who built the line?  2. What it cost  3. What to watch\n\n"
        "Elbonia and Ruritania signed a rail agreement in Varna on Tuesday, ending four years of talks over "
        "the route to the sea.\n\n"
        "Read more:\n"
        "  > Why Varna's port is running out of berths\n"
        "  > Explainer: Who pays for the Elbonian railway?\n\n"
        "The line will carry 12 million tonnes a year by 2030, officials said.\n\n"
        "→ Podcast: the politics of the line\n"
        "→ Can Varna win back its shippers?\n\n"
        "💬 Comments (17)  — Comments are open to subscribers only.\n\n"
        "Was this explainer useful?   👍 Yes   👎 No\n\n"
        "Reporting by Ann Lee in Varna; additional reporting by Bo Ek in Kolvo; Editing by Jan Novak\n"
        "Our Standards: The Varna Ledger Editorial Code.\n\n"
        "Ann Lee covers trade for the Varna Ledger from Kolvo. Corrections or tips: tips@ledger.example\n\n"
        'Get "Varna Weekly" in your inbox every Friday. Free. No spam. [Subscribe]\n\n'
        "The Varna Ledger is an independent, reader-supported newsroom. Support our journalism →\n"
        "Varna Policy Forum is a non-partisan, non-profit research institution registered in Kolvo, Elbonia.\n"
        "About · Team · Ethics policy · Republish our stories (CC BY-ND 4.0) · Privacy · Terms · Contact\n\n"
        "All quotes delayed a minimum of 15 minutes.\n"
    )
    doc = clean(text, "txt", title="Rail deal opens a new corridor")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a rail agreement in Varna on Tuesday, ending four years of talks over "
        "the route to the sea.",
        "The line will carry 12 million tonnes a year by 2030, officials said.",
    ]


def test_a_pull_quote_and_a_repeated_wrapped_paragraph_leave_no_fragment() -> None:
    text = (
        "Defence is quieter. Most of Elbonia's arms since 2010 have come from Ruritania, including two submarines. "
        "It is the kind of deal that\n"
        "Kolvo's planners notice.\n\n"
        "        ❝ Leverage is not the same thing as autonomy. ❞\n\n"
        "Defence is quieter. Most of Elbonia's arms since 2010 have come from Ruritania, including two submarines. "
        "It is the kind of deal that Kolvo's planners notice.\n\n"
        '"Leverage is not the same thing as autonomy," says Ivo Radek, a former ambassador.\n\n'
        "❝ Ruritania will not stay forever. ❞\n"
    )
    doc = clean(text, "txt", title="Arms")
    assert [p.text for p in doc.passages] == [
        "Defence is quieter. Most of Elbonia's arms since 2010 have come from Ruritania, including two submarines. "
        "It is the kind of deal that Kolvo's planners notice.",
        '"Leverage is not the same thing as autonomy," says Ivo Radek, a former ambassador.',
        "❝ Ruritania will not stay forever. ❞",  # a quotation the article gives nowhere else stays
    ]
    assert any(r.startswith("pull quote") for r in doc.removed)


def test_tickers_corrections_translations_and_sponsored_inserts_go() -> None:
    text = (
        "BREAKING ▸ Brent steady near $64 ▸ Varna bourse closes higher ▸ Elbonia, Ruritania sign pact ▸\n\n"
        "You have read 2 of your 3 free articles this month. Subscribe for unlimited access from £4.99/month.\n\n"
        "Elbonia and Ruritania signed a defence pact in Varna on 18 November, ending two years of talks.\n\n"
        "This article was originally published in Spanish and translated by the Varna English desk.\n\n"
        "In this explainer:\n"
        " 1. Who is Elbonia's biggest partner?\n"
        " 2. What does Ruritania buy?\n\n"
        "▶ LISTEN: The Varna Podcast, Ep. 212 — \"Is the pact finished?\" (38:14)\n\n"
        "│ LIVE Elbonian minister in Varna │ │ 10:58 Senators seek briefing │\n\n"
        "SPONSORED · Invest in Elbonia's energy transition. Download the 2025 renewable energy guide →\n\n"
        "The pact commits both armies to joint exercises from 2026, officials said.\n\n"
        "📬 Get \"Varna Weekly\" — our free Friday briefing on politics and markets.\n"
        "By signing up you agree to our privacy policy.\n\n"
        "Correction, 19 November 2025: An earlier version of this article said the pact was signed on 17 November.\n\n"
        "Ann Lee covers defence for the Varna Ledger. Translation: Bo Ek.\n\n"
        "💬 23 comments | Report an error\n\n"
        "Varna Ledger S.A. · Av. Central 12, Varna · © 2025 · Términos y condiciones · Política de privacidad\n"
    )
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact in Varna on 18 November, ending two years of talks.",
        "The pact commits both armies to joint exercises from 2026, officials said.",
    ]


def test_think_tank_and_newspaper_footers_go() -> None:
    text = (
        "The Primer is free to read because of advertising and reader support. Please whitelist us or make a one-off "
        "contribution.\n\n"
        "Pact\n\n"
        "▶ Listen to this article (11:32) A A A 🔗 Copy link\n\n"
        "Elbonia and Ruritania signed a defence pact in Varna on 18 November 2025, ending two years of talks.\n\n"
        "Sign up for The Varna Brief\n"
        "Our weekly newsletter on politics and trade from Varna to Kolvo. Every Friday, free.\n\n"
        "The pact commits both armies to joint exercises from 2026, officials said.\n\n"
        "— Additional reporting by Ann Lee in Kolvo & Varna Ledger wires.\n\n"
        "The views expressed are those of the authors and do not necessarily reflect the position of the Forum.\n"
        "Suggested citation: Lee, A. and Ek, B. (2026). \"Pact\". Varna Policy Forum.\n\n"
        "MOST READ\n"
        "1. Varna hoteliers warn of soft Christmas bookings\n"
        "2. Elbonia signs landmark policing pact with Ruritania as Kolvo keeps its door ajar to Molvania\n"
        "3. Water outage: three Varna suburbs affected until Sunday\n\n"
        "MORE FROM THE FORUM\n"
        "Molvania's question after the Kolvo signing  ·  Podcast: Can the customs union survive?  ·  Data: fishing fleets\n\n"
        "Varna Ledger Media Ltd, Level 3, Harbour House, Varna, Elbonia. Ph: +679 331 5500\n"
        "One explainer a day, five minutes to read. No spam, unsubscribe any time.\n"
    )
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact in Varna on 18 November 2025, ending two years of talks.",
        "The pact commits both armies to joint exercises from 2026, officials said.",
    ]


def test_a_consent_banner_and_a_menu_row_above_the_title_go() -> None:
    text = (
        "We value your privacy\n"
        "We and our 214 partners use cookies and similar technologies to personalise content and ads, and to "
        "analyse our traffic. Click \"Accept all\" to consent.\n\n"
        "VARNA LEDGER\n"
        "☰ Menu     🔍     Sign in\n\n"
        "LIVE  ● Border commission meets in Kolvo; first markers expected this week  ›  Follow live\n\n"
        "Pact\n\n"
        "Elbonia and Ruritania signed a defence pact in Varna on 18 November 2025, ending two years of talks.\n"
    )
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact in Varna on 18 November 2025, ending two years of talks.",
    ]


@pytest.mark.parametrize("title", [
    "Every suitor at the quay: Elbonia between Ruritania and the Gulf",  # the page shows only the headline
    "Every suitor at the quay",
])
def test_a_masthead_above_a_headline_shorter_than_the_given_title_goes(title) -> None:
    text = (
        "THE VARNA REVIEW\n"
        "Sections    Search    Print edition\n\n"
        "Every suitor at the quay\n\n"
        "Elbonia has turned its coastline into an auction, and Ruritania has bid the most since 2021.\n"
    )
    doc = clean(text, "txt", title=title)
    assert [p.text for p in doc.passages] == [
        "Elbonia has turned its coastline into an auction, and Ruritania has bid the most since 2021.",
    ]


@pytest.mark.parametrize(("title", "kept"), [
    ("Elbonia signs rail pact with Ruritania", 1),  # the headline typed shorter: it is still the page's title
    ("Who are Elbonia's friends, and why", 1),  # a headline that asks
    ("Elbonia signs rail pact", 2),  # too few words to be sure: the site's name stays (its search box is chrome)
])
def test_a_title_typed_shorter_than_the_headline_still_finds_it(title, kept) -> None:
    for headline in ("Elbonia signs rail pact with Ruritania as Kolvo juggles rival suitors",
                     "Who are Elbonia's friends, and why does Kolvo keep so many of them?"):
        if not headline.lower().startswith(title.lower()):
            continue
        text = (
            "THE VARNA REVIEW\n"
            "Search the site...   Sign in | Register\n\n"
            f"{headline}\n\n"
            "Elbonia signed a $2 billion rail pact with Ruritania on Tuesday, its largest since 2021.\n"
        )
        assert len(clean(text, "txt", title=title).passages) == kept


def test_a_sentence_that_opens_with_the_title_is_not_taken_for_the_headline() -> None:
    text = (
        "THE VARNA REVIEW\n\n"
        "Kolvo rail pact\n\n"
        "Elbonia signs rail pact with Ruritania as Kolvo juggles rival suitors, officials said on Tuesday.\n"
    )
    texts = [p.text for p in clean(text, "txt", title="Elbonia signs rail pact with Ruritania").passages]
    assert "Elbonia signs rail pact with Ruritania as Kolvo juggles rival suitors, officials said on Tuesday." in texts


@pytest.mark.parametrize(("title", "section"), [
    ("Every suitor at the quay: Elbonia between Ruritania and the Gulf", ""),  # the headline of the title: dropped
    ("Every suitor at the quayside", "Every suitor at the quay"),  # only the words begin alike: a heading
    ("Every suitor at the quay", ""),
])
def test_a_headline_is_the_title_only_when_the_title_adds_a_subtitle(title, section) -> None:
    text = (
        "Every suitor at the quay\n\n"
        "Elbonia has turned its coastline into an auction, and Ruritania has bid the most since 2021.\n"
    )
    assert [(p.section, p.text[:20]) for p in clean(text, "txt", title=title).passages] == [(section, "Elbonia has turned i")]


def test_rows_laid_out_with_wide_gaps_datelines_and_page_widgets_go() -> None:
    text = (
        "Kolvo | Home    News    Politics    World    Trade    Opinion\n\n"
        "Pact\n\n"
        "Ann Lee, Political Reporter\n"
        "Dr Bo Ek, Senior Fellow, Baltic Programme\n"
        "5:00 am, 17 February 2026\n"
        "Listen to this story  ▶  8:42\n\n"
        "Defence Minister Ivo Radek, centre, at the air base in Kolvo in January.\n\n"
        "A container ship transits the new locks on the Varna side of the canal, January 2026.\n\n"
        "A ship at the new terminal in Varna, 11 March 2025. VARNA WIRE/Jan Novak  Purchase Licensing Rights, opens new tab\n\n"
        "VARNA, 14 March (Varna Wire) - Elbonia and Ruritania signed a defence pact on Friday, ending two years of "
        "talks over the route to the sea.\n\n"
        "Sponsored   Sponsored\n\n"
        "[Embedded graphic could not be loaded. Tap to retry.]\n\n"
        'PULL QUOTE: "A pact is not an alliance."\n\n'
        "The pact, officials said, leaves each army free to choose its exercises; the two sides are already "
        "parallel in their purchases.\n\n"
        "THE VARNA BRIEF\n"
        "Our correspondents' best reporting from Varna to Kolvo, every Thursday. Free for registered readers.\n"
        "[ Enter your email ]  [ Sign up ]\n\n"
        "Report an error     Purchase Licensing Rights\n"
        "Comments are open to subscribers. Please read our community guidelines before posting.\n"
        "Comments are closed for this story.\n\n"
        "Ann Lee is the Varna Ledger's political reporter, based in the press gallery at Kolvo.\n\n"
        "Support independent journalism in Elbonia. The Ledger is free to read because readers like you chip in. "
        "[ Give once ]  [ Give monthly ]\n\n"
        "Around the web   Sponsored\n"
        "  Retirees in Varna are rushing to claim this little-known rebate  |  Savvy Saver\n"
        "  Loading…\n\n"
        "Sponsored Content  |  Why emerging-market bonds are back in favour\n"
        "Apps   Newsletters   Advertise with Us   Coupons   Terms of Use   Privacy   Site Feedback\n"
    )
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the route to the sea.",
        "The pact, officials said, leaves each army free to choose its exercises; the two sides are already "
        "parallel in their purchases.",
    ]
    assert any(r.startswith("dateline") for r in doc.removed)


@pytest.mark.parametrize("sentence", [
    "Ann Lee, the defence minister, said the pact would be signed in Varna.",  # a name and a role in a sentence
    "VARNA - the port city - has grown fast since the line opened in 2019.",  # capitals and a dash, no date or agency
    "The minister, centre-right by instinct, has kept both partners close since 2020.",
    "Elbonia said the platform's community guidelines were applied to all users in 2024.",
    "Support for the pact, polls show, has risen to 61 percent since March.",
    "Elbonia signed the pact, which is still in force, in Varna, January 2026.",  # a clause before the verb
    "China is a leading provider of loans to Elbonia, lending $4 billion since 2019.",
    "Elbonia gets its gas delivered every week from Ruritania under the 2024 deal.",
    "Elbonia pays $1 for every 3 barrels it buys, the minister said in May.",
    "The minister's book on the border war, published in 2019, sold 40,000 copies in Elbonia.",
    "Ruritania > Elbonia in every ranking of trade with the bloc since 2020, the report said.",
    "In this article's second half, the minister explains why the pact matters for Varna.",
    "Elbonia is a member of the Baltic Trade Association, which it joined in 2004 with Ruritania.",
    "This pact is part of a series of deals Elbonia signed with Ruritania in 2025.",
    "Sources close to the minister said the pact would be signed in Varna in May.",
])
def test_sentences_that_look_like_the_new_furniture_stay(sentence: str) -> None:
    doc = clean(sentence + "\n\nElbonia and Ruritania signed a defence pact in Varna on 18 November 2025.\n", "txt",
                title="Pact")
    assert doc.passages[0].text == sentence


def test_teasers_offers_footers_and_notes_about_the_article_go() -> None:
    text = (
        "KOLVO LEDGER  |  English Edition\n"
        "ANALYSIS / EUROPE / GEOPOLITICS\n"
        "[Search]   Sign in   |   SUBSCRIBE — $1 for 3 months\n\n"
        "You have 1 free article remaining this month. Subscribe for unlimited access to the Ledger's analysis, "
        "archive and print edition.  Already a subscriber? Log in.\n\n"
        "Pact\n\n"
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the route to the "
        "sea. ▶ Listen to this article | 8:42\n\n"
        "The pact commits each side to 1,200 troops on the border; the first rotation begins in May.\n\n"
        "  THE VARNA BRIEF\n"
        "  Our editors' pick of the week's best analysis,\n"
        "  delivered every Sunday.\n\n"
        "The pact commits each side to 1,200 troops on the border.\n\n"
        "Ruritania's defence minister said the deal would be ratified by the\n"
        "Senate in March, before the first rotation of troops.\n\n"
        "Ann Lee is a contributing writer for the Ledger and a former correspondent in Varna. Her book on the "
        "border will be published in 2027.\n\n"
        "This article appears in the Spring 2026 print edition under the headline \"The Pact\".\n\n"
        "This article was written in Elbonian and translated into English with the help of AI tools, then edited "
        "by a staff member.\n\n"
        "Ann Lee (ann.lee@ledger.example)\n\n"
        "Gift this article — You have 5 gift articles left this month.\n"
        "Join the conversation. Comments are open to subscribers only.\n\n"
        "Suggested Topics:\n"
        "Europe > Defence\n"
        "READ NEXT\n"
        "Varna port workers end strike after pay deal with owners, union and city say (3 hours ago)\n"
        "5 Explainer: What does the Elbonia-Ruritania pact change?\n\n"
        "Information you can trust: the Ledger, the news division of Kolvo Media, is a leading provider of "
        "multimedia news.\n"
        "Kolvo Ledger | Registration No.: Kolvo A-12345 | Publisher & Editor: Bo Ek\n"
        "Copyright © Kolvo Ledger. All rights reserved. Unauthorized reproduction, redistribution and AI training "
        "use prohibited.\n"
    )
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the route to the sea.",
        "The pact commits each side to 1,200 troops on the border; the first rotation begins in May.",
        "Ruritania's defence minister said the deal would be ratified by the Senate in March, before the first "
        "rotation of troops.",
    ]
    assert any(r.startswith("duplicate paragraph") for r in doc.removed)  # the copy cut short went, not the full one


def test_a_page_printed_from_the_browser_loses_its_headers_and_footers() -> None:
    text = ("2/18/26, 9:14 AM                    Pact | Varna Ledger\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "Then came the\n"
            "https://www.ledger.example/2026/02/pact                                        1/2\n"
            "2/18/26, 9:14 AM                    Pact | Varna Ledger\n"
            "election, which Ruritania's ruling party won with 54 percent of the vote.\n\n"
            "https://www.ledger.example/2026/02/pact                                        2/2\n")
    assert [p.text for p in clean(text, "txt", title="Pact").passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "Then came the election, which Ruritania's ruling party won with 54 percent of the vote.",
    ]
    dated_row = clean("12/03/2025     Elbonia and Ruritania signed the pact in Varna.\n", "txt")  # no clock time
    assert [p.text for p in dated_row.passages] == ["12/03/2025 Elbonia and Ruritania signed the pact in Varna."]


def test_a_line_broken_after_and_is_not_a_heading() -> None:
    doc = clean("Elbonia's bet is that conceding on the ports and the Belt and\nRoad, while refusing a base, buys "
                "goodwill in Varna.\n\nThe Ruritanian navy left in May 2025.\n", "txt")
    assert doc.passages[0].text == ("Elbonia's bet is that conceding on the ports and the Belt and Road, while "
                                    "refusing a base, buys goodwill in Varna.")


def test_consent_walls_meta_rows_embeds_and_numbered_notes_go() -> None:
    text = (
        "We value your privacy\n"
        "We and our 214 partners store and/or access information on a device, such as cookies, and process personal "
        "data, such as unique identifiers, for personalised ads and content, ad and content measurement and audience "
        "research.\n\n"
        "KOLVO LEDGER\n\n"
        "Pact\n\n"
        "English | Elbonian | Ruritanian Text size: A A+ A++ Search Donate\n"
        "Ann Lee | Updated 9 February 2026, 10:05 CET | First published 2 October 2025 🖨 Print ⬇ Save as PDF "
        "🔗 Copy link ↗ Share via WhatsApp · Telegram · LINE\n\n"
        "ann.lee@ledger.example | @AnnLeeLedger\n\n"
        "This explainer is part of our series \"Small States\", supported by a grant from the Open Press Fund.\n\n"
        "IN THIS ARTICLE\n"
        "1. Who signed?\n"
        "2. What comes next?\n\n"
        "[ ad slot 728×90 — content failed to load ]\n\n"
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the route to the "
        "sea.[1]\n\n"
        "[Photo] Defence Minister Ivo Radek, centre, greets Ann Berg in Varna on 11 March 2026. Photo: Jan Novak / "
        "Wire PoolEuropean officials, meanwhile, pledged €500 million for the new rail line.[2]\n\n"
        "Foreign Minister Ivo Radek speaks to reporters in Varna, Elbonia, March 13, 2026. WIRE/Jan Novak Purchase "
        "Licensing Rights\"We choose projects,\" Radek told reporters after the signing in Varna.\n\n"
        "\"Partners from every continent.\" — 14 pics · View on X ›\n"
        "(This content is hosted by a third party. Enable social cookies to view.)\n\n"
        "Year | Trade ($bn)\n"
        "Sources: Central bank; Ledger calculations. Figures rounded.\n\n"
        "The pact commits each side to 1,200 troops on the border; the first rotation begins in May.[3]\n\n"
        "[1] Ministry of Defence, press release, 14 March 2026.\n"
        "[2] European Commission, statement, 11 March 2026.\n"
        "[3] Treaty text, Art. 4.\n\n"
        "🎧 On the podcast this week: how one port remade Elbonia's foreign policy. Listen on all platforms ›\n\n"
        "📬 Get the Ledger Weekly — five stories from the region, every Friday, free. [ your@email ] [ Sign up ]\n"
        "↑ Back to top\n\n"
        "Kolvo Ledger is a member of the Independent Newsroom Network. Registered charity no. 1187734.\n"
        "12 February 2026: Corrected the length of the Elbonia–Ruritania border (198 km, not 196 km).\n"
        "Nr. 924 118 307 · Editor-in-chief: Bo Ek · The Ledger is bound by the Code of Practice for the Elbonian Press.\n"
    )
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the route to the sea.[1]",
        "European officials, meanwhile, pledged €500 million for the new rail line.[2]",
        "\"We choose projects,\" Radek told reporters after the signing in Varna.",
        "The pact commits each side to 1,200 troops on the border; the first rotation begins in May.[3]",
    ]
    assert [n.number for n in doc.notes] == [1, 2, 3]


def test_a_line_wrapped_after_a_bracket_or_colon_joins_the_next_line() -> None:
    text = ("Elbonia signed the pact in May.\n\n"
            "The Kolvo Development Bank (KDB)\n"
            "is lending $350 million to the port, and the rest comes from its largest creditor:\n"
            "of $3.3 billion in debt, about $1.1 billion is owed to Ruritania.\n\n"
            "Construction begins in June.\n")
    assert [p.text for p in clean(text, "txt").passages] == [
        "Elbonia signed the pact in May.",
        "The Kolvo Development Bank (KDB) is lending $350 million to the port, and the rest comes from its largest "
        "creditor: of $3.3 billion in debt, about $1.1 billion is owed to Ruritania.",
        "Construction begins in June.",
    ]


def test_sentence_case_question_subheadings_head_their_sections() -> None:
    text = ("Elbonia has balanced Ruritania and Kolvo since independence in 1991, keeping both as partners.\n\n"
            "Where is Elbonia, and why does it matter?\n\n"
            "Elbonia sits on the Varna Strait, through which a fifth of the region's grain passes each year.\n\n"
            "What happens next?\n\n"
            "Parliament votes on the pact on 3 June, and the opposition has promised to block it.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text[:20]) for p in doc.passages] == [
        ("", "Elbonia has balanced"),
        ("Where is Elbonia, and why does it matter?", "Elbonia sits on the "),
        ("What happens next?", "Parliament votes on "),
    ]
    # a question asked inside a paragraph's run of prose is not a heading
    inline = clean("Why did Elbonia sign? The answer lies in its debts to Ruritania, which reached $4 billion.\n", "txt")
    assert [p.section for p in inline.passages] == [""]


def test_a_byline_of_names_above_a_role_and_a_dated_meta_row_goes() -> None:
    text = ("Pact\n\n"
            "Ann Lee-Berg and Bo Chen\n"
            "Senior Fellows, Trade Programme\n"
            "9 February 2026 · 14 min read\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n")
    doc = clean(text, "txt", title="Pact")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.")]


def test_a_standfirst_and_the_lead_stay_apart_across_a_dropped_dateline() -> None:
    text = ("Pact\n\n"
            "Ministry says the agreements bring the restructuring to the finish line, but critics warn of concessions\n\n"
            "By Ann Lee and Bo Chen\n"
            "VARNA, 12 March 2026 · Updated 18:47 CET\n"
            "▶ Listen to this story  ·  5 min 40 sec  ·  Voice: automated\n"
            "[ 0:00 ━━━━━━━━━━━━ 5:40 ]   1x   1.25x   1.5x\n\n"
            "Elbonia on Thursday signed an agreement with Ruritania to restructure $4.1 billion of loans.\n")
    assert [p.text for p in clean(text, "txt", title="Pact").passages] == [
        "Ministry says the agreements bring the restructuring to the finish line, but critics warn of concessions",
        "Elbonia on Thursday signed an agreement with Ruritania to restructure $4.1 billion of loans.",
    ]


def test_a_table_of_contents_ends_where_the_body_repeats_its_first_entry() -> None:
    text = ("CONTENTS\n1. Introduction\n2. The port\nNotes\n\n"
            "1. Introduction\n\n"
            "Elbonia is the smallest state on the Varna Strait, with about 1.5 million people, and it has spent "
            "three decades keeping both of its large neighbours close without joining either of their blocs.\n\n"
            "2. The port\n\n"
            "Ruritania built the port of Kolvo in 2019 for $600 million.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text[:12]) for p in doc.passages] == [
        ("1. Introduction", "Elbonia is t"), ("2. The port", "Ruritania bu")]
    assert doc.notes == []


def test_widgets_update_notes_and_think_tank_back_matter_go() -> None:
    text = (
        "JavaScript appears to be disabled in your browser. For the best experience on this site, please enable "
        "JavaScript.\n\n"
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
        "[▶ VIDEO 2:14] Riding the Varna line: 1,300km from Kolvo to the sea\n\n"
        "POLL: Who is Elbonia's most important partner?  ( ) Ruritania  ( ) Kolvo  [Vote]  1,284 votes so far\n\n"
        "RELATED EXPLAINER ▸ Who are Ruritania's neighbours talking to, and why?\n\n"
        "Readers also viewed: Ports, power and the Varna Strait\n\n"
        "The pact commits each side to 1,200 troops on the border.\n\n"
        "📲 Get the region's news first — follow the Ledger channel on WhatsApp\n\n"
        "This story was updated at 18:47 CET to add comments from the opposition.\n\n"
        "Spotted an error? Tell our corrections desk\n\n"
        "Ann Lee covers the Balkans for The Kolvo Ledger from Varna. She previously reported from Kolvo. Follow her "
        "on X @annlee\n\n"
        "CITE THIS PUBLICATION\n"
        "Lee, A. and Chen, B. (2026). Pact and Port. Kolvo Centre, Briefing Paper No. 41. [Copy citation] [BibTeX]\n\n"
        "The views expressed in this publication are those of the authors and do not necessarily reflect those of "
        "the Kolvo Centre.\n\n"
        "Related:\n"
        "- Ports, power and the Varna Strait\n"
        "- Can Elbonia keep both partners?\n\n"
        "RELATED PUBLICATIONS\n"
        "› Kolvo's quiet mediation: a model under pressure (Briefing Paper No. 38)\n\n"
        "Independent research needs independent funding. Support our work → [Donate now]\n\n"
        "Sign up for VARNA BRIEF, our fortnightly digest. [ your@email.com ] [Subscribe]  By subscribing you agree "
        "to our privacy notice.\n\n"
        "AROUND THE WEB (Sponsored)\n"
        "▪ Retirees in Varna are switching to this little-known savings account\n"
        "▪ 23 photos of the Kolvo coast that look unreal\n\n"
        "MOST READ\n"
        "1. Kolvo dinar firms as copper holds near $10,000\n"
        "2. Power cuts schedule for week 11\n"
        "3. Elbonia and Ruritania sign defence pact ending two years of talks over the route to the sea and the port\n"
    )
    assert [p.text for p in clean(text, "txt").passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "The pact commits each side to 1,200 troops on the border.",
    ]


@pytest.mark.parametrize("sentence", [
    "Follow the money: the Kolvo channel on the Varna Strait carries a fifth of the region's grain.",
    "Lee, the minister, said in 2026 that talks would resume.",
    "Support for the pact rose to 54 percent in May, the Varna Institute said.",
    "The poll found that 54 percent of Elbonians back the pact.",
])
def test_sentences_that_look_like_widgets_or_citations_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


@pytest.mark.parametrize("sentence", [
    "\"Washington continues to support our work,\" the minister said.",
    "Found an error in its 2024 figures, the ministry revised the estimate in May.",
    "This report was amended in 2024 to include Elbonia's port.",
])
def test_sentences_that_sound_like_donation_or_correction_prompts_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


def test_a_list_label_c_is_not_a_copyright_line() -> None:
    text = ("We recommend that:\n"
            "(a) the government publish a partnership strategy;\n"
            "(b) Kolvo fund the standby force through a levy;\n"
            "(c) Western partners support northern development rather than bases;\n"
            "(d) all partners keep channels open.\n\n"
            "The three options were Ruritania, Kolvo and Russia:\n"
            "(c) Russia\n\n"
            "(c) 2026 Varna Ledger Ltd.\n"
            "(c) Varna Ledger Media 2026\n"
            "© Varna Ledger\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "We recommend that:",
        "(a) the government publish a partnership strategy; (b) Kolvo fund the standby force through a levy; "
        "(c) Western partners support northern development rather than bases; (d) all partners keep channels open.",
        "The three options were Ruritania, Kolvo and Russia:",
        "(c) Russia",
    ]
    assert sum(entry.startswith("copyright:") for entry in doc.removed) == 3


def test_a_wrapped_line_of_names_is_not_a_heading_but_a_heading_above_wrapped_text_is() -> None:
    text = ("Elbonia signed a power deal on Tuesday, its first with a neighbour.\n\n"
            "The supply agreement, signed in Varna on Tuesday between the state-run\n"
            "Kolvo Electricity Authority (KEA) and Ruritania's Varna Power Trading\n"
            "(VPT), is the first long-term contract to flow from the 2024 treaty, and\n"
            "it runs for 25 years.\n\n"
            "Why the deal matters for the region\n"
            "The export agreement, signed in Varna between the state-owned\n"
            "Kolvo Grid Company and the Ruritanian Trading House\n"
            "(RTH), is the second such contract, and it covers the dry season.\n\n"
            "The timeline so far:\n"
            "12 May 2024 · Treaty signed between the two governments in Varna\n"
            "1 Jun 2025 · First deliveries under the new contract begin\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a power deal on Tuesday, its first with a neighbour."),
        ("", "The supply agreement, signed in Varna on Tuesday between the state-run Kolvo Electricity Authority (KEA) "
             "and Ruritania's Varna Power Trading (VPT), is the first long-term contract to flow from the 2024 treaty, "
             "and it runs for 25 years."),
        ("Why the deal matters for the region",
         "The export agreement, signed in Varna between the state-owned Kolvo Grid Company and the Ruritanian Trading "
         "House (RTH), is the second such contract, and it covers the dry season."),
        ("Why the deal matters for the region", "The timeline so far:"),
        # a list whose lines end in lowercase words still has one item a line: nothing runs on from them
        ("Why the deal matters for the region", "12 May 2024 · Treaty signed between the two governments in Varna"),
        ("Why the deal matters for the region", "1 Jun 2025 · First deliveries under the new contract begin"),
    ]


def test_words_hyphenated_at_a_line_break_are_mended_and_compounds_keep_their_hyphen() -> None:
    text = ("The contract flows from the intergovern-\n"
            "mental power agreement, and Ruritania is repositioning sur-\n"
            "veillance capacity after Kolvo revoked the status-of-\n"
            "forces arrangement. The long-\n"
            "term deal covers fiscal 2024-\n"
            "25, backs the pro-\n"
            "European government and funds pre-\n"
            "and post-war projects under new leader-\n"
            "ship.\n")
    assert [p.text for p in clean(text, "txt").passages] == [
        "The contract flows from the intergovernmental power agreement, and Ruritania is repositioning surveillance "
        "capacity after Kolvo revoked the status-of-forces arrangement. The long-term deal covers fiscal 2024-25, "
        "backs the pro-European government and funds pre- and post-war projects under new leadership."]
    md = clean("The intergovern-\nmental talks resumed in a well-\nknown hall.\n", "md")
    assert [p.text for p in md.passages] == ["The intergovernmental talks resumed in a well-known hall."]


def test_note_numbers_in_superscript_or_glued_to_a_full_stop_become_markers() -> None:
    text = ("Growth averaged 6% a year between 2012 and 2024²), but reform has stalled.⁴ What changed is the "
            "symbolism.\n\n"
            "The dam floods 12 km² and passes 40 m³ a second, about 10⁶ litres, at a cost of $2 billion a year.¹⁶\n\n"
            "Attacks followed in 2021.10 Kolvo responded with a social programme. Trade rose 2.10 percent to 3.5 "
            "billion dinars, and half of it was with the UAE.6\n\n"
            "Notes\n"
            "[2] World Bank, 2025.\n"
            "[4] Central bank, 2025.\n"
            "[6] Customs data, 2025.\n"
            "[10] Ministry of Defence, 2022.\n"
            "[16] Treasury, 2025.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Growth averaged 6% a year between 2012 and 2024[2]), but reform has stalled.[4] What changed is the "
        "symbolism.",
        "The dam floods 12 km² and passes 40 m³ a second, about 10⁶ litres, at a cost of $2 billion a year.[16]",
        "Attacks followed in 2021.[10] Kolvo responded with a social programme. Trade rose 2.10 percent to 3.5 "
        "billion dinars, and half of it was with the UAE.[6]",
    ]
    assert [n.number for n in doc.notes] == [2, 4, 6, 10, 16]
    assert doc.warnings == []


PROMO_TXT = """\
This website uses cookies
We use strictly necessary cookies to make our site work. We would also like to set optional analytics cookies to \
help us improve it.
Accept additional cookies   Reject additional cookies   View cookies

We use some essential cookies to make this website work.

BREAKING  Talks resume in Varna  •  Kolvo ministers meet in Elbonia  •  Storm warnings across the coast

Pact

Download PDF (612 KB)    Print    Cite this publication

[Image: The port of Varna]
Cranes unload containers at the port of Varna, Elbonia's largest. Photo: Ann Lee/Varna Ledger

Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.

+ - - - - - - - - - - - - - - - - - - +
  EVENT  |  12 February 2026, 14:00 GMT  |  Online
  Elbonia and its neighbours: partners or rivals?
  With Ann Lee and guests.   Register now →
+ - - - - - - - - - - - - - - - - - - +

The pact commits each side to 1,200 troops on the border.

──────────────────────────────
This is your last free article this month.
Register for free to keep reading.
[ Register ]   [ Subscribe ]
──────────────────────────────

Parliament votes on the pact in June.

┌──────────────────────────────┐
  THE VARNA BRIEF
  Power, ports and politics from Kolvo to the coast,
  every Tuesday and Friday.
  [ Enter your email address ]   [ SIGN UP ]
└──────────────────────────────┘

Related:
- Ports, power and the Varna Strait
- Which partners are still on Elbonia's list?

Sign up for our newsletter
Research from our Balkans programme, twice a month.
Email address ______________   [Subscribe]

Sign up to Varna Today
Our morning briefing on the stories shaping the region, delivered to your inbox.
Email address                 [ Sign up ]
Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.

You have 2 free articles left this month.

Support independent research. Donate now →
"""


def test_promotion_boxes_sign_up_forms_consent_banners_and_tickers_go_whole() -> None:
    doc = clean(PROMO_TXT, "txt", title="Pact")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks."),
        ("", "The pact commits each side to 1,200 troops on the border."),
        ("", "Parliament votes on the pact in June."),
    ]
    removed = "\n".join(doc.removed)
    for furniture in ("promo box: \"THE VARNA BRIEF\"", "promo box: \"Research from our Balkans",
                      "promo box: \"Elbonia and its neighbours", "image caption: \"Cranes unload"):
        assert furniture in removed, furniture


def test_a_box_or_form_without_a_call_to_action_or_a_title_keeps_its_text() -> None:
    text = ("Pact\n\n"
            "------------------------------\n"
            "\"We are choosing Elbonia, not a partner,\" the president said in May.\n"
            "------------------------------\n\n"
            "[IMAGE]\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "The report asks:\n"
            "- Can Elbonia keep both partners?\n"
            "- Will Kolvo pay for the port?\n\n"
            "Elbonia's exports rose 4 percent in 2025, the ministry said.\n"
            "[ Your email ]   [ Sign up ]\n")
    assert [p.text for p in clean(text, "txt", title="Pact").passages] == [
        "\"We are choosing Elbonia, not a partner,\" the president said in May.",
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "The report asks:",
        "Can Elbonia keep both partners?",
        "Will Kolvo pay for the port?",
        "Elbonia's exports rose 4 percent in 2025, the ministry said.",
    ]


@pytest.mark.parametrize("sentence", [
    "Breaking the deadlock took three rounds of talks in Varna.",
    "Regulators say websites that use cookies must ask first, and Elbonia fined three firms in 2025.",
    "Download speeds in Kolvo reached 612 KB a second in 2010, the regulator said.",
    "Donors were asked to donate now, before the winter, the agency said.",
    "Support independent courts. That was the message of the protest in Varna.",
    "This is the last free port on the coast, officials say.",
    "Two free trade zones are left on the coast after the reform.",
    "The aid was delivered to the border on Friday, officials said.",
    "Privacy notice: the ministry published its data rules in May.",
])
def test_sentences_that_look_like_banners_tickers_or_paywalls_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


def test_a_wrapped_line_is_no_heading_when_the_line_above_breaks_off_or_it_runs_into_wrapped_prose() -> None:
    text = ("Elbonia signed a port deal with Ruritania on Tuesday, its first in a decade.\n\n"
            "What was signed\n\n"
            # the line above ends on "the": the capitalised line under it finishes that sentence
            "The package has three parts. The first is a $500 million loan agreement for the\n"
            "Varna Deep Port project, funded by the Kolvo Development\n"
            "Bank (KDB) and the regional fund. It pays for a new quay.\n\n"
            "Kolvo's offer\n\n"
            # as long as the wrapped line it runs straight on into: the paragraph's first line, not a heading
            "The Kolvo delegation, led by Ivo Radek-Berg, a deputy minister in the Trade\n"
            "Ministry's Office of Ports and Shipping, is offering what officials call a\n"
            "framework for cooperation on grain.\n\n"
            # near misses: subheadings set right above their (wrapped) paragraphs stay headings
            "Why the port deal matters for the whole of Kolvo\n"
            "The agreement, signed in Varna after two years of talks between the\n"
            "two governments, runs for 25 years and covers the grain terminal.\n"
            "Next steps\n"
            "Parliament votes on the deal in June.\n")
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Elbonia signed a port deal with Ruritania on Tuesday, its first in a decade."),
        ("What was signed", "The package has three parts. The first is a $500 million loan agreement for the Varna Deep "
                            "Port project, funded by the Kolvo Development Bank (KDB) and the regional fund. It pays for "
                            "a new quay."),
        ("Kolvo's offer", "The Kolvo delegation, led by Ivo Radek-Berg, a deputy minister in the Trade Ministry's Office "
                          "of Ports and Shipping, is offering what officials call a framework for cooperation on grain."),
        ("Why the port deal matters for the whole of Kolvo",
         "The agreement, signed in Varna after two years of talks between the two governments, runs for 25 years and "
         "covers the grain terminal."),
        ("Next steps", "Parliament votes on the deal in June."),
    ]


def test_closing_bios_bylines_with_places_newsletter_boxes_and_numbered_most_read_lists_go() -> None:
    text = ("Pact\n\n"
            "By Ann Lee in Varna and Bo Ek in Kolvo\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            # a bio sentence in the body, with the body going on after it, stays
            "Ann Lee is the Ledger's Varna correspondent. She has reported on the pact since the talks began in 2024 "
            "and on the port for years before that.\n\n"
            "The pact commits each side to 1,200 troops on the border, and the first rotation begins in May after "
            "the vote.\n\n"
            "Ann Lee is the Ledger's Varna correspondent. Bo Ek covers Balkan energy policy from Kolvo.\n\n"
            "Comments (14)\n\n"
            "<div class=\"newsletter-box\">\n"
            "THE VARNA LEDGER\n"
            "Our free weekday briefing on money and power across the region.\n"
            "Enter your email address          [ Sign up ]\n"
            "</div>\n\n"
            "Most read\n"
            "1  Kolvo dinar firms as copper holds near $10,000\n"
            "2  Elbonia and Ruritania sign defence pact, ending two years of talks over the border and the port at "
            "Varna\n"
            "3  Power cuts schedule for week 11\n")
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "Ann Lee is the Ledger's Varna correspondent. She has reported on the pact since the talks began in 2024 and "
        "on the port for years before that.",
        "The pact commits each side to 1,200 troops on the border, and the first rotation begins in May after the vote.",
    ]
    assert "author bio: \"Ann Lee is the Ledger's Varna correspondent. Bo Ek" in "\n".join(doc.removed)
    # the page's own headline, numbered in a most-read list
    listed = clean("Pact\n\nElbonia and Ruritania signed a defence pact on Friday.\n\n4  Pact\n", "txt", title="Pact")
    assert [p.text for p in listed.passages] == ["Elbonia and Ruritania signed a defence pact on Friday."]


def test_tool_rows_handles_consent_membership_and_donation_prompts_go() -> None:
    text = ("Our partners will collect data and use cookies for ad personalisation and measurement. Learn how the "
            "Ledger and our partners collect and use data.\n\n"
            "Support the Ledger's independent journalism. Become a member today – first month free →\n\n"
            "⤓ Download PDF (612 KB)     🖶 Print     ❝ Cite this\n"
            "Download data (CSV) · Embed · Share chart\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "Follow on X: @AnnLeeVarna     Email: ann.lee@ledger.example\n\n"
            "Who owns the port of Varna?\n\n"
            "Nobody knows for sure, but Kolvo holds the lease until 2040.\n\n"
            "Stay informed. Get the Varna Brief in your inbox every fortnight.\n\n"
            "Support independent research. The Institute is a non-profit organisation. Donations over $2 are tax "
            "deductible.   DONATE\n\n"
            "Read more Ledger explainers:\n"
            "• Who owns the port of Varna?\n"
            "• Elbonia's grain corridor, explained\n")
    doc = clean(text, "txt")
    # the list's headlines go because of the label above them; the same question heading a section stays
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks."),
        ("Who owns the port of Varna?", "Nobody knows for sure, but Kolvo holds the lease until 2040."),
    ]


@pytest.mark.parametrize("sentence", [
    "Our partners will collect the grain at the port, officials said.",
    "Donations to political parties are tax deductible in Elbonia, the ministry said.",
    "Support independent courts. Donations from abroad are banned, the minister said.",
    "Read more about the pact in the ministry's report.",
    "Print runs of the Varna Ledger fell by half in 2025.",
    "Stay calm. Get the grain in before the rain, the farmers were told.",
    "By rail in Varna and by road in Kolvo, the grain moves slowly.",
])
def test_sentences_that_look_like_tool_rows_or_fundraising_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


def test_a_caption_with_its_credit_on_the_line_below_goes_but_paragraphs_near_credits_stay() -> None:
    text = ("Ships at the quay in Varna at dawn. A new grain terminal is planned on the far side of the bay.\n"
            "(Photo: Jan Novak / Varna Ledger)\n\n"
            "Elbonia signed the pact on Friday.\n\n"
            # near misses: a credit set apart by a blank line, under a wrapped paragraph, or run on into text
            "Dockworkers gathered at the quay before the strike began on Monday.\n\n"
            "Photo: Jan Novak / Varna Ledger\n\n"
            "The strike closed the port for\n"
            "eleven days in May, officials said.\n"
            "Photo: Jan Novak / Varna Ledger\n\n"
            "Dockworkers walked out on Monday.\n"
            "Photo: Jan Novak / Varna Ledger\n"
            "The strike closed the port for eleven days.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed the pact on Friday.",
        "Dockworkers gathered at the quay before the strike began on Monday.",
        "The strike closed the port for eleven days in May, officials said.",
        "Dockworkers walked out on Monday.",
        "The strike closed the port for eleven days.",
    ]
    assert "image caption: \"Ships at the quay in Varna at dawn." in "\n".join(doc.removed)


def test_a_fact_box_with_a_left_border_keeps_one_fact_a_line_and_a_boxed_promo_still_goes() -> None:
    text = ("Elbonia has no army and about 400,000 people, but it sits on the Varna Strait.\n\n"
            "┌──────────────────────────────\n"
            "│ KEY FACTS\n"
            "│ Population: about 400,000\n"
            "│ NATO: joined 2004, the only ally with no army\n"
            "│ Ruritania: free trade agreement signed 2013\n"
            "└──────────────────────────────\n\n"
            "┌──────────────────────────────\n"
            "│ THE VARNA BRIEF\n"
            "│ Weekly analysis from the strait.\n"
            "│ [ your@email.com ]   [ Sign up ]\n"
            "└──────────────────────────────\n\n"
            "Who runs the strait?\n\n"
            "Kolvo holds the lease on the port until 2040.\n")
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Elbonia has no army and about 400,000 people, but it sits on the Varna Strait."),
        ("KEY FACTS", "Population: about 400,000"),
        ("KEY FACTS", "NATO: joined 2004, the only ally with no army"),
        ("KEY FACTS", "Ruritania: free trade agreement signed 2013"),
        ("Who runs the strait?", "Kolvo holds the lease on the port until 2040."),
    ]


@pytest.mark.parametrize(("bar", "top", "bottom"), [
    ("│", "┌" + "─" * 40 + "┐", "└" + "─" * 40 + "┘"),
    ("┃", "┏" + "━" * 40 + "┓", "┗" + "━" * 40 + "┛"),
    ("║", "╔" + "═" * 40 + "╗", "╚" + "═" * 40 + "╝"),
    ("|", "+" + "-" * 40 + "+", "+" + "-" * 40 + "+"),
    ("|", "", ""),  # no rule lines above and below
    ("│", "", ""),
], ids=["light", "heavy", "double", "ascii", "ascii-without-rules", "light-without-rules"])
def test_a_fact_box_framed_on_both_sides_keeps_one_fact_a_line_as_a_left_bordered_one_does(
        bar: str, top: str, bottom: str) -> None:
    facts = ["AT A GLANCE", "Population: about 400,000", "Capital: Kolvo",
             "Rail link to Varna since 2022", "Main buyer of its grain: Ruritania"]
    box = "".join(f"{line}\n" for line in [top, *(f"{bar} {fact:<38} {bar}" for fact in facts), bottom] if line)
    text = ("Elbonia has no army and about 400,000 people, but it sits on the Varna Strait.\n\n"
            f"{box}\n"
            "Who runs the strait?\n\n"
            "Kolvo holds the lease on the port until 2040.\n")
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Elbonia has no army and about 400,000 people, but it sits on the Varna Strait."),
        ("AT A GLANCE", "Population: about 400,000"),
        ("AT A GLANCE", "Capital: Kolvo"),
        ("AT A GLANCE", "Rail link to Varna since 2022"),
        ("AT A GLANCE", "Main buyer of its grain: Ruritania"),
        ("Who runs the strait?", "Kolvo holds the lease on the port until 2040."),
    ]


def test_a_framed_fact_box_reads_as_one_bordered_on_the_left_with_a_wrapped_fact_and_a_blank_line() -> None:
    facts = ["KEY FACTS", "", "Port lease: held by Kolvo until", "2040", "Grain exports: about 2 million tonnes"]
    left = "".join(f"│ {fact}\n" if fact else "" for fact in facts)
    framed = "".join(f"│ {fact:<38} │\n" for fact in facts)  # (a blank line inside the frame, under the label)

    def read(box: str) -> list[tuple[str, str]]:
        text = f"Elbonia sits on the Varna Strait.\n\n{box}\nWho runs the strait?\n\nKolvo holds the lease.\n"
        return [(p.section, p.text) for p in clean(text, "txt").passages]

    assert read(framed) == read(left)
    assert ("KEY FACTS", "Grain exports: about 2 million tonnes") in read(framed)


@pytest.mark.parametrize("frame", ["│ {} │", "| {} |", "│ {}"], ids=["framed", "ascii", "left-border"])
def test_a_wrapped_fact_is_joined_and_bullets_and_a_labelled_label_are_read(frame: str) -> None:
    lines = ["KEY FACTS: ELBONIA", "President: Ivo Radek (in office since 2020,", "  re-elected 2024 with 55%)",
             "Capital: Kolvo", "• Ruritania finances and builds; Molvania trains", "  and equips the army.",
             "• Grain exports reached about 2 million tonnes", "in 2025, mostly to Varna."]
    box = "".join(frame.format(f"{line:<46}" if "│ {} │" == frame or "| {} |" == frame else line) + "\n" for line in lines)
    text = f"Elbonia sits on the Varna Strait.\n\n{box}\nWho runs the strait?\n\nKolvo holds the lease.\n"
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Elbonia sits on the Varna Strait."),
        ("KEY FACTS: ELBONIA", "President: Ivo Radek (in office since 2020, re-elected 2024 with 55%)"),
        ("KEY FACTS: ELBONIA", "Capital: Kolvo"),
        ("KEY FACTS: ELBONIA", "Ruritania finances and builds; Molvania trains and equips the army."),
        ("KEY FACTS: ELBONIA", "Grain exports reached about 2 million tonnes in 2025, mostly to Varna."),
        ("Who runs the strait?", "Kolvo holds the lease."),
    ]


def test_framed_promotions_and_tickers_still_go_whole() -> None:
    text = ("Elbonia signed the pact on Friday.\n\n"
            "┌──────────────────────────────────────┐\n"
            "│ THE KOLVO BRIEF                      │\n"
            "│ Weekly analysis from the strait.     │\n"
            "│ [ your@email.com ]   [ Sign up ]     │\n"
            "└──────────────────────────────────────┘\n\n"
            "Parliament votes on the pact in June.\n\n"
            # near miss: a newsletter's name over its blurb, framed with no rule lines and no call to action
            "| THE VARNA BRIEF                      |\n"
            "| Weekly analysis, straight to inbox.  |\n\n"
            "| SUPPORT THE LEDGER                   |\n"
            "| Independent reporting from Varna.    |\n"
            "| Every story free to read.            |\n"
            "| Donate now →                         |\n\n"
            "│ LIVE Elbonian minister in Varna      │\n"
            "│ 10:58 Senators seek briefing         │\n"
            "│ 10:31 Varna bourse opens higher      │\n"
            "│ → Follow our live coverage           │\n\n"
            "The opposition has promised to fight it.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed the pact on Friday.",
        "Parliament votes on the pact in June.",
        "The opposition has promised to fight it.",
    ]
    removed = "\n".join(doc.removed)
    for promotion in ("THE KOLVO BRIEF", "Weekly analysis, straight to inbox.", "Every story free to read.",
                      "10:31 Varna bourse opens higher"):
        assert promotion in removed, promotion  # (as a promo box or a text box, frame and all)


def test_a_pipe_table_beside_a_framed_fact_box_is_still_read_as_a_table() -> None:
    text = ("Trade with Ruritania has grown since 2020.\n\n"
            "| Year | Exports ($bn) | Imports ($bn) |\n"
            "|------|---------------|---------------|\n"
            "| 2024 | 3.1           | 4.2           |\n"
            "| 2025 | 3.4           | 4.0           |\n\n"
            "| KEY FACTS                    |\n"
            "| Capital: Kolvo               |\n"
            "| Port lease: until 2040       |\n\n"
            "Who buys the grain?\n\n"
            "Elbonia sells grain to both neighbours.\n")
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Trade with Ruritania has grown since 2020."),
        ("", "Year: 2024 | Exports ($bn): 3.1 | Imports ($bn): 4.2"),
        ("", "Year: 2025 | Exports ($bn): 3.4 | Imports ($bn): 4.0"),
        ("KEY FACTS", "Capital: Kolvo"),
        ("KEY FACTS", "Port lease: until 2040"),
        ("Who buys the grain?", "Elbonia sells grain to both neighbours."),
    ]


def test_tables_keep_one_row_a_passage_labelled_by_their_header_and_link_rows_still_go() -> None:
    text = ("Elbonia has two partners.\n\n"
            "Table 1. Elbonia's partners\n"
            "Partner\tInstrument\tYear\tScale\n"
            "Ruritania\tDefence pact\t2025\t1,200 troops\n"
            "Kolvo\tPort loan\t2023\t$500m\n"
            "Source: Ledger compilation.\n\n"
            "Trade with both has grown since 2020.\n\n"
            "| Year | Exports ($bn) | Imports ($bn) |\n"
            "|------|---------------|---------------|\n"
            "| 2024 | 3.1           | 4.2           |\n"
            "| 2025 | 3.4           |               |\n\n"
            "Project                 Partner          Value\n"
            "Grain terminal          Ruritania        $90m\n"
            "Rail spur               Kolvo            $40m\n\n"
            "Elbonia sells grain to both neighbours and buys fuel from Kolvo.\n\n"
            # near miss: rows of links with the same number of cells and no figures are still a site footer
            "About   Contact   Careers\n"
            "Privacy   Terms   Cookies\n"
            "Jobs   Press   Help\n")
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Elbonia has two partners."),
        ("Table 1. Elbonia's partners", "Partner: Ruritania | Instrument: Defence pact | Year: 2025 | Scale: 1,200 troops"),
        ("Table 1. Elbonia's partners", "Partner: Kolvo | Instrument: Port loan | Year: 2023 | Scale: $500m"),
        ("Table 1. Elbonia's partners", "Trade with both has grown since 2020."),
        ("Table 1. Elbonia's partners", "Year: 2024 | Exports ($bn): 3.1 | Imports ($bn): 4.2"),
        ("Table 1. Elbonia's partners", "Year: 2025 | Exports ($bn): 3.4 | Imports ($bn): –"),
        ("Table 1. Elbonia's partners", "Project: Grain terminal | Partner: Ruritania | Value: $90m"),
        ("Table 1. Elbonia's partners", "Project: Rail spur | Partner: Kolvo | Value: $40m"),
        ("Table 1. Elbonia's partners", "Elbonia sells grain to both neighbours and buys fuel from Kolvo."),
    ]


def test_a_table_row_whose_last_cell_wraps_onto_the_next_line_stays_one_row() -> None:
    text = ("Elbonia's partners fund its roads.\n\n"
            "| Partner   | Year | Value | Main use        |\n"
            "|-----------|------|-------|-----------------|\n"
            "| Ruritania | 2024 | $90m  | ports, grain    |\n"
            # the row's last cell goes on under it, and the line closes the cell
            "| Kolvo     | 2025 | $40m  | rail spurs,\n"
            "bridges                                     |\n"
            # near miss: the next row, then a sentence under a row left open, are no part of the cell
            "| Varna     | 2025 | $12m  | schools\n"
            "Figures for 2025 are provisional.\n\n"
            "Project          Year     Main use\n"
            # a cell broken off after "and", finished on the next line in lowercase
            "Grain terminal   2024     silos and\n"
            "quays\n"
            "Rail spur        2025     bridges\n"
            # near miss: a lowercase line under a finished cell is the article's own text
            "excluding fees, the ministry said.\n")
    assert [p.text for p in clean(text, "txt").passages] == [
        "Elbonia's partners fund its roads.",
        "Partner: Ruritania | Year: 2024 | Value: $90m | Main use: ports, grain",
        "Partner: Kolvo | Year: 2025 | Value: $40m | Main use: rail spurs, bridges",
        "Partner: Varna | Year: 2025 | Value: $12m | Main use: schools",
        "Figures for 2025 are provisional.",
        "Project: Grain terminal | Year: 2024 | Main use: silos and quays",
        "Project: Rail spur | Year: 2025 | Main use: bridges",
        "excluding fees, the ministry said.",
    ]


CLOSING_PROMOS_TXT = """\
Varna Ledger

Varna Ledger and our advertising partners process personal data such as your IP address and browsing history to \
show personalised ads and measure their performance. Click "Agree" to consent, or "More options" to choose. You can \
withdraw consent at any time.
AGREE    MORE OPTIONS    DISAGREE

Pact

🎧 Listen · 9 min

Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border and the port at \
Varna.

——————————————
Varna Briefing: the stories that matter, explained, every weekday at 7am.
Your email [_____________]  SIGN UP
——————————————

The President's Daily Brief: a summary of intelligence prepared every morning, was shown to the committee.

——————————————
"We are choosing Elbonia, not a partner," the president said in May.
——————————————

The Kolvo Centre, which is an independent research institute in the capital, was registered as charity no. 4412 in \
2009; its director, Ann Lee, advised the ministry on the pact and on the port for years.

Parliament votes on the pact in June, and the opposition has promised to fight it clause by clause in committee.

The Kolvo Daily Brief, read every morning by ministers, was cut in May.

The port handled 1,187,334 tonnes of grain in 2025, the company said.

Listen | 12 minutes

The Ledger Weekly: ports, power and politics, every Friday.

VIPS — Varna Institute for Policy Studies is an independent, non-profit think tank. Registered charity no. 4412 889.
"""


def test_consent_banners_audio_players_newsletter_blurbs_and_the_publishers_charity_line_go() -> None:
    doc = clean(CLOSING_PROMOS_TXT, "txt", title="Pact")
    # near misses: a briefing described in the body (before its last paragraph, or in a sentence of its own after
    # it), a box of dashes around a quotation, an institute with a charity number in the body, a figure at the end
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border and the port "
        "at Varna.",
        "The President's Daily Brief: a summary of intelligence prepared every morning, was shown to the committee.",
        "\"We are choosing Elbonia, not a partner,\" the president said in May.",
        "The Kolvo Centre, which is an independent research institute in the capital, was registered as charity no. "
        "4412 in 2009; its director, Ann Lee, advised the ministry on the pact and on the port for years.",
        "Parliament votes on the pact in June, and the opposition has promised to fight it clause by clause in "
        "committee.",
        "The Kolvo Daily Brief, read every morning by ministers, was cut in May.",
        "The port handled 1,187,334 tonnes of grain in 2025, the company said.",
    ]
    removed = "\n".join(doc.removed)
    for furniture in ("cookie notice: \"Varna Ledger and our advertising partners", "cookie notice: \"AGREE MORE OPTIONS",
                      "share buttons: \"🎧 Listen · 9 min\"", "promo box: \"Varna Briefing:",
                      "subscribe prompt: \"The Ledger Weekly:", "publisher note: \"VIPS — Varna Institute"):
        assert furniture in removed, furniture


@pytest.mark.parametrize("sentence", [
    "The ministry and its partners process personal data such as your IP address, the regulator said.",
    "We and our partners in Kolvo agreed the pact in May, the minister said.",
    "Agree to disagree, the minister told the two delegations.",
    "More options are on the table, the envoy said.",
    "Accept or reject: that is the choice facing parliament.",
    "Listen, 9 minutes is all it takes to cross the border, the driver said.",
])
def test_sentences_that_look_like_consent_banners_or_players_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


def test_a_tags_row_wrapped_onto_the_next_line_goes_with_it() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "Tags: Elbonia  Ruritania  Defence  Border  Infra-\n"
            "structure  Foreign policy\n\n"
            "Topics: Elbonia · Ruritania · Grain\n"
            "Ports · Trade policy\n\n"
            # near miss: a line of the body set right under a tags row
            "Tags: Elbonia\n"
            "Parliament votes on the pact in June.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "Parliament votes on the pact in June.",
    ]
    removed = "\n".join(doc.removed)
    assert 'tags: "structure Foreign policy"' in removed and 'tags: "Ports · Trade policy"' in removed


def test_a_comments_prompt_with_its_count_and_sign_in_call_goes() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "💬 12 comments — Join the conversation. Sign in or create a free account to comment.\n\n"
            "Have your say. Log in or register to comment on this story.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks."]
    assert 'comment prompt: "💬 12 comments — Join the conversation.' in "\n".join(doc.removed)


@pytest.mark.parametrize("sentence", [
    "Join the debate: readers sent 300 comments to the ministry before the vote.",
    "Only 12 comments were filed, and officials had to sign in at the door to comment.",
    "Subscriptions to the Varna Ledger rose by a third in 2025, and readers can cancel anytime, the publisher said.",
])
def test_sentences_about_comments_or_subscriptions_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


def test_a_subscription_offer_over_its_button_goes_whole() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border and "
            "the port.\n\n"
            "SUBSCRIBE TO THE VARNA LEDGER\n"
            "Independent reporting from the strait. Unlimited access for €1 for the first month, then €5.99/month. "
            "Cancel anytime.\n"
            "[ Subscribe now ]\n\n"
            # near misses: a paragraph about subscriptions, and a short section over a button that sells nothing
            "Subscriptions to the Varna Ledger rose by a third in 2025, the publisher said.\n\n"
            "The ferry at dawn\n"
            "The first ferry left Varna at six, an hour late.\n"
            "[ Play video ]\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border and "
             "the port."),
        ("", "Subscriptions to the Varna Ledger rose by a third in 2025, the publisher said."),
        ("The ferry at dawn", "The first ferry left Varna at six, an hour late."),
    ]
    removed = "\n".join(doc.removed)
    assert 'promo box: "SUBSCRIBE TO THE VARNA LEDGER"' in removed and 'promo box: "Independent reporting' in removed


@pytest.mark.parametrize("byline", [
    "By Ann Lee and Bo Ek (@boek_ledger)",
    "By Ann Lee (@annlee), Balkans correspondent",
    "By Ann Lee (@annlee) and Bo Ek (@boek)",
])
def test_a_byline_with_the_writers_handles_is_dropped_not_made_a_section(byline: str) -> None:
    text = ("Pact\n\n"
            "The deal ends two years of talks over the border, officials say.\n\n"
            f"{byline}\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            # near miss: a sentence that opens "By" and a year
            "By 2025, the port handled twice as much grain as in 2020.\n")
    doc = clean(text, "txt", title="Pact")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "The deal ends two years of talks over the border, officials say."),
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks."),
        ("", "By 2025, the port handled twice as much grain as in 2020."),
    ]
    assert f'byline: "{byline}"' in doc.removed


def test_an_about_the_author_section_goes_whole_and_so_does_the_footers_address_line() -> None:
    bio = ("Dr Ann Lee is a Senior Fellow in the Varna Institute's Balkans Programme, where she leads research on "
           "the strait, its ports and the border. Before joining the Institute in 2019, she spent ten years as a "
           "legal adviser to the Elbonian foreign ministry in Kolvo and taught the law of the sea at Varna "
           "University. She holds a doctorate from the University of Kolvo and speaks Elbonian, Ruritanian and "
           "French. Her book, The Narrow Sea: Elbonia and the Strait, was published in 2023 and won a prize.")
    assert len(bio.split()) > 80
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            # near misses in the body: the author's book, and a company's number in a sentence
            "Ann Lee is a historian whose book on the strait, The Narrow Sea, argued that the border would hold.\n\n"
            "The operator, Kolvo Ports Ltd (ABN 12 345 678 901), was fined $2 million in May for the spill.\n\n"
            "About the author\n\n"
            f"{bio}\n\n"
            "VARNA INSTITUTE\n"
            "Level 2, 14 Quay Street, Kolvo 4410, Elbonia | ABN 52 614 889 301\n"
            "About | Contact | Privacy\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "Ann Lee is a historian whose book on the strait, The Narrow Sea, argued that the border would hold.",
        "The operator, Kolvo Ports Ltd (ABN 12 345 678 901), was fined $2 million in May for the spill.",
    ]
    removed = "\n".join(doc.removed)
    assert 'author bio: "Dr Ann Lee is a Senior Fellow' in removed
    assert 'site footer: "Level 2, 14 Quay Street' in removed


@pytest.mark.parametrize(("top", "label", "divider", "bottom", "bar"), [
    ("┏" + "━" * 40 + "┓", "┃ KEY FACTS: ELBONIA" + " " * 20 + "┃", "┃" + "─" * 40 + "┃", "┗" + "━" * 40 + "┛", "┃"),
    ("┌" + "─" * 40 + "┐", "│ KEY FACTS: ELBONIA" + " " * 20 + "│", "├" + "─" * 40 + "┤", "└" + "─" * 40 + "┘", "│"),
    ("+" + "-" * 40 + "+", "| KEY FACTS: ELBONIA" + " " * 20 + "|", "|" + "-" * 40 + "|", "+" + "-" * 40 + "+", "|"),
    ("┌" + "─" * 40, "│ KEY FACTS: ELBONIA", "├" + "─" * 40, "└" + "─" * 40, "│"),
], ids=["heavy", "light", "ascii", "left-border"])
def test_a_fact_box_label_over_a_rule_heads_the_facts(top: str, label: str, divider: str, bottom: str, bar: str) -> None:
    facts = ["Population: about 400,000", "Capital: Kolvo", "Army: none since 1948"]
    right = "" if label.endswith("ELBONIA") else f" {bar}"
    box = "\n".join([top, label, divider, *(f"{bar} {fact:<38}{right}" for fact in facts), bottom])
    text = ("Pact\n\nBy Ann Lee (@annlee), Balkans correspondent\n\n"
            "Elbonia has no army and about 400,000 people, but it sits on the Varna Strait.\n\n"
            f"{box}\n\nWho runs the strait?\n\nKolvo holds the lease on the port until 2040.\n")
    assert [(p.section, p.text) for p in clean(text, "txt", title="Pact").passages] == [
        ("", "Elbonia has no army and about 400,000 people, but it sits on the Varna Strait."),
        ("KEY FACTS: ELBONIA", "Population: about 400,000"),
        ("KEY FACTS: ELBONIA", "Capital: Kolvo"),
        ("KEY FACTS: ELBONIA", "Army: none since 1948"),
        ("Who runs the strait?", "Kolvo holds the lease on the port until 2040."),
    ]


def test_a_pull_quote_goes_with_its_attribution_line() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday. \"Our treaties are our army. Every court case "
            "we win is a battalion we do not pay for,\" said Ann Lee, a professor at Varna University.\n\n"
            "  ❝ Our treaties are our army. Every court case we win is a battalion we do not pay for. ❞\n"
            "  — Ann Lee, Varna University\n\n"
            "The pact was criticised in Kolvo. \"Nobody would call it a love story,\" said Bo Ek, a former trade "
            "minister.\n\n"
            "  ❝ Nobody would call it a love story. ❞\n"
            "  Bo Ek, former trade minister\n\n"
            # a set-apart quotation the body does not give stays, with who said it
            "  ❝ The strait is ours to keep. ❞\n"
            "  — Ivo Radek, president of Elbonia\n\n"
            # near misses: a quoted subheading repeating the body's words, and a sentence naming a speaker
            "\"A bridge too far\"\n\n"
            "Critics called the new bridge a bridge too far for a country of 400,000 people.\n\n"
            "  ❝ We will build it anyway. The strait needs it. ❞\n"
            "  Ivo Radek, the president, said so in May.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday. \"Our treaties are our army. Every court case we "
             "win is a battalion we do not pay for,\" said Ann Lee, a professor at Varna University."),
        ("", "The pact was criticised in Kolvo. \"Nobody would call it a love story,\" said Bo Ek, a former trade "
             "minister."),
        ("", "❝ The strait is ours to keep. ❞ — Ivo Radek, president of Elbonia"),
        ("\"A bridge too far\"", "Critics called the new bridge a bridge too far for a country of 400,000 people."),
        ("\"A bridge too far\"", "❝ We will build it anyway. The strait needs it. ❞"),
        ("\"A bridge too far\"", "Ivo Radek, the president, said so in May."),
    ]
    removed = "\n".join(doc.removed)
    assert 'pull quote: "Ann Lee, Varna University"' in removed
    assert 'pull quote: "Bo Ek, former trade minister"' in removed


def test_a_question_subheading_led_in_by_so_or_and_heads_its_section() -> None:
    text = ("Who owns the port?\n\n"
            "Kolvo holds the lease until 2040, and the state keeps a golden share.\n\n"
            "So who are Elbonia's real friends?\n\n"
            "It depends on what you measure. In trade, Ruritania comes first.\n\n"
            "And what happens after 2040?\n\n"
            # near miss: a question inside a paragraph
            "So who pays? Taxpayers, in the end, the minister said.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who owns the port?", "Kolvo holds the lease until 2040, and the state keeps a golden share."),
        ("So who are Elbonia's real friends?", "It depends on what you measure. In trade, Ruritania comes first."),
        ("And what happens after 2040?", "So who pays? Taxpayers, in the end, the minister said."),
    ]


def test_a_caption_wrapped_under_its_label_goes_whole_and_the_standfirst_above_stays_as_it_was() -> None:
    text = ("Pact\n\n"
            "Troops, ferries and a new port are in the deal; critics fear the cost as talks with Kolvo stall\n\n"
            "By Ann Lee\n"
            "[Image]\n"
            "Elbonian Foreign Minister Ivo Radek and Ruritanian envoy Mara Lind\n"
            "sign the accord at the Varna Palace on 7 May 2026.\n"
            "Photo: Jan Novak/Ledger\n\n"
            "Elbonia on Tuesday signed a defence pact with Ruritania, the largest it has concluded.\n\n"
            "[Photo]\n"
            "Dockworkers at the quay in Varna. The port handles a third of the\n"
            "country's grain. Photo: Jan Novak/Ledger\n\n"
            "The pact was criticised in Kolvo.\n\n"
            # near miss: the first paragraph right under a picture, wrapped, with no credit after it
            "[Image]\n"
            "The port reopened on Monday after the strike, and the first ship\n"
            "left for Kolvo at dawn.\n\n"
            # a caption set apart from its picture by a blank line, over its credit
            "[Image]\n\n"
            "Grain exports doubled in May.\n"
            "Photo: Jan Novak/Ledger\n\n"
            "The ministry expects them to double again by 2027, officials said.\n")
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Troops, ferries and a new port are in the deal; critics fear the cost as talks with Kolvo stall",
        "Elbonia on Tuesday signed a defence pact with Ruritania, the largest it has concluded.",
        "The pact was criticised in Kolvo.",
        "The port reopened on Monday after the strike, and the first ship left for Kolvo at dawn.",
        "The ministry expects them to double again by 2027, officials said.",
    ]
    removed = "\n".join(doc.removed)
    assert 'image caption: "sign the accord at the Varna Palace on 7 May 2026."' in removed
    assert "image caption: \"country's grain.\"" in removed
    assert 'image caption: "Grain exports doubled in May."' in removed  # (a one-line caption over its credit)


def test_a_short_advertisement_ending_in_its_web_address_or_its_terms_goes() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "ADVERTISEMENT\n"
            "Fly Varna–Kolvo from US$249 return. Daily departures. Book by 31 May >> ruriair.example/deals\n"
            "Advertisement - story continues below\n\n"
            "The pact was criticised in Kolvo.\n\n"
            "Switch to Kolvo Power and save up to €200 a year* — kolvopower.example/switch   *T&Cs apply\n\n"
            "Get 3 months of Varna Radio free. Offer ends Friday. T&Cs apply.\n\n"
            "The first rotation of troops begins in May.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "The pact was criticised in Kolvo.",
        "The first rotation of troops begins in May.",
    ]
    assert 'advertisement: "Fly Varna–Kolvo from US$249 return.' in "\n".join(doc.removed)
    # near miss: a note that cites an offer's page is a note
    cited = clean("Fares fell by a third in 2025.[1] Ferries were cut.[2]\n\n"
                  "[1] Kolvo Air, Book cheap fares, kolvoair.example/fares\n"
                  "[2] Varna Ferries, Timetable, ferries.example/2025\n", "txt")
    assert [n.text for n in cited.notes] == ["Kolvo Air, Book cheap fares, kolvoair.example/fares",
                                              "Varna Ferries, Timetable, ferries.example/2025"]


@pytest.mark.parametrize("text", [
    "Travellers can book ferry tickets at ferries.example, the ministry said.\n",
    "Fares start at $49, and the airline says it will add daily departures in June.\n",
    "The regulator says households can save up to €200 a year by switching at compare.example/power\n"
    "before the winter, though few have done so.\n",
    "Households that want to switch can compare the tariffs of Kolvo Power and\n"
    "Varna Energy, and save money, the regulator says, at compare.example/power\n",
])
def test_sentences_that_give_a_web_address_or_a_price_stay(text: str) -> None:
    assert [p.text for p in clean(text, "txt").passages] == [" ".join(text.split())]


def test_a_most_read_list_goes_whole_with_a_headline_cut_short_and_a_numbered_list_of_points_stays() -> None:
    text = ("Pact\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "The government recommends three steps, in this order:\n\n"
            "1. Ratify the pact before the end of 2026\n"
            "2. Invite a second investor into the port\n"
            "3. Publish the border survey\n\n"
            "The vote is expected in November, when the new parliament sits for the first time.\n\n"
            "MOST POPULAR\n"
            " 1. Kolvo dinar firms as copper holds near $10,000\n"
            " 2. Elbonia and Ruritania sign defence pact as Varna juggles Kolvo and...\n"
            " 3. Varna stock exchange posts best quarter since 2019\n"
            " 4. Power cuts schedule for week 11\n")
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.",
        "The government recommends three steps, in this order:",
        "1. Ratify the pact before the end of 2026",
        "2. Invite a second investor into the port",
        "3. Publish the border survey",
        "The vote is expected in November, when the new parliament sits for the first time.",
    ]
    assert 'related links: "3. Varna stock exchange posts best quarter since 2019"' in doc.removed


def test_a_byline_row_a_long_table_of_contents_and_a_comment_button_go() -> None:
    chapters = [f"{n}. {name}" for n, name in enumerate(
        ["Introduction", "Ruritania", "Kolvo", "The strait", "The port", "The border", "Trade", "Energy",
         "Outlook"], start=1)]
    text = ("Small State, Many Friends\n\n"
            "Dr Siti Nur Aisyah Rahman | 22 May 2026 | Reading time: 14 minutes\n\n"
            "CONTENTS\n  Summary\n" + "".join(f"  {c}\n" for c in chapters) + "  Endnotes\n  About the author\n\n"
            "Summary\n\n"
            "Elbonia has assembled one of the most diversified sets of partners of any small state in Europe.\n\n"
            "1. Introduction\n\n"
            "Elbonia joined the union a week after independence, on 7 January 1984.\n\n"
            "Have a view on this brief? Comments are moderated. [ Log in to comment ] (3 comments)\n")
    doc = clean(text, "txt", title="Small State, Many Friends")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Summary", "Elbonia has assembled one of the most diversified sets of partners of any small state in Europe."),
        ("1. Introduction", "Elbonia joined the union a week after independence, on 7 January 1984."),
    ]
    removed = "\n".join(doc.removed)
    assert 'byline: "Dr Siti Nur Aisyah Rahman | 22 May 2026' in removed
    assert 'table of contents: "Endnotes"' in removed
    assert 'comment prompt: "Have a view on this brief?' in removed


def test_a_comment_count_with_its_question_and_the_comment_button_with_its_guidelines_go() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks.\n\n"
            "💬 52 comments  ·  What do you think — should Elbonia ratify the pact? Join the discussion.\n"
            "[ View comments ]   Community guidelines apply.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks."]
    removed = "\n".join(doc.removed)
    assert 'comment prompt: "💬 52 comments · What do you think' in removed
    assert 'comment prompt: "[ View comments ] Community guidelines apply."' in removed


@pytest.mark.parametrize("sentence", [
    "52 comments were sent to the ministry, and most asked whether the pact would hold.",
    "He said [the comments] were taken out of context.",
    "Comments are moderated by the ministry before the hearing, officials said.",
    "The guidelines apply to every ferry that calls at Varna, the regulator said.",
])
def test_sentences_that_mention_comments_or_guidelines_stay(sentence: str) -> None:
    assert [p.text for p in clean(f"{sentence}\n", "txt").passages] == [sentence]


def test_a_date_line_with_the_time_it_was_updated_names_no_section_and_a_caption_above_goes() -> None:
    text = ("Pact\n\n"
            "Elbonia insists it is neutral. Its partners tell a more complicated story.\n\n"
            "By Ann Lee, Politics Reporter\n"
            "3 June 2026 · 07:00 CET  (updated 11:42)  ·  7 min read\n\n"
            "[Image: Elbonian troops on parade in Varna, April 2026.]\n"
            "Soldiers of the 1st Brigade in Varna. Elbonia spends less on defence, relative\n"
            "to the size of its economy, than any of its neighbours. Photo: Jan Novak/Ledger\n\n"
            "Elbonia likes to describe itself as neutral.\n\n"
            "What does neutrality mean?\n\n"
            "Less than you might think.\n")
    doc = clean(text, "txt", title="Pact")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia insists it is neutral. Its partners tell a more complicated story."),
        ("", "Elbonia likes to describe itself as neutral."),
        ("What does neutrality mean?", "Less than you might think."),
    ]
    assert 'date line: "3 June 2026 · 07:00 CET (updated 11:42) · 7 min read"' in doc.removed


def test_a_sign_up_box_drawn_with_dots_and_a_log_in_prompt_under_the_comments_go() -> None:
    text = ("Ports and Promises\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            ".................................................................\n"
            " \U0001f4e9 The Varna Briefing - our analysis, once a month, in four languages.\n"
            " [ E-mail address ]  [ Subscribe ]\n"
            ".................................................................\n\n"
            "The first rotation of troops begins in May, the ministry said.\n\n"
            "14 Comments  |  Sort by: Newest\n"
            "Log in to join the conversation.\n")
    doc = clean(text, "txt", title="Ports and Promises")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said.",
    ]
    removed = "\n".join(doc.removed)
    assert 'promo box: "' in removed and "The Varna Briefing" in removed
    assert 'counter: "Log in to join the conversation."' in removed


def test_a_fact_box_with_dotted_leaders_reads_each_fact_with_a_colon_under_its_label() -> None:
    text = ("Elbonia has no army and about 400,000 people, but it sits on the Varna Strait.\n\n"
            "┌─────────────────────────────────────────────┐\n"
            "│  KEY FACTS: ELBONIA'S SECURITY AT A GLANCE  │\n"
            "├─────────────────────────────────────────────┤\n"
            "│  Defence budget 2026 ........ €1.2 billion  │\n"
            "│  Share of GDP . . . . . . . . approx. 0.2%  │\n"
            "│                               (lowest)      │\n"
            "│  Motto ...................... Onward... always │\n"
            "└─────────────────────────────────────────────┘\n\n"
            "Who runs the strait?\n\n"
            "Kolvo holds the lease on the port until 2040.\n")
    label = "KEY FACTS: ELBONIA'S SECURITY AT A GLANCE"
    assert [(p.section, p.text) for p in clean(text, "txt").passages] == [
        ("", "Elbonia has no army and about 400,000 people, but it sits on the Varna Strait."),
        (label, "Defence budget 2026: €1.2 billion"),
        (label, "Share of GDP: approx. 0.2% (lowest)"),
        (label, "Motto: Onward... always"),  # (an ellipsis is no leader)
        ("Who runs the strait?", "Kolvo holds the lease on the port until 2040."),
    ]


def test_a_papers_series_number_and_its_second_writer_go_and_a_resolution_number_stays() -> None:
    text = ("Strategic Ambiguity\n\n"
            "Analysis No. 47/2026\n"
            "Dr. Ann Lee, Senior Fellow, Foreign Policy Programme\n"
            "with Bo Ek, Research Associate\n"
            "Published: 9 June 2026\n\n"
            "Elbonia has been described as a wavering ally, a bridge and a spoiler.\n\n"
            "Resolution No. 2231\n\n"
            "The resolution was adopted unanimously in 2015, and Elbonia voted for it.\n")
    doc = clean(text, "txt", title="Strategic Ambiguity")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia has been described as a wavering ally, a bridge and a spoiler."),
        ("Resolution No. 2231", "The resolution was adopted unanimously in 2015, and Elbonia voted for it."),
    ]
    removed = "\n".join(doc.removed)
    assert 'series number: "Analysis No. 47/2026"' in removed
    assert 'byline: "with Bo Ek, Research Associate"' in removed


def test_a_thread_of_readers_comments_goes_whole() -> None:
    text = ("Reuters · 2 hours ago\n"  # a dateline above the article, not a comment
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "COMMENTS (3)\n"
            "Community guidelines apply. Comments are moderated.\n\n"
            "Taku_M · 2 hours ago\n"
            "Good piece but you forgot the port deal. Also the border talks took three years, not two.\n"
            "Reply · 14 likes\n\n"
            "   ↳ KudziR · 1 hour ago\n"
            "   Agreed. The ferry protocol has been signed since 2005 and is still not in force.\n"
            "   Reply · 4 likes\n\n"
            "Anonymous · 6 hours ago\n"
            "This comment has been removed by a moderator.\n\n"
            "Load more comments (40)\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."]
    removed = "\n".join(doc.removed)
    assert 'reader comment: "Taku_M · 2 hours ago"' in removed
    assert 'reader comment: "Agreed. The ferry protocol' in removed


def test_a_name_and_an_age_alone_are_no_comment_thread() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "Ferry news · 3 days ago\n"
            "The first ferry left Varna at six on Monday, an hour late, carrying 300 passengers to Ruritania.\n\n"
            "The pact also covers the port of Varna, which Ruritania will help to dredge from 2027.\n")
    texts = [p.text for p in clean(text, "txt").passages]
    assert "The first ferry left Varna at six on Monday, an hour late, carrying 300 passengers to Ruritania." in texts
    assert "The pact also covers the port of Varna, which Ruritania will help to dredge from 2027." in texts


def test_a_comment_whose_name_and_age_are_on_two_lines_goes_too() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "Additional reporting by Ana Petrova in Varna and Ivo Radek in Port\n"
            "Kolvo.\n\n"
            "COMMENTS (47)\n"
            "Please keep comments respectful. Comments are moderated and may take time to appear.\n\n"
            "Bwire from Tororo\n"
            "1 hour ago\n"
            "We at the border are happy. Trucks take three days to clear sometimes.\n"
            "Reply · Like 22 · Report\n\n"
            "   Ronald K. (replying to Atim Grace)\n"
            "   54 minutes ago\n"
            "   Exactly. Why hide the interest rate if it is good?\n"
            "   Reply · Like 19 · Report\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."]
    removed = "\n".join(doc.removed)
    assert 'reader comment: "Bwire from Tororo"' in removed and 'reader comment: "Exactly.' in removed
    assert '"Kolvo."' in removed  # the end of the credit line that broke across two lines



def test_writers_under_the_title_their_unit_their_bios_and_a_bracketed_credit_go() -> None:
    text = ("Accept cookies?  We use cookies and similar tools to give you the best experience. Read our Cookie "
            "Notice.  [I'm OK with that]  [Let me choose]\n\n"
            "Ports and Promises: Elbonia's Reset\n\n"
            "Dr Ana Petrova and Ivo Radek\n"
            "Varna & Kolvo Programme\n\n"
            "Regions: Eastern Europe\n\n"
            "[share] [X] [Facebook] [Email] [Gift this article]  Listen to this article 00:00 / 18:42\n\n"
            "The Varna Arch, moved to the outskirts in 2010. (Photo: Bo Ek/Getty Images for The Review)\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "About the authors\n\n"
            "Dr Ana Petrova is Senior Fellow in the Varna & Kolvo Programme. Her research focuses on ports.\n\n"
            "Ivo Radek is Research Analyst at the institute, working on grain corridors.\n\n"
            "Bo Chen\n"
            "Bo covers Elbonia's foreign policy from Varna, with a focus on the Black Sea. She previously reported "
            "from Kolvo.\n"
            "Follow on X\n\n"
            "Acquire Licensing Rights, opens new tab\n\n"
            "Read Next\n"
            "Asia  Ruritania's envoy to visit Varna in April — 1 day ago\n")
    doc = clean(text, "txt", title="Ports and Promises: Elbonia's Reset")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."]
    removed = "\n".join(doc.removed)
    assert 'byline: "Dr Ana Petrova and Ivo Radek"' in removed and 'byline: "Varna & Kolvo Programme"' in removed
    assert 'author bio: "Ivo Radek is Research Analyst' in removed and 'author bio: "Bo covers' in removed


@pytest.mark.parametrize("text", [
    # a line of names under a heading, a unit's name in a sentence, a credit in a sentence without an agency
    "Elbonia and Ruritania\n\nThe Varna Programme, launched in 2019, funds ports in Elbonia and Ruritania alike.",
    "The arch was moved in 2010 (photo: see below) after a decade of argument in Varna over its cost.",
    "Ivo Radek covers the costs from Varna, with a focus on ports, the ministry said on Friday.",
])
def test_sentences_like_bylines_bios_and_credits_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.split("\n\n")[-1] in kept


def test_a_script_or_style_pasted_as_text_goes_with_its_code() -> None:
    text = ("<script>alert(1)</script>\n\n"
            "<style>p { color: red }</style> Elbonia signed a defence pact with Ruritania on Friday after two years of "
            "talks over the border.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a defence pact with Ruritania on Friday after two years of talks over the border."]
    assert 'script: "<script>alert(1)</script>"' in "\n".join(doc.removed)


def test_an_advert_ending_in_its_call_to_action_a_comment_threads_controls_a_citation_and_a_name_over_a_bio_go() -> None:
    text = ("Ports and Promises\n\n"
            "A small state has built a wide circle of friends. Here is how it fits together.\n\n"
            "Ana Petrova Lind\n"
            "Diplomatic Correspondent\n"
            "Ana covers foreign affairs and defence for the Courier. She previously reported from Kolvo.\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "ADVERTISEMENT\n"
            "Trade finance for the Varna zone — fast, compliant, local. Kolvo Bank. Learn more >\n\n"
            "The first rotation of troops begins in May, the ministry said.\n\n"
            "Varna Energy Summit · Kolvo · 9–10 December 2026 · Register now\n\n"
            "Moving to Elbonia? Tax, visas &amp; residency advice from lawyers — book a free call →\n\n"
            "The vote is expected in November.\n\n"
            "HOW TO CITE: Lind, A. (2026) \"Ports and Promises,\" Policy Analysis No. 47, Varna Institute.\n\n"
            "23 Comments  |  Sort by: Newest\n"
            "Join the conversation — Sign in to comment\n")
    doc = clean(text, "txt", title="Ports and Promises")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "A small state has built a wide circle of friends. Here is how it fits together."),
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("", "The first rotation of troops begins in May, the ministry said."),
        ("", "The vote is expected in November."),
    ]
    removed = "\n".join(doc.removed)
    assert 'byline: "Ana Petrova Lind"' in removed and 'byline: "Diplomatic Correspondent"' in removed
    assert 'advertisement: "Trade finance for the Varna zone' in removed
    assert '"Varna Energy Summit' in removed and 'advertisement: "Moving to Elbonia?' in removed
    assert 'publisher note: "HOW TO CITE:' in removed and 'counter: "Join the conversation' in removed


def test_a_gift_counter_an_offer_over_its_call_a_newsletters_blurb_and_sponsored_headlines_go() -> None:
    text = ("Elbonia signs port pact with Ruritania\n\n"
            "Share:  Facebook  |  X  |  Email\n"
            "Gift this article – you have 5 gifts left this month\n\n"
            "VARNA – Elbonia on Thursday signed an eight-year maritime security agreement with Ruritania.\n\n"
            "ADVERTISEMENT\n"
            "------------------------------------------------------------\n"
            "Fly direct to the islands this summer. Island Hopper fares from $389.\n"
            "Terms apply. Book now >\n"
            "------------------------------------------------------------\n\n"
            "Ruritania will pay for two patrol boats, and Elbonia for the crews that sail them.\n\n"
            "NEWSLETTER\n"
            "Varna Briefing – the islands' news, every Tuesday and Friday, free.\n"
            "Your email address: [__________________]  [ Sign up ]\n\n"
            "The agreement must be ratified by parliament, where it needs two-thirds of the votes.\n\n"
            "SPONSORED\n"
            "• The 5 islands every diver should see before 2030  (TravelFrontier)\n"
            "• Retirees are switching to this high-yield savings account  (FinanceWise)\n\n"
            "Fares from $389 were offered to Elbonian students on the new Varna ferry, the ministry said.\n")
    doc = clean(text, "txt", title="Elbonia signs port pact with Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "VARNA – Elbonia on Thursday signed an eight-year maritime security agreement with Ruritania."),
        ("", "Ruritania will pay for two patrol boats, and Elbonia for the crews that sail them."),
        ("", "The agreement must be ratified by parliament, where it needs two-thirds of the votes."),
        ("", "Fares from $389 were offered to Elbonian students on the new Varna ferry, the ministry said."),
    ]
    assert_dropped(doc, [("share buttons", "Gift this article"), ("advertisement", "Fly direct to the islands"),
                         ("promo box", "Varna Briefing"), ("advertisement", "The 5 islands every diver"),
                         ("advertisement", "Retirees are switching")])


def test_marked_questions_head_their_answers_and_a_labelled_box_heads_its_facts() -> None:
    text = ("Elbonia has few friends, and each of them wants something different from the port of Varna.\n\n"
            "Q: Why does a country that almost no one recognises have foreign partners at all?\n\n"
            "Elbonia controls about 850 km of coastline close to the strait, which every partner wants to use.\n\n"
            "------------------------------------------\n"
            " ELBONIA AT A GLANCE\n"
            " Capital: Varna\n"
            " Population: about 5.7 million\n"
            "------------------------------------------\n\n"
            "┌──────────────────────────────────────┐\n"
            "│ FACT BOX: The deal at a glance       │\n"
            "│ Signed: 12 November 2026, Varna      │\n"
            "│ Value: $486m over 2027–2034          │\n"
            "└──────────────────────────────────────┘\n\n"
            "Q: What does Ruritania want?\n\n"
            "Ruritania wants a naval base at Varna, and has offered $300 million for the right to build one.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia has few friends, and each of them wants something different from the port of Varna."),
        ("Q: Why does a country that almost no one recognises have foreign partners at all?",
         "Elbonia controls about 850 km of coastline close to the strait, which every partner wants to use."),
        ("ELBONIA AT A GLANCE", "Capital: Varna"),
        ("ELBONIA AT A GLANCE", "Population: about 5.7 million"),
        ("FACT BOX: The deal at a glance", "Signed: 12 November 2026, Varna"),
        ("FACT BOX: The deal at a glance", "Value: $486m over 2027–2034"),
        ("Q: What does Ruritania want?",
         "Ruritania wants a naval base at Varna, and has offered $300 million for the right to build one."),
    ]


def test_a_broadcasters_furniture_goes_and_a_box_between_rules_heads_its_rows() -> None:
    text = ("We use cookies\n"
            "Varna Radio uses its own and third-party cookies to measure traffic and, with your consent, show you "
            "videos.\n"
            "[Accept all]   [Necessary only]\n\n"
            "------------------------------------------------------------\n"
            "Don't forget: the licence fee for February is due by the 18th. Pay online in two minutes ›\n"
            "------------------------------------------------------------\n\n"
            "Elbonia signs port pact with Ruritania\n\n"
            "Ann Lee, Varna regional centre | STA, Reuters\n"
            "12 February 2026, 19:42\n\n"
            "▶ Listen to this article (automated voice, 11:20)\n\n"
            "Elbonia on Thursday signed a €1.2 billion agreement with Ruritania to build a military terminal at Varna.\n\n"
            "--------------------------------------------\n"
            " FACT BOX | The Varna agreement in numbers\n"
            "--------------------------------------------\n"
            " Total value ................ €1.2 billion\n"
            " New berth .................. 410 m\n"
            "--------------------------------------------\n\n"
            "The parliament must ratify the treaty before work begins in the autumn, the government said.\n\n"
            "Did you find an error in the text? Let us know ›\n\n"
            "ABOUT THE AUTHOR\n"
            "Ann Lee has covered the Elbonian coast and the port of Varna for the radio since 2014. She previously "
            "worked for a news agency.\n\n"
            "COMMENTS (63)\n"
            "To comment you must be logged in with your Varna Radio account. Comments are pre-moderated.\n\n"
            "kolvo_ko  13.02.2026 08:14\n"
            "Nobody has explained where all these trains will go.\n"
            "▲ 41  ▼ 6   Reply\n\n"
            "      Reply: bora_68  13.02.2026 08:30\n"
            "      Useful until the first exercise closes the port.\n"
            "      ▲ 22  ▼ 11\n\n"
            "This comment was removed by the moderator for breaching the rules of commenting.\n")
    doc = clean(text, "txt", title="Elbonia signs port pact with Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia on Thursday signed a €1.2 billion agreement with Ruritania to build a military terminal at Varna."),
        ("FACT BOX | The Varna agreement in numbers", "Total value: €1.2 billion"),
        ("FACT BOX | The Varna agreement in numbers", "New berth: 410 m"),
        ("", "The parliament must ratify the treaty before work begins in the autumn, the government said."),
    ]
    assert_dropped(doc, [("cookie notice", "Varna Radio uses its own"), ("advertisement", "Don't forget:"),
                         ("byline", "Ann Lee, Varna regional centre"), ("audio player", "▶ Listen to this article"),
                         ("comment prompt", "Did you find an error"), ("author bio", "Ann Lee has covered"),
                         ("comment prompt", "To comment you must"), ("comment prompt", "This comment was removed")])


def test_a_timeline_box_open_on_the_right_heads_its_framed_rows_and_a_reproduction_notice_goes() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "┌──── TIMELINE: Elbonia's partners ────\n"
            "│ 1979  Independence from Ruritania (27 Oct)\n"
            "│ 2005  Joins the Varna Customs Union\n"
            "│ Mar 2026  Defence pact with Ruritania signed\n"
            "└────────────────────────────────────────\n\n"
            "Reproduction of the treaty text without permission is prohibited under Elbonian law, the ministry said.\n\n"
            "© 2026 Varna Courier Ltd. All rights reserved.\n"
            "Reproduction in whole or in part without written permission is prohibited.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("TIMELINE: Elbonia's partners", "1979 Independence from Ruritania (27 Oct)"),
        ("TIMELINE: Elbonia's partners", "2005 Joins the Varna Customs Union"),
        ("TIMELINE: Elbonia's partners", "Mar 2026 Defence pact with Ruritania signed"),
        ("", "Reproduction of the treaty text without permission is prohibited under Elbonian law, the ministry said."),
    ]
    assert_dropped(doc, [("copyright", "Reproduction in whole or in part")])


def test_an_adverts_copy_ending_in_a_free_trial_goes_and_a_trial_in_the_text_stays() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "  ADVERTISEMENT\n"
            "  Varna Risk Monitor Pro — daily security alerts for logistics teams in Elbonia. Start a 14-day trial.\n\n"
            "The health ministry said it would start a trial of the Ruritanian vaccine in May. Doctors welcomed it.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The health ministry said it would start a trial of the Ruritanian vaccine in May. Doctors welcomed it.",
    ]
    assert_dropped(doc, [("advertisement", "Varna Risk Monitor Pro")])


@pytest.mark.parametrize("text", [
    # a call to action in a sentence, a name heading over a sentence, how to cite in a sentence
    "Officials said voters in Varna and Kolvo could register now, before the border vote in November.",
    "Students can pre-register now",
    "Ana Petrova Lind\n\nAna Petrova Lind signed the pact for Elbonia on Friday after two years of talks.",
    "How to cite the treaty correctly was argued over in Varna for a week, officials said.",
    "Readers could sort by newest or oldest, the ministry said of its new archive of treaties.",
    # a fee paid in a sentence, a writer's beat told in the body, a comment the article reports
    "Elbonian exporters will pay online fees of €2 a shipment from March, the port authority said.",
    "Ann Lee has covered the Varna talks for the Courier since 2014, and was present when the pact was signed.",
    "The minister said this comment was removed from the treaty's preamble at Ruritania's request.",
])
def test_sentences_like_adverts_citations_and_comment_controls_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.split("\n\n")[-1] in kept


def test_consent_and_cookie_lines_a_related_row_a_signup_blurb_a_bio_with_its_career_and_an_end_mark_go() -> None:
    text = ("We value your privacy\n"
            "Varna Daily and our 142 partners store and/or access information on a device, such as cookies, and "
            "process personal data for personalised ads and content measurement.\n"
            "[ AGREE ]    [ MORE OPTIONS ]\n\n"
            "Words: Ana Petrova Lind, Arctic correspondent\n\n"
            "Dr Bo Ek is Senior Fellow and head of the Varna Security Programme at the Kolvo Centre. He previously "
            "served as an adviser to the Elbonian mission to the union.\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "Related: Kolvo's solar push: can panels end the blackouts? | Varna port marks 12 years | Opinion: a pact too far\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "Ana Petrova Lind is the Daily's Varna correspondent. She has covered Elbonia's economy since 2017.\n\n"
            "Newsletter: Get the Varna Morning Brief in your inbox every weekday.\n"
            "Your email address ______________ [Sign up]\n\n"
            "READ MORE\n"
            "• Kolvo's tourism slump deepens as arrivals fall 18%\n"
            "• Explainer: What is the Varna list?\n\n"
            "— ends —\n\n"
            "☐ I agree to the processing of my personal data in accordance with the privacy policy\n"
            "Kolvo Centre for Strategic Studies · Via Roma 112, 00186 Varna · C.F. 97812340583\n"
            "This site uses technical and analytics cookies. Continue browsing to accept. [OK] [More info]\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
    ]
    assert_dropped(doc, [("cookie notice", "Varna Daily and our 142 partners"), ("byline", "Words: Ana Petrova Lind"),
                        ("author bio", "Dr Bo Ek is Senior Fellow"), ("more link", "Related: Kolvo's solar push"),
                        ("author bio", "Ana Petrova Lind is the Daily's"), ("related links", "Explainer: What is"),
                        ("subscribe prompt", "☐ I agree"), ("cookie notice", "This site uses technical")])
    removed = "\n".join(doc.removed)
    assert '"Newsletter: Get the Varna Morning Brief' in removed and 'site footer: "ends —"' in removed
    assert '"Kolvo Centre for Strategic Studies · Via Roma 112' in removed


@pytest.mark.parametrize("text", [
    "Ruritania and our partners in the union will decide on the pact in May, the minister told the Varna parliament.",
    "Related talks in Varna | Kolvo ended without a deal on Friday, the ministry said.",
    "Ivo Radek is Senior Fellow at Kolvo, where he leads the pact talks for Elbonia in May.",
    "I agree with the terms of the pact, the minister said, but the privacy of the talks must be kept.",
    "The ends of the pipeline are at Varna and Kolvo, both of them Elbonian ports.",
])
def test_sentences_like_consent_related_rows_bios_and_end_marks_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_news_page_with_a_player_a_gallery_counter_an_advert_and_compact_comment_ages_keeps_only_the_report() -> None:
    text = ("Elbonia Ledger\n"
            "World   Markets   Energy   Opinion\n"
            "Edition: EN | FR | PT        Search the Ledger...  [Go]        Sign in    Subscribe from $1/week\n\n"
            "Elbonia signs rail deal with Kolvo\n\n"
            "Listen to this article  \u25b6 00:00 / 07:12\n\n"
            "[Image] Ministers exchange documents at the palace in Varna. (Photo: Ann Lee)\n"
            "1 / 4  \u2039 \u203a\n\n"
            "Elbonia signed a $1.2 billion agreement on Tuesday with a Kolvo consortium to build a railway to the coast.\n\n"
            "ADVERTISEMENT\n"
            "------------------------------------------------------------\n"
            "Trade smarter across 54 markets. Open a Ledger Pro account today \u2192\n"
            "------------------------------------------------------------\n\n"
            "The line will run 237 km from the mine to the port of Varna, the transport ministry said.\n\n"
            "Comments (37)   |   Sign in to join the conversation\n"
            "  annlee_varna  2h ago\n"
            "  Heard this story in 2006 too. Let's see the trains first.\n"
            "  Reply \u00b7 14 likes\n\n"
            "Terms of Use \u00b7 About Us \u00b7 Privacy Policy \u00b7 Cookies \u00b7 Accessibility Help \u00b7 Contact Us \u00b7 "
            "Advertise with us \u00b7 Do not share or sell my info\n")
    doc = clean(text, "txt", title="Elbonia signs rail deal with Kolvo")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a $1.2 billion agreement on Tuesday with a Kolvo consortium to build a railway to the coast."),
        ("", "The line will run 237 km from the mine to the port of Varna, the transport ministry said."),
    ]
    removed = "\n".join(doc.removed)
    assert 'reader comment: "annlee_varna 2h ago"' in removed
    assert 'advertisement: "Trade smarter' in removed


def test_an_analysis_with_a_pull_quote_signed_on_its_line_a_related_box_a_member_prompt_and_a_top_comment_keeps_only_its_text() -> None:
    text = ("Too Many Friends: Elbonia's Partners\n\n"
            "Ann Lee\n"
            "Regional Affairs Correspondent, Ledger\n"
            "14 January 2026, 07:00 GMT  \u00b7  Updated 14 January 2026, 11:26 GMT\n\n"
            "Taken together, these deals have created what one officer called \"a house with eight landlords and no "
            "caretaker.\" Elbonia now hosts troops from five countries.\n\n"
            "<div class=\"pull-quote\">\"A house with eight landlords and no caretaker.\" \u2014 Senior officer, Varna, "
            "November 2025</div>\n\n"
            "&gt;&gt; RELATED RESEARCH\n"
            "   Paying for Peace: The Varna Experiment (Briefing, October 2025)\n"
            "   Ports, Bases and Power (Report, June 2025)\n\n"
            "Kolvo signed a defence protocol with Elbonia in August 2024 and delivered two shipments of weapons.\n\n"
            "ADVERTISEMENT\n"
            "REGISTER NOW \u2014 Varna Security Dialogue 2026 \u00b7 Varna \u00b7 21-22 April \u00b7 Early-bird rates end 15 March\n\n"
            "<div class=\"embed\">View this post on X  \u00b7  @LedgerWorld</div>\n\n"
            "Support independent research. Become a Ledger Member for full access to our archive, members-only briefings "
            "and event recordings. [ Join today ]\n"
            "You have read 2 of 3 free analyses this month.\n\n"
            "Comments (143)  \u2014  Comments are closed.\n"
            "Top comment: \"One formal friend and a war on its border. Sums it up.\" \u2014 K. Amiri, 212 \u25b2\n")
    doc = clean(text, "txt", title="Too Many Friends: Elbonia's Partners")
    assert [p.text for p in doc.passages] == [
        "Taken together, these deals have created what one officer called \"a house with eight landlords and no "
        "caretaker.\" Elbonia now hosts troops from five countries.",
        "Kolvo signed a defence protocol with Elbonia in August 2024 and delivered two shipments of weapons.",
    ]
    removed = "\n".join(doc.removed)
    assert 'byline: "Regional Affairs Correspondent, Ledger"' in removed
    assert 'pull quote: "' in removed and 'paywall: "You have read 2 of 3 free analyses' in removed


def test_a_boxed_advert_an_event_promo_a_funding_call_a_views_disclaimer_and_comment_counts_by_their_icons_go() -> None:
    text = ("Elbonia picks Ruritanian lenders for port revamp\n\n"
            "\U0001f4ac 214\n\n"
            "Elbonia signed an $865 million package with Ruritanian lenders on Tuesday to rebuild the port of Varna.\n\n"
            "------------------------------------------------\n"
            "ADVERTISEMENT\n"
            "Kolvo Cell \u2013 Get 10GB for L$500 this week only! Dial *156#\n"
            "------------------------------------------------\n\n"
            "The plan depends on Ruritanian funding. Support for it in parliament is strong, the minister said.\n\n"
            "\u25b6 EVENT | 2 April 2026, Varna \u2013 \"After 5%: Can Small Allies Deliver?\" Register now \u2192\n\n"
            "\U0001f49b Independent research depends on independent funding. Support the Varna Centre \u2192\n\n"
            "This publication reflects the views of the authors only. The Varna Centre does not take institutional "
            "positions.\n\n"
            "\U0001f4ac Join the conversation (214 comments)\n")
    doc = clean(text, "txt", title="Elbonia picks Ruritanian lenders for port revamp")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed an $865 million package with Ruritanian lenders on Tuesday to rebuild the port of Varna.",
        "The plan depends on Ruritanian funding. Support for it in parliament is strong, the minister said.",
    ]
    assert 'promo box: "Kolvo Cell' in "\n".join(doc.removed)


def test_a_key_points_box_labelled_adverts_a_figure_label_a_reporting_credit_and_a_sign_in_wall_leave_only_the_report() -> None:
    text = ("Elbonia courts Kolvo and Ruritania\n\n"
            "The small kingdom is hemmed in by Kolvo and courted by Ruritania.\n\n"
            "KEY POINTS\n"
            "- Elbonia depends on Kolvo for trade and jobs.\n"
            "- Ruritania is offering loans.\n\n"
            "Elbonia rarely makes headlines. In March 2025 Kolvo raised its tariff on Elbonian goods to 50%.\n\n"
            "\u2014 Advertisement \u2014\n\n"
            "Why does Kolvo matter?\n\n"
            "Kolvo buys 60% of Elbonia's exports, the trade ministry said.\n\n"
            "ADVERTISEMENT\n"
            "Fly Varna\u2013Kolvo from \u20ac189. Book direct with Kolvo Air &gt;&gt;\n"
            "ADVERTISEMENT\n\n"
            "\u2014 Advertisement \u2014\n"
            "Moving to Varna? Compare health plans from R1,250 pm &gt;\n\n"
            "[Figure 1: Kolvo-backed ports in Elbonia. Source: Ledger mapping. \u00a9 Ledger 2026]\n\n"
            "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.\n\n"
            "\u2014 With additional reporting by Ann Lee in Kolvo\n\n"
            "Comments (23)\n"
            "You must be signed in to comment. Sign in | Register\n"
            "Load comments\n")
    doc = clean(text, "txt", title="Elbonia courts Kolvo and Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "The small kingdom is hemmed in by Kolvo and courted by Ruritania."),
        ("KEY POINTS", "Elbonia depends on Kolvo for trade and jobs."),
        ("KEY POINTS", "Ruritania is offering loans."),
        ("", "Elbonia rarely makes headlines. In March 2025 Kolvo raised its tariff on Elbonian goods to 50%."),
        ("Why does Kolvo matter?", "Kolvo buys 60% of Elbonia's exports, the trade ministry said."),
        ("Why does Kolvo matter?", "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country."),
    ]
    removed = "\n".join(doc.removed)
    assert 'advertisement: "Fly Varna' in removed and 'advertisement: "Moving to Varna?' in removed
    assert 'image caption: "[Figure 1:' in removed


def test_the_text_after_an_advert_label_a_figure_named_in_a_sentence_and_a_list_under_its_own_heading_stay() -> None:
    text = ("Elbonia's partners\n\n"
            "Recommendations\n\n"
            "- Keep the Kolvo channel open.\n"
            "- Tie loans to audits.\n\n"
            "Both steps cost little, the report says.\n\n"
            "ADVERTISEMENT\n"
            "Kolvo's share of the port rose to 70% in 2025, as Figure 1 shows.\n\n"
            "Book early: fares on the Varna ferry rose from \u20ac12 to \u20ac18 after the deal.\n")
    doc = clean(text, "txt", title="Elbonia's partners")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Recommendations", "Keep the Kolvo channel open."),
        ("Recommendations", "Tie loans to audits."),
        ("Recommendations", "Both steps cost little, the report says."),
        ("Recommendations", "Kolvo's share of the port rose to 70% in 2025, as Figure 1 shows."),
        ("Recommendations", "Book early: fares on the Varna ferry rose from \u20ac12 to \u20ac18 after the deal."),
    ]


def test_a_bio_under_the_byline_a_caption_under_its_label_a_one_line_contents_and_the_footer_s_contacts_go() -> None:
    text = ("Elbonia between Kolvo and Ruritania\n"
            "Ann Lee\n"
            "Senior Research Fellow, Europe Programme\n"
            "Ann Lee leads the Institute's work on Balkan security. She previously served as an adviser to the "
            "Elbonian mission to NATO and holds a PhD from Varna University.\n\n"
            "Photo: A frigate docks at Varna on 3 May 2025. (Photo by Bo Chen / The Ledger)\n\n"
            "IN THIS PAPER\n"
            "Who is Elbonia's biggest partner? \u00b7 What about Ruritania? \u00b7 What happens next?\n\n"
            "Who is Elbonia's biggest partner?\n\n"
            "&bull; Kolvo buys 60% of Elbonia's exports, the trade ministry said.\n"
            "&bull; Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.\n\n"
            "Related publications\n"
            "Ports as Power: Kolvo's Investment in the Balkans   Report | September 2025\n"
            "Beyond 2%: Can Elbonia Deliver?   Policy Brief | January 2026\n\n"
            "Varna Institute\n"
            "12 Kolvo Street, 1000 Varna | +38 1 555 01 87 | info@varna-institute.org\n"
            "Terms of Use   Privacy Policy   Cookie Settings   Do Not Sell or Share My Personal Information\n"
            "The Varna Institute is an independent, non-partisan think tank. The views expressed in this paper are "
            "those of the author alone.\n"
            "Suggested Topics: Balkans  Security  Trade\n")
    doc = clean(text, "txt", title="Elbonia between Kolvo and Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who is Elbonia's biggest partner?", "Kolvo buys 60% of Elbonia's exports, the trade ministry said."),
        ("Who is Elbonia's biggest partner?", "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country."),
    ]
    assert all(p.kind == "bullet" for p in doc.passages)
    removed = "\n".join(doc.removed)
    for reason, start in (("author bio", "Ann Lee leads"), ("image c", "Photo: A frigate"),
                          ("related links", "Ports as Power"), ("[a-z ]+", "12 Kolvo Street"),
                          ("publisher note", "The Varna Institute is"), ("tags", "Suggested Topics")):
        assert re.search(rf'{reason}[a-z]*: "{re.escape(start)}', removed), (reason, removed)


def test_a_sentence_about_a_report_or_a_team_s_work_stays() -> None:
    text = ("Elbonia's partners\n\n"
            "Ann Lee leads the ministry's work on Kolvo trade, and the ministry published a report in March 2025.\n\n"
            "Photos of the new frigate were released on 3 May 2025, the navy said.\n")
    doc = clean(text, "txt", title="Elbonia's partners")
    assert len(doc.passages) == 2


def test_a_menu_spaced_by_two_blanks_icon_buttons_a_counted_gallery_an_event_code_and_a_one_line_sign_up_go() -> None:
    text = ("Home  Politics  Business  Energy  Opinion  Data  Podcasts  | Sign in  | Subscribe from \u20ac1\n"
            "Elbonia turns to Ruritania\n"
            "\U0001f517  \u2709  \U0001d54f  f  in   |  \U0001f3a7 Listen to this article (9:42)   |  \U0001f4ac 142\n\n"
            "[Gallery 1 of 4] Elbonian soldiers patrol near Kolvo. \u00a9 Ann Lee / The Ledger "
            "[Gallery 2 of 4] President Ivo Radek receives the Ruritanian envoy.\n\n"
            "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.\n\n"
            "Enjoying this analysis? The Institute is independent and nonpartisan, and relies on readers like you. "
            "Support our work \u2192 Donate\n\n"
            "Kolvo Energy Summit 2026 \u00b7 Varna \u00b7 May 12\u201313 \u00b7 Register now with code KES15 for 15% off\n\n"
            "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday.\n\n"
            "The Varna Brief arrives every other Thursday.  Email* [                    ]  \u2610 I agree to the "
            "privacy policy  [Subscribe]\n"
            "Varna Institute is a 501(c)(3) nonprofit organisation. The views expressed are those of the author alone.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.",
        "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday.",
    ]


def test_a_line_of_names_in_a_sentence_and_a_code_named_in_the_report_stay() -> None:
    text = ("Elbonia's partners\n\n"
            "Ruritania, Kolvo, Molvania and Varna signed the Kolvo code of conduct in 2024, the ministry said.\n\n"
            "Elbonia registered the new customs code with the WTO in March 2025 after two years of talks.\n")
    doc = clean(text, "txt", title="Elbonia's partners")
    assert len(doc.passages) == 2


def test_a_site_name_among_menu_cells_a_search_box_a_breadcrumb_dated_headlines_and_boxed_adverts_go() -> None:
    text = ("\u2630 Menu    THE LEDGER    World \u00b7 Politics \u00b7 Climate \u00b7 Explainers    \U0001f50d    Sign in\n"
            "EN | FR | DE          Search The Ledger...   \U0001f50d          Subscribe from \u20ac1          Log in\n\n"
            "World \u203a Europe \u203a Elbonia\n\n"
            "Elbonia turns to Ruritania\n\n"
            "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.\n\n"
            "What about Kolvo, now that the old treaty is no longer in force?\n\n"
            "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday.\n\n"
            "--- ADVERTISEMENT ---\n"
            "Island escapes from $1,299 pp. Seven nights, flights included. Sunway Holidays.\n"
            "--- ---\n\n"
            "Related\n"
            "  Kolvo's port deal, explained  \u00b7  Yesterday\n"
            "  Opinion: Radek's bet is a smart one. His retreat is not  \u00b7  16 February 2026\n\n"
            "Sponsored\n"
            "  Invest in Varna property from \u20ac90,000 \u2014 Varna Living\n"
            "  Learn Elbonian in 12 weeks. Try free \u203a\n\n"
            "About the author\n"
            "Ann Lee is a senior fellow at the Varna Institute, where her research focuses on Kolvo.\n"
            "Follow her: \U0001d54f @AnnLee_Varna\n\n"
            "Varna Briefings: our weekly digest of research and events.\n"
            "Email address: [                    ]  [ Sign up ]\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country."),
        ("What about Kolvo, now that the old treaty is no longer in force?",
         "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday."),
    ]


def test_a_dated_line_a_path_in_a_sentence_and_a_digest_named_in_the_report_stay() -> None:
    text = ("Elbonia's partners\n\n"
            "Ruritania's envoy said the deal was signed \u00b7 officially \u00b7 on 16 February 2026 in Varna.\n\n"
            "The Kolvo route runs Varna \u203a Kolvo \u203a Molvania, the ministry said in a statement on Monday.\n\n"
            "The Varna Institute publishes a weekly digest of Kolvo trade data, which showed exports rising 12% in 2025.\n")
    doc = clean(text, "txt", title="Elbonia's partners")
    assert len(doc.passages) == 3


def test_a_writers_bio_with_a_handle_a_key_numbers_box_a_chart_placeholder_a_supporter_call_sponsored_links_and_a_late_consent_banner_go_or_are_kept_apart() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Ann Lee\n"
            "Kolvo correspondent. Ann has covered Elbonia since 2017 and reported from the 2025 election. "
            "Follow her on X @annlee_kolvo\n\n"
            "Who lends Elbonia money?\n\n"
            "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.\n\n"
            "KEY NUMBERS\n"
            "184 \u2014 ships that called at Kolvo in 2025\n"
            "44 ha \u2014 area of the free zone\n"
            "~\u20ac58m \u2014 Ruritanian aid, 2024\n\n"
            "Who buys its goods?\n\n"
            "Figure 1: Elbonian exports by destination, 2023 vs 2025 (estimated). Source: Customs; Institute "
            "calculations. [chart not displayed \u2014 enable JavaScript]\n\n"
            "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday.\n\n"
            "Support independent research. The Institute is funded by members and donors, not by governments. "
            "\u2192 Become a supporter\n\n"
            "Sponsored links by Outbrain\n"
            "  This Varna hotel is booking out for 2026 \u2014 TravelSmart\n"
            "  Retirees in Elbonia are switching to this pension plan \u2014 FinanceDaily\n\n"
            "Your privacy choices: We use cookies and similar technologies to run this site, show personalised ads and "
            "measure audiences. [Accept] [Decline] [Customise]\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.kind, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", "paragraph",
         "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country."),
        ("KEY NUMBERS", "bullet", "184 \u2014 ships that called at Kolvo in 2025"),
        ("KEY NUMBERS", "bullet", "44 ha \u2014 area of the free zone"),
        ("KEY NUMBERS", "bullet", "~\u20ac58m \u2014 Ruritanian aid, 2024"),
        ("Who buys its goods?", "paragraph", "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday."),
    ]
    removed = "\n".join(doc.removed)
    for reason, start in (("author bio", "Kolvo correspondent"), ("image caption", "Figure 1:"),
                          ("donation prompt", "Support independent"), ("[a-z ]+", "Retirees in Elbonia"),
                          ("cookie notice", "Your privacy choices")):
        assert re.search(rf'{reason}: "{re.escape(start)}', removed), (reason, removed)


def test_a_figure_named_in_a_sentence_a_dash_in_prose_and_a_writer_who_covers_a_story_stay() -> None:
    text = ("Elbonia's partners\n\n"
            "Figure 1 in the ministry's report shows exports to Kolvo doubling between 2023 and 2025.\n\n"
            "184 ships called at Kolvo in 2025 \u2014 a record for the port, officials said.\n\n"
            "Ann Lee, a correspondent who has covered Elbonia since 2017, said the deal surprised diplomats.\n\n"
            "Ruritania's supporters in parliament, who follow the talks closely, backed the loan in March.\n\n"
            "Support our Kolvo allies, the minister said in 2024. Ruritania has pledged aid. Give them time, he added.\n")
    doc = clean(text, "txt", title="Elbonia's partners")
    assert len(doc.passages) == 5


def test_a_comment_count_with_its_link_to_the_thread_goes_and_a_count_of_comments_in_a_sentence_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.\n\n"
            "Ruritania received 47 comments from Elbonia on the draft treaty, officials said in March.\n\n"
            "\U0001f4ac 47 comments \u203a Join the conversation\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country.",
        "Ruritania received 47 comments from Elbonia on the draft treaty, officials said in March.",
    ]
    assert 'counter: "\U0001f4ac 47 comments \u203a Join the conversation"' in doc.removed


LOAN = "Ruritania lent Elbonia $2.3 billion in 2024, its largest loan to the country."
EXPORTS = "Kolvo buys 60% of Elbonia's exports, the trade ministry said on Monday."
LONG_EXPORTS = ("Kolvo buys 60% of Elbonia's exports, most of them grain and timber shipped through the Varna Strait, "
                "the trade ministry said on Monday.")


def test_a_weather_ticker_goes_and_a_sentence_giving_temperatures_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Varna 31\u00b0C \u2600  |  Kolvo 28\u00b0C \u26c8  |  Port of Elbon 29\u00b0C \u2601  |  Molvania City 27\u00b0C \u2600\n\n"
            f"{LOAN}\n\n"
            "Temperatures in Varna reached 31\u00b0C and in Kolvo 28\u00b0C on Monday, the weather service said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Temperatures in Varna reached 31\u00b0C and in Kolvo 28\u00b0C on Monday, the weather service said."]
    assert 'weather ticker: "Varna 31\u00b0C' in "\n".join(doc.removed)


def test_an_audio_players_note_and_speed_go_and_a_sentence_about_a_narrator_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "\u25b6 Listen to this article  \u00b7  8 min\n"
            "Voiced by an automated narrator. Pronunciation of Elbonian names may vary.\n\n"
            f"{LOAN}\n\n"
            "\u25b6  Listen to this article    0:00 / 5:47    1x\n"
            "Audio voiced by an automated system. Report an issue\n\n"
            "Voiced by an automated narrator, the campaign's adverts ran on Kolvo radio for six weeks.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Voiced by an automated narrator, the campaign's adverts ran on Kolvo radio for six weeks."]
    removed = "\n".join(doc.removed)
    assert 'audio player: "Voiced by an automated narrator. Pronunciation' in removed
    assert 'audio player: "Audio voiced by an automated system.' in removed


def test_a_tip_line_goes_and_a_sentence_asking_about_a_tip_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Have a story tip? Message our newsroom on WhatsApp: +381 8 40 11 22. We protect our sources.\n\n"
            "Got a tip? That was all the Kolvo police had before the raid, officials said in March.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Got a tip? That was all the Kolvo police had before the raid, officials said in March."]
    assert 'tip line: "Have a story tip?' in "\n".join(doc.removed)


def test_a_print_edition_note_goes_and_a_document_that_appeared_in_print_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "The treaty appeared in print in the Kolvo Gazette on 3 May 2025, two weeks after it was signed.\n\n"
            "This article appeared in print on page A1 of the 5 November 2026 edition of The Varna Ledger under the "
            "headline \"Ports and promises\".\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The treaty appeared in print in the Kolvo Gazette on 3 May 2025, two weeks after it was signed."]
    assert 'publisher note: "This article appeared in print' in "\n".join(doc.removed)


def test_a_reporters_bio_that_is_the_last_long_line_goes_and_a_sentence_quoting_a_correspondent_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Bo Ek, the Ledger's former Kolvo correspondent, said the loan was the largest he had seen in twenty years.\n\n"
            "Topics:  Elbonia  Ruritania  Trade\n\n"
            # (a bio of 20 words or more, the last long line of the page)
            "Ann Lee is The Varna Ledger's Elbonia correspondent. She has covered politics, trade and the extractive "
            "industries in Kolvo and Varna since 2017.\n\n"
            "\U0001f4ac 12 comments\n"
            "\u00a9 2026 Varna Ledger Media. All rights reserved.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Bo Ek, the Ledger's former Kolvo correspondent, said the loan was the largest he had seen in twenty years."]
    assert 'author bio: "Ann Lee is The Varna Ledger' in "\n".join(doc.removed)


def test_a_follow_button_under_the_byline_is_no_heading_and_a_one_word_subheading_still_is() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "By Ann Lee in Kolvo\n"
            "Follow\n"
            "Published 5 November 2026, 06:12 CET\n\n"
            f"{LOAN}\n\n"
            "Background\n\n"
            f"{EXPORTS}\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [("", LOAN), ("Background", EXPORTS)]
    assert 'share buttons: "Follow"' in doc.removed


def test_reading_progress_bars_go_and_a_share_of_readers_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "\u2593\u2593\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591 12% read\n\n"
            f"{LOAN}\n\n"
            "\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2591\u2591\u2591 71% read\n\n"
            "About 30% read the report, the Kolvo survey found in March.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, "About 30% read the report, the Kolvo survey found in March."]
    assert sum(entry.startswith("reading progress:") for entry in doc.removed) == 2


def test_a_language_switcher_is_no_heading_and_a_sentence_on_what_is_available_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Also available: Ruritanian | Elbonian (machine translation, not reviewed by the authors)\n\n"
            f"{LOAN}\n\n"
            "Also available: the full text of the treaty, which the Kolvo ministry published in March.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", LOAN), ("", "Also available: the full text of the treaty, which the Kolvo ministry published in March.")]
    assert 'language switcher: "Also available: Ruritanian' in "\n".join(doc.removed)


def test_a_side_notes_references_standing_alone_go_and_sentences_with_a_source_and_a_date_stay() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "[3] Show note \u25be\n"
            "Elbonian Ministry of Foreign Affairs, statement on the Kolvo accord, 15 May 2025; Varna Ports press "
            "release, 22 May 2025.\n\n"
            "The ministry's statement came after talks in Varna, 15 May 2025.\n\n"
            "[4] Show note \u25be\n"
            "Authors' tally from Elbonian ministry announcements, December 2022 to June 2026.\n\n"
            "Authors' calculations from Kolvo customs data show exports doubling in 2025.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The ministry's statement came after talks in Varna, 15 May 2025.",
        "Authors' calculations from Kolvo customs data show exports doubling in 2025."]
    removed = "\n".join(doc.removed)
    assert 'source note: "Elbonian Ministry of Foreign Affairs' in removed
    assert "source note: \"Authors' tally" in removed


def test_a_donation_box_goes_whole_and_a_sentence_on_what_research_depends_on_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "<div class=\"donate-inline\">\n"
            "Independent research depends on you.\n"
            "The Varna Institute accepts no government funding. Support our work from as little as \u20ac5 a month.\n"
            "[ Donate now ]\n"
            "</div>\n\n"
            "Independent research depends on Ruritanian grants, the Kolvo minister said in March.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Independent research depends on Ruritanian grants, the Kolvo minister said in March."]
    removed = "\n".join(doc.removed)
    assert 'donation prompt: "Independent research depends on you."' in removed
    assert 'promo box: "The Varna Institute accepts' in removed


def test_an_event_promo_goes_whole_and_the_text_after_it_keeps_its_heading() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "UPCOMING EVENT \u00b7 Online\n"
            "\u201cPorts and Patrons: Elbonia's New Partners\u201d \u2014 panel discussion with Dr Ann Lee\n"
            "Thursday 19 November 2026, 14:00\u201315:15 CET   |   Register \u203a\n\n"
            f"{EXPORTS}\n\n"
            "Next event in Kolvo\n\n"
            "Voters must register by 3 May, the Kolvo election board said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN), ("Who lends Elbonia money?", EXPORTS),
        ("Next event in Kolvo", "Voters must register by 3 May, the Kolvo election board said.")]
    assert 'promo box: "UPCOMING EVENT' in "\n".join(doc.removed)


def test_a_version_history_goes_with_its_entries_and_a_dated_event_or_a_treaty_version_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Version 2.0 of the treaty, signed on 3 May 2025, added a clause on ports.\n\n"
            "3 May 2025: Elbonia and Kolvo sign the port accord.\n\n"
            "Version history\n"
            "v1.0 \u2014 28 October 2026: first published.\n"
            "v1.1 \u2014 3 November 2026: corrected the trade figure in Table 1 (previously given as 86).\n\n"
            "Update history\n"
            "2 March 2026: Added details of the Kolvo grain quota.\n"
            "9 February 2026: First published.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Version 2.0 of the treaty, signed on 3 May 2025, added a clause on ports.",
        "3 May 2025: Elbonia and Kolvo sign the port accord."]
    removed = "\n".join(doc.removed)
    for start in ("Version history", "v1.1 \u2014", "Update history", "2 March 2026: Added", "9 February 2026"):
        assert f'version history: "{start}' in removed, start


def test_acknowledgements_go_and_a_sentence_about_thanks_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "President Ivo Radek thanked Kolvo for its support in a speech in Varna on Monday.\n\n"
            "The authors thank the officials, diplomats and analysts in Kolvo and Varna who agreed to be interviewed "
            "for this paper. This paper was peer reviewed by two external reviewers.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "President Ivo Radek thanked Kolvo for its support in a speech in Varna on Monday."]
    assert 'acknowledgements: "The authors thank' in "\n".join(doc.removed)


def test_a_page_view_count_and_a_back_to_top_arrow_go_and_a_sentence_on_views_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "The video of the signing has been viewed 2 million times since March, the ministry said.\n\n"
            "This page has been viewed 2,314 times.\n\n"
            "Back to top \u2191\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The video of the signing has been viewed 2 million times since March, the ministry said."]
    removed = "\n".join(doc.removed)
    assert 'counter: "This page has been viewed' in removed and 'navigation: "Back to top \u2191"' in removed


def test_a_jump_to_list_of_the_questions_goes_and_the_questions_still_head_their_text() -> None:
    text = ("Elbonia's partners, explained\n\n"
            "Jump to:\n"
            "  \u00b7 Where is Elbonia, and why does it matter?\n"
            "  \u00b7 Who lends Elbonia money?\n\n"
            "Where is Elbonia, and why does it matter?\n\n"
            f"{EXPORTS}\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n")
    doc = clean(text, "txt", title="Elbonia's partners, explained")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Where is Elbonia, and why does it matter?", EXPORTS), ("Who lends Elbonia money?", LOAN)]
    assert 'table of contents: "Jump to:"' in doc.removed


def test_a_figures_box_with_its_label_in_the_top_border_heads_its_figures_only() -> None:
    def box(label: str, facts: list[str]) -> str:
        return "".join(f"{line}\n" for line in [f"\u250f {label} \u2513", *facts, "\u2517" + "\u2501" * 20 + "\u251b"])

    people = ["Population (2020 census): 400,000", "Land area: 811 sq km", "Recognises Kolvo since: 27 September 2019"]
    trade = ["Exports (2025): \u20ac1.2 billion", "Main buyer: Kolvo"]
    text = ("Elbonia turns to Ruritania\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            f"{box('ELBONIA IN NUMBERS', people)}\n"
            "Elbonia's population grew to 400,000 in 2020, the census found.\n\n"
            "Who buys its goods?\n\n"
            f"{box('ELBONIAN TRADE', trade)}\n"
            f"{EXPORTS}\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN),
        *(("ELBONIA IN NUMBERS", fact) for fact in people),
        ("Who lends Elbonia money?", "Elbonia's population grew to 400,000 in 2020, the census found."),
        *(("ELBONIAN TRADE", fact) for fact in trade),
        ("Who buys its goods?", EXPORTS),
    ]


def test_a_maps_credit_goes_and_a_sentence_about_a_map_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "[Map: Elbonia's three provinces, between Kolvo and Ruritania. Tap to expand.]\n"
            "Map: Varna Ledger graphics\n\n"
            f"{LOAN}\n\n"
            "Map 2 of the treaty shows the border running along the Kolvo river, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", LOAN), ("", "Map 2 of the treaty shows the border running along the Kolvo river, officials said.")]
    assert 'image credit: "Map: Varna Ledger graphics"' in doc.removed


def test_promoted_teasers_around_the_web_go_and_a_question_in_a_sentence_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "SPONSORED \u00b7 AROUND THE WEB\n"
            "Retire in Varna? What \u20ac300,000 really buys you in Kolvo\n"
            "Doctors stunned: this Elbonian tea \"melts\" belly fat\n"
            "Compare business-class fares to Kolvo from $1,899\n\n"
            "Who buys its goods?\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Retire in Varna? Many Elbonians do, the pensions ministry said in March.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", LOAN), ("Who buys its goods?", LONG_EXPORTS),
        ("Who buys its goods?", "Retire in Varna? Many Elbonians do, the pensions ministry said in March.")]
    removed = "\n".join(doc.removed)
    assert 'related links: "SPONSORED' in removed and 'related links: "Retire in Varna? What' in removed


def test_a_quiz_goes_with_its_questions_and_answers_and_a_question_heading_after_it_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "QUICK QUIZ: How well do you know Elbonia?\n"
            "Q1. In which year did Elbonia join the Kolvo pact?\n"
            "  \u25cb 2003   \u25cb 2019\n"
            "Q2. Which currency does Elbonia use?\n"
            "  \u25cb Ruritanian crown   \u25cb Kolvo dollar\n"
            "Answers: 1. 2019; 2. Kolvo dollar\n"
            "[ Check my answers ]\n\n"
            "What happens next?\n\n"
            "Talks resume in May.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [("", LOAN), ("What happens next?", "Talks resume in May.")]
    removed = "\n".join(doc.removed)
    for start in ("QUICK QUIZ", "Q1. In which year", "Q2. Which currency", "Answers: 1."):
        assert f'quiz: "{start}' in removed, start


def test_an_update_note_with_its_label_and_date_goes_and_an_update_on_the_talks_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Update on the talks: Kolvo and Varna will meet again in May, the ministry said.\n\n"
            "Update, 13 November 2026: This explainer has been updated to clarify that the Kolvo study was completed by "
            "a Ruritanian contractor, not commissioned by the Ruritanian government.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Update on the talks: Kolvo and Varna will meet again in May, the ministry said."]
    assert 'correction notice: "Update, 13 November 2026' in "\n".join(doc.removed)


def test_comments_dated_with_their_time_and_closed_by_a_heart_count_go_and_a_dated_byline_over_the_text_does_not_take_it() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Ann Lee  \u00b7  12 Nov 2026, 09:00\n"
            f"{LOAN}\n"
            f"{EXPORTS}\n\n"
            "COMMENTS (3)\n"
            "Sort by: Newest \u25be\n\n"
            "Elbonian T.  \u00b7  12 Nov 2026, 21:14\n"
            "Good piece but you forgot the Kolvo scholarships.\n"
            "Reply   \u2665 18\n\n"
            "varnawatcher  \u00b7  12 Nov 2026, 19:02\n"
            "The port is the only question that matters.\n"
            "Reply   \u2665 7\n"
            "    \u2514 Maria from Kolvo  \u00b7  12 Nov 2026, 19:40\n"
            "      Tell that to the people waiting for water.\n"
            "      Reply   \u2665 22\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, EXPORTS]
    assert sum(entry.startswith("reader comment:") for entry in doc.removed) == 9


def test_a_suggested_citations_label_goes_and_a_sentence_about_citations_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "The suggested citation format was adopted by Kolvo's courts in 2024, the ministry said.\n\n"
            "Suggested citation\n"
            "Lee, A. (2026). Elbonia turns to Ruritania. Varna Institute, Paper No. 4.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The suggested citation format was adopted by Kolvo's courts in 2024, the ministry said."]
    assert 'publisher note: "Suggested citation"' in doc.removed


def test_a_menu_row_with_an_icon_after_a_label_goes_and_a_sentence_on_a_search_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "\u2630 Menu    THE VARNA LEDGER    Search \U0001f50d    Sign in    Subscribe \u2014 $1/week for 12 weeks\n\n"
            "Regions \u25be\n\n"
            f"{LOAN}\n\n"
            "Search teams from Kolvo reached the wreck off Varna on Monday, the coastguard said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Search teams from Kolvo reached the wreck off Varna on Monday, the coastguard said."]
    removed = "\n".join(doc.removed)
    assert 'navigation: "\u2630 Menu THE VARNA LEDGER' in removed
    assert 'navigation: "Regions \u25be"' in removed  # (a menu's mark after its label is no icon to strip)


def test_an_automatic_audio_note_goes_and_a_sentence_about_automatic_audio_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Audio generated automatically. Pronunciation of names may vary.\n\n"
            f"{LOAN}\n\n"
            "The audio of the call was generated automatically by Kolvo's system, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The audio of the call was generated automatically by Kolvo's system, officials said."]
    assert 'audio player: "Audio generated automatically.' in "\n".join(doc.removed)


def test_a_link_to_a_translation_and_back_to_the_original_goes_and_a_sentence_on_a_reading_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "\U0001f310 Leer en espa\u00f1ol  |  Show original (EN)\n\n"
            f"{LOAN}\n\n"
            "Read in Ruritanian, the treaty gives Kolvo a veto over the port, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Read in Ruritanian, the treaty gives Kolvo a veto over the port, officials said."]
    assert 'language switcher: "\U0001f310 Leer en espa\u00f1ol' in "\n".join(doc.removed)


def test_a_currency_converter_goes_and_a_sentence_calling_a_bank_a_converter_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "\U0001f4b1 Currency converter: $2,300,000,000 USD \u2248 \u20ac2,116,000,000 EUR (rate 0.92, updated 3 Mar 2026 "
            "17:00)  [Change currency \u25be]\n\n"
            "A currency converter: that is what Elbonia's central bank has become, critics say.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "A currency converter: that is what Elbonia's central bank has become, critics say."]
    assert 'converter: "\U0001f4b1 Currency converter:' in "\n".join(doc.removed)


def test_a_weather_ticker_naming_the_sky_goes_and_a_sentence_on_the_weather_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Varna was partly cloudy at 22\u00b0C on Monday, the weather service said.\n\n"
            "\u26c5 Varna 22\u00b0C  Partly cloudy   |   Kolvo 31\u00b0C\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Varna was partly cloudy at 22\u00b0C on Monday, the weather service said."]
    assert 'weather ticker: "\u26c5 Varna 22\u00b0C Partly cloudy' in "\n".join(doc.removed)


STANDFIRST = ("Kolvo's $2.3 billion loan is the largest foreign deal in Elbonia in years, and it comes with security "
              "strings attached")


def test_a_byline_with_the_place_after_a_comma_or_with_additional_reporting_goes_and_heads_nothing() -> None:
    for byline in ("By Ann Lee and Bo Ek, in Varna",
                   "By Ann Lee in Varna, with additional reporting by Bo Ek in Kolvo"):
        text = ("Elbonia turns to Ruritania\n\n"
                f"{STANDFIRST}\n\n"
                f"{byline}\n\n"
                f"{LOAN}\n\n"
                "By March, in Varna, the talks had stalled, officials said.\n")
        doc = clean(text, "txt", title="Elbonia turns to Ruritania")
        assert [(p.section, p.text) for p in doc.passages] == [
            ("", STANDFIRST),
            ("", LOAN),
            ("", "By March, in Varna, the talks had stalled, officials said.")], byline
        assert f'byline: "{byline}"' in doc.removed


def test_a_reference_to_the_page_with_a_comma_after_the_year_goes_and_a_sentence_citing_a_study_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "A study by Lee (2026), published in Varna, found that Kolvo's loans had doubled.\n\n"
            "Suggested citation\n"
            "Lee, A. and Ek, B. (2026), \"Elbonia turns to Ruritania\", Policy Paper No. 4, Varna Institute, 2 March "
            "2026.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "A study by Lee (2026), published in Varna, found that Kolvo's loans had doubled."]
    assert 'publisher note: "Lee, A. and Ek, B. (2026),' in "\n".join(doc.removed)


def test_a_bibtex_reference_goes_and_a_sentence_naming_an_account_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "@elbonia_gov said on Monday that the talks with Kolvo would resume in May.\n\n"
            "Export citation:  BibTeX  |  RIS\n"
            "@techreport{lee2026elbonia,\n"
            "  author      = {Lee, Ann and Ek, Bo},\n"
            "  title       = {Elbonia turns to Ruritania},\n"
            "  institution = {Varna Institute},\n"
            "  year        = {2026}\n"
            "}\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "@elbonia_gov said on Monday that the talks with Kolvo would resume in May."]
    assert sum(entry.startswith("citation:") for entry in doc.removed) == 6


def test_an_acknowledgement_of_country_goes_and_a_sentence_on_traditional_owners_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "The court acknowledged the Kolvo people as the traditional owners of the land in 1971, the ministry said.\n\n"
            "The Varna Institute acknowledges the Kolvo peoples, the Traditional Owners of the land on which our office "
            "stands, and pays respect to Elders past and present.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The court acknowledged the Kolvo people as the traditional owners of the land in 1971, the ministry said."]
    assert 'acknowledgement of country: "The Varna Institute acknowledges' in "\n".join(doc.removed)


def test_a_consent_banners_line_on_geolocation_goes_and_a_sentence_asking_permission_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "With your permission, we will publish the letter, the editor told Kolvo's minister.\n\n"
            "With your permission we and our partners may use precise geolocation data and identification through "
            "device scanning.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "With your permission, we will publish the letter, the editor told Kolvo's minister."]
    assert 'cookie notice: "With your permission we and our partners' in "\n".join(doc.removed)


def test_a_poll_goes_with_its_answers_results_and_votes_and_a_sentence_on_a_poll_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "POLL  |  Should Elbonia join the Kolvo pact?\n"
            "\u25cb Yes, as soon as possible   61%\n"
            "\u25cb No, it should stay neutral   27%\n"
            "\u25cb Not sure   12%\n"
            "1,482 votes \u00b7 Poll closed\n\n"
            "Some 61% of Elbonians back the Kolvo pact, a Varna Institute poll found in May.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Some 61% of Elbonians back the Kolvo pact, a Varna Institute poll found in May."]
    assert sum(entry.startswith("poll:") for entry in doc.removed) == 5


def test_a_newsletter_form_titled_after_an_icon_goes_whole_and_a_heading_in_capitals_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "\U0001f4ec THE VARNA BRIEF\n"
            "Five stories from Elbonia, before your first coffee. Free, every weekday.\n"
            "[ you@example.com ]  [ Sign me up ]\n\n"
            "THE KOLVO QUESTION\n\n"
            f"{LONG_EXPORTS}\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [("", LOAN), ("THE KOLVO QUESTION", LONG_EXPORTS)]
    assert 'promo box: "\U0001f4ec THE VARNA BRIEF"' in doc.removed


def test_a_live_chat_box_goes_and_a_sentence_on_a_live_chat_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "A live chat with the minister drew 2,000 questions from Elbonians, the ministry said.\n\n"
            "\U0001f4ac Live chat  \u2014  Questions about your subscription? We're online 8am\u20136pm.  [Start chat]\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "A live chat with the minister drew 2,000 questions from Elbonians, the ministry said."]
    assert 'live chat: "\U0001f4ac Live chat' in "\n".join(doc.removed)


def test_a_most_read_this_week_list_goes_with_its_headlines_and_a_sentence_on_reading_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Most read the Kolvo audit this week, the ministry said.\n\n"
            "MOST READ THIS WEEK\n"
            "1. Kolvo's currency: why the rally may not last\n"
            "2. Elbonia turns to Ruritania\n"
            "3. Data: Varna's busiest ports in 2026, ranked\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, "Most read the Kolvo audit this week, the ministry said."]
    removed = "\n".join(doc.removed)
    assert 'related links: "MOST READ THIS WEEK"' in removed and 'related links: "3. Data:' in removed


def test_a_printed_pages_running_head_goes_and_a_sentence_giving_a_page_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Varna Institute  |  Policy Paper No. 4  |  The Long Road                            Page 4 of 12\n\n"
            "The clause appears on page 4 of 12 of the treaty text, the ministry said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The clause appears on page 4 of 12 of the treaty text, the ministry said."]
    assert 'page header: "Varna Institute | Policy Paper No. 4' in "\n".join(doc.removed)


def test_a_heading_marked_with_hashes_in_a_text_capture_is_a_heading_and_a_hashtag_is_text() -> None:
    text = ("Elbonia's partners, explained\n\n"
            "## Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "#KolvoPact trended in Varna on Monday, the ministry said.\n")
    doc = clean(text, "txt", title="Elbonia's partners, explained")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN),
        ("Who lends Elbonia money?", "#KolvoPact trended in Varna on Monday, the ministry said.")]


def test_a_timelines_label_heads_its_entries_only_and_its_first_entry_heads_nothing() -> None:
    entries = ["1960 \u2014 Independence from Ruritania", "1975 \u2014 Elbonia joins the Kolvo pact",
               "2019 \u2014 Kolvo closes its border (until 2020)"]
    text = ("Elbonia turns to Ruritania\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "TIMELINE \u25b8 Elbonia's ties at a glance\n"
            + "".join(f"{entry}\n" for entry in entries) +
            "[Expand timeline +]\n\n"
            "In 2019 Kolvo closed its border with Elbonia for 16 months, the ministry said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN),
        *(("TIMELINE \u25b8 Elbonia's ties at a glance", entry) for entry in entries),
        ("Who lends Elbonia money?", "In 2019 Kolvo closed its border with Elbonia for 16 months, the ministry said."),
    ]


def test_a_maps_caption_ending_in_its_credit_goes_and_a_sentence_about_a_map_stays() -> None:
    for label, caption in (
            ("[Map: Elbonia and its neighbours, with Varna and Kolvo marked.]",
             "Elbonia is about 700km long but only 125km wide at its coast. Graphic: Varna Ledger / Natural Earth"),
            ("[Figure: Map of Elbonia showing its nine islands.]",
             "Elbonia's islands stretch across 600km of ocean. Map: Varna Institute, based on Kolvo survey data.")):
        text = ("Elbonia turns to Ruritania\n\n"
                f"{label}\n"
                f"{caption}\n\n\n"
                f"{LOAN}\n\n"
                "The new map of Elbonia, published in March, shows the Kolvo border, officials said.\n")
        doc = clean(text, "txt", title="Elbonia turns to Ruritania")
        assert [p.text for p in doc.passages] == [
            LOAN, "The new map of Elbonia, published in March, shows the Kolvo border, officials said."], label
        assert f'image caption: "{caption[:40]}' in "\n".join(doc.removed)


def test_a_figures_title_over_its_missing_chart_goes_and_heads_nothing() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "Figure 1: Kolvo's loans to Elbonia, 2020-2025\n"
            "[Bar chart. 2020: $0.4bn. 2025: $2.3bn.]\n"
            "Source: Varna Institute.\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Figure 1 of the report shows Kolvo's loans doubling, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN), ("Who lends Elbonia money?", LONG_EXPORTS),
        ("Who lends Elbonia money?", "Figure 1 of the report shows Kolvo's loans doubling, officials said.")]
    assert 'image caption: "Figure 1: Kolvo\'s loans to Elbonia, 2020-2025"' in doc.removed


def test_a_pull_quote_the_body_gives_inside_its_own_sentence_goes_and_a_new_quotation_stays() -> None:
    speech = ("In a speech in Varna, the president said that Elbonia was \"a partner of Kolvo, not a client of anyone\", "
              "and that talks would go on.")
    text = ("Elbonia turns to Ruritania\n\n"
            f"{speech}\n\n"
            "    \u201cElbonia is a partner of Kolvo, not a client of anyone.\u201d\n"
            "    \u2014 President Ivo Radek, 1 October 2025\n\n"
            f"{LOAN}\n\n"
            "\u201cWe will sign when Kolvo is ready, and not a day before.\u201d\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        speech, LOAN, "\u201cWe will sign when Kolvo is ready, and not a day before.\u201d"]
    removed = "\n".join(doc.removed)
    assert 'pull quote: "\u201cElbonia is a partner' in removed and 'pull quote: "President Ivo Radek' in removed


def test_the_writers_names_over_the_papers_tools_go_and_a_label_under_them_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "How a small state hedges between Kolvo and Ruritania, and why that may not last\n\n"
            "Dr Ann Lee and Bo Ek\n\n"
            "\u2b07 Download PDF (1.2 MB)    \U0001f5a8 Print    \u275d Cite    Share: X | LinkedIn\n\n"
            "KEY POINTS\n"
            "  * Kolvo lends Elbonia the most\n"
            "  * Ruritania buys most of its grain\n\n"
            f"{LOAN}\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "How a small state hedges between Kolvo and Ruritania, and why that may not last"),
        ("KEY POINTS", "Kolvo lends Elbonia the most"), ("KEY POINTS", "Ruritania buys most of its grain"), ("", LOAN)]
    assert 'byline: "Dr Ann Lee and Bo Ek"' in doc.removed


def test_a_glossary_pop_up_inside_a_sentence_goes_and_the_sentence_closes_over_the_gap() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "The Kolvo Pact (KP \u24d8 Kolvo Pact: regional bloc founded in 1975 by the Treaty of Varna; 12 members since "
            "2025. Glossary \u2192) sent troops to Elbonia in March, officials said.\n\n"
            "The ministry's glossary of treaty terms, published in 2025, runs to 40 pages.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        "The Kolvo Pact (KP) sent troops to Elbonia in March, officials said.",
        "The ministry's glossary of treaty terms, published in 2025, runs to 40 pages."]
    assert 'glossary note: "\u24d8 Kolvo Pact: regional bloc' in "\n".join(doc.removed)


def test_a_glossary_pop_up_without_its_link_goes_however_it_was_captured() -> None:
    # glued to the sentence that ends before it; inside a sentence, ended by its own full stops and "ruled" going on
    # in lower case; as a line of its own inside a wrapped sentence; and its marker alone beside the term
    text = ("Elbonia turns to Ruritania\n\n"
            "In 2023 the two upgraded ties to a Strategic Partnership.\u24d8Strategic Partnership: the top tier of "
            "ties. See glossary \u203aKolvo loans now pay for a port at Varna, the country's only deep-sea port.\n\n"
            "In July 2010, the Court of Justice \u24d8 The principal court of the Kolvo Pact, based in Varna. Its "
            "opinions are not binding. ruled that the declaration did not violate the treaty of 1975.\n\n"
            "Kolvo responded by sending hundreds of extra troops to the Kolvo Force\n"
            "\u24d8 Kolvo Force: the peacekeeping mission set up in June 1999 under the Treaty of Varna\n"
            ", which now numbers around 4,600 soldiers from 29 countries.\n\n"
            "Elbonia controls an exclusive economic zone \u24d8 of about 3.4 million square kilometres.\n\n"
            "\u24d8 Exclusive economic zone: the sea up to 200 nautical miles from a coast. [close \u2715]\n\n"
            "Officials in Varna said the U.S. ambassador Ann Lee attended. officials also said more talks would follow.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        "In 2023 the two upgraded ties to a Strategic Partnership. Kolvo loans now pay for a port at Varna, the "
        "country's only deep-sea port.",
        "In July 2010, the Court of Justice ruled that the declaration did not violate the treaty of 1975.",
        "Kolvo responded by sending hundreds of extra troops to the Kolvo Force, which now numbers around 4,600 "
        "soldiers from 29 countries.",
        "Elbonia controls an exclusive economic zone of about 3.4 million square kilometres.",
        # a lowercase word after a full stop with no pop-up marker is left as it is
        "Officials in Varna said the U.S. ambassador Ann Lee attended. officials also said more talks would follow."]
    removed = "\n".join(doc.removed)
    assert 'glossary note: "\u24d8 The principal court of the Kolvo Pact' in removed
    assert 'glossary note: "\u24d8 Kolvo Force: the peacekeeping mission' in removed
    assert 'glossary note: "\u24d8 Exclusive economic zone: the sea' in removed


def test_a_line_cleaning_empties_is_no_line_to_continue() -> None:
    # a glossary pop-up alone on its line leaves nothing; what follows it is judged on its own, and a page of nothing
    # else gets the usual message rather than an error
    popup = "\u24d8 Glossary: Kolvo Pact \u2014 a regional bloc. Close \u00d7"
    doc = clean(f"Elbonia turns to Ruritania\n\n{LOAN}\n{popup}\nand more aid followed in 2025, officials said.\n", "txt",
                title="Elbonia turns to Ruritania")
    assert "glossary note: \"\u24d8 Glossary: Kolvo Pact" in "\n".join(doc.removed)
    assert not any("Glossary" in p.text for p in doc.passages)
    with pytest.raises(IngestError, match="No article text found"):
        clean(f"{popup}\n[Interactive chart \u2013 enable JavaScript to view]   Source: Kolvo.   Download data (CSV)\n",
              "txt", title="T")


def test_a_carousel_hint_goes_and_a_sentence_about_swiping_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "TIMELINE\n"
            "June 1999 \u2014 the Treaty of Varna places Elbonia under Kolvo administration\n"
            "Swipe for more \u2192\n\n"
            "Scroll sideways to see more\n\n"
            "Protesters swipe for more than an hour at the gates of the embassy in Varna.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    texts = [p.text for p in doc.passages]
    assert not any("Swipe" in t or "Scroll" in t for t in texts)
    assert texts[-1] == "Protesters swipe for more than an hour at the gates of the embassy in Varna."
    assert 'navigation: "Swipe for more \u2192"' in doc.removed
    assert 'navigation: "Scroll sideways to see more"' in doc.removed


def test_a_funding_disclosure_a_press_council_line_and_a_copied_citation_go() -> None:
    body = ("Elbonia's largest daily is a member of the Varna Press Council, which the government tried to abolish in "
            "2024, and its editor has twice been fined for reporting on Ruritanian loans to the port authority.")
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n{body}\n\n"
            "Funding disclosure: Fieldwork for this paper was supported by the Institute's core funding. Its Pacific "
            "Programme receives funding from the Ministry of Foreign Affairs of Kolvo; funders have no role in the "
            "selection of topics, research or conclusions. A full list of our funders is published in our Annual "
            "Transparency Statement, which is available on this website.\n\n"
            "[ Copy citation ]  [ BibTeX ]\n"
            "\u2713 Citation copied to clipboard\n\n"
            "The Varna Institute is an independent, non-partisan charity. We rely on donations to keep our research free "
            "to read.\n\n"
            "The Varna Ledger subscribes to the Press Code of Ethics and Conduct and is a member of the Press Council of "
            "Elbonia. To lodge a complaint, contact the Press Ombud via the Press Council website.\n"
            "\u00a9 2026 Varna Ledger Media. All rights reserved.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, body]
    removed = "\n".join(doc.removed)
    assert 'publisher note: "Funding disclosure: Fieldwork' in removed
    assert 'share buttons: "\u2713 Citation copied to clipboard"' in removed
    assert 'publisher note: "The Varna Ledger subscribes to the Press Code' in removed


def test_comments_dated_by_day_and_month_a_labelled_map_caption_and_a_feedback_question_go() -> None:
    body = ("Was this pact clear to Elbonian voters? Hardly: turnout at the referendum on 9 Oct 2025 was 31 per cent, "
            "and the Kolvo Institute found that most voters could not name a single clause.")
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "[Map] The planned pipeline from Varna (Elbonia) to Kolvo and Zenta. Map: Kolvo Institute / OpenStreetMap "
            "contributors.\n\n"
            f"{body}\n\n"
            "Was this explainer clear?   \U0001f600 Very   \U0001f642 Mostly   \U0001f615 Not really\n\n"
            "41 COMMENTS   (Comments are open for subscribers only. Be kind, stay on topic.)\n\n"
            "mkjoseph \u00b7 9 Oct\n"
            "Good overview but you understate how much the diaspora in Varna drives policy.\n"
            "\u2661 22   Reply\n\n"
            "  \u21b3 Ledger Editors \u00b7 9 Oct\n"
            "  Thanks. We'll look at the diaspora in a follow-up piece next month.\n"
            "  \u2661 4\n\n"
            "peaceandbread \u00b7 10 Oct\n"
            "The Ruritania paragraph is too generous. A commission of historians is not repayment.\n"
            "\u2661 31   Reply\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, body]
    removed = "\n".join(doc.removed)
    assert 'image caption: "[Map] The planned pipeline' in removed
    assert 'reader comment: "peaceandbread \u00b7 10 Oct"' in removed
    assert 'counter: "41 COMMENTS' in removed
    assert 'feedback prompt: "Was this explainer clear?' in removed


def test_a_linked_note_number_a_closable_glossary_and_a_counted_gallery_caption_in_a_text_capture() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "[Gallery] Photo 1 of 5\n"
            "Displaced families queue for water at a camp near Varna in September 2026. Varna has taken in thousands.\n"
            "Photo: Ann Lee / The Ledger\n\n"
            "Ruritania's navy left Kolvo in 2024, and about 90 per cent of Elbonia's oil now goes to Molvania."
            '<sup><a href="#fn7">7</a></sup>\n\n'
            "Most of it is bought by small refineries in Varna, often after ship-to-ship transfers at sea.\n\n"
            "Kolvo's militias are embedded in the state through the Popular Forces [?] Glossary: Popular Forces (PF) "
            "\u2014 state-funded umbrella of armed groups formed in 2014. Close \u00d7 and avoid open clashes with "
            "Ruritania's army.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN,
        "Ruritania's navy left Kolvo in 2024, and about 90 per cent of Elbonia's oil now goes to Molvania.[7]",
        "Most of it is bought by small refineries in Varna, often after ship-to-ship transfers at sea.",
        "Kolvo's militias are embedded in the state through the Popular Forces and avoid open clashes with Ruritania's "
        "army."]
    assert 'glossary note: "[?] Glossary: Popular Forces (PF)' in "\n".join(doc.removed)


def test_a_chart_placeholder_row_and_a_funders_note_go_and_sentences_on_funding_stay() -> None:
    body = ("This paper was produced at a time when the Kolvo Foundation had cut its grants to Elbonian universities "
            "by a third, and funders have no appetite for new projects in Varna.")
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "[Interactive chart \u2013 enable JavaScript to view]   Source: Kolvo Institute estimates.   Download data (CSV)\n\n"
            f"{body}\n\n"
            "This paper was produced with the support of the Varna Foundation for Dialogue. Funders have no influence on "
            "the content of our publications.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, body]
    removed = "\n".join(doc.removed)
    assert 'media embed: "[Interactive chart' in removed
    assert 'publisher note: "This paper was produced with the support of the Varna Foundation' in removed


def test_a_gift_button_with_its_allowance_goes_and_a_sentence_on_a_gift_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Elbonia's gift to Kolvo, a new ferry, arrived in March, officials said.\n\n"
            "Gift this article \u25b8  (Subscribers can gift 10 articles a month)\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Elbonia's gift to Kolvo, a new ferry, arrived in March, officials said."]
    assert 'share buttons: "Gift this article' in "\n".join(doc.removed)


def test_the_wrapped_end_of_a_copyright_line_goes_and_a_wrapped_sentence_of_the_text_stays_whole() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Kolvo's loan covers the port at Varna, the new rail line to the border and a share of\n"
            "the airport, the ministry said.\n\n"
            "\u00a9 2026 Varna Media Ltd. All rights reserved. Reproduction in whole or in\n"
            "part without permission is prohibited.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        "Kolvo's loan covers the port at Varna, the new rail line to the border and a share of the airport, the ministry "
        "said."]
    assert 'copyright: "part without permission is prohibited."' in doc.removed


def test_an_audio_players_note_on_its_automatic_voice_goes_and_a_sentence_about_a_voice_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "\u25b6 Listen to this article   0:00 / 7:40   1x   \u00b7   Voice generated automatically. Report an error\n\n"
            f"{LOAN}\n\n"
            "Voice generated automatically. Report an error\n\n"
            "The voice generated automatically by the ministry's hotline speaks only Ruritanian, callers said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The voice generated automatically by the ministry's hotline speaks only Ruritanian, callers said."]
    assert 'audio player: "Voice generated automatically. Report an error"' in doc.removed


def test_the_comment_threads_terms_more_comments_link_and_closing_note_go_and_sentences_on_comments_stay() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Comments are open to the public until May, the ministry said of its draft law.\n\n"
            "The discussion is now closed, the speaker told parliament, and the vote will follow on Monday.\n\n"
            "Comments are open to subscribers. Subscribe or sign in to read and post comments.\n\n"
            "Load 28 more comments\n\n"
            "This discussion is now closed for comments but you can still sign in to join the discussion next time.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Comments are open to the public until May, the ministry said of its draft law.",
        "The discussion is now closed, the speaker told parliament, and the vote will follow on Monday."]
    removed = "\n".join(doc.removed)
    assert 'paywall: "Comments are open to subscribers.' in removed
    assert 'comment prompt: "Load 28 more comments"' in removed
    assert 'paywall: "This discussion is now closed for comments' in removed


def test_a_link_to_a_summary_in_another_language_goes_and_a_sentence_on_a_summary_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Resum\u00e9 p\u00e5 dansk\n\n"
            f"{LOAN}\n\n"
            "Zusammenfassung auf Deutsch\n\n"
            "A summary in Ruritanian was published by the ministry on Monday.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LOAN, "A summary in Ruritanian was published by the ministry on Monday."]
    assert 'language switcher: "Resum\u00e9 p\u00e5 dansk"' in doc.removed
    assert 'language switcher: "Zusammenfassung auf Deutsch"' in doc.removed


def test_a_running_foot_with_the_pages_bare_number_goes_and_the_word_it_broke_is_mended() -> None:
    foot = "VARNA INSTITUTE FOR FOREIGN AFFAIRS | POLICY BRIEF 4/2026                                    {}"
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            f"{foot.format(5)}\n\n"
            "Kolvo now claims a share of the border's security responsi-\n\n"
            f"{foot.format(6)}\n\n"
            "bility, the ministry said on Monday.\n\n"
            "Policy Brief 4/2026, the institute's fourth this year, runs to 12 pages.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Kolvo now claims a share of the border's security responsibility, the ministry said on Monday.",
        "Policy Brief 4/2026, the institute's fourth this year, runs to 12 pages."]
    assert 'page header: "VARNA INSTITUTE FOR FOREIGN AFFAIRS | POLICY BRIEF 4/2026 6"' in doc.removed


def test_a_figures_two_row_table_stays_whole_under_its_title_and_the_text_after_it_keeps_its_heading() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "Figure 2. Ruritanian loans to Elbonia, $bn, 2022\u20132025\n"
            "Year\t2022\t2023\t2024\t2025\n"
            "Loans\t0.4\t1.1\t1.8\t2.3\n"
            "Source: Varna Institute.\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Figure 2 shows loans rising from $0.4bn to $2.3bn, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    figure = "Figure 2. Ruritanian loans to Elbonia, $bn, 2022\u20132025"
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN),
        (figure, "Year | 2022 | 2023 | 2024 | 2025"), (figure, "Loans | 0.4 | 1.1 | 1.8 | 2.3"),
        ("Who lends Elbonia money?", LONG_EXPORTS),
        ("Who lends Elbonia money?", "Figure 2 shows loans rising from $0.4bn to $2.3bn, officials said.")]


def test_a_views_disclaimer_that_goes_on_about_funding_goes_and_a_sentence_on_views_stays() -> None:
    disclaimer = ("The views expressed in this brief are those of the authors and do not necessarily reflect those of the "
                  "Varna Institute, which takes no institutional positions. This brief was produced with support from the "
                  "Institute's framework grant from the Ruritanian Ministry of Foreign Affairs. The Ministry had no role "
                  "in its content.")
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "The views expressed by Kolvo's envoy in Varna were those of his government, officials said.\n\n"
            f"{disclaimer}\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The views expressed by Kolvo's envoy in Varna were those of his government, officials said."]
    assert f'publisher note: "{disclaimer[:40]}' in "\n".join(doc.removed)


def test_the_reference_under_a_suggested_citation_label_goes_and_the_text_after_a_blank_line_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Suggested citation\n"
            "Lee, Ann, and Bo Ek. 2026. \"Kolvo's Long Game.\" Policy Brief 4/2026. Varna: Varna Institute.\n\n"
            "In 2026 the institute also published a study of Kolvo's grain trade, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "In 2026 the institute also published a study of Kolvo's grain trade, officials said."]
    assert 'citation: "Lee, Ann, and Bo Ek. 2026.' in "\n".join(doc.removed)


def test_related_publications_laid_out_as_a_table_go_and_a_table_of_figures_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Lender | Year | Amount\n"
            "Kolvo | 2023 | $1.1bn\n"
            "Ruritania | 2024 | $2.3bn\n\n"
            f"{LONG_EXPORTS}\n\n"
            "RELATED PUBLICATIONS\n"
            "Commentary | Why Elbonia said no to Kolvo | 2 October 2025\n"
            "Report | Ruritania and the grain trade | 14 April 2025\n"
            "Policy Brief 09/2026 | A Varna headquarters? | 3 March 2026\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Lender: Kolvo | Year: 2023 | Amount: $1.1bn", "Lender: Ruritania | Year: 2024 | Amount: $2.3bn",
        LONG_EXPORTS]
    assert 'related links: "Commentary | Why Elbonia said no to Kolvo | 2 October 2025"' in doc.removed


def test_a_cookie_banner_naming_the_site_goes_and_a_sentence_on_a_companys_cookies_stays() -> None:
    text = ("Varnalight uses cookies to keep you signed in, to count readers and, if you agree, to show you ads.\n"
            "[ Save my choices ]   [ Accept all ]\n\n"
            "Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Kolvo Telecom uses cookies to track its customers across the web, the regulator said in March.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Kolvo Telecom uses cookies to track its customers across the web, the regulator said in March."]
    assert 'cookie notice: "Varnalight uses cookies' in "\n".join(doc.removed)


def test_the_pages_notes_on_its_own_updates_go_and_sentences_on_an_update_stay() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "This explainer was first published on 3 March 2025 and has been updated.\n\n"
            "WHAT'S CHANGED SINCE THE LAST UPDATE: new figures on the Kolvo loan; the ministry's 2026 trade report.\n\n"
            f"{LOAN}\n\n"
            "The treaty was first published on 3 March 2025 and has been updated twice since, officials said.\n\n"
            "What's changed since the last update of the treaty is the border clause, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "The treaty was first published on 3 March 2025 and has been updated twice since, officials said.",
        "What's changed since the last update of the treaty is the border clause, officials said."]
    removed = "\n".join(doc.removed)
    assert 'update note: "This explainer was first published' in removed
    assert "update note: \"WHAT'S CHANGED SINCE THE LAST UPDATE" in removed


def test_a_labelled_reading_progress_bar_goes_and_heads_nothing_and_a_sentence_on_progress_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Reading progress \u2593\u2593\u2593\u2591\u2591\u2591\u2591\u2591\u2591\u2591 28%\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Progress on the Kolvo road reached 28% in March, the ministry said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", LONG_EXPORTS), ("", "Progress on the Kolvo road reached 28% in March, the ministry said.")]
    assert 'reading progress: "Reading progress' in "\n".join(doc.removed)


def test_a_jump_list_of_questions_goes_whole_and_the_questions_head_their_sections() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Jump to a question:\n"
            "\u2192 Why does a country of 2.8 million matter?\n"
            "\u2192 Who lends Elbonia money?\n\n"
            "Why does a country of 2.8 million matter?\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "Jump to conclusions about Kolvo at your peril, the minister warned.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Why does a country of 2.8 million matter?", LONG_EXPORTS), ("Who lends Elbonia money?", LOAN),
        ("Who lends Elbonia money?", "Jump to conclusions about Kolvo at your peril, the minister warned.")]
    removed = "\n".join(doc.removed)
    assert 'table of contents: "Jump to a question:"' in removed
    assert 'table of contents: "\u2192 Why does a country of 2.8 million matter?"' in removed


def test_the_caption_under_an_interactive_maps_label_goes_and_a_sentence_on_the_map_stays() -> None:
    caption = "Elbonia and its neighbours: Kolvo, Ruritania and Molvania. Map: Varna Ledger graphics"
    text = ("Elbonia turns to Ruritania\n\n"
            "[Interactive map \u2014 not supported in your browser. View static version]\n"
            f"{caption}\n\n"
            f"{LOAN}\n\n"
            "An interactive map of the border, published by the ministry, shows the new crossings.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "An interactive map of the border, published by the ministry, shows the new crossings."]
    assert f'image caption: "{caption[:40]}' in "\n".join(doc.removed)


def test_a_subheading_asked_with_a_negative_contraction_is_a_heading_and_a_question_with_its_answer_is_text() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Isn't Elbonia already in the Kolvo camp?\n\n"
            f"{LOAN}\n\n"
            "Doesn't Ruritania buy most of its grain?\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Isn't Elbonia already in the Kolvo camp? Not quite, officials in Varna say.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Isn't Elbonia already in the Kolvo camp?", LOAN),
        ("Doesn't Ruritania buy most of its grain?", LONG_EXPORTS),
        ("Doesn't Ruritania buy most of its grain?",
         "Isn't Elbonia already in the Kolvo camp? Not quite, officials in Varna say.")]


def test_a_pull_quotes_label_on_a_line_of_its_own_goes_with_the_quote_and_a_sentence_on_pull_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LONG_EXPORTS}\n\n"
            "Pull quote:\n"
            "\"Kolvo buys 60% of Elbonia's exports, most of them grain and timber shipped through the Varna Strait.\"\n\n"
            "The pull of Kolvo's grain quotas is growing, officials said.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [LONG_EXPORTS, "The pull of Kolvo's grain quotas is growing, officials said."]
    assert 'pull quote: "Pull quote:"' in doc.removed


def test_a_key_numbers_box_with_dates_and_shares_heads_its_entries_only() -> None:
    entries = ["2,841,000 \u2014 population, 2021 census", "27 March 2020 \u2014 joined the Kolvo pact",
               "December 2005 \u2014 became a Ruritanian partner", "80 of 120 \u2014 votes needed to amend the constitution",
               "\u20ac500m \u2014 Ruritanian loan agreed in 2024"]
    text = ("Elbonia turns to Ruritania\n\n"
            "Who lends Elbonia money?\n\n"
            f"{LOAN}\n\n"
            "KEY NUMBERS\n"
            + "".join(f"{entry}\n" for entry in entries) + "\n"
            f"{LONG_EXPORTS}\n\n"
            "In 2020 \u2014 the year Elbonia joined the Kolvo pact \u2014 exports fell by a third.\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Who lends Elbonia money?", LOAN),
        *(("KEY NUMBERS", entry) for entry in entries),
        ("Who lends Elbonia money?", LONG_EXPORTS),
        ("Who lends Elbonia money?", "In 2020 \u2014 the year Elbonia joined the Kolvo pact \u2014 exports fell by a third.")]


def test_a_poll_under_a_label_alone_goes_with_its_question_and_results_and_a_question_heading_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            "Should Elbonia join the Kolvo pact?\n\n"
            f"{LONG_EXPORTS}\n\n"
            "A poll in Varna found 41% support for the pact, the ministry said.\n\n"
            "POLL\n"
            "Should Elbonia drop Kolvo's condition for the talks?\n"
            "Yes \u2014 41%     No \u2014 37%     Not sure \u2014 22%\n"
            "1,204 votes \u00b7 Poll closed\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Should Elbonia join the Kolvo pact?", LONG_EXPORTS),
        ("Should Elbonia join the Kolvo pact?", "A poll in Varna found 41% support for the pact, the ministry said.")]
    removed = "\n".join(doc.removed)
    assert 'poll: "POLL"' in removed and 'poll: "Should Elbonia drop Kolvo\'s condition' in removed


def test_a_most_read_list_named_after_the_site_goes_and_a_sentence_on_reading_stays() -> None:
    text = ("Elbonia turns to Ruritania\n\n"
            f"{LOAN}\n\n"
            "Most read on Kolvo's new tablets are the ministry's grain reports, a survey found.\n\n"
            "MOST READ ON VARNALIGHT\n"
            "1. What is Kolvo's Growth Plan and who gets the money?\n"
            "2. Explained: the Ruritanian veto in five minutes\n")
    doc = clean(text, "txt", title="Elbonia turns to Ruritania")
    assert [p.text for p in doc.passages] == [
        LOAN, "Most read on Kolvo's new tablets are the ministry's grain reports, a survey found."]
    removed = "\n".join(doc.removed)
    assert 'related links: "MOST READ ON VARNALIGHT"' in removed
    assert 'related links: "1. What is Kolvo\'s Growth Plan' in removed


def test_a_rate_strip_a_voiced_player_a_figure_label_a_boxed_notice_a_listed_paper_and_arrowed_comment_feet_go() -> None:
    text = ("Varna 26°C Partly cloudy | ELB/USD 1.00 | RUR/USD 158.40 | KLV/USD 6.78 | Next ferry to Kolvo: 1:45pm\n\n"
            "🎧 Listen to this article · 8 min (Voiced by AudioDesk. Report a problem with audio)\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "[Figure 1] Elbonian sailors during an exercise near Varna, July 2026. Photo: Kolvo Wire / archive. Figure 1 "
            "is not reproduced in the text-only version.\n\n"
            "The first rotation of troops begins in May, the ministry said, without a public debate,.\n\n"
            "Subscriber notice\n"
            "-------------------------------------------------\n"
            "You have read 2 of your 3 free analyses this month. Members get unlimited access.\n"
            "[Become a member from US$8/month]   Already a member? Sign in\n"
            "-------------------------------------------------\n\n"
            "The vote is expected in November.\n\n"
            "RELATED RESEARCH\n"
            "• Paying for Peace: What the Varna Summit Did Not Say (Report, May 2026)\n"
            "• After Radek: Can Elbonia Hold Its Line? (Podcast, episode 112)\n\n"
            "COMMENTS (47)\n\n"
            "TheRealVarnaFan · 3 hours ago\n"
            "Radar on the islands is long overdue. We been asking for this since 1980.\n"
            "  ↳ 21 likes · Reply\n\n"
            "KolvoSailor · 4 hours ago\n"
            "Read Article 9 yourself before you comment. It says \"consult\".\n"
            "  ↳ 14 likes · Reply\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said, without a public debate.",
        "The vote is expected in November.",
    ]
    assert_dropped(doc, [("market ticker", "Varna 26°C"), ("audio player", "🎧 Listen"), ("image caption", "[Figure 1]"),
                        ("promo box", "Subscriber notice"), ("related links", "Paying for Peace"),
                        ("reader comment", "TheRealVarnaFan"), ("reader comment", "↳ 14 likes")])


@pytest.mark.parametrize("text", [
    # exchange rates in a sentence, a talk about a report in brackets, a figure cited in a sentence
    "The lev traded at ELB/USD 1.00 in May and RUR/USD 158.40 in June, the central bank in Varna said on Friday.",
    "Ruritania published its review of the pact (Report, May 2026), which Elbonia rejected in June.",
    "The figures in [Figure 1] show that Elbonia's exports to Ruritania fell by half between 2019 and 2024.",
    "Officials listened to the article's author for 20 minutes (the audio was later published) before the vote.",
])
def test_sentences_like_rate_strips_listed_papers_figure_labels_and_players_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_page_with_unbuttoned_comments_a_byline_over_its_unit_a_plain_signup_form_and_an_advert_with_its_button_keeps_its_text() -> None:
    text = ("The Varna Pact: Elbonia's Choice\n\n"
            "Madrid has bet that Elbonia can stay loyal to Ruritania while courting Molvania's investors.\n\n"
            "Ana Petrova Lind and Bo Ek Castro\n"
            "Transatlantic & Mediterranean Programme\n"
            "[ Download PDF (612 KB) ]  [ Cite this ]  [ Print ]\n\n"
            "Share   Post   WhatsApp   Copy link   Print   Gift this article (3 left this month)\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "ADVERTISEMENT\n"
            "Sponsored · Kolvo Private Bank\n"
            "Thinking about a second residency? Download our free 2027 comparison guide.\n"
            "Learn more\n\n"
            "You've read 4 of your 5 free explainers this month.\n"
            "Create a free Varna Daily account to keep reading, or subscribe for unlimited access from $1 a week.\n"
            "Sign in     Create account     Subscribe\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "Newsletter\n"
            "The Varna Brief\n"
            "The one explainer you need each weekday morning, in five minutes or less.\n"
            "Enter your email     Sign up\n\n"
            "The vote is expected in November.\n\n"
            "[?] VPA — Varna Pact Area: the waters the pact covers, out to 12 nautical miles. Close ✕\n\n"
            "ABOUT THE AUTHORS\n"
            "Ana Petrova Lind is the Daily's Varna correspondent. She has covered Elbonia since 2014.\n"
            "Bo Ek Castro covers energy and commodities from Kolvo. He joined the Daily in 2019.\n\n"
            "More by this author\n\n"
            "Around the web · Sponsored\n"
            "Island property prices are rising fast. See what $250,000 still buys · HomeSeeker Kolvo\n"
            "Doctors say this morning drink habit is surprisingly common · WellDaily\n\n"
            "Comments (3)\n"
            "Sign in to comment. Comments are moderated.\n\n"
            "Jorge M. · 18 Nov 2026\n"
            "Good overview, but the section on Molvania underplays how much the gas contracts were renegotiated.\n\n"
            "SahelWatcher · 13 Nov 2026, 08:02\n"
            "Same deposit they sat on for fifteen years.\n"
            "▲ 112   Reply\n\n"
            "   → Amadou_B · 13 Nov 2026, 07:55\n"
            "   Exactly. The oil advance was supposed to be transparent too.\n"
            "   ▲ 31   Reply\n")
    doc = clean(text, "txt", title="The Varna Pact: Elbonia's Choice")
    assert [p.text for p in doc.passages] == [
        "Madrid has bet that Elbonia can stay loyal to Ruritania while courting Molvania's investors.",
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
        "The vote is expected in November.",
    ]
    assert_dropped(doc, [("byline", "Ana Petrova Lind and Bo Ek Castro"), ("byline", "Transatlantic & Mediterranean"),
                        ("share buttons", "Share Post"), ("advertisement", "Learn more"),
                        ("paywall", "Create a free Varna Daily account"), ("account link", "Sign in Create account"),
                        ("promo box", "The Varna Brief"), ("author bio", "Bo Ek Castro covers"),
                        ("related links", "More by this author"), ("related links", "Island property prices"),
                        ("comment prompt", "Sign in to comment."), ("reader comment", "Jorge M. · 18 Nov 2026"),
                        ("reader comment", "→ Amadou_B")])


@pytest.mark.parametrize("text", [
    # a name line that is a heading over prose, a call to learn more in a sentence, comments on a deal in a sentence,
    # an account created in a sentence
    "Ana Petrova Lind and Bo Ek Castro\n\nAna Petrova Lind and Bo Ek Castro signed the pact for Elbonia on Friday.",
    "Officials urged investors to learn more about the Varna zone before the vote in November, the ministry said.",
    "Comments (3) made by the Ruritanian envoy in Varna angered Elbonia, which recalled its ambassador in May.",
    "Create an account of the talks, the minister told the Varna parliament, and publish it before the vote.",
    "Post offices in Varna will stay open during the vote in November, the ministry said on Friday.",
])
def test_sentences_like_bylines_adverts_comment_labels_and_account_prompts_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.split("\n\n")[-1] in kept


def test_a_broadcaster_page_with_boxed_adverts_a_boxed_pull_quote_player_notes_and_footer_lines_keeps_its_text() -> None:
    text = ("ON AIR NOW ● Varna Beat with Ana Lee — budget debate and the week in sport   ▸ Listen\n\n"
            "Varna 31°C Partly cloudy\n\n"
            "Elbonia's lifelines: what you need to know\n\n"
            "Posted Thu 12 Nov 2026 at 5:00am, updated Thu 12 Nov 2026 at 9:14am\n\n"
            "[ Listen to this article · 16:02 · AI narration (beta) ]\n\n"
            "This story is also available in: English | Elbonian | Ruritanian\n\n"
            "[Image] An aerial view of Varna, showing the narrow coastal strip.\n"
            "(Reuters: Ann Lee, file)\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "┌──────────────────────────────┐\n"
            "  ADVERTISEMENT\n"
            "  Fleet finance for the Varna Sea.\n"
            "  Green vessel loans from 3.9% – talk to our\n"
            "  maritime desk today. ›\n"
            "  Sponsored by Kolvo Capital\n"
            "└──────────────────────────────┘\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "  ┌──────────────────────────────┐\n"
            "   PULL QUOTE\n"
            "   \"Varna does not want a patron. It wants\n"
            "   a waiting room full of them.\"\n"
            "   — Bo Ek, Centre for Kolvo\n"
            "     Studies, Varna\n"
            "  └──────────────────────────────┘\n\n"
            "[Video] WATCH: ministers speak to media in Varna (2:41)\n"
            "This content is not available in your region.\n\n"
            "Sign in to save this story and pick up where you left off on any device.   [ Sign in ]   [ Not now ]\n\n"
            "The vote is expected in November.\n\n"
            "Got a question about this story? Ask the team and we may answer it on air.  [ Ask a question ]\n\n"
            "Comments are not enabled on explainers. Join the conversation on our Facebook page.\n\n"
            "Sponsored content\n"
            "Partner insight | Why Varna's ports are betting on shore power – Port of Kolvo\n"
            "Partner insight | Steel for the ice age: low-carbon plate for Elbonian yards\n\n"
            "───────────────\n"
            "VARNA MORNING NEWSLETTER\n"
            "The day's top stories, in your inbox before 7am, Monday to Friday.\n"
            "Email address [                    ]  [ Subscribe ]\n"
            "By subscribing you agree to our Privacy Statement.\n\n"
            "───────────────\n"
            "VBC acknowledges the Elbonian peoples as the First Australians and Traditional Custodians of the lands where "
            "we live.\n\n"
            "VBC News and VBC Radio are services of the Varna Broadcasting Corporation.\n")
    doc = clean(text, "txt", title="Elbonia's lifelines: what you need to know")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
        "The vote is expected in November.",
    ]
    assert_dropped(doc, [("news ticker", "ON AIR NOW"), ("weather ticker", "Varna 31°C"), ("date line", "Posted Thu"),
                        ("audio player", "[ Listen"), ("language switcher", "This story is also"),
                        ("image credit", "(Reuters: Ann Lee, file)"), ("promo box", "Fleet finance"),
                        ("promo box", "Bo Ek, Centre for Kolvo Studies, Varna"),
                        ("media embed", "This content is not available"),
                        ("account link", "Sign in to save"), ("account link", "Got a question"),
                        ("paywall", "Comments are not enabled"), ("advertisement", "Partner insight | Steel"),
                        ("promo box", "The day's top stories"), ("acknowledgement of country", "VBC acknowledges"),
                        ("publisher note", "VBC News and VBC Radio")])


@pytest.mark.parametrize(("line", "reason"), [
    ("Ads by AdPartner · Why am I seeing this?", "advertisement"),
    ("+ Follow Ana Lee + Follow Bo Ek Castro", "share buttons"),
    ("Ads by the dozen filled the Varna papers in May, officials said.", None),
    ("Follow Ana Lee on her trip to Varna, the ministry told reporters.", None),
])
def test_an_ad_network_label_and_follow_buttons_go(line: str, reason: str | None) -> None:
    body = "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."
    doc = clean(f"{body}\n\n{line}\n\n{body.replace('Friday', 'Monday')}", "txt")
    if reason:
        assert line not in [p.text for p in doc.passages]
        assert_dropped(doc, [(reason, line[:20])])
    else:
        assert line in [p.text for p in doc.passages]


@pytest.mark.parametrize("text", [
    # a bracketed aside with a colon, one town's heat in a sentence, a region block and a service in the body
    "Elbonia signed the pact (Ruritania: Varna Accord, 2019) after two years of talks over the border in Kolvo.",
    "Varna 31°C was the hottest day on record, the Elbonian weather service said on Friday.",
    "Ruritania said the content of the pact is not available in full, but Elbonia published it in May.",
    "The ferry and the railway are services of the Varna Transport Corporation, which Ruritania owns, officials said.\n\n"
    "Elbonia and Ruritania signed a defence pact on Friday in Varna, ending two long years of talks over the border "
    "at Kolvo.",
    "Comments are not enabled by the new rules, the minister told parliament in Varna, but petitions are.",
])
def test_sentences_like_credits_weather_region_blocks_and_publisher_notes_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.split("\n\n")[0] in kept


@pytest.mark.parametrize("text", [",." * 5000, "!!! ??? ...", "12345 67890\n\n2024 – 2026"])
def test_a_text_with_no_words_is_no_article(text: str) -> None:
    with pytest.raises(IngestError, match="no words"):
        clean(text, "txt")
    assert [p.text for p in clean(f"{text}\n\nElbonia signed 12 deals with Ruritania in 2024.", "txt").passages][-1] == (
        "Elbonia signed 12 deals with Ruritania in 2024.")


def test_a_research_institute_page_loses_its_event_box_listings_and_the_writer_answering_readers() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "----------------------------------------------------------\n"
            "KOLVO MEMBERS' BRIEFING\n"
            "Ahead of the Varna election: what changes for Elbonia's foreign policy?\n"
            "Online roundtable, 8 October 2026, 14:00 BST\n"
            "[Register now - members free, non-members £15]\n"
            "----------------------------------------------------------\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "ABOUT THE AUTHOR\n"
            "Dr Ana Lee-Roth is a Senior Research Fellow in the Black Sea Programme at the Kolvo Forum.\n"
            "Follow: @analeeroth\n\n"
            "RELATED RESEARCH\n"
            "- The Price of Restraint: Air Defence After the Border War (Research paper, July 2026)\n"
            "- Ports and Cables: The Black Sea Energy Map in 2026 (Analysis, May 2026)\n\n"
            "Sponsored\n"
            "Master's in Security Studies - apply by 30 November. Learn from practitioners in Varna and online.\n"
            "Executive course: Geopolitical Risk for Boards (3 days, November)\n\n"
            "COMMENTS (23)\n"
            "Log in or become a member to join the discussion. Comments are moderated and may take up to 24 hours to "
            "appear.\n\n"
            "M. Haddad | 15 Sep 2026\n"
            "I'd question the claim that the border is calmer than in 1997.\n"
            "  Reply | Report\n\n"
            "   Dr Ana Lee-Roth (author) | 16 Sep 2026\n"
            "   Fair point - the comparison with 1997 is a good one.\n"
            "   Reply | Report\n\n"
            "Back to top ^\n")
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
    ]
    assert_dropped(doc, [("promo box", "[Register now - members"), ("share buttons", "Follow: @analeeroth"),
                        ("related links", "The Price of Restraint"), ("advertisement", "Master's in Security"),
                        ("advertisement", "Executive course"), ("comment prompt", "Log in or become a member"),
                        ("reader comment", "Dr Ana Lee-Roth (author)"), ("reader comment", "Fair point"),
                        ("navigation", "Back to top ^")])


@pytest.mark.parametrize("text", [
    # under a "Sponsored" label, a paragraph of the article run on to it; a research paper named in a sentence
    "Sponsored\nElbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border at "
    "Kolvo, a deal that both parliaments must now ratify before the first troops can move in May.",
    "Elbonia's ministry cited a study of the border (research paper, July 2026) when it signed the pact in Varna.",
])
def test_text_like_sponsored_listings_and_listed_papers_stays(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.split("\n")[-1] in kept


@pytest.mark.parametrize("line", [
    "The Price of Restraint: Air Defence After the Border War (Research paper, July 2026)",
    "Who Pays for the Port? Finance One Year On (Expert comment, 3 September 2026)",
    "Gas and Cables: The Black Sea Energy Map (Discussion paper | May 2026)",
])
def test_another_paper_listed_with_its_kind_and_date_goes(line: str) -> None:
    body = "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."
    doc = clean(f"{body}\n\n{line}\n\n{body.replace('Friday', 'Monday')}", "txt")
    assert line not in [p.text for p in doc.passages]
    assert_dropped(doc, [("related links", line[:20])])


def test_a_wire_page_loses_its_consent_notice_tickers_player_corrections_boxed_advert_and_footer_address() -> None:
    text = ("Varna Wire and 37 partners store and read small files on your device to measure audiences, remember your "
            "language and show adverts that may be personalised. You can change your mind at any time.\n"
            "[ Yes, all of it ]   [ Only what keeps the site running ]\n\n"
            "EUR/USD 1.082  ·  Brent $71.40 ▼0.6%  ·  Varna 27°C, trade wind 18 km/h  ·  Kolvo high tide 11:52\n\n"
            "☰ Sections\n\n"
            "You have read 4 of 5 free dispatches this month. Members read without limits. [ Continue ]  [ Join ]\n\n"
            "▶ Listen to this dispatch   00:00 / 07:12   1x   ·  Voiced by VW Audio (synthetic voice)\n\n"
            "A  A+  A++    🖨 Print\n\n"
            "UPDATE, 21 November 2026, 09:40 CET: An earlier version of this dispatch misstated the length of the quay "
            "as 240 metres. It is 420 metres.\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "----- ADVERTISEMENT -----\n"
            "SPONSORED · Brought to you by Kolvo Insurance\n"
            "Shipping cargo between the islands? Marine cover from €49 per container. Quote in 3 minutes.\n"
            "[ Get my quote ]\n"
            "----- Continue reading below -----\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "Follow Ana   [ + Follow ]   ·   More by this author ›\n\n"
            "  ┌ THE VARNA BRIEF ─────────────────────────────\n"
            "  │ Every Thursday: one map and three numbers.\n"
            "  │ Your email address  [__________________]   [ Sign up ]\n"
            "  └───────────────────────────────────────────────\n\n"
            "[ Share this explainer ]   X   Facebook   WhatsApp   Email   |   Follow Varna Wire Europe  ＋\n\n"
            "[ Vote ]   4,118 votes so far · Results are not scientific\n\n"
            "[ Load more comments ]     Comments close 14 days after publication.\n\n"
            "Level 9, 80 Harbour Road, Varna 068898  |  2nd Floor, 31 Gower Street, London WC1E 6HJ\n"
            "Varna Wire Media Ltd, 4th Floor, 18 Carrow Street, London EC2A 4QX, United Kingdom. Registered in England "
            "and Wales no. 09371142.\n"
            "Registered charity in England and Wales no. 1187462. Company limited by guarantee no. 11903384.\n")
    doc = clean(text, "txt", title="Pact")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
    ]
    assert_dropped(doc, [("cookie notice", "Varna Wire and 37"), ("market ticker", "EUR/USD"), ("navigation", "☰ Sections"),
                        ("paywall", "You have read 4 of 5"), ("audio player", "▶ Listen"), ("share buttons", "A A+ A++"),
                        ("correction notice", "UPDATE, 21 November"), ("advertisement", "Shipping cargo"),
                        ("advertisement", "----- Continue reading"), ("share buttons", "Follow Ana"),
                        ("promo box", "┌ THE VARNA BRIEF"), ("share buttons", "[ Share this explainer ]"),
                        ("poll", "[ Vote ]"), ("comment prompt", "[ Load more comments ]"), ("site footer", "Level 9"),
                        ("site footer", "Varna Wire Media Ltd"), ("site footer", "Registered charity")])


@pytest.mark.parametrize("text", [
    # a sentence on what apps store on a phone, a quay's address in the body, a sum of figures in a sentence
    "Ruritanian apps store and read data on your device, Elbonia's regulator said, and it fined two of them in May.",
    "Elbonia's embassy at 80 Harbour Road, Varna 068898, reopened on Friday after two years of talks over the border.",
    "An earlier version of the pact gave Elbonia 240 metres of the quay; the one signed in Varna on Friday gives 420.",
])
def test_text_like_consent_notices_addresses_and_corrections_stays(text: str) -> None:
    kept = " ".join(p.text for p in clean(f"{text}\n\nThe first rotation of troops begins in May, the ministry said after "
                                          "the signing in Varna, ending two years of talks.", "txt").passages)
    assert text in kept


def test_a_listed_fact_broken_over_two_lines_is_one_fact_not_a_heading() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "+-------------------------------------------------+\n"
            " AT A GLANCE\n"
            " • Maritime surveillance centre in Varna, two\n"
            "   42-metre patrol vessels from Ruritania\n"
            " • New five-year fisheries protocol, 56 vessels\n"
            "+-------------------------------------------------+\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n")
    doc = clean(text, "txt", title="Pact")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("AT A GLANCE", "Maritime surveillance centre in Varna, two 42-metre patrol vessels from Ruritania"),
        ("AT A GLANCE", "New five-year fisheries protocol, 56 vessels"),
        ("", "The first rotation of troops begins in May, the ministry said after the signing in Varna."),
    ]


def test_a_privacy_banner_a_language_switcher_a_titled_byline_a_voiced_player_and_a_paid_partner_box_go() -> None:
    text = ("Skip to main content\n"
            "We value your privacy — and so do our funders. Varna Institute uses cookies to count readers for our donors "
            "and to remember your language choice. We never sell reading data.\n"
            "[ Accept analytics cookies ]   [ Essential only ]\n\n"
            "VARNA INSTITUTE\n"
            "Maritime: Ports & Shipping  |  Fisheries  |  Security at Sea  |  Cables & Energy  |  Tracker: Ships in the Strait\n\n"
            "The Varna Pact: Elbonia's Choice\n\n"
            "By Dr Rebecca Tan Mei Ling\n"
            "Sun 23 Nov 2026 07.00 GMT  ·  Last modified on Mon 24 Nov 2026 09.41 GMT\n"
            "▶  Listen to this analysis   00:00 / 09:14   ·  1x   ·  AI-narrated voice, reviewed by editors\n"
            "Share  ✉  𝕏  f  in  ⧉ Copy link    |    🎁 Gift this article (3 left this month)    |    Aa  Text size\n"
            "Translate this page:  Français  |  Shikomori (beta)  |  Kiswahili\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "                                   ADVERTISEMENT\n"
            "          ┌──────────────────────────────────────────────┐\n"
            "            PAID PARTNER CONTENT · Brought to you by Kolvo Solar\n"
            "            Power that doesn't wait for the grid.\n"
            "            Pay-as-you-go home systems from MK 4,900 a week.\n"
            "            Find out more ›                 Why am I seeing this? ⓘ\n"
            "          └──────────────────────────────────────────────┘\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n")
    doc = clean(text, "txt", title="The Varna Pact: Elbonia's Choice")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("", "The first rotation of troops begins in May, the ministry said after the signing in Varna."),
    ]
    assert_dropped(doc, [("cookie notice", "We value your privacy"), ("byline", "By Dr Rebecca"),
                        ("date line", "Sun 23 Nov 2026"), ("audio player", "▶ Listen"), ("site menu", "Translate this page"),
                        ("site footer", "Maritime: Ports"), ("share buttons", "Share ✉"), ("promo box", "PAID PARTNER CONTENT"),
                        ("promo box", "Find out more")])


def test_comments_with_a_place_a_long_name_and_uncounted_votes_the_rules_link_and_footer_premises_go() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "Varna Analysis pieces reflect the views of their authors, not an institutional position. This programme "
            "receives funding from governments and foundations; a list of funders is published annually.\n\n"
            "COMMENTS (147)         Sort by: Newest ▾       Community guidelines\n"
            "Comments are moderated and may take up to an hour to appear. Community guidelines.\n"
            "VarnaModerator · 24 Nov 2026 · 09:44\n"
            "This comment has been removed by a moderator.\n"
            "Haziq R.  ·  Kolvo  ·  23 November 2026, 08:41\n"
            "Fair piece but it underrates how much the currency board shapes everything here.\n"
            "  ♥ 14    Reply    Report\n"
            "    ↳ Rebecca Tan Mei Ling (Author)  ·  23 November 2026, 11:02\n"
            "    Thanks, Haziq — agreed, and officials said much the same to me.\n"
            "      ♥ 6    Reply\n"
            "  kalulu_mw · 23 Nov 2026 · 18:12\n"
            "  Good piece but you left out Molvania, which has lent more for our water schemes.\n"
            "  Reply   ▲ 34   ▼   Report\n\n"
            "Varna Media Ltd, Level 3, Harbour Gate Building, Kolvo Waterfront, Varna · Kolvo bureau: Route de la Corniche\n\n"
            "Registered office: 41 Carrick Wharf, London SE1 9PL.\n\n"
            "Registered in Elbonia, BRN C14098217\n\n"
            "Varna Dispatch is not responsible for the content of external sites.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
    ]
    assert_dropped(doc, [("publisher note", "Varna Analysis pieces"), ("comment prompt", "Comments are moderated"),
                        ("reader comment", "This comment has been removed"), ("reader comment", "Fair piece"),
                        ("reader comment", "Thanks, Haziq"), ("reader comment", "Good piece"), ("site footer", "Varna Media Ltd"),
                        ("site footer", "Registered office"), ("site footer", "Registered in Elbonia"),
                        ("publisher note", "Varna Dispatch is not")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Elbonia and its 12 selected partners serve cookies from Kolvo bakeries at every summit, the protocol office said.",
    "Officials asked reporters to translate this page of the treaty into Ruritanian before the vote in Varna.",
    "Varna Analysis pieces reflect the mood in the capital, where the pact is popular and the navy is expanding.",
    "The firm, Varna Media Ltd, moved to a new office in Kolvo in 2024 after the port was rebuilt.",
    "Comments are moderated by the ministry, which removed 40 posts about the pact in March, a watchdog said.",
    "Haziq Rahman, a fisherman in Kolvo, said the patrols had doubled since March.",
])
def test_sentences_like_banners_menus_disclaimers_and_footers_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_timed_player_a_credited_caption_with_initials_tool_and_follow_rows_a_pitch_and_a_numbered_floor_go() -> None:
    text = ("▶  Listen to this story  ·  7:41  ·  Read by an automated voice   [ 1x ]  [ Download ]\n\n"
            "[Image: Ore wagons on a siding outside Varna, 12 November 2026.]\n"
            "Ore wagons stand idle on a siding outside Varna. The line is due to be rebuilt.  PHOTO: Kolvo Wire / Alvin K. Sumo\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "Share:   𝕏    in    f    ✉    🔗 Copy link          ☆ Save for later          ⎙ Print / PDF\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "Follow Mirela:  𝕏 @mdostanova   ·   All analyses by this author →\n\n"
            "Views expressed are the author's own and do not represent an institutional position of the institute.\n\n"
            "Subscribers get unlimited explainers, the archive and ad-light pages.   Subscribe   ·   Already a subscriber? Sign in\n\n"
            "Kolvo Current Media Ltd, 4th Floor, Harbour View House, 12 Wrightson Road, Varna\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
    ]
    assert_dropped(doc, [("audio player", "▶ Listen"), ("image caption", "Ore wagons stand idle"),
                        ("share buttons", "Share:"), ("share buttons", "Follow Mirela"), ("publisher note", "Views expressed"),
                        ("subscribe prompt", "Subscribers get"), ("site footer", "Kolvo Current Media Ltd")])


@pytest.mark.parametrize("text", [
    "Officials listened to the story for 7:41 minutes, read by an actor, before the vote in Varna on Friday.",
    "Follow Mirela Dostanova, the envoy, who flew to Kolvo on Friday to sign the pact with Ruritania.",
    "Views expressed by the minister were rejected in Kolvo, where the pact is unpopular with farmers.",
    "The firm, Kolvo Media Ltd, leased the 4th floor of a tower in Varna in 2024, its accounts show.",
])
def test_sentences_like_players_follow_rows_disclaimers_and_premises_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_an_accessibility_toolbar_after_skip_links_and_a_footer_tagline_go() -> None:
    text = ("Skip to main content    Skip to navigation    Accessibility: A  A+  A++  |  High contrast OFF\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "VARNA Institute for Kolvan Studies\n"
            "About us    Our people    Funding & transparency    Careers    Contact\n\n"
            "Independent research on the Kolvo basin since 2009.\n"
            "© 2026 Varna Institute for Kolvan Studies. All rights reserved.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna.",
    ]
    assert_dropped(doc, [("accessibility tools", "Skip to main content"), ("publisher note", "Independent research")])


@pytest.mark.parametrize("text", [
    "Accessibility for disabled voters was a priority, the ministry said after the vote in Varna.",
    "Elbonia signed the pact in Varna. It has been independent of Ruritania since 1991.",
    "Elbonia signed the pact in Varna. Talks had stalled since 2019.",
])
def test_sentences_like_accessibility_tools_and_taglines_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_members_pitch_a_pdf_button_a_gift_count_an_enlarge_button_a_two_label_advert_and_an_update_tag_go() -> None:
    text = ("Member area: Sign in  ·  Not a Friend of the Institute yet? Join from €8/month →\n\n"
            "The Varna Pact: Elbonia's Choice\n\n"
            "≈ 7 min read   |   PDF (12 pages, 1.1 MB)   |   Cite this\n\n"
            "Share:  [f]  [X]  [in]  [WhatsApp]  [✉ Email]  [🔗 Copy link]     ☆ Save for later     "
            "🎁 Gift this article (4 gifts left this month)\n\n"
            "[Image: Dredgers off the Varna coast]\n"
            "Expand image ⤢\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "  -- ADVERTISEMENT --\n"
            "  PARTNER CONTENT · Presented by Kolvo Residences\n"
            "  Sunset villas from US$240,000. Eligible for the Varna residence scheme.*\n"
            "  Book a private viewing →\n"
            "  *Subject to due diligence. Terms apply.\n"
            "  -- ADVERTISEMENT --\n\n"
            "KEY POINTS  ────────────────\n"
            "• What: a 30-year defence pact between Elbonia and Ruritania\n"
            "• Who: signed by the two defence ministers in Varna\n\n"
            "[UPDATE 23 Nov] Kolvo, which shares a border with both, said on Sunday the pact should not be aimed at it.\n\n"
            "ADVERTISEMENT\n"
            "Varna Business Summit 2027 – Kolvo, 9–11 March. Early-bird registration closes 15 December.\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n")
    doc = clean(text, "txt", title="The Varna Pact: Elbonia's Choice")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("KEY POINTS", "What: a 30-year defence pact between Elbonia and Ruritania"),
        ("KEY POINTS", "Who: signed by the two defence ministers in Varna"),
        ("", "Kolvo, which shares a border with both, said on Sunday the pact should not be aimed at it."),
        ("", "The first rotation of troops begins in May, the ministry said after the signing in Varna."),
    ]
    assert_dropped(doc, [("subscribe prompt", "Member area"), ("reading time", "≈ 7 min read"), ("buttons", "Share:"),
                        ("share buttons", "Expand image"), ("advertisement", "Sunset villas"),
                        ("advertisement", "Book a private"), ("advertisement", "*Subject to"),
                        ("update note", "[UPDATE 23 Nov]"), ("advertisement", "Varna Business Summit")])


def test_a_most_read_list_a_newsletter_box_comments_liked_in_brackets_and_a_regulated_footer_go() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border, after a "
            "summit in Varna that both sides called decisive.\n\n"
            "  MOST READ IN DECODER\n"
            "  1. Why Kolvo's digital dollar never took off\n"
            "  2. The Commonwealth explained in 600 words\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna on Friday, and "
            "a second follows in the autumn if parliament agrees.\n\n"
            "  ✉  THE DECODER WEEKLY\n"
            "  One big question, answered properly, every Saturday morning.\n"
            "  Email address: [____________________]   [ Sign me up ]\n\n"
            "DISCUSSION (7 comments)          Sort by: Newest ▾\n"
            "Gergely T.  ·  24 Nov 2026, 18:02\n"
            "Good piece, but the 4% figure understates the port's potential.\n"
            "Like (12)   Reply   Report\n\n"
            "observer_in_kolvo  ·  7 hours ago\n"
            "The runway is obviously the point of the whole thing.\n"
            "Reply · Like (19)\n"
            "   > Reply from T. Lemoine: A long runway is also what you need for direct flights. Both can be true.\n"
            "     Reply · Like (8)\n\n"
            "────────────────────────────\n"
            "THE VARNA POST\n"
            "About us   Contact   Work for us   Advertise   Corrections   Accessibility   Terms of use   Privacy\n\n"
            "Download the app:  App Store  ·  Google Play\n"
            "Varna Post Media Lda · Rua Eduardo Mondlane 31, Varna\n"
            "Registered with the Elbonian Communication Council, reg. no. CNCS/2019/044\n"
            "The Varna Post is regulated by IPSO.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border, after a "
        "summit in Varna that both sides called decisive.",
        "The first rotation of troops begins in May, the ministry said after the signing in Varna on Friday, and "
        "a second follows in the autumn if parliament agrees.",
    ]
    assert_dropped(doc, [("related links", "MOST READ IN DECODER"), ("promo box", "✉ THE DECODER WEEKLY"),
                        ("reader comment", "Good piece"), ("reader comment", "> Reply from T. Lemoine"),
                        ("site footer", "Download the app"), ("site footer", "Registered with"),
                        ("publisher note", "The Varna Post is regulated")])


@pytest.mark.parametrize("text", [
    "Not a member yet? Ruritania asked Kolvo to join the pact in 2024, and Kolvo declined.",
    "Officials asked reporters to expand the image of the pact as one of partnership, not rivalry.",
    "The Varna Post is regulated by a council that the government appoints, critics in Kolvo say.",
    "[1] Kolvo, which shares a border with both, said on Sunday the pact should not be aimed at it.",
    "Like Kolvo, Ruritania has replied to the proposal, and both will report back to Varna in May.",
])
def test_sentences_like_pitches_buttons_regulators_tags_and_comment_buttons_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_boxed_key_figures_label_a_closed_advert_a_barred_pull_quote_a_series_list_promoted_rows_and_a_motto_go() -> None:
    text = ("What Varna gets\n\n"
            "Elbonia signed a thirty-year concession for the Varna container terminal on Friday, ending two years of "
            "bidding by three rival groups.\n\n"
            "┌──────────────────────────────────┐\n"
            "  THE DEAL IN NUMBERS\n"
            "  • $1.2bn — value of the concession\n"
            "  • 750 m — new quay, dredged to 16 m\n"
            "  • 19 December — deadline for the ratification vote\n"
            "└──────────────────────────────────┘\n\n"
            "The consortium will build the quay by 2029, and the port's capacity will triple, the transport minister "
            "said after the signing.\n\n"
            "ADVERTISEMENT\n"
            "Sponsored · Kolvo Freight\n"
            "Moving cargo between Varna and Kolvo? Weekly sailings, customs clearance in 48 hours. Request a quote "
            "today — kolvofreight.example\n"
            "Why am I seeing this ad?\n\n"
            "Kolvo objects\n\n"
            "Kolvo's embassy said the tender had not been transparent and that its own bid had been lower by a "
            "fifth.\n\n"
            "  ┃ Elbonia is doing what small states in a crowded sea do: it is spreading its bets.\n\n"
            "\"Elbonia is doing what small states in a crowded sea do: it is spreading its bets,\" said Ana Varga, "
            "an analyst at the Varna Institute.\n\n"
            "  ── ADVERTISEMENT ──\n"
            "  Partner message · Ruritania Logistics\n"
            "  Moving freight between Varna and Kolvo? One booking, two customs regimes, no surprises.   Get a quote ›\n"
            "  ── Ruritania Institute does not endorse advertisers ──\n\n"
            "If parliament ratifies the concession, the first dredgers could be in the harbour within a year, the "
            "minister said.\n\n"
            "MORE ON ELBONIA\n"
            "  • Varna restarts its second smelter after a six-month shutdown\n"
            "  • Opinion: the new quay will not fix the road to Kolvo\n\n"
            "Was this analysis useful?   👍 Yes    👎 No\n\n"
            "MORE FROM THIS SERIES\n"
            "  5 of 9 — Ruritania's nickel bargain: who is really paying?\n"
            "  7 of 9 — Kolvo after the shoal deal\n\n"
            "Recommended for you                                   Promoted links by Clickwell\n"
            "  This Varna startup is teaching farmers to code — you won't believe what happened next\n"
            "  Retirees in Kolvo are switching to this pension trick\n\n"
            "Independent. Non-partisan. Evidence first.\n"
            "About us   Our journalists   Contact the newsroom   Send us a tip securely   Advertise   Careers\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("What Varna gets", "Elbonia signed a thirty-year concession for the Varna container terminal on Friday, ending "
                            "two years of bidding by three rival groups."),
        ("THE DEAL IN NUMBERS", "$1.2bn — value of the concession"),
        ("THE DEAL IN NUMBERS", "750 m — new quay, dredged to 16 m"),
        ("THE DEAL IN NUMBERS", "19 December — deadline for the ratification vote"),
        ("What Varna gets", "The consortium will build the quay by 2029, and the port's capacity will triple, the "
                            "transport minister said after the signing."),
        ("Kolvo objects", "Kolvo's embassy said the tender had not been transparent and that its own bid had been lower "
                          "by a fifth."),
        ("Kolvo objects", "\"Elbonia is doing what small states in a crowded sea do: it is spreading its bets,\" said Ana "
                          "Varga, an analyst at the Varna Institute."),
        ("Kolvo objects", "If parliament ratifies the concession, the first dredgers could be in the harbour within a "
                          "year, the minister said."),
    ]
    assert_dropped(doc, [("advertisement", "Moving cargo between"), ("advertisement", "Why am I seeing"),
                        ("duplicate paragraph", "Elbonia is doing what small states"),
                        ("advertisement", "Partner message"), ("advertisement", "── Ruritania Institute does not"),
                        ("feedback prompt", "Was this analysis useful?"), ("related links", "5 of 9"),
                        ("related links", "7 of 9"), ("related links", "MORE ON ELBONIA"),
                        ("related links", "Opinion: the new quay"), ("advertisement", "This Varna startup"),
                        ("advertisement", "Retirees in Kolvo"), ("publisher note", "Independent. Non-partisan."),
                        ("link row", "About us Our journalists")])


def test_a_word_count_a_long_gift_button_a_dashed_paywall_box_wrapped_notices_and_a_numbered_question_go() -> None:
    text = ("We use three kinds of cookies. You can change these at any time under \"Privacy\" in the footer.\n"
            "Save my choices      Accept all      Only necessary\n\n"
            "By Ana Varga, Balkans correspondent\n"
            "8 min read  ·  1,360 words\n"
            "Share:  [ Copy link ]  [ WhatsApp ]  [ Email ]  [ Gift this article — 3 of 5 gifts left this month ]\n"
            "Share:  X   LinkedIn   WhatsApp   ⎘ Copy link        ☆ Save to reading list        ⤓ PDF (388 KB)\n\n"
            "You're reading 2 of your 3 free analyses this month.\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "That last line was aimed, officials say, at Kolvo, which has courted several northern\n"
            "Balkan governments with loans. There is no sign Varna is wavering, but the price of loyalty tends to rise "
            "in election years.\n\n"
            "  ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄\n"
            "  Our analysis is free for members of the Varna Institute.\n"
            "  Members get unlimited access, the quarterly Kolvo Risk Tracker and event priority — from £7 a month.\n"
            "  [ Join now ]   [ I already have an account ]\n"
            "  ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄\n\n"
            "The first rotation of troops begins in May, the ministry said after the signing in Varna.\n\n"
            "-----------------------------------------------------------------\n"
            "CORRECTION, 24 November 2026: An earlier version of this article said\n"
            "the Kolvo Infrastructure Fund had allocated £16.4m to the Varna road\n"
            "project. The figure is £14.6m.\n"
            "-----------------------------------------------------------------\n\n"
            "ABOUT THE AUTHOR\n"
            "Ana Varga covers the Balkans from Varna. She previously reported on\n"
            "trade for a wire service in Kolvo.  Follow ›   More by Ana ›\n\n"
            "THE VARNA BRIEF — the world in five minutes, weekday mornings\n"
            "Your email address  [                    ]   [ Count me in ]\n\n"
            "MORE FROM UNPACKED\n"
            "  01  Why Kolvo's oil fund still hasn't paid a pension\n"
            "  02  Who actually decides a country's visa-free status?\n"
            "  03  Ruritania's last allies, mapped\n\n"
            "COMMENTS (27)     Sort by: Newest ▾     Community guidelines\n"
            "Add your comment — sign in to join the conversation\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("", "That last line was aimed, officials say, at Kolvo, which has courted several northern Balkan governments "
             "with loans. There is no sign Varna is wavering, but the price of loyalty tends to rise in election years."),
        ("", "The first rotation of troops begins in May, the ministry said after the signing in Varna."),
    ]
    assert_dropped(doc, [("cookie notice", "We use three kinds of cookies"), ("cookie notice", "Save my choices"),
                        ("reading time", "8 min read · 1,360 words"), ("buttons", "Share: [ Copy link ]"),
                        ("share buttons", "Share: X LinkedIn"), ("paywall", "You're reading 2 of your 3"),
                        ("promo box", "Members get unlimited access"), ("correction notice", "the Kolvo Infrastructure"),
                        ("correction notice", "project. The figure"), ("author bio", "trade for a wire service"),
                        ("promo box", "THE VARNA BRIEF"), ("related links", "02 Who actually decides"),
                        ("related links", "03 Ruritania's last allies"),
                        ("comment prompt", "Add your comment — sign in")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "More on Kolvo's debt came out on Friday, when the finance minister published the audit in Varna.",
    "Was this report useful? Officials in Varna doubt it, and the minister has asked for a new one.",
    "Ruritania's navy does not endorse the Kolvo plan, its commander said on Friday in Varna.",
    "Elbonia voted. Ruritania abstained. Kolvo walked out.",
    "He left. She ran. Nobody won.",
    "You're reading the treaty wrong, the minister told reporters in Varna, because it gives Kolvo nothing.",
    "The treaty runs to 1,360 words and was signed in Varna on Friday after two years of talks.",
    "Add your comment to the consultation by May, the ministry in Varna told Kolvo's fishermen.",
])
def test_sentences_like_mottos_disclaimers_feedback_rows_and_comment_prompts_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_subheading_over_a_paragraph_that_opens_with_a_short_sentence_stays_a_heading() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "The long road to a pact with the neighbours across the northern border\n"
            "It began in 2019. Talks stalled twice before the ministers met in Varna and agreed on the patrols and the "
            "quay.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("The long road to a pact with the neighbours across the northern border",
         "It began in 2019. Talks stalled twice before the ministers met in Varna and agreed on the patrols and the quay."),
    ]


def test_a_role_and_follow_button_a_wrapped_line_broken_after_a_name_and_a_split_key_figure() -> None:
    text = ("Kolvo signs port pact with Varna\n\n"
            "By Ana Varga in Varna\n"
            "Balkans correspondent · Follow  +\n\n"
            "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "The northern question\n\n"
            "But the most ambitious Kolvo-linked project, a deep-water port at Porto\n"
            "Nuevo on the north coast, announced in 2015 at an estimated cost of $800\n"
            "million with Kolvo Harbour Works as builder, never advanced beyond studies.\n\n"
            "┌──────────────────────────────┐\n"
            "  THE DEAL IN NUMBERS\n"
            "  • $1.4bn — value of the 30-year concession\n"
            "  • 51 / 34 / 15 — Kolvo Ports / Varna Holdings / the state (%)\n"
            "└──────────────────────────────┘\n")
    doc = clean(text, "txt", title="Kolvo signs port pact with Varna")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."),
        ("The northern question",
         "But the most ambitious Kolvo-linked project, a deep-water port at Porto Nuevo on the north coast, announced "
         "in 2015 at an estimated cost of $800 million with Kolvo Harbour Works as builder, never advanced beyond "
         "studies."),
        ("THE DEAL IN NUMBERS", "$1.4bn — value of the 30-year concession"),
        ("THE DEAL IN NUMBERS", "51 / 34 / 15 — Kolvo Ports / Varna Holdings / the state (%)"),
    ]
    assert_dropped(doc, [("share buttons", "Balkans correspondent · Follow")])


@pytest.mark.parametrize("text", [
    # a sentence with a middle dot and "follow"; a fraction row that is a sentence
    "Ruritania's envoy said Kolvo would · follow the treaty to the letter, officials in Varna told reporters on Friday.",
    "Elbonia, Ruritania and Kolvo split the shares 51 / 34 / 15 — a deal the ministers signed in Varna on Friday.",
])
def test_sentences_like_follow_rows_and_key_figure_rows_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_title_case_subheading_above_a_wrapped_paragraph_stays_a_heading() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "Why Ruritania, Elbonia and Kolvo Signed the Porto Nuevo Port Accord\n"
            "Varna on the north coast, announced in 2015 at an estimated cost of $800\n"
            "million with Kolvo Harbour Works as builder, never advanced beyond studies.\n")
    doc = clean(text, "txt")
    assert doc.passages[-1].section == "Why Ruritania, Elbonia and Kolvo Signed the Porto Nuevo Port Accord"


def test_a_news_page_loses_its_gapped_player_boxed_poll_timed_update_and_footer_office_and_membership_lines() -> None:
    text = ("Kolvo signs coastguard pact with Varna\n\n"
            "By Ana Varga, Balkans correspondent\n"
            "▶ Listen to this story   06:12   |   Narrated by an AI voice (\"Mira\")   |   1x  1.25x  1.5x\n\n"
            "Elbonia and Ruritania signed a coastguard pact on Friday, ending two years of talks over the patrol boats, "
            "the radar stations and the repair yard in Varna.[1]\n\n"
            "The first rotation of crews begins in May, the ministry said after the signing, and the first radar station "
            "should be working by the end of the year.[2]\n\n"
            "------\n"
            "[1] Ministry of Defence statement, 20 November 2026.\n"
            "[2] Remarks to reporters in Varna, 21 November 2026.\n\n"
            "CORRECTION, 24 November 2026, 11:30 CET: An earlier version of this article gave the length of the boats "
            "as 32 metres. They are 35 metres.\n"
            "UPDATE, 14:10 CET: Adds comment from Ruritania's foreign minister.\n\n"
            "[f] [X] [WhatsApp] [✉]      Follow the Balkans Desk  [ + Follow ]\n\n"
            "    ┌─ READER POLL ─────────────────────────┐\n"
            "      Should Elbonia sign security deals\n"
            "      with Kolvo?\n"
            "      ( ) Yes, if it brings equipment      41%\n"
            "      ( ) No, stick with Ruritania   37%\n"
            "      ( ) Only after a vote in parliament  22%\n"
            "      2,318 votes · Poll closes 30 Nov   [ Vote ]\n"
            "    └───────────────────────────────────────┘\n\n"
            "Varna Ledger Media Ltd, 14 Bridge Street, Varna, Elbonia.  Tel +359 52 555 0100\n"
            "Kolvo bureau: 3rd floor, 22 Old Street, Kolvo, Republic of Ruritania.\n"
            "© 2026 Varna Ledger Media Ltd. All rights reserved.\n"
            "Member of the Elbonian Media Council.   Registered newspaper No. 0418/VAR.\n")
    doc = clean(text, "txt", title="Kolvo signs coastguard pact with Varna")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia and Ruritania signed a coastguard pact on Friday, ending two years of talks over the patrol boats, "
             "the radar stations and the repair yard in Varna.[1]"),
        ("", "The first rotation of crews begins in May, the ministry said after the signing, and the first radar "
             "station should be working by the end of the year.[2]"),
    ]
    assert [note.number for note in doc.notes] == [1, 2]
    assert_dropped(doc, [("audio player", "▶ Listen to this story 06:12"),
                        ("update note", "UPDATE, 14:10 CET: Adds comment"),
                        ("promo box", "┌─ READER POLL"), ("promo box", "Should Elbonia sign security deals"),
                        ("promo box", "with Kolvo?"), ("promo box", "( ) Yes, if it brings equipment"),
                        ("promo box", "2,318 votes · Poll closes"),
                        ("site footer", "Kolvo bureau: 3rd floor, 22 Old Street"),
                        ("copyright", "Member of the Elbonian Media Council.")])


def test_an_analysis_page_loses_its_metered_paywall_and_its_numbered_kicker() -> None:
    text = ("You are reading 2 of 3 free analyses this month. Register for free to read without limits, or join as a "
            "member for briefings and the full Data Hub. [Register]  [I already have an account]\n\n"
            "ANALYSIS  |  ELBONIA IN THE WORLD  |  No. 41/2026\n\n"
            "Varna has spent a decade collecting security partners, from Ruritania's navy to Kolvo's arms makers, and "
            "this year it found that a portfolio also needs managing.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Varna has spent a decade collecting security partners, from Ruritania's navy to Kolvo's arms makers, and "
             "this year it found that a portfolio also needs managing."),
    ]
    assert_dropped(doc, [("paywall", "You are reading 2 of 3 free analyses"),
                        ("series number", "ANALYSIS | ELBONIA IN THE WORLD | No. 41/2026")])


def test_an_explainer_loses_its_consent_closing_line_marked_pull_quote_follow_row_dated_comments_and_company_line() -> None:
    text = ("We value your privacy\n"
            "We and our partners store and/or access information on a device, such as cookies, and process personal "
            "data for personalised ads and content.\n"
            "[ Accept all ]   [ Reject non-essential ]\n"
            "You can change your mind at any time from the \"Privacy\" link in the footer.\n\n"
            "Elbonia's constitution forbids it to take sides, yet a dozen capitals now court the island, and each of "
            "them wants something different from Varna.\n\n"
            "> \"We are not asking Elbonia to choose sides. We are asking it to know who owns its power plant.\"\n"
            "> — Ana Varga, Ruritania's ambassador to Elbonia\n\n"
            "Ana Varga, the ambassador, put it bluntly in a speech in Varna in October. \"We are not asking Elbonia to "
            "choose sides,\" she said. \"We are asking it to know who owns its power plant.\"\n\n"
            "Share this explainer:  [f]  [X]  [in]  [✉]   |   Follow Varna Explains  + Follow\n\n"
            "Comments (27)         Sort by:  Newest ▾   Oldest   Most liked\n"
            "Please read our community guidelines before commenting.\n\n"
            "JosephK_Varna   23 Nov 2026, 08:14\n"
            "Good piece but the port point is undersold. Whoever runs the port in Kolvo has more leverage than any "
            "embassy.\n"
            "Reply   ♥ 41   Report\n\n"
            "    Lindsay M.   23 Nov 2026, 09:02\n"
            "    Replying to JosephK_Varna\n"
            "    Agreed. And nobody in Varna seems to want to talk about its contract terms.\n"
            "    Reply   ♥ 12   Report\n\n"
            "[ Load 23 more comments ]\n\n"
            "The Varna Ledger Ltd, 14 Harbour Quay, Varna VA1 6QE, Elbonia. Registered in Elbonia and Ruritania, "
            "No. 08821547.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia's constitution forbids it to take sides, yet a dozen capitals now court the island, and each of "
             "them wants something different from Varna."),
        ("", "Ana Varga, the ambassador, put it bluntly in a speech in Varna in October. \"We are not asking Elbonia to "
             "choose sides,\" she said. \"We are asking it to know who owns its power plant.\""),
    ]
    assert_dropped(doc, [("cookie notice", "You can change your mind at any time"),
                        ("pull quote", "> \"We are not asking Elbonia"),
                        ("buttons", "Share this explainer:"),
                        ("reader comment", "JosephK_Varna 23 Nov 2026, 08:14"), ("reader comment", "Good piece but"),
                        ("reader comment", "Reply ♥ 41 Report"), ("reader comment", "Lindsay M. 23 Nov 2026, 09:02"),
                        ("reader comment", "Replying to JosephK_Varna"), ("reader comment", "Agreed. And nobody"),
                        ("site footer", "The Varna Ledger Ltd, 14 Harbour Quay")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Listen to the tape at 08:41, narrated by an aide, and the minister's voice breaks, officials in Varna said.",
    "The poll closes on 30 November, and 2,318 Elbonians have voted so far, the commission in Varna said.",
    "Update on 3 May 2026: Kolvo added two patrol boats to the fleet in Varna, the ministry said.",
    "Head office: 22 Old Street, where the minister works, was raided by police in Varna on Friday.",
    "The company no longer exports grain to Kolvo, the minister said in Varna on Friday.",
    "Member of the Media Council since 2019, Ana Varga said the code was never enforced in Varna.",
    "You are reading the treaty wrong, the minister told reporters in Varna, because it gives Kolvo nothing.",
    "Elbonia is No. 41 of 2026 on the index of Kolvo's trading partners, the ministry in Varna said.",
    "You can change your mind at any time, Ana Varga told voters in Varna, but the privacy law will not change.",
    "> \"Kolvo will not sign the pact this year, whatever Varna offers.\"",
    "Follow the money + follow the law, the prosecutor told the court in Varna on Friday.",
    "Follow Kolvo's lead, the minister urged Elbonia's neighbours in Varna on Friday.",
])
def test_sentences_like_players_polls_updates_offices_kickers_consent_lines_and_follow_rows_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_an_article_ending_in_a_key_figures_list_is_not_taken_for_a_cut_off_capture() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "KEY FIGURES\n"
            "• Troops on the border: 4,000\n"
            "• Patrol boats promised: 12\n"
            "• Tankers struck off the Varna register in 2026: 41\n")
    assert not any("mid-sentence" in warning for warning in clean(text, "txt").warnings)
    cut = "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border and the"
    assert any("mid-sentence" in warning for warning in clean(cut, "txt").warnings)


def test_a_news_page_loses_its_enlarge_button_ad_closer_dated_correction_and_bureau_chief_bio() -> None:
    text = ("Kolvo picks Ruritanian builder for Varna port\n\n"
            "By Ana Varga in Varna\n"
            "Published 24 November 2026, 09:05 CET\n\n"
            "[Image]\n"
            "Tugs guide a bulk carrier into the port of Varna, which handles most of Elbonia's grain. Photo: Bo Ek/Ledger\n"
            "Tap to enlarge  ⤢\n\n"
            "Elbonia has awarded a 35-year concession to build and operate a new deepwater terminal at Varna to a "
            "Ruritanian consortium, in a deal that breaks with a decade in which Kolvo's companies ran the country's "
            "ports.[1]\n\n"
            "The agreement was signed in Varna on Friday by the port authority and the consortium, in the presence of "
            "four ministers and the Ruritanian ambassador.\n\n"
            "  ADVERTISEMENT  ·  Sponsored content from Kolvo Freight Finance\n"
            "  Trade finance for Elbonian exporters — letters of credit in 48 hours. Open an account online →\n"
            "  Why am I seeing this ad?  |  Hide ad\n\n"
            "Analysts read the deal as part of a broader shift away from Kolvo, which has lost three port tenders in the "
            "region since 2024, according to the ministry in Varna.\n\n"
            "Corrections & updates\n"
            "24 November 2026, 16:20 CET — An earlier version of this article said the new quay would be 1,400 metres "
            "long. It is 1,200 metres.\n\n"
            "Notes\n"
            "[1] Ministry of Transport statement, 20 November 2026.\n\n"
            "Topics:  #Elbonia   #Ports   #Ruritania\n\n"
            "Ana Varga is the Ledger's Varna bureau chief. She covers Elbonian politics and trade, and previously "
            "reported from Kolvo. Follow her on X @avarga_ledger\n"
            "Bo Ek is a photographer based in Varna, covering the ports.\n")
    doc = clean(text, "txt", title="Kolvo picks Ruritanian builder for Varna port")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia has awarded a 35-year concession to build and operate a new deepwater terminal at Varna to a "
             "Ruritanian consortium, in a deal that breaks with a decade in which Kolvo's companies ran the country's "
             "ports.[1]"),
        ("", "The agreement was signed in Varna on Friday by the port authority and the consortium, in the presence of "
             "four ministers and the Ruritanian ambassador."),
        ("", "Analysts read the deal as part of a broader shift away from Kolvo, which has lost three port tenders in "
             "the region since 2024, according to the ministry in Varna."),
    ]
    assert [note.number for note in doc.notes] == [1]
    assert_dropped(doc, [("share buttons", "Tap to enlarge ⤢"),
                        ("advertisement", "Why am I seeing this ad? | Hide ad"),
                        ("version history", "Corrections & updates"),
                        ("correction notice", "24 November 2026, 16:20 CET — An earlier version"),
                        ("author bio", "Ana Varga is the Ledger's Varna bureau chief.")])


def test_an_analysis_loses_its_sponsor_disclaimer_and_its_event_promotion_with_calendar_button() -> None:
    text = ("Elbonia's partnerships, assessed\n\n"
            "The decisive moment came in October, when Ruritania agreed a $20bn currency swap with Elbonia's central "
            "bank and bought the lev directly in the market in Varna.\n\n"
            "<div class=\"promo-inline\">\n"
            "SPONSORED · Partner content\n"
            "Kolvo Agrocapital — Financing the next Elbonian harvest. Working capital for exporters in Varna. Learn more ›\n"
            "The Institute does not endorse sponsors. Sponsorship supports free access to our research.\n"
            "</div>\n\n"
            "The trade deal followed the same logic. Ruritania removed its tariff on 221 Elbonian product lines, and "
            "Varna opened its market to Ruritanian beef in exchange.\n\n"
            "MOST READ THIS WEEK\n"
            " 1  Kolvo After the Run-off: What the Vote Means for Trade\n"
            " 2  The Varna Canal Sale, One Year Later\n\n"
            "UPCOMING EVENT  ·  Dec 3, 2026 · 10:00 a.m. CET · Varna and online\n"
            "Elbonia 2027: Elections, Reserves and the Road Ahead   [ Register ]   [ Add to calendar ]\n")
    doc = clean(text, "txt", title="Elbonia's partnerships, assessed")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "The decisive moment came in October, when Ruritania agreed a $20bn currency swap with Elbonia's central "
             "bank and bought the lev directly in the market in Varna."),
        ("", "The trade deal followed the same logic. Ruritania removed its tariff on 221 Elbonian product lines, and "
             "Varna opened its market to Ruritanian beef in exchange."),
    ]
    assert_dropped(doc, [("advertisement", "The Institute does not endorse sponsors. Sponsorship supports"),
                        ("promo box", "UPCOMING EVENT · Dec 3, 2026 · 10:00 a.m. CET"),
                        ("promo box", "Elbonia 2027: Elections, Reserves and the Road Ahead [ Register ]")])


def test_an_explainer_keeps_notes_under_notes_and_sources_and_loses_its_poll_count_and_keep_exploring_list() -> None:
    text = ("Who keeps Elbonia afloat?\n\n"
            "Ruritania gives Elbonia about $1.45bn a year under a memorandum signed in 2022, more than any other "
            "partner.[1] Kolvo's gas has reached Varna since 2020 under a fifteen-year contract.[2]\n\n"
            "For now, they mostly want the same thing: an Elbonia that holds.\n\n"
            "Notes & sources\n"
            "[1] Memorandum of understanding between Ruritania and Elbonia, signed in Varna on 16 September 2022.\n"
            "[2] Gas sales agreement between Kolvo Gas and the Elbonian power company, September 2016.\n\n"
            "Correction, 23 November 2026: An earlier version of this article said the memorandum was signed in Kolvo. "
            "It was signed in Varna.\n\n"
            "Quick poll: Which partner matters most to Elbonia's future?\n"
            "  ( ) Ruritania   ( ) Kolvo   ( ) The EU\n"
            "  [ Vote ]   4,211 votes · Results shown after you vote\n\n"
            "KEEP EXPLORING\n"
            "  Explained: How the grain trade funds armed groups from Kolvo to the coast\n"
            "  What is the Ruritanian custodianship of Varna's old port?\n"
            "  Maps & Charts: Elbonia's shrinking rivers, in six maps\n")
    doc = clean(text, "txt", title="Who keeps Elbonia afloat?")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Ruritania gives Elbonia about $1.45bn a year under a memorandum signed in 2022, more than any other "
             "partner.[1] Kolvo's gas has reached Varna since 2020 under a fifteen-year contract.[2]"),
        ("", "For now, they mostly want the same thing: an Elbonia that holds."),
    ]
    # (the correction under the notes is the page's, not a third note)
    assert [(note.number, note.text) for note in doc.notes] == [
        (1, "Memorandum of understanding between Ruritania and Elbonia, signed in Varna on 16 September 2022."),
        (2, "Gas sales agreement between Kolvo Gas and the Elbonian power company, September 2016."),
    ]
    assert doc.warnings == []
    assert_dropped(doc, [("notes heading (2 notes kept apart)", "Notes & sources"),
                        ("correction notice", "Correction, 23 November 2026"),
                        ("poll", "[ Vote ] 4,211 votes · Results shown after you vote"),
                        ("related links", "KEEP EXPLORING"),
                        ("related links", "Explained: How the grain trade"),
                        ("related links", "What is the Ruritanian custodianship"),
                        ("related links", "Maps & Charts: Elbonia's shrinking rivers")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Tap to enlarge the map, the ministry told users of its new app in Varna on Friday.",
    "Why am I seeing this ad? Ana Varga asked the regulator in Varna, which agreed to look into the campaign.",
    "12 March 2026: The original version of this report was leaked to the press in Varna, officials said.",
    "Ana Varga is the agency's bureau chief in Varna, and she was expelled by Kolvo on Friday.",
    "The Olympic committee in Varna does not endorse sponsors of rival events, its chairman said on Friday.",
    "Corrections and updates to the census will follow in May, the statistics office in Varna said.",
    "Keep exploring, the minister urged the geologists working off the coast of Varna on Friday.",
    "More than 4,211 votes were cast, and results will be shown after you vote, the commission in Varna said.",
    "Notes and sources close to the talks in Varna suggest that Kolvo will sign the pact in May.",
])
def test_sentences_like_enlarge_buttons_ad_closers_dated_corrections_bios_polls_and_notes_headings_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_company_line_with_its_building_and_floor_after_a_dash_goes() -> None:
    text = ("Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border.\n\n"
            "Kolvo Media SARL — Immeuble Varna 2000, 11th floor, Rue du Port, 01 BP 4417 Kolvo 01  ·  RCCM EL-KV-2011-B-104\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a defence pact on Friday, ending two years of talks over the border."]
    kept = "Kolvo Media SARL — its owners said on Friday — will move its newsroom to the 11th floor of a Varna tower."
    assert kept in " ".join(p.text for p in clean(kept, "txt").passages)


def test_a_news_report_loses_its_audio_row_channel_call_podcast_teaser_and_media_council_line() -> None:
    text = ("Ruritania wins Varna port concession\n\n"
            "By Ana Varga, Ports Correspondent\n"
            "Published 24 November 2026, 11:05 CET\n\n"
            "▶  Listen to this article   00:00 / 06:12   ·   1x   ·   Audio generated from the text; may mispronounce names\n\n"
            "Elbonia on Monday signed a 30-year agreement handing four new berths at Varna port to a Ruritanian "
            "operator, a deal worth $1.2 billion that officials say will bring the harbour the traffic it was built "
            "for.\n\n"
            "Kolvo, which built the first three berths, said it expected its contracts to be honoured.\n\n"
            "Follow the Varna Ledger on our WhatsApp Channel for breaking news  →  [Join]\n\n"
            "RECOMMENDED FOR YOU\n"
            "Kolvo revives talk of a pipeline to the coast  ·  3 min read\n"
            "Podcast — The Quay, ep. 41: Can Varna ever beat Kolvo?  ·  28 min listen\n\n"
            "Varna Ledger\n"
            "Varna Ledger is a member of the Media Council of Elbonia and abides by its Code of Conduct for the "
            "Practice of Journalism.\n")
    doc = clean(text, "txt", title="Ruritania wins Varna port concession")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia on Monday signed a 30-year agreement handing four new berths at Varna port to a Ruritanian "
             "operator, a deal worth $1.2 billion that officials say will bring the harbour the traffic it was built "
             "for."),
        ("", "Kolvo, which built the first three berths, said it expected its contracts to be honoured."),
    ]
    assert_dropped(doc, [("audio player", "▶ Listen to this article 00:00 / 06:12 · 1x · Audio generated"),
                        ("share buttons", "Follow the Varna Ledger on our WhatsApp Channel"),
                        ("related links", "Podcast — The Quay, ep. 41: Can Varna ever beat Kolvo?"),
                        ("publisher note", "Varna Ledger is a member of the Media Council of Elbonia")])


def test_a_fact_box_with_no_frame_after_the_article_heads_its_facts_with_its_label() -> None:
    text = ("The deal also faces questions in Elbonia, where fishing communities moved for the first phase of the port "
            "say they are still waiting for compensation.\n\n"
            "Tags:  Varna   Ports   Ruritania\n\n"
            "VARNA CORRIDOR AT A GLANCE\n"
            "Launched: 2012\n"
            "Full name: Varna Port–Kolvo–Ruritania Transport Corridor\n"
            "Estimated total cost: $24.5bn (all components)\n"
            "Other components: oil pipeline, standard-gauge railway, three airports, three resort cities — mostly unbuilt\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "The deal also faces questions in Elbonia, where fishing communities moved for the first phase of the port "
             "say they are still waiting for compensation."),
        ("VARNA CORRIDOR AT A GLANCE", "Launched: 2012"),
        ("VARNA CORRIDOR AT A GLANCE", "Full name: Varna Port–Kolvo–Ruritania Transport Corridor"),
        ("VARNA CORRIDOR AT A GLANCE", "Estimated total cost: $24.5bn (all components)"),
        ("VARNA CORRIDOR AT A GLANCE", "Other components: oil pipeline, standard-gauge railway, three airports, three "
                                       "resort cities — mostly unbuilt"),
    ]
    assert not any("mid-sentence" in warning for warning in doc.warnings)


def test_an_analysis_loses_its_share_row_with_pdf_pages_its_ad_closer_and_its_series_disclaimer() -> None:
    text = ("Elbonia's partners, audited\n\n"
            "By Ana Varga, Senior Fellow\n\n"
            "Share:  X   LinkedIn   Facebook   WhatsApp   Email   Copy link   🖨 Print   ⬇ PDF (12 pp.)\n\n"
            "No partner matters more to the economy than Kolvo, whose firms own most of Elbonia's smelters and hold "
            "about a third of its foreign debt.\n\n"
            "   ADVERTISEMENT\n"
            "   ┌──────────────────────────────────────┐\n"
            "   │ SPONSORED · Varna Logistics Summit   │\n"
            "   │ Ports, rail and the new trade map.   │\n"
            "   └──────────────────────────────────────┘\n"
            "   The Varna Institute does not endorse advertisers. Why am I seeing this?\n\n"
            "The maritime file is harder. Ruritanian patrol boats were recorded inside Elbonia's waters on 143 days "
            "this year, up from 97 days last year.\n\n"
            "The views expressed in Varna Analysis are the author's own.\n")
    doc = clean(text, "txt", title="Elbonia's partners, audited")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "No partner matters more to the economy than Kolvo, whose firms own most of Elbonia's smelters and hold "
             "about a third of its foreign debt."),
        ("", "The maritime file is harder. Ruritanian patrol boats were recorded inside Elbonia's waters on 143 days "
             "this year, up from 97 days last year."),
    ]
    assert_dropped(doc, [("share buttons", "Share: X LinkedIn Facebook WhatsApp Email Copy link"),
                        ("advertisement", "The Varna Institute does not endorse advertisers. Why am I"),
                        ("publisher note", "The views expressed in Varna Analysis are the author's own.")])


def test_an_explainer_loses_its_consent_reference_and_the_copy_of_an_advert_labelled_with_its_advertiser() -> None:
    text = ("  Your privacy, your choice\n"
            "  We and our 187 partners use cookies to keep the site running and show you adverts.\n"
            "  [ Accept everything ]   [ Only the necessary ones ]   [ Manage choices › ]\n"
            "  Consent ID: 9b2c-41d7 · You can change your mind at any time from the \"Privacy\" link in the footer.\n\n"
            "Who wants what from Varna?\n\n"
            "Kolvo's relationship with Elbonia was built on grain. Between 2009 and 2016, Kolvo's banks lent Varna some "
            "$18 billion, much of it repaid through sales of wheat.\n\n"
            "<div class=\"ad-slot\">\n"
            "ADVERTISEMENT · Sponsored content from Banco Ruritano Internacional\n"
            "Exporting grain, timber or flowers? Hedge your dollar receipts with RuriTrade FX.\n"
            "Open a business account in 48 hours.   Learn more ›      Why am I seeing this ad?  ✕\n"
            "</div>\n\n"
            "This is the awkward part for Kolvo: the dam was meant as a showcase, and it has cracked twice since 2020.\n")
    doc = clean(text, "txt", title="Who wants what from Varna?")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Kolvo's relationship with Elbonia was built on grain. Between 2009 and 2016, Kolvo's banks lent Varna some "
             "$18 billion, much of it repaid through sales of wheat."),
        ("", "This is the awkward part for Kolvo: the dam was meant as a showcase, and it has cracked twice since 2020."),
    ]
    assert_dropped(doc, [("cookie notice", "Consent ID: 9b2c-41d7 · You can change your mind"),
                        ("advertisement", "Exporting grain, timber or flowers? Hedge your dollar receipts")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Listen to this article from 2019, the minister told reporters in Varna; the audio was generated from old tapes.",
    "\"Follow us on our Telegram channel,\" the army in Kolvo told residents of Varna on Friday.",
    "Residents were told to join Kolvo Radio on our WhatsApp channel for evacuation updates, the mayor said.",
    "Thousands of Elbonians follow the opposition leader on her Telegram channel, where she posts from Varna.",
    "The Varna Post is a member of the Media Council of Elbonia, which the government tried to abolish in 2024.",
    "Kolvo Media does not endorse advertisers, its chief said, and readers keep asking why am I seeing this.",
    "The views expressed in Varna are their own, the Ruritanian ambassador said of the protesters on Friday.",
    "The views expressed in the Elbonian press are the government's own, the opposition in Varna said.",
    "You can change your mind at any time, the minister told voters in Varna, as the consent ID scheme was dropped.",
    "The minister spoke for 31 minutes · then left the chamber in Varna without taking questions.",
])
def test_sentences_like_audio_rows_channel_calls_council_lines_ad_closers_and_disclaimers_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


@pytest.mark.parametrize("text", [
    # a heading that says it is a fact box over lines of prose with colons keeps them as prose
    "ELBONIA AT A GLANCE\nThe numbers tell a simple story: Elbonia exports grain and imports almost everything else. "
    "Its trade deficit has widened every year since 2019.\nThe reason is clear: Kolvo's market has closed.",
])
def test_prose_with_colons_under_an_at_a_glance_heading_stays(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert "The numbers tell a simple story: Elbonia exports grain" in kept
    assert "The reason is clear: Kolvo's market has closed." in kept


def test_a_news_report_loses_its_consent_choices_kicker_audio_row_and_footer_address_and_press_registration() -> None:
    text = ("VARNA COAST WIRE\n\n"
            "Your data, your call\n"
            "Varna Coast Wire uses a handful of tools to keep this site running. Some are essential; others help us count "
            "readers and show adverts that pay our reporters.\n"
            "[x] Strictly necessary (always on)\n"
            "[ ] Audience counting (anonymous)\n"
            "[ ] Advertising partners (19)\n"
            "   Save my choices        Accept everything        Continue without accepting →\n\n"
            "ECONOMY & ENERGY  |  EXCLUSIVE DETAILS\n\n"
            "Elbonia signs port pact with Ruritania\n\n"
            "By Ana Varga\n"
            "Published 23 November 2026, 07:42 GMT\n\n"
            "🔊 Listen to this dispatch   ▶  0:00 / 8:14   ·  automated voice  ·  1.0x\n\n"
            "Elbonia on Saturday signed a €4.2 billion agreement with Ruritania to build a deep-water port near Varna, "
            "the country's largest foreign investment since independence.\n\n"
            "\"This is money, tonnes and dates written into a contract,\" the minister told reporters in Varna.\n\n"
            "Varna Coast Wire SARL · Îlot K, Avenue de la Paix, Tevragh, Varna, Elbonia\n"
            "Registered with the Elbonian Press Authority, no. EPA/2011/0447\n"
            "© 2011–2026 Varna Coast Wire. All rights reserved.\n")
    doc = clean(text, "txt", title="Elbonia signs port pact with Ruritania")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia on Saturday signed a €4.2 billion agreement with Ruritania to build a deep-water port near Varna, "
             "the country's largest foreign investment since independence."),
        ("", "\"This is money, tonnes and dates written into a contract,\" the minister told reporters in Varna."),
    ]
    assert_dropped(doc, [("cookie notice", "Varna Coast Wire uses a handful of tools to keep this site running."),
                        ("cookie notice", "[x] Strictly necessary (always on)"),
                        ("cookie notice", "[ ] Audience counting (anonymous)"),
                        ("cookie notice", "[ ] Advertising partners (19)"),
                        ("cookie notice", "Save my choices Accept everything Continue without accepting →"),
                        ("kicker", "ECONOMY & ENERGY | EXCLUSIVE DETAILS"),
                        ("audio player", "🔊 Listen to this dispatch ▶ 0:00 / 8:14 · automated voice · 1.0x"),
                        ("site footer", "Varna Coast Wire SARL · Îlot K, Avenue de la Paix"),
                        ("site footer", "Registered with the Elbonian Press Authority, no. EPA/2011/0447")])


def test_an_analysis_loses_its_wrapped_cookie_line_breadcrumb_tool_row_boxed_meter_follow_row_and_event() -> None:
    text = ("VARNA INSTITUTE\n"
            "Independent research on Elbonia, Ruritania and the wider Kolvo basin since 2009\n\n"
            "  We use cookies\n"
            "  We and 14 selected partners use cookies and similar technologies to remember your language, measure\n"
            "  which analyses are read, and (only with your permission) to show you event invitations on other sites.\n"
            "  [ Accept everything ]   [ Only what is necessary ]   [ Let me choose ]\n\n"
            "Home  ›  Research  ›  Elbonia & Kolvo Basin Programme  ›  Varna Watch  ›  No. 41\n\n"
            "Elbonia's balancing act\n\n"
            "By Ana Varga, Senior Fellow\n\n"
            "Share:  LinkedIn   Bluesky   X   Telegram   Email   ⧉ Copy link        🖨 Print     ⬇ PDF (386 KB)     ❝ Cite\n\n"
            "-----------------------------------------------------------------\n"
            " You are reading 2 of your 3 free VI Analyses this month.\n"
            " Members read without limits and get the quarterly Varna Risk Monitor.  Join from €6/month  ·  Already a "
            "member? Sign in\n"
            "-----------------------------------------------------------------\n\n"
            "Elbonia has kept every partner at the table this year, from Ruritania's grain buyers to Kolvo's pipeline "
            "operators, and it has paid for the privilege.\n\n"
            "Whether that can last into 2027 is a different question.\n\n"
            "ABOUT THE AUTHOR\n"
            "Ana Varga is a Senior Fellow at the Varna Institute, where she leads work on energy transit.\n"
            "Follow Ana:  Bluesky · LinkedIn      More by this author ›\n\n"
            "EVENT · 3 December 2026, 15:00 CET · Online and Varna\n"
            "  \"Grain and Gas: Who Pays for Elbonia's Balance?\"  Register ›\n")
    doc = clean(text, "txt", title="Elbonia's balancing act")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia has kept every partner at the table this year, from Ruritania's grain buyers to Kolvo's pipeline "
             "operators, and it has paid for the privilege."),
        ("", "Whether that can last into 2027 is a different question."),
    ]
    assert_dropped(doc, [("cookie notice", "which analyses are read, and (only with your permission)"),
                        ("navigation", "Home › Research › Elbonia & Kolvo Basin Programme › Varna Watch"),
                        ("site footer", "Share: LinkedIn Bluesky X Telegram Email ⧉ Copy link 🖨 Print ⬇ PDF"),
                        ("promo box", "You are reading 2 of your 3 free VI Analyses this month."),
                        ("promo box", "Members read without limits and get the quarterly Varna Risk Monitor."),
                        ("share buttons", "Follow Ana: Bluesky · LinkedIn More by this author ›"),
                        ("promo box", "EVENT · 3 December 2026, 15:00 CET · Online and Varna"),
                        ("promo box", "\"Grain and Gas: Who Pays for Elbonia's Balance?\" Register ›")])


def test_a_metered_paywall_naming_the_series_it_counts_and_a_priced_call_to_join_go() -> None:
    text = ("Elbonia has kept every partner at the table this year, from Ruritania's grain buyers to Kolvo's pipeline "
            "operators.\n\n"
            "You are reading 2 of your 3 free Varna Institute Analyses this month.\n\n"
            "Members read without limits and get the quarterly Varna Risk Monitor.  Join from €6/month  ·  Already a "
            "member? Sign in\n\n"
            "Whether that can last into 2027 is a different question.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia has kept every partner at the table this year, from Ruritania's grain buyers to Kolvo's pipeline "
        "operators.",
        "Whether that can last into 2027 is a different question.",
    ]
    assert_dropped(doc, [("paywall", "You are reading 2 of your 3 free Varna Institute Analyses this month."),
                        ("subscribe prompt", "Members read without limits and get the quarterly Varna Risk Monitor.")])


def test_a_kicker_in_capitals_between_bars_goes_but_a_fact_box_label_between_bars_heads_its_facts() -> None:
    text = ("PORTS & SHIPPING  |  EXCLUSIVE\n\n"
            "Elbonia signs port pact with Ruritania\n\n"
            "Elbonia on Saturday signed a €4.2 billion agreement with Ruritania to build a deep-water port near Varna, "
            "the country's largest foreign investment since independence.\n\n"
            "KEY FACTS | ELBONIA\n"
            "Capital: Varna\n"
            "Population: about 2.1 million\n"
            "Currency: Elbonian lev\n")
    doc = clean(text, "txt")
    assert "PORTS & SHIPPING | EXCLUSIVE" not in doc.text
    assert sections(doc)[-1] == "KEY FACTS | ELBONIA"
    assert_dropped(doc, [("kicker", "PORTS & SHIPPING | EXCLUSIVE")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Kolvo Mining uses heavy tools to keep this site running around the clock, and the work is essential, the foreman said.",
    "Listen to the recording, which runs 0:00 / 8:14 on the court's website, the lawyer in Varna said.",
    "Kolvo Media SARL, its owners said on Friday, will move its newsroom to Varna, Kolvo and Port Elbon.",
    "Varna Port Holdings Ltd, the operator, said Kolvo, Ruritania and Elbonia would share the new berths.",
    "Registered with the Elbonian Press Council, the Varna Post lost its licence on Friday after 41 years.",
    "Follow Ana Varga: LinkedIn and Bluesky both suspended her accounts on Friday, her lawyer in Varna said.",
    "If you are reading two free Ledger columns a day, the editor in Varna said, you are not paying for the news.",
    "Join from €6 a month, the union in Varna told teachers; already a member? Sign in at the door to vote.",
    "Cite the law, the judge in Varna told the lawyers, and the hearing was adjourned until Friday.",
    "Home affairs officials in Varna said the new border post with Kolvo would open in May.",
    "The minister said on Friday that the pact between Elbonia and Ruritania would be signed in\nADVERTISEMENT\n"
    "the capital next week, after months of talks.",
])
def test_sentences_like_consent_blurbs_audio_rows_company_lines_follow_rows_meters_and_wrapped_notices_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.replace("\nADVERTISEMENT\n", " ") in kept


def test_a_news_report_loses_its_cut_short_breadcrumb_follow_button_gallery_counter_folded_summary_advert_and_chart() -> None:
    text = ("Home  ›  Business  ›  Ports & Shipping  ›  Elbonia  ›  Elbonia signs $4.2bn Varna port deal with Ruritanian…\n\n"
            "Elbonia signs $4.2bn Varna port deal with Ruritanian group\n\n"
            "By Ana Varga in Ras el Kolvo and Ivo Radek in Varna\n"
            "Published 24 Nov 2026, 06:40 EAT\n\n"
            "🔔 Follow this story: Varna Port\n\n"
            "[Image]\n"
            "Fishing boats moored off Varna, close to where the new breakwater is due to be built.\n"
            "Photo: Bo Ek for the Varna Wire\n"
            "1 / 4  ‹ ›  View gallery\n\n"
            "MUHTASARI KWA KISWAHILI ▾\n"
            "Elbonia imesaini mkataba wa miaka 30 wa kujenga na kuendesha bandari ya Varna na kampuni ya Ruritania. "
            "Awamu ya kwanza itagharimu dola bilioni 4.2. Soma habari kamili kwa Kiswahili →\n\n"
            "Elbonia has signed a 30-year concession to build and operate a deep-water port at Varna with a Ruritanian "
            "consortium, reviving a project that stalled for most of a decade.\n\n"
            "ADVERTISEMENT\n"
            "Varna Bonded Storage — 20,000 m² of warehousing, 30 minutes from the quay. Customs on site. 24/7.\n"
            "Get a quote →                                   Ad · Why am I seeing this?\n\n"
            "The $4.2 billion first phase covers four container berths and a breakwater, officials in Varna said.\n\n"
            "[Interactive chart] Container throughput at Elbonian ports, 2019–2026 (’000 TEU) — Varna · Kolvo\n"
            "Loading…  If the chart does not load, view the data table here.  Source: port authorities\n\n"
            "Ruritania's envoy said the port would open in 2030.\n")
    doc = clean(text, "txt", title="Elbonia signs $4.2bn Varna port deal with Ruritanian group")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia has signed a 30-year concession to build and operate a deep-water port at Varna with a Ruritanian "
             "consortium, reviving a project that stalled for most of a decade."),
        ("", "The $4.2 billion first phase covers four container berths and a breakwater, officials in Varna said."),
        ("", "Ruritania's envoy said the port would open in 2030."),
    ]
    assert_dropped(doc, [("navigation", "Home › Business › Ports & Shipping › Elbonia › Elbonia signs"),
                        ("byline", "By Ana Varga in Ras el Kolvo and Ivo Radek in Varna"),
                        ("share buttons", "🔔 Follow this story: Varna Port"),
                        ("site footer", "1 / 4 ‹ › View gallery"),
                        ("other language", "Elbonia imesaini mkataba wa miaka 30"),
                        ("advertisement", "Varna Bonded Storage — 20,000 m² of warehousing"),
                        ("advertisement", "Get a quote → Ad · Why am I seeing this?"),
                        ("media embed", "[Interactive chart] Container throughput at Elbonian ports"),
                        ("media embed", "Loading… If the chart does not load, view the data table here.")])


def test_a_summary_in_another_language_under_its_language_label_goes_but_english_under_a_menu_stays() -> None:
    text = ("Elbonia and Ruritania signed a $1.2 billion package in Varna on Tuesday to finance the port's new grain "
            "terminal and its railway to Kolvo.\n\n"
            "┌ RÉSUMÉ EN FRANÇAIS ─────────────────────────\n"
            "  L'Elbonie et la Ruritanie ont signé mardi à Varna un paquet de 1,2 milliard de dollars pour financer le "
            "terminal céréalier du port. La Kolvo reste de loin le premier acheteur de céréales elboniennes.  Lire "
            "l'article complet en français ›\n"
            "└──────────────────────────────────────────────\n\n"
            "Edition: International ▾\n"
            "Officials in Varna said the terminal would open in 2028, and that Kolvo would buy most of its grain.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia and Ruritania signed a $1.2 billion package in Varna on Tuesday to finance the port's new grain "
        "terminal and its railway to Kolvo.",
        "Officials in Varna said the terminal would open in 2028, and that Kolvo would buy most of its grain.",
    ]
    assert_dropped(doc, [("other language", "L'Elbonie et la Ruritanie ont signé mardi à Varna")])


def test_an_analysis_loses_its_footer_link_with_a_bracketed_word_and_the_publisher_saying_where_it_is_registered() -> None:
    text = ("Elbonia has kept every partner at the table this year, from Ruritania's grain buyers to Kolvo's pipeline "
            "operators, and it has paid for the privilege.\n\n"
            "Whether that can last into 2027 is a different question.\n\n"
            "About   Funding & Transparency   Careers   Press   Contact   Privacy   Send us a tip (secure)\n\n"
            "The Varna Institute is an independent, non-partisan, non-profit corporation registered with the Securities "
            "Commission of Elbonia. The Institute takes no institutional positions; views expressed are those of the "
            "authors.\n"
            "© 2026 Varna Institute for Strategy. All rights reserved.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia has kept every partner at the table this year, from Ruritania's grain buyers to Kolvo's pipeline "
        "operators, and it has paid for the privilege.",
        "Whether that can last into 2027 is a different question.",
    ]
    assert_dropped(doc, [("link row", "About Funding & Transparency Careers Press Contact Privacy Send"),
                        ("publisher note", "The Varna Institute is an independent, non-partisan, non-profit")])


def test_an_explainer_keeps_its_head_between_two_boxes_and_loses_skip_links_masthead_lists_and_a_comment_thread() -> None:
    text = ("Skip to main content   Skip to navigation   Accessibility help\n\n"
            "THE VARNA COURIER\n"
            "independent since 1994\n\n"
            "--------------------------------------------------\n"
            "Your privacy, your choice\n"
            "We and 143 partners use cookies and similar tools to keep this site running, count visits and, with your "
            "permission, show you ads that are less annoying. Flip the switches below. You can change your mind any time "
            "under \"Privacy settings\" at the bottom of every page, and you can also ask us to delete your data.\n"
            "[ Save my choices ]   [ Accept everything ]\n"
            "--------------------------------------------------\n\n"
            "You're reading 3 of 4 free explainers this month.  Already a member? Sign in\n\n"
            "Six suitors, one small country: what Elbonia's partners want\n\n"
            "With its EU bid frozen, Elbonia is courting Kolvo and Ruritania while Varna watches. Here is who wants what, "
            "and what they offer in return\n\n"
            "By Ana Varga in Ras el Kolvo\n\n"
            "┌──────────────────────────────────────────────┐\n"
            "  THE SHORT VERSION\n"
            "  • Kolvo: 49% of the $640m Varna port, opening late 2029\n"
            "  • Ruritania: pipelines, railway, 90% of Elbonia's gas\n"
            "└──────────────────────────────────────────────┘\n\n"
            "Elbonia's government insists it still wants to join the EU. Yet it has spent 2026 widening its circle of "
            "partners rather than narrowing it.\n\n"
            "Each of those partners wants something different, and each offers something in return.\n\n"
            "Explainers you might have missed\n"
            " 1   What is the Kolvo corridor, and can it really bypass Ruritania?   6 min\n"
            " 2   Elbonia's grain deal: what was signed, and what wasn't\n\n"
            "Most read   ·   World\n"
            " 1.  Kolvo raises transit tariffs for the first time in a decade\n"
            " 2.  Varna coastguard detains tanker off the Kolvo shore\n\n"
            "Comments (47)\n"
            "This discussion is open until 27 Nov 2026, 06.00 GMT.      Community standards  |  Sign in to comment\n\n"
            " ana_v    24 Nov 2026 07.12\n"
            " Good summary, but the Ruritanian deal is not as simple as it looks.\n"
            " Reply   |   Recommend (64)   |   Report\n\n"
            "    ↳ BoEk   24 Nov 2026 07.40\n"
            "      Same with the port. Unpublished terms seem to be the one thing every partner agrees on.\n"
            "      Reply   |   Recommend (38)   |   Report\n\n"
            "Load 41 more comments\n")
    doc = clean(text, "txt", title="Six suitors, one small country: what Elbonia's partners want")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "With its EU bid frozen, Elbonia is courting Kolvo and Ruritania while Varna watches. Here is who wants what, "
             "and what they offer in return"),
        ("THE SHORT VERSION", "Kolvo: 49% of the $640m Varna port, opening late 2029"),
        ("THE SHORT VERSION", "Ruritania: pipelines, railway, 90% of Elbonia's gas"),
        ("", "Elbonia's government insists it still wants to join the EU. Yet it has spent 2026 widening its circle of "
             "partners rather than narrowing it."),
        ("", "Each of those partners wants something different, and each offers something in return."),
    ]
    assert_dropped(doc, [("navigation", "Skip to main content Skip to navigation Accessibility help"),
                        ("site header", "THE VARNA COURIER"),
                        ("site header", "independent since 1994"),
                        ("title", "Six suitors, one small country"),
                        ("byline", "By Ana Varga in Ras el Kolvo"),
                        ("related links", "Explainers you might have missed"),
                        ("related links", "1 What is the Kolvo corridor, and can it really bypass Ruritania?"),
                        ("related links", "Most read · World"),
                        ("related links", "2. Varna coastguard detains tanker"),
                        ("comment prompt", "This discussion is open until 27 Nov 2026, 06.00 GMT."),
                        ("reader comment", "ana_v 24 Nov 2026 07.12"),
                        ("reader comment", "Good summary, but the Ruritanian deal"),
                        ("reader comment", "Reply | Recommend (64) | Report"),
                        ("reader comment", "↳ BoEk 24 Nov 2026 07.40"),
                        ("reader comment", "Same with the port.")])


def test_a_most_read_label_naming_its_section_and_a_thread_with_recommend_buttons_go() -> None:
    text = ("Elbonia's government insists it still wants to join the EU. Yet it has spent 2026 widening its circle of "
            "partners rather than narrowing it.\n\n"
            "Most read   ·   World\n"
            " 1.  Kolvo raises transit tariffs for the first time in a decade\n"
            " 2.  Varna coastguard detains tanker off the Kolvo shore\n\n"
            "Each of those partners wants something different, and each offers something in return.\n\n"
            " ana_v    24 Nov 2026 07.12\n"
            " Good summary, but the Ruritanian deal is not as simple as it looks.\n"
            " Reply   |   Recommend (64)   |   Report\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia's government insists it still wants to join the EU. Yet it has spent 2026 widening its circle of "
        "partners rather than narrowing it.",
        "Each of those partners wants something different, and each offers something in return.",
    ]
    assert_dropped(doc, [("related links", "Most read · World"),
                        ("related links", "1. Kolvo raises transit tariffs"),
                        ("reader comment", "ana_v 24 Nov 2026 07.12"),
                        ("reader comment", "Reply | Recommend (64) | Report")])


def test_a_boxed_list_of_links_numbering_the_page_s_own_headline_still_goes_whole() -> None:
    text = ("Elbonia's neutrality has always been subsidised by geography and by its neighbours, Kolvo and Ruritania, "
            "the minister in Varna said.\n\n"
            "---------------------------------------------------------\n"
            "READ MORE\n"
            "  ▸ The Varna triple lock, explained in 90 seconds\n"
            "  ▸ Why Elbonia has no fighter jets\n\n"
            "MOST POPULAR\n"
            "  1. Housing: rents in Varna rise 5.7% in a year\n"
            "  2. Who are Elbonia's friends? Neutrality, Kolvo and Ruritania explained\n"
            "---------------------------------------------------------\n")
    doc = clean(text, "txt", title="Who are Elbonia's friends? Neutrality, Kolvo and Ruritania explained")
    assert [p.text for p in doc.passages] == [
        "Elbonia's neutrality has always been subsidised by geography and by its neighbours, Kolvo and Ruritania, the "
        "minister in Varna said.",
    ]
    assert_dropped(doc, [("promo box", "▸ The Varna triple lock, explained in 90 seconds")])


def test_a_figure_title_over_a_chart_stand_in_with_its_data_under_it_stays() -> None:
    text = ("Elbonia now earns about as much from its port as it does from grain, the finance ministry in Varna said.\n\n"
            "Figure 1. Sources of Elbonian government revenue, 2025 (per cent of total)\n"
            "[Interactive chart — click to expand ⤢]   Chart | Table | Download data (CSV)\n"
            "   Grain levies ........ 31\n"
            "   Port fees ........... 24\n"
            "Source: Elbonian Ministry of Finance.\n\n"
            "Port fees reached about $61 million in 2025, or roughly a quarter of revenue, officials in Varna said.\n")
    doc = clean(text, "txt")
    assert "Figure 1. Sources of Elbonian government revenue, 2025 (per cent of total)" in doc.text
    assert "Grain levies" in doc.text
    assert_dropped(doc, [("media embed", "[Interactive chart — click to expand ⤢] Chart | Table | Download data")])


def test_a_writer_and_role_over_a_row_of_tools_with_a_bracketed_file_size_are_a_byline() -> None:
    text = ("Anchor without a harbour: Elbonia's alliances\n\n"
            "Varna has spent more and signed more treaties since 2022 than at any point since independence. It has not "
            "yet decided what kind of ally it wants to be.\n\n"
            "Dr. Ana Varga\n"
            "Senior Fellow, Programme on Elbonian Security\n\n"
            "⬇ Download PDF (1.4 MB, 16 pages)    🖨 Print    ❝ Cite    ✉ Email    in LinkedIn    🦋 Bluesky    𝕏\n\n"
            "Elbonia's defence spending will reach an estimated 2.8% of GDP in 2026, up from 1.5% in 2021, officials in "
            "Varna said.\n")
    doc = clean(text, "txt", title="Anchor without a harbour: Elbonia's alliances")
    assert [p.text for p in doc.passages] == [
        "Varna has spent more and signed more treaties since 2022 than at any point since independence. It has not "
        "yet decided what kind of ally it wants to be.",
        "Elbonia's defence spending will reach an estimated 2.8% of GDP in 2026, up from 1.5% in 2021, officials in "
        "Varna said.",
    ]
    assert_dropped(doc, [("byline", "Dr. Ana Varga"), ("byline", "Senior Fellow, Programme on Elbonian Security")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "By the time ministers met in Ras el Kolvo and Varna, the deal had already been signed.",
    "Follow the story: the minister in Varna said the port deal would be signed on Friday.",
    "Follow the story of Elbonia's port and you will find Ruritanian money everywhere, the analyst said",
    "Only 1 / 4 of the berths will open in 2030, the ministry in Varna said.",
    "If the chart does not load, the minister said, the figures will be published in Varna on Friday.",
    "The discussion is open until 27 November 2026, the speaker of parliament in Varna said.",
    "Explainers you might have missed are now collected in one place, the editor in Varna said.",
    "Accessibility help for disabled voters in Varna will expand in May, the electoral commission said.",
    "The Varna Institute is a small, independent think tank registered in Kolvo, and its director told reporters on "
    "Friday that it would appeal the ruling.",
    "« Nous avons signé », a déclaré le ministre à Varna mardi, devant les journalistes et les diplomates de Kolvo.",
    "Edition: International ▾\nElbonia signed a grain deal with Ruritania on Friday, and officials in Varna said "
    "more would follow.",
])
def test_sentences_like_bylines_follow_buttons_chart_stand_ins_comment_notices_and_foreign_summaries_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text.replace("Edition: International ▾\n", "") in kept


def test_a_meter_counting_what_is_left_goes_and_the_lead_under_it_stands_alone() -> None:
    text = ("Elbonia signs $2.9bn rail deal with Ruritanian backers\n\n"
            "Share:  WhatsApp  |  X  |  Facebook  |  ✉ Email\n\n"
            "You have 2 of 5 free wire stories left this month. Subscribers get unlimited access, the morning Grain Note "
            "and full term-sheet PDFs. → Subscribe   or   Sign in\n\n"
            "Elbonia on Tuesday signed a $2.9 billion agreement to build a railway linking Varna to the Kolvo border, "
            "officials said.\n\n"
            "Construction is expected to begin in 2027, with the first freight trains scheduled for late 2030.\n")
    doc = clean(text, "txt", title="Elbonia signs $2.9bn rail deal with Ruritanian backers")
    assert [p.text for p in doc.passages] == [
        "Elbonia on Tuesday signed a $2.9 billion agreement to build a railway linking Varna to the Kolvo border, "
        "officials said.",
        "Construction is expected to begin in 2027, with the first freight trains scheduled for late 2030.",
    ]
    assert_dropped(doc, [("paywall", "You have 2 of 5 free wire stories left this month.")])


def test_a_pull_quote_wrapped_in_a_drawn_box_goes_with_its_speaker() -> None:
    text = ("\"This is the line our grandparents were promised,\" Transport Minister Ivo Radek told reporters in Varna. "
            "\"For the first time, a tonne of grain from Kolvo will not have to choose between a truck queue at the "
            "border and a ship in Ruritania.\"\n\n"
            "    ┌──────────────────────────────────────────────┐\n"
            "    │  \"For the first time, a tonne of grain from  │\n"
            "    │   Kolvo will not have to choose between a    │\n"
            "    │   truck queue at the border and a ship in    │\n"
            "    │   Ruritania.\"                                │\n"
            "    │        — Ivo Radek, Transport Minister       │\n"
            "    └──────────────────────────────────────────────┘\n\n"
            "Construction is expected to begin in 2027, with the first freight trains scheduled for late 2030.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "\"This is the line our grandparents were promised,\" Transport Minister Ivo Radek told reporters in Varna. "
        "\"For the first time, a tonne of grain from Kolvo will not have to choose between a truck queue at the "
        "border and a ship in Ruritania.\"",
        "Construction is expected to begin in 2027, with the first freight trains scheduled for late 2030.",
    ]
    assert_dropped(doc, [("duplicate paragraph", "\"For the first time, a tonne of grain from Kolvo will not"),
                        ("pull quote", "Ivo Radek, Transport Minister")])


def test_a_drawn_box_holding_a_new_quotation_is_read_as_one_paragraph() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "    ┌──────────────────────────────────────────────┐\n"
            "    │  \"Kolvo is a partner, not a patron, and the  │\n"
            "    │   Ruritanian port deal is proof of it,\" Ivo  │\n"
            "    │   Radek said in Varna on Friday.             │\n"
            "    └──────────────────────────────────────────────┘\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "\"Kolvo is a partner, not a patron, and the Ruritanian port deal is proof of it,\" Ivo Radek said in Varna on "
        "Friday.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]


@pytest.mark.parametrize("bottom", ["└────────────────────────────", "└ Source: Elbonian statistics office"])
def test_a_fact_box_labelled_in_its_open_top_border_heads_its_facts(bottom: str) -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "┌ ELBONIA AT A GLANCE ───────────────────\n"
            "│ Capital: Varna\n"
            "│ Population: about 2.1 million\n"
            "│ Grain exports: $640m (2025)\n"
            f"{bottom}\n\n"
            "┌─ KEY NUMBERS ──────────────────────────\n"
            "│ 5,550   soldiers in the Kolvo mission\n"
            "│ 392 km  length of the border with Ruritania\n"
            "└────────────────────────────────────────\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("ELBONIA AT A GLANCE", "Capital: Varna"),
        ("ELBONIA AT A GLANCE", "Population: about 2.1 million"),
        ("ELBONIA AT A GLANCE", "Grain exports: $640m (2025)"),
        ("KEY NUMBERS", "5,550 soldiers in the Kolvo mission"),
        ("KEY NUMBERS", "392 km length of the border with Ruritania"),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


def test_a_consent_banner_that_never_says_cookies_goes_with_its_heading_over_its_choice_buttons() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "Privacy choices at the Varna Courier\n"
            "We count how our stories are read (analytics), remember your language (functional) and — only if you say "
            "yes — let partner papers send you offers (outreach). We sell nothing to anyone.\n"
            "[ Yes to all three ]   [ Functional only ]   [ Let me choose ]        Read the data notice ›\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("cookie notice", "Privacy choices at the Varna Courier"),
                        ("cookie notice", "We count how our stories are read (analytics)"),
                        ("cookie notice", "[ Yes to all three ] [ Functional only ] [ Let me choose ]")])


def test_an_advert_s_feedback_link_a_thread_s_closing_time_and_a_sponsored_listing_go() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "ADVERTISEMENT\n"
            " ─────────────────────────────────────────\n"
            "  Varna Select Tours | Kolvo · Varna · the Ruritanian lakes\n"
            "  12 nights from £2,390pp. Small groups, expert guides.   [ See dates ]\n"
            " ─────────────────────────────────────────\n"
            "Ad feedback\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n\n"
            "Comments (37)          Sort by: [Newest ▾]\n"
            "Comments on this article will close at 18:00 GMT on 27 November.\n\n"
            "steppe_wanderer  ·  24 Nov 2026 08:14\n"
            "Good overview, but the Kolvo railway has been \"about to start\" for five years.\n"
            "  Reply   ♡ 42   Report\n\n"
            "Sponsored content from our partners\n"
            "  Why investors are looking again at frontier-market bonds  |  Brought to you by Halvergate Capital\n"
            "  The 7 best carry-on bags for long-haul trips in 2027  |  TravelFinds\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert not any("mid-sentence" in warning for warning in doc.warnings)
    assert_dropped(doc, [("advertisement", "Ad feedback"),
                        ("comment prompt", "Comments on this article will close at 18:00 GMT"),
                        ("reader comment", "steppe_wanderer"),
                        ("advertisement", "Sponsored content from our partners"),
                        ("advertisement", "Why investors are looking again"),
                        ("advertisement", "The 7 best carry-on bags")])


def test_a_line_on_the_rules_between_a_thread_s_label_and_its_first_comment_goes_with_the_thread() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "Comments (12)\n"
            "Comments are limited to 300 words, and the editors pick the best for Saturday's print edition.\n\n"
            "steppe_wanderer  ·  24 Nov 2026 08:14\n"
            "Good overview, but the Kolvo railway has been \"about to start\" for five years.\n"
            "  Reply   ♡ 42   Report\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
    ]
    assert_dropped(doc, [("reader comment", "Comments are limited to 300 words")])


def test_a_language_switcher_naming_the_story_goes() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "Read this story in:   Elbonian  |  Ruritanian  |  Kolvan  |  Varnese   (machine translation, beta)\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
    ]
    assert_dropped(doc, [("language switcher", "Read this story in:")])


_METERED_ARTICLE = "".join(
    f"In {2010 + i}, Elbonia's port at Varna handled {i + 3} million tonnes of grain, and officials in Kolvo and "
    f"Ruritania watched the figures closely, the ministry said.\n\n" for i in range(14))
_METERED_END = ("Topics:  Elbonia   Kolvo   Ports\n\n"
                "Ann Lee is the Varna Courier's Kolvo correspondent. She previously reported from Ruritania for a decade.\n\n")


def test_a_bare_meter_after_a_whole_article_and_its_end_matter_does_not_warn_of_a_paywall() -> None:
    doc = clean(_METERED_ARTICLE + _METERED_END + "You've read 4 of 5 free articles this month.\n\n"
                "More from the Varna Courier\n  › Kolvo raises transit tariffs\n", "txt")
    assert_dropped(doc, [("paywall", "You've read 4 of 5 free articles this month.")])
    assert not any("paywall" in warning for warning in doc.warnings)


@pytest.mark.parametrize("text", [
    # the meter above the article
    "You've read 4 of 5 free articles this month.\n\n" + _METERED_ARTICLE + _METERED_END,
    # the meter with its call to pay
    _METERED_ARTICLE + _METERED_END + "You've read 4 of 5 free articles this month. Subscribe to keep reading.\n",
    # the article goes on after it
    _METERED_ARTICLE + _METERED_END + "You've read 4 of 5 free articles this month.\n\n"
    "Officials in Varna said the port would reopen in March, after repairs to the Kolvo quay.\n",
    # a teaser: too short to be the whole article
    _METERED_ARTICLE[:400] + "\n\n" + _METERED_END + "You've read 5 of 5 free articles this month.\n",
    # the article cut off mid-sentence above its end matter
    _METERED_ARTICLE + "Officials in Varna said the port at Kolvo would\n\n" + _METERED_END
    + "You've read 4 of 5 free articles this month.\n",
])
def test_a_meter_before_or_inside_the_article_or_under_a_teaser_still_warns_of_a_paywall(text: str) -> None:
    doc = clean(text, "txt")
    assert any("paywall" in warning for warning in doc.warnings)


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "You have 2 of 5 days left to appeal, the court in Varna told the Kolvo shipping company on Friday.",
    "Let me choose the next governor myself, the president of Elbonia told reporters in Varna.",
    "Readers can read this story in Ruritanian too, the editor in Varna said.",
    "Public comments on the Kolvo pipeline will close on 30 June, the ministry in Varna said.",
    "Comments on this article will close at 18:00, the editors in Varna said, because of the election.",
    "Ad feedback from farmers in Varna was mixed, the agency said.",
    "From our partners in Kolvo we expect nothing, the minister in Varna said.",
    "Sponsored content from Ruritanian state media was banned in Varna last year.",
    "Functional only in name, the Kolvo pipeline has carried no gas since 2024, officials in Varna said.",
    "\"For the first time, a tonne of grain from Kolvo will not have to choose between a truck queue and a ship,\" "
    "Ivo Radek said in Varna.",
])
def test_sentences_like_meters_consent_choices_switchers_and_sponsored_labels_stay(text: str) -> None:
    kept = " ".join(p.text for p in clean(text, "txt").passages)
    assert text in kept


def test_a_paragraph_on_data_over_buttons_that_offer_no_consent_choice_stays() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "Ruritania's new data law lets regulators in Varna fine any company that tracks your phone without consent.\n"
            "[ Share ]   [ Save for later ]\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n")
    doc = clean(text, "txt")
    assert "Ruritania's new data law lets regulators in Varna fine any company that tracks your phone without " \
           "consent." in [p.text for p in doc.passages]


def test_a_framed_fact_box_keeps_each_fact_apart_though_wrapped_lines_are_joined() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "┌────────────────────────────────────┐\n"
            "│ KEY FACTS: THE DEAL                │\n"
            "│ Signed: 12 November 2026, Varna    │\n"
            "│ Value: $486m over 2027–2034        │\n"
            "│ Partners: Kolvo and Ruritania      │\n"
            "└────────────────────────────────────┘\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages][1:4] == [
        ("KEY FACTS: THE DEAL", "Signed: 12 November 2026, Varna"),
        ("KEY FACTS: THE DEAL", "Value: $486m over 2027–2034"),
        ("KEY FACTS: THE DEAL", "Partners: Kolvo and Ruritania"),
    ]


def test_a_label_over_text_wrapped_in_a_drawn_box_heads_the_text_joined_whole() -> None:
    text = ("Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
            "┌────────────────────────────────────────────┐\n"
            "│ THE SHORT VERSION                          │\n"
            "│ Elbonia has signed its grain deal with     │\n"
            "│ Kolvo, Ruritania and the Varna port        │\n"
            "│ authority. Parliament votes in March.      │\n"
            "└────────────────────────────────────────────┘\n\n"
            "The deal still needs the approval of parliament in Varna, which meets again in March.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("THE SHORT VERSION", "Elbonia has signed its grain deal with Kolvo, Ruritania and the Varna port authority. "
                              "Parliament votes in March."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


_GRAIN = "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.\n\n"
_VOTE = "The deal still needs the approval of parliament in Varna, which meets again in March.\n\n"
_QUAY = "Work on the new quay at Kolvo is due to start in April and to take three years, the port authority said.\n\n"


@pytest.mark.parametrize("advert", [
    # the copy wrapped in the ad slot's markup, between the label and the label that ends it
    "ADVERTISEMENT\n<div class=\"ad-slot ad-slot--mid\">\n"
    " Kolvo Tiles & Sanitary — 40% off bathroom ranges this month. Visit any of our 12 showrooms.   [ Shop now ]\n"
    "</div>\nAdvertisement ends — Story continues below\n\n",
    # or set apart by blank lines
    "ADVERTISEMENT\n\nKolvo Tiles & Sanitary — 40% off bathroom ranges this month.\n\n[ Shop now ]\n\n"
    "End of advertisement\n\n",
])
def test_an_advert_between_its_label_and_the_label_that_ends_it_goes_and_heads_nothing(advert: str) -> None:
    doc = clean(_GRAIN + advert + _VOTE + _QUAY, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
        ("", "Work on the new quay at Kolvo is due to start in April and to take three years, the port authority said."),
    ]
    assert_dropped(doc, [("advertisement", "Kolvo Tiles & Sanitary"), ("advertisement", "ADVERTISEMENT")])
    assert any(entry.startswith("advertisement: \"") and ("ends" in entry or "End of" in entry) for entry in doc.removed)


def test_a_short_paragraph_under_an_earlier_bare_advert_label_stays_when_another_advert_ends_below() -> None:
    text = (_GRAIN + "ADVERTISEMENT\n\nThe port at Kolvo reopened on Monday.\n\n"
            "ADVERTISEMENT\nKolvo Tiles & Sanitary — 40% off bathroom ranges this month.\n"
            "Advertisement ends — Story continues below\n\n" + _VOTE)
    kept = [p.text for p in clean(text, "txt").passages]
    assert "The port at Kolvo reopened on Monday." in kept
    assert not any("Kolvo Tiles" in p for p in kept)


def test_a_masthead_menu_row_ending_in_a_subscribe_button_goes() -> None:
    text = ("The Varna Courier  |  Independent news from Elbonia since 1998\n"
            "English | Ruritanian        E-paper     Archive     Advertise with us     Sign in     "
            "[ Subscribe to Courier+ ]\n\n" + _GRAIN + _VOTE)
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("link row", "English | Ruritanian E-paper Archive")])


def test_a_consent_panels_save_and_allow_buttons_with_the_privacy_link_go() -> None:
    text = ("Your data, your call\n"
            "We use cookies to keep you signed in and, only if you say yes, to show ads that fit you.\n"
            "  Audience measurement ................... [ ON ]\n"
            "  Personalised advertising ............... [ OFF ]\n"
            "[ Save my choices ]   [ Allow everything ]   Read our privacy notice (updated 1 Oct 2026)\n\n"
            + _GRAIN + _VOTE)
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("cookie notice", "[ Save my choices ] [ Allow everything ] Read our privacy notice")])


def test_a_date_line_with_the_time_zone_in_brackets_an_audio_players_buttons_and_a_share_row_with_a_pdf_go() -> None:
    text = ("By Ann Lee, Senior Fellow\n"
            "24 November 2026  ·  Updated 25 November 2026, 09:40 (Varna time)  ·  10 min read\n\n"
            "▶ Listen to this analysis   00:00 / 11:42   1x   ⟲ 15s   ↓ Download MP3  "
            "(automated narration — errors possible)\n\n"
            "Share:  [X]  [LinkedIn]  [WhatsApp]  [Email]  [Copy link]    🖨 Print    ⬇ PDF (12 pp, 1.4 MB)\n\n"
            + _GRAIN + _VOTE)
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("date line", "24 November 2026 · Updated 25 November 2026, 09:40 (Varna time)"),
                         ("audio player", "▶ Listen to this analysis 00:00 / 11:42 1x ⟲ 15s"),
                         ("buttons", "Share: [X] [LinkedIn]")])


def test_a_caption_ending_in_its_credit_and_licence_and_a_figure_that_did_not_load_go() -> None:
    text = (_GRAIN + "[Image: Container cranes at dusk over the quay at Kolvo.]\n"
            "Cranes at the Kolvo terminal, 72 km north of Varna, in October 2026. Photo: Ann Lee / Kolvo Visual Desk. "
            "Licensed, all rights reserved.\n\n" + _VOTE
            + "   [ Figure 1: Kolvo monthly throughput, Nov 2024 – Oct 2026 (TEU) ]\n"
            "   Interactive chart could not be loaded. View data table ›\n\n" + _QUAY)
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
        "Work on the new quay at Kolvo is due to start in April and to take three years, the port authority said.",
    ]
    assert_dropped(doc, [("image caption", "Cranes at the Kolvo terminal"),
                         ("image caption", "[ Figure 1: Kolvo monthly throughput"),
                         ("media embed", "Interactive chart could not be loaded.")])


def test_a_comment_prompt_saying_who_may_comment_and_a_footer_address_under_the_publishers_name_go() -> None:
    text = (_GRAIN + _VOTE
            + "Discussion (4)\n"
            "Community guidelines apply. Members only may comment — Sign in to join the discussion.\n\n"
            "Kolvo Institute for Strategic Affairs\n"
            "Av. Libertad 1120, Piso 8, Varna 15074, Elbonia  ·  Liaison office: Rue Belliard 40, 1040 Brussels\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("comment prompt", "Community guidelines apply. Members only may comment"),
                         ("site footer", "Av. Libertad 1120, Piso 8")])
    assert not doc.warnings


def test_numbered_notes_after_the_last_paragraph_with_no_heading_become_the_notes_the_text_cites() -> None:
    text = ("Elbonia sold 13 bcm of gas to Europe last year.[1] Output at the Kolvo field is due to peak in 2030.[2]\n\n"
            "Ruritania bought two frigates from Varna in 2020, its first arms deal with its neighbour.[3]\n"
            "</div>\n\n"
            "[1] Figure from a statement by the Elbonian presidency, 30 October 2026. Ruritania has not published its own.\n"
            "[2] Kolvo Gas data; the 2026 figure is a company forecast.\n"
            "[3] Varna Arms Transfers Database, March 2021 release.\n\n"
            "┌────────────────────────────────────────┐\n"
            " AT A GLANCE: ELBONIA'S PARTNERS\n"
            " Population: 10.2m\n"
            " Gas to Europe, 2026 (forecast): 13.2bcm\n"
            " Frigates bought from Varna: 2\n"
            " Kolvo port capacity: 15m tonnes\n"
            " Pipeline to Ruritania: 43km\n"
            "└────────────────────────────────────────┘\n")
    doc = clean(text, "txt")
    assert [note.number for note in doc.notes] == [1, 2, 3]
    assert doc.notes[2].text == "Varna Arms Transfers Database, March 2021 release."
    assert not any(p.text.startswith("[") for p in doc.passages)
    assert not any("notes list" in warning for warning in doc.warnings)


@pytest.mark.parametrize("text", [
    # a run of numbered lines the text does not cite, with more lines after it
    "The panel in Varna listed three demands.\n\n[1] Open the Kolvo border.\n[2] Free the grain.\n[3] Hold talks.\n\n"
    "Officials said the first would take weeks.\n\nThe second was easier.\n\nThe third was agreed on Monday.\n\n"
    "Ruritania said nothing.\n\nElbonia welcomed it.\n",
])
def test_a_numbered_run_that_is_not_the_notes_the_text_cites_stays(text: str) -> None:
    doc = clean(text, "txt")
    kept = " ".join(p.text for p in doc.passages)
    assert "Open the Kolvo border." in kept and "Hold talks." in kept
    assert not doc.notes


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "The advertisement ends with a shot of the Varna quay, the agency in Kolvo said.",
    "Save my choices for the cabinet, the president of Elbonia told reporters in Varna.",
    "Read our privacy notice before you sign, the Kolvo bank told its customers in a letter.",
    "On 25 November 2026, 09:40 (Varna time), the first ship docked at Kolvo.",
    "The PDF (12 pp, 1.4 MB) was leaked to reporters in Varna on Monday.",
    "The interactive map could not be loaded onto the ministry's servers before the vote, officials in Varna said.",
    "The video could not be verified, the agency in Kolvo said.",
    "Members only may comment on the draft until Friday, the speaker of Elbonia's parliament said.",
    "Only members can comment on the budget, the council in Varna ruled on Monday.",
    "Community guidelines apply to every party in Varna, the electoral commission said.",
    "The protest began on Av. Libertad in Varna, where the ministry has its offices, and moved to the port.",
])
def test_sentences_like_advert_ends_consent_buttons_zoned_dates_pdfs_failed_charts_and_members_comments_stay(
        text: str) -> None:
    kept = " ".join(p.text for p in clean(_GRAIN + text + "\n\n" + _VOTE, "txt").passages)
    assert text in kept


def test_a_bulleted_point_and_a_credit_line_of_a_fact_box_stay_and_the_box_label_heads_its_facts_only() -> None:
    text = ("THE PORT DEAL\n\n" + _GRAIN
            + "   ┌─────────────────────────────────────────┐\n"
            "     THE DEAL AT A GLANCE\n"
            "     • Ties with Ruritania restored May 3; embassy to reopen in Varna by June 15, 2027\n"
            "     • Grain: 18,000 t/yr duty-free from Mar 1, 2027\n"
            "     • Credit: US$150m via the Kolvo Eximbank for farms, packing plants (Varna)\n"
            "     • Loan: a 20-year line from the Ruritanian Development Bank\n"
            "   └─────────────────────────────────────────┘\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("THE PORT DEAL", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("THE DEAL AT A GLANCE", "Ties with Ruritania restored May 3; embassy to reopen in Varna by June 15, 2027"),
        ("THE DEAL AT A GLANCE", "Grain: 18,000 t/yr duty-free from Mar 1, 2027"),
        ("THE DEAL AT A GLANCE", "Credit: US$150m via the Kolvo Eximbank for farms, packing plants (Varna)"),
        ("THE DEAL AT A GLANCE", "Loan: a 20-year line from the Ruritanian Development Bank"),
        ("THE PORT DEAL", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


def test_a_credit_line_without_a_sum_inside_a_fact_box_is_a_fact_not_a_photo_credit() -> None:
    text = (_GRAIN
            + "┌────────────────────────────┐\n"
            "KEY FACTS\n"
            "Capital: Varna\n"
            "Credit: a 20-year line from the Kolvo Development Bank\n"
            "Population: 10.2m\n"
            "└────────────────────────────┘\n\n"
            + _VOTE + "[Image] The quay at Kolvo.\nCredit: Ann Lee / Varna Times\n\n" + _QUAY)
    doc = clean(text, "txt")
    kept = [p.text for p in doc.passages]
    assert "Credit: a 20-year line from the Kolvo Development Bank" in kept
    assert not any("Ann Lee" in p for p in kept)
    assert_dropped(doc, [("image credit", "Credit: Ann Lee / Varna Times")])


def test_a_wire_update_note_a_republish_line_a_meter_and_a_company_address_footer_go() -> None:
    text = (_GRAIN + _VOTE + _QUAY
            + "(Reporting by Ann Lee in Varna; editing by Bo Ek)\n\n"
            "UPDATE 2, 19:10 CST: Adds Ruritanian trade ministry statement on the talks, comment from the Kolvo bank.\n"
            "Updates with details of the loan, adds comment from analyst Bo Ek\n\n"
            "Republish this story  ·  Licensed newsrooms may run this copy under the Varna Wire terms. Photos are "
            "licensed separately.   Request licence  |  Download text (.txt)  |  Print\n\n"
            "You have read 3 of your 5 free wire stories this month.\n\n"
            "Varna Wire Service S.A. · Edificio Plaza Kolvo, piso 9, Calle Mayor, Varna, Republic of Elbonia · "
            "Bureaus: Kolvo · Ruritania City · Port Varna · Nova Kolvo · Lake Varna (partner desk)\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
        "Work on the new quay at Kolvo is due to start in April and to take three years, the port authority said.",
    ]
    assert_dropped(doc, [("update note", "UPDATE 2, 19:10 CST: Adds Ruritanian"),
                         ("update note", "Updates with details of the loan"),
                         ("publisher note", "Republish this story"),
                         ("paywall", "You have read 3 of your 5 free wire stories"),
                         ("site footer", "Varna Wire Service S.A. · Edificio Plaza Kolvo")])


def test_a_writers_follow_and_more_by_links_and_a_chart_that_did_not_load_go() -> None:
    text = (_GRAIN + _VOTE
            + "ABOUT THE AUTHORS\n"
            "Ann Lee is a senior fellow in the institute's Foreign Policy Programme.\n"
            "Bo Ek is a research associate in the Trade Programme.\n"
            "Follow Ann on X ›   All analyses by Bo Ek ›\n\n"
            "Chart: Elbonian exports by destination, 2020–2026 — This interactive chart could not be loaded. [ Reload ]\n\n"
            + _QUAY)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
        ("", "Work on the new quay at Kolvo is due to start in April and to take three years, the port authority said."),
    ]
    assert_dropped(doc, [("media embed", "Chart: Elbonian exports by destination")])
    assert any(entry.endswith('"Follow Ann on X › All analyses by Bo Ek ›"') for entry in doc.removed)


def test_a_date_line_with_its_update_set_off_by_a_dot_and_a_text_size_save_and_gift_row_go() -> None:
    text = ("What does everyone want from Varna?\n\n"
            "By Ann Lee, Elbonia correspondent\n"
            "Published 25 November 2026, 06:00 CET  ·  Updated 11:40 CET\n"
            "11 min read\n\n"
            "A−  A  A+      Save ☆      Gift this article 🎁 (4 left)\n\n"
            + _GRAIN + _VOTE)
    doc = clean(text, "txt", title="What does everyone want from Varna?")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("date line", "Published 25 November 2026, 06:00 CET · Updated 11:40 CET"),
                         ("accessibility tools", "A− A A+")])


def test_a_credit_line_given_as_a_sum_of_money_is_a_fact_not_a_photo_credit() -> None:
    text = (_GRAIN + "What the package holds:\n"
            "• Grants: €40m for schools in Kolvo\n"
            "• Credit: US$150m via the Kolvo Eximbank for farms and packing plants\n"
            "• Credit: EUR 60 million for small firms in Varna\n\n" + _VOTE)
    kept = [p.text for p in clean(text, "txt").passages]
    assert any("Credit: US$150m via the Kolvo Eximbank" in p for p in kept)
    assert any("Credit: EUR 60 million for small firms" in p for p in kept)


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Updates with new figures will follow next week, the statistics office in Varna said.",
    "Updates with details of the loan were published in Varna on Monday, the central bank said.",
    "Adding comment from the minister, the agency in Kolvo said talks would resume on Monday.",
    "Reprint this article, the minister told editors in Varna, and the paper will be closed.",
    "You have read the terms of the free trade deal, the Elbonian minister told deputies in Varna.",
    "The builder, Kolvo Towers S.A., piso 9 of whose tower in Varna was searched on Monday, denies wrongdoing.",
    "Follow the money, the prosecutor in Varna told the court on Monday.",
    "All reports by Ruritania's central bank are published in Varna every Monday.",
    "Map: the route to Kolvo — the map could not be loaded onto the navy's systems before the vote, officials in Varna "
    "said on Monday.",
    "Published on 25 November 2026, the report was updated in Varna on Monday, officials said.",
    "Ruritania's bonds are rated A− and A+ by the agencies in Varna.",
    "Gift this article to your MP, the campaigners in Varna told readers.",
])
def test_sentences_like_box_credits_wire_updates_republish_lines_meters_footers_follow_links_and_size_buttons_stay(
        text: str) -> None:
    kept = " ".join(p.text for p in clean(_GRAIN + text + "\n\n" + _VOTE, "txt").passages)
    assert text in kept


def test_a_bullets_point_wrapped_onto_an_indented_line_goes_on_from_its_bullet() -> None:
    text = ("THE PORT DEAL\n\n" + _GRAIN
            + "   ╔════════════════════════════════════════╗\n"
            "     KEY POINTS\n"
            "     • Package: $1.2bn — Kolvo $800m,\n"
            "       Ruritania $300m, Elbonian bonds $100m\n"
            "     • Port ownership: state 51%,\n"
            "       Kolvo 35%, Ruritania 14%\n"
            "     • Completion now targeted for 2030\n"
            "   ╚════════════════════════════════════════╝\n\n"
            "WHAT COMES NEXT\n\n" + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("THE PORT DEAL", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("KEY POINTS", "Package: $1.2bn — Kolvo $800m, Ruritania $300m, Elbonian bonds $100m"),
        ("KEY POINTS", "Port ownership: state 51%, Kolvo 35%, Ruritania 14%"),
        ("KEY POINTS", "Completion now targeted for 2030"),
        ("WHAT COMES NEXT", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


def test_a_line_under_a_bullet_but_not_indented_past_it_stays_a_line_of_its_own() -> None:
    text = (_GRAIN + "What the package holds:\n"
            "  • Grants for schools in Kolvo\n"
            "  • Loans for farms in Varna.\n"
            "  Ruritania will pay for the rest, the ministry in Varna said on Monday.\n"
            "  • Loans for ports in Kolvo.\n"
            "Elbonia will pay nothing, the ministry in Varna said on Monday.\n\n" + _VOTE)
    kept = [p.text for p in clean(text, "txt").passages]
    assert "Loans for farms in Varna." in kept
    assert "Ruritania will pay for the rest, the ministry in Varna said on Monday." in kept
    assert "Loans for ports in Kolvo." in kept
    assert "Elbonia will pay nothing, the ministry in Varna said on Monday." in kept


def test_a_consent_banner_offering_its_partners_list_and_the_boxes_ticked_under_its_buttons_go() -> None:
    text = ("-------------------------------------------------------------\n"
            "We (and 43 of our partners) use cookies and similar tracking to measure audiences, remember your edition and "
            "show ads that pay for our journalism. You can change your mind at any time under \"Cookie settings\" at the "
            "bottom of every page.\n"
            "[ Fine by me ]   [ Essential only ]   [ Show me the 43 partners ]\n"
            "-------------------------------------------------------------\n\n"
            "We value your privacy\n"
            "The Varna Courier uses cookies to measure readership and, with your consent, to suggest events.\n"
            "[ Accept all ]    [ Essential only ]    [ Let me choose ▸ ]\n"
            "   ☐ Audience measurement     ☐ Event suggestions     ☑ Strictly necessary (always on)\n\n"
            + _GRAIN + _VOTE)
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("cookie notice", "We (and 43 of our partners) use cookies"),
                         ("cookie notice", "[ Fine by me ] [ Essential only ] [ Show me the 43 partners ]"),
                         ("cookie notice", "☐ Audience measurement ☐ Event suggestions")])


def test_an_advert_under_a_label_drawn_into_a_rule_goes_down_to_the_closing_rule() -> None:
    text = (_GRAIN
            + "- - - - - - - - - - - - - - - ADVERTISEMENT - - - - - - - - - - - - - - -\n"
            "SPONSORED · Kolvo Pacific Bank\n"
            "Moving goods across the Varna? Trade finance in four currencies, approved in 48 hours.\n"
            "Talk to a relationship manager today  →   Terms apply. Licensed by the National Bank of Elbonia.\n"
            "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("advertisement", "Moving goods across the Varna?"),
                         ("advertisement", "Talk to a relationship manager today")])


def test_a_sponsored_box_closed_by_the_line_saying_the_newsroom_did_not_write_it_goes() -> None:
    text = (_GRAIN
            + "ADVERTISEMENT · PARTNER CONTENT\n"
            "  VARNA INFRASTRUCTURE SUMMIT 2027 — Kolvo, 18–19 February\n"
            "  Ports, power and cross-border finance. Early-bird registration closes 12 December.\n"
            "  Presented with Kolvo Grid Capital.      [ Register now ]\n"
            "  The Varna Courier's editorial team was not involved in producing this content.\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("advertisement", "VARNA INFRASTRUCTURE SUMMIT 2027"),
                         ("advertisement", "The Varna Courier's editorial team was not involved")])


def test_a_masthead_between_the_pages_title_line_and_the_headline_and_an_update_pointing_to_a_note_go() -> None:
    title = "Elbonia signs a grain deal with Ruritania"
    text = (title + " | Varna Institute\n\n"
            "VARNA INSTITUTE\n"
            "Independent analysis on Elbonia and its neighbours · since 2009\n\n"
            "🔍 Search analyses, authors, datasets…                Sign in   |   Become a member\n\n"
            "ANALYSIS · KOLVO PROGRAMME\n\n"
            + title + "\n\n"
            "By Ann Lee  |  25 November 2026  |  8 min read\n"
            "Updated 25 November 2026, 14:10 GMT — see note at end\n\n"
            + _GRAIN + _VOTE)
    doc = clean(text, "txt", title=title)
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("site header", "Independent analysis on Elbonia and its neighbours"),
                         ("site header", "ANALYSIS · KOLVO PROGRAMME"),
                         ("site menu", "🔍 Search analyses, authors, datasets…"),
                         ("date line", "Updated 25 November 2026, 14:10 GMT — see note at end")])


def test_a_galleries_counter_a_share_row_of_icons_and_follow_rows_and_a_dotted_related_list_go() -> None:
    text = (_GRAIN + "[Image]\nLorries queue at the border crossing near Kolvo. Photograph: Ann Lee for the Courier\n"
            "1 / 6   ‹  ›  Expand gallery\n\n"
            + _VOTE
            + "Share this story:   f   ✈   𝕏   in   ✉        Follow The Varna Courier on Telegram → @varnacourier\n"
            "Follow Varna Explains:   Follow on X   ·   Follow on Instagram   ·   WhatsApp channel\n\n"
            "RECOMMENDED FOR YOU\n"
            "  Podcast  ·  The Long Haul: Episode 212, \"Kolvo's factory boom\"  ·  38 min\n"
            "  Weekend  ·  A road trip through Ruritania, where the car plants grew up among the wheat fields\n"
            "  Money & Markets  ·  Why the lev held up better than anyone expected in 2026\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("site footer", "1 / 6 ‹ › Expand gallery"),
                         ("share buttons", "Share this story: f ✈ 𝕏 in ✉ Follow The Varna Courier on Telegram"),
                         ("share buttons", "Follow Varna Explains: Follow on X"),
                         ("related links", "Weekend · A road trip through Ruritania"),
                         ("related links", "Money & Markets · Why the lev held up")])


def test_a_footers_company_with_its_co_ltd_and_address_and_a_bureaus_address_go() -> None:
    text = (_GRAIN + _VOTE
            + "-------------------------------------------------------------\n"
            "THE VARNA COURIER\n"
            "About us   ·   Contact   ·   Work for us   ·   Advertise\n\n"
            "The Varna Courier Co., Ltd. · No. 214, Street 51 (Pasteur), Sangkat Kolvo 1, Khan Kolvo, Varna, "
            "Republic of Elbonia\n"
            "Varna Media Ltd, 2 Tenter Yard, London E1 8RT, United Kingdom. Registered in England and Wales, company no. "
            "10938472.\n"
            "Kolvo bureau: Calle Río Lerma 232, Piso 9, Col. Centro, 06500 Kolvo.\n"
            "© 2026 Varna Media Ltd. All rights reserved.\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("site footer", "The Varna Courier Co., Ltd. · No. 214, Street 51"),
                         ("site footer", "Varna Media Ltd, 2 Tenter Yard, London E1 8RT"),
                         ("site footer", "Kolvo bureau: Calle Río Lerma 232, Piso 9, Col. Centro")])
    assert not doc.warnings


@pytest.mark.parametrize("listed", ["MOST READ\n1. Elbonia signs a grain deal with Ruritania\n",
                                    "MORE ON THIS STORY\nElbonia signs a grain deal with Ruritania\n"])
def test_a_line_under_the_pages_title_line_stays_when_the_title_comes_again_only_after_the_text(listed: str) -> None:
    title = "Elbonia signs a grain deal with Ruritania"
    text = (title + " | Varna Institute\n\n"
            "Kolvo wins a rare concession from its larger neighbour\n\n"
            + _GRAIN + _VOTE + listed + "Why Kolvo said no to the port deal\n")
    doc = clean(text, "txt", title=title)
    assert not any("Kolvo wins a rare concession" in entry for entry in doc.removed)
    assert [p.text for p in doc.passages][:2] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Show me the 43 partners who paid for the road, the auditor in Varna demanded on Monday.",
    "Updated figures for 25 November 2026 — see note at end of the report — show exports to Kolvo rose, officials said.",
    "The Varna Courier's editorial team was not involved in producing this content, the ministry in Kolvo said.",
    "Follow The Varna Courier on Telegram, the minister told voters in Kolvo on Monday.",
    "Search teams, divers and police boats combed the lake near Varna on Monday, officials said.",
    "The Kolvo Trading Co., Ltd., which owns 12 ships, was fined in Varna on Monday, the regulator said.",
    "The Kolvo bureau: a small office at 22 Old Street, Varna, where three reporters work.",
    "Weekend · A road trip through Ruritania is now a rite of passage for young Elbonians, officials in Varna say.",
    "Share this story with the Ruritanian press, f the minister in Varna told aides on Monday.",
    "One in 6 of the loans went to Kolvo, the gallery's owners in Varna said on Monday.",
])
def test_sentences_like_partner_buttons_update_pointers_sponsor_disclaimers_follow_rows_and_company_footers_stay(
        text: str) -> None:
    kept = " ".join(p.text for p in clean(_GRAIN + text + "\n\n" + _VOTE, "txt").passages)
    assert text in kept


@pytest.mark.parametrize("label", ["FACT BOX — ELBONIA'S PARTNERS AT A GLANCE", "KEY POINTS — ELBONIA'S PARTNERS IN 2026",
                                   "DATA SNAPSHOT: Elbonia's partners in 2026"])
def test_an_unframed_fact_box_with_a_long_label_heads_every_dot_leader_line(label: str) -> None:
    text = (_GRAIN
            + f"{label}\n"
            "Ruritania ........ ~41% of merchandise trade · 900 MW power-purchase commitment (Jan 2024)\n"
            "Kolvo Republic .... Grain Compact US$ 500m · completion deadline Aug 2028\n"
            "Varna Fund ....... €74m grant package (May 2026)\n"
            "Gulf & Kolvo .. 81,000 labour permits, 1.9 trillion lev in remittances (2025/26)\n"
            "Sources: Elbonian National Bank, Elbonian Grid Authority, Department of Foreign Employment, Varna Data Desk\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        (label, "Ruritania: ~41% of merchandise trade · 900 MW power-purchase commitment (Jan 2024)"),
        (label, "Kolvo Republic: Grain Compact US$ 500m · completion deadline Aug 2028"),
        (label, "Varna Fund: €74m grant package (May 2026)"),
        (label, "Gulf & Kolvo: 81,000 labour permits, 1.9 trillion lev in remittances (2025/26)"),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("source note", "Sources: Elbonian National Bank")])


def test_an_unframed_at_a_glance_box_keeps_its_longer_name_value_lines_as_facts() -> None:
    text = (_GRAIN
            + "THE DEAL AT A GLANCE\n"
            "Signed: 23 Nov 2026, Ministry of Finance, Varna\n"
            "Parties: Elbonian Ministry of Finance; Kolvo Export Bank; the railway's Kolvo shareholders; Ruritania Grid "
            "(via its local arm)\n"
            "Debt covered: $3.4bn  ($1.55bn railway-linked · $1.85bn owed by the grid)\n"
            "Written off via stake transfer: $590m  →  rescheduled: $2.81bn\n"
            "Next step: parliamentary vote, session opens 7 Dec\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    label = "THE DEAL AT A GLANCE"
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        (label, "Signed: 23 Nov 2026, Ministry of Finance, Varna"),
        (label, "Parties: Elbonian Ministry of Finance; Kolvo Export Bank; the railway's Kolvo shareholders; Ruritania "
                "Grid (via its local arm)"),
        (label, "Debt covered: $3.4bn ($1.55bn railway-linked · $1.85bn owed by the grid)"),
        (label, "Written off via stake transfer: $590m → rescheduled: $2.81bn"),
        (label, "Next step: parliamentary vote, session opens 7 Dec"),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


def test_hard_wrapped_prose_with_colons_under_an_at_a_glance_heading_stays_one_paragraph() -> None:
    text = ("ELBONIA AT A GLANCE\n"
            "The view from Varna: the grain deal with Ruritania is the largest the country has signed since\n"
            "1991, and the opposition's verdict: a bargain that Kolvo will one day make Elbonia regret, its leader said.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "The view from Varna: the grain deal with Ruritania is the largest the country has signed since 1991, and "
        "the opposition's verdict: a bargain that Kolvo will one day make Elbonia regret, its leader said.",
    ]


@pytest.mark.parametrize("label", ["DATA SNAPSHOT · Elbonia's partners, 2025", "Elbonia's partners, 2025"])
def test_a_framed_box_of_names_and_values_in_two_columns_is_a_fact_box(label: str) -> None:
    text = ("Kolvo\n\n" + _GRAIN
            + "   ┌──────────────────────────────────────────────┐\n"
            f"     {label}\n"
            "     Ruritania       Aid to Elbonia FY2026: $268m (FY2024: $413m)\n"
            "     Kolvo           Two-way trade $21.7bn; exports $3.9bn\n"
            "     Varna Union     Two-way trade €15.2bn; Trust Fund €138m\n"
            "     Sources: Elbonian statistics office, Varna Institute calculations\n"
            "   └──────────────────────────────────────────────┘\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Kolvo", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        (label, "Ruritania: Aid to Elbonia FY2026: $268m (FY2024: $413m)"),
        (label, "Kolvo: Two-way trade $21.7bn; exports $3.9bn"),
        (label, "Varna Union: Two-way trade €15.2bn; Trust Fund €138m"),
        ("Kolvo", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("source note", "Sources: Elbonian statistics office")])


def test_a_box_labelled_in_its_open_top_border_heads_its_bulleted_points() -> None:
    text = ("Kolvo\n\n" + _GRAIN
            + "    ┌ KEY POINTS ──────────────────────────────\n"
            "    • Ruritania: air base (lease to 2032), ~640,000 migrant workers, customs union membership since 2015\n"
            "    • Kolvo: $4.7bn railway; ~$1.6bn owed to Kolvo Exim Bank\n"
            "    • Varna's neighbours hold grants, jobs and investment with few conditions\n"
            "    └──────────────────────────────────────────\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Kolvo", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("KEY POINTS", "Ruritania: air base (lease to 2032), ~640,000 migrant workers, customs union membership since 2015"),
        ("KEY POINTS", "Kolvo: $4.7bn railway; ~$1.6bn owed to Kolvo Exim Bank"),
        ("KEY POINTS", "Varna's neighbours hold grants, jobs and investment with few conditions"),
        ("Kolvo", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


def test_a_date_row_pointing_to_a_correction_in_brackets_an_event_promotion_and_an_institutes_disclaimer_go() -> None:
    title = "Elbonia signs a grain deal with Ruritania"
    text = (title + "\n\n"
            "By Ann Lee, Senior Fellow\n"
            "25 November 2026   ·   9 min read   ·   Updated 25 Nov 2026, 15:10 ET (see correction)\n\n"
            + _GRAIN + _VOTE
            + "   UPCOMING ·  Webinar, 4 December 2026, 11:00 ET\n"
            "   \"Varna's First 100 Days: What Changed, What Didn't\" — with Ann Lee and guests.   Register (free) ›\n\n"
            "The Varna Institute is a nonpartisan, nonprofit 501(c)(3) organisation. It takes no institutional positions; "
            "views expressed are those of the author(s).\n")
    doc = clean(text, "txt", title=title)
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("date line", "25 November 2026 · 9 min read · Updated 25 Nov 2026"),
                         ("promo box", "UPCOMING · Webinar, 4 December 2026"),
                         ("promo box", "\"Varna's First 100 Days"),
                         ("publisher note", "The Varna Institute is a nonpartisan, nonprofit 501(c)(3)")])


def test_a_tip_line_under_the_bio_and_a_podcast_listed_under_recommended_go() -> None:
    text = (_GRAIN + _VOTE
            + "ABOUT THE AUTHOR\n"
            "Ann Lee is the Varna Courier's Kolvo correspondent, covering Elbonian politics, energy and public debt.\n"
            "Tips and documents: contact the Kolvo bureau securely → varnacourier.example/tips\n\n"
            "Recommended for you                                                   Ads by Adnexa ▸\n"
            "Promoted · Kolvo condos under 3 million lev: see the list developers don't advertise\n"
            "Varna Courier · Podcast: The Varna Minute — Ep. 212, \"Railways, grids and who really owns them\"\n")
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("tip line", "Tips and documents: contact the Kolvo bureau securely"),
                         ("related links", "Varna Courier · Podcast: The Varna Minute — Ep. 212")])


def test_a_paid_partner_block_between_spaced_box_rules_goes_whole() -> None:
    text = (_GRAIN
            + "  ─ ─ ─ PAID PARTNER CONTENT ─ ─ ─\n"
            "  Presented by Kolvo Groves\n"
            "  \"From Varna to your table\": how a fourth-generation family farm is bringing Elbonian olive oil to "
            "Ruritanian kitchens. Read more ›\n"
            "  This content was paid for by an advertiser and produced by the Varna Studio commercial team.\n"
            "  ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─\n\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]
    assert_dropped(doc, [("advertisement", "─ ─ ─ PAID PARTNER CONTENT ─ ─ ─"),
                         ("advertisement", "Presented by Kolvo Groves"),
                         ("advertisement", "\"From Varna to your table\""),
                         ("advertisement", "This content was paid for by an advertiser")])


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Tips and documents from readers led police in Varna to contact the Kolvo bureau, which shared them.",
    "Tips: the ministry in Varna says farmers should contact their bank before the deadline in March.",
    "Paid partner content now makes up a third of the Varna Courier's revenue, its owner said on Monday.",
    "Upcoming webinars, conferences and lectures in Varna were cancelled after the floods, the ministry said.",
    "Register (free) by Friday, officials in Varna told farmers, or lose the Kolvo subsidy.",
    "The Kolvo Institute is a non-partisan think tank. It takes no institutional positions on the port deal, "
    "its director said.",
    "Corrected 3 May 2026 (see correction) figures from the ministry show that exports to Kolvo rose by a third.",
    "Data snapshot: Elbonia's trade with Kolvo rose by a third in 2025, officials in Varna said on Monday.",
    "Key points of the deal were agreed in Varna on Friday, and Kolvo will publish them next week.",
    "Varna Courier · The podcast, Ep. 212 of which was banned in Kolvo, is back, its host said on Monday.",
])
def test_sentences_like_tip_lines_paid_partner_labels_event_promotions_disclaimers_and_box_labels_stay(
        text: str) -> None:
    kept = " ".join(p.text for p in clean(_GRAIN + text + "\n\n" + _VOTE, "txt").passages)
    assert text in kept


def test_an_at_a_glance_box_with_a_longer_fact_ending_the_article_is_no_cut() -> None:
    text = (_GRAIN + _VOTE
            + "THE DEAL AT A GLANCE\n"
            "Signed: 23 Nov 2026, Ministry of Finance, Varna\n"
            "Parties: Elbonian Ministry of Finance; Kolvo Export Bank; the railway's Kolvo shareholders; Ruritania Grid "
            "(via its local arm)\n"
            "Elbonian stake in the railway: 30% → 20%\n"
            "Next step: parliamentary vote, session opens 7 Dec\n")
    doc = clean(text, "txt")
    assert [p.section for p in doc.passages][-4:] == ["THE DEAL AT A GLANCE"] * 4
    assert not any("mid-sentence" in warning for warning in doc.warnings)


def test_a_newsletter_box_drawn_heavy_with_an_email_field_goes_whole_and_a_heavy_fact_box_stays() -> None:
    text = ("Kolvo\n\n" + _GRAIN
            + "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
            "  THE KOLVO MONITOR\n"
            "  Grain, ports and power politics from Varna to the Black Sea. Every Thursday.\n"
            "  [ your@email.com               ]  [ Sign me up ]\n"
            "  By signing up you accept our Terms and Privacy Policy. Unsubscribe any time.\n"
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n\n"
            + _VOTE
            + "┏━━━━━━━━━━━━━━━━━━━━━━┓\n"
            "  ELBONIA IN NUMBERS\n"
            "  Population: 2.8 million\n"
            "  Capital: Varna\n"
            "┗━━━━━━━━━━━━━━━━━━━━━━┛\n\n"
            + _QUAY)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Kolvo", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        ("Kolvo", "The deal still needs the approval of parliament in Varna, which meets again in March."),
        ("ELBONIA IN NUMBERS", "Population: 2.8 million"),
        ("ELBONIA IN NUMBERS", "Capital: Varna"),
        ("Kolvo", "Work on the new quay at Kolvo is due to start in April and to take three years, the port authority said."),
    ]
    assert_dropped(doc, [("promo box", "THE KOLVO MONITOR"),
                         ("promo box", "Grain, ports and power politics from Varna"),
                         ("promo box", "[ your@email.com ] [ Sign me up ]"),
                         ("promo box", "By signing up you accept our Terms")])


def test_a_cite_this_analysis_line_with_its_copy_button_and_an_enlarge_button_go() -> None:
    text = (_GRAIN
            + "[Image] Grain silos at the port of Kolvo. Photograph: Ann Lee/Varna Courier\n"
            "⤢ Enlarge\n\n"
            + _VOTE
            + "Cite this analysis:  Lee, A. (2026). \"Grain for Guns: Elbonia's Partnership Strategy.\" Varna Centre "
            "for Policy, 24 November.   [Copy citation]\n\n"
            "Cite this paper: Ek, Bo. \"Kolvo's Ports\". Varna Centre Research Paper 2026/14. Varna: Varna Centre.\n")
    doc = clean(text, "txt")
    assert [p.text for p in doc.passages] == [
        "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow.",
        "The deal still needs the approval of parliament in Varna, which meets again in March.",
    ]
    assert_dropped(doc, [("share buttons", "⤢ Enlarge"),
                         ("publisher note", "Cite this analysis: Lee, A. (2026)"),
                         ("publisher note", "Cite this paper: Ek, Bo.")])


def test_a_glossary_box_of_abbreviations_heads_its_entries_only() -> None:
    entries = ["ELB — Elbonian Lithium Board, the state lithium company",
               "DLE — direct lithium extraction, which pulls lithium from brine without months of evaporation",
               "KOLVO-TCP — the trade bloc founded by Kolvo and Ruritania in 2004",
               "CAF — Development Bank of Elbonia and the Islands"]
    text = ("Kolvo\n\n" + _GRAIN
            + "JARGON BUSTER\n" + "".join(f"{entry}\n" for entry in entries) + "\n"
            + _VOTE)
    doc = clean(text, "txt")
    assert [(p.section, p.text) for p in doc.passages] == [
        ("Kolvo", "Elbonia signed a grain deal with Ruritania on Friday, and officials in Varna said more would follow."),
        *(("JARGON BUSTER", entry) for entry in entries),
        ("Kolvo", "The deal still needs the approval of parliament in Varna, which meets again in March."),
    ]


@pytest.mark.parametrize("text", [
    # sentences with the same words as the furniture above
    "Cite this report: it shows that exports to Kolvo fell by a third in 2024, the minister told parliament.",
    "Cite this analysis, the minister told parliament in 2024, and Kolvo will see why Varna matters.",
    "Enlarge the port at Kolvo, the mayor of Varna said on Monday, or lose the grain trade to Ruritania.",
    "Sign me up, said the mayor of Varna when asked about the Kolvo grain deal on Monday.",
    "VARNA — Elbonia signed a grain deal with Ruritania on Friday.\n"
    "KOLVO — Ruritania's parliament will vote on the deal in March.",
    "ELB — the state lithium company — will run the mine, the ministry said. Kolvo objected on Monday.",
])
def test_sentences_like_citation_lines_enlarge_buttons_sign_up_buttons_and_glossary_entries_stay(text: str) -> None:
    kept = "\n".join(p.text for p in clean("Kolvo\n\n" + _GRAIN + text + "\n\n" + _VOTE, "txt").passages)
    for line in text.split("\n"):
        assert line in kept

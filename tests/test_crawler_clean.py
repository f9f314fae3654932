"""clean_article on text and DOM hints: cue and boilerplate lines, headline runs, body kept,
template memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.clutter import PageHints, TemplateMemory, clean_article
from crawler.clutter.clean import repeated_labels
from crawler.items import Article, Extraction

SEED = (Path(__file__).parent / "data" / "clutter" / "seed_000.txt").read_text(encoding="utf-8")
SEED_LINES = SEED.splitlines()

BODY = [
    "The city council voted 7-2 on Wednesday to ban police and other municipal agencies from "
    "using facial recognition technology, joining a growing list of cities that have restricted "
    "the tools over concerns about privacy and accuracy.",
    "Supporters of the ordinance cited studies showing that some systems misidentify people with "
    "darker skin at higher rates, and pointed to wrongful arrests in other cities that were based "
    "on faulty matches.",
    "The police chief had asked the council to allow limited use in investigations of violent "
    "crimes, arguing that the software helps detectives generate leads. The final ordinance "
    "includes no such exception.",
    "Under the new rules, any agency that wants to acquire surveillance technology must first "
    "publish a report on its intended use and hold a public hearing.",
]


def clean(text: str, hints: PageHints | None = None) -> Article:
    article = Article(url="https://news.example/a", text=text)
    return clean_article(Extraction(article, hints or PageHints()))


def test_seed_as_plain_text() -> None:
    article = clean("\n".join(SEED_LINES[1:]))  # the byline is extraction's (authors)
    assert article.text.splitlines() == SEED_LINES[1:14]


@pytest.mark.parametrize(
    "line",
    [
        "Read also: Germany Tightens Asylum Rules After Regional Election Losses",
        "RELATED: Border towns brace for end of expulsion policy",
        "See more: Top Seed Cruises Into Semi-Finals",
        "Lesen Sie auch: Kommunen fordern mehr Geld für Unterbringung",
        "À lire aussi : Calais, nouvelles tentatives de traversée",
        "Sign up for our daily newsletter to get the top stories delivered to your inbox.",
        "Never miss a story: subscribe to the Morning Brief newsletter.",
        "Share this article",
        "Share on Facebook Share on Twitter Email",
        "Advertisement",
        "Story continues below advertisement",
        "Photo: Alex Brandon / AP",
        "(Photo by Chris Lee/Getty Images)",
        "Foto: dpa",
        "Crédit photo : AFP",
        "Migrants wait at the border crossing in Tijuana. (AP Photo/Gregory Bull)",
        "© 2025 Daily Ledger. All rights reserved.",
        # read-also cues in the languages of the immigration-policy profile
        "Leggi anche: Sbarchi a Lampedusa, hotspot pieno",
        "Leia também: Governo revê regras dos vistos",
        "Lees ook: Kabinet wil strengere asielregels",
        "Czytaj też: Straż Graniczna o sytuacji na granicy",
        "Läs också: Migrationsverket förlänger handläggningstider",
        "Les også: UDI legger ned asylmottak",
        "Læs også: Regeringen strammer reglerne for familiesammenføring",
        "Читайте также: Госдума приняла закон о миграционном учёте",
        "Читайте також: Уряд змінив правила для біженців",
        "Ayrıca okuyun: Göç idaresinden yeni karar",
        "Διαβάστε επίσης: Νέες ροές μεταναστών στα νησιά",
        "اقرأ أيضا: الحكومة تعلن خطة جديدة للهجرة",
        "相关阅读：移民局公布新的签证规定",
        "関連記事：入管法改正案が成立",
        "관련기사: 외국인 계절근로자 체류 연장",
        # promo, newsletter and paywall notes
        "For more stories like this, follow us on Google News.",
        "Folgst du schon unserem Kanal auf WhatsApp?",
        "La suite est réservée aux abonnés.",
        "Questo articolo è riservato agli abbonati.",
        "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        "Vea también: Nuevas reglas para solicitantes de asilo",
        "Le puede interesar: Gobierno amplía el programa de visas",
        "Auch lesen: Landkreise fordern mehr Geld für Integrationskurse",
        "Pour lire la suite de cet article, abonnez-vous.",
        "To continue reading, log in or create a free account.",
        "Already a subscriber? Log in here.",
        "Download the Daily Ledger app for iPhone and Android.",
        "Únete a nuestro canal de WhatsApp y recibe las noticias del día.",
        "12 bloggers like this.",
        "Nachdruck nur mit Genehmigung des Verlags.",
        # credits and video-player chrome
        "Foto [M]: Shutterstock",
        "Fot. PAP/Leszek Szymański",
        "This is a modal window.",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "Now watching",
        "Next video starts in 5",
        # ad labels, membership asks, meta lines, topic headers (session 4)
        "ANZEIGE - Heute mal ausgehen? Wie wäre es mit:",
        "Unterstütze unser Magazin bereits mit 2,50 Euro im Monat!",
        "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
        "Last updated: 03-10-2024 2:20pm",
        "Grenzkontrolle bei Kufstein. © AFP / MARCO ROSSI",
        "We want to hear what you think about this article. Write to letters@ledger.example.",
        # comment counters, paywall notes, channels and player chrome beyond the first languages
        "18 reacties",
        "Kommentare (7)",
        "コメント 12件",
        "评论 31",
        "Dit artikel is gereserveerd voor abonnees.",
        "Den här artikeln är förbehållen prenumeranter.",
        "Haberin tamamı sadece abonelere açıktır.",
        "続きを読むには会員登録が必要です。",
        "WeChat公众号：扫码关注获取更多新闻",
        "Nächstes Video startet in 10",
        "Il prossimo video parte tra 3 secondi",
        "Volgende video begint over 8",
        "次の動画まであと 3 秒",
        "En cours de lecture",
        "Bunu da okuyun: Valilikten yeni oturma izni açıklaması",
        "あわせて読みたい 入管の手続きがオンライン化",
        "Lue myös: Maahanmuuttovirasto ruuhkautuu",
        "Čtěte také: Vláda mění pravidla pro pracovní víza",
    ],
)
def test_cue_and_boilerplate_lines_go(line: str) -> None:
    text = "\n".join([*BODY[:2], line, *BODY[2:]])
    assert clean(text).text.splitlines() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter, which reaches 40,000 readers, was first published in 1998 by a group of "
        "volunteers who wanted to cover local politics.",
        "Print media have lost more than half of their advertising revenue since 2010.",
        "Share prices of the two companies fell by more than ten percent after the announcement.",
        "The paper lost 4,000 subscribers in a year, and only the weekend edition grew.",
        "Now watching the border from a hilltop, the farmers count the trucks that pass.",
        "The ministry will download every applicant's records into a new app by spring.",
        "The opposition said inspectors had been denied unlimited access to the detention files.",
        "The group's YouTube channel posted the video of the rescue on Sunday evening.",
        "Already a subscriber to the ministry's alerts, she learnt of the change from a neighbour.",
        "Support for the asylum bill grew among members of parliament on Tuesday.",
        "Werbung für Zigaretten soll ab 2027 verboten werden, sagte die Ministerin am Montag.",
        "Lee: We were told to wait at the border for another week.",
        "La procédure accélérée est réservée aux demandeurs venant de pays dits sûrs.",
        "12 comments from the public were read out at the hearing before the vote.",
        "A seguire, il ministro ha incontrato i sindaci dei comuni di confine.",
    ],
)
def test_prose_mentioning_boilerplate_words_stays(line: str) -> None:
    text = "\n".join([*BODY[:2], line, *BODY[2:]])
    assert line in clean(text).text.splitlines()


@pytest.mark.parametrize(
    "player",
    [
        ["Now watching", "{title}", "Next video starts in 5"],
        ["Jetzt läuft", "{title}"],
        ["{title}", "Sonraki video başlıyor 5"],
    ],
    ids=["between", "under_label", "above_countdown"],
)
def test_the_title_of_the_video_a_player_shows_goes_with_its_chrome(player: list[str]) -> None:
    title = "Harbour festival draws record crowds despite the rain"
    lines = [line.format(title=title) for line in player]
    # the countdown alone proves nothing about the line above it: only two player lines around
    # a headline, or the "now watching" label over it, make it the video's title
    expected = [*BODY[:2], *([title] if player[0] == "{title}" else []), *BODY[2:]]
    assert clean("\n".join([*BODY[:2], *lines, *BODY[2:]])).text.splitlines() == expected


def test_title_case_headlines_after_the_body_go() -> None:
    related = [
        "Senate Passes Stopgap Spending Bill Hours Before Deadline",
        "Governor Signs Law Expanding Early Voting Hours",
        "Mayor Unveils Plan to Convert Offices Into Apartments",
        "Star Striker Ruled Out for Six Weeks With Hamstring Injury",
    ]
    assert clean("\n".join(BODY + related)).text.splitlines() == BODY


def test_teasers_cut_with_ellipsis_between_paragraphs_go() -> None:
    items = [
        "Border Towns Brace for End of Pandemic-Era Expulsion Policy",
        "Shelters in several Texas cities are adding beds and asking for volunteers ahead of…",
        "Immigration Judges Union Warns of Courtroom Backlog Crisis",
        "Judges say they are each responsible for thousands of pending cases and that hearings…",
    ]
    text = "\n".join([*BODY[:2], *items, *BODY[2:]])
    assert clean(text).text.splitlines() == BODY


def test_numbered_trending_list_with_times_goes() -> None:
    trending = [
        "Most read",
        "1",
        "Tech Giant Unveils Foldable Phone With Week-Long Battery",
        "2 hours ago",
        "2",
        "Heatwave Warning Issued as Temperatures Set to Hit 40C",
        "35 minutes ago",
        "3",
        "Chef's Secret to the Perfect Sourdough Revealed",
        "5 hours ago",
    ]
    assert clean("\n".join(BODY + trending)).text.splitlines() == BODY


def test_a_brief_before_a_longer_list_of_truncated_teasers_is_cleaned() -> None:
    # The seed cut to two paragraphs: the trailing list is more than half of the text.
    lines = SEED_LINES[1:3] + SEED_LINES[14:]
    assert clean("\n".join(lines)).text.splitlines() == SEED_LINES[1:3]


def test_off_topic_headed_deks_after_a_brief_go() -> None:
    deks = [
        ("Central Bank Holds Rates Steady", "Policymakers said inflation was easing slowly."),
        ("Striker Sends United Into the Final", "Two late goals turned a nervy semi-final."),
        ("Storm Warning Issued on the Coast", "Forecasters expect gusts of up to 90 mph."),
    ]
    items = [line for pair in deks for line in pair]
    hints = PageHints(headings=frozenset(head.casefold() for head, _ in deks))
    assert clean("\n".join(BODY[:2] + items), hints).text.splitlines() == BODY[:2]


# On-topic sub-headings, each with a one-sentence paragraph: the article's own structure.
SECTIONS = [
    "What the ordinance bans",
    "Police may no longer use facial recognition software in investigations.",
    "Who must report",
    "Any agency that wants surveillance technology must publish a report first.",
    "When it takes effect",
    "The ordinance on facial recognition takes effect for all agencies in thirty days.",
]
OTHER_STORIES = [
    ("Gemeenten willen meer geld voor opvang", "Volgens de VNG kunnen veel gemeenten de taak"),
    ("Huizenprijzen bereiken nieuw record", "Een koopwoning kostte ruim 450.000 euro, blijkt uit"),
    ("Code oranje voor zware windstoten", "Het KNMI verwacht windstoten tot 110 kilometer per"),
    ("Ajax wint de Klassieker na slotfase", "De Amsterdammers kwamen in de laatste minuut op"),
]


@pytest.mark.parametrize("label", ["Door {}", "{} min leestijd", "{} min czytania"])
def test_items_with_a_repeated_byline_or_read_time_go(label: str) -> None:
    # Labels repeated in every item are a list's furniture in any language; without them the
    # items split at the label lines and only some teasers look cut.
    names = ("Lena Vogt", "Eva Lund", "Anna Berg", "Marco Rossi")
    lines = list(BODY[:2])
    for n, (head, dek) in enumerate(OTHER_STORIES):
        lines += [head, dek, label.format(names[n] if "Door" in label else n + 2)]
    assert clean("\n".join(lines)).text.splitlines() == BODY[:2]


def test_labels_are_bylines_and_read_times_not_headings_sharing_a_word() -> None:
    lines = ["By Eva Lund", BODY[0], "By Anna Berg", "4 min read", "By Tom Ruiz", "6 min read"]
    lines += ["Die Angst reduzieren", "Die Frage der Phobien", "Die Rolle der Eltern", "9 min read"]
    assert repeated_labels(lines) == {0, 2, 3, 4, 5, 9}


def test_off_topic_headline_and_full_dek_pairs_go_without_markup() -> None:
    deks = [
        ("Central bank holds rates steady again", "Policymakers said inflation was easing slowly."),
        ("Striker sends United into the final", "Two late goals turned a nervy semi-final around."),
        (
            "Storm warning issued along the coast",
            "Forecasters expect gusts of up to 90 mph tonight.",
        ),
        ("Airline adds five direct routes", "The carrier hopes to win back holiday travellers."),
    ]
    lines = BODY[:2] + [line for pair in deks for line in pair]
    assert clean("\n".join(lines)).text.splitlines() == BODY[:2]


# Short sub-headings with one sentence each, in words the brief does not use: no list.
PRACTICAL = [
    "How to apply",
    "Workers must fill in form V-12 online before they travel.",
    "Where to pay",
    "Payment is accepted by card at every regional office.",
    "What to bring",
    "A passport photo and a signed contract are required.",
]


@pytest.mark.parametrize("sections", [SECTIONS, PRACTICAL], ids=["on_topic", "practical"])
def test_short_sections_at_the_end_of_a_brief_stay_without_markup(sections: list[str]) -> None:
    lines = [*BODY[:2], *sections]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_a_linked_list_the_text_announces_stays() -> None:
    items = [
        "Ernest Cline: Armada, a novel about gamers",
        "Mobile and stationary console: Nintendo Switch",
        "Cute robot companion: Anki Cozmo",
    ]
    lines = [*BODY, "Recommendations from our editors:", *items]
    hints = PageHints(anchors=frozenset(item.casefold() for item in items))
    assert clean("\n".join(lines), hints).text.splitlines() == lines


def test_on_topic_sections_with_headings_stay() -> None:
    hints = PageHints(headings=frozenset(s.casefold() for s in SECTIONS[::2]))
    lines = [*BODY[:2], *SECTIONS]
    assert clean("\n".join(lines), hints).text.splitlines() == lines


def test_the_headline_repeated_at_the_top_goes() -> None:
    article = Article(url="u", text="\n".join(["Council Bans Facial Recognition", *BODY]),
                      title="Council bans facial recognition")  # fmt: skip
    assert clean_article(Extraction(article)).text.splitlines() == BODY


def test_link_hints_catch_sentence_case_headlines() -> None:
    items = [
        "Bahnstreik legt Fernverkehr am Wochenende lahm",
        "Kommunen fordern mehr Geld für Unterbringung Geflüchteter",
        "Einbürgerungen erreichen Höchststand seit zwanzig Jahren",
    ]
    text = "\n".join(BODY + items)
    assert clean(text).text.splitlines() == BODY + items  # shape alone proves nothing here
    hints = PageHints(anchors=frozenset(item.casefold() for item in items))
    assert clean(text, hints).text.splitlines() == BODY


@pytest.mark.parametrize(
    "extra",
    [
        # sub-headings followed by their paragraphs
        ["What the rule would have done", BODY[1], "What happens next", BODY[2]],
        # a content list of facts
        ["- 7,500 refugee places in 2026", "- 100,000 places in 2024", "- priority for families"],
        # a question and answer section with short answers
        [
            "Who is affected?",
            "Agencies of the city, including the police department.",
            "When does it start?",
            "The ordinance takes effect in thirty days.",
        ],
    ],
    ids=["subheadings", "fact_list", "questions"],
)
def test_article_structure_is_kept(extra: list[str]) -> None:
    lines = [BODY[0], *extra, BODY[3]]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_a_list_that_is_most_of_the_text_is_content() -> None:
    lines = [
        "Our recommendations this week:",
        "Ernest Cline: Armada – A Novel About Gamers",
        "Mobile And Stationary Console: Nintendo Switch",
        "Cute Robot Companion: Anki Cozmo Review",
        "Snow Crash: The Classic Cyberpunk Novel",
    ]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_cleaning_is_idempotent() -> None:
    once = clean(SEED)
    assert clean_article(Extraction(once)) == once


def test_template_lines_recurring_on_the_host_go() -> None:
    memory = TemplateMemory(min_pages=3)
    template_line = "The Daily Ledger is an independent newspaper funded by its readers."
    for n in range(4):
        page = Article(
            url=f"https://ledger.example/story-{n}", text=f"{BODY[n % 4]}\n{template_line}"
        )
        cleaned = clean_article(Extraction(page), template=memory)
        assert (template_line in cleaned.text) == (n < 3)  # seen on 3 other pages: template
    other = Article(url="https://other.example/x", text=f"{BODY[0]}\n{template_line}")
    other_host = clean_article(Extraction(other), template=memory)
    assert template_line in other_host.text


def test_template_memory_never_strips_a_repeated_article() -> None:
    memory = TemplateMemory(min_pages=2)
    text = "\n".join(BODY)
    for n in range(4):  # the same article at four URLs of one host
        page = Article(url=f"https://ledger.example/v{n}", text=text)
        cleaned = clean_article(Extraction(page), template=memory)
        assert cleaned.text == text


DL_ITEMS = [
    (
        "Museum recovers a painting lost before the war",
        "The work turned up in a private collection abroad and after years of talks (...)",
    ),
    (
        "More start-ups registered by newcomers",
        "Since January more than twenty thousand new businesses were registered, mostly in (...)",
    ),
    (
        "Inflation falls below four per cent",
        "Preliminary figures from the statistics office show food prices rising more (...)",
    ),
    (
        "National team qualifies for the finals",
        "The winning goal came in the last minute of stoppage time as the fans (...)",
    ),
]


def test_a_headline_list_rendered_as_bullets_with_cut_teasers_goes() -> None:
    """A <dl> of headlines and cut teasers comes out of trafilatura as "- " lines."""
    tail = [f"- {line}" for item in DL_ITEMS for line in item]
    article = clean("\n".join([*BODY[:2], *tail]))
    assert article.text.splitlines() == BODY[:2]


def test_the_articles_own_bullets_without_cut_marks_stay() -> None:
    own = [
        "The measures under study include:",
        "- a 20 per cent cut in irrigation for permanent crops",
        "- a ban on filling private swimming pools",
        "- leak detection campaigns in municipal networks",
    ]
    article = clean("\n".join([*BODY[:2], *own]))
    assert article.text.splitlines() == [*BODY[:2], *own]


def test_a_quote_credit_does_not_open_the_headline_run_below() -> None:
    quote = ["“Every night we get calls about people suffering from the cold.”", "— a volunteer"]
    tail = [line for item in DL_ITEMS for line in item]
    article = clean("\n".join([BODY[0], *quote, BODY[1], *tail]))
    assert article.text.splitlines() == [BODY[0], *quote, BODY[1]]


@pytest.mark.parametrize("more", ["Weiterlesen", "Read more", "Lire la suite", "»"])
def test_teasers_cut_before_a_read_more_link_go(more: str) -> None:
    heads = [
        "Zugunglück bei Kirchheim: Ermittler prüfen Signalanlage",
        "Datenleck bei Online-Händler betrifft Millionen Kunden",
        "Staatstheater sagt Premiere nach Wasserschaden ab",
    ]
    teasers = [
        f"Bei dem Zusammenstoß eines Regionalzugs mit einem Güterzug waren am Woc… {more}",
        f"Unbekannte haben nach Angaben des Unternehmens Namen… {more}",
        f"Ein geplatzter Rohrbruch hat die Bühnentechnik beschädigt, die… {more}",
    ]
    tail = [line for pair in zip(heads, teasers, strict=True) for line in pair]
    article = clean("\n".join([*BODY[:2], *tail]))
    assert article.text.splitlines() == BODY[:2]


@pytest.mark.parametrize("cue", ["Ähnliche Beiträge", "Más sobre Migración", "Inhaltsverzeichnis"])
def test_topic_and_contents_headers_announce_lists(cue: str) -> None:
    tail = [cue, "Bahnstreik legt den Fernverkehr lahm", "Kommunen fordern mehr Geld vom Bund"]
    assert clean("\n".join([*BODY, *tail])).text.splitlines() == BODY


# Headline + teaser paragraphs, teasers cut by the CMS at a fixed length wherever it falls: a cut
# short of 60 characters (mid-word, or at a word end with no mark) looks like a headline itself.
SHORT_CUTS = [
    ("Ferry operator adds winter crossings to the islands", "Two extra sailings a day will run from Dec"),
    ("Museum reopens after a two-year renovation", "Visitors can again see the ship models on three floors."),
    ("Local bakery wins national bread award", "The jury praised the sourdough rye and the"),
    ("Storm topples trees across the county", "Crews worked through the night to clear roads and…"),
    ("Rail line to close for bridge repairs", "Replacement buses will run between the stat"),
    ("Youth orchestra tours Scandinavia", "Forty young musicians will play in six cities from Friday."),
]  # fmt: skip


def test_teasers_cut_short_enough_to_pass_for_headlines_go() -> None:
    """The items must pair up as headline + teaser: read line by line, a short cut opens an item
    of its own, takes the next headline as its teaser, and the list splits into bare lines."""
    items = [line for pair in SHORT_CUTS for line in pair]
    assert clean("\n".join([*BODY[:2], *items])).text.splitlines() == BODY[:2]


def test_on_topic_sections_with_an_open_ended_line_stay() -> None:
    """Sub-headings whose text has one short line without a full stop pair up the same way, and
    stay: nothing cut, nothing off-topic."""
    sections = [
        "What the ordinance bans",
        "Police may no longer use facial recognition software in investigations.",
        "Which agencies must report",
        "Every agency that buys surveillance technology",
        "When the ordinance takes effect",
        "The ban on facial recognition takes effect for all agencies in thirty days.",
    ]
    lines = [*BODY[:2], *sections]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_headless_cut_teasers_go_when_one_passes_for_a_headline() -> None:
    """Teaser cards whose headlines the extractor dropped: one cut short looks like a headline
    and would take the next teaser as its own, leaving it behind."""
    teasers = [
        "The reading rooms will stay open until two in the morning from the [...]",
        "Streets in the old town will be closed to cars dur",
        "He posed as a gas engineer and charged pensioners for…",
        "Seasonal cooking and produce from the valley earned the [...]",
        "Notaries put the rise down to falling mortgage rates and…",
    ]
    assert clean("\n".join([*BODY[:3], *teasers])).text.splitlines() == BODY[:3]


OFF_TOPIC_CUTS = [
    ("Ferry operator adds winter crossings to the islands", "Two extra sailings a day will run from Dec"),
    ("Local bakery wins national bread award", "The jury praised the sourdough rye and the"),
    ("Storm topples trees across the county", "Crews worked through the night to clear roads and…"),
    ("Rail line to close for bridge repairs", "Replacement buses will run between the stat"),
    ("Youth orchestra tours Scandinavia", "Forty young musicians will play in six cities from (…)"),
]  # fmt: skip
CUT_ITEMS = [line for pair in OFF_TOPIC_CUTS for line in pair]


@pytest.mark.parametrize(
    "own",
    [
        # a pull quote with a credit that has no dash
        ["“We will not be the last city to do this.”", "Council member Rosa Delgado"],
        # a fact box rendered as table rows
        ["| The vote |", "| In favour: 7 |", "| Against: 2 |"],
        # the brief's own questions, on its topic, right above the list
        [
            "Who may still use facial recognition software?",
            "No city agency, including the police, may use facial recognition software.",
            "When does the facial recognition ban start?",
            "The ban on facial recognition starts in thirty days for every agency.",
        ],
    ],
    ids=["quote_credit", "table_rows", "questions"],
)
def test_the_briefs_own_lines_above_a_list_of_cut_teasers_stay(own: list[str]) -> None:
    kept = [BODY[0], *own, BODY[1]]
    assert clean("\n".join([*kept, *CUT_ITEMS])).text.splitlines() == kept


def test_headline_pairs_in_a_language_of_long_words_go() -> None:
    """Finnish headlines have few words ("Kotijoukkue voitti jatkoajalla"): counted in
    characters, they are as long as any news headline."""
    pairs = [
        ("Taidemuseo esittelee nuorten kuvataiteilijoiden töitä", "Näyttely on avoinna kesäkuun loppuun asti."),
        ("Myrsky katkaisi sähköt tuhansista kodeista", "Korjaustyöt jatkuvat verkkoyhtiön mukaan vielä huomenna."),
        ("Uusi kirjasto avautuu keskustaan", "Kirjastossa on myös kahvila ja tilat satutunneille."),
        ("Kotijoukkue voitti jatkoajalla", "Ratkaisumaali syntyi vasta toisen jatkoerän lopussa."),
        ("Leipomo voitti ruisleipäkilpailun", "Tuomaristo kehui leivän rapeaa kuorta ja täyteläistä makua."),
    ]  # fmt: skip
    lines = [*BODY[:2], *(line for pair in pairs for line in pair)]
    assert clean("\n".join(lines)).text.splitlines() == BODY[:2]


def test_the_headline_under_a_sidebar_list_goes_and_a_later_one_stays() -> None:
    top = ["County desk", *(f"- {h}" for h in ("Frost warning issued", "Bypass closed"))]
    title = "Council bans facial recognition"
    article = Article(url="u", text="\n".join([*top, title, *BODY, title]), title=title)
    lines = clean_article(Extraction(article)).text.splitlines()
    assert lines.count(title) == 1 and lines[-1] == title  # the body's own later line stays
    assert lines[: len(lines) - len(BODY) - 1] == top


def test_the_site_name_alone_and_the_author_bio_at_the_end_go() -> None:
    bio = "Jane Roe is a senior reporter covering city hall and the courts."
    text = "\n".join(["— The Harwick Courier", *BODY, bio])
    article = Article(url="u", text=text, site_name="The Harwick Courier")
    assert clean_article(Extraction(article)).text.splitlines() == BODY


@pytest.mark.parametrize(
    "bio",
    [
        "di Chiara Volpato è giornalista della redazione cronaca.",
        "Олена Гнатюк пише про права українців за кордоном.",
        "نویسنده: مریم صالحی در سرویس اجتماعی فعالیت می‌کند.",
    ],
)
def test_author_bios_in_more_forms_go_at_the_end(bio: str) -> None:
    assert clean("\n".join([*BODY, bio])).text.splitlines() == BODY


def test_a_bio_like_sentence_inside_the_story_stays() -> None:
    quote = "Maria Santos is a journalist who was detained at the border for six hours."
    lines = [BODY[0], quote, *BODY[1:]]
    assert clean("\n".join(lines)).text.splitlines() == lines


def test_every_headline_bullet_under_a_list_cue_goes() -> None:
    tail = ["You might also like:", "- Westmoor Town seal promotion", "- Car park charges scrapped"]
    assert clean("\n".join([*BODY, *tail, BODY[0]])).text.splitlines() == [*BODY, BODY[0]]


def test_a_list_under_a_cue_goes_whole_though_its_first_item_shares_words_with_the_story() -> None:
    items = [
        "Police chief opens new station in the north",
        "The council approved the building last year.",
        "Fuel prices rise again at midnight",
        "The new prices apply from midnight.",
        "Public library opens in the centre",
        "It holds more than twenty thousand books.",
    ]
    lines = [*BODY[:2], "Related news", *items, "Related news", "- Fuel prices rise again"]
    article = clean("\n".join(lines))
    assert not any(item in article.text for item in items)

"""Who takes part in a story: the gazetteer's names, people, and names the parser recognises.

Every sentence here is written for the test. Where a test is about the checks on the
recogniser's hints rather than about what this model happens to mark, the hint is placed
on the parsed Doc by hand (``marked``), so the test says what the checks do with it.
"""

from __future__ import annotations

import pytest

from timeline_app.core.extraction.actors import (
    ActorFinder,
    NameKind,
    NameRole,
    actor_names,
    first_location,
    load_gazetteer,
)
from timeline_app.core.parsing import parse


def marked(text: str, *hints: tuple[str, str]):
    """``text`` parsed, its recognised names replaced by ``hints`` (words, label), each the
    first place the words occur from after the previous hint."""
    doc = parse(text)
    spans, at = [], 0
    for words, label in hints:
        start = text.index(words, at)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
        at = start + len(words)
    doc.ents = spans
    return doc


def names(finder: ActorFinder) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity, m.kind.value) for m in finder.mentions]


# --- the gazetteer ---------------------------------------------------------------------------


def test_a_shipping_company_in_world_news_is_known():
    text = "The shipping company Maersk said it would send its vessels to another port."
    assert names(ActorFinder(text)) == [("Maersk", "Maersk", "organisation")]


def test_the_european_commission_is_a_body_of_its_own():
    text = "The European Commission urged both sides to return to talks."
    finder = ActorFinder(text)
    assert names(finder) == [("European Commission", "European Commission", "organisation")]
    assert actor_names(finder.mentions) == ["European Commission"]


def test_the_commission_later_is_the_european_commission():
    text = (
        "The European Commission urged both sides to talk. On Friday the Commission said "
        "it would mediate. The Commission's envoy arrived."
    )
    found = [(m.text, m.entity) for m in ActorFinder(text).mentions]
    assert found == [
        ("European Commission", "European Commission"),
        ("Commission", "European Commission"),
        ("Commission", "European Commission"),
    ]


def test_a_body_word_shared_by_two_bodies_names_neither():
    text = "The European Council met. The UN Security Council met. The Council said no."
    assert [m.text for m in ActorFinder(text).mentions] == [
        "European Council",
        "UN Security Council",
    ]


def test_un_agencies_and_news_agencies_are_known():
    gazetteer = load_gazetteer()
    for alias, entity, kind in [
        ("UNHCR", "UNHCR", NameKind.ORGANISATION),
        ("World Food Programme", "World Food Programme", NameKind.ORGANISATION),
        ("European Central Bank", "European Central Bank", NameKind.ORGANISATION),
        ("North Atlantic Treaty Organization", "NATO", NameKind.ORGANISATION),
        ("dpa", "dpa", NameKind.MEDIA),
        ("Yonhap", "Yonhap", NameKind.MEDIA),
    ]:
        entry = gazetteer.lookup(alias)
        assert entry is not None, alias
        assert (entry.entity, entry.kind) == (entity, kind)


def test_no_alias_names_two_entities():
    # The first entry wins silently, so a name listed twice would hide the second entity.
    import json

    from timeline_app.core.extraction.actors import gazetteer_path

    seen: dict[str, str] = {}
    entities = json.loads(gazetteer_path().read_text(encoding="utf-8"))["entities"]
    for item in entities:
        for key in ("aliases", "adjectives", "capitals", "places"):
            for alias in item.get(key, []):
                owner = seen.setdefault(alias, item["name"])
                assert owner == item["name"] or key == "places", (alias, owner, item["name"])


# --- people ----------------------------------------------------------------------------------


def test_a_dutch_name_and_its_surname_later_are_one_person():
    text = (
        "Union leader Pieter van der Berg called the walkout. "
        "Van der Berg said members would stay out."
    )
    for doc in (None, parse(text)):
        finder = ActorFinder(text, doc=doc)
        assert names(finder) == [
            ("Pieter van der Berg", "Pieter van der Berg", "person"),
            ("Van der Berg", "Pieter van der Berg", "person"),
        ]


def test_a_particle_joins_only_names():
    text = "Talks in Rio de Janeiro failed. Delegates of Brazil left."
    people = [m for m in ActorFinder(text).mentions if m.kind == NameKind.PERSON]
    assert people == []


def test_a_titled_surname_is_a_person_and_so_is_its_next_use():
    text = "Mr. Okonkwo said the talks had failed. Okonkwo blamed the employers."
    assert names(ActorFinder(text, doc=parse(text))) == [
        ("Okonkwo", "Okonkwo", "person"),
        ("Okonkwo", "Okonkwo", "person"),
    ]


def test_a_recognised_person_needs_two_name_words_a_title_or_an_earlier_full_name():
    text = "Okafor spoke first. Then Adaeze Okafor left, and Okafor returned."
    doc = marked(text, ("Okafor", "PERSON"), ("Adaeze Okafor", "PERSON"), ("Okafor", "PERSON"))
    people = [(m.start, m.entity) for m in ActorFinder(text, doc=doc).mentions]
    # The surname before the full name is resolved too: the article names one Okafor.
    assert people == [
        (0, "Adaeze Okafor"),
        (text.index("Adaeze"), "Adaeze Okafor"),
        (text.rindex("Okafor"), "Adaeze Okafor"),
    ]
    lone = "Okafor spoke first."
    assert ActorFinder(lone, doc=marked(lone, ("Okafor", "PERSON"))).mentions == []


def test_a_rank_marked_as_an_organisation_still_names_a_person():
    text = "Gen. Tembo ordered the troops back."
    finder = ActorFinder(text, doc=marked(text, ("Gen. Tembo", "ORG")))
    assert names(finder) == [("Tembo", "Tembo", "person")]


# --- what is not a name ----------------------------------------------------------------------


def test_a_capitalised_common_word_opening_a_sentence_is_no_actor():
    text = "Rescuers found a body near the pier. Witnesses said divers had searched all night."
    doc = marked(text, ("Rescuers", "ORG"), ("Witnesses", "ORG"))
    assert ActorFinder(text, doc=doc).mentions == []


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("In May the dockers struck again, and in May they won.", "May"),
        ("On Tuesday the port closed. By Tuesday night it was empty.", "Tuesday"),
        ("The President said the port would reopen. The President left.", "President"),
        ("About 1,200 Workers walked out.", "1,200 Workers"),
    ],
)
def test_a_month_day_title_or_number_is_no_name(text, hint):
    first = text.index(hint)
    second = text.find(hint, first + 1)
    hints = [(hint, "ORG")] + ([(hint, "ORG")] if second > 0 else [])
    assert ActorFinder(text, doc=marked(text, *hints)).mentions == []


def test_a_name_overlapping_a_gazetteer_name_is_left_to_the_gazetteer():
    text = "The Polish Port Authority said ships were waiting."
    finder = ActorFinder(text, doc=marked(text, ("Polish Port Authority", "ORG")))
    assert ("Polish", "Poland", "country") in names(finder)
    assert "Polish Port Authority" not in [m.text for m in finder.mentions]
    for before, after in zip(finder.mentions, finder.mentions[1:], strict=False):
        assert before.end <= after.start


def test_a_full_name_stays_a_person_whatever_the_recogniser_calls_it():
    text = "Amara Diallo spoke to the crowd. Amara Diallo then left the port."
    doc = marked(text, ("Amara Diallo", "ORG"), ("Amara Diallo", "ORG"))
    assert [m.kind for m in ActorFinder(text, doc=doc).mentions] == [NameKind.PERSON] * 2


def test_a_titled_person_claims_his_surname_where_the_recogniser_says_organisation():
    text = "Okafor arrived late. President Okafor said talks would resume. Okafor left."
    doc = marked(text, ("Okafor", "ORG"), ("Okafor", "ORG"), ("Okafor", "ORG"))
    finder = ActorFinder(text, doc=doc)
    assert [(m.entity, m.kind) for m in finder.mentions] == [("Okafor", NameKind.PERSON)] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Leaders in the West condemned it. The West imposed sanctions.",
        "Pilgrims prayed to God. God, they said, would protect the port.",
        "The 3G network failed. Its 3G masts fell.",
    ],
)
def test_words_that_name_no_one_are_no_organisation(text):
    hint = "West" if "West" in text else "God" if "God" in text else "G"
    at = text.index(hint)
    doc = parse(text)
    first = doc.char_span(at, at + len(hint), label="ORG")
    again = text.index(hint, at + 1)
    second = doc.char_span(again, again + len(hint), label="ORG")
    doc.ents = [first, second]
    assert ActorFinder(text, doc=doc).mentions == []


# --- organisations and places from the parse -------------------------------------------------


def test_a_company_named_once_with_inc_is_an_organisation():
    text = "Brightwater Logistics Inc. said it had lost two contracts."
    finder = ActorFinder(text, doc=parse(text))
    assert names(finder) == [
        ("Brightwater Logistics Inc.", "Brightwater Logistics Inc.", "organisation")
    ]
    assert actor_names(finder.mentions) == ["Brightwater Logistics Inc."]


def test_a_company_named_in_full_is_the_same_company_by_its_brand():
    text = (
        "Tarvik Marine Ltd. cut 300 jobs. Tarvik said sailings would resume, and Tarvik "
        "apologised. Tarvik Marine later confirmed the cuts. Marine traffic slowed."
    )
    doc = marked(text, ("Tarvik Marine Ltd.", "ORG"), ("Tarvik", "ORG"), ("Tarvik", "ORG"))
    companies = [(m.text, m.entity) for m in ActorFinder(text, doc=doc).mentions]
    full = "Tarvik Marine Ltd."
    assert companies == [
        (full, full),
        ("Tarvik", full),
        ("Tarvik", full),
        ("Tarvik Marine", full),
    ]


def test_inc_completes_a_name_the_recogniser_cut_short():
    text = "Brightwater Logistics, Inc. said it had lost two contracts."
    finder = ActorFinder(text, doc=marked(text, ("Brightwater Logistics", "ORG")))
    assert [m.text for m in finder.mentions] == ["Brightwater Logistics, Inc."]


def test_a_company_beside_its_common_noun_is_an_organisation():
    text = "The container carrier Nordlys said it would send its ships around the port."
    finder = ActorFinder(text, doc=marked(text, ("Nordlys", "PERSON")))
    assert names(finder) == [("Nordlys", "Nordlys", "organisation")]


def test_an_organisation_recognised_once_without_a_cue_is_left_out_but_twice_is_kept():
    once = "Nordlys said it would wait."
    assert ActorFinder(once, doc=marked(once, ("Nordlys", "ORG"))).mentions == []
    twice = "Nordlys said it would wait. Nordlys later cancelled two sailings."
    doc = marked(twice, ("Nordlys", "ORG"), ("Nordlys", "ORG"))
    assert [m.kind for m in ActorFinder(twice, doc=doc).mentions] == [NameKind.ORGANISATION] * 2


def test_an_acronym_the_text_spells_out_names_the_organisation_each_time():
    text = "The Baltic Dockworkers Federation (BDF) called the strike. The BDF said talks failed."
    finder = ActorFinder(text, doc=parse(text))
    assert names(finder) == [
        ("Baltic Dockworkers Federation", "Baltic Dockworkers Federation", "organisation"),
        ("BDF", "Baltic Dockworkers Federation", "organisation"),
        ("BDF", "Baltic Dockworkers Federation", "organisation"),
    ]


def test_an_acronym_spelling_out_a_thing_is_no_organisation():
    text = "Remote Berth Monitoring (RBM) went offline. RBM outages delayed ships."
    doc = marked(text, ("RBM", "ORG"))
    assert [m for m in ActorFinder(text, doc=doc).mentions if m.text == "RBM"] == []


def test_a_place_the_recogniser_names_twice_must_be_somewhere_things_happen():
    nowhere = "Kestrel said it would wait. Kestrel later sailed."
    doc = marked(nowhere, ("Kestrel", "LOC"), ("Kestrel", "LOC"))
    assert ActorFinder(nowhere, doc=doc).mentions == []
    somewhere = "Ships waited in Kestrel. Kestrel later reopened."
    doc = marked(somewhere, ("Kestrel", "LOC"), ("Kestrel", "LOC"))
    found = ActorFinder(somewhere, doc=doc).mentions
    assert [(m.kind, m.role, m.is_actor) for m in found] == [
        (NameKind.PLACE, NameRole.PLACE, False)
    ] * 2


def test_a_name_the_gazetteer_knows_keeps_its_reading_when_the_parse_finds_it():
    # Glued to "Iran-" the country escapes the gazetteer's own search; the parse finds it.
    text = "The Iran-Iraq war ended. Iran-Iraq trade resumed."
    first = text.index("Iraq")
    doc = marked(text, ("Iraq", "ORG"), ("Iraq", "ORG"))
    iraq = [
        m for m in ActorFinder(text, doc=doc).mentions if m.start in (first, text.rindex("Iraq"))
    ]
    assert [(m.entity, m.kind) for m in iraq] == [("Iraq", NameKind.COUNTRY)] * 2


def test_an_organisation_word_ends_an_organisation_and_a_place_word_a_place():
    text = "The Ministry of Ports closed Harbour Square on Sunday."
    doc = marked(text, ("Ministry of Ports", "PERSON"), ("Harbour Square", "PERSON"))
    finder = ActorFinder(text, doc=doc)
    assert names(finder) == [
        ("Ministry of Ports", "Ministry of Ports", "organisation"),
        ("Harbour Square", "Harbour Square", "place"),
    ]
    assert actor_names(finder.mentions) == ["Ministry of Ports"]
    assert first_location(finder.mentions) == "Harbour Square"


def test_a_capitalised_run_ending_in_an_organisation_word_is_no_person():
    text = "Coastal Freight Lines announced layoffs."
    assert names(ActorFinder(text, doc=parse(text))) == [
        ("Coastal Freight Lines", "Coastal Freight Lines", "organisation")
    ]


# --- the dateline ----------------------------------------------------------------------------


def test_the_dateline_place_is_where_the_story_was_filed_not_an_actor():
    text = "GDANSK, Poland (AP) — Dockworkers at the Baltic port walked out on Tuesday."
    for doc in (None, parse(text)):
        finder = ActorFinder(text, doc=doc)
        assert finder.dateline is not None
        assert finder.dateline_end == text.index("Dockworkers")
        place = finder.dateline.place
        assert (place.text, place.entity, place.country) == ("GDANSK", "Gdansk", "Poland")
        assert place.role is NameRole.DATELINE and not place.is_actor
        assert actor_names(finder.mentions) == []
        assert first_location(finder.mentions) == "Gdansk"


def test_a_dateline_after_a_headline_is_found_and_its_country_is_no_actor():
    text = "Strike spreads\n\nVALLETTA, Malta (Reuters) - Dockworkers walked out. Malta said no."
    finder = ActorFinder(text, doc=parse(text))
    assert finder.dateline_end == text.index("Dockworkers")
    place = finder.dateline.place
    assert (place.entity, place.country) == ("Valletta", "Malta")
    # The country in the dateline is not one; the same country in the story is.
    countries = [m.start for m in finder.mentions if m.kind == NameKind.COUNTRY]
    assert countries == [text.index("Malta said")]


def test_a_dateline_may_name_the_country_with_its_article():
    text = "ZWOLLE, the Netherlands (AP) — Dockworkers walked out on Tuesday."
    finder = ActorFinder(text)
    assert finder.dateline_end == text.index("Dockworkers")
    place = finder.dateline.place
    assert (place.text, place.entity, place.country) == ("ZWOLLE", "Zwolle", "Netherlands")
    assert actor_names(finder.mentions) == []


@pytest.mark.parametrize(
    ("text", "written", "place", "country"),
    [
        ("THE HAGUE, Netherlands (AP)_ Ships sailed.", "THE HAGUE", "The Hague", "Netherlands"),
        ("New York (Reuters) - Ships sailed.", "New York", "New York", "United States"),
        ("WASHINGTON _ Ships sailed.", "WASHINGTON", "Washington", "United States"),
        ("ST. LOUIS, March 2 (AP) — Ships sailed.", "ST. LOUIS", "St. Louis", ""),
    ],
)
def test_dateline_places_as_the_wires_write_them(text, written, place, country):
    finder = ActorFinder(text)
    mention = finder.dateline.place
    assert (mention.text, mention.entity, mention.country) == (written, place, country)
    assert text[mention.start : mention.end] == written
    assert text[finder.dateline_end :] == "Ships sailed."
    assert actor_names(finder.mentions) == []


def test_a_story_without_a_dateline_has_none():
    text = "NATO said on Monday that ships would sail."
    finder = ActorFinder(text)
    assert finder.dateline is None and finder.dateline_end == 0


def test_a_parse_of_another_text_is_refused():
    with pytest.raises(ValueError, match="another text"):
        ActorFinder("Ships sailed.", doc=parse("Ships sailed on."))


def test_two_name_words_after_in_are_no_person_whatever_the_recogniser_says():
    text = "The engineer, born in Port Harcourt in 1961, founded the firm with Ngozi Adeyemi."
    doc = marked(text, ("Port Harcourt", "PERSON"), ("Ngozi Adeyemi", "PERSON"))
    people = [m.text for m in ActorFinder(text, doc=doc).mentions if m.kind.value == "person"]
    assert people == ["Ngozi Adeyemi"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a country closing a place's address says where, not who
        ("Bombs hit the consulate in Lagos, Nigeria, on Friday.", []),
        ("Canadian officials met the mayor in Toronto, Canada.", ["Canada"]),
        # ... but a country's own possessive after a place is the country
        ("He flew to Nairobi, Kenya's capital.", ["Kenya"]),
        # an adjective names the state only on its offices and forces
        ("Cuban exiles marched past an Australian woman.", []),
        ("Russian troops crossed the border while Chinese tourists watched.", ["Russia"]),
        ("The Israeli army said the Syrian ambassador had left.", ["Israel", "Syria"]),
        ("The shares closed up 37 Canadian cents.", []),
        # a country's name fused to a currency's sign is the currency's
        ("Shares of the bank rose US $5.41 on Monday.", []),
        ("The US sent US$20 million in aid.", ["United States"]),
        ("The town has rebuilt since the Russian invasion.", ["Russia"]),
        ("The South Korean puppet military fired shells.", ["South Korea"]),
    ],
)
def test_a_country_that_only_says_where_or_whose_is_no_actor(text, actors):
    for doc in (None, parse(text)):
        assert actor_names(ActorFinder(text, doc=doc).mentions) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("A bomb exploded outside the American embassy.", ["United States"]),
        ("Peruvian President Ana Torres left for the summit.", ["Peru", "Ana Torres"]),
        ("The Israelis suffered heavy losses.", ["Israel"]),
        ("Some 2,000 ethnic Albanians marched in the capital.", []),
        ("The Italian Episcopal Conference issued a statement.", []),
    ],
)
def test_a_peoples_name_or_a_capitalised_office_names_the_state(text, actors):
    for doc in (None, parse(text)):
        assert actor_names(ActorFinder(text, doc=doc).mentions) == actors


# --- a company's whole name, read back from its suffix -------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Northgate Canada Corp. raised its offer for the mill.", "Northgate Canada Corp."),
        (
            "First Security Savings Corp. said it would close 12 branches.",
            "First Security Savings Corp.",
        ),
        ("Western Energy Systems Inc. cut its dividend.", "Western Energy Systems Inc."),
        ("HALDEN PAPER Inc. cut its quarterly dividend.", "HALDEN PAPER Inc."),
        ("Texas Timber Co. said sales rose.", "Texas Timber Co."),
        ("Dunmore's Inc. adopted a plan to deter a takeover.", "Dunmore's Inc."),
        ("In March, Brazil Fruit Ltd. bought a rival.", "Brazil Fruit Ltd."),
        ("The offer by Nash & Dorr Co. expired on Friday.", "Nash & Dorr Co."),
    ],
)
def test_a_company_named_with_its_suffix_is_named_whole(text, company):
    finder = ActorFinder(text, doc=parse(text))
    assert actor_names(finder.mentions) == [company]


def test_a_country_inside_a_company_s_name_is_no_state_acting():
    text = "Northgate Canada Corp. said Tuesday that it had sold its stake in a Boston bank."
    assert "Canada" not in actor_names(ActorFinder(text, doc=parse(text)).mentions)


def test_a_company_named_before_in_the_possessive_owns_the_one_after_it():
    text = (
        "Halvorsen Co. reported higher profit. Halvorsen's Trident Inc. unit, a maker of "
        "pumps, lost money. Marlow's Kitchens Inc. agreed to sell two plants."
    )
    finder = ActorFinder(text, doc=parse(text))
    assert actor_names(finder.mentions) == [
        "Halvorsen Co.", "Trident Inc.", "Marlow's Kitchens Inc."
    ]  # fmt: skip


# --- where, not who: countries and markets the parse shows to be places ----------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Two car bombs exploded outside embassies in Gabon and Niger on Monday.", []),
        ("Velmont shares rose 40 cents in early trading in Tokyo.", []),
        ("In Poland, Hungary and Slovakia, the day was marked by parades.", []),
        ("Norda shares closed at $12 on the Toronto Stock Exchange.", []),
        ("In Toronto Stock Exchange composite trading, Norda shares fell 10 cents.", []),
        ("The merger lifts its share of the U.S. soap market to 14%.", []),
        ("A strong U.S. dollar hurt exports.", []),
    ],
)
def test_a_country_or_market_that_only_says_where_is_no_actor(text, actors):
    assert actor_names(ActorFinder(text, doc=parse(text)).mentions) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a building or a site after "at", "in" or "from" says where, not who
        (
            "Winston Churchill gave the speech at Westminster College in 1946.",
            ["Winston Churchill"],
        ),
        (
            "Space Shuttle Endeavour blasted off from Kennedy Space Center on Tuesday.",
            ["Space Shuttle Endeavour"],
        ),
        # ... but a university one studies at is no building
        ("She studied at Harvard University.", ["Harvard University"]),
    ],
)
def test_a_building_that_only_says_where_is_no_actor(text, actors):
    assert actor_names(ActorFinder(text, doc=parse(text)).mentions) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("U.S. troops landed in Somalia on Friday.", ["United States"]),
        ("U.S. government lawyers asked the court to dismiss the suit.", ["United States"]),
        ("Peru recalled its ambassador from Chile.", ["Peru", "Chile"]),
        ("Moscow warned Kyiv against joining the alliance.", ["Russia", "Ukraine"]),
    ],
)
def test_a_country_that_acts_or_is_acted_on_stays_an_actor(text, actors):
    assert actor_names(ActorFinder(text, doc=parse(text)).mentions) == actors


# --- a company named in full, then by its first word alone ----------------------------------


def test_a_company_named_in_full_is_the_same_company_by_its_first_word_alone():
    text = (
        "Halden Paper Inc. said it lost $3 million in the quarter. A year earlier, Halden "
        "earned $4 million. MORVAN TOOLS Inc. declared a split. Separately, MorVan said "
        "net income rose. First Harbor Bank Corp. agreed to buy a rival. First, regulators "
        "must approve the deal."
    )
    finder = ActorFinder(text, doc=parse(text))
    assert [(m.text, m.entity) for m in finder.mentions] == [
        ("Halden Paper Inc.", "Halden Paper Inc."),
        ("Halden", "Halden Paper Inc."),
        ("MORVAN TOOLS Inc.", "MORVAN TOOLS Inc."),
        ("MorVan", "MORVAN TOOLS Inc."),
        ("First Harbor Bank Corp.", "First Harbor Bank Corp."),
    ]


def test_a_title_names_the_company_as_the_text_writes_it_and_its_actor_in_full():
    import datetime as dt

    from timeline_app.core.extraction import extract_events

    text = (
        "Halden Paper Inc. said Tuesday it had a $3 million loss for its fiscal third quarter. "
        "A year before, Halden earned $4 million."
    )
    earned = [e for e in extract_events(text, dt.date(1989, 11, 2)) if "earn" in e.title]
    assert [(e.title, e.actors) for e in earned] == [
        ("Halden earns $4 million", ("Halden Paper Inc.",))
    ]


# --- "the company": the firm a business story named before -----------------------------------


def _described(text: str, phrase: str) -> list[str]:
    finder = ActorFinder(text, doc=parse(text))
    start = text.rindex(phrase)
    return [m.entity for m in finder.companies_described(start, start + len(phrase))]


def test_the_company_is_the_firm_named_last_as_a_subject_not_the_last_firm_named():
    text = (
        "Ridgeway Foods Inc. said Tuesday that it sold its bakery unit to Corran Ltd. "
        "A year ago the company earned $5 million in the quarter."
    )
    assert _described(text, "the company earned") == ["Ridgeway Foods Inc."]


def test_a_description_with_modifiers_and_a_possessive_is_the_firm_too():
    text = (
        "Halden Paper Inc. cut its dividend. The Maine-based maker of paper towels said "
        "sales fell. The concern's shares fell 50 cents."
    )
    assert _described(text, "The Maine-based maker of paper towels") == ["Halden Paper Inc."]
    assert _described(text, "The concern's shares") == ["Halden Paper Inc."]


def test_the_company_is_the_firm_the_text_described_as_a_company():
    text = (
        "Marlin Capital Corp. agreed to buy Tessel Inc., a toy company, for $40 million. "
        "The company went public last year."
    )
    assert _described(text, "The company went public") == ["Tessel Inc."]


def test_a_new_or_combined_company_is_none_named_before():
    text = (
        "Arden Corp. and Velo Inc. agreed to merge. The combined company will be based in "
        "Ohio, and the new company will have 900 workers."
    )
    assert _described(text, "The combined company") == []
    assert _described(text, "the new company") == []


def test_a_description_naming_a_town_first_is_the_firm_and_one_after_a_person_is_not():
    text = (
        "Halden Paper Inc. raised its dividend. The Ashford, Kan., towel company also "
        "split its stock. Ann Ruiz, the newsletter publisher, said sales fell."
    )
    assert _described(text, "The Ashford, Kan., towel company") == ["Halden Paper Inc."]
    assert _described(text, "the newsletter publisher") == []


# --- towns in a firm's address, and adjectives made from names, are no people ---------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Corvel Trace Inc., San Marcos, Texas, said it bought back shares.",
            ["Corvel Trace Inc."],
        ),
        ("Norda launched a bid for the Glen Falls, Calif.-based printer maker.", []),
        ("For 1988, Denver-based Ridgeline earned $1.7 billion.", []),
        ("Anna Berg, Texas governor, signed the bill.", ["Anna Berg"]),
        ("Lee Cheuk-yan, a union leader, spoke.", ["Lee Cheuk-yan"]),
    ],
)
def test_a_town_before_its_state_or_a_name_made_an_adjective_is_no_person(text, actors):
    assert actor_names(ActorFinder(text, doc=parse(text)).mentions) == actors


def test_a_name_after_a_monarch_s_rank_is_the_monarch_not_the_bearer_of_the_surname():
    text = (
        "Ali Rahman, the rebel leader, rejected the plan. Later, King Rahman of Oman "
        "arrived in Paris. Rahman said the talks had failed."
    )
    finder = ActorFinder(text, doc=parse(text))
    rahman = [(m.text, m.entity) for m in finder.mentions if m.text == "Rahman"]
    assert rahman == [("Rahman", "King Rahman"), ("Rahman", "Ali Rahman")]


# --- bodies and groups a story names by common nouns -------------------------------------------


def _bodies(text: str, clause: str) -> list[str]:
    finder = ActorFinder(text, doc=parse(text))
    start = text.index(clause)
    return [m.entity for m in finder.bodies_described(start, start + len(clause))]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Talks between the water authority and the farmers' union broke down on Friday.",
            ["Water authority", "Farmers' union"],
        ),
        ("The interior ministry banned the march on Tuesday.", ["Interior ministry"]),
        ("On Monday the city council approved the new tram line.", ["City council"]),
        ("The ministry of health closed two clinics in May.", ["Ministry of health"]),
        ("Rebels seized the airport at dawn on Sunday.", ["Rebels"]),
        ("About 900 bus drivers and 400 strikers marched to the depot.", ["Strikers"]),
        (
            "Police dispersed the opposition protesters with water cannon.",
            ["Opposition protesters"],
        ),
        ("The proposal was rejected by the teachers' union on Wednesday.", ["Teachers' union"]),
    ],
)
def test_a_body_or_group_named_by_common_nouns_that_takes_part_is_an_actor(text, bodies):
    assert _bodies(text, text) == bodies


@pytest.mark.parametrize(
    "text",
    [
        # nothing tells which union, ministry or authority
        "The union called off the stoppage on Friday.",
        "A new authority will run the harbour from June.",
        # a whole trade or the public are no one a reader could follow
        "Supermarkets raised their prices in March.",
        "Residents left the town on Sunday.",
        # a body that only says whose or where
        "The union's treasurer resigned on Monday.",
        "The vote was held at the city council on Monday.",
        # the talks themselves are a happening, not a party
        "The talks collapsed on Monday.",
    ],
)
def test_a_vague_body_a_trade_or_a_body_that_only_says_whose_or_where_is_no_actor(text):
    assert _bodies(text, text) == []


def test_a_bare_union_is_the_union_the_story_named_before():
    text = (
        "The Harbour Workers Union rejected the offer. The union walked out on Monday. "
        "The cleaners' union joined the strike. The union said on Friday it would stay out."
    )
    assert _bodies(text, "The union walked out on Monday.") == ["Harbour Workers Union"]
    assert _bodies(text, "The union said on Friday it would stay out.") == ["Cleaners' union"]


def test_a_named_body_or_group_is_left_to_its_name():
    text = "The Kenyan government and Hamas gunmen were blamed on Monday."
    assert _bodies(text, text) == []


def test_the_port_strike_article_reads_as_a_reader_would_review_it():
    # our own made-up web page (tests/data/articles): one strike event, a protest by the
    # dockers; the talks' collapse with both sides; the supermarkets' warning no diplomacy
    from pathlib import Path

    from timeline_app.core.article_reading import read_article_file
    from timeline_app.core.extraction import extract_events

    page = Path(__file__).parent.parent / "data" / "articles" / "port-strike-talks.html"
    article = read_article_file(page).article
    found = extract_events(article.text, article.published)
    on_first = [e for e in found if e.when.to_edtf() == "2022-03-01"]
    assert [(e.category, e.actors) for e in on_first] == [("protest", ("Dockers",))], on_first
    talks = [e for e in found if e.title.startswith("Talks between")]
    assert [e.actors for e in talks] == [("Port authority", "Dockers’ union")]
    warning = [e for e in found if "warn" in e.title]
    assert [e.category for e in warning] == ["economy"]

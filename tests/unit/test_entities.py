"""Entity detection and typing, one rule per test, from sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workcount import assert_near_linear, hang_guard, work_on_text

from newsview.models.document import Timex
from newsview.models.entities import find_entities
from newsview.models.text import sentence_spans


def entities(text: str, timexes: list[Timex] | None = None):
    return find_entities(text, sentence_spans(text), timexes or [])


def spans(text: str) -> list[str]:
    return [m.text for e in entities(text) for m in e.mentions]


def named(text: str) -> dict[str, object]:
    return {e.name: e for e in entities(text)}


def explained(text: str, name: str):
    """The entity of that name, found with its explanation."""
    return next(e for e in find_entities(text, sentence_spans(text), [], explain=True) if e.name == name)


def test_offsets_index_the_text_and_mentions_never_overlap():
    text = "Governor Rosa Elena Quintero visited Valparaíso with the Chilean Navy on a tour."
    found = entities(text)
    every = sorted((m.start, m.end) for e in found for m in e.mentions)
    for e in found:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
        assert [m.start for m in e.mentions] == sorted(m.start for m in e.mentions)
    assert all(a[1] <= b[0] for a, b in zip(every, every[1:], strict=False))


def test_title_is_left_out_of_the_name_and_marks_a_person():
    found = named("Yesterday President Anneke Vos opened the bridge.")
    assert "Anneke Vos" in found
    assert found["Anneke Vos"].type == "PERSON"
    assert [m.text for m in found["Anneke Vos"].mentions] == ["Anneke Vos"]


def test_title_with_its_complement_leaves_the_place():
    found = named("The Prime Minister of Norway spoke first.")
    assert list(found) == ["Norway"]


def test_title_in_the_middle_of_a_run_splits_company_and_person():
    found = named("The deal was signed by Zentrix CEO Maria Olsen on stage.")
    assert found["Maria Olsen"].type == "PERSON"
    assert "Zentrix" in found


def test_leading_the_and_possessive_are_not_part_of_the_name():
    text = "The vote in the Bundestag was close. The Bundestag’s speaker left, and Okafor's aide too."
    assert spans(text) == ["Bundestag", "Bundestag", "Okafor"]


def test_capitalised_common_word_at_sentence_start_is_not_a_name():
    assert spans("Officials said the talks failed. Security was tight.") == []


def test_sentence_start_name_is_kept():
    assert spans("Okonkwo arrived late. Everyone waited for Okonkwo.") == ["Okonkwo", "Okonkwo"]


def test_demonym_is_a_mention_of_its_country():
    found = named("The Chilean government protested. Chile recalled its envoy.")
    chile = found["Chile"]
    assert chile.type == "GPE"
    assert [(m.text, m.form) for m in chile.mentions] == [("Chilean", "demonym"), ("Chile", "name")]


def test_a_regions_adjective_is_a_mention_of_the_region():
    found = named("Chechen rebels shelled the town, a Bavarian official said.")
    assert [(m.text, m.form) for m in found["Chechnya"].mentions] == [("Chechen", "demonym")]
    assert [(m.text, m.form) for m in found["Bavaria"].mentions] == [("Bavarian", "demonym")]


def test_institutions_news_names_bare_are_organisations():
    # a central bank, a parliament, a company and a stock index named without a word saying
    # what they are (the weights alone read "Bundesbank" as a work, "Hang Seng" as a person)
    found = named("The Bundesbank held rates. The State Duma met. Daimler-Benz fell 2 percent, "
                  "while Hong Kong's Hang Seng index rose.")
    for name in ("Bundesbank", "State Duma", "Daimler-Benz", "Hang Seng"):
        assert found[name].type == "ORG", name


def test_an_organisation_the_lists_know_opening_a_sentence_is_kept():
    # the weights drop an unknown word opening a sentence; the lists know this one
    found = named("Shares were mixed. Commerzbank rose 1.20 marks to 36.50.")
    assert found["Commerzbank"].type == "ORG"
    # and inside a run where the weights chose no name over it
    found = named("The 30-share DAX index closed up 18.45 points at 2,815.31.")
    assert found["DAX"].type == "ORG"


def test_a_plurals_possessive_inside_an_organisations_name_ends_no_name():
    found = named("She attended Otago Girls' High School, and the Teachers' Union agreed.")
    assert found["Otago Girls' High School"].type == "ORG"
    assert found["Teachers' Union"].type == "ORG"
    found = named("The Beatles' Apple Corps sued.")  # a name's possessive still ends it
    assert {"Beatles", "Apple Corps"} <= set(found)
    # a town opening it: the organisation still, however "at ... on Monday" reads as a place
    text = "Two men appeared at Hull Magistrates' Court on Monday."
    court = explained(text, "Hull Magistrates' Court")
    assert court.type == "ORG" and any("plural's possessive" in why for why, _ in court.why.type)


def test_a_battle_siege_or_treaty_of_a_place_is_an_event():
    found = named("He fought at the Battle of Antietam; the Treaty of Versailles came later. "
                  "The Siege of Sarajevo ended. The Massacre of Glencoe was recalled. "
                  "The Bank of England agreed.")
    for name in ("Battle of Antietam", "Treaty of Versailles", "Siege of Sarajevo",
                 "Massacre of Glencoe"):
        assert found[name].type == "OTHER", name
    assert found["Bank of England"].type == "ORG"


def test_a_surname_that_is_an_everyday_word_names_the_person_named_in_full():
    found = named("Prime Minister Theresa May spoke. Labour attacked May over the deal.")
    assert [m.text for m in found["Theresa May"].mentions] == ["Theresa May", "May"]
    text = "Prime Minister Theresa May spoke. Labour attacked May over the deal."
    may = explained(text, "Theresa May")
    assert may.why.type[0][0].startswith("the surname of someone the article names in full")


def test_a_fellows_or_members_title_is_no_part_of_the_name_after_it():
    found = named("She was elected a Fellow of the Royal Society in 1995 and became a "
                  "Member of the Order of Australia.")
    assert {"Royal Society", "Order of Australia"} <= set(found)
    assert not any(name.startswith(("Fellow", "Member")) for name in found)


def test_a_headline_word_the_sentences_write_in_lower_case_is_no_name():
    found = named("HILL TAKES POLE IN PORTUGAL\n\nDamon Hill took pole position for the "
                  "Portuguese Grand Prix on Saturday.")
    assert "Poland" not in found and {"Damon Hill", "PORTUGAL"} <= set(found)


def test_a_name_possessing_a_persons_full_name_is_a_team_company_or_place():
    found = named("Ferrari's Michael Schumacher was third and Benetton's Jean Alesi fourth. "
                  "Britain's Tony Blair watched.")
    assert found["Ferrari"].type == "ORG" and found["Benetton"].type == "ORG"
    assert found["Britain"].type == "GPE" and found["Michael Schumacher"].type == "PERSON"
    found = named("Williams driver Damon Hill took pole position.")
    assert found["Williams"].type == "ORG" and found["Damon Hill"].type == "PERSON"
    found = named("Parmalat founder Calisto Tanzi was arrested.")
    assert found["Parmalat"].type == "ORG" and found["Calisto Tanzi"].type == "PERSON"


def test_an_everyday_word_heading_a_line_of_lower_case_words_is_no_name():
    found = named("Premier league\n\nArsenal 2 Derby 2\n\nDivision one\n\nBarnsley 2 Grimsby 0\n")
    assert "Division" not in found and {"Arsenal", "Barnsley"} <= set(found)
    assert named("Visa rules\n\nVisa said sales rose.\n").get("Visa") is not None


def test_an_everyday_plural_for_people_heading_a_result_is_no_name():
    found = named("Women's 1,500 metres\n\n1. Svetlana Masterkova (Russia) 4:01.23")
    assert "Women" not in found and "Svetlana Masterkova" in found


def test_initials_after_a_person_and_of_are_the_persons_organisation():
    found = named("Nina Ortiz of the FNPR spoke. Ray Cole of NWSC lost.")
    assert found["Ray Cole"].type == "PERSON" and found["NWSC"].type == "ORG"


def test_police_ranks_and_letters_after_a_name_are_no_part_of_it():
    found = named("Judge Guy Kearl KC jailed him. Det Ch Insp Claire Smith and DC Amy Ford "
                  "led the inquiry. He flew to Washington DC.")
    assert {"Guy Kearl", "Claire Smith", "Amy Ford", "Washington DC"} <= set(found)
    assert not any(name.startswith(("Det", "DC ")) for name in found)


def test_a_name_after_a_person_and_of_in_commas_is_where_the_person_lives():
    found = named("Darren Hollis, of Beeston, stabbed him. Tom Reid, of Leeds Road, Bradford, "
                  "was fined. Jane Ellis, of Acme Ltd., said no.")
    assert found["Beeston"].type == "GPE" and found["Bradford"].type == "GPE"
    assert found["Acme Ltd."].type == "ORG"


def test_a_name_after_a_persons_age_and_of_in_commas_is_where_the_person_lives():
    found = named("Aaron Pickles, 34, of Moortown, admitted theft.")
    assert found["Moortown"].type == "GPE"


def test_a_name_written_with_a_lower_case_i_before_a_capital_is_a_product():
    from newsview.models.names import NameModel

    # weights that read every name as an organisation: the convention alone makes the products
    every_name_an_org = NameModel.from_weights({"bias": [0.0, 5.0, 0.0, 0.0, 0.0]})
    text = "Apple said the iTunes store grew, and sales of iMacs rose."
    found = {e.name: e.type for e in find_entities(text, sentence_spans(text), [],
                                                   model=every_name_an_org)}
    assert found == {"Apple": "ORG", "iTunes": "OTHER", "iMacs": "OTHER"}


def test_an_organisations_name_of_a_place_is_one_name():
    found = named("The National Bank of Greece fell.")
    assert list(found) == ["National Bank of Greece"]
    assert found["National Bank of Greece"].type == "ORG"


def test_a_name_in_apposition_to_an_organisations_kind_is_that_organisation():
    found = named("Gavi, the vaccine alliance, said it would pay. Based in Cleveland, the "
                  "company said no.")
    assert found["Gavi"].type == "ORG" and found["Cleveland"].type == "GPE"


def test_a_faiths_denomination_names_its_group():
    found = named("Anglican bishops met Methodist leaders.")
    assert found["Anglican"].type == "NORP" and found["Methodist"].type == "NORP"


def test_demonym_alone_creates_the_country_under_its_name():
    found = named("Two South Korean ships docked.")
    assert list(found) == ["South Korea"]
    assert found["South Korea"].mentions[0].text == "South Korean"


def test_demonym_inside_a_longer_name_belongs_to_it():
    found = named("Protesters gathered outside the Chilean Embassy in town.")
    assert "Chilean Embassy" in found
    assert found["Chilean Embassy"].type == "ORG"
    assert "Chile" not in found


def test_demonym_before_a_title_stays_apart():
    found = named("Chilean Foreign Minister Tomas Rivas Ortega said no.")
    assert found["Chile"].mentions[0].form == "demonym"
    assert found["Tomas Rivas Ortega"].type == "PERSON"


def test_lower_case_form_of_a_name_in_the_article_is_a_mention():
    found = named("He fled to the Chilean Embassy. Later the Chilean embassy said nothing.")
    assert [m.text for m in found["Chilean Embassy"].mentions] == ["Chilean Embassy", "Chilean embassy"]


def test_particle_inside_a_name_and_capitalised_at_sentence_start():
    found = named("Minister Ana de Souza spoke. De Souza later left.")
    assert [m.text for m in found["Ana de Souza"].mentions] == ["Ana de Souza", "De Souza"]


def test_hyphenated_surname_is_one_token():
    assert spans("Lawyer Carmen Ruiz-Tagle filed the appeal.") == ["Carmen Ruiz-Tagle"]


def test_initials_stay_inside_the_name():
    assert spans("A statue of John F. Kennedy stands there.") == ["John F. Kennedy"]


def test_names_inside_curly_quotes():
    assert spans("She said “Oduya Mensah is innocent” to reporters.") == ["Oduya Mensah"]


def test_names_used_as_modifiers_are_mentions():
    found = named("Lucia Ferrante resigned. The Ferrante affair grew.")
    assert [m.text for m in found["Lucia Ferrante"].mentions] == ["Lucia Ferrante", "Ferrante"]


def test_time_expressions_are_never_names():
    text = "On Monday, March 3 the court met."
    timex = Timex(3, 18, "Monday, March 3", "DATE", "2025-03-03")
    assert not [m for e in find_entities(text, sentence_spans(text), [timex]) for m in e.mentions
                if m.start < 18 and m.end > 3]


def test_currency_prefix_is_not_a_country():
    assert spans("It cost US$40 million.") == []


def test_ministry_of_keeps_its_complement():
    found = named("A letter from the Ministry of Foreign Affairs arrived.")
    assert found["Ministry of Foreign Affairs"].type == "ORG"


def test_acronym_alone_is_an_organisation():
    assert named("Officials at the WZB declined.")["WZB"].type == "ORG"


def test_plural_group_noun_is_norp():
    assert named("Thousands of Peruvians marched.")["Peruvians"].type == "NORP"


def test_camel_case_product():
    assert named("He bought an iPhone yesterday.")["iPhone"].type == "OTHER"


def test_who_after_a_name_marks_a_person():
    assert named("Talks with Okwu Nnadi, who chairs the panel, ended.")["Okwu Nnadi"].type == "PERSON"


def test_place_followed_by_its_state():
    assert named("He grew up in Brackton, Texas before moving.")["Brackton"].type == "GPE"


def test_entity_ids_are_slugs_of_the_folded_name_and_unique():
    found = entities("José Núñez met Ana Ortiz.")
    assert [e.id for e in found] == ["jose-nunez", "ana-ortiz"]
    assert entities("José Núñez met Ana Ortiz.") == found


def test_entities_come_in_order_of_first_mention():
    assert [e.name for e in entities("Kenya beat Ghana, then Ghana beat Kenya.")] == ["Kenya", "Ghana"]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "...", "\u2400\u2401", "'s", "A.", "-", "Mr.", "(SRE)", "U.S.$", "É", "A" * 10],
    ids=range(12),
)
def test_never_raises_on_odd_text(text):
    for e in entities(text):
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def _distinct_names(count: int) -> str:
    return " ".join(f"Name{i} Surname{i}." for i in range(count))


@pytest.mark.parametrize(
    ("make", "size"),
    [
        (lambda n: "Abc " * n, 50_000),  # a 200,000-character capitalised run
        (_distinct_names, 10_000),  # 10,000 distinct names
        (lambda n: "Marta Quispe. " * n, 10_000),  # one name repeated
        (lambda n: "A. " * n, 60_000),  # initials
        (lambda n: "Abc-" * n, 50_000),  # hyphens
        (lambda n: "O'Abc " * n, 30_000),  # apostrophes
        (lambda n: "Ab of Cd de " * n, 20_000),  # connectors
        (lambda n: "A.B." * n, 50_000),  # one endless dotted acronym
        (lambda n: "al-Abc iAbc " * n, 20_000),  # articles and camel case
        (lambda n: "Abc 123 " * n, 25_000),  # model numbers
        (lambda n: "Abc's Def " * n, 20_000),  # possessives
    ],
    ids=["caps", "distinct", "repeated", "initials", "hyphens", "apostrophes", "connectors",
         "dotted", "articles", "numbers", "possessives"],
)
def test_near_linear_work_on_pathological_input(make, size):
    # Calls and characters sliced from the text at 1/40 and 1/10 of the size the old timed
    # test used (its times: benchmarks/pathological.py); a hang fails the hang guard.
    with hang_guard():
        assert_near_linear(work_on_text(make, entities), size // 40)


def test_quoted_sentence_starts_with_a_capital_that_is_not_a_name():
    assert spans('He said, "This has been a long day," and left.') == []


def test_known_place_at_sentence_start_keeps_its_first_word():
    assert spans("New Zealand won the match.") == ["New Zealand"]


def test_group_possessive_inside_a_name():
    assert spans("Troops of the Korean People's Army moved.") == ["Korean People's Army"]


def test_possessive_between_names_splits_them():
    assert spans("Then Peru's President Ana Vela spoke.") == ["Peru", "Ana Vela"]


def test_camel_case_names_are_products():
    assert named("A new iPod Nano went on sale.")["iPod Nano"].type == "OTHER"


def test_a_town_named_like_a_first_name_does_not_split_a_person():
    assert spans("They questioned George F. Hauser at noon.") == ["George F. Hauser"]


def test_acronym_at_sentence_start_is_kept():
    assert [e.name for e in entities("US officials left. NATO stayed.")] == ["US", "NATO"]


def test_apposition_says_what_a_name_is():
    found = named("Profits rose at Skyvane, the Irish airline, and at Lumora, a rock band.")
    assert found["Skyvane"].type == "ORG"
    assert named("Dorrin Vale, a spokesman for the club, left.")["Dorrin Vale"].type == "PERSON"
    assert named("They sold Quiet Evenings, a 2019 album, online.")["Quiet Evenings"].type == "OTHER"


def test_settlement_words_make_a_place():
    assert named("She was born in the village of Brisk.")["Brisk"].type == "GPE"
    assert named("Ostervik is a small town in the north.")["Ostervik"].type == "GPE"


def test_birth_years_in_brackets_mark_a_person():
    assert named("Karel Vondra (1819 - 1890) wrote plays.")["Karel Vondra"].type == "PERSON"






def test_religion_adjective_names_its_group():
    found = named("Muslim leaders met. Later the Muslims of the town prayed.")
    assert found["Muslims"].type == "NORP"
    assert [m.text for m in found["Muslims"].mentions] == ["Muslim", "Muslims"]


def test_label_before_a_colon_is_not_a_name():
    assert spans("Image: Nadia Berg at home.") == ["Nadia Berg"]


def test_capitalised_word_after_a_dateline_dash_starts_a_sentence():
    assert spans("LIMA (Reuters) \u2014 Heavy rains hit Cusco.") == ["LIMA", "Reuters", "Cusco"]


def test_function_words_in_an_all_capitals_line_are_not_names():
    assert "IN EUROPE" not in named("SALES FELL 3% IN EUROPE\n\nSales fell in Europe.")


def test_lower_case_extension_never_runs_into_a_time_expression():
    text = "The Chilean Embassy said so. The Chilean embassy monday statement followed."
    start = text.index("monday")
    timex = Timex(start, start + 6, "monday", "DATE", None)
    for e in find_entities(text, sentence_spans(text), [timex]):
        for m in e.mentions:
            assert m.end <= start or m.start >= start + 6


_PIECES = st.sampled_from(
    ["Ana", "de", "Zela", "U.S.", "Peru", "Peruvian", "of", "the", "(SRE)", "’s", "'s", ". ",
     "\n", " ", "—", "\u201c", "A.", "Inc.", "-", "McDonald", "iPhone", "747", ",", ":", "É"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join) | st.text(max_size=80))
def test_any_text_gives_valid_non_overlapping_mentions(text):
    found = entities(text)
    every = sorted((m.start, m.end) for e in found for m in e.mentions)
    assert all(text[m.start : m.end] == m.text for e in found for m in e.mentions)
    assert all(a[1] <= b[0] for a, b in zip(every, every[1:], strict=False))
    assert len({e.id for e in found}) == len(found)


def test_surname_that_is_a_common_word_is_kept_at_a_sentence_start():
    found = named("Prime Minister Theresa Mayfield spoke. Then Carla May arrived. May said no.")
    assert [m.text for m in found["Carla May"].mentions] == ["Carla May", "May"]


def test_a_name_that_speaks_is_a_person():
    assert named("After the game Dries Merten said nothing.")["Dries Merten"].type == "PERSON"


def test_number_sign_is_not_part_of_a_name():
    assert named("It became the No. 1 U.S. music seller.")["U.S."].type == "GPE"


def test_nationality_word_used_for_a_language_is_its_own_name():
    found = named("Forms must be filled in English. English officials agreed.")
    assert found["English"].type == "OTHER"
    assert [m.form for m in found["England"].mentions] == ["demonym"]


def test_lower_case_form_of_a_name_with_of():
    found = named("The Mexican Ministry of Foreign Affairs spoke. A Mexican ministry of foreign affairs aide left.")
    assert [m.text for m in found["Mexican Ministry of Foreign Affairs"].mentions] == [
        "Mexican Ministry of Foreign Affairs", "Mexican ministry of foreign affairs",
    ]


@pytest.mark.parametrize(
    "unit",
    ["Abc ", "Name Surname. ", "Ab of Cd de ", "A. ", "Marta Quispe said. Quispe left. "],
    ids=["caps", "names", "connectors", "initials", "surnames"],
)
def test_cost_grows_linearly_with_the_input(unit):
    # Four times the text, at most six times the calls and characters sliced (quadratic: 16x).
    with hang_guard():
        assert_near_linear(work_on_text(lambda n: unit * n, entities), 1_000)


def test_short_heading_line_keeps_only_names():
    assert spans("Election Results\n\nVoters in Ostrava chose Petra Novak.") == [
        "Ostrava", "Petra Novak",
    ]


def test_capitalised_preposition_inside_a_sentence_ends_a_name():
    assert spans("Lawmaker Elena Quist In the north voters chose Omar Vale.") == [
        "Elena Quist", "Omar Vale",
    ]


def test_place_word_after_a_given_name_lookalike_is_a_place():
    assert named("Ferries left Hong Kong Island early.")["Hong Kong Island"].type in ("GPE", "LOC")


def test_given_name_before_a_surname_like_place_word_is_a_person():
    assert named("Critics praised Emma Hill for the film.")["Emma Hill"].type == "PERSON"


def test_article_led_foreign_names_are_not_people():
    found = named("The German magazine Der Spiegel reported it, as did Le Monde.")
    assert found["Der Spiegel"].type != "PERSON" and found["Le Monde"].type != "PERSON"


def test_many_distinct_sentence_start_words_stay_linear():
    from newsview.models.lexicon import lexicon

    words = sorted(w for w in lexicon().common_words if w.isalpha() and len(w) > 3)[:5000]
    assert len(words) == 5000

    def text_of(count: int) -> str:
        return " ".join(f"{w.capitalize()} left. {w.capitalize()} came." for w in words[:count])

    with hang_guard():
        assert_near_linear(work_on_text(text_of, entities), 1_250)


def test_a_lower_case_noun_before_a_name_says_what_it_is():
    found = named("The concert featured pianist Tobiah Wrenfold and the band Glasswick.")
    assert found["Tobiah Wrenfold"].type == "PERSON"
    assert found["Glasswick"].type == "ORG"
    assert named("Most readers use the web browser Quillfox daily.")["Quillfox"].type == "OTHER"


def test_a_work_noun_before_a_speaker_ends_a_phrase():
    assert named("After the film Osric Delane said little.")["Osric Delane"].type == "PERSON"


def test_an_organisation_word_before_of_or_for_inside_a_name_makes_it_an_organisation():
    found = named("She wrote to the Joint Council for the Welfare of Drivers yesterday.")
    assert found["Joint Council for the Welfare of Drivers"].type == "ORG"


def test_a_short_title_case_quotation_is_one_title():
    text = 'The band released "A Hollow Lantern" in May and "Time to Wake Again" later.'
    found = named(text)
    assert found["A Hollow Lantern"].type == "OTHER"
    assert found["Time to Wake Again"].type == "OTHER"
    assert spans('Their hit "The Glass Orchard" sold well.') == ["Glass Orchard"]


def test_quoted_speech_is_not_a_title():
    text = '"Thank you, Marisol Quenby," said the host.'
    assert named(text)["Marisol Quenby"].type == "PERSON"


def test_a_whole_place_name_beats_its_organisation_like_last_word():
    found = named("Grain went from the Soviet Union to the People's Republic of China.")
    assert found["Soviet Union"].type == "GPE"
    assert found["People's Republic of China"].type == "GPE"


def test_chief_officer_titles_fall_away():
    assert spans("The former Chief Operating Officer, Ilse Marwood, left.") == ["Ilse Marwood"]


def test_countries_in_other_news_stay_places():
    text = ("Norway beat expectations as the court ruled 5-4 against Chile. Norway won the "
            "vote, the minister said, and Chile faced a penalty of 2 billion dollars.")
    found = named(text)
    assert found["Norway"].type == found["Chile"].type == "GPE"




def test_initials_in_a_name_mark_a_person():
    assert named("The theory was set out by R. T. Voskuijlen in a pamphlet.")[
        "R. T. Voskuijlen"].type == "PERSON"
    assert named("The song was sung by Orvald K. Trusk on the radio.")[
        "Orvald K. Trusk"].type == "PERSON"


def test_event_and_product_words_make_a_name_other():
    found = named("He played in the Quarry Bowl and won the Venn Classic before the Ostrava Uprising.")
    assert {found[n].type for n in ("Quarry Bowl", "Venn Classic", "Ostrava Uprising")} == {"OTHER"}


def test_a_model_number_may_lead_a_name_but_a_count_may_not():
    found = named("Velmar showed the new 818 Skyrunner. Critics liked the Skyrunner.")
    assert [m.text for m in found["818 Skyrunner"].mentions] == ["818 Skyrunner", "Skyrunner"]
    assert found["818 Skyrunner"].type == "OTHER"
    text = "Over 28,000 Osric Delane fans and about 300 Marines met 549 NHL scouts."
    assert all(not s[0].isdigit() for s in spans(text))


def test_names_shaped_like_people_in_a_list_are_people():
    text = "The side fielded Romelo Vaskur, Yanis Quedra, and Dries Ollamert in attack."
    assert named(text)["Dries Ollamert"].type == "PERSON"


def test_a_weak_title_before_a_known_surname_is_a_title():
    text = "Professor Ilse Burrows spoke first. Later Professor Burrows said more."
    found = named(text)
    assert [m.text for m in found["Ilse Burrows"].mentions] == ["Ilse Burrows", "Burrows"]


def test_a_list_item_starts_like_a_sentence():
    assert spans("He listed his sins: a) Leaving home and b) Refusing orders.") == []


def test_directions_and_being_born_somewhere_mark_a_place():
    assert named("The farm lies two miles north of Quellbrook on the old road.")[
        "Quellbrook"].type == "GPE"
    assert named("She was born in Vantoria Heights and raised there.")[
        "Vantoria Heights"].type in ("GPE", "LOC")


def test_an_apposition_naming_a_version_or_a_device_makes_a_product():
    text = "Users praised Quellspar, the newest version of the system, on launch day."
    assert named(text)["Quellspar"].type == "OTHER"


def test_what_was_launched_or_released_is_a_product():
    assert named("Sales rose after the Quillbox was released in May.")["Quillbox"].type == "OTHER"


def test_a_known_town_before_its_state_is_a_place_whatever_its_words_say():
    assert named("The plant is in Mobile, Alabama, near the port.")["Mobile"].type == "GPE"


def test_word_prefixes_and_lone_function_words_are_not_names():
    assert spans("Pre-orders opened at Quorin. Co-founder Ilse Marwood spoke.") == [
        "Quorin", "Ilse Marwood"]
    assert spans("Sales fell at Quorin and AT&T. Many buyers left.") == ["Quorin", "AT&T"]


def test_a_digit_before_a_full_stop_is_no_initial():
    text = "Many still use Quill Navigator 6. Quill Navigator 6 is old."
    assert spans(text) == ["Quill Navigator 6", "Quill Navigator 6"]


def test_factories_depots_and_sports_grounds_are_places():
    found = named("Jets are built at the Quorlow Factory and stored at the Vex Depot.")
    assert found["Quorlow Factory"].type == found["Vex Depot"].type == "LOC"


def test_a_school_district_and_a_medical_center_are_organisations():
    found = named("Last week the Quorlow Unified School District said it would sue the Vantor "
                  "Medical Center over a contract that was signed in the spring.")
    assert found["Quorlow Unified School District"].type == "ORG"
    assert found["Vantor Medical Center"].type == "ORG"


def test_a_person_released_is_no_product():
    assert named("The court released Marisol on Friday.")["Marisol"].type == "PERSON"


def test_team_before_a_name_is_a_team():
    assert named("Last year Team Estonia had to rebuild their robot.")["Team Estonia"].type == "ORG"


def test_a_name_that_says_he_or_she_is_a_person():
    assert named("Later Quenvard said she felt the school had overreacted.")[
        "Quenvard"].type == "PERSON"


def test_a_short_hyphenated_given_name_keeps_its_second_syllable():
    assert spans("In the end the voters chose Lam Cheuk-ting and then Wong Pik-wan, "
                 "who had led in the polls.") == ["Lam Cheuk-ting", "Wong Pik-wan"]
    assert spans("Long-range missiles hit Quorlow.") == ["Quorlow"]


def evidence_of(text: str, span_text: str) -> list[str]:
    """The evidence the engine lists for reading the last ``span_text`` of the text (a span of
    one run) as a name."""
    from newsview.models.candidates import read_runs
    from newsview.models.evidence import TextEvidence
    from newsview.models.lexicon import lexicon

    runs, ctx = read_runs(text, sentence_spans(text), [], lexicon())
    evidence = TextEvidence(ctx)
    for run in reversed(runs):
        found = evidence.run_spans(run)
        for span in found.spans if found else ():
            if text[run.tokens[span.i].start : run.tokens[span.j - 1].end] == span_text:
                return found.features(span)
    raise AssertionError(f"no span {span_text!r} in {text!r}")


@pytest.mark.parametrize(
    ("text", "span", "cue"),
    [
        ("Denver-based Harrow Pelling won the contract.", "Harrow Pelling", "based_before"),
        ("Investors sold shares of Marwick Tull on Friday.", "Marwick Tull", "organisation_before"),
        ("Critics met outside Quorin's headquarters.", "Quorin", "organisation_after"),
        ("Quorin unveiled the new SkyPad today.", "SkyPad", "launched_before"),
        ("The SkyPad was launched in May.", "SkyPad", "launched_after"),
        ("Talks with Okwu Nnadi, who chairs the panel, ended.", "Okwu Nnadi", "who_after"),
        ("Yesterday Varnholt Quence said its bid was the cheapest.", "Varnholt Quence", "said_it"),
        ("Later Dries Ollamert said she would stay.", "Dries Ollamert", "said_he_or_she"),
        ("Later Dries Ollamert said little.", "Dries Ollamert", "speech_after"),
        ("Profits rose at Skyvane, the Irish airline, on Monday.", "Skyvane", "described_as:ORG"),
        ("Later Dorrin Vale, a spokesman for the club, left.", "Dorrin Vale", "described_as:PERSON"),
        ("The concert featured pianist Tobiah Wrenfold.", "Tobiah Wrenfold", "noun_before:PERSON"),
        ("Most readers use the web browser Quillfox daily.", "Quillfox", "noun_before:OTHER"),
        ("She was born in the village of Brisk.", "Brisk", "settlement_before"),
        ("Ostervik is a small town in the north.", "Ostervik", "settlement_after"),
        ("The camp lies two miles north of Quenvard now.", "Quenvard", "where_before"),
        ("He played 26 games for Lausanne last year.", "Lausanne", "plays_for_before"),
        ("The jet landed at Quorlow airport on time.", "Quorlow", "place_noun_after"),
        ("He grew up in Brackton, Texas before moving.", "Brackton", "region_after"),
        ("Yesterday President Anneke Vos opened the bridge.", "Anneke Vos", "title_before"),
        ("The President of Norway spoke first.", "Norway", "title_of_before"),
        ("Fans bought the SkyPad at launch.", "SkyPad", "camel_case"),
        ("The seat went to Tsang Mei-ling after a recount.", "Tsang Mei-ling", "syllable_pair"),
        ("They questioned George F. Hauser at noon.", "George F. Hauser", "has_initial"),
        ("The troops of De Trobriand marched.", "De Trobriand", "particle_first"),
        ("Forms must be filled in English.", "English", "language_use"),
        ("Security was tight. The security men left.", "Security", "written_lower_case_elsewhere"),
        ("Security was tight.", "Security",
         "position:start+common_first+nowhere_else_capitalised"),
        ("Theresa May spoke. May said no.", "May", "surname_in_text"),
        ("The Quorin Group grew. Later Quorin left.", "Quorin", "part_of_a_longer_name_elsewhere"),
        ("Shares in Google rose.", "Google", "known_org"),
        ("Fans of Perth Glory sang.", "Perth Glory", "place_first"),
        ("The Chilean Foreign Minister spoke.", "Chilean Foreign Minister", "title_last"),
    ],
)
def test_each_cue_is_named_evidence(text, span, cue):
    assert cue in evidence_of(text, span)


def test_a_description_reads_its_head_noun_not_a_possessive_before_it():
    # "the country's largest mobile operator" describes an operator, not a country
    found = evidence_of("Later Quorvane, the country's largest mobile operator, said so.", "Quorvane")
    assert "described_as:PLACE" not in found and "described_as:ORG" in found


def test_every_evidence_key_reads_as_words():
    from newsview.models.evidence import describe

    text = "Yesterday President Anneke Vos of the Quorin Group said its bid was the cheapest."
    for span in ("Anneke Vos", "Quorin Group"):
        for feature in evidence_of(text, span):
            words = describe(feature)
            assert words and words != feature, feature


# --- what engine v2 must get right ---------------------------------------------------------------

def typed(text: str) -> dict[str, str]:
    from newsview.models.analysis import analyse

    return {e.name: e.type for e in analyse(text).entities}


def test_names_at_the_start_of_a_one_line_text():
    assert typed("Tony Blair met George Bush in Washington on Monday.") == {
        "Tony Blair": "PERSON", "George Bush": "PERSON", "Washington": "GPE"}
    assert typed("Maria Lopez met Jose Perez in Lima on Monday.") == {
        "Maria Lopez": "PERSON", "Jose Perez": "PERSON", "Lima": "GPE"}


def test_a_capitalised_common_noun_opening_a_sentence_is_no_name():
    found = typed("Café owner René Dubois said the plan failed.")
    assert found == {"René Dubois": "PERSON"}


def test_initials_and_long_names_stay_whole():
    assert spans("The study by C. Spearman was cited in the United Arab Emirates.") == [
        "C. Spearman", "United Arab Emirates"]


def test_initials_opening_a_sentence_or_a_text_stay_with_the_name():
    # a capital letter alone is an everyday word ("A", "I"); with a full stop before a
    # surname it is an initial, wherever the name stands
    assert spans("C. Spearman published the paper in 1904.") == ["C. Spearman"]
    assert spans("It rained. J. K. Rowling wrote on.") == ["J. K. Rowling"]


def test_no_scores_or_minutes_glued_to_names():
    assert spans("Masayuki Okano 75 scored. China 0 Uzbekistan 2 was the result.") == [
        "Masayuki Okano", "China", "Uzbekistan"]


def test_a_score_at_the_end_of_a_results_line_is_no_part_of_the_team():
    assert spans("The cup ended Hull 0 Fenwick Rovers 2.") == ["Hull", "Fenwick Rovers"]
    assert spans("It ended Tarvin Athletic 3 Colbury 1 after extra time.") == [
        "Tarvin Athletic", "Colbury"]
    # a model's number still belongs to its name
    assert "Windows 7" in spans("The office still runs Windows 7.")


def test_a_verb_in_the_imperative_opening_a_line_is_no_part_of_the_name_after_it():
    text = ("By the end of this section, you will be able to:\n\n"
            "Describe Einstein\u2019s view of gravity as the warping of spacetime\n")
    assert "Einstein" in named(text) and "Describe Einstein" not in named(text)
    assert "Dora Quill" in named("Meet Dora Quill, the teacher who runs for mayor.")
    assert named("Explain Newton\u2019s concept of force.")["Newton"].type == "PERSON"


def test_a_tally_after_a_name_is_no_part_of_it():
    text = ("Results:\n\n1. Luc Alphand (France) 2:01.49\n\nStandings:\n\n"
            "1. Alphand 180 points\n")
    assert [m.text for m in named(text)["Luc Alphand"].mentions] == ["Luc Alphand", "Alphand"]


def test_a_score_after_the_other_teams_scorers_is_no_part_of_the_team():
    assert spans("Tarvin Athletic 2 (Quill 23, Van Morten 71 pen) Colbury JC 0. Halftime 1-0.") == [
        "Tarvin Athletic", "Quill", "Van Morten", "Colbury JC"]


def test_an_adjective_made_from_a_name_does_not_start_a_person():
    assert spans("Blairite Alan Milburn quit the cabinet.") == ["Alan Milburn"]
    assert spans("The veteran Thatcherite John Redwood resigned.") == ["John Redwood"]


def test_a_greeting_before_a_holiday_names_no_one():
    from newsview.models.analysis import analyse

    found = analyse("Merry Christmas from everyone at the shop.").entities
    assert [e.name for e in found if e.type == "PERSON"] == []


def test_a_patronymic_holds_a_persons_name_together_and_types_it():
    found = named("The court wants Osama Bin Laden and two aides. Bin Laden is in hiding.")
    person = found["Osama Bin Laden"]
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions] == ["Osama Bin Laden", "Bin Laden"]


def test_an_adverb_opening_a_sentence_is_no_name():
    text = "Incidentally, the vote was close. Apparently, Kelly Ruiz won it. Italy, meanwhile, wept."
    assert spans(text) == ["Kelly Ruiz", "Italy"]
    assert spans("Indeed, the vote was close. Nationwide, sales fell.") == []
    # a name the article opens sentences with, or writes inside one, stays a name
    found = entities("Orchard, the firm, grew. Orchard said so.")
    assert 0 in [m.start for e in found for m in e.mentions]


def test_joined_nationality_words_name_a_group():
    found = named("Thousands of Cuban-Americans marched and Irish Americans cheered them on.")
    assert found["Irish Americans"].type == "NORP"


def test_a_name_before_a_states_abbreviation_is_a_town():
    found = named("FAIRVALE, Mo. _ The council met. Staff said Rick Ware, Mo., was wrong.")
    assert found["FAIRVALE"].type == "GPE"
    assert found["Rick Ware"].type == "PERSON"  # a person named with a given name stays one


def test_a_foreign_legal_form_makes_a_company():
    found = named("The board of Lorvane S.A. met in Paris. Lorvane said profits rose.")
    company = found["Lorvane S.A."]
    assert company.type == "ORG" and [m.text for m in company.mentions] == ["Lorvane S.A.", "Lorvane"]


def test_a_title_inside_a_persons_name_parts_it():
    found = named("Shares rose after Vantrel Chairman Asher Edelman spoke. Edelman smiled.")
    assert [m.text for m in found["Asher Edelman"].mentions] == ["Asher Edelman", "Edelman"]
    assert not any("Chairman" in name for name in found)


def test_a_news_agency_in_brackets_is_no_acronym_of_the_dateline():
    found = named("CAGUAS, Puerto Rico (AP) _ Police found the store owner.")
    assert [m.text for m in found["Puerto Rico"].mentions] == ["Puerto Rico"]
    assert found["AP"].type == "ORG"


def test_a_given_name_keeps_the_surname_after_it():
    found = named("U.S. Secretary of State Madeleine Albright flew to Nairobi.")
    assert "Madeleine Albright" in found and "Albright" not in found


def test_a_name_before_based_is_the_place_alone():
    assert spans("The deal with New York-based Lintex was approved.")[0] == "New York"
    assert [e.name for e in entities("Iraqi-bound ships waited offshore.")] == ["Iraq"]


def test_a_named_storm_is_one_event_and_its_bare_name_joins_it():
    found = named("Typhoon Haiyan hit Tacloban. Forecasters said Haiyan was the worst yet.")
    storm = found["Typhoon Haiyan"]
    assert storm.type == "OTHER" and [m.text for m in storm.mentions] == ["Typhoon Haiyan", "Haiyan"]
    found = named("Hurricane Rita grew. The National Hurricane Center said Rita would turn.")
    assert found["Hurricane Rita"].type == "OTHER" and found["National Hurricane Center"].type == "ORG"


def test_a_storm_explains_its_type_as_a_convention():
    text = "Typhoon Haiyan hit Tacloban on the coast."
    storm = explained(text, "Typhoon Haiyan")
    assert storm.why.type[0][0].startswith("a storm's name") and storm.why.type[0][1] == 0.0


def test_a_title_joined_by_of_is_no_part_of_the_name_after_it():
    found = named("WASHINGTON (AP) --  Secretary of State Madeleine Albright invited them.")
    assert "Madeleine Albright" in found and not any("State" in name for name in found)


def test_an_adverb_in_ly_opening_a_sentence_is_no_name_even_without_a_comma():
    assert spans("Ultimately the vote was close. Kelly Ruiz won.") == ["Kelly Ruiz"]


def test_a_legal_form_after_a_possessive_ends_the_companys_name():
    found = named("Marlo's Inc. said it will report a loss. Marlo's shares fell.")
    assert found["Marlo's Inc."].type == "ORG"


def test_a_company_named_after_a_person_or_with_a_possessive_is_one_name():
    found = named("Tom Ardvale Industries Ltd., owned by Tom Ardvale, said so. "
                  "Moody's Investors Service Inc. cut the rating.")
    assert found["Tom Ardvale Industries Ltd."].type == "ORG"
    assert found["Moody's Investors Service Inc."].type == "ORG"


def test_a_countrys_full_name_is_kept_whole_and_a_place():
    found = named("Officials met United Arab Emirates envoys and the Dominican Republic's team.")
    assert found["United Arab Emirates"].type == "GPE" and "Arab" not in found
    assert found["Dominican Republic"].type == "GPE"


def test_a_countrys_short_name_is_no_acronym_of_another_name():
    found = named("Universal Studios said the film topped the US box office.")
    assert [m.text for m in found["Universal Studios"].mentions] == ["Universal Studios"]


def test_a_name_before_winning_is_an_award():
    found = named("Oscar-winning director Steven Spielberg spoke. The Oscar went to him.")
    assert found["Oscar"].type == "OTHER"


def test_a_name_with_and_inside_is_one_where_the_text_writes_its_acronym():
    found = named("The Immigration and Naturalization Service ruled. The INS said so. "
                  "Ford and General Motors fell.")
    assert [m.text for m in found["Immigration and Naturalization Service"].mentions] == [
        "Immigration and Naturalization Service", "INS"]
    assert "Ford" in found and "General Motors" in found
    # its acronym in brackets after it, one inner word's initial left out
    found = named("The future settled higher on the Velmora International Financial Futures and "
                  "Options Exchange (VIFFE) on Friday.")
    name = "Velmora International Financial Futures and Options Exchange"
    assert [m.text for m in found[name].mentions] == [name, "VIFFE"]
    # or with "in", "for", "on" or "at" inside
    found = named("Sales rose, said the Quarry Media in Retail Group (QMRG). QMRG chief Ann Bell agreed.")
    name = "Quarry Media in Retail Group"
    assert [m.text for m in found[name].mentions] == [name, "QMRG", "QMRG"]


def test_a_place_spelled_with_lower_case_words_is_one_name():
    found = named("Ministers from Trinidad and Tobago flew to Dar es Salaam.")
    assert found["Trinidad and Tobago"].type == "GPE" and found["Dar es Salaam"].type == "GPE"


def test_a_dateline_in_capitals_is_the_same_place_and_named_as_written_in_the_text():
    found = named("DAR ES SALAAM, Tanzania (AP) _ Officials in Dar es Salaam met.")
    assert [m.text for m in found["Dar es Salaam"].mentions] == ["DAR ES SALAAM", "Dar es Salaam"]


def test_a_town_that_plays_is_a_club():
    text = ("Leeds manager Kevin Blackwell was pleased. Leeds beat Hull at home, "
            "while Wigan lost to Derby. Police in Norwich were praised.")
    found = named(text)
    for club in ("Leeds", "Hull", "Wigan", "Derby"):
        assert found[club].type == "ORG", club
    assert found["Norwich"].type == "GPE"  # a town that does not play stays a place
    found = named("Sheffield are a good side. York, the league's bottom club, lost.")
    assert found["Sheffield"].type == "ORG" and found["York"].type == "ORG"


def test_a_country_beaten_outside_a_sentence_about_a_match_stays_a_place_and_a_results_line_needs_scores():
    found = named("Jordan beat Syria in Amman. Train Number 1 Bangkok left at dawn.")
    assert found["Syria"].type == "GPE" and found["Bangkok"].type == "GPE"


def test_a_plural_title_is_no_part_of_the_names_after_it():
    found = named("Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed.")
    assert found["Leonid Kuchma"].type == "PERSON"


def test_a_title_case_headline_is_cut_at_its_everyday_words():
    text = ("Vela Defends Lima Water Record Before Congress\n\n"
            "Ana Vela said the Lima water board had met its targets.")
    headline = sorted((m.start, m.text) for e in entities(text) for m in e.mentions
                      if m.start < text.index("\n"))
    assert [name for _, name in headline] == ["Vela", "Lima", "Congress"]


def test_a_headline_keeps_a_name_the_article_writes_whole():
    text = ("Lakeside Water Board Rejects Plan\n\n"
            "The Lakeside Water Board said on Friday it would not pay.")
    assert spans(text)[0] == "Lakeside Water Board"


def test_a_quoted_title_of_a_work_is_whole_and_other():
    found = named('She read "The Quiet Orchard of Lanterns" twice in Lima.')
    assert found["Quiet Orchard of Lanterns"].type == "OTHER"


def test_a_party_named_as_a_noun_is_an_organisation_its_adjective_a_group_word():
    found = named("Labour and the Tories clashed as a Labour MP and the Tory leader spoke.")
    assert found["Labour"].type == "ORG" and found["Tories"].type == "ORG"
    assert [(m.text, m.form) for m in found["Labour"].mentions] == [
        ("Labour", "name"), ("Labour", "demonym")]
    assert [(m.text, m.form) for m in found["Tories"].mentions] == [
        ("Tories", "name"), ("Tory", "demonym")]


def test_a_company_written_together_links_to_its_spaced_name():
    found = named("Shares in Time Warner fell. Critics of TimeWarner said so.")
    assert [m.text for m in found["Time Warner"].mentions] == ["Time Warner", "TimeWarner"]


def test_explain_lists_the_evidence_for_the_type_and_the_links():
    from newsview.models.analysis import analyse

    text = "Quorin Group said its profits rose. Later Quorin said its staff would grow."
    plain = analyse(text)
    explained = analyse(text, explain=True)
    assert [e.why for e in plain.entities] == [None] * len(plain.entities)
    group = next(e for e in explained.entities if e.name == "Quorin Group")
    assert group.type == "ORG"
    assert group.why is not None and group.why.type
    # (a convention, weighing 0, comes first: "Quorin" alone is the company by one)
    weights = [weight for _, weight in group.why.type if weight]
    assert weights[0] > 0 and all(isinstance(words, str) for words, _ in group.why.type)
    for_it = [w for w in weights if w > 0]
    assert for_it == sorted(for_it, reverse=True)  # the strongest evidence first
    assert ("Quorin", "Quorin Group", "short form of") in group.why.links
    # without the explanations, the same entities
    assert [(e.name, e.type, e.mentions) for e in plain.entities] == [
        (e.name, e.type, e.mentions) for e in explained.entities]


def test_a_state_abbreviation_after_a_town_is_the_state():
    found = named("The plant in Memphis, Tenn., was closed. Tennessee officials were upset, "
                  "and the one in Trenton, N.J. was sold.")
    assert found["Tennessee"].type == "GPE"
    assert sorted(m.text for m in found["Tennessee"].mentions) == ["Tenn", "Tennessee"]
    assert found["N.J."].type == "GPE"
    # only after a town: a title or a word elsewhere stays what the weights read
    assert "Miss" not in named("Miss Jones spoke to the crowd.")


def test_a_title_between_a_company_and_a_person_belongs_to_neither():
    # where the weights read "Kellogg Chairman" as one name before "William E. LaMothe" (as
    # they do in a long report full of bare "Kellogg"s), the title is cut off
    from newsview.models.candidates import read_runs
    from newsview.models.entities import ORG, PERSON, _titles_cut_off
    from newsview.models.lexicon import lexicon
    from newsview.models.text import sentence_spans

    text = "Kellogg Chairman William E. LaMothe said sales fell."
    runs, _ = read_runs(text, sentence_spans(text), [], lexicon())
    run = runs[0]
    assert [t.text for t in run.tokens] == ["Kellogg", "Chairman", "William", "E.", "LaMothe"]
    options = {(0, 1): 0, (0, 2): 1, (2, 5): 2}
    scores = [(1.0, 4.0, 0.0, 0.0, 0.0), (3.0, 2.0, 0.0, 0.0, 0.0), (9.0, 0.0, 0.0, 0.0, 0.0)]
    chosen = [(0, 2, PERSON), (2, 5, PERSON)]
    assert _titles_cut_off(run, chosen, options, scores, lexicon()) == [(0, 1, ORG), (2, 5, PERSON)]
    # what is left is no name when nothing speaks for it
    scores[0] = (-1.0, -2.0, -3.0, -4.0, -5.0)
    assert _titles_cut_off(run, chosen, options, scores, lexicon()) == [(2, 5, PERSON)]
    # with no person after it, the title still names no one: "the Kellogg Chairman" is Kellogg
    scores[0] = (1.0, 4.0, 0.0, 0.0, 0.0)
    assert _titles_cut_off(run, [(0, 2, PERSON)], options, scores, lexicon()) == [(0, 1, ORG)]
    # unless nothing but the title's words speak for a name: then it stands (an office's name)
    scores[0] = (-1.0, -2.0, -3.0, -4.0, -5.0)
    assert _titles_cut_off(run, [(0, 2, PERSON)], options, scores, lexicon()) == [(0, 2, PERSON)]


def test_a_company_named_with_its_legal_form_is_an_organisation_however_often_bare():
    text = ("Kellogg Co. delayed the plant. Kellogg said it would wait. Kellogg has lost share, "
            "and Kellogg expects to recover. Kellogg declined to comment.")
    entity = named(text)["Kellogg Co."]
    assert entity.type == "ORG" and len(entity.mentions) == 5


def test_a_nationality_word_is_the_group_whatever_the_weights_read():
    text = ("Iraqi military authorities ordered all Americans and Britons in Kuwait to assemble. "
            "A total of about 3,000 Americans remain. There was no shipping in Kuwaiti ports.")
    found = named(text)
    assert found["Americans"].type == "NORP" and len(found["Americans"].mentions) == 2
    assert sorted(m.text for m in found["Kuwait"].mentions) == ["Kuwait", "Kuwaiti"]


def test_the_first_digits_of_a_count_are_no_part_of_a_name():
    assert "About 3" not in spans("About 3,000 Americans remain in the city, officials said.")


def test_a_person_of_a_place_is_two_names():
    assert typed("Warrants were issued for James C. Kopp of St. Albans on Monday.") == {
        "James C. Kopp": "PERSON", "St. Albans": "GPE"}


def test_a_country_opening_a_sentence_is_the_country_though_an_everyday_word():
    # "japan", "china", "turkey" are also dictionary words; after a headline in capitals the
    # weights dropped "Japan" at the sentence's start
    text = ("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n"
            "Japan began the defence of their title with a 2-1 win against Syria .")
    found = named(text)
    assert found["Japan"].type == found["Syria"].type == "ORG"  # both sides of the match
    assert {m.text for m in found["Japan"].mentions} == {"JAPAN", "Japan"}
    assert named("Turkey said on Monday it would not join.")["Turkey"].type == "GPE"


def test_a_place_named_in_several_words_holds_together_on_a_line_in_capitals():
    found = named("AL-AIN , United Arab Emirates 1996-12-06\nThe match was played at night.")
    assert found["United Arab Emirates"].type == "GPE" and "Arab" not in found


def test_a_nationality_word_before_cup_or_games_names_a_contest():
    found = named("Japan began the defence of their Asian Cup title. She ran at the Asian Games.")
    assert found["Asian Cup"].type == "OTHER" and found["Asian Games"].type == "OTHER"
    assert "Asia" not in found
    assert named("England lost in the European Championship final.")[
        "European Championship"].type == "OTHER"
    assert named("The African Union met in Addis Ababa.")["African Union"].type == "ORG"


def test_a_contest_explains_its_type_as_a_convention():
    text = "Japan began the defence of their Asian Cup title on Friday."
    cup = explained(text, "Asian Cup")
    assert cup.why.type[0][0].startswith("a nationality word before")


def test_two_particles_open_a_surname_and_its_short_form_links():
    found = named("The spokesman Nikolaus van der Pas told a briefing. Van der Pas said more.")
    assert {m.text for m in found["Nikolaus van der Pas"].mentions} == {
        "Nikolaus van der Pas", "Van der Pas"}


def test_a_particle_and_surname_stay_with_the_person_though_a_town_too():
    # "Cuellar" is a Spanish town: the weights read "Javier Perez" and left it out
    found = named("UN chief Javier Perez de Cuellar spoke.")
    assert found["Javier Perez de Cuellar"].type == "PERSON" and "Javier Perez" not in found


def test_the_name_after_a_persons_of_is_no_person():
    found = named("Peter Smith of Oxford said so.")
    assert found["Peter Smith"].type == "PERSON" and found["Oxford"].type != "PERSON"


def test_a_name_before_family_names_people():
    assert named("The Jaffe family sold the land to Ramada Inc.")["Jaffe"].type == "PERSON"
    assert named("The Kennedy clan gathered at Hyannis Port.")["Kennedy"].type == "PERSON"
    assert named("A Chinese family moved in.")["China"].type == "GPE"  # a nationality stays


def test_a_title_after_the_kind_of_work_is_one_work():
    found = named("Spielberg's film Schindler's List won seven Oscars.")
    assert found["Schindler's List"].type == "OTHER" and "Schindler" not in found
    found = named("The film The Phantom Menace broke records. The Phantom Menace was long.")
    assert list(found) == ["The Phantom Menace"] and found["The Phantom Menace"].type == "OTHER"
    assert len(found["The Phantom Menace"].mentions) == 2
    found = named("It is based on the novel The Lord of the Rings by J.R.R. Tolkien.")
    assert found["The Lord of the Rings"].type == "OTHER" and found["J.R.R. Tolkien"].type == "PERSON"


def test_a_work_title_ends_before_a_preposition_and_a_name():
    found = named("She saw the film Titanic with Kate Winslet. The film Dances with Wolves won.")
    assert found["Titanic"].type == "OTHER" and found["Kate Winslet"].type == "PERSON"
    assert found["Dances with Wolves"].type == "OTHER"


def test_a_title_after_a_work_noun_that_reads_as_a_person_is_the_work_by_what_it_does():
    found = named("British film Vera Drake received three nominations. Velvet Harbour, starring "
                  "Johnny Depp, took $8m. The film, directed by Sam Raimi, starring Tobey Maguire, "
                  "sold well.")
    assert found["Vera Drake"].type == found["Velvet Harbour"].type == "OTHER"
    assert found["Johnny Depp"].type == found["Sam Raimi"].type == "PERSON"


def test_a_work_word_leaves_people_verbs_and_pronouns_alone():
    found = named("In the film Michael Caine plays a spy. Records show Lazaro Gonzalez left.")
    assert found["Michael Caine"].type == "PERSON" and found["Lazaro Gonzalez"].type == "PERSON"
    assert "I" not in named("There are some movies I want to see with Anna Berg.")


def test_a_name_ending_in_party_or_ministry_is_no_person():
    found = named("The newspaper of Cuba's Communist Party, daily Gramma, published a letter.")
    assert found["Communist Party"].type == "ORG"
    assert named("He was a founding member of the Dave Matthews Band.")[
        "Dave Matthews Band"].type == "ORG"
    found = named("The case has drawn criticism from groups including the Committee to Protect"
                  " Journalists and Reporters Without Borders.")
    assert found["Reporters Without Borders"].type == "ORG"
    assert named("Roberts Jones said so.")["Roberts Jones"].type == "PERSON"


def test_a_table_row_in_title_case_keeps_its_team_whole():
    found = named("Standings :\nNewcastle 4 3 1 0 9 4 10\nManchester United 4 2 2 0 8 3 8\n")
    assert found["Manchester United"].type == "ORG" and "United" not in found


def test_a_number_after_a_persons_name_is_no_part_of_it():
    found = named("England first innings\nM. Atherton b Waqar Younis 31\nA. Stewart b Ian Bell 44\n")
    assert found["Waqar Younis"].type == "PERSON" and found["Ian Bell"].type == "PERSON"
    assert found["M. Atherton"].type == "PERSON"  # initials: the batsman, not the town
    assert named("NASA launched Apollo 11 in 1969.")["Apollo 11"].type == "OTHER"
    assert set(named("Tensions rose in N. Korea.")) == {"N. Korea"}


def test_a_weakly_read_name_in_a_list_takes_the_lists_type():
    found = named("Bear Stearns, Morgan Stanley and Oppenheimer joined PaineWebber.")
    assert found["Oppenheimer"].type == "ORG"
    found = named("Ministers from France, Germany and Italy met Ed Balls.")
    assert found["Ed Balls"].type == "PERSON"  # no list member: it stays a person


def test_two_names_joined_by_and_take_one_type_where_one_is_read_weakly():
    found = named("Crews were sent to parts of Pinjar and Gnangara on Tuesday.")
    assert found["Pinjar"].type == "GPE" and found["Gnangara"].type == "GPE"
    found = named("The seat went to Gary Chan of DAB and Eunice Yung of NPP.")
    assert found["Gary Chan"].type == "PERSON" and found["Eunice Yung"].type == "PERSON"


def test_a_group_opening_a_sentence_is_no_part_of_the_name_it_is_of():
    assert set(named("Residents of New Orleans fled.")) == {"New Orleans"}
    assert set(named("Shares of Security Pacific Corp. rose.")) == {"Security Pacific Corp."}
    assert set(named("Members of Congress voted.")) == {"Congress"}


def test_a_plural_of_initials_names_no_one():
    assert set(named("He told MPs the war was just. MEPs and CEOs agreed with the BBC.")) == {"BBC"}
    assert named("Sales of CDs and DVDs fell as NGOs and SUVs gained.") == {}


def test_a_states_abbreviation_links_to_the_state_named_in_full():
    found = named("He moved to Albany, N.Y., last year. New York officials said so.")
    assert {m.text for m in found["New York"].mentions} == {"N.Y.", "New York"}


def test_a_company_named_with_a_foreign_legal_form_links_to_its_bare_name():
    found = named("Orkem S.A. made a bid. Orkem, France's third-largest chemical group, said it"
                  " would pay.")
    assert {m.text for m in found["Orkem S.A."].mentions} == {"Orkem S.A.", "Orkem"}
    assert found["Orkem S.A."].type == "ORG"


def test_a_nationality_of_two_words_opening_a_sentence_is_kept_whole():
    found = named("South African provincial side Boland said on Thursday they had signed him.")
    assert "South Africa" in found and "Africa" not in found
    assert [m.form for m in found["South Africa"].mentions] == ["demonym"]


def test_a_team_in_a_results_line_is_no_person():
    found = named("Results on Saturday :\nHapoel Haifa 3 Maccabi Tel Aviv 1\n")
    assert found["Hapoel Haifa"].type == "ORG" and found["Maccabi Tel Aviv"].type == "ORG"
    assert named("Tennis: John Smith 3 sets to 1.")["John Smith"].type == "PERSON"


def test_a_number_of_per_cent_is_no_part_of_a_name():
    found = named("Jerry Rawlings won. Early results gave Rawlings 57.2 percent of the vote.")
    assert [m.text for m in found["Jerry Rawlings"].mentions] == ["Jerry Rawlings", "Rawlings"]
    assert "Humidity 99" not in named("Rain today 1.8 mm. Humidity 99 %.")
    assert "Boeing 747" in named("The Boeing 747 landed.")


def test_a_one_word_team_of_a_results_line_is_the_club_in_the_prose_too():
    found = named("Lazio beat Roma 1-0 in the derby.\n\nResults:\n\nLazio 1 Roma 0\nNapoli 2 Reggiana 1\n")
    assert [(found[n].type, len(found[n].mentions)) for n in ("Lazio", "Napoli")] == [("ORG", 2), ("ORG", 1)]
    penalties = named("Neil Jenkins kicked well.\nPenalties: Jenkins 4 Burke 6\n")
    assert penalties["Neil Jenkins"].type == "PERSON"


def test_a_weekday_on_a_line_in_capitals_names_no_one():
    assert set(named("TENNIS - FRIDAY 'S RESULTS FROM PARIS .\nThe seeds won.")) == {"PARIS"}


def test_an_organisation_named_for_its_aim_is_one_name():
    found = named("Groups including the Committee to Protect Journalists criticised it.")
    assert found["Committee to Protect Journalists"].type == "ORG"
    assert named("The Campaign to Protect Rural England objected.")[
        "Campaign to Protect Rural England"].type == "ORG"


def test_campaign_groups_the_lists_know_are_organisations():
    found = named("Campaigners from Friends of the Earth marched on Saturday. The Sierra Club sued.")
    assert found["Friends of the Earth"].type == found["Sierra Club"].type == "ORG"


def test_a_name_right_after_a_noun_for_an_organisation_is_the_organisation():
    found = named("The collapse brought down the accounting firm Arthur Andersen. Critics "
                  "praised the band Keane on Monday. Dubai-based airline Emirates ordered jets.")
    assert found["Arthur Andersen"].type == found["Keane"].type == "ORG"
    assert found["Emirates"].type == "ORG"
    # a kind the fitted nouns lack, and the name's other mentions in the article follow it
    found = named("Corvelli founder jailed. A court sentenced the founder of the Italian dairy "
                  "group Corvelli. Corvelli collapsed in December with large debts.")
    assert found["Corvelli"].type == "ORG" and len(found["Corvelli"].mentions) == 3
    # a bank, and a word whose letters say nothing (unread) or read as a thing
    found = named("The loans came from Russian state bank Vretbank, and analysts at investment "
                  "bank Lazard agreed.")
    assert found["Vretbank"].type == found["Lazard"].type == "ORG"


def test_a_name_in_the_possessive_before_one_everyday_word_is_a_works_title():
    # the issue's "Schindler" (an organisation) and "List" left over
    found = named("Velmora directed Schindler's List in 1993, and Quorvane's Twelve opened in May.")
    assert found["Schindler's List"].type == found["Quorvane's Twelve"].type == "OTHER"
    assert "Schindler" not in found and "List" not in found
    # a possessor named elsewhere, a person named in full, a party or a place word is no title
    found = named("Dora Quill met Brandt. Brandt's Cabinet agreed, and Gustav Kowalczyk's "
                  "Ecstasy opened. David Cameron's Conservatives won.")
    assert "Brandt" in found and "Gustav Kowalczyk" in found and "David Cameron" in found


def test_a_body_or_an_accord_named_for_its_subject_after_on_is_one_name():
    found = named("Velmora pulled out of the 1951 UN Convention on Refugees. Dora Quill spoke at "
                  "the Council on Foreign Relations in Brandt.")
    assert found["UN Convention on Refugees"].type == "OTHER"
    assert found["Council on Foreign Relations"].type == "ORG"
    assert "Refugees" not in found and "Brandt" in found


def test_a_name_before_a_noun_for_a_leaders_time_in_power_is_the_leaders():
    found = named("Life in the Thatcher era was hard. The Kowalczyk regime jailed him, and "
                  "the Abacha years were worse.")
    for leader in ("Thatcher", "Kowalczyk", "Abacha"):
        assert found[leader].type == "PERSON", leader
    # a party, a place or a group the lists know stays what it is
    found = named("The Labour government fell, the Kenya government said, and under the "
                  "Taliban regime women suffered.")
    assert found["Kenya"].type == "GPE" and found["Taliban"].type != "PERSON"
    assert found["Labour Party"].type == "ORG"


def test_a_broadcasters_initials_before_a_channels_words_name_one_organisation():
    found = named("Dora Quill told BBC Radio 4 that the Velmora office and CNN International "
                  "would close.")
    assert found["BBC Radio 4"].type == "ORG" and found["CNN International"].type == "ORG"
    assert "BBC" not in found


def test_a_name_between_the_and_a_noun_for_a_newspaper_is_the_papers():
    found = named("A report in the Velmora daily said the minister would resign.")
    assert found["Velmora"].type == "ORG"
    text = "A report in the Velmora daily said so."
    found = find_entities(text, sentence_spans(text), [], explain=True)
    assert any("newspaper" in evidence for evidence, _ in found[0].why.type)


def test_a_name_before_a_noun_for_a_craft_is_the_crafts():
    found = named("The planet was discovered in 2015 by NASA's Kepler spacecraft.")
    assert found["Kepler"].type == "OTHER" and found["NASA"].type == "ORG"


def test_a_nations_or_faiths_word_before_a_partys_plural_is_the_party():
    found = named("The opposition Christian Democrats won the state. The Spanish Socialists "
                  "lost ground.")
    assert found["Christian Democrats"].type == found["Spanish Socialists"].type == "ORG"
    assert "Spain" not in found


def test_an_organisation_whose_name_ends_in_s_is_known_by_it():
    found = named("Its bonds were cut to junk by Standard & Poor's in May. Moody's agreed. "
                  "Shoppers at Sainsbury's queued.")
    for name in ("Standard & Poor's", "Moody's", "Sainsbury's"):
        assert found[name].type == "ORG", name
        assert [m.text for m in found[name].mentions] == [name]


def test_a_name_before_a_possessives_unit_or_subsidiary_in_apposition_is_an_organisation():
    found = named("Delphi, GM's former parts unit, filed for bankruptcy. Halvorsen, Britain's "
                  "biggest insurer, said no. Smith, the company's chairman, left.")
    assert found["Delphi"].type == found["Halvorsen"].type == "ORG"
    assert found["Smith"].type == "PERSON"


def test_a_plural_noun_opening_a_sentence_is_no_name():
    found = named("The council met on Monday about the new road. Protesters said it would be "
                  "closed. Organisers said the march would go ahead. Researchers at the clinic "
                  "found nothing.")
    assert not {"Protesters", "Organisers", "Researchers"} & set(found)


def test_a_country_that_plays_in_a_match_is_its_national_side_and_one_beaten_in_trade_is_not():
    found = named("Norway beat Iceland 2 \u2013 1 in their World Cup qualifier on Saturday. Erling "
                  "Dahl scored both goals for Norway. Belgium defeated debutants Malta 3-0 in the "
                  "other group match. We beat China in every trade deal, the senator said.")
    for side in ("Norway", "Iceland", "Belgium", "Malta"):
        assert found[side].type == "ORG", side
    assert len(found["Norway"].mentions) == 2
    assert found["China"].type == "GPE"
    # a team's role or a score makes the sentence one about a match too
    found = named("Wales captain Garin Thorley led the celebrations with his players. Earlier, "
                  "France beat Italy 56-13 in Rome, with Tomas Ardin scoring twice.")
    for side in ("Wales", "France", "Italy"):
        assert found[side].type == "ORG", side
    assert found["Rome"].type == "GPE"
    # the other country of a side's sentence plays too, unless it is where the match is
    found = named("Japan began the defence of their Asian Cup title with a lucky 2-1 win against "
                  "Syria in a Group C match in Qatar. China crashed to a 2-0 defeat to newcomers "
                  "Uzbekistan.")
    for side in ("Japan", "Syria", "China", "Uzbekistan"):
        assert found[side].type == "ORG", side
    assert found["Qatar"].type == "GPE" and found["Group C"].type == "ORG"
    # an innings' total or the toss: "England were 152 for five", "Kent won the toss"
    found = named("On the opening day of the first test, Ireland were 152 for five at tea after "
                  "captain Orla Keane won the toss. Scotland were all out for 210 in the other match.")
    for side in ("Ireland", "Scotland"):
        assert found[side].type == "ORG", side


def test_a_town_with_a_sides_standing_or_after_a_win_over_is_a_club():
    found = named("Chelsea extended their lead with a 2-0 win over Newcastle at Stamford Bridge.")
    assert found["Chelsea"].type == "ORG" and found["Newcastle"].type == "ORG"
    found = named("Britain's win over France was welcome. London extended their ban on cars.")
    assert found["France"].type == "GPE" and found["London"].type == "GPE"


def test_a_town_before_a_players_position_or_in_brackets_after_him_is_his_club():
    found = named("Coach Dan Wyle recalled Leicester flanker Tom Ashby and Yorkshire batsman Sam "
                  "Pryce for the tour.")
    assert found["Leicester"].type == found["Yorkshire"].type == "ORG"
    found = named("Squad: Ned Harlow (Gloucester), Sam Vine (Harlequins), Bo Tate (Bath, captain).")
    for club in ("Gloucester", "Harlequins", "Bath"):
        assert found[club].type == "ORG", club
    # a country in brackets is the player's country, a place (CoNLL-2003's results)
    found = named("1. Ann Lobova (Russia) 4:01.23 2. Pete Arlo (U.S.) 4:02.11, the coach said.")
    assert found["Russia"].type == "GPE" and found["U.S."].type == "GPE"


def test_a_town_a_side_drew_at_or_faces_in_a_tie_is_a_club():
    found = named("Chelsea are eight points clear of Arsenal, who drew 1-1 at Tarvington on "
                  "Saturday. Drogba could return for the tie against Velmora.")
    assert found["Tarvington"].type == found["Velmora"].type == "ORG"
    found = named("Agassi won at Wimbledon in 1992.")
    assert found.get("Wimbledon") is None or found["Wimbledon"].type != "ORG"


def test_a_town_a_player_joins_is_his_club_and_a_town_joined_elsewhere_the_town():
    found = named("Varga began at Debreceni VSC before joining Tatabanya in 1992, where he won "
                  "two league titles. His wife joined Tatabanya's choir.")
    assert found["Tatabanya"].type == "ORG"
    found = named("In 1990 the plant joined Tatabanya's grid.")
    assert found["Tatabanya"].type == "GPE"
    assert named("He works for the sports channel Velmo Sport.")["Velmo Sport"].type == "ORG"


def test_a_short_family_name_written_first_keeps_its_given_name():
    assert "Xi Jinping" in named("Xi Jinping said on Monday that China would open up.")
    found = named("Xi Jinping met Prabowo Subianto. Xi and Prabowo signed deals.")
    assert found["Xi Jinping"].type == "PERSON"
    assert set(named("Top Obama aide resigns.")) == {"Obama"}


def test_a_prize_named_with_its_field_is_one_prize():
    found = named("She shared the Nobel Prize in Physics in 1903.")
    assert found["Nobel Prize in Physics"].type == "OTHER" and "Physics" not in found
    found = named("He won a Pulitzer Prize for NSA reporting.")
    assert found["Pulitzer Prize"].type == "OTHER" and found["NSA"].type == "ORG"


def test_the_letter_of_an_x_ray_and_an_adverb_opening_a_speakers_turn_name_nothing():
    assert named("They built mobile X-ray units and made a U-turn.") == {}
    assert "O" not in named("Shares in Vexa rose before its annual conference, Vexa I/O, in May.")
    assert "Honestly" not in named("Interviewer: What drew you?\nSmith: Honestly, it was my father.")


def test_a_person_named_right_after_a_countrys_full_name_is_no_part_of_it():
    found = named("According to the Afghan Ambassador to the United States Hamdullah Mohib, the"
                  " team was brave.")
    assert found["United States"].type == "GPE" and found["Hamdullah Mohib"].type == "PERSON"


def test_world_war_i_keeps_its_numeral_and_stays_apart_from_world_war_ii():
    found = named("In World War II he fought. After World War I ended, I left.")
    assert found["World War I"].type == "OTHER" and found["World War II"].type == "OTHER"
    assert [m.text for m in found["World War I"].mentions] == ["World War I"]


def test_a_person_of_a_place_is_two_names_whatever_the_whole_read_as():
    found = named("Maria Lopez of Oxford said the results were clear.")
    assert found["Maria Lopez"].type == "PERSON" and found["Oxford"].type != "PERSON"
    assert named("He studied at the University of Oxford.")["University of Oxford"].type == "ORG"


def test_a_party_before_a_plural_title_is_its_members_not_a_person():
    found = named("Tory MPs voted against the bill.")
    party = found["Conservative Party"]
    assert party.type == "ORG" and [m.text for m in party.mentions] == ["Tory"]
    assert [m.text for m in named("Syriza MPs voted against.")["Syriza"].mentions] == ["Syriza"]
    assert "EU" in named("EU Foreign Ministers met in Brussels.")


def test_a_partys_full_name_is_kept_whole_and_its_short_forms_link():
    found = named("Members of the Communist Party of China gathered. The CCP said no.")
    party = found["Communist Party of China"]
    assert party.type == "ORG" and {m.text for m in party.mentions} == {
        "Communist Party of China", "CCP"}
    assert "China" not in found


def test_an_interjection_of_speech_names_no_one():
    found = named("Mhm. We love a boyfriend that supports us, Carol. Aww, look at you! Yay!")
    assert set(found) == {"Carol"}
    found = named("INTERVIEWER: Did they train you?\n\nCAROL: Yeah.\n\nINTERVIEWER: Alright. "
                  "And the boat?\n\nCAROL: Okay, it sank. Yep.\n")
    assert set(found) <= {"INTERVIEWER", "CAROL"}


def test_a_kind_of_state_of_a_country_is_that_country():
    found = named("The Democratic Republic of Congo and the Kingdom of Bahrain signed a deal.")
    assert found["Democratic Republic of Congo"].type == "GPE"
    assert found["Kingdom of Bahrain"].type == "GPE"
    assert named("The Bank of England raised rates.")["Bank of England"].type == "ORG"


def test_a_score_written_as_one_token_is_no_part_of_a_name():
    found = named("Leeds beat Hull 3-0 on Saturday.")
    assert "Hull" in found and not any("3-0" in name for name in found)


def test_a_greeting_alone_before_a_holiday_is_no_given_name():
    assert set(named("The card said Merry Christmas, Jim.")) == {"Jim"}
    assert named("Merry Clayton sang backing vocals.")["Merry Clayton"].type == "PERSON"


def test_the_maker_of_a_work_is_a_person():
    found = named("The play was staged in Dublin alongside works by Yeats.")
    assert found["Yeats"].type == "PERSON"
    assert named("The deal was signed by Sony on Monday.")["Sony"].type == "ORG"


def test_a_town_a_player_plays_for_is_its_club():
    assert named("She signed for Bristol last week.")["Bristol"].type == "ORG"
    assert named("He made 40 appearances for Hull.")["Hull"].type == "ORG"
    assert named("He played with his children in London.")["London"].type == "GPE"


def test_an_initialism_of_a_thing_names_nothing():
    found = named("A limited edition holds a bonus CD. GDP grew while the IT team cut jobs.")
    assert found == {}
    assert named("Ai Weiwei spoke to Cd Projekt.").keys() == {"Ai Weiwei", "Cd Projekt"}


def test_a_name_ending_in_an_event_word_is_an_event():
    found = named("She won at the Brit Awards before playing the Glastonbury Festival.")
    assert found["Brit Awards"].type == "OTHER" and found["Glastonbury Festival"].type == "OTHER"
    assert named("Britain won the Davis Cup in Seville.")["Davis Cup"].type == "OTHER"
    found = named("Dora Quill led after the first round of the Australian Masters. Brandt won "
                  "the Velmora Masters last year.")
    assert found["Australian Masters"].type == found["Velmora Masters"].type == "OTHER"


def test_an_initialism_of_a_title_alone_names_no_one():
    assert named("Brown to quit as PM") == {}
    assert set(named("Tony Blair, the PM, met the local MP.")) == {"Tony Blair"}


def test_air_before_a_place_names_an_airline():
    found = named("Air Berlin and Air China ordered twelve jets.")
    assert found["Air Berlin"].type == "ORG" and found["Air China"].type == "ORG"
    found = named("Aer Lingus said it would cut fares, and Aer Arann agreed.")
    assert found["Aer Lingus"].type == "ORG" and found["Aer Arann"].type == "ORG"
    found = named("Gulf Air ordered 20 jets, and Korean Air followed. The open air concert ended.")
    assert found["Gulf Air"].type == found["Korean Air"].type == "ORG"


def test_an_everyday_word_in_capitals_is_emphasis_not_a_name():
    found = named("The staff are nice but the rest are VERY dishonest. The WHO and NASA met.")
    assert set(found) == {"WHO", "NASA"}


def test_an_everyday_word_in_capitals_the_article_writes_in_brackets_is_an_acronym():
    found = named("The Tin Authority of Peru Ltd (TAPL) and the Steel Authority of Lima (SAIL) met. "
                  "SAIL said it would sail on.")
    assert [m.text for m in found["Steel Authority of Lima"].mentions] == ["Steel Authority of Lima", "SAIL", "SAIL"]


def test_will_before_a_name_is_a_given_name_but_not_in_a_question():
    found = named("He met Will Young. Will Smith later said hello.")
    assert set(found) == {"Will Young", "Will Smith"}
    assert "Labour" in named("Will Labour win? Nobody knows.")
    assert named("Will Smith win the Oscar?").keys() == {"Oscar"}


def test_a_nationality_word_inside_a_name_is_part_of_an_organisations_name():
    found = named("Shares in Royal Dutch Shell fell, as did rivals Royal Dutch Shell and BP.")
    assert found["Royal Dutch Shell"].type == "ORG" and "The Netherlands" not in found
    assert named("The Dutch East Indies was a colony.")["Dutch East Indies"].type == "GPE"
    assert "British Prime Minister" not in named("British Prime Minister Tony Blair spoke.")


def test_a_vote_tally_or_a_bowlers_figures_is_no_part_of_a_name():
    found = named("The bill passed the Assembly of Veldoria 212-97 and went to the Senate.")
    assert "Assembly of Veldoria" in found and not any("212" in name for name in found)
    found = named("Bowling: Harrowby 10-1-42-3, Quintell 8-0-31-1.")
    assert not any(any(ch.isdigit() for ch in name) for name in found)
    # a model's variant goes on in hundreds and stays with its maker's name
    assert "Corvane 717-300" in named("The airline ordered a Corvane 717-300 last year.")


def test_a_row_of_a_table_ends_its_name_before_the_numbers():
    found = named("Standings:\nTarnford Rovers 17 10 4 3 30 16 34\nMELBRIDGE CITY 16 9 5 2 .561")
    assert {"Tarnford Rovers", "MELBRIDGE CITY"} <= set(found)
    assert not any(any(ch.isdigit() for ch in name) for name in found)


def test_a_country_in_brackets_after_a_player_is_where_the_player_is_from():
    found = named("Carl Brenner (U.S.) beat Lars Olofsson (Sweden) 6-3 6-4 7-5.")
    assert found["Sweden"].type == "GPE" and found["Lars Olofsson"].type == "PERSON"


def test_a_countrys_short_name_in_brackets_is_no_alias_of_the_name_before():
    found = named("Stone Fields (U.S.) shot 69 to lead by a stroke.")
    assert "U.S." in found and [m.text for m in found["Stone Fields"].mentions] == ["Stone Fields"]
    assert [m.text for m in named("The Office for Budget Forecasts (OBF) said so.")[
        "Office for Budget Forecasts"].mentions] == ["Office for Budget Forecasts", "OBF"]


def test_a_name_in_capitals_before_a_dateline_is_the_place_filed_from():
    found = named("Vote delayed.\n\nAL-KHARIM, Veldoria 1996-12-06\n\nThe vote was delayed.")
    assert found["AL-KHARIM"].type == "GPE"
    assert named("PORT DESMOND (AP) - The vote was delayed.")["PORT DESMOND"].type == "GPE"
    # a comma before the date, and a second place after a slash
    found = named("Vote delayed.\n\nBRUSSELS/KALDERA, March 3 (Reuters) - The vote was delayed.")
    assert found["BRUSSELS"].type == "GPE" and found["KALDERA"].type == "GPE"


def test_a_sport_heading_a_wire_story_is_no_name():
    found = named("RUGBY UNION - TARNFORD BEAT MELBRIDGE.\n\nTarnford beat Melbridge 30-12.")
    assert not {"UNION", "RUGBY UNION", "RUGBY"} & set(found)
    assert "ATHLETICS" not in named("ATHLETICS - KOVAL WINS.\n\nIrena Koval won in Brno.")


def test_a_two_word_headline_is_cut_where_the_article_names_one_word():
    found = named("SOCCER - LEEDS WIN AT HULL.\n\nLeeds beat Hull 2-0 at home.")
    assert set(found) == {"Leeds", "Hull"}
    # the headline's mentions are the clubs the article's match makes them
    assert found["Leeds"].type == "ORG" and found["Hull"].type == "ORG"


def test_a_small_number_ending_a_row_of_a_table_is_no_part_of_a_name():
    board = "Tarek Oyelaran b Quintell 86\nJory Madsen c Pell b Harrowby 59\nExtras 12\n"
    found = named(board)
    assert {"Quintell", "Harrowby"} <= set(found)
    assert not any(any(ch.isdigit() for ch in name) for name in found)
    # a headline's model number stands above a dateline, not beside another row
    found = named("Corvane unveils Skyrail 95\nBRANDT, Veldoria 1995-08-24\nThe Skyrail 95 flew.")
    assert "Skyrail 95" in found


def test_the_names_of_a_cricket_scoreboard_are_players():
    board = ("Tarek Oyelaran b Quintell 86\nJory Madsen c Pell b Harrowby 59\n"
             "Bowling: Castlereagh 9-1-55-1, Harrowby 8-0-41-2\n")
    found = named(board)
    for name in ("Tarek Oyelaran", "Quintell", "Pell", "Harrowby", "Castlereagh"):
        assert found[name].type == "PERSON", name


def test_a_team_in_a_line_of_results_is_a_club_whatever_its_words_suggest():
    found = named("Division one: Barnsley 3 Bolton 2, Oldham 1 Crewe 1, Port Vale 2 Reading 0")
    assert found["Port Vale"].type == "ORG" and found["Reading"].type == "ORG"


def test_a_place_of_several_words_is_kept_whole_at_a_rows_start():
    found = named("NEW YORK 1996-12-06\n\nStandings:\n\nNEW YORK 14 5 .737 -\nTARNFORD 13 6 .684 1")
    assert "NEW YORK" in found and "YORK" not in found


def test_a_plural_everyday_word_opening_a_sentence_before_of_is_no_part_of_the_name():
    found = named("Results of Veldorian Basketball Association games came late.")
    assert "Veldorian Basketball Association" in found
    assert not any(name.startswith("Results") for name in found)
    assert "Friends of the Earth" in named("Friends of the Earth said so. He joined Friends of the Earth.")


def test_a_three_figure_score_parts_the_teams_of_a_results_line():
    found = named("Chicago 103 DETROIT 97\nUtah 111 Portland 102\n")
    assert {"Chicago", "DETROIT", "Utah", "Portland"} <= set(found)
    assert all(found[name].type == "ORG" for name in ("Chicago", "DETROIT", "Utah", "Portland"))


def test_an_overtime_mark_after_a_three_figure_score_ends_the_row_and_names_nothing():
    found = named("Chicago 103 ATLANTA 97\nHouston 110 SEATTLE 104 (OT)\nDallas 99 PHOENIX 98 (2OT)\n")
    assert {"Houston", "SEATTLE", "Dallas", "PHOENIX"} <= set(found)
    assert found["SEATTLE"].type == "ORG"
    assert not any(any(ch.isdigit() for ch in name) or "OT" in name for name in found), set(found)


def test_batsmen_and_bowlers_in_an_innings_bracket_are_players():
    found = named("Scores: Veldor 277-7 in 50 overs (Jory Madsen 104, Wasim Akram 52 not out; "
                  "Tarek Oyelaran 3-45). Brandt 231 (Idris Pell 67*).")
    for player in ("Jory Madsen", "Wasim Akram", "Tarek Oyelaran", "Idris Pell"):
        assert found[player].type == "PERSON", player
    assert named("Temperatures (Cape Town 21, Port Elizabeth 18).")["Cape Town"].type == "GPE"


def test_a_makers_name_and_a_models_code_are_one_product():
    found = named("Quindar took delivery of the Velmar QX820 and a Boeing 737-800. Passengers at "
                  "Terminal 5 took Route 66.")
    assert found["Velmar QX820"].type == "OTHER" and found["Boeing 737-800"].type == "OTHER"
    assert "Terminal 5" not in found or found["Terminal 5"].type != "OTHER"


def test_hyphenated_syllables_after_an_east_asian_family_name_are_the_given_name():
    found = named("Chiang Wan-an met Ban Ki-moon. Tony Blair-era policies stayed.")
    assert {"Chiang Wan-an", "Ban Ki-moon", "Tony Blair"} <= set(found)
    assert not any(name.endswith("-era") for name in found)


def test_analysts_at_a_name_speak_for_an_organisation():
    text = "Analysts at Nedbank said so. Economists with Quorvane agreed."
    found = {e.name: e for e in find_entities(text, sentence_spans(text), [], explain=True)}
    for name in ("Nedbank", "Quorvane"):
        assert any("'analysts at'" in evidence for evidence, _ in found[name].why.type), name


def test_a_name_in_the_possessive_before_a_country_is_its_leader():
    found = named("He sold munitions to Mussolini's Italy. Reuters's Britain desk agreed.")
    assert found["Mussolini"].type == "PERSON" and found["Reuters"].type == "ORG"


def test_a_team_of_a_results_line_ending_in_its_town_is_a_club_whatever_its_first_word():
    found = named("Vitesse Arnhem 1 Willem II Tilburg 1\nNAC Breda 0 Feyenoord Rotterdam 2\n")
    assert found["Willem II Tilburg"].type == "ORG"


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it():
    found = named("Born Gittel Kaimowitz in Kovno, she emigrated. Named Ana Vela's deputy in 1990, "
                  "he left. Max Born said so.")
    assert "Gittel Kaimowitz" in found and "Ana Vela" in found and "Max Born" in found
    assert not any(name.startswith(("Born ", "Named ")) for name in found)


def test_an_everyday_word_heading_a_table_names_nothing():
    found = named("Arsenal 2 Derby 2\n\nStandings (tabulated under played, won, lost, points):\n"
                  "Liverpool 16 9 4 3 31\n\nScores:\nLeeds 1 Hull 0\n")
    assert "Standings" not in found and "Scores" not in found
    assert {"Arsenal", "Liverpool", "Leeds"} <= set(found)


def test_an_everyday_word_labelling_a_tables_row_names_nothing():
    found = named("Scoreboard:\nJory Madsen c Pell b Oyelaran 12\nExtras (lb-4 w-3) 7\n"
                  "Total (for five wickets, 50 overs) 208\nBowling: Oyelaran 10-1-34-1\n\n"
                  "Idris Pell not out 90\nTotal (for six wickets, 48.2 overs) 209\n")
    assert "Total" not in found and "Extras" not in found and found["Jory Madsen"].type == "PERSON"


def test_scorers_and_their_minutes_after_a_score_are_players_without_the_minutes():
    found = named("Tarnford Rovers 3 (Jory Madsen 12, 55, Tarek Oyelaran 70) Melbridge City 1 "
                  "(Idris Pell 44).")
    for name in ("Jory Madsen", "Tarek Oyelaran", "Idris Pell"):
        assert found[name].type == "PERSON", name
    assert not any(any(ch.isdigit() for ch in name) for name in found)


def test_a_legislators_party_and_state_after_the_name_is_the_states_party_whole():
    found = named("Sen. Dora Quill, R-N.C., spoke. Rep. Amos Tarn (D-Calif.) and Sen. Ivo Renk "
                  "(R-AZ) agreed.")
    assert set(found) == {"Dora Quill", "R-N.C.", "Amos Tarn", "D-Calif.", "Ivo Renk", "R-AZ"}
    assert {found[tag].type for tag in ("R-N.C.", "D-Calif.", "R-AZ")} == {"ORG"}
    assert [m.text for m in found["Ivo Renk"].mentions] == ["Ivo Renk"]
    assert "D-Day" in named("Veterans met in Caen, D-Day veterans among them.")


def test_a_town_before_a_clubs_word_is_the_club():
    found = named("Plymouth Argyle signed the striker from Tottenham Hotspur.")
    assert found["Plymouth Argyle"].type == "ORG" and found["Tottenham Hotspur"].type == "ORG"


def test_a_name_ending_in_a_towns_that_plays_is_the_club():
    found = named("Bayern Munich were held 1-1 at home by Borussia Dortmund on Saturday. "
                  "Bayer Leverkusen drew 0-0 with Hansa Rostock.")
    for club in ("Bayern Munich", "Borussia Dortmund", "Bayer Leverkusen", "Hansa Rostock"):
        assert found[club].type == "ORG", club
    # a person whose surname is a town's too stays a person, held or not
    found = named("Mitchell Roberts was held in custody. Walker Evans beat the record.")
    assert found["Mitchell Roberts"].type == "PERSON"


def test_an_institution_of_two_fields_is_one_name():
    found = named("Observers from the Organisation for Security and Cooperation in Europe said so. "
                  "The Department of Trade and Industry in Brandt and the Ministry of Defence and "
                  "NATO agreed.")
    assert found["Organisation for Security and Cooperation in Europe"].type == "ORG"
    assert found["Department of Trade and Industry"].type == "ORG"
    assert {"Brandt", "Ministry of Defence", "NATO"} <= set(found)
    assert named("The Office of Science and Technology Policy said so.")[
        "Office of Science and Technology Policy"].type == "ORG"


def test_a_clubs_word_before_a_town_names_the_club():
    found = named("Red Star Belgrade and Dynamo Kiev advanced, while AC Milan fell.")
    for club in ("Red Star Belgrade", "Dynamo Kiev", "AC Milan"):
        assert found[club].type == "ORG", club


def test_a_clubs_own_name_before_its_town_is_the_club():
    found = named("Ajax Amsterdam, who host Utrecht on Sunday, lead by four points.")
    assert found["Ajax Amsterdam"].type == "ORG"
    assert named("The striker scored twice as PSV Eindhoven beat Utrecht.")["PSV Eindhoven"].type == "ORG"
    # an acronym before a town outside a match is the organisation alone
    assert "FBI Boston" not in named("The FBI Boston office said so.")


def test_a_town_before_a_teams_plural_is_the_team():
    found = named("The Chicago Bulls beat the Boston Celtics 103-97, and the New York Knicks "
                  "signed Dora Quill.")
    for team in ("Chicago Bulls", "Boston Celtics", "New York Knicks"):
        assert found[team].type == "ORG", team
    # a team's plural alone after "the" in a sentence about a match is the team
    assert named("The Bulls, who lost only once last season at home, improved to 18-1.")[
        "Bulls"].type == "ORG"
    # a team's own plural names the team wherever it stands: "pitched for the Pittsburgh Pirates"
    found = named("Dora Quill's father pitched one game for the Omaha Pirates in 1924.")
    assert found["Omaha Pirates"].type == "ORG"
    # no team where the plural is an everyday word outside a match, an agreement or a surname
    text = "Chicago Weekend Events listed the Oslo Accords and Miri Forbes."
    found = {e.name: e for e in find_entities(text, sentence_spans(text), [], explain=True)}
    assert "Chicago Weekend Events" not in found
    for name in ("Oslo Accords", "Miri Forbes"):
        assert not any("club" in evidence for evidence, _ in found[name].why.type), name


def test_a_clubs_town_in_the_possessive_is_the_club():
    found = named("Borussia Dortmund were held 1-1 by Hansa Rostock. Dortmund's Karl-Heinz "
                  "Riedle scored.")
    assert [m.text for m in found["Borussia Dortmund"].mentions] == ["Borussia Dortmund", "Dortmund"]


def test_a_country_in_a_headline_in_capitals_is_the_country_the_article_names():
    found = named("RUGBY UNION - AUSTRALIA BEAT ITALY 40-18.\n\nPADUA, Italy 1996-12-01\n\n"
                  "Australia overcame a spirited Italian side in Padua on Sunday.\n")
    assert [m.text for m in found["Italy"].mentions] == ["ITALY", "Italy", "Italian"]


def test_a_name_in_a_headline_in_capitals_is_the_name_the_article_writes():
    found = named("QUILLAN MEETS DORNEY IN BRANDT.\n\nPresident Edda Quillan met Premier Ivo Dorney "
                  "in Brandt on Monday. Quillan said it went well.")
    assert [m.text for m in found["Edda Quillan"].mentions] == ["QUILLAN", "Edda Quillan", "Quillan"]
    assert [m.text for m in found["Ivo Dorney"].mentions] == ["DORNEY", "Ivo Dorney"]


def test_a_possessive_in_a_headline_in_capitals_ends_the_name_before_it():
    found = named("BRANDT'S QUILLAN WINS SECOND TERM\n\nLUMA 1996-12-10\n\nBrandt's President Edda "
                  "Quillan won a second term on Tuesday. Quillan thanked voters.\n")
    assert [m.text for m in found["Brandt"].mentions] == ["BRANDT", "Brandt"]
    assert [m.text for m in found["Edda Quillan"].mentions] == ["QUILLAN", "Edda Quillan", "Quillan"]
    found = named("LUMA 1996-12-10\n\nD'ARCY'S O'SULLIVAN WINS\n\nAna D'Arcy and Eva O'Sullivan met. "
                  "D'Arcy said O'Sullivan won.\n")
    assert [m.text for m in found["Ana D'Arcy"].mentions] == ["D'ARCY", "Ana D'Arcy", "D'Arcy"]
    assert [m.text for m in found["Eva O'Sullivan"].mentions] == ["O'SULLIVAN", "Eva O'Sullivan", "O'Sullivan"]

def test_an_acronym_in_a_headline_in_capitals_is_the_acronym_the_article_writes():
    found = named("PERU'S VIBCO HALF-YEAR PROFIT UP 14 PCT\n\nLIMA 1996-12-04\n\nVela Iron and Brass Co "
                  "Ltd (VIBCO) said profit rose. VIBCO shares rose.\n")
    assert [m.text for m in found["Vela Iron and Brass Co Ltd"].mentions] == [
        "VIBCO", "Vela Iron and Brass Co Ltd", "VIBCO", "VIBCO"]

def test_a_town_heading_a_row_of_standings_is_its_club():
    found = named("Standings:\nBALTIMORE 70 63 .526 4 1/2\nBOSTON 67 67 .500 8\n")
    assert found["BALTIMORE"].type == "ORG" and found["BOSTON"].type == "ORG"
    assert named("Temperatures: London 12 15 18, Paris 14 16 19.")["London"].type == "GPE"


def test_a_dateline_stays_the_place_beside_a_club_of_its_name():
    found = entities("NBA RESULTS.\n\nNEW YORK 1996-12-06\n\nChicago 103 DETROIT 97\n"
                     "NEW YORK 98 Boston 90 (OT)\n")
    types = {(e.name, e.type) for e in found}
    assert {("NEW YORK", "GPE"), ("NEW YORK", "ORG"), ("DETROIT", "ORG")} <= types
    # with no club of its name, the dateline is the city the article names again
    london = named("LONDON 1996-12-07\n\nLeeds beat Bolton 2-0. London was cold.")["London"]
    assert [m.text for m in london.mentions] == ["LONDON", "London"]


def test_a_name_with_one_year_in_brackets_is_a_work():
    found = named("Her books include Silent Harbour (1988), Jaws (1975) and Northern Lights (1994).")
    for title in ("Silent Harbour", "Jaws", "Northern Lights"):
        assert found[title].type == "OTHER", title
    found = named("Abraham Lincoln (1809-1865) moved to Leeds (1830) with Mary Todd (1840).")
    assert found["Abraham Lincoln"].type == "PERSON" and found["Leeds"].type == "GPE"


def test_the_speakers_of_an_interview_are_people_or_organisations():
    text = ("Newsdesk: Why did you stand?\nMira Talvik: I grew up in Brandt.\n"
            "Newsdesk: Can you win?\nMira Talvik: Yes, I think we can.\n")
    found = named(text)
    assert found["Mira Talvik"].type == "PERSON"
    assert found["Newsdesk"].type in ("ORG", "PERSON")
    # one line before a colon is no interview: a place heading a report stays a place
    assert named("Tokyo: Shares rose on Friday.")["Tokyo"].type == "GPE"
    # a speaker whose surname is an everyday word keeps it; a turn opens like a sentence
    text = ("Interviewer: How did it start?\nDora Smith: Well, my father worked for Shell.\n"
            "Interviewer: And then?\nDora Smith: Kowalczyk called me.\n")
    found = named(text)
    assert found["Dora Smith"].type == "PERSON" and len(found["Dora Smith"].mentions) == 2
    assert "Well" not in found and "Kowalczyk" in found
    # a caption's label after a name stays out of it
    assert "Ahmed Tarik" in named("A photo of Ahmed Tarik Image: Reuters.")


def test_a_pronoun_for_someone_unnamed_is_no_name():
    assert named("Nobody in Westminster seemed to listen. Everyone knew.") .keys() == {"Westminster"}


def test_a_one_word_name_ending_in_shire_is_a_county():
    assert named("Ellison was born in Paisley, Renfrewshire, the daughter of an engineer.")[
        "Renfrewshire"].type == "GPE"


def test_a_title_news_writes_as_a_given_name_is_one_before_a_surname():
    assert "Dean Tarkowitz" in named("The robot contest was founded by Dean Tarkowitz in 1989.")
    assert "Earl Quimby" in named("The ruling was written by Earl Quimby in 1954.")
    assert "Charles Spencer" in named("Earl Charles Spencer spoke at the funeral.")


def test_a_nationality_word_before_a_given_name_and_more_is_the_persons_nationality():
    found = named("Kessler led by one, with Fiji's Arun Prakash and American Mark O'Meara a "
                  "stroke back. American Express and British Airways shares rose.")
    assert found["Mark O'Meara"].type == "PERSON"
    assert "American Mark O'Meara" not in found
    assert found["American Express"].type == "ORG" and found["British Airways"].type == "ORG"
    found = named("Russian Yevgeny Varlamov lost to Dutchman Richard Kooistra in the final.")
    assert found["Yevgeny Varlamov"].type == "PERSON" and found["Russia"].type == "GPE"
    assert found["Richard Kooistra"].type == "PERSON" and "Dutchman" in found["The Netherlands"].mentions[0].text


def test_a_holidays_or_faiths_name_alone_is_no_person_unless_a_given_name():
    found = named("Christmas came early for the toy shops of Delvale. Oscar said so.")
    assert found["Christmas"].type != "PERSON"
    assert found["Oscar"].type == "PERSON"


def test_an_awards_name_that_is_a_given_name_too_is_the_award_where_used_as_one():
    assert named("The Oscar nominations were announced on Tuesday.")["Oscar"].type == "OTHER"
    assert named("Oscar nominations announced\n\nThe film leads the race.")["Oscar"].type == "OTHER"
    assert named("She won an Emmy in 2004.")["Emmy"].type == "OTHER"
    assert named("Christmas came early. Oscar said so.")["Oscar"].type == "PERSON"


def test_a_name_before_said_is_the_speakers_whole_name_not_a_cut_off_work():
    assert named("After the film Tamsin Strand said little.")["Tamsin Strand"].type == "PERSON"
    assert named("After the song Varga Quarrie told reporters nothing.")["Varga Quarrie"].type == "PERSON"


def test_a_word_an_initial_and_a_word_are_one_name_however_the_weights_cut_them():
    found = named("The song was sung by Quillon K. Trusk on the radio.")
    assert found["Quillon K. Trusk"].type == "PERSON" and "Quillon" not in found


def test_a_nationality_word_before_a_known_place_names_a_place():
    assert named("Maps of Portuguese East Africa were drawn.")["Portuguese East Africa"].type == "GPE"
    assert named("The European Union met.")["European Union"].type == "ORG"
    assert named("British Honduras became Belize.")["British Honduras"].type == "GPE"


def test_a_nationality_word_before_a_word_that_ends_names_opens_the_name():
    found = named("The British Museum opened. The Irish Times reported it.")
    assert found["Irish Times"].type == "ORG"
    assert found["British Museum"].type in ("ORG", "LOC")  # an institution or its building
    assert "United Kingdom" not in found


def test_a_speakers_initials_opening_an_interviews_turns_are_the_person_named_in_full():
    text = ("Wikinews spoke to Marisol Quevedo, who runs a lifeboat trust.\n\n"
            "Wikinews: How did it begin?\n\nMQ: My father was a fisherman.\n\n"
            "Wikinews: And now?\n\nMQ: We have three boats.\n")
    found = named(text)
    assert [m.text for m in found["Marisol Quevedo"].mentions] == ["Marisol Quevedo", "MQ", "MQ"]
    assert "MQ" not in found


def test_an_institution_of_a_place_in_another_language_or_of_many_words_is_one_name():
    found = named("She studied at the Université de Montréal and the University of Santiago de "
                  "Compostela. Banco do Brasil lent money. The Musée du Louvre opened.")
    for name in ("Université de Montréal", "University of Santiago de Compostela",
                 "Banco do Brasil", "Musée du Louvre"):
        assert found[name].type == "ORG", name


def test_orchestras_choirs_foundries_and_seminaries_are_organisations():
    found = named("The Halvorsen Philharmonic played Mahler on Sunday. She sang with the Brindle "
                  "Valley Choir for years. He joined the Kessler Foundry in 1950. The Orvell "
                  "Seminary closed.")
    for name in ("Halvorsen Philharmonic", "Brindle Valley Choir", "Kessler Foundry", "Orvell Seminary"):
        assert found[name].type == "ORG", name


def test_a_name_ending_in_a_word_only_organisations_end_in_is_no_place_whatever_surrounds_it():
    assert named("Crowds gathered outside Delmont Hospital in the rain.")["Delmont Hospital"].type == "ORG"
    found = named("A fire broke out at Pellow School on Tuesday.")
    assert found["Pellow School"].type == "ORG" and "Pellow" not in found


def test_a_town_the_gazetteer_names_in_several_words_is_not_cut_into_towns():
    found = named("A station in Portugal, at Viana do Castelo, opened.")
    assert found["Viana do Castelo"].type == "GPE" and "Castelo" not in found


def test_a_capitalised_number_word_after_a_name_ends_it():
    found = named("It was shown on BBC One and BBC Two. Air Force One landed in Ohio.")
    assert found["BBC One"].type == found["BBC Two"].type == "ORG"
    assert [m.text for m in found["BBC One"].mentions] == ["BBC One"]
    assert "Air Force One" in found and "Air Force" not in found


def test_everyday_fields_joined_by_and_before_an_organisations_word_are_one_name():
    found = named("The results came as the US Securities and Exchange Commission continued to "
                  "look. Britain and France agreed.")
    assert found["US Securities and Exchange Commission"].type == "ORG"
    assert found["Britain"].type == found["France"].type == "GPE"
    found = named("The Irish Food and Drug Authority warned. French and German officials met. "
                  "It is a hub for American Airlines and Southwest Airlines.")
    assert found["Irish Food and Drug Authority"].type == "ORG"
    assert found["American Airlines"].type == found["Southwest Airlines"].type == "ORG"
    found = named("The Insurance and Pensions Authority of Kenya fined it, citing the United "
                  "Nations and Council of Europe conventions.")
    assert found["Insurance and Pensions Authority of Kenya"].type == "ORG"
    assert {"United Nations", "Council of Europe"} <= set(found)


def test_everyday_fields_joined_by_and_before_a_laws_word_are_one_law():
    found = named("Senators passed the Water Quality and Fisheries Act on Friday.")
    assert found["Water Quality and Fisheries Act"].type == "OTHER"
    found = named("The Rural Broadband Access and Housing Act, or RBAHA, lapsed.")
    assert [m.text for m in found["Rural Broadband Access and Housing Act"].mentions] == [
        "Rural Broadband Access and Housing Act", "RBAHA"]  # its initials with the A of "and"


def test_a_name_ending_in_an_events_word_is_the_event_even_after_a_given_name():
    found = named("The nominations for this year's Brit Awards came out. Lord Derby spoke.")
    assert found["Brit Awards"].type == "OTHER" and found["Derby"].type == "PERSON"
    assert named("The series won the Prince Eugen Medal in 1998.")["Eugen Medal"].type == "OTHER"


def test_names_listed_after_a_noun_for_their_kind_are_of_that_kind():
    found = named("The debate risked stirring up tension in towns such as Oldham and Bradford. "
                  "Companies such as Lazard and Piper Jaffray cut jobs, and games including "
                  "Ridge Racer were released.")
    assert found["Oldham"].type == found["Bradford"].type == "GPE"
    assert found["Lazard"].type == found["Piper Jaffray"].type == "ORG"
    assert found["Ridge Racer"].type == "OTHER"


def test_a_tour_of_a_place_is_one_race():
    found = named("Ugo Marle won a stage of the Tour of Spain on Saturday.")
    assert found["Tour of Spain"].type == "OTHER" and "Spain" not in found


def test_a_races_time_after_a_team_is_no_part_of_its_name():
    found = named("Stage result:\n\n1. Ugo Marle (France) VELTA 53 minutes 22 seconds\n\n"
                  "2. Ivo Brant (Italy) VELTA 1:05\n")
    assert "VELTA" in found and not any(name.startswith("VELTA ") for name in found)


def test_a_name_before_team_mate_is_the_team_wherever_the_article_names_it():
    found = named("Hill ended his battle with Wilcox team mate Jacques Vernet. He will drive "
                  "for Arrows after Wilcox dropped him.")
    assert found["Wilcox"].type == "ORG" and len(found["Wilcox"].mentions) == 2
    assert named("He was a 25-1 favourite with bookmakers Walter Hale.")["Walter Hale"].type == "ORG"


def test_a_word_the_lists_know_as_an_organisations_is_no_place_where_it_stands():
    found = named("The coalition faces a vote on the plan in the Knesset on Monday.")
    assert found["Knesset"].type == "ORG"


def test_a_name_where_only_an_organisation_stands_is_one_whatever_its_words():
    found = named("Analysts at Piper Jaffray said sales rose. He bought a stake in Walter Hale. "
                  "She joined Tony Blair in calling for calm.")
    assert found["Piper Jaffray"].type == found["Walter Hale"].type == "ORG"
    assert found["Tony Blair"].type == "PERSON"
    # a name read as a place no list knows, too; a place the gazetteer knows stays one
    found = named('"Rates will rise," said Ana Ruiz, a market strategist at Harwell Burnham Lambert. '
                  "The head of Europe at the bank quit.")
    assert found["Harwell Burnham Lambert"].type == "ORG" and found["Europe"].type == "LOC"


def test_a_title_after_a_noun_for_a_work_made_from_another_is_one_work():
    found = named("Velmora starred in the remake of The Harlow Sisters. Comedy sequel Meet the "
                  "Corvanes took $41m, and a sequel to Quill Street opens in May.")
    assert found["The Harlow Sisters"].type == found["Meet the Corvanes"].type == "OTHER"
    assert found["Quill Street"].type == "OTHER" and "Corvanes" not in found


def test_a_title_after_a_debut_is_one_work():
    found = named("Keane's debut Hopes and Fears sold two million copies. He made his debut "
                  "against Chelsea.")
    assert found["Hopes and Fears"].type == "OTHER" and "Fears" not in found


def test_a_plural_of_initials_ending_a_run_is_no_part_of_the_name():
    found = named("It is aimed at people switching from Windows PCs to the Mac.")
    assert "Windows" in found and not any("PCs" in name for name in found)


def test_an_organisation_the_lists_know_is_no_town_of_its_name_and_its_dotted_initials_are_it():
    found = named("Toyota shares rose on Monday. The U.N. said no, and the UN met again. "
                  "Clinton named William Cohen as Defense Secretary.")
    assert found["Toyota"].type == "ORG"
    assert found["U.N."].type == "ORG" and {m.text for m in found["U.N."].mentions} == {"U.N.", "UN"}
    assert "Defense Secretary" not in found and found["William Cohen"].type == "PERSON"


def test_an_unknown_name_before_a_gatherings_noun_is_the_gathering_not_a_place():
    found = named("Steve Jobs showed off the device at the Macworld conference in San Francisco. "
                  "Delegates at the Labour conference cheered. The NATO summit ended.")
    assert found["Macworld"].type == "OTHER" and found["San Francisco"].type == "GPE"
    assert found["NATO"].type == "ORG" and found["Labour Party"].type == "ORG"
    found = named("Mara Quell's Golden Meadow Road tour broke the record, after a New York tour.")
    assert found["Golden Meadow Road"].type == "OTHER" and found["New York"].type == "GPE"


def test_an_institutions_word_before_of_inside_a_name_makes_an_organisation():
    found = named("Lindqvist trained at the Royal Institute of Art in Stockholm from 1978.")
    assert found["Royal Institute of Art"].type == "ORG" and found["Stockholm"].type == "GPE"
    # whatever place's word ends it, and where the chosen span read as an organisation but its
    # scores as a place
    found = named("Her survey, published by the Botanical Society of the British Isles in 1952, "
                  "remained the standard.")
    assert found["Botanical Society of the British Isles"].type == "ORG"


def test_a_kind_of_work_after_a_capitalised_determiner_cues_its_title():
    found = named("She painted a lot. The series Dark Harbours sold out.")
    assert found["Dark Harbours"].type == "OTHER"


def test_a_state_before_a_partys_member_word_is_the_state_and_the_party():
    found = named("Jesse Helms, a North Carolina Republican, said he expected it.")
    assert found["North Carolina"].type == "GPE" and found["Republican Party"].type == "ORG"
    assert "North Carolina Republican" not in found


def test_a_given_name_after_a_persons_noun_is_a_person_whatever_word_ends_it():
    found = named("Clinton named national security adviser Anthony Lake to head the CIA. "
                  "They walked around Crystal Lake.")
    assert found["Anthony Lake"].type == "PERSON" and found["Crystal Lake"].type != "PERSON"


def test_a_name_ending_in_an_indexs_word_is_read_whole():
    found = named("The Dow Jones Industrial Average lost 315 points.")
    assert "Dow Jones Industrial Average" in found and "Dow Jones" not in found


def test_nationality_words_joined_by_a_hyphen_name_a_group_not_an_organisation():
    found = named("The Anglo-Dutch group made a profit. The Sino-Japanese war began.")
    assert found["Anglo-Dutch"].type == found["Sino-Japanese"].type == "NORP"


def test_a_word_in_ology_or_ism_names_a_belief_or_a_field_not_a_person():
    assert named("Dianology said on Monday that the claims were false.")["Dianology"].type != "PERSON"
    assert named("Raelism said on Monday that the claims were false.")["Raelism"].type != "PERSON"


def test_two_words_whose_last_the_article_uses_alone_for_a_person_are_the_full_name():
    found = named("In the third round Tiger Woods shot a 66 at Delvale. Woods said he was pleased. "
                  "Meanwhile Woods thanked the crowd.")
    assert [m.text for m in found["Tiger Woods"].mentions][:2] == ["Tiger Woods", "Woods"]
    assert found["Tiger Woods"].type == "PERSON" and "Meanwhile Woods" not in found


def test_an_organisations_word_of_two_places_is_one_name():
    found = named("The Law Society of England and Wales met the Bank of England and Barclays.")
    assert found["Law Society of England and Wales"].type == "ORG"
    assert "Bank of England" in found and "Barclays" in found


def test_a_name_after_the_capitalised_inside_a_sentence_is_a_title_not_a_place_or_person():
    found = named("The study appeared in The Quillet, and Mr Arden told The Ravenscourt so. "
                  "He then flew to The Hague.")
    assert found["Quillet"].type in ("ORG", "OTHER")
    assert found["Ravenscourt"].type in ("ORG", "OTHER")
    assert found["The Hague"].type == "GPE"  # (its article is its name's)


def test_a_nationality_word_and_a_contest_in_a_headlines_capitals_are_the_contest():
    found = named("TENNIS - FRENCH OPEN CHAMPION VARLAMOV BEATEN IN MOSCOW .\n\n"
                  "Yevgeny Varlamov lost in Moscow on Friday.\n")
    assert found["FRENCH OPEN"].type == "OTHER" and "France" not in found


def test_an_everyday_word_alone_in_a_line_of_capitals_names_nothing():
    found = named("SOCCER - DUTCH FIRST DIVISION RESULTS.\n\nResults of Dutch first division "
                  "matches on Saturday:\n\nVitesse Arnhem 2 Fortuna Sittard 0\n\n"
                  "SOCCER - SPANISH FIRST DIVISION RESULTS.\n\nResults of Spanish first division "
                  "matches on Saturday:\n\nReal Madrid 2 Sevilla 0\n")
    assert "RESULTS" not in found and found["Real Madrid"].type == "ORG"


def test_a_towns_name_before_newsroom_desk_or_bureau_is_the_agencys_office():
    found = named("Rates held. -- Valmont Newsroom +44 171 542 7171\n"
                  "Prices fell. -- New York Commodities Desk , 212-859-1646\n")
    assert found["Valmont Newsroom"].type == "ORG"
    assert found["New York Commodities Desk"].type == "ORG"


def test_an_organisation_the_lists_know_read_weakly_as_a_person_is_the_organisation():
    found = named("Miramax chief Harvey Weinstein said Finding Neverland had touched audiences. "
                  "Warner Bros, which distributed The Aviator in the US, said it was delighted.")
    assert found["Warner Bros"].type == "ORG" and found["Harvey Weinstein"].type == "PERSON"


def test_a_surname_opening_a_sentence_before_a_persons_verb_is_the_person():
    found = named("Lena Stones sang. Stones welcomed the crowd.")
    assert [m.text for m in found["Lena Stones"].mentions] == ["Lena Stones", "Stones"]


def test_a_surname_read_firmly_alone_is_the_person_where_the_weights_left_it_out():
    found = named("Ms. Vanterpool took the photograph. Both courts agreed and Vanterpool does "
                  "not dispute that. A ruling for Vanterpool would strip protection. "
                  "Vanterpool's test is at odds with both cases.")
    assert len(found["Vanterpool"].mentions) == 4 and found["Vanterpool"].type == "PERSON"


def test_a_name_ending_in_and_company_or_and_son_is_one_firm():
    found = named("He worked for two years at Robert Stephenson and Company in Newcastle. "
                  "The works were taken over by Henschel & Son in 1931, and the bank by "
                  "Barclay and Co. later.")
    assert found["Robert Stephenson and Company"].type == "ORG"
    assert found["Henschel & Son"].type == "ORG" and found["Barclay and Co."].type == "ORG"
    assert "Robert Stephenson" not in found and "Henschel" not in found


def test_an_honorific_opening_a_name_is_no_part_of_the_persons_name():
    found = named("She was the second daughter of a minister, the Rev. Alasdair Dunmore, and his "
                  "wife. Her father was born in Perth.")
    assert found["Alasdair Dunmore"].type == "PERSON" and "Rev. Alasdair Dunmore" not in found
    found = named("They sailed to Prince Edward Island, then to St. Louis.")
    assert found["Prince Edward Island"].type != "PERSON" and found["St. Louis"].type == "GPE"


def test_a_titles_word_before_a_generations_mark_is_a_surname():
    found = named("The Rev. Martin Luther King Jr. spoke in Washington in 1963.")
    assert found["Martin Luther King Jr."].type == "PERSON"
    assert "Jr." not in found and "Martin Luther" not in found


def test_the_liberals_and_the_australian_greens_are_parties():
    found = named("Julia Gillard said a vote for the Greens was a vote for the Liberals. The "
                  "Australian Greens candidate disagreed.")
    assert found["Liberals"].type == "ORG" and found["Australian Greens"].type == "ORG"


def test_a_partys_adjective_that_is_an_everyday_word_opening_a_sentence_is_no_party():
    assert named("Conservative estimates put the figure at 300.") == {}
    assert named("Liberal arts colleges are small.") == {}
    found = named("Conservative co-chairman Liam Fox spoke. Tory marginals are the target.")
    assert [m.text for m in found["Conservative Party"].mentions] == ["Conservative", "Tory"]


def test_a_patrons_possessive_opening_an_institutions_name_is_part_of_it():
    found = named("The doctors at King's College Hospital said it would help. He was moved to "
                  "St Thomas' Hospital, then to Guy's Hospital. The Prince's Trust paid.")
    assert found["King's College Hospital"].type == "ORG"
    assert found["St Thomas' Hospital"].type == "ORG" and found["Guy's Hospital"].type == "ORG"
    assert found["Prince's Trust"].type == "ORG"
    # an owner's possessive stays apart
    found = named("Britain's National Health Service is big.")
    assert found["Britain"].type == "GPE" and found["National Health Service"].type == "ORG"


def test_a_town_after_an_institution_and_a_comma_is_the_institutions_town():
    found = named("She read history at Balliol College, Oxford, and at St John's College, Oxford.")
    assert found["Oxford"].type == "GPE" and found["St John's College"].type == "ORG"


def test_a_weak_name_paired_with_a_known_place_is_a_place():
    found = named("Rents in Port Melbourne and South Melbourne have gone up by thirty percent.")
    assert found["Port Melbourne"].type == "GPE" and found["South Melbourne"].type == "GPE"


def test_a_name_after_head_of_or_a_services_noun_is_an_organisation():
    found = named("Matthias Müller, head of Porsche, is widely expected to get the job.")
    assert found["Matthias Müller"].type == "PERSON" and found["Porsche"].type == "ORG"
    found = named("A judge ordered operators to block the messaging service WhatsApp for 72 hours.")
    assert found["WhatsApp"].type == "ORG"


def test_names_after_the_plural_of_a_kind_of_place_and_of_are_places():
    found = named("The nearby villages of Accumoli and Sarnelli were also badly damaged.")
    assert found["Accumoli"].type == "GPE" and found["Sarnelli"].type == "GPE"


def test_a_name_a_crafts_noun_follows_is_the_craft_wherever_the_article_names_it():
    found = named("NASA's Juno spacecraft entered orbit around Jupiter on Monday. Juno will orbit "
                  "the planet 37 times, and Juno carries three Lego figures.")
    assert found["Juno"].type == "OTHER"


def test_a_peoples_name_before_empire_or_caliphate_names_a_state():
    found = named("By 1900 the firm exported locomotives to the German Empire, the Ottoman Empire "
                  "and Argentina. Scholars flourished under the Abbasid Caliphate.")
    assert found["German Empire"].type == "GPE" and found["Ottoman Empire"].type == "GPE"
    assert found["Abbasid Caliphate"].type == "GPE"
    assert named("Critics called the network the Evil Empire.")["Evil Empire"].type != "GPE"


def test_a_word_no_list_knows_before_spokesman_or_organisation_is_an_organisation():
    found = named("Police arrested three leaders, the ethnic Greek Omonia organisation said. An "
                  "Omonia spokesman in Gjirokaster said the men were taken at night.")
    assert [m.text for m in found["Omonia"].mentions] == ["Omonia", "Omonia"]
    assert found["Omonia"].type == "ORG" and found["Greece"].type == "GPE"


def test_a_company_of_a_town_a_state_follows_is_the_company_and_its_town():
    found = named("ABN AMRO agreed to buy Standard Federal Bancorporation of Troy, Michigan, for "
                  "$1.9 billion. Shares of Bank of America fell.")
    assert found["Standard Federal Bancorporation"].type == "ORG" and found["Troy"].type == "GPE"
    assert found["Bank of America"].type == "ORG"


def test_an_institution_of_two_fields_keeps_them_whatever_words_open_its_name():
    found = named("He was elected to the Royal Netherlands Academy of Arts and Sciences in 1980.")
    assert found["Royal Netherlands Academy of Arts and Sciences"].type == "ORG"
    assert "Sciences" not in found


def test_an_institutions_name_ending_in_its_town_is_the_institution():
    found = named("She studied at University College Cork, Trinity College Dublin, Imperial "
                  "College London and King's College London.")
    for name in ("University College Cork", "Trinity College Dublin", "Imperial College London",
                 "King's College London"):
        assert found[name].type == "ORG", name


def test_a_plurals_possessive_before_a_prize_ends_no_name():
    found = named("Her debut won the Commonwealth Writers' Prize for Best First Book in 2004.")
    assert found["Commonwealth Writers' Prize for Best First Book"].type == "OTHER"


def test_an_everyday_word_alone_on_a_line_is_a_heading_no_name():
    found = named("Her second novel sold well in Lagos.\n\nWorks\nA Song for Onitsha (2009)\n")
    assert "Works" not in found and found["Lagos"].type == "GPE"


def test_a_title_an_article_opens_or_commas_set_apart_keeps_its_place_name():
    found = named("Her second novel, A Song for Onitsha, set during the war, sold well. Her "
                  "novel A Song for Onitsha was translated.")
    assert found["A Song for Onitsha"].type == "OTHER" and "Onitsha" not in found
    found = named("They saw the film Schindler's List with Bear Stearns executives.")
    assert found["Schindler's List"].type == "OTHER" and found["Bear Stearns"].type == "ORG"


def test_a_list_of_works_with_their_years_is_a_list_of_works():
    found = named("She divides her time between Lagos and Washington.\n\nWorks\n"
                  "The Rain Before Harmattan (2003)\nA Song for Onitsha (2009)\n"
                  "Letters to Chinua (essays, 2016)\n")
    for title in ("Rain Before Harmattan", "Song for Onitsha", "Letters to Chinua"):
        assert found[title].type == "OTHER", title
    assert "Harmattan" not in found and "Chinua" not in found


def test_a_title_with_a_small_word_inside_and_a_year_after_is_one_work():
    found = named("His talks, translated into English, were published as Stillness in Motion "
                  "(1989). Her books include Death in Venice (2001).")
    assert found["Stillness in Motion"].type == "OTHER" and found["Death in Venice"].type == "OTHER"
    assert "Stillness" not in found and "Venice" not in found
    # an institution's founding year makes no work of it
    assert named("He helped found the Bank of England (1694).")["Bank of England"].type == "ORG"


def test_a_name_read_otherwise_than_the_rest_of_its_list_takes_the_lists_type_when_close():
    from newsview.models.analysis import analyse

    text = "Fondel lost customers to Arcor, Vodafone and Telefonica last year."
    found = {e.name: e.type for e in analyse(text).entities}
    assert found["Arcor"] == "ORG"


def test_a_country_in_the_possessive_before_a_beaten_player_is_the_country():
    from newsview.models.analysis import analyse

    text = "Hewitt, the third seed, beat Sweden's Thomas Johansson 6-2 7-5 on Thursday."
    found = {e.name: e.type for e in analyse(text).entities}
    assert found["Sweden"] == "GPE" and found["Thomas Johansson"] == "PERSON"


def test_a_saints_abbreviation_opens_the_name_it_stands_before():
    from newsview.models.analysis import analyse

    text = "Results of Saturday's matches:\n\nBochum 2 Cottbus 1\nSt Pauli 0 Mainz 2\n"
    found = {e.name: e.type for e in analyse(text).entities}
    assert found.get("St Pauli") == "ORG" and "Pauli" not in found


def test_a_speakers_turn_may_open_with_a_one_word_sentence():
    from newsview.models.analysis import analyse

    text = ("We spoke to Malcolm Dixon about the floods.\n\n((WN)) Who helped?\n\n"
            "MD: Everyone. The Red Cross came daily.\n\n((WN)) What next?\n\n"
            "MD: I've ordered sandbags.\n")
    found = {e.name: sorted({m.text for m in e.mentions}) for e in analyse(text).entities}
    assert found["Malcolm Dixon"] == ["MD", "Malcolm Dixon"]


def test_two_possessive_titles_of_one_owner_are_two_works():
    from newsview.models.analysis import analyse

    text = ("Brennick's Twelve leads the charts\n\nThe heist film Brennick's Twelve took $30m at the weekend, "
            "more than Brennick's Eleven did in its first week.")
    found = {e.name: (e.type, len(e.mentions)) for e in analyse(text).entities}
    assert found["Brennick's Twelve"] == ("OTHER", 2) and found["Brennick's Eleven"] == ("OTHER", 1)
    assert "Brennick" not in found


def test_a_years_possessive_opens_no_cued_title():
    from newsview.models.analysis import analyse

    text = "The remake of 1968's Dark Harbour opens in cinemas on Friday."
    found = {e.name: e.type for e in analyse(text).entities}
    assert found.get("Dark Harbour") == "OTHER"


def test_a_count_after_a_name_listed_after_another_count_is_no_part_of_the_name():
    from newsview.models.analysis import analyse

    text = "Before tea the openers were out: Ravi Gupta made 38 and Deonarine Sarwan 61 before lunch."
    names = {e.name for e in analyse(text).entities}
    assert "Deonarine Sarwan" in names and not any("61" in name for name in names)


def test_an_organisation_before_its_officers_title_is_kept():
    from newsview.models.analysis import analyse

    text = "The Reserve Bank held rates. RBZ Governor Tendai Moyo told reporters the economy was slowing."
    found = {e.name: e.type for e in analyse(text).entities}
    assert found.get("RBZ") == "ORG" and found.get("Tendai Moyo") == "PERSON"


def test_no_name_runs_across_an_officers_title():
    from newsview.models.analysis import analyse

    text = "KDDI Chief Executive Junichiro Onodera agreed."
    found = {e.name: e.type for e in analyse(text).entities}
    assert found.get("Junichiro Onodera") == "PERSON"
    assert not any("Chief" in name for name in found)


def test_the_sides_of_a_match_to_come_are_clubs_in_a_sentence_about_a_match():
    from newsview.models.analysis import analyse

    found = {e.name: e.type for e in analyse("Rangers face Lyon in the Uefa Cup tonight.").entities}
    assert found["Lyon"] == "ORG"
    found = {e.name: e.type for e in analyse("Celtic host Porto in the Champions League on Tuesday.").entities}
    assert found["Porto"] == "ORG"
    found = {e.name: e.type for e in analyse("Commuters face Glasgow delays after the strike.").entities}
    assert found["Glasgow"] == "GPE"


def test_an_everyday_word_opening_a_sentence_is_no_part_of_a_known_organisations_name():
    from newsview.models.analysis import analyse

    found = {e.name: e.type for e in analyse("Rival Ford has also been hurt by the strike.").entities}
    assert found == {"Ford": "ORG"}
    found = {e.name: e.type for e in analyse("Rivals Honda Motor and Mazda will report next week.").entities}
    assert found == {"Honda Motor": "ORG", "Mazda": "ORG"}  # the known name and its company word


def test_a_known_organisation_and_a_country_after_it_are_its_branch_not_the_country():
    from newsview.models.analysis import analyse

    text = "Kenya's lawmakers met. Transparency International Kenya said the vote was rushed."
    found = {e.name: e.type for e in analyse(text).entities}
    assert found == {"Kenya": "GPE", "Transparency International Kenya": "ORG"}


def test_a_sentence_of_one_everyday_word_names_nothing():
    from newsview.models.analysis import analyse

    text = "Q: What do the volunteers need most now?\n\nA: Sleep. And money from Oxfam, not clothes."
    assert {e.name for e in analyse(text).entities} == {"Oxfam"}


def test_an_acronym_of_lower_case_words_names_a_term_not_an_organisation():
    from newsview.models.analysis import analyse

    text = ("Most households now use the compact fluorescent lamp (CFL), says the Energy Saving "
            "Trust (EST). A CFL holds mercury, and the EST wants them recycled.")
    found = {e.name: sorted({m.text for m in e.mentions}) for e in analyse(text).entities}
    assert "CFL" not in found
    assert found["Energy Saving Trust"] == ["EST", "Energy Saving Trust"]


def test_ordinals_opening_the_points_of_an_argument_name_nothing():
    from newsview.models.analysis import analyse

    text = ("Counsel made two points. First, the statute is clear. Second, the council ignored it. "
            "First, though, she thanked Judge Okafor.")
    assert {e.name for e in analyse(text).entities} == {"Okafor"}


def test_interjections_of_speech_name_no_one():
    from newsview.models.analysis import analyse

    text = "Is that the bus to Leeds?\n\nUnhunh.\n\nAnd the next one?\n\nNah. Hunh, maybe later."
    assert {e.name for e in analyse(text).entities} == {"Leeds"}


def test_the_scale_after_a_degree_sign_names_no_place():
    from newsview.models.analysis import analyse

    text = "It was 38°C in Athens on Sunday and 41 °C in Larissa."
    assert {e.name for e in analyse(text).entities} == {"Athens", "Larissa"}


def test_an_institution_named_after_someone_is_one_organisation():
    found = named("The grant came from the Andrew Mellon Foundation for the Humanities last year. "
                  "She spoke at the Frances Okoro Center for Rural Health. He works at the Maria "
                  "Lopez Institute of Marine Biology.")
    assert found["Andrew Mellon Foundation for the Humanities"].type == "ORG"
    assert found["Frances Okoro Center for Rural Health"].type == "ORG"
    assert found["Maria Lopez Institute of Marine Biology"].type == "ORG"
    assert "Andrew Mellon" not in found and "Marine Biology" not in found


def test_a_models_code_in_the_plural_names_the_model():
    found = named("The carrier ordered 12 A350s and six E190s, and the air force retired its F-16s.")
    assert found["A350s"].type == "OTHER"
    assert found["E190s"].type == "OTHER"
    assert found["F-16s"].type == "OTHER"


def test_a_places_word_after_a_persons_name_belongs_to_the_name():
    found = named("Shoppers filled Maria Santos Plaza. Professor Marc Lamont Hill spoke.")
    assert found["Maria Santos Plaza"].type == "LOC"
    assert found["Marc Lamont Hill"].type == "PERSON"  # a surname that is a place's word too


def test_a_name_ending_in_a_streets_word_is_the_street():
    found = named("Police closed Collins Ave. on Friday after the crash.")
    assert found["Collins Ave."].type in ("GPE", "LOC")


def test_a_name_ending_in_a_crafts_word_is_the_craft():
    found = named("Astronomers using Nasa's James Webb Space Telescope found carbon. "
                  "The Mars Reconnaissance Orbiter took pictures.")
    assert found["James Webb Space Telescope"].type == "OTHER"
    assert found["Mars Reconnaissance Orbiter"].type == "OTHER"


def test_every_convention_a_reading_names_is_explained_as_one():
    # the engine's modules name a convention where they type a name by it ("craft", "models"):
    # each must be one the explanation lists as newsview's convention, in words of its own
    import re
    from pathlib import Path

    import newsview.models as engine
    from newsview.models.evidence import CONVENTIONS, describe

    named_in_code = set()
    for source in Path(engine.__file__).parent.glob("*.py"):
        named_in_code |= set(re.findall(r'explain and "([a-z_]+)"', source.read_text("utf-8")))
    assert named_in_code and named_in_code <= CONVENTIONS, named_in_code - CONVENTIONS
    assert all(describe(name) != name for name in named_in_code)


def test_a_craft_name_explains_its_type_as_a_convention():
    text = "Astronomers using Nasa's James Webb Space Telescope found carbon."
    telescope = explained(text, "James Webb Space Telescope")
    assert telescope.why.type[0][0].startswith("a name ending in a craft's word")


def test_a_town_in_the_possessive_before_a_player_is_his_club_where_clubs_play():
    found = named("Chelsea beat Brighton 2-1 on Saturday. Liverpool will now turn to Fulham's "
                  "Joao Palhinha, who cost a record fee.")
    assert found["Fulham"].type == "ORG"
    found = named("The mayor met Fulham's Joao Palhinha at the town hall.")
    assert found["Fulham"].type == "GPE"  # no club plays in the article: the town


def test_names_listed_after_hits_such_as_are_songs():
    found = named("She had hits such as Proud Mary and Nutbush City Limits in the 1970s.")
    assert found["Proud Mary"].type == "OTHER"
    assert found["Nutbush City Limits"].type == "OTHER"


def test_a_town_a_player_is_signed_from_is_a_club_where_clubs_play():
    found = named("Chelsea beat Brighton 2-1 on Saturday. Chelsea have since signed the winger "
                  "Leroy Mensah from Villarreal and a defender from Hoffenheim.")
    assert found["Villarreal"].type == "ORG" and found["Hoffenheim"].type == "ORG"
    found = named("The council signed a deal with a builder from Hoffenheim on Monday.")
    assert found["Hoffenheim"].type == "GPE"  # no club plays in the article: the town


def test_a_hyphenated_title_before_a_name_is_a_title():
    found = named("WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva.")
    assert found["Tedros Adhanom Ghebreyesus"].type == "PERSON"
    found = named("Then Governor-General Alinta Mostyn swore in the ministers.")
    assert set(found) == {"Alinta Mostyn"}


def test_an_apostrophe_inside_a_name_before_a_short_ending_keeps_the_name_whole():
    found = named("Peter Mwang'i said the budget would pass, and Mwang'i's aides agreed. "
                  "I'ma say it: y'all know Kenya's debt is high.")
    assert [m.text for m in found["Peter Mwang'i"].mentions] == ["Peter Mwang'i", "Mwang'i"]
    assert set(found) == {"Peter Mwang'i", "Kenya"}


def test_a_name_ending_in_jr_or_sr_is_a_persons_whole():
    found = named("Robert Downey Jr. won the prize. Martin Luther King Jr. was born in Atlanta.")
    assert found["Robert Downey Jr."].type == "PERSON"  # not "Robert Downey"
    assert found["Martin Luther King Jr."].type == "PERSON"  # not "Luther King Jr."
    assert "World War II" in named("He served in World War II.")  # a number, no generation


def test_a_name_before_directed_by_or_a_person_it_stars_is_a_work():
    found = named("The Tin Orchard, directed by Mara Quell, opened on Friday. Matilda star "
                  "Joel Ardent left early, and Matilda's producers were pleased.")
    assert found["Tin Orchard"].type == "OTHER" and found["Mara Quell"].type == "PERSON"
    assert found["Matilda"].type == "OTHER" and len(found["Matilda"].mentions) == 2
    assert found["Joel Ardent"].type == "PERSON"
    assert named("Chelsea star Cole Palmer scored.")["Chelsea"].type != "OTHER"


def test_a_word_no_list_knows_beside_a_persons_name_is_part_of_it():
    assert set(named("Then Novak Brankovic left the court.")) == {"Novak Brankovic"}


def test_a_name_after_a_leaders_word_in_lower_case_is_a_persons():
    text = "Opposition leader Raila Odinga's party voted against it."
    leader = explained(text, "Raila Odinga")
    assert leader.type == "PERSON" and any("leader's word" in why for why, _ in leader.why.type)
    assert named("The party leader Liberal Democrats said no.")["Liberal Democrats"].type == "ORG"


def test_a_nickname_in_quotes_between_a_given_name_and_a_surname_is_one_persons_name():
    text = 'The club hired Dorian "Bull" Matheson as coach. Matheson said he was thrilled.'
    found = named(text)
    assert set(found) == {'Dorian "Bull" Matheson'}
    assert [m.text for m in found['Dorian "Bull" Matheson'].mentions] == ['Dorian "Bull" Matheson', "Matheson"]
    assert "Toys" in " ".join(named("She shopped at Toys 'R' Us in Leeds."))  # single quotes: no nickname


def test_the_letter_x_after_on_is_the_social_network_and_ends_a_sentence():
    found = named("The mayor thanked the crews on X. Vandoran President Ilse Marr agreed.")
    assert found["X"].type == "ORG" and found["Ilse Marr"].type == "PERSON"
    assert "X. Vandoran" not in found and "Malcolm X" in named("Malcolm X spoke in Harlem.")


def test_a_name_opening_with_loch_or_lough_is_a_lake():
    found = named("He rowed across Loch Etive every day, and once sailed on Lough Derg.")
    assert found["Loch Etive"].type == "LOC" and found["Lough Derg"].type == "LOC"


def test_two_places_joined_by_and_before_a_councils_or_a_forces_word_are_one_body():
    found = named("Last spring, Kintyre and Islay Council shut the pier. Officers from Devon and "
                  "Cornwall Police came, and Brighton and Hove City Council paid.")
    assert set(found) == {"Kintyre and Islay Council", "Devon and Cornwall Police",
                          "Brighton and Hove City Council"}
    assert {e.type for e in found.values()} == {"ORG"}


def test_a_family_name_and_a_hyphenated_given_name_opening_a_sentence_are_a_person():
    found = named("Ban Ki-moon spoke in Seoul on Monday.")
    assert found["Ban Ki-moon"].type == "PERSON"
    assert any("hyphenated given name" in why for why, _ in explained(
        "Ban Ki-moon spoke in Seoul on Monday.", "Ban Ki-moon").why.type)


def test_a_name_with_a_chief_executive_or_shareholders_is_an_organisation_everywhere():
    text = ("Operava unveiled a model on Monday. Microsoft invested in Operava, and Operava's chief "
            "executive Lina Brandt said it was free. Elon Musk's stake rose.")
    found = named(text)
    # (the first, opening the text before its verb, is read too)
    assert found["Operava"].type == "ORG" and len(found["Operava"].mentions) == 3
    assert found["Elon Musk"].type == "PERSON"  # a person may own a stake


def test_a_name_read_as_a_persons_before_brand_is_the_brand():
    assert named("The Margot brand sold well.")["Margot"].type == "ORG"


def test_sides_of_a_results_line_with_scorers_in_brackets_are_clubs():
    text = ("Summary of Sunday's first division matches:\n\n"
            "Vitesse Arnhem 2 (Jan van Dijk 12, Ruud de Wit 70) Willem II Tilburg 1 (Konterman 55). "
            "Halftime 1-0.\n")
    found = named(text)
    assert found["Vitesse Arnhem"].type == "ORG" and found["Willem II Tilburg"].type == "ORG"
    assert found["Jan van Dijk"].type == "PERSON"


def test_a_name_ending_in_open_or_classic_is_a_tournament():
    found = named("He led the $1.2 million Greater Kalder Open on Friday and won the Dunmore "
                  "Desert Classic. She taught at the School of Open.")
    assert found["Greater Kalder Open"].type == "OTHER"
    assert found["Dunmore Desert Classic"].type == "OTHER"
    assert found.get("School of Open") is None or found["School of Open"].type != "OTHER"


def test_a_particle_between_hyphens_joins_the_words_of_a_name():
    found = named("Captain Rafiq-ul-Hassan scored 40, and the ferry left Dar-es-Salaam on time.")
    assert found["Rafiq-ul-Hassan"].type == "PERSON" and "Dar-es-Salaam" in found
    assert "Hassan" not in found and "Salaam" not in found


def test_a_fielder_after_a_dismissals_letters_is_a_player_even_where_unread():
    text = "Kelmar first innings\n\nAndro Velis c Hussain b Cork 40\n\nTomas Brel not out 2\n"
    found = named(text)
    assert found["Hussain"].type == "PERSON" and found["Cork"].type == "PERSON"


def test_two_unknown_words_of_a_name_are_a_person_and_what_they_are_of():
    found = named("Reinout Vandepoel of Lotto Dstny finished third. Later, Tomek Zawiszal of "
                  "Bora Hansgrohe attacked, and Wout Averlaan of Jumbo Visma followed.")
    assert {name: e.type for name, e in found.items()} == {
        "Reinout Vandepoel": "PERSON", "Lotto Dstny": "ORG", "Tomek Zawiszal": "PERSON",
        "Bora Hansgrohe": "ORG", "Wout Averlaan": "PERSON", "Jumbo Visma": "ORG"}
    assert named("He met Goldman Sachs of New York.")["Goldman Sachs"].type == "ORG"


def test_a_persons_name_after_a_partys_of_is_its_leader_not_part_of_its_name():
    found = named("The coalition relies on the Telugu Desam Party of Ramababu Naidu. Later the "
                  "Bharat Sena Party of Anand Patel won.")
    assert {name: e.type for name, e in found.items()} == {
        "Telugu Desam Party": "ORG", "Ramababu Naidu": "PERSON", "Bharat Sena Party": "ORG",
        "Anand Patel": "PERSON"}
    assert set(named("The Serum Institute of India and the Bank of Ireland grew.")) == {
        "Serum Institute of India", "Bank of Ireland"}


def test_a_town_and_a_teams_plural_that_is_also_a_titles_stays_the_team():
    found = named("Mara Quill, the Kansas City Chiefs tight end, watched, and Buffalo Bills fans "
                  "cheered.")
    assert found["Kansas City Chiefs"].type == "ORG" and found["Buffalo Bills"].type == "ORG"
    assert "Kansas City" not in found


def test_everyday_nouns_before_a_countrys_name_are_its_body_not_a_place():
    found = named("Officers from Police Scotland met staff of Sport England and Heritage Data "
                  "Wales, while Rugby Australia agreed.")
    assert {name: e.type for name, e in found.items()} == {
        "Police Scotland": "ORG", "Sport England": "ORG", "Heritage Data Wales": "ORG",
        "Rugby Australia": "ORG"}
    described = named("Prices in Mainland China fell, as in Rural Kenya and Victorian Britain, "
                      "near Lake Chad.")
    assert {e.type for e in described.values()} <= {"GPE", "LOC"}


def test_an_elided_de_joins_the_words_of_one_name():
    found = named("Troops left Côte d'Ivoire, and Valéry Giscard d\u2019Estaing visited the Musée "
                  "d'Orsay before the Giro d'Italia.")
    assert found["Côte d'Ivoire"].type == "GPE" and found["Valéry Giscard d\u2019Estaing"].type == "PERSON"
    assert found["Musée d'Orsay"].type == "ORG" and "Giro d'Italia" in found
    assert not {"Ivoire", "Orsay", "Italia", "Estaing", "Giro"} & set(found)
    every = [m for e in found.values() for m in e.mentions]
    assert all(m.text.startswith(("Côte", "Valéry", "Musée", "Giro")) for m in every)


def test_a_streets_name_and_an_organisations_word_are_the_institution_on_it():
    found = named("He admitted fraud at Corrin Street Crown Court, and the band recorded at "
                  "Marley Road Studios.")
    assert found["Corrin Street Crown Court"].type == "ORG" and found["Marley Road Studios"].type == "ORG"
    assert named("She lived on Corrin Street.")["Corrin Street"].type == "LOC"


def test_a_name_read_as_a_persons_after_people_at_work_from_or_at_is_their_employer():
    found = named("The fraud came to light when an auditor from Grant Thornton queried invoices.")
    assert found["Grant Thornton"].type == "ORG"
    assert named("A lawyer from Texas spoke.")["Texas"].type == "GPE"


def test_a_country_after_a_players_name_and_of_is_the_players_country_not_a_side():
    found = named("In the final, Iga Nowak of Poland beat Jasmine Ferrandi of Italy 6-2 6-1 for "
                  "her third straight title.")
    assert {name: e.type for name, e in found.items()} == {
        "Iga Nowak": "PERSON", "Poland": "GPE", "Jasmine Ferrandi": "PERSON", "Italy": "GPE"}
    assert named("Poland beat Italy 2-1 in the World Cup.")["Poland"].type == "ORG"


def test_a_name_only_a_company_stands_in_is_a_company_every_mention():
    found = named("Cisco agreed to buy Splunk, a maker of security software. Splunk was founded "
                  "by Rob Marsh. Shares of Splunk jumped, and a stake in Velmora rose. Velmora "
                  "said little.")
    assert found["Splunk"].type == "ORG" and len(found["Splunk"].mentions) >= 2
    assert found["Velmora"].type == "ORG"
    assert named("Shares of Splunk fell. Splunk said so.")["Splunk"].type == "ORG"


def test_a_capitalised_particle_that_is_also_a_surname_may_end_a_name():
    assert "Rob Das" in named("It was founded by Mara Quill, Rob Das and Erik Lund.")
    assert "Nguyen Van Le" in named("He met Nguyen Van Le in Hanoi.")
    assert "Banco do Brasil" in named("She joined Banco do Brasil last year.")


def test_a_given_name_and_a_surname_that_is_also_a_title_are_a_person():
    found = named("Stephen King, who wrote the novel, praised her. Stephanie Pope, the chief "
                  "operating officer, will take over.")
    assert {"Stephen King", "Stephanie Pope"} <= set(found)
    assert not {"Stephen", "Stephanie"} & set(found)
    found = named("Houston Mayor John Whitmire urged residents to stay home.")
    assert set(found) == {"Houston", "John Whitmire"}  # a town's office before a person
    assert "Martin Luther King" in named("Martin Luther King spoke in Memphis.")
    assert "George Floyd Justice" not in named("They passed the George Floyd Justice in Policing Act.")


def test_a_given_name_and_a_surname_in_the_possessive_are_a_person_after_in():
    found = named("She starred in Stanley Korvick's film and trained in Florence Maddox's ward.")
    assert found["Stanley Korvick"].type == "PERSON" and found["Florence Maddox"].type == "PERSON"
    assert named("He walked in Stanley Park's gardens.")["Stanley Park"].type in ("LOC", "GPE")


def test_the_baftas_and_the_golden_globes_are_awards():
    found = named("Her film won best picture at the Baftas, a week after the Golden Globes.")
    assert found["Baftas"].type == "OTHER" and found["Golden Globes"].type == "OTHER"


def test_a_ships_prefix_names_a_ship_and_a_medal_of_a_cause_is_a_prize():
    found = named("The destroyer USS Corvane is named after her; survivors of the RMS Caldera "
                  "spoke, and he won the Presidential Medal of Valour.")
    assert {name: e.type for name, e in found.items()} == {
        "USS Corvane": "OTHER", "RMS Caldera": "OTHER", "Presidential Medal of Valour": "OTHER"}


def test_a_rivals_word_opening_a_sentence_is_left_out_of_the_name_after_it():
    found = named("Rival Kestrel Hynix is due to report. Embattled Velmora Holdings said so. Rival "
                  "Joe Marden spoke.")
    assert {name: e.type for name, e in found.items()} == {
        "Kestrel Hynix": "ORG", "Velmora Holdings": "ORG", "Joe Marden": "PERSON"}
    # an institution "of" a place keeps its own name too
    assert set(named("Profit rose. Rival Coal Authority of Chile reported a fall.")) == {"Coal Authority of Chile"}


def test_a_peers_title_of_a_place_is_one_person():
    found = named("The Duchess of Cambridge visited, and the Prince of Wales will take on more "
                  "duties. The King of Spain came too.")
    assert found["Duchess of Cambridge"].type == "PERSON" and found["Prince of Wales"].type == "PERSON"
    assert found["Spain"].type == "GPE" and "Cambridge" not in found


def test_names_listed_after_words_only_a_companys_follows_are_companies():
    found = named("Analysts at Jefferies and Bernstein cut their targets, and economists at "
                  "Velmora, Quill and Arbon agreed.")
    assert {found[name].type for name in ("Jefferies", "Bernstein", "Velmora", "Quill", "Arbon")} == {"ORG"}
    found = named("Analysts at Goldman said Smith and Jones would leave.")
    assert found["Smith"].type == "PERSON" and found["Jones"].type == "PERSON"


def test_a_name_between_a_partys_politics_and_party_is_the_partys():
    assert named("The ruling Morena party and its allies won.")["Morena"].type == "ORG"
    assert named("They visited Morena in India.")["Morena"].type == "GPE"


def test_names_on_a_golf_leaderboards_lines_are_players():
    text = ("Leading scores after the third round (Britain unless stated):\n\n203 Ian Kestrel\n\n"
            "207 Tiger Woods (U.S.), Colin Marsh\n\n208 Rowan Forest (Fiji)\n")
    found = named(text)
    assert {found[name].type for name in ("Tiger Woods", "Colin Marsh", "Rowan Forest")} == {"PERSON"}


def test_the_letter_x_listed_after_another_platform_is_the_platform():
    found = named("She posted the video on TikTok and X, and he wrote on Facebook, Instagram and X.")
    assert found["X"].type == "ORG" and "X." not in found and len(found["X"].mentions) == 2


def test_a_continent_and_a_bodys_initials_are_its_branch_and_openai_is_a_company():
    found = named("The Africa CDC declared an emergency. OpenAI has released a new model, and "
                  "Microsoft invested in OpenAI.")
    assert found["Africa CDC"].type == "ORG" and "Africa" not in found
    assert found["OpenAI"].type == "ORG"


def test_a_name_read_across_a_connector_keeps_the_last_words_of_its_run():
    found = named("Sideways won, and Eternal Sunshine of the Spotless Mind won best screenplay.")
    assert "Eternal Sunshine of the Spotless Mind" in found
    assert "Bank of England" in named("The Bank of England Governor spoke.")


def test_an_everyday_plural_opening_a_sentence_is_no_name():
    found = named("Airlines including Velmora and Arbonne have said delays would hurt.")
    assert "Airlines" not in found and "Velmora" in found
    assert named("Democrats said no.")["Democrats"].type in ("ORG", "NORP")


def test_names_listed_after_a_plural_for_an_institution_are_institutions():
    found = named("He praised universities such as Oxford and Cambridge, and banks like Velmora.")
    assert {found[name].type for name in ("Oxford", "Cambridge", "Velmora")} == {"ORG"}


def test_an_institutions_word_of_everyday_words_is_one_name():
    found = named("Xi welcomed Putin outside the Great Hall of the People on Tiananmen Square.")
    assert "Great Hall of the People" in found and "Great Hall" not in found
    assert "Court of Appeal" in named("She took her case to the Court of Appeal.")


def test_a_word_no_list_knows_before_in_and_a_country_is_a_place_in_it():
    assert named("The storm devastated Carriacou in Grenada.")["Carriacou"].type == "GPE"
    found = named("Volodymyr Zelenskyy spoke. Zelenskyy in Ukraine said so.")
    assert found["Volodymyr Zelenskyy"].type not in ("GPE", "LOC")


def test_a_results_line_with_scorers_and_a_full_stop_names_two_teams_and_the_scorers():
    found = named("Summaries of matches played on Saturday:\n\n"
                  "Hartlepool 2 (Dunmore 12, Wright 60 penalty) Coventry 0. Attendance: 4,024\n")
    assert found["Hartlepool"].type == "ORG" and found["Coventry"].type == "ORG"
    assert found["Wright"].type == "PERSON" and found["Dunmore"].type == "PERSON"


def test_an_innings_total_and_a_fixture_name_county_sides_and_initialled_bowlers_are_players():
    found = named("Close of play scores on Friday:\n\n"
                  "At Chester-le-Street: Durham 326 (J. Morris 91, M. Saggers 4-53). Essex 101-2.\n\n"
                  "At Taunton: Somerset v Leicestershire.\n")
    assert {found[name].type for name in ("Durham", "Somerset", "Leicestershire")} == {"ORG"}
    assert found["M. Saggers"].type == "PERSON" and found["Chester-le-Street"].type == "GPE"
    # a case at law is no fixture
    assert named("The ruling in Kitzmiller v. Dover was cited.").get("Kitzmiller") is None or (
        named("The ruling in Kitzmiller v. Dover was cited.")["Kitzmiller"].type != "ORG")


def test_a_team_of_a_town_and_a_nickname_in_a_results_line_is_the_club_its_town_short_for_it():
    found = named("Results of matches on Sunday:\n\nBradford Bulls 42 London Broncos 18\n\n"
                  "Standings:\n\nBradford 21 17 0 4 767 409 34\n")
    assert found["Bradford Bulls"].type == "ORG"
    assert {m.text for m in found["Bradford Bulls"].mentions} == {"Bradford Bulls", "Bradford"}


def test_a_heading_of_two_everyday_words_over_results_is_one_name():
    found = named("Results of Major League Baseball games played on Thursday:\n\nAmerican League\n\n"
                  "CLEVELAND 8 Toronto 3\n\nNational League\n\nATLANTA 4 Cincinnati 1\n")
    assert "National League" in found and "League" not in found


def test_a_wire_rubric_is_no_name_and_a_press_digests_lines_of_capitals_are_its_papers():
    found = named("PRESS DIGEST - Egypt - Aug 26.\n\nCAIRO 1996-08-26\n\n"
                  "These are the leading stories in the Cairo press.\n\nAL-WAFD\n\n"
                  "- Government to sell stakes in 17 companies.\n\nAL-AKHBAR\n\n- Cabinet approves a law.\n")
    assert "PRESS" not in found and "PRESS DIGEST" not in found
    assert found["AL-WAFD"].type == "ORG" and found["AL-AKHBAR"].type == "ORG"
    # a line of capitals elsewhere is read on its own evidence
    assert "AL-WAFD" not in named("Stories in the Cairo press.\n\nAL-WAFD\n\n- Government to sell stakes.\n")


def test_a_news_agency_with_a_hyphen_is_an_organisation():
    assert named("ITAR-TASS said at least 50 soldiers had been killed.")["ITAR-TASS"].type == "ORG"


def test_social_and_christian_democrats_are_parties_not_the_democratic_party_or_a_person():
    found = named("Social Democrat leader Oskar Lafontaine accused Christian Democrat leader Helmut Kohl.")
    assert found["Social Democrats"].type == "ORG" and found["Christian Democrats"].type == "ORG"
    assert "Democratic Party" not in found and "Christian Democrat" not in found


def test_a_name_set_off_by_commas_after_an_office_and_what_it_is_of_is_the_office_holder():
    found = named("Bhutto dismissed the governor of southern Sindh province, Kamaluddin Azfar, on Monday.")
    assert found["Kamaluddin Azfar"].type == "PERSON"
    # a place set off so stays a place
    assert named("They toured the capital of Sindh province, Karachi, on Monday.")["Karachi"].type == "GPE"


def test_a_plurals_possessive_before_a_contests_word_is_one_event():
    assert named("The colt will run in the Breeders' Cup in Toronto.")["Breeders' Cup"].type == "OTHER"
    assert named("He studied at King's College London.")["King's College London"].type == "ORG"


def test_a_towns_name_before_a_markets_noun_is_where_the_market_is_and_the_dateline_joins_it():
    found = named("Tokyo stocks end lower.\n\nTOKYO 1996-12-06\n\nTokyo stocks ended lower on Friday.")
    assert found["Tokyo"].type == "GPE" and {m.text for m in found["Tokyo"].mentions} == {"Tokyo", "TOKYO"}
    assert named("Toyota shares rose.")["Toyota"].type == "ORG"


def test_an_organisation_the_lists_know_is_kept_whole_where_the_weights_cut_it_in_pieces():
    found = named("The International Committee of the Red Cross has acted as a go-between.")
    assert "International Committee of the Red Cross" in found and "Red Cross" not in found


def test_a_clubs_short_forms_and_a_bodys_initials_before_its_contest_are_linked():
    found = named("Liverpool F.C. won the UEFA Champions League after beating Tottenham Hotspur 2-0. "
                  "Liverpool manager Jurgen Klopp was happy, and Tottenham's Mauricio Pochettino was not. "
                  "The Champions League final was in Madrid.")
    assert {m.text for m in found["Liverpool F.C."].mentions} == {"Liverpool F.C.", "Liverpool"}
    assert {m.text for m in found["UEFA Champions League"].mentions} == {"UEFA Champions League", "Champions League"}
    assert {m.text for m in found["Tottenham Hotspur"].mentions} == {"Tottenham Hotspur", "Tottenham"}


def test_a_name_after_a_players_role_is_the_player():
    assert named("Liverpool won, and substitute Divock Origi added a second.")["Divock Origi"].type == "PERSON"


def test_the_moon_the_sun_and_the_earth_are_places_and_a_craft_named_by_its_noun_is_found():
    found = named("Water ice on Moon's surface\n\nScientists using India's Chandrayaan-1 spacecraft found ice "
                  "on the Moon with the Moon Mineralogy Mapper instrument. The Moon's south pole is cold.")
    assert found["Moon"].type == "LOC" and found["Chandrayaan-1"].type == "OTHER"
    assert found["Moon Mineralogy Mapper"].type == "OTHER"
    assert named("Moon Jae-in met the press.")["Moon Jae-in"].type == "PERSON"


def test_the_games_adjective_before_an_everyday_word_is_the_events():
    found = named("The Red Cross set up a centre at the Olympic stadium in Marousi.")
    assert found["Olympic"].type == "OTHER"


def test_a_heading_of_a_name_over_a_biography_is_the_person():
    found = named("Chinua Achebe\n\nAlbert Chinualumogu Achebe was a Nigerian novelist. Achebe was born in Ogidi.")
    assert found["Chinua Achebe"].type == "PERSON"


def test_a_prizes_word_after_the_name_the_weights_read_joins_it():
    assert named("He won the Man Booker International Prize in 2007.")["Man Booker International Prize"].type == "OTHER"


def test_everyday_words_joined_by_of_after_a_persons_possessive_are_the_persons_work():
    found = named("He criticised Joseph Conrad's Heart of Darkness.")
    assert found["Heart of Darkness"].type == "OTHER" and found["Joseph Conrad"].type == "PERSON"
    assert named("Tony Blair's Chancellor of the Exchequer spoke.").get("Chancellor of the Exchequer") is None or (
        named("Tony Blair's Chancellor of the Exchequer spoke.")["Chancellor of the Exchequer"].type != "OTHER")


def test_a_nationality_word_after_a_verb_of_speaking_or_studying_is_the_language():
    found = named("She speaks French and German, and he studied English, history and theology.")
    assert {found[name].type for name in ("French", "German", "English")} == {"OTHER"}
    assert "France" not in found and "England" not in found
    assert named("He studied Russian politics.")["Russia"].type == "GPE"


def test_a_nationality_word_after_written_or_published_in_is_the_language():
    found = named("The worm sends e-mails written in German and English.")
    assert {found[name].type for name in ("German", "English")} == {"OTHER"} and "England" not in found
    assert named("It is available in British shops.")["United Kingdom"].type == "GPE"


def test_a_nationality_word_after_in_with_no_noun_after_it_is_the_language():
    found = named("Her novel appeared in Arabic in 2015 and in English this month. She spoke Greek only at home.")
    assert {found[name].type for name in ("Arabic", "English", "Greek")} == {"OTHER"}
    assert "England" not in found and "Greece" not in found
    assert named("He played in English football for years.")["England"].type == "GPE"
    assert named("There was no shipping in Kuwaiti or Iraqi ports.")["Kuwait"].type == "GPE"


def test_a_place_whose_name_holds_its_article_keeps_it():
    found = named("When I came back to The Hague I taught at a school.")
    assert "The Hague" in found and found["The Hague"].mentions[0].text == "The Hague"
    assert "Netherlands" in named("She lives in the Netherlands.")


def test_initials_opening_a_name_give_all_their_letters_to_its_acronym():
    found = named("The UK Health Security Agency declared an incident. A doctor at UKHSA said so.")
    assert {m.text for m in found["UK Health Security Agency"].mentions} == {"UK Health Security Agency", "UKHSA"}


def test_names_listed_after_titles_such_as_are_works():
    found = named("The deal gives it titles such as Call of Duty and Candy Crush.")
    assert found["Candy Crush"].type == "OTHER" and found["Call of Duty"].type == "OTHER"


def test_a_name_after_the_resort_of_or_the_community_of_is_that_place():
    assert named("A wildfire forced the evacuation of the seaside resort of Mati.")["Mati"].type == "GPE"
    assert named("Rescuers searched the community of Beauregard.")["Beauregard"].type == "GPE"


def test_an_office_holder_set_off_by_commas_after_a_or_an_and_an_adjective_is_a_person():
    found = named("He was accompanied by an Indigenous leader, Raoni Metuktire, and a boy.")
    assert found["Raoni Metuktire"].type == "PERSON"


def test_a_name_that_is_a_companys_and_a_places_is_the_place_after_the():
    assert named("She pledged to end illegal deforestation in the Amazon by 2030.")["Amazon"].type == "LOC"
    assert named("He met the Amazon founder Jeff Bezos.")["Amazon"].type == "ORG"
    assert named("Amazon shares rose.")["Amazon"].type == "ORG"


def test_a_peoples_adjective_before_an_everyday_word_is_the_group():
    found = named("Lula climbed the ramp with a Indigenous leader, Raoni Metuktire, and a boy.")
    assert found["Indigenous"].type == "NORP"


def test_two_names_joined_by_a_verb_of_meeting_are_people():
    found = named("Zelensky met Biden at the White House.")
    assert found["Zelensky"].type == "PERSON" and found["Biden"].type == "PERSON"
    found = named("Britain met France in talks.")
    assert found["Britain"].type == "GPE" and found["France"].type == "GPE"


def test_names_that_met_together_or_by_phone_and_a_partys_leader_in_the_possessive_are_people():
    found = named("Scholz and Macron met in Berlin. Putin spoke by phone with Xi.")
    assert {found[name].type for name in ("Scholz", "Macron", "Xi")} == {"PERSON"}
    assert named("Ramaphosa's ANC lost its majority.")["Ramaphosa"].type == "PERSON"


def test_a_name_no_list_knows_before_a_verb_only_a_person_does_is_a_person():
    assert named("Kishida visited Seoul.")["Kishida"].type == "PERSON"
    assert named("Nvidia said profits rose.")["Nvidia"].type == "ORG"


def test_an_airline_before_a_crash_and_a_craft_counted_in_the_plural():
    assert named("The jet was grounded after the Lion Air crash.")["Lion Air"].type == "ORG"
    assert named("SpaceX launched 20 Starlink satellites.")["Starlink"].type == "OTHER"


def test_a_country_in_a_results_line_or_a_row_of_standings_is_its_side():
    found = named("Results of qualifying matches on Saturday:\n\nScotland 1 (McGinlay 40) Sweden 0\n\n"
                  "Standings:\n\nAustria 4 3 1 0 7 2 10\n")
    assert {found[name].type for name in ("Scotland", "Sweden", "Austria")} == {"ORG"}
    assert named("Sweden signed a trade deal with Japan.")["Sweden"].type == "GPE"


def test_a_newspapers_name_before_its_noun_is_kept_whole():
    found = named("Weber told the Frankfurter Allgemeine Zeitung daily that the demands were too high.")
    assert found["Frankfurter Allgemeine Zeitung"].type == "ORG"


def test_a_tournaments_group_heading_a_table_by_its_number_word_is_one_name():
    found = named("Results of qualifying matches on Saturday:\n\nGroup Two\n\nItaly 3 Georgia 0\n\n"
                  "Group Four\n\nScotland 1 Sweden 0\n")
    assert found["Group Two"].type == "ORG" and "Group" not in found


def test_a_word_no_list_knows_opening_a_sentence_before_its_verb_is_a_name():
    assert named("Sheinbaum won the presidential election.")["Sheinbaum"].type == "PERSON"
    assert "Determinated" not in named("Determinated to bar the road, they waited.")


def test_a_towns_name_inside_a_sentence_is_the_town_where_its_context_reads_nothing():
    found = named("A Japanese official said Tokyo would support Peru's approach.")
    assert found["Tokyo"].type == "GPE"
    assert "Bath" not in named("He said Bath would be ready.")  # an everyday word too


def test_a_clubs_last_word_alone_is_the_club_where_one_club_so_ends():
    found = named("Manchester United beat Chelsea. United had lost 6-3 before. Ronaldo gave United the lead.")
    assert [m.text for m in found["Manchester United"].mentions] == [
        "Manchester United", "United", "United"]
    assert [m.text for m in named("Nottingham Forest lost. Forest, bottom of the table, fell.")[
        "Nottingham Forest"].mentions] == ["Nottingham Forest", "Forest"]
    two = named("Manchester City beat Leicester City. City had lost before.")
    assert [len(two[name].mentions) for name in ("Manchester City", "Leicester City")] == [1, 1]


def test_a_companys_first_word_alone_is_the_company_where_one_company_so_opens():
    found = named("Shares of Continental Airlines rose. Continental shareholders will receive cash, "
                  "and the chief executive of Continental will stay.")
    assert [m.text for m in found["Continental Airlines"].mentions] == [
        "Continental Airlines", "Continental", "Continental"]
    two = named("Continental Airlines said Continental Motors would merge. Continental shareholders agreed.")
    assert [len(two[name].mentions) for name in ("Continental Airlines", "Continental Motors")] == [1, 1]
    contract = named("Bank may debit the accounts of Borrower. Bank will notify Borrower when it debits "
                     "accounts. Borrower Capital Group signed. Bank will notify Borrower when it debits accounts.")
    # a contract's party, alone twice before the company's name, is no short name of it
    assert [m.text for m in contract["Borrower Capital Group"].mentions] == ["Borrower", "Borrower Capital Group"]
    british = named("British Airways cut fares. British travellers were pleased.")
    assert "British Airways" in british and len(british["British Airways"].mentions) == 1


def test_a_full_name_read_apart_at_a_connector_is_the_persons_the_article_names_by_surname():
    found = named("The main challenger, Raila Odinga of the Orange Democratic Movement, lost.\n\n"
                  "Mr Odinga said he had won. Odinga, 62, told supporters to rally.")
    assert found["Raila Odinga"].type == "PERSON"
    assert [m.text for m in found["Raila Odinga"].mentions] == ["Raila Odinga", "Odinga", "Odinga"]
    assert found["Orange Democratic Movement"].type == "ORG"


def test_a_models_designation_before_its_noun_is_the_model():
    found = named("Vantor makes the C-17 military transport. Its MD-11 and MD-80 airliners sell well.")
    assert [found[name].type for name in ("C-17", "MD-11", "MD-80")] == ["OTHER"] * 3
    assert "G-20" not in named("Leaders of the G-20 met in Rome.") or (
        named("Leaders of the G-20 met in Rome.")["G-20"].type != "OTHER")


def test_a_units_symbol_after_a_number_names_nothing():
    assert named("It costs $499 for a 4 GB model; the plant makes 500 MW at 2 GHz.") == {}


def test_a_works_title_takes_its_capital_article_inside_a_sentence():
    found = named("His novel Orchard Rain (1958) was followed by No Longer at Sea (1960) "
                  "and A Man of the Hills (1966).")
    assert {"No Longer at Sea", "A Man of the Hills"} <= set(found)
    film = named("Vera Lux has beaten The Aviator to the best picture prize. The Aviator won five awards.")
    assert [m.text for m in film["The Aviator"].mentions] == ["The Aviator", "Aviator"]


def test_a_work_with_its_year_stays_a_work_where_another_mention_reads_as_a_company():
    found = named("Obi\n\nHis first novel Things Fall Apart (1958) is widely read. "
                  "Things Fall Apart was published in London by Heinemann.")
    assert found["Things Fall Apart"].type == "OTHER" and len(found["Things Fall Apart"].mentions) == 2


def test_a_surname_opening_two_turns_of_an_interview_is_the_person_named_in_full():
    text = ("Wikinews talks to Green Party candidate Siân Berry.\n\n((WN)) How long have you lived here?\n\n"
            "Berry: About twenty years now.\n\n((WN)) What is your main policy?\n\nBerry: Rents. They are too high.")
    assert [m.text for m in named(text)["Siân Berry"].mentions] == ["Siân Berry", "Berry", "Berry"]


def test_a_name_joined_at_and_by_its_acronym_without_the_closing_company_word():
    found = named("The European Aeronautic Defence and Space Company (EADS) said profits fell. "
                  "Shares in EADS rose.")
    assert [m.text for m in found["European Aeronautic Defence and Space Company"].mentions] == [
        "European Aeronautic Defence and Space Company", "EADS", "EADS"]


def test_a_company_joined_at_and_by_an_acronym_spelling_its_co_is_read_whole():
    found = named("Vela Iron and Brass Co Ltd (VIBCO), Peru's largest foundry, said profit rose. "
                  "VIBCO shares rose.")
    assert [m.text for m in found["Vela Iron and Brass Co Ltd"].mentions] == [
        "Vela Iron and Brass Co Ltd", "VIBCO", "VIBCO"]

def test_a_short_form_in_brackets_after_an_organisation_is_its_short_form():
    found = named("Turnout was low, said the Vela Cocoa Board (Velcobod). Velcobod said prices rose. "
                  "He joined the Tarn Motor Works (Lima) in 1990.")
    assert [m.text for m in found["Vela Cocoa Board"].mentions] == ["Vela Cocoa Board", "Velcobod", "Velcobod"]
    assert found["Lima"].type == "GPE"

def test_an_awards_nickname_alone_after_a_determiner_is_the_award():
    assert named("She won the Oscar for best actress, her second Oscar.")["Oscar"].type == "OTHER"
    found = named("The show won a Tony. Tony Blair came.")
    assert found["Tony"].type == "OTHER" and [m.text for m in found["Tony Blair"].mentions] == ["Tony Blair"]
    assert named("Oscar Pistorius ran.")["Oscar Pistorius"].type == "PERSON"


def test_a_peoples_name_the_lists_know_is_the_group_not_a_town():
    found = named("Members of his Kikuyu community were attacked in the Igbo heartland.")
    assert found["Kikuyu"].type == found["Igbo"].type == "NORP"


def test_a_clubs_town_with_a_clubs_word_after_it_is_the_club():
    found = named("Arsenal 2 Derby 2. Wright scored a late equaliser against Derby County.")
    assert [m.text for m in found["Derby County"].mentions] == ["Derby", "Derby County"]
    assert found["Derby County"].type == "ORG"


def test_a_known_companys_unit_for_a_continent_is_the_company_not_the_place():
    found = named('"We want enough machines," Sony Computer Entertainment Europe\'s David Reeves said.')
    assert found["Sony Computer Entertainment Europe"].type == "ORG" and "Europe" not in found


def test_no_name_runs_from_a_titles_chamber_into_the_officer():
    found = named("Speaker of the House Nancy Pelosi blamed the Republicans. Pelosi said so.")
    assert [m.text for m in found["Nancy Pelosi"].mentions] == ["Nancy Pelosi", "Pelosi"]


def test_everyday_words_after_a_sections_number_are_a_heading():
    found = named("1 Introduction\nWe study Lagos traffic.\n\n2.3 Related work\nIt is big.\n\n3 Lagos\nIt grows.")
    assert list(found) == ["Lagos"] and len(found["Lagos"].mentions) == 2


def test_a_part_of_the_text_by_its_number_opening_a_line_is_no_name():
    assert named("Part 1: Choosing a pot\nBuy a pot.\n\nStep 3\nWater it.") == {}


def test_a_headlines_last_word_is_no_noun_for_the_datelines_city():
    text = ("BANK LEAVES RATES UNCHANGED, DOLLAR FIRM\n\nLONDON 1996-10-10\n\n"
            "The dollar rose in London on Thursday as dealers bought it.")
    from newsview.models.analysis import analyse

    found = {e.name: e for e in analyse(text).entities}
    assert found["London"].type == "GPE" and len(found["London"].mentions) == 2
    assert named("Shares of the accounting firm Arthur Andersen fell.")["Arthur Andersen"].type == "ORG"


def test_everyday_words_together_on_a_line_of_capitals_name_nothing():
    found = named("OIL HITS SIX-YEAR HIGH, GOLD STEADY, COFFEE FIRM\n\n"
                  "Crude oil rose on Monday while gold was steady and coffee prices were firm in London.")
    assert "GOLD STEADY" not in found and "COFFEE FIRM" not in found and "FIRM" not in found
    kept = named("WHITE HOUSE SAYS TALKS TO RESUME IN CHINA\n\nThe White House said on Monday that the"
                 " talks would resume in the spring.")
    assert kept["White House"].type == "ORG" and len(kept["White House"].mentions) == 2 and "CHINA" in kept


def test_a_score_in_a_headline_ends_no_name():
    found = named("SOCCER - JUVENTUS BEAT MILAN 2-1 TO STAY TOP IN ITALY\n\n"
                  "Juventus beat Milan in Turin on Sunday, and the crowd was happy with the result.")
    assert "MILAN 2-1" not in found and len(found["Milan"].mentions) == 2


def test_a_scorers_tally_or_minute_is_no_part_of_the_name():
    found = named("Neil Jenkins kicked well.\nPenalties: Jenkins 4.\n"
                  "Scorers: Masayuki Okano 75, Kazuyoshi Miura 80.\n")
    assert [m.text for m in found["Neil Jenkins"].mentions] == ["Neil Jenkins", "Jenkins"]
    assert found["Kazuyoshi Miura"].type == found["Masayuki Okano"].type == "PERSON"
    assert "Salihamidzic" in named("Italy 1 (Zola 14) Bosnia 2 (Bolic 21 pen, Salihamidzic 70).")
    assert "Boeing 777" in named("The Boeing 747, Boeing 777 and Airbus A380 were shown.")


def test_a_nationality_word_before_a_players_name_is_no_part_of_it():
    found = named("Swede Thomas Enqvist beat Dutchman Richard Krajicek 6-3 6-4. Finn Christian Jagge "
                  "withdrew. Swede Enqvist, the defending champion, needed 79 minutes.")
    assert [m.text for m in found["Thomas Enqvist"].mentions] == ["Thomas Enqvist", "Enqvist"]
    assert "Richard Krajicek" in found and "Finn Christian Jagge" in found
    assert "Dane Cook" in named("Dane Cook told jokes. Dane Cook laughed.")


def test_a_clubs_first_word_alone_leaves_its_towns_name_to_another_club():
    found = named("Juventus beat Milan 2-1 in Turin. Inter Milan were held 0-0 at Piacenza.\n\n"
                  "Piacenza 0 Inter 0\nJuventus 2 Milan 1\n\nMilan coach Oscar Tabarez was unhappy.")
    assert {m.text for m in found["Inter Milan"].mentions} == {"Inter Milan", "Inter"}
    assert found["Milan"].type == "ORG" and len(found["Milan"].mentions) == 3
    dortmund = named("Borussia Dortmund won 2-0. Dortmund's coach said Borussia played well.")
    assert {m.text for m in dortmund["Borussia Dortmund"].mentions} == {"Borussia Dortmund", "Dortmund", "Borussia"}


def test_a_nationality_word_before_a_body_the_lists_know_is_no_part_of_its_name():
    found = named("The German Bundesbank left its key rates unchanged. The Bundesbank said inflation was low.")
    assert len(found["Bundesbank"].mentions) == 2 and found["Bundesbank"].type == "ORG"
    assert "German Bundesbank" not in found
    assert named("The American Red Cross sent help.")["American Red Cross"].type == "ORG"


def test_a_name_ending_in_a_bodys_word_is_no_person():
    found = named("Observers from former U.S. President Jimmy Carter's Carter Center will watch the vote.")
    assert found["Jimmy Carter"].type == "PERSON" and found["Carter Center"].type == "ORG"
    assert named("The host Monty Hall died on Saturday.")["Monty Hall"].type == "PERSON"

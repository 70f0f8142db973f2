"""Direction from tense and aspect: the verb group nearest before a time expression decides
(else the first after), as in HeidelTime; sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsview.models.tense import FUTURE, PAST, PRESENT, SCHEDULED, clause_tense
from newsview.models.text import sentence_spans
from newsview.models.timex import find_timexes

DCT = date(2005, 3, 1)  # a Tuesday


def value(text: str, dct: date = DCT) -> str | None:
    (timex,) = find_timexes(text, sentence_spans(text), dct)
    return timex.value


def tense_of(sentence: str, expression: str) -> tuple[str, str]:
    at = sentence.index(expression)
    found = clause_tense(sentence, at, at + len(expression), 0, len(sentence))
    return found.kind, found.cue


@pytest.mark.parametrize(
    ("sentence", "expression", "kind", "cue"),
    [
        ("Talks between the two sides begin later on Wednesday.", "Wednesday", SCHEDULED, "begin"),
        ("In October, Mr Straw agreed to the plan.", "October", PAST, "agreed"),
        ("The ministers will meet on Friday.", "Friday", FUTURE, "will meet"),
        ("The vote is to be held on Friday.", "Friday", FUTURE, "to be held"),
        ("The plant has closed since March.", "March", PAST, "since"),
        ("The firm has agreed to sell in May.", "May", FUTURE, "agreed to"),
        ("The company plans to list its shares in June.", "June", FUTURE, "plans to"),
        ("The summit is in April, officials say.", "April", PRESENT, "is"),
        ("The truce, set to resume on Monday, held.", "Monday", FUTURE, "set to"),
        ("The mayor had resigned by Friday.", "Friday", PAST, "had resigned"),
        ("The envoys might arrive as soon as Friday, by unconfirmed accounts.", "Friday", FUTURE,
         "might arrive"),
        ("Judges should rule on Friday.", "Friday", FUTURE, "should rule"),
        ("Senator Ana Ruiz Saturday vowed to act.", "Saturday", PAST, "vowed"),
        ("On Friday, the government planned to pay the workers.", "Friday", PAST, "planned"),
        ("Prices rose on Friday, to increased demand.", "Friday", PAST, "rose"),
        ("On Friday the expected results never came.", "Friday", PAST, "came"),
        ("Police sought the man that injured them in March.", "March", PAST, "injured"),
        ("On Friday, the board will vote.", "Friday", FUTURE, "will vote"),
        ("On Friday the board voted; the next vote follows.", "Friday", PAST, "voted"),
        ("His address on Friday drew crowds.", "Friday", PAST, "drew"),
        ("The rally planned for Saturday drew crowds.", "Saturday", FUTURE, "planned"),
    ],
)
def test_the_nearest_verb_group_gives_the_tense(sentence: str, expression: str, kind: str,
                                                cue: str) -> None:
    assert tense_of(sentence, expression) == (kind, cue)


def test_a_weekday_in_the_future_or_a_scheduled_present_is_the_coming_one() -> None:
    assert value("Talks between the two sides begin later on Wednesday.") == "2005-03-02"
    assert value("The ministers will meet on Friday.") == "2005-03-04"
    assert value("The ministers met on Friday.") == "2005-02-25"
    # a present "is" says nothing about a weekday: the one just past
    assert value("Friday's close is the lowest.") == "2005-02-25"


def test_a_month_in_the_past_tense_is_the_last_one() -> None:
    assert value("In October, Mr Straw agreed to the plan.") == "2004-10"
    assert value("In October, Mr Straw will decide.") == "2005-10"
    assert value("Elections are planned for October.") == "2005-10"


def test_a_day_in_the_month_of_publication_or_a_deadline_keeps_its_year() -> None:
    assert value("It is March 28, my last exam.") == "2005-03-28"
    assert value("The deadline was extended to April 30.") == "2005-04-30"
    assert value("The ban was lifted on April 30.") == "2004-04-30"


def test_a_present_of_an_arrangement_points_ahead_even_in_the_past() -> None:
    assert value("The union has scheduled a strike for Thursday.") == "2005-03-03"
    assert value("Guidelines to be published in early November will decide.") == "2005-11"


def test_a_sentence_opening_subject_or_a_named_one_before_a_scheduled_present() -> None:
    # "Talks" opens the sentence (capitalised whatever it is); "Time Warner" is a named subject
    assert value("Talks begin later on Wednesday.") == "2005-03-02"
    assert value("Talks between Labour and Time Warner begin later on Wednesday.") == "2005-03-02"
    assert value("The vote of Wednesday was close.") == "2005-02-23"


def test_a_participle_after_a_determiner_and_an_adverb_is_an_adjective() -> None:
    sentence = "The bonus would be paid on a still unspecified date in June."
    assert tense_of(sentence, "June") == (FUTURE, "would be paid")
    assert value(sentence) == "2005-06"
    assert tense_of("The recently announced cuts in June.", "June") == ("", "")

"""The one vocabulary every part of the engine shares: months, weekdays, the entity and time
expression types. Each word list lives here once; modules import it rather than keep a copy.

Cue lists that decide what a name is (organisation words, titles, context verbs) are data
files in ``data/``; this module holds only the closed sets the engine's code is written
against.
"""

from __future__ import annotations

import re
from functools import lru_cache

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "OTHER")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

# Month names and their abbreviations (folded) -> month number.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Short month names for display, by number (index 0 unused).
MONTH_ABBREVIATIONS = ("", *"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
# Weekday names and their abbreviations (folded) -> 0 for Monday .. 6 for Sunday.
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

# --- names --------------------------------------------------------------------------------------

DETERMINERS = frozenset("the a an".split())
# Lower-case words that join the parts of one name: "Ana de Souza", "Ludwig van Beethoven",
# "Osama bin Laden", "Juan y Pérez".
PARTICLES = frozenset(
    "de del della der den di da das do dos du la le van von ter ten bin ibn al el y zu af".split()
)
# Particles that begin a surname used alone ("De Souza said", "Van Gaal", "Le Pen").
SURNAME_PARTICLES = frozenset("de del della di da du dos van von der den ter ten le la bin ibn".split())
# Particles that are also surnames of their own, so may end a name: "Tarun Das" (Bengali),
# "Phan Van Le", "Nguyen Do" (Vietnamese), "Du" (Chinese).
SURNAMES_LIKE_PARTICLES = frozenset("das le do du".split())
# Articles that open foreign names of things ("Le Monde", "Der Spiegel", "El País").
# Words that name a storm with the name after them: "Hurricane Hugo" is an event, not a place.
STORM_WORDS = frozenset("hurricane typhoon cyclone storm".split())
# Words that end a sporting contest's name after a nationality or region word: "Asian Cup",
# "European Championship", "Asian Games" are events, not the continent.
CONTEST_WORDS = frozenset("cup games championship championships open olympics trophy masters".split())
# Words that end an event's name ("the Brit Awards", "Glastonbury Festival", "the Davis Cup",
# "the London Marathon"): the event, not the organisation or the place named before them.
EVENT_HEADS = frozenset("""awards festival olympics paralympics prix trophy cup championship
    championships marathon regatta derby expo biennale masters open classic invitational""".split())
# Nouns a number before them counts in a tally ("Alphand 180 points", "Kowalczyk 2,310
# votes"): the number is no part of the name before it, as a model's number is.
COUNT_NOUNS = frozenset("points pts votes seats goals runs wickets yards strokes shots".split())
# Words of a body or an accord named for its subject after "on": "the Council on Foreign
# Relations", "the UN Convention on Refugees", "the Committee on Standards".
TOPIC_HEADS = frozenset("""convention treaty conference commission committee council panel agreement
    declaration summit protocol institute centre center""".split())
# Words that end an index's name: "Dow Jones Industrial Average", "Nasdaq Composite Index".
INDEX_WORDS = frozenset({"index", "average", "composite"})
# Plurals that name a party after the word of a nation or a faith: "Christian Democrats",
# "Scottish Nationalists", "the Spanish Socialists".
PARTY_PLURALS = frozenset("""democrats socialists republicans greens liberals conservatives
    nationalists unionists communists""".split())
# Number words that end names written with a capital: "BBC One", "Radio Four", "Formula One".
NAME_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# Combining forms of nationality words, joined to one by a hyphen: "Anglo-Dutch", "Sino-Japanese".
NATIONALITY_PREFIXES = frozenset("""anglo franco sino russo indo afro italo greco austro hispano
    judeo luso serbo croato czecho""".split())
# The heads of events that end people's names too: "Lord Derby" is no horse race.
SURNAMES_OF_EVENTS = frozenset({"derby"})
# A member's or fellow's title before "of" ("a Fellow of the Royal Society", "Member of the
# Order of Australia"): no part of the name after it.
MEMBERSHIP_NOUNS = frozenset("fellow fellows member members".split())
# Participles that open a biography's sentence before a name ("Born Gittel Kaimowitz in
# Kovno, she ...", "Educated at Eton ..."): no part of the name after them.
OPENING_PARTICIPLES = frozenset("""born raised educated elected appointed named nicknamed dubbed
    nee née""".split())
# Verbs in the imperative that open an instruction, a textbook's objective or an invitation
# before a name ("Describe Einstein's view", "Meet Dora Quill", "Visit Kew in May"): no part
# of the name after them.
OPENING_IMPERATIVES = frozenset("""describe explain compare contrast consider imagine identify
    define discuss outline evaluate calculate determine summarize summarise analyze analyse
    meet visit contact call ask see read watch listen try join follow remember thank""".split())
# Words that open an event's name before "of" ("the Battle of Antietam", "the Siege of
# Petersburg", "the Treaty of Versailles", "the Declaration of Independence"): the event, not
# an organisation or the place named after them.
EVENT_OPENERS = frozenset("battle battles siege treaty war wars massacre declaration".split())
# Words that end a football or rugby club's name after its town ("Tottenham Hotspur", "Plymouth
# Argyle", "Bristol Rovers"): no place, river or company ends in them.
CLUB_WORDS = frozenset("""rovers wanderers athletic hotspur argyle albion thistle academicals
    harriers""".split())
# The last words of clubs' names that stand for the club alone ("United" for Manchester United,
# "Forest" for Nottingham Forest, "Villa" for Aston Villa).
CLUB_SHORT_NAMES = frozenset(
    "united city rovers wanderers athletic albion forest villa palace hotspur rangers county".split())
# The words after a town's name that make it a club's ("Leicester City", "Derby County",
# "Bristol Rovers", "Wimbledon FC").
CLUB_SUFFIXES = CLUB_WORDS | CLUB_SHORT_NAMES | frozenset("town fc afc f.c a.f.c".split())
# Words that open a club's name before its town ("Dynamo Kiev", "Red Star Belgrade", "Real
# Madrid", "AC Milan", "Borussia Dortmund"): the name is the club, not the town or a person.
CLUB_HEADS = frozenset("""dynamo dinamo spartak lokomotiv cska zenit partizan steaua sparta
    slavia legia rapid hapoel maccabi beitar bnei sporting atletico athletic real racing
    deportivo olympique borussia bayern werder eintracht hertha hansa fortuna vitesse inter
    fc ac as sc sv vfb vfl tsv fk nk sk""".split())
# Plurals after a town that name no team ("the Oslo Accords", "the Paris Attacks", "Gaza
# Residents").
NO_TEAM_PLURALS = frozenset("""talks accords agreements conventions protocols summits elections
    games riots olympics awards attacks bombings shootings killings protests floods residents
    workers voters officials leaders fans""".split())
# Kinds of work before a title ("the film Schindler's List", "his novel Atonement"); the second
# set are verbs or adjectives too ("records show ...", "a single market"), a kind of work only
# after a determiner ("the show Friends").
WORK_WORDS = frozenset("""film movie novel album song musical opera sitcom documentary memoir
    biopic thriller poem painting ballet symphony debut""".split())
WORK_WORDS_AFTER_DETERMINER = frozenset("book show play series single drama comedy".split())
# Nouns for a work made from another, before its own title or before "of" or "to" and the
# other's: "the remake of The Stepford Wives", "the sequel Shrek 2", "a prequel to Star Wars".
DERIVED_WORK_WORDS = frozenset("sequel prequel remake adaptation".split())
# Chinese, Korean and Vietnamese family names of two or three letters that are also English
# words or letters ("Xi", "Ma", "Ho"): written first, before the given name ("Xi Jinping").
# (Not those that are interjections or words opening a sentence too: "Oh", "Do", "An", "Le".)
SHORT_FAMILY_NAMES = frozenset("xi li ma hu wu lo ho xu lu yu ye gu fu du qi su ng yi ko ji vo".split())
# Words for a kind of state before "of" and a country's name: "the Democratic Republic of
# Congo", "the Kingdom of Bahrain" name the country, a place.
STATE_WORDS = frozenset("republic kingdom emirate sultanate principality commonwealth federation".split())
# Interjections and answers of speech (transcripts, interviews, quotes), and the thanks of
# speech: a turn or a sentence of "Mhm.", "Yeah.", "Aww, look at you!" or "Thank you, Jo" names
# no one by those words.
INTERJECTIONS = frozenset("""mhm mm mmm mmhm mmkay hm hmm hmmm uh-huh uh-oh ew eww aww aw yay
    ugh ooh oooh ahh ahhh uhh uhm umm erm whoa yikes woah thank thanks yeah yep yup nope alright
    okay hunh unhunh uh-hunh hm-m mm-hm nah naw huh""".split())
# Family names of China, Taiwan, Hong Kong, Korea and Vietnam as news romanises them, written
# before a given name of hyphenated syllables that may be English words ("Chiang Wan-an",
# "Ban Ki-moon"): after one, "Wan-an" is one word of the name.
EAST_ASIAN_FAMILY_NAMES = frozenset("""chiang chen chang cheng wang li liu zhang huang zhao wu
    zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng deng cao peng
    zeng xiao tian dong pan yuan cai jiang yu du ye wei su lu ding shen yao jin tan lai kuo hsu
    tsai yang lee wong chan cheung lam leung ho kwok chow tse ng mak yip fung tsang lau kim park
    choi jung kang cho yoon jang lim shin oh seo kwon hwang ahn moon ban roh chun nguyen tran le
    pham hoang phan vu vo dang bui do ngo duong ly""".split())
# Words after a name and a hyphen that make an adjective of it ("Blair-era", "Kafka-style"):
# no syllable of a given name.
COMPOUND_SUFFIXES = frozenset("era style like type esque ish wide free less proof only".split())
# Titles that news writes far more often as given names ("Dean Acheson", "Earl Warren", "Dean
# Kamen" against a university's dean): before a word that is no given name, the given name.
GIVEN_NAME_TITLES = frozenset("dean earl".split())
# Pronouns that stand for someone or something unnamed ("Nobody in Westminster listened"):
# capitalised only at a sentence's start, never a name alone.
INDEFINITE_PRONOUNS = frozenset("""nobody somebody anybody everybody noone someone anyone
    everyone nothing something anything everything""".split())
# Letters after a person's name for an honour, a rank at the bar or a seat ("Guy Kearl KC",
# "Jane Ellis MP"): no part of the name.
POST_NOMINALS = frozenset("kc qc mp mep msp obe cbe mbe kbe dbe frs".split())
# British police ranks written short without dots ("Det Ch Insp Claire Smith", "Sgt Tom
# Reid"): no name, and no part of the name after them; the second set names other things
# alone ("DC", "PC"), so only with another rank.
POLICE_RANKS = frozenset("det insp supt sgt cst".split())
POLICE_RANKS_WITH_ANOTHER = frozenset("ch pc dc ds di dci dsi dsupt con".split())
# Words that qualify an institution's name without naming it ("State Duma", "Federal
# Council", "Royal Navy"): the name without them is a short form of it ("the Duma").
ORG_QUALIFIERS = frozenset("state national federal royal supreme".split())
# A player's role between a team and the player's name ("Williams driver Damon Hill",
# "Chelsea striker Didier Drogba"): the name before it is the team.
TEAM_ROLES = frozenset("""driver drivers striker midfielder defender goalkeeper keeper winger
    forward quarterback pitcher rider teammate team-mate""".split())
# A person's role at a firm between the firm and the person's name ("Parmalat founder Calisto
# Tanzi", "Miramax chief Harvey Weinstein"): the name before it is the firm.
FIRM_ROLES = frozenset("""founder co-founder boss chief chairman chairwoman owner spokesman
    spokeswoman""".split())
# An agency's office after its town ("-- London Newsroom +44 171 542 7171", "Tokyo Bureau"): an
# organisation, however the town reads.
NEWSROOM_WORDS = frozenset("newsroom newsdesk desk bureau".split())
# Words that name a broadcaster's channel or service after its initials ("BBC Radio 4", "BBC
# World Service", "CNN International", "ITV News"): one organisation, not the broadcaster and
# words left out.
CHANNEL_WORDS = frozenset("""radio television tv news world service online sport sports worldwide
    international america europe asia africa arabic persian parliament""".split())
# Everyday plurals for people, capitalised only where a line or a heading starts ("Women's
# 1,500 metres", "Men's singles"): no name alone.
PEOPLE_PLURALS = frozenset("men women boys girls children".split())
# Words that end a group's name as "Party" ends a party's: "Dave Matthews Band" is no person.
GROUP_HEADS = frozenset("band orchestra quartet quintet trio ensemble choir".split())
# Plural nouns that open "X of <name>" at a sentence's start without being part of the name:
# "Residents of New Orleans", "Shares of Security Pacific Corp.", "Members of Congress".
GROUP_OF_NOUNS = frozenset("""residents members shares sales supporters officials leaders citizens
    voters fans workers employees families victims opponents critics executives students soldiers
    troops thousands hundreds millions dozens tens scores parts most many some all none each both
    users customers readers viewers investors shareholders owners partners allies enemies rivals
    relatives parents children people managers staff directors ministers""".split())
# "son of", "daughter of" in Arabic and Malay names: a name holding one names a person
# ("Osama Bin Laden", "Mohammed bin Salman"; "Bin Laden" alone is the family's name).
PATRONYMICS = frozenset("bin ibn bint binti".split())
FOREIGN_ARTICLES = frozenset("der die das le la les el il lo los al".split())
# The words of "of" in other languages' names of institutions ("Université de Montréal",
# "Banco do Brasil"), and the heads of such names that the English lists do not hold
# (folded, as tokens' keys are: without accents).
FOREIGN_OF = frozenset({"de", "del", "de la", "de los", "des", "du", "di", "della", "do", "da",
                        "dos", "das"})
FOREIGN_ORG_HEADS = frozenset("""universite universidad universidade universita universitat
    universiteit banco banque banca instituto institut istituto museo musee ministerio
    ministere ministero colegio college conseil consejo""".split())
# Words that join a name's words but give no letter to its acronym ("Bank of England": BOE).
CONNECTOR_WORDS = frozenset({"of", "the", "for", "and", "&"}) | PARTICLES


def name_key(name: str) -> str:
    """The one key by which names are compared: folded words (accent- and case-blind), one
    space apart, full stops dropped inside words: "José  Jerí" -> "jose jeri", "U.S." -> "us",
    "al-Assad" -> "al assad"."""
    from newsview.models.text import fold_word

    folded = fold_word(name)
    words = _NAME_WORD.findall(folded.replace(".", ""))
    return " ".join(words) if words else folded.strip()


@lru_cache(maxsize=1 << 14)  # an entity's name recurs in the articles that name it
def name_slug(name: str) -> str:
    """An entity id's stem: the name's folded letters and digits, hyphen-joined ("Jose Jerí"
    -> "jose-jeri"), "entity" for a name with none."""
    from newsview.models.text import fold_word

    return "-".join(re.findall(r"[a-z0-9]+", fold_word(name))) or "entity"

# --- time ---------------------------------------------------------------------------------------
# The closed sets of TIMEX3 codes the time engine, the chronology and the app are written
# against. Word knowledge for finding time expressions (number words, units, holidays, zones,
# tense cues) is data: ``data/time_words.tsv``, loaded on first use by ``timewords``.

# Full weekday names by number (0 Monday .. 6 Sunday).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# TIMEX3 part-of-day codes and season codes, as a reader says them.
PART_OF_DAY_WORDS = {
    "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
    "DT": "daytime",
}  # fmt: skip
SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# TIMEX3 values that name no point of the calendar, as a reader says them.
REFERENCE_WORDS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}


_NAME_WORD = re.compile(r"\w+")

# A company's legal form ending its name ("Kellogg Co.", "Apple Inc."), folded, no full stop.
COMPANY_ENDS = frozenset("inc corp ltd plc llc co".split())
# The words that close a company's name after the word it goes by ("Continental Airlines",
# "Exxon Mobil Corporation", "Amnesty International"), folded; with LEGAL_FORMS.
COMPANY_CLOSING_WORDS = frozenset(
    """corporation incorporated limited company group holdings airlines airline airways motors
    bank industries electronics petroleum communications technologies pharmaceuticals
    international""".split()
)
# The partners a firm's name ends in after "and" or "&" ("Henschel & Son", "Robert Stephenson
# and Company", "Barclay and Co."): the whole is one firm's name.
# Words that end a law's or a treaty's name: "the Water Resources and Development Act".
LAW_WORDS = frozenset("act bill treaty accord".split())
PARTNERS_WORDS = frozenset("company co son sons brothers bros partners associates".split())
# A company's legal form ending its name, in any country (folded, without a final full stop):
# the name is an organisation's whatever else its words suggest ("Orkem S.A.").
LEGAL_FORMS = COMPANY_ENDS | frozenset(
    """s.a sa ag gmbh n.v nv b.v bv s.p.a spa ab asa oyj k.k pty llp s.a.r.l sarl kgaa bhd tbk
    pte s.l srl s.r.l a.g a.s""".split()
)

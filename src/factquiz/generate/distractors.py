"""Three wrong answers per question, of the answer's type, from the same corpus.

Never the answer, never one of its accepted names, never a name the question's own sentences
mention (such a name is often a second right answer: "Bush and Musharraf urged ..."), never a
conflicting source's figure. The choice is deterministic: candidates are ranked by closeness
(same document first, then how often the corpus mentions them), and the answer's position
among the options is fixed by a hash of the question id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

from factquiz.generate.aliases import Entity, EntityIndex, _acronym, _initials
from factquiz.generate.answers import EVENT_WORDS
from factquiz.generate.checks import contains_phrase, unquoted_prompt
from factquiz.generate.dates import date_distractors, date_shape
from factquiz.generate.kinds import (
    SEXED_EVENT,
    SEXED_PRONOUN,
    KindEvidence,
    ends_in_common_noun,
    is_plural_people,
    name_part,
    one_holds_the_other,
    sex_said,
)
from factquiz.generate.names import (
    HONORIFICS,
    INSTITUTION_NOUNS,
    ORGANISATION_WORDS,
    fold,
    person_tokens,
    strip_article,
    strip_preposition,
    words,
)
from factquiz.generate.numbers import number_distractors

COUNT = 3
#: How many of the closest candidates the hash picks from.
POOL = 8
#: `EntityIndex.nearby`'s tier for the three articles most like the question's.
NEAR_TIER = 1
_LEADING_PREPOSITION = re.compile(
    r"^(in|at|on|near|from|to|into|outside|inside|toward|towards|across|through|around|behind|"
    r"beyond|along|over|under|off|via|within|between|onto|past|by)\s+", re.I)

#: Answer types whose distractors may also come from a second type.
FALLBACK_TYPES: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON",),
    "GROUP": ("GROUP", "ORG"),
    "ORG": ("ORG",),
    "PLACE": ("PLACE",),
}


def _hash(seed: str, item: str) -> str:
    return hashlib.sha1(f"{seed}\n{item}".encode()).hexdigest()


def _stable_order(seed: str, items: list[str]) -> list[str]:
    return sorted(items, key=lambda x: _hash(seed, x))


def answer_position(question_id: str) -> int:
    """How many options sort below the answer (numbers, dates), fixed per question: 0..3."""
    return int(hashlib.sha1(question_id.encode()).hexdigest(), 16) % (COUNT + 1)


def _folded(texts: list[str]) -> list[str]:
    return [" " + " ".join(words(t)) + " " for t in texts]


def _singular(token: str) -> str:
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    return token[:-1] if token.endswith("s") and len(token) > 3 else token


@lru_cache(maxsize=65536)
def _name_form(name: str) -> tuple[str, frozenset[str], str, str]:
    """What `_similar` compares, worked out once per name: the folded singular words, their
    set, the name read as an acronym and its initials."""
    folded = " ".join(_singular(t) for t in person_tokens(strip_article(name)))
    return folded, frozenset(folded.split()), _acronym(name), _initials(name)


def _inside(short: str, long: str) -> bool:
    """"mac" in "macintosh", "cooper" in "cynthia cooper"; but two letters only as a word of
    their own: "un" is not in "european union"."""
    return short in long and (len(short) > 2 or short in long.split())


@lru_cache(maxsize=262144)
def _similar(a: str, b: str) -> bool:
    """Two names close enough that offering one as wrong would confuse or mislead:
    respellings, one inside the other ("Ms Cooper", "Cynthia Cooper"), plurals ("Tories")."""
    fa, ta, acronym_a, initials_a = _name_form(a)
    fb, tb, acronym_b, initials_b = _name_form(b)
    if not fa or not fb:
        return False
    if fa == fb or _inside(fa, fb) or _inside(fb, fa) or fuzz.ratio(fa, fb) >= 85:
        return True
    # "EC" and "European Commission": one is the other's initials.
    if (acronym_a and acronym_a == initials_b) or (acronym_b and acronym_b == initials_a):
        return True
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def _shares_a_brand(names: frozenset[str] | list[str], right: list[str]) -> bool:
    """'Warner Bros' for "TimeWarner": an organisation named with a word that the answer
    writes inside its one-word name is likely part of it; offered as wrong, it confuses.
    (Two-word names sharing a word are often rivals: "World Anti-Doping Agency" for the "US
    Anti-Doping Agency" is a fair option.)"""
    joined = [fold(r) for r in right if len(r.split()) == 1 and len(r) > 6]
    return any(len(w) > 3 and w != j and w in j
               for name in names for w in words(strip_article(name)) for j in joined)


def _mentioned(entity: Entity, folded: list[str]) -> bool:
    """Any name of the entity occurs in one of the folded texts (see `_folded`)."""
    for name in entity.names:
        key = " " + " ".join(words(name)) + " "
        if key.strip() and any(key in text for text in folded):
            return True
    return False


def _given_name_mentioned(entity: Entity, texts: list[str]) -> bool:
    """'Who said "Ossie was my hero"?': a person whose given name the question uses, written
    with its capital, is no option (Ossie Davis could not have said it of himself)."""
    if entity.type != "PERSON":
        return False
    # "Ossie" of "Ossie Davis", not "Mr" (person_tokens drops titles) nor the "j" of "J."
    given = {tokens[0] for tokens in map(person_tokens, entity.names)
             if len(tokens) > 1 and len(tokens[0]) > 1}
    written = {fold(word) for text in texts for word in re.findall(r"\b[A-Z][\w'’-]*", text)}
    return bool(given & written)


def entity_distractors(
    *,
    question_id: str,
    answer: str,
    answer_type: str,
    accepted: list[str],
    answer_entity: Entity | None,
    doc_id: str,
    context: list[str],
    index: EntityIndex,
    neighbours: list[str] = (),
) -> list[str]:
    """Other people, groups, places or organisations, from this article and similar ones."""
    right = [answer, *accepted]
    # Options about as long as the answer: a long phrase among names gives itself away.
    longest = max(4, len(answer.split()) + 1)
    folded_context = _folded(context)
    counts_people = any(ch.isdigit() for ch in answer)
    pool: list[tuple[int, int, int, Entity, bool, bool]] = []
    types = FALLBACK_TYPES.get(answer_type, (answer_type,))
    if answer_type == "GROUP" and ends_in_common_noun(answer):
        types = ("GROUP",)  # "finance ministers": people, not an organisation
    if (answer_type == "ORG" and index.kinds is not None
            and _is_party(answer, answer_entity, index.kinds)):
        types = ("ORG", "GROUP")  # "Labour" is offered the "Tories", written as a people
    other_sex = _other_sex(context[0] if context else "", answer, answer_type, answer_entity,
                           index.kinds)
    same_scale = 0  # options named like the answer: only these fill the pool
    for kind in types:
        # Full names before bare surnames, nouns before adjectives ("Uzbeks", not "Uzbek");
        # the weaker names only when too few good ones exist. Options named unlike the
        # answer ("Italians" for "finance ministers") wait at the back, and do not stop the
        # search for ones named like it further off.
        for good in (True, False):
            if not good and same_scale >= COUNT:
                break
            for tier, entity in index.nearby(kind, doc_id, neighbours):
                if same_scale >= POOL:
                    break
                if (_good_option(entity, index) == good and entity is not answer_entity
                        and len(entity.display.split()) <= longest
                        and any(ch.isdigit() for ch in entity.display) == counts_people
                        and not any(_similar(name, r) for name in entity.names for r in right)
                        and not (answer_type == "ORG" and _shares_a_brand(entity.names, right))
                        and not _mentioned(entity, folded_context)
                        and not _given_name_mentioned(entity, context[:1])
                        and fits_kind(entity, answer, answer_type, answer_entity, index)
                        and _can_be_option(entity, index)):
                    sex = index.kinds.sex(list(entity.names)) if other_sex is not None else None
                    if other_sex is not None and sex == other_sex:
                        continue
                    scale = _granularity(entity, answer, answer_type, index.kinds)
                    # "Who faces the biggest test of her career?": women the articles call
                    # "she" come before people they give no sex, who only fill the gaps.
                    unsexed = other_sex is not None and sex is None
                    # Among groups named by a common noun, those of the answer's noun
                    # first: "Athletics fans" for "Young UK film fans", not "authorities".
                    other_head = _other_head(entity, answer, answer_type)
                    pool.append((0 if good else 1, scale, tier, entity, unsexed, other_head))
                    same_scale += scale == 0 and not unsexed and not other_head
    # Closest first; within a tier, an order fixed by the question id, so questions vary.
    # Women (or men) first only among related articles: a runner is no option for a
    # writer's award, whatever her sex.
    pool.sort(key=lambda p: (p[1], p[5], p[0], p[2] > NEAR_TIER, p[4], p[2],
                             _hash(question_id, p[3].display)))
    chosen: list[str] = []
    #: Every name of the organisations and groups chosen: "Conservative Party" is not offered
    #: beside the "Tories", also named "Conservative" (two people of one surname may be).
    chosen_names: list[str] = []
    for _good, _scale, _tier, entity, _unsexed, _other in pool:
        display = offered_name(entity)
        display = display if answer_type == "PLACE" else _same_shape(display, answer)
        names = [] if entity.type == "PERSON" else [display, *entity.names]
        if len(chosen) < COUNT and not any(
                _similar(display, c) or _same_group_name(display, c) for c in chosen
        ) and not any(_similar(n, c) for n in names for c in chosen_names):
            chosen.append(display)
            chosen_names.extend(names)
    preposition = _LEADING_PREPOSITION.match(answer) if answer_type == "PLACE" else None
    if preposition:
        word = preposition.group(1)
        # "at the bridge" -> "in Kabul": towns and countries take "in".
        word = "in" if word.casefold() == "at" else word
        evidence = index.kinds or index.evidence  # the kinds read the article's "the" better
        chosen = [f"{word} the {c}" if evidence is not None and evidence.takes_the(c)
                  and not c.casefold().startswith("the ") else f"{word} {c}" for c in chosen]
    return chosen


def _other_sex(prompt: str, answer: str, answer_type: str, answer_entity: Entity | None,
               kinds: KindEvidence | None) -> str | None:
    """"Who is tipped to win for her performance as Katharine Hepburn?": when the prompt's
    "her" (or "his", or a "women's" or "men's" event) is the answer's, as the articles'
    pronouns for the answer say, a man (or a woman) among the options gives the answer
    away. The sex the options must not have, or None."""
    if answer_type != "PERSON" or kinds is None:
        return None
    unquoted = unquoted_prompt(prompt)
    pronoun = SEXED_PRONOUN.search(unquoted)
    event = None if pronoun else SEXED_EVENT.search(unquoted)
    if pronoun is None and event is None:
        return None
    said = sex_said(pronoun or event)
    names = list(answer_entity.names) if answer_entity is not None else [answer]
    told = kinds.sex(names)
    if told != said and not (event is not None and told is None):
        # The pronoun may be someone else's ("Who did Mr Obi name as his deputy?"); the one
        # who ran in "the men's race" is a man unless the articles say otherwise.
        return None
    return "m" if said == "f" else "f"


_REGION_WORD = re.compile(r"\b(?:province|region|district|state|county|valley)$", re.I)
_TOWN_WORDS = re.compile(r"\b(?:city|town|village|suburb|port|capital)\b", re.IGNORECASE)
_LAST_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*$")


def _place_name(answer: str, answer_entity: Entity | None) -> str:
    """The place a where-answer is about, to judge what kind of place it is: its entity's
    name (the index reads "in the southern city of Kandahar" as Kandahar, see
    `names.place_name`), else the last name in it ("on the outskirts of Kabul" -> "Kabul",
    which is no other name of the answer but is the same kind of place)."""
    if answer_entity is not None:
        return answer_entity.display
    found = _LAST_NAME.search(strip_preposition(answer))
    return found.group(0) if found else strip_preposition(answer)


def offered_name(entity: Entity) -> str:
    """The name an option is shown by: a group by its plural when its most used name is an
    adjective ("Tories", not "Tory"), so that it reads as people; else the display name."""
    if entity.type != "GROUP" or is_plural_people(entity.display):
        return entity.display
    plural = [name for name, _ in entity.names.most_common()
              if is_plural_people(name) and not name.casefold().startswith("the ")]
    return plural[0] if plural else entity.display


def _can_be_option(entity: Entity, index: EntityIndex) -> bool:
    """A well-formed name whose type the corpus agrees with: the same for every question."""
    key = ("option", id(entity))
    if key not in index.option_verdicts:
        index.option_verdicts[key] = (len(entity.display) > 1
                                      and well_formed(entity.display, entity.type)
                                      and plausible_type(entity, index))
    return bool(index.option_verdicts[key])


def fits_kind(entity: Entity, answer: str, answer_type: str, answer_entity: Entity | None,
              index: EntityIndex) -> bool:
    """The option is the same kind of thing as the answer, at the same scale.

    A group of people is offered for a group ("Pakistanis", not the adjective "Pakistani");
    an organisation for an organisation (not "Tajiks", not a car line "Buick Raniers", not a
    brand written only before its models, "Chevrolet"); a real place (written after "in"
    somewhere, unlike the surname "Dibaba") for a place, a country for a country, a town for
    a town, and no building ("the Vienna State Opera") for a town; never a film or book.
    """
    verdict = _kind_verdict(entity, answer_type, index)
    if verdict is False:
        return False
    display = offered_name(entity)
    if (entity.type == "GROUP" and answer_type == "GROUP" and name_part(display)
            and name_part(answer) and _similar(name_part(display), name_part(answer))):
        return False  # "EU ministers" against "European Union finance ministers"
    if answer_type in ("GROUP", "ORG") and _institution_word(answer) and (
            _institution_word(display) != _institution_word(answer)):
        return False  # "Home Office" or "Kremlin" against the "UK government": both right
    kinds = index.kinds
    if kinds is None:
        return True
    if answer_type in ("GROUP", "ORG") and _is_party(answer, answer_entity, kinds) != _is_party(
            display, entity, kinds):
        return False  # "Carib Indians" against the "Tories", "Treasury" against "Labour"
    if verdict is True or answer_type != "PLACE":
        return True
    if one_holds_the_other([answer, *(answer_entity.names if answer_entity else ())],
                           entity.names):
        return False  # "in England" for "in the UK", "in the UK" for "in Sheffield": both right
    name = _place_name(answer, answer_entity)
    # "at the Pul-e-Imam Bukhri bridge": a site the model may not have labelled.
    facility = kinds.is_facility(name) or bool(
        answer.casefold().startswith("at ") and not _TOWN_WORDS.search(answer))
    if kinds.is_facility(display) and not facility:
        return False
    country = kinds.is_country(name) and not _TOWN_WORDS.search(answer)
    if kinds.is_country(display) != country:
        return False
    if _REGION_WORD.search(display) and not _REGION_WORD.search(answer):
        return False  # "near Samangan province" against "near Bagram"
    # "in Africa" is not offered against "in Brussels": a region for a town, or the other way.
    region = kinds.region_not_town(name)
    return region is None or kinds.region_not_town(display) in (None, region)


def _institution_word(name: str) -> str | None:
    """'government' of "Russian government": a country's body, offered only beside other
    countries' bodies of that name (its own ministries and palaces are the same body)."""
    words = name.split()
    last = words[-1].casefold() if words else ""
    return last if len(words) > 1 and last in INSTITUTION_NOUNS else None


def _is_party(name: str, entity: Entity | None, kinds: KindEvidence) -> bool:
    """A party under any of its names: "Lib Dems" is one because "Liberal Democrats" is
    written before "MPs" (the short name only ever before "leader" and "policy")."""
    names = [name, *(entity.names if entity is not None else ())]
    return any(kinds.is_party(n) for n in names)


def _kind_verdict(entity: Entity, answer_type: str, index: EntityIndex) -> bool | None:
    """What the option alone says for answers of `answer_type`: False (never offered), True
    (a people offered for a group: nothing more to check) or None (the answer decides);
    remembered per entity, as the same options are weighed for question after question."""
    key = ("kind", id(entity), answer_type)
    if key not in index.option_verdicts:
        index.option_verdicts[key] = _judge_kind(entity, answer_type, index.kinds)
    return index.option_verdicts[key]


#: Prefixes that make an adjective of a name: "anti-Taliban", "pro-Moscow", "ex-Soviet".
_PREFIXED = re.compile(r"(?i)(?:anti|pro|non|ex|post|pre|neo)-")


def _judge_kind(entity: Entity, answer_type: str, kinds: KindEvidence | None) -> bool | None:
    display = offered_name(entity)
    if entity.type == "GROUP":
        if not is_plural_people(display):
            return False
        if (kinds is not None and " " not in display and not kinds.is_people(display)
                and not kinds.is_party(display)):
            return False  # "iTunes": a plural-looking word, not a people (nor the "Tories")
    if re.search(r"\w(?:['’]s|s['’])\s", display):
        return False  # "Brando's Academy Award", "Schools' Factual": two names in one
    if _PREFIXED.match(display):
        return False  # "anti-Taliban (forces)", "pro-Kremlin": an adjective, no name
    if entity.type in ("ORG", "PERSON") and any(
            name.split()[-1].casefold() in _EVENT_NAMES for name in [display, *entity.names]):
        return False  # "New York Marathon", "Athens Olympic", "GDC" (the Game Developers
        # Conference): an event, no organisation
    if answer_type == "ORG" and display.split()[-1].casefold() in _BUILDING_WORDS:
        return False  # "Kodak Theatre": a building, offered as an organisation
    if answer_type == "ORG" and strip_article(display).split()[0].casefold() in HONORIFICS:
        return False  # "Prince of Wales": a person's title, offered as an organisation
    if kinds is None:
        return None
    if kinds.is_work(display) or kinds.is_kind_of_thing(display):
        return False  # "in Sideways": a film the model called a place; "a Royal Marine"
    if entity.type == "ORG" and kinds.is_event(display):
        return False  # "next month's European Indoors": an event, no organisation
    if entity.type == "ORG" and kinds.inside_longer_name(display):
        return False  # "Information Society" of "World Summit on the Information Society"
    if entity.type == "ORG" and (kinds.looks_like_a_person(display)
                                 or kinds.is_person_by_context(display)):
        return False  # "Ulf Carlsson" offered as an organisation
    if entity.type == "ORG" and (kinds.is_site(display)
                                 or display.casefold() in ORGANISATION_WORDS):
        return False  # "Cowley" of "its Cowley factory"; "Bank" of "Bank of England"
    if entity.type == "ORG" and kinds.is_located(display):
        return False  # "Aybak in Samangan province": a town the model called an organisation
    if entity.type == "ORG" and kinds.is_thing(display):
        return False  # "BitTorrent", "a file-sharing program", offered as an organisation
    if answer_type == "PERSON" and kinds.works_for_it(display):
        return False  # "a director at Ask Jeeves": a company offered among people
    if entity.type == "ORG" and (kinds.is_people(display) or kinds.is_counted(display)
                                 or kinds.is_modifier(display)):
        return answer_type == "GROUP" and kinds.is_people(display)
    if answer_type == "PLACE" and (
            not strip_article(display)[:1].isupper() or not kinds.written_as_place(display)
            or not kinds.stands_alone(display)):
        return False  # "northern Iran": a region described; "Windows programs"
    if answer_type == "PLACE" and kinds.is_met(display):
        return False  # "to meet Santa Claus": a person the model called a place
    return None


def _granularity(entity: Entity, answer: str, answer_type: str,
                 kinds: KindEvidence | None = None) -> int:
    """0 when the option is named like the answer ("finance ministers" and "US troops" by a
    common noun, "Americans" and "Iraqis" as peoples, not a party; "Jozjan province" for
    "Samangan province"; a news outlet for a news outlet), else 1: tried after."""
    if answer_type == "PLACE":
        return int(bool(_REGION_WORD.search(entity.display)) != bool(_REGION_WORD.search(answer)))
    if answer_type == "ORG":
        # "BBC" and "Reuters" are offered for a newspaper or broadcaster, and only after
        # every other organisation for a planemaker or a union.
        return int(kinds is not None and any(kinds.is_news_outlet(n) for n in entity.names)
                   != kinds.is_news_outlet(answer))
    if answer_type != "GROUP":
        return 0
    display = offered_name(entity)
    if ends_in_common_noun(display) != ends_in_common_noun(answer):
        return 1
    if kinds is not None and kinds.is_people(display) != kinds.is_people(answer):
        return 1
    return 0


def _other_head(entity: Entity, answer: str, answer_type: str) -> bool:
    """A group option whose last noun is not the answer's ("authorities" for "fans")."""
    if answer_type != "GROUP" or not ends_in_common_noun(answer):
        return False
    head = _singular(fold(answer.split()[-1]))
    return _singular(fold(offered_name(entity).split()[-1])) != head


def _same_group_name(a: str, b: str) -> bool:
    """"EU ministers" and "European Union finance ministers": one name with two nouns."""
    return (ends_in_common_noun(a) and ends_in_common_noun(b) and bool(name_part(a))
            and bool(name_part(b)) and _similar(name_part(a), name_part(b)))


def _same_shape(display: str, answer: str) -> str:
    """An option with "the" only when the answer has one: "UK Film Council" is offered with
    "Digital Screen Network", not "the Digital Screen Network"."""
    if display.casefold().startswith("the ") and not answer.casefold().startswith("the "):
        return display[4:]  # "The Associated Press" too
    return display


#: Below this share of its mentions labelled with the entity's own type, a name is another
#: kind of thing the model misread once ("Santa Claus" as a place, "Windows" as a place).
TYPE_SHARE = 0.5  # a tie ("BT": six places, six organisations) is no evidence


#: The share of mentions under its own type above which the model's odd other label does
#: not count against a name.
SURE_SHARE = 0.85


def plausible_type(entity: Entity, index: EntityIndex) -> bool:
    """The corpus agrees the entity is of its type, and it is a name, not a common noun."""
    evidence = index.evidence
    if evidence is None:
        return True
    share = evidence.type_share(list(entity.names), entity.type)
    if share is not None and share <= TYPE_SHARE:
        return False
    display = offered_name(entity)
    tokens = display.split()
    # "Labour", a party nine times in ten, is a party though the model once called it a
    # person; a name it calls a person as often as not is a person.
    person = index.find(display, "PERSON") is not None and (share is None or share < SURE_SHARE)
    if entity.type != "PERSON" and (
            person
            or (len(tokens) > 2 and index.find(" ".join(tokens[-2:]), "PERSON") is not None)):
        return False  # "Rory Bremner", "Balco boss Victor Conte" offered as organisations
    parts = re.split(r" and | & ", display)
    if len(parts) > 1 and all(index.find(p, entity.type) not in (None, entity) for p in parts):
        return False  # "Gazprom and Rosneft": two options in one
    if evidence.is_fragment(display):
        return False
    if entity.type == "PERSON":
        # "Tory Lord", "Australian Johnson", "Lib Dems": a group word, not a name.
        if evidence.is_group_word(tokens[0]) or evidence.is_group_word(display.rstrip("s")):
            return False
        if len(tokens) > 2 and re.search(r"^(?:Scot|Briton|Brit|Kiwi|Aussie)$|(?:man|woman)$",
                                         tokens[0]):
            return False  # "Welshman Jimmy Watkins", "Scot Kathy Butler": a description first
        if len(tokens) > 1:
            return True
    return not evidence.is_common_noun(display)


#: The organisation words with awards, events and buildings: last words never of a person or
#: a town.
_INSTITUTION_WORDS = ORGANISATION_WORDS | frozenset({
    "award", "awards", "prize", "prizes", "centre", "center", "school", "club", "festival",
    "theatre", "theater", "museum", "hospital", "stadium", "academy", "championship",
    "championships", "cup", "games", "olympics", "trophy", "tournament", "prix", "digital"})

#: Last words of events, and of an event's name used as a modifier ("Athens Olympic 100m
#: silver medallist").
#: ... and prizes: "Booker Prize", "Turner Prize" are won, not organisations to offer.
_EVENT_NAMES = EVENT_WORDS | frozenset({"olympic", "paralympic", "prize", "award", "medal",
                                        "trophy"})

#: Last words of buildings and sites, which no organisation option ends with.
_BUILDING_WORDS = frozenset({"theatre", "theater", "stadium", "arena", "hall", "museum",
                             "airport", "square", "palace", "prison", "cathedral", "abbey",
                             "bridge", "tower", "park", "street", "road"})

_DANGLING = frozenset({"the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at",
                       "with", "by", "from"})

_PARTICLES = frozenset({"bin", "ibn", "al", "el", "van", "von", "der", "de", "da", "di", "du",
                        "la", "le"})


def well_formed(name: str, kind: str) -> bool:
    """A name that can stand as an option: no stray punctuation, no dangling "the"; a person's
    name is two to five capitalised words (particles such as "bin" or "van" aside)."""
    if re.search(r"[:;()\[\]{}\"“”]| - ", name) or name.split()[-1].casefold() in _DANGLING:
        return False
    if name.split()[0].casefold() in ("a", "an") and len(name.split()) > 1:
        return False  # "a Conservative Party (candidate)": a description, not the name
    if all(t.rstrip(".").casefold() in HONORIFICS for t in name.split()):
        return False  # "Rear Adm": a title the model cut off its name
    if kind in ("PERSON", "PLACE") and name.split()[-1].casefold() in _INSTITUTION_WORDS:
        return False
    last = name.split()[-1]
    if (kind == "ORG" and len(name.split()) > 1 and last.islower()
            and last not in INSTITUTION_NOUNS):
        return False  # "Interactive Entertainment committee": a description, not a name
    if kind == "PERSON":
        tokens = name.split()
        return 1 <= len(tokens) <= 5 and not re.search(r"\d", name) and tokens[0] != "The" and all(
            t[:1].isupper() or t.casefold() in _PARTICLES for t in tokens)
    return True


def _good_option(entity: Entity, index: EntityIndex) -> bool:
    """A name that reads as an answer on its own: a person's full name, a group noun."""
    if entity.good_option is not None:
        return entity.good_option
    good = True
    if entity.type == "PERSON":
        # A real person is named again by surname or title ("Mr Nichols"); film titles and
        # clubs the model calls people ("Y Tu Mama Tambien", "Morpeth Harrier") are not.
        named_again = any(len(person_tokens(n)) == 1 for n in entity.names)
        good = (entity.is_full_name and named_again
                and not index.find(entity.display, "GROUP"))
    elif entity.type == "GROUP":
        name = offered_name(entity)  # "Palestinians", offered for "Palestinian"
        good = len(name.split()) > 1 or name.endswith("s") or entity.used_as_answer
    elif entity.type == "ORG":
        # Named once in the whole corpus, a capitalised phrase the model called an organisation
        # is as often a film, a seat or a slogan ("Grade C", "Bolshevik Russia"), unless its
        # own words say it is a body ("Menatep Group", "Ogilvy & Mather").
        good = (entity.count > 1 or entity.used_as_answer
                or " & " in entity.display
                or any(w.casefold() in ORGANISATION_WORDS for w in entity.display.split()))
    elif entity.type == "PLACE":
        # Films and adjectives the model calls places ("Sideways") are rarely named twice.
        good = entity.count > 1 or entity.used_as_answer
    entity.good_option = good
    return good


def corpus_dates(answer: str, dates: list[str], exclude: list[str]) -> list[str]:
    """Dates of the same shape mentioned elsewhere in the corpus, most frequent first."""
    shape = date_shape(answer)
    forbidden = {fold(x) for x in [answer, *exclude]}
    seen: dict[str, int] = {}
    for text in dates:
        if date_shape(text) == shape and fold(text) not in forbidden:
            seen[text] = seen.get(text, 0) + 1
    return sorted(seen, key=lambda t: (-seen[t], t))


def _none_in_prompt(prompt: str, exclude: list[str],
                    make: Callable[[list[str]], list[str]]) -> list[str]:
    """Options from `make`, none named in the question: "Saturday" is no wrong answer to
    "When does the qualifying round take place, with the final scheduled for Saturday?"."""
    exclude = list(exclude)
    for _ in range(3):
        found = make(exclude)
        named = [option for option in found if contains_phrase(prompt, option)]
        if not named:
            return found
        exclude.extend(named)
    return [option for option in found if not contains_phrase(prompt, option)]


def distractors_for(
    *,
    question_id: str,
    kind: str,
    answer: str,
    answer_type: str,
    accepted: list[str],
    answer_entity: Entity | None,
    doc_id: str,
    context: list[str],
    index: EntityIndex,
    corpus_date_texts: list[str],
    other_values: list[str] = (),
    neighbours: list[str] = (),
) -> list[str]:
    """Distractors for any kind of question; `other_values` are conflicting right answers."""
    below = answer_position(question_id)
    prompt = context[0] if context else ""
    if kind == "how-many" or answer_type == "NUMBER":
        return _none_in_prompt(prompt, [*accepted, *other_values], lambda exclude: (
            number_distractors(answer, below=below, exclude=exclude)))
    if kind == "when" or answer_type == "DATE":
        def dates(exclude: list[str]) -> list[str]:
            found = date_distractors(answer, below=below, exclude=exclude)
            if len(found) < COUNT:
                extra = corpus_dates(answer, corpus_date_texts, [*exclude, *found])
                found.extend(_stable_order(question_id, extra[:POOL])[: COUNT - len(found)])
            return found
        return _none_in_prompt(prompt, [*accepted, *other_values], dates)
    return entity_distractors(
        question_id=question_id, answer=answer, answer_type=answer_type, accepted=accepted,
        answer_entity=answer_entity, doc_id=doc_id, context=context, index=index,
        neighbours=neighbours,
    )

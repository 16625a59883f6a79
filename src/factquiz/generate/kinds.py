"""What kind of thing a name is, read from how the whole corpus writes it.

Multiple choice needs options of the answer's own kind and granularity: a town for a town, a
country for a country, a group of people for a group, an organisation for an organisation.
The model's labels alone mix these up ("Tajiks" as an organisation, "Dibaba" as a place,
"17,815 Buick Raniers" as a company), so each test here looks at every place the corpus
writes the name: after "in" or "near", after a count, before another name, as a plural of a
nationality. No list of names: only the articles' own wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from factquiz.generate.candidate import Mention
from factquiz.generate.name_sex import sex_of_given_name
from factquiz.generate.names import (
    FUNCTION_WORDS,
    ORGANISATION_WORDS,
    fold,
    name_key,
    person_tokens,
    strip_article,
    strip_possessive,
    strip_preposition,
)

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: "the" right before a name: "the Bafta experts".
_THE_BEFORE = re.compile(r"\b[Tt]he $")
#: "of" only makes a place where the name ends the phrase ("the city of Kandahar, ..."), not
#: before more of a name ("chair of Bafta's ...", "chairman of the Bafta games awards").
_OF_BEFORE = re.compile(r"\bof (?:the )?$", re.IGNORECASE)
_ENDS_A_PHRASE = re.compile(
    r"^(?:[,.;:)!?\"”]|\s+(?:and|or|in|on|at|to|for|with|from|is|was|has|had|have|are|were|"
    r"said|says|where|which|who|after|before|since|by)\b|\s*$)")
#: Prepositions that put a real place after them ("in Edinburgh", "near Bagram").
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|into|across|outside|inside|around|towards?|through|via|"
    r"throughout|of)\s+(?:the\s+)?$", re.IGNORECASE)
#: "12,000", "two", "17,815": a name counted like this is a product, not an organisation.
#: A count, not a year or a bare decimal ("17,815", "40", "5.45m"; not "2004." or "1.45").
_COUNT = (r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:m|bn|k)|\d{1,3})"
          r"(?![\w.,]\w|[\w])")
_COUNT_BEFORE = re.compile(
    rf"(?:{_COUNT}|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands) of|\b(?:two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands))"
    r"\s+(?:[A-Z][\w-]*\s+)*$")
#: "17,815 Buick Raniers, Chevrolet Trailblazers and ...": the rest of a counted list.
_COUNTED_LIST = re.compile(rf"{_COUNT}\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+|\s+))+$")
#: "at 1200 GMT", "10:30 BST", "9am EST": a name after a clock time is its time zone.
_CLOCK_BEFORE = re.compile(r"(?<![\w,.])(?:[012]\d[0-5]\d|\d{1,2}[:.][0-5]\d|\d{1,2}\s?[ap]m)\s+$")
_FIRST_WORD = re.compile(r"(?<![\w'’-])[^\W_]\w*")
#: What follows a name standing alone: punctuation, a preposition, a conjunction, a verb.
_ALONE_AFTER = re.compile(
    r"^(?:[.,;:)'’\"]|\s+(?:and|or|of|in|on|at|to|for|with|by|from|is|was|are|were|has|had|"
    r"have|will|would|can|could|said|says|met|won|lost|came|went|made|took|saw|beat|held|"
    r"[a-z]+ed)\b)")
_INSIDE_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z][\w-]* (?:of|for|on|at) (?:the )?"
    r"|\b(?!(?:The|A|An|In|On|At|But|And|It|This|That|Its|His|Her|Their|Mr|Mrs|Ms|Dr)\b)"
    r"[A-Z][\w&-]* )$")
#: ... and a name joined to a capitalised word before it: "Commercial Services Union" of
#: "Public and Commercial Services Union" (when that word is one the corpus mostly writes in
#: lower case; "WPP and Cordiant Communications" names two).
_JOINED_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*) (?:and|&) $")
#: Only a place or an event is written after "at": "launched at CES", "at the Games".
_AT_BEFORE = re.compile(r"\b[Aa]t (?:the )?$")
#: A time that owns what follows: "next month's", "last year's" (an event follows).
_TIME_POSSESSIVE = re.compile(
    r"\b(?:next|last|this|coming) (?:year|month|week|weekend|summer|winter|season)['’]s $"
    r"|\b(?:Sunday|Saturday|Friday|tomorrow|today)['’]s $")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.? $")
#: Titles that tell a person's sex, and the first personal pronoun after a name.
_TITLE_SEX = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f",
              "dame": "f", "lady": "f"}
_SEX_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.? $")
#: Words that say a person's sex: the personal pronouns, and an event or award of one sex
#: ("the women's 60m", "best actress"), which says the same of who ran in it or won it.
SEXED_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|herself)\b", re.IGNORECASE)
SEXED_EVENT = re.compile(
    r"\b(women|men)['’]s\b|\bbest (?:supporting |leading )?(actress|actor)\b"
    r"|\b(woman|female|man|male) (?:athlete|player|runner|sprinter|swimmer|cyclist|driver"
    r"|boxer|golfer|singer|artist|footballer)\b", re.IGNORECASE)  # "woman athlete of 2004"
_FEMALE_WORDS = frozenset({"she", "her", "herself", "women", "actress", "woman", "female"})


def sex_said(match: re.Match[str]) -> str:
    """"f" or "m": what a match of `SEXED_PRONOUN` or `SEXED_EVENT` says."""
    word = next(group for group in match.groups() if group)
    return "f" if word.lower() in _FEMALE_WORDS else "m"


def _first_sexed_word(text: str) -> re.Match[str] | None:
    found = [m for m in (SEXED_PRONOUN.search(text), SEXED_EVENT.search(text)) if m]
    return min(found, key=lambda m: m.start(), default=None)
#: Where a name's own stretch of text ends: a sentence's end, or another capitalised word.
_BEFORE_ANOTHER_NAME = re.compile(r"[.!?] |\s[A-Z]")
#: What a country has and a town does not: "Italy's government", "the capital of Peru".
_COUNTRY_AFTER = re.compile(
    r"^['’]s\s+(?:(?:new|former|own|largest|biggest|main)\s+)?(?:government|president|"
    r"prime minister|economy|capital|parliament|army|military|foreign minister|ambassador|"
    r"embassy|gdp|constitution|monarchy|currency)\b", re.IGNORECASE)
#: How nationality words end: "Afghan", "Italian", "Chinese", "Turkish", "Iraqi", "Uzbek"
#: (not "-ic": "Islamic" is no nationality of Islamabad).
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ch", "k")
#: What the articles call works just before naming one: "comedy Sideways", "hit Shrek 2",
#: "movie The Aviator" (a title's own "The" is not the article).
WORK_BEFORE = re.compile(
    r"\b(?:film|movie|comedy|drama|thriller|novel|book|album|musical|biopic|documentary|hit|"
    r"nominee|sitcom|blockbuster|sequel|single|game|title|fable|play|animation)\s+(?:The\s+)?$"
    # "seven Lee films including Jungle Fever", "novels such as X, Y and":
    r"|\b(?:films|movies|novels|books|albums|plays|songs|musicals|sitcoms|games),? (?:including|"
    r"such as|like) (?:[A-Z][\w'’ -]*, )*(?:[A-Z][\w'’ -]* and )?$")
#: A capital "The" after a word inside a sentence: "in The", "Howard's The".
_MIDSENTENCE_THE = re.compile(r"[\w'’,]\s+The\s+$")
#: What follows a company's site: "the Oxford factory", "its Longbridge plant".
_SITE_AFTER = re.compile(r"^ (?:plant|factory|works|car plant|assembly plant|site)\b")
_IN_BEFORE = re.compile(r"\b(?:in|near|outside) $")
#: What follows a party's name: "Tory MP", "Labour MPs", "Liberal Democrats' manifesto".
_PARTY_AFTER = re.compile(
    r"^(?:['’]s?)? (?:[Pp]arty|MPs?|MSPs?|AMs?|peers?(?!-)|manifesto|frontbench|"
    r"backbench(?:er|ers)?|whips?)\b")
#: What follows a work's name: "X, starring Tom Hanks", "X, which cost $7m to make".
WORK_AFTER = re.compile(
    r"^,? (?:which |that )?(?:stars|starring|starred|co-starring|is based on|was based on|"
    r"tells the story|grossed|was directed|directed by)\b"
    r"|^, which (?:\w+ )?cost (?:[^.]|\.(?=\d)){1,30} to make")  # "$7m (£3.5m)"
#: What follows a thing, not a body: "X, a beef cattle ranch owned by", "X, a film about":
#: the lower-case description's last word before what qualifies it.
_DESCRIBED_AS = re.compile(
    r"^, (?:a|an|the) (?:[a-z][\w-]* ){0,3}?([a-z][a-z-]*)"
    r"(?= (?:owned|run|based|made|about|that|which|by|in|of|for|from|with|starring|set|where|"
    r"designed|developed|used|launched)\b|[,.;:])")
#: Nouns that describe a body ("a cable company", "the mining group"): with the organisation
#: words of a name (`ORGANISATION_WORDS`) these say "organisation".
_BODY_NOUNS = frozenset({
    "firm", "company", "maker", "giant", "operator", "provider", "retailer", "carrier",
    "broadcaster", "publisher", "chain", "label", "studio", "insurer", "lender", "airline",
    "regulator", "watchdog", "body", "charity", "club", "side", "team", "newspaper", "paper",
    "station", "outfit", "business", "conglomerate", "producer", "supplier", "manufacturer",
    "developer", "distributor", "consortium", "coalition", "alliance", "movement", "court",
    "parliament", "government", "carmaker", "planemaker", "bank", "group", "agency", "party",
    "union", "organisation", "organization", "institution", "unit", "subsidiary", "arm",
    "rival", "partner", "owner", "investor", "fund", "exchange", "tabloid",
    "daily", "website", "service", "network", "channel", "magazine", "band"})
#: A full name just before or after another in a list: "Kevin Spacey and ", ", Richard Gere".
_NAME_LISTED_BEFORE = re.compile(r"\b((?!The |A |An )[A-Z][\w'’-]+ [A-Z][\w'’-]+)(?:,| and) $")
_NAME_LISTED_AFTER = re.compile(r"^(?:,| and) ((?!The |A |An )[A-Z][\w'’-]+ [A-Z][\w'’-]+)\b")
#: What comes before a news outlet: people tell it things ("told the BBC", "told Reuters"),
#: or the article says what it is ("the newspaper Le Monde").
_OUTLET_BEFORE = re.compile(
    r"(?:\btold|\b(?:newspaper|paper|magazine|broadcaster|channel|news agency|tabloid)) "
    r"(?:the )?$")
#: ... and what comes after one: "Reuters reported", "the Sun newspaper".
_OUTLET_AFTER = re.compile(
    r"^(?:'s)? (?:newspaper|magazine|tabloid|reported|reports|broadcaster|news agency)\b")
#: What follows a place set inside another: " in Samangan province", ", in east London".
_LOCATED_AFTER = re.compile(
    r"^ in (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:province|state|region|county|district)\b"
    r"|^, in (?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-east|north-west|south-east|south-west) )?(?:the )?[A-Z][\w'’-]*(?:,|\.| and\b| [a-z])")
#: What technology and products are called just before or after their name: "program
#: BitTorrent", "system called BitTorrent", "its new RipGuard technology", "VHS machines",
#: "the steroid THG", "testing positive for THG", "Xbox consoles", "Xbox 2" (a model's number),
#: "RSS feeds", "RSS aggregators".
_THING_BEFORE = re.compile(
    r"\b(?:program|programme|software|system|technology|format|standard|device|gadget|"
    r"console|handset|browser|ranch|farm|estate|model|car|drug|vaccine|engine|chip|"
    r"processor|protocol|codec|steroid|substance|stimulant|virus|worm|trojan)\s+"
    r"(?:called\s+|named\s+|known as\s+)?$|\bpositive for $|\ba used $"
    # "The 1984 release of the Mac": what is released is a product, not its maker.
    r"|\b(?:release|launch|version|versions|model|models) of (?:the |a |an )?$")
_THING_AFTER = re.compile(
    r"^ (?:technology|software|program|programs|system|systems|format|standard|device|"
    r"devices|player|players|machines?|tapes?|recorders?|boxes|set-top|handsets?|consoles?|"
    r"files?|discs?|chips?|tags?|engines?|protocol|games? console|games?|use|users|feeds?|"
    r"aggregators?)\b"
    # "the Cooper S which costs up to £17,730": what costs money is bought, not a body
    r"|^ (?:which |that )?costs? (?:up to |from |about |around )?[£$€\d]"
    r"|^ \d\b(?![,.]?\d)")
#: Descriptions that make a name a work: "X, a film about ...".
_WORK_NOUNS = frozenset({"film", "movie", "comedy", "drama", "thriller", "novel", "book",
                         "album", "musical", "biopic", "documentary", "sitcom", "play",
                         "series", "show", "song", "single", "fable", "sequel", "game"})
#: Descriptions of people, which say nothing against an organisation's name being one.
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "person", "spokesman",
                           "spokeswoman"})
#: "supermodel " just before a name: a singular lower-case noun describing it.
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-z]+[a-rt-z]) $")
#: Words before a name that say nothing of what it is: "against Hewlett Packard".
_NOT_ROLES = frozenset({
    "against", "with", "for", "from", "to", "at", "in", "on", "of", "by", "and", "or", "but",
    "than", "that", "the", "a", "an", "when", "while", "after", "before", "about", "between",
    "like", "into", "over", "under", "then", "said", "told", "say", "tell", "join", "beat",
    "sue", "buy", "sell", "hit", "met", "meet", "led", "lead", "left", "won", "win", "lost",
    "lose", "named", "name", "as", "new", "former", "ex", "only", "both", "all", "chief",
    "head", "boss", "rival", "partner", "owner", "where", "whom", "who", "which", "how", "why",
    "there", "here", "now", "also", "just", "even", "not"})
#: "X, who ...", "X, 32,": only people are written so.
_PERSON_AFTER = re.compile(r"^, who\b|^, (?:aged )?\d{2},")
#: "the owners of Rover, who ...": after a preposition the relative clause may be the
#: head noun's.
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|at|for|from|to|with|by|on|into) (?:the )?$")
#: "Jochi died in 1226, during his father's lifetime", "Iqbal's father": a name whose own
#: next words, lower-case only (no other name between), say "his" or "her" or name a
#: relative is a person's. A role word between ("the BBC's correspondent said his") makes
#: the pronoun that person's, not the name's.
_OWN_PRONOUN_AFTER = re.compile(
    r"^(?: (?:[a-z][\w-]*|\d[\d,]*),?){1,7} (?:his|her|himself|herself)\b"
    r"|^'s (?:father|mother|wife|husband|son|daughter|brother|widow|uncle|grandfather)\b")
_ITS_AFTER = re.compile(r"^(?: (?:[a-z][\w-]*|\d[\d,]*),?){0,7} (?:its|their|itself)\b")
_ROLE_WORDS = frozenset("""boss chief head manager director chairman chairwoman executive
    spokesman spokeswoman spokesperson reporter correspondent editor founder president
    minister secretary leader owner coach player striker captain member members staff
    analyst economist officer official officials lawyer lawyers""".split())  # noqa: SIM905
#: "to meet X", "met X": people are met, towns are visited.
_MET_BEFORE = re.compile(r"\b(?:meet|meets|met|meeting) (?:with )?$")
#: "directed by X", "starring X": only people direct and star.
_PERSON_BEFORE = re.compile(
    r"\b(?:directed|written|produced|coached|starring|starred|co-starring|featuring|"
    r"played) (?:by )?$")
#: "director of product at Ask Jeeves", "an analyst at X": someone works at X, a body.
_MEMBER_BEFORE = re.compile(
    r"\b(?:director|president|chief|head|spokes(?:man|woman|person)|executive|chairman|"
    r"founder|analyst|boss|economist|editor|manager|employee|staff)(?: of(?: [\w-]+){1,2})? "
    r"at (?:the )?$")
#: "..., Islamabad, " before a name: it follows a town and a comma (not as a list's third).
_AFTER_TOWN = re.compile(r"(?<!, )(?<!\w)(?:in|at|from|to|of|near) [A-Z][\w'’.-]*, $")
_LIST_GOES_ON = re.compile(r"^,? (?:and|or) ")
#: What follows a noun that is a clause's subject: a comma, a verb ("held", "wins", "has").
_VERB_AFTER = re.compile(
    r"^(?:,|\s+(?:[a-z]+ed|[a-z]+s|has|had|was|is|will|would|could|can|may|must|won|ran|beat|"
    r"took|led|set|held|fell|came|made|said|got|went|broke|lost|who)\b)")
#: A name listed just before or after another: "France and Germany", "Italy, Spain".
#: (Not a comma: "Islamabad, Pakistan" names a town and its country.)
_LISTED_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*),? (?:and|or) (?:the )?$")
_LISTED_AFTER = re.compile(r"^,? (?:and|or) (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)")
#: "the US government", "UK economy": a country's name as a modifier of what it has.
_COUNTRY_MODIFIES = re.compile(
    r"^\s+(?:government|president|economy|embassy|authorities|parliament|military|army|"
    r"ambassador|prime minister|foreign minister|foreign ministry|troops|navy)\b")
_COUNTRY_BEFORE = re.compile(
    r"\b(?:capital|government|president|prime minister|parliament|ambassador|embassy|"
    r"citizens|king|queen|economy) of (?:the\s+)?$", re.IGNORECASE)
#: Collective nouns for people that are plural without an "s".
PLURAL_PEOPLE = frozenset({"people", "police", "staff", "personnel", "militia", "clergy",
                           "youth", "crew", "public", "electorate"})


#: Short English names news uses where ISO 3166 writes another ("Türkiye", "Russian
#: Federation", "United Kingdom of Great Britain and Northern Ireland", "Myanmar").
ENGLISH_COUNTRY_NAMES = {
    "Turkey": "TR", "Russia": "RU", "Britain": "GB", "Great Britain": "GB", "UK": "GB",
    "US": "US", "USA": "US", "America": "US", "Holland": "NL", "Ivory Coast": "CI",
    "Burma": "MM", "Macedonia": "MK", "Swaziland": "SZ", "Cape Verde": "CV",
    "East Timor": "TL", "Vatican": "VA",
}


def _own_pronoun(after: str) -> bool:
    """See `_OWN_PRONOUN_AFTER`."""
    found = _OWN_PRONOUN_AFTER.match(after)
    return found is not None and not any(
        w.strip(",") in _ROLE_WORDS for w in found.group(0).split())


def _iso_key(name: str) -> str:
    """"Iran, Islamic Republic of" -> "iran"; "Wales [Cymru GB-CYM]" -> "wales"."""
    return name_key(re.sub(r"\s*[(\[].*[)\]]$", "", name.split(",")[0]))


class _IsoPlaces(NamedTuple):
    """What ISO 3166 says of place names, all as `name_key`s."""

    #: Country name (short, common or official) -> its ISO code.
    countries: dict[str, str]
    #: Name of a part of a country (a nation, region, county or city) -> the codes of the
    #: countries it is in.
    parts: dict[str, frozenset[str]]
    #: English counties ("Two-tier county": Kent, Surrey, Lancashire): no town shares such a
    #: name, unlike a state or province ("Lagos", "Kandahar").
    counties: frozenset[str]
    #: Parts that are no country ("Baghdad" governorate, "Kano" state); England and Scotland
    #: are "Country" parts, and no name of a country is among these.
    not_countries: frozenset[str]
    #: Nations of a country ("England", "Scotland", "Wales"): ISO's "Country" and "Nation"
    #: parts, which news calls countries.
    nations: frozenset[str]


@lru_cache(maxsize=1)
def _iso_places() -> _IsoPlaces:
    """ISO 3166 from pycountry, read in one pass (half a second: `nlp.extract.warm_up` reads
    it before workers fork)."""
    import pycountry

    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                countries[_iso_key(value)] = country.alpha_2
    for name, code in ENGLISH_COUNTRY_NAMES.items():
        countries.setdefault(_iso_key(name), code)
    parts: dict[str, set[str]] = {}
    counties: set[str] = set()
    not_countries: set[str] = set()
    nations: set[str] = set()
    for part in pycountry.subdivisions:
        key = _iso_key(part.name)
        parts.setdefault(key, set()).add(part.country_code)
        if part.type == "Two-tier county":
            counties.add(key)
        if part.type in ("Country", "Nation"):
            nations.add(key)
        elif key not in countries:
            not_countries.add(key)
    return _IsoPlaces(countries, {k: frozenset(v) for k, v in parts.items()},
                      frozenset(counties), frozenset(not_countries), frozenset(nations))


def no_country(name: str) -> bool:
    """"Baghdad", "Kandahar": a city or province by ISO 3166-2, never "the country"."""
    return name_key(strip_preposition(name)) in _iso_places().not_countries


def a_country(name: str) -> bool:
    """"Iraq", "South Korea", "Turkey", "Scotland": an ISO 3166 country or one of the
    nations of a country, never "the city"."""
    key = name_key(strip_preposition(name))
    return key in world_countries() or key in _iso_places().nations


def is_county(name: str) -> bool:
    """"Lancashire", "Yorkshire", "Kent": a county, never a town to offer beside "Sheffield"."""
    key = name_key(strip_preposition(name))
    return key.endswith("shire") or key in _iso_places().counties


@lru_cache(maxsize=1)
def world_countries() -> frozenset[str]:
    """Every ISO 3166 country (pycountry's names, short and official), as `name_key`s.

    The corpus alone cannot always tell a country from a town: the BBC set names Afghanistan
    five times and never writes "Afghan". A name the corpus calls a country is one too (the
    UK, Russia: ISO writes "United Kingdom", "Russian Federation").
    """
    return frozenset(_iso_places().countries)


def one_holds_the_other(names: Iterable[str], other_names: Iterable[str]) -> bool:
    """One place lies in the other, by ISO 3166: "England" or "Sheffield" in the UK (under any
    of its names, "United Kingdom"), "Paris" in France. Offered against each other, both
    would be right."""
    places = _iso_places()
    countries, parts = places.countries, places.parts
    first, second = [{name_key(strip_preposition(n)) for n in group}
                     for group in (names, other_names)]

    def holds(outer: set[str], inner: set[str]) -> bool:
        codes = {countries[k] for k in outer if k in countries}
        return any(parts.get(k, frozenset()) & codes for k in inner if k not in countries)

    return holds(first, second) or holds(second, first)


def _given_name_sex(full: list[str]) -> str | None:
    """The sex every full name's given name says ("Martin Scorsese"), or None if any says
    none or they disagree."""
    said = {sex_of_given_name(tokens[0]) if len(tokens) > 1 else None
            for tokens in map(person_tokens, full)}
    return said.pop() if len(said) == 1 else None


@dataclass
class KindEvidence:
    """Raw label votes per name, demonyms, and the corpus text to read contexts in."""

    #: folded name (no "the", no possessive) -> spaCy label -> mentions.
    labels: dict[str, Counter[str]] = field(default_factory=dict)
    #: One-word group names the model labels NORP ("Afghan", "Uzbek", "Pakistanis").
    demonyms: frozenset[str] = frozenset()
    text: str = ""
    #: Each article's own text, for evidence that must come from one article.
    documents: tuple[str, ...] = ()
    #: First words of the corpus's full person names ("alistair", "ulf").
    given_names: frozenset[str] = frozenset()
    _mention_texts: frozenset[str] = frozenset()
    #: given name -> each person of that given name -> how the articles write the name
    #: ("jade" -> "jade johnson" -> "Jade Johnson").
    _namesakes: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, repr=False)
    _contexts: dict[tuple[str, int], list[tuple[str, str]]] = field(default_factory=dict,
                                                                    repr=False)
    _positions: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _forms: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _memo: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False)
    #: word -> where it starts in `text`.
    _words: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _countries: set[str] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, texts: list[str], mentions: list[Mention]) -> KindEvidence:
        labels: dict[str, Counter[str]] = {}
        for m in mentions:
            labels.setdefault(name_key(m.text), Counter())[m.label] += 1
        demonyms = frozenset(fold(m.text) for m in mentions
                             if m.label == "NORP" and len(m.text.split()) == 1)
        text = " " + " ".join(" ".join(texts).split()) + " "
        full: dict[str, dict[str, set[str]]] = {}
        for m in mentions:
            tokens = person_tokens(m.text)
            if m.label == "PERSON" and len(tokens) > 1 and not m.text.split()[0].isupper():
                full.setdefault(tokens[0], {}).setdefault(" ".join(tokens), set()).add(m.text)
        # A given name is the first word of two people at least: "Illva Saronno" read once
        # as a person makes "Illva" no given name.
        namesakes = {first: {person: frozenset(written) for person, written in people.items()}
                     for first, people in full.items() if len(people) > 1}
        return cls(labels=labels, demonyms=demonyms, text=text, documents=tuple(texts),
                   given_names=frozenset(namesakes),
                   _mention_texts=frozenset(m.text for m in mentions), _namesakes=namesakes)

    def contexts(self, name: str, width: int = 40) -> list[tuple[str, str]]:
        """(text before, text after) every whole-word occurrence of `name` in the corpus;
        str.find, not a regex: this runs for every option considered."""
        bare = strip_article(name).strip()
        if (bare, width) in self._contexts:
            return self._contexts[(bare, width)]
        text, end = self.text, len(bare)
        found = [(text[max(0, at - width):at], text[at + end:at + end + width])
                 for at in self._whole_word_starts(bare)]
        self._contexts[(bare, width)] = found
        return found

    def _whole_word_starts(self, bare: str) -> list[int]:
        """Where `bare` occurs as whole words; remembered, as widths vary per question."""
        if bare in self._positions:
            return self._positions[bare]
        text, end = self.text, len(bare)
        found = []
        for at in self._starts(bare):
            before, after = text[at - 1:at] if at else "", text[at + end:at + end + 1]
            if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
                found.append(at)
        self._positions[bare] = found
        return found

    def _starts(self, bare: str) -> list[int]:
        """Where `bare` may start in the text: the positions of its first word (one pass over
        the text builds them all), or a plain search for names without a leading word."""
        first = _FIRST_WORD.match(bare)
        if not first:
            found, at = [], self.text.find(bare) if bare else -1
            while at >= 0:
                found.append(at)
                at = self.text.find(bare, at + 1)
            return found
        if not self._words:
            for word in _FIRST_WORD.finditer(self.text):
                self._words.setdefault(word.group(0), []).append(word.start())
        return [at for at in self._words.get(first.group(0), ())
                if self.text.startswith(bare, at)]

    def label_share(self, name: str, labels: frozenset[str]) -> float | None:
        """The share of the name's mentions carrying one of `labels`; None when unseen."""
        votes = self.labels.get(name_key(name))
        if not votes:
            return None
        return sum(n for label, n in votes.items() if label in labels) / sum(votes.values())

    def is_facility(self, name: str) -> bool:
        """See `_is_facility`; remembered per name (options ask again and again)."""
        key = ("is_facility", name)
        if key not in self._memo:
            self._memo[key] = self._is_facility(name)
        return self._memo[key]

    def _is_facility(self, name: str) -> bool:
        """"the Vienna State Opera", "the Big Apple": labelled a building or site more often
        than a town, country or region."""
        votes = self.labels.get(name_key(name))
        return bool(votes) and votes["FAC"] > votes["GPE"] + votes["LOC"]

    def is_met(self, name: str) -> bool:
        """'a young boy's journey to meet Santa Claus': someone the articles meet is a person
        (or a team), whatever the model labelled it; nobody meets a town."""
        key = ("is_met", name)
        if key not in self._memo:
            self._memo[key] = any(_MET_BEFORE.search(before) for before, _ in self.contexts(name))
        return self._memo[key]

    def written_as_place(self, name: str) -> bool:
        """See `_written_as_place`; remembered per name (options ask again and again)."""
        key = ("written_as_place", name)
        if key not in self._memo:
            self._memo[key] = self._written_as_place(name)
        return self._memo[key]

    def _written_as_place(self, name: str) -> bool:
        """Some article writes the name after "in", "near", "from"...: a real place. A
        surname the model once called a place ("Dibaba") never is."""
        found = self.contexts(name)
        if any(_LOCATIVE_BEFORE.search(before) and (
                not _OF_BEFORE.search(before) or _ENDS_A_PHRASE.match(after))
               for before, after in found):
            return True
        # Never after "in" or "from", a name the articles often write after "the" is no town
        # ("the Bafta experts", "the Bafta for his supporting role": an academy and its award).
        with_the = sum(1 for before, _ in found if _THE_BEFORE.search(before))
        if with_the * 3 >= len(found) > 0:
            return False
        votes = self.labels.get(name_key(name))  # "Kenya's", "Kenya said": often a country
        return bool(votes) and votes["GPE"] >= 5 and votes["GPE"] * 2 > sum(votes.values())

    def is_country(self, name: str) -> bool:
        """See `_is_country`; remembered per name (options ask again and again)."""
        key = ("is_country", name)
        if key not in self._memo:
            self._memo[key] = self._is_country(name)
        return self._memo[key]

    def _is_country(self, name: str) -> bool:
        """A country rather than a town: what `_own_country_evidence` says, or the articles
        list it twice with such countries ("France and Germany", "Italy, Spain")."""
        if self._countries is None:
            self._countries = {key for key, votes in self.labels.items()
                               if votes["GPE"] * 2 > sum(votes.values())
                               and self._own_country_evidence(key)}
        key = name_key(name)
        if key in self._countries:
            return True
        votes = self.labels.get(key)
        if key in world_countries() and (not votes or votes["GPE"] * 2 > sum(votes.values())):
            return True  # "Afghanistan", named five times with nothing to tell it from a town
        if not votes or votes["GPE"] * 2 <= sum(votes.values()):
            return False
        bare = strip_article(name).strip()
        listed = 0
        for before, after in self.contexts(bare):
            listed += sum(1 for found in (_LISTED_BEFORE.search(before), _LISTED_AFTER.match(after))
                          if found and name_key(found.group(1)) in self._countries)
        return listed >= 2  # once beside a country ("Greenwich and London") is no evidence

    def _own_country_evidence(self, key: str) -> bool:
        """A nationality word is formed on the name ("Afghan" and "Afghanistan", "German"
        and "Germany"), or the articles give it a government, a capital, a president ("Peru's
        government", "the capital of Peru", "the US economy")."""
        bare = key
        if " " not in bare and len(bare) >= 4:
            for demonym in self.demonyms:
                if demonym.endswith("ish") and len(demonym) >= 5:
                    # "Span-ish"/"Spa-in", "Ir-ish"/"Ir-eland", "Pol-ish"/"Po-land".
                    stem = demonym[:-3]
                    if (_common_prefix(bare, stem) >= max(2, len(stem) - 1)
                            and len(bare) <= len(stem) + 5):
                        return True
                if not demonym.endswith(_NATIONALITY_ENDINGS):
                    continue  # "Londoner": people of a town; "Green": a party, not Greenwich
                common = _common_prefix(bare, demonym)
                rest, demonym_rest = len(bare) - common, len(demonym) - common
                # "Afghan-istan", "Ital-y"/"Ital-ian"; not "Gree-nwich"/"Gree-k".
                if demonym != bare and common >= 4 and (
                        rest <= 4 or (demonym_rest == 0 and rest <= 5)):
                    return True
        found = [context for form in self._written_forms(key) for context in self.contexts(form)]
        hits = sum(1 for before, after in found
                   if _COUNTRY_AFTER.match(after) or _COUNTRY_BEFORE.search(before)
                   or _COUNTRY_MODIFIES.match(after))
        # One "London's government" is no country; the US has many among many mentions.
        if hits >= 3 or (hits > 0 and hits * 20 >= len(found)):
            return True
        # "Atlanta, Georgia", "Islamabad, Pakistan": the larger place after a town's comma.
        after_town = sum(1 for before, after in found
                         if _AFTER_TOWN.search(before) and not _LIST_GOES_ON.match(after))
        return after_town >= 2 or (after_town == 1 and len(found) <= 10)

    def _written_forms(self, key: str) -> list[str]:
        """How the articles write a folded name: "US", "Afghanistan" (capitalised)."""
        if not self._forms:
            for text in self._mention_texts:
                self._forms.setdefault(name_key(text), set()).add(strip_article(
                    strip_possessive(" ".join(text.split()))))
        return sorted(self._forms.get(key, ()))

    def is_work(self, name: str) -> bool:
        """See `_is_work`; remembered per name (options ask again and again)."""
        key = ("is_work", name)
        if key not in self._memo:
            self._memo[key] = self._is_work(name)
        return self._memo[key]

    def _is_work(self, name: str) -> bool:
        """"Sideways", "Meet The Fockers": the articles call it a comedy, a film, a hit
        ("film The Chorus", "The Chorus, a film about"), or write it with its stars or its
        making ("X, starring Tom Hanks"), twice or in a fifth of its mentions, whatever label
        the model gave it."""
        found = self.contexts(name)
        hits = sum(1 for before, after in found
                   if WORK_BEFORE.search(before) or WORK_AFTER.match(after)
                   or self._description(after) in _WORK_NOUNS)
        return hits >= 2 or (hits > 0 and hits * 5 >= len(found))

    def titled_with_the(self, name: str) -> bool:
        """"Ron Howard's The Da Vinci Code": a capital "The" inside a sentence belongs to a
        title (a book, a film, a paper), never to a person's name."""
        key = ("titled_with_the", name)
        if key not in self._memo:
            self._memo[key] = any(_MIDSENTENCE_THE.search(before)
                                  for before, _ in self.contexts(name))
        return self._memo[key]

    @staticmethod
    def _description(after: str) -> str:
        """"ranch" of ", a beef cattle ranch owned by ...": the noun an appositive calls the
        name, or "" when none follows."""
        found = _DESCRIBED_AS.match(after)
        return found.group(1) if found else ""

    def is_thing(self, name: str) -> bool:
        """See `_is_thing`; remembered per name (options ask again and again)."""
        key = ("is_thing", name)
        if key not in self._memo:
            self._memo[key] = self._is_thing(name)
        return self._memo[key]

    def _is_thing(self, name: str) -> bool:
        """"BitTorrent", "RipGuard", "Hato El Charcote": the articles call it a program, a
        technology, a ranch ("X, a beef cattle ranch owned by ...", "file-sharing program X",
        "its new X technology") in a third of its mentions, and never describe it as a body:
        a product or property the model labelled an organisation."""
        if self._spelt_out_in_lower_case(strip_article(name).strip()):
            return True  # "FDI" of "foreign direct investment": a common noun shortened
        found = self.contexts(name, width=60)
        things = bodies = 0
        for before, after in found:
            described = self._description(after)
            if described and (described in _BODY_NOUNS or described in ORGANISATION_WORDS):
                bodies += 1
            elif (described and described not in _PERSON_NOUNS) or _THING_BEFORE.search(
                    before) or _THING_AFTER.match(after):
                things += 1
        return bodies == 0 and things > 0 and things * 3 >= len(found)

    def _spelt_out_in_lower_case(self, bare: str) -> bool:
        """An acronym whose article spells out its letters in lower-case words ("allowing FDI"
        and "allowing 100% foreign direct investment") stands for a common noun, unless some
        article spells it in capitals as a body's name ("the US Environmental Protection
        Agency (EPA)" beside "external power adapters"). Chance runs of small words ("by bar
        code" for BBC) do not count."""
        if not (2 < len(bare) <= 6 and bare.isalpha() and bare.isupper()):
            return False
        capitals = r"[ -]".join(rf"{letter}[a-z]+" for letter in bare)
        if re.search(rf"(?<![\w-]){capitals}(?![\w-])", self.text):
            return False
        lower = re.compile(r"(?<![\w-])" + r"[ -]".join(
            rf"{letter.lower()}[a-z]+" for letter in bare) + r"(?![\w-])")
        acronym = re.compile(rf"(?<![\w-]){bare}(?![\w-])")
        return any(
            not set(found.group(0).replace("-", " ").split()) & FUNCTION_WORDS
            for text in self.documents if acronym.search(text) for found in lower.finditer(text))

    def is_person_by_context(self, name: str) -> bool:
        """See `_is_person_by_context`; remembered per name."""
        key = ("is_person_by_context", name)
        if key not in self._memo:
            self._memo[key] = self._is_person_by_context(name)
        return self._memo[key]

    def _is_person_by_context(self, name: str) -> bool:
        """"Cragg, who recently defeated ...", "directed by Jean-Pierre Jeunet": the articles
        write the name (or a person-like name's surname) the way only people are written
        ("the owners of Rover, who": the relative clause is the owners')."""
        bare = strip_article(name).strip()
        tokens = bare.split()
        forms = [bare]
        body_words = any(t.casefold() in ORGANISATION_WORDS or t.casefold() in _BODY_NOUNS
                         for t in tokens)
        if 2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and not body_words:
            forms.append(tokens[-1])
        if any((_PERSON_AFTER.match(after) and not _AFTER_PREPOSITION.search(before))
               or _PERSON_BEFORE.search(before)
               for form in forms for before, after in self.contexts(form)):
            return True
        if len(tokens) <= 2 and not bare.isupper() and not body_words:
            seen = [after for before, after in self.contexts(bare, 60)
                    if not _AFTER_PREPOSITION.search(before)]
            # "Labour in its": a body's own pronoun outvotes a stray "his" further on
            if sum(map(_own_pronoun, seen)) > sum(bool(_ITS_AFTER.match(a)) for a in seen):
                return True
        return len(forms) > 1 and (self._after_a_role(bare) or self._listed_with_people(bare))

    def _listed_with_people(self, bare: str) -> bool:
        """"including Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere": a
        full name listed between people the model knew is one of them."""
        for before, after in self.contexts(bare):
            neighbours = [m.group(1) for m in (_NAME_LISTED_BEFORE.search(before),
                                               _NAME_LISTED_AFTER.match(after)) if m]
            if any((self.label_share(n, frozenset({"PERSON"})) or 0) > 0.5 for n in neighbours):
                return True
        return False

    def _after_a_role(self, bare: str) -> bool:
        """"Danish supermodel Helena Christensen", "design engineer Takuo Miyagishima": a
        two- or three-word name the articles always write after a lower-case noun that is no
        kind of body ("carmaker Mitsubishi Motors", "bank Morgan Stanley" are bodies), and
        name once or twice: what the noun says is who the person is."""
        found = self.contexts(bare)
        if not found or len(found) > 2 or not bare.split()[0][1:].islower():
            return False
        for before, _ in found:
            role = _ROLE_BEFORE.search(before)
            if role is None:
                return False
            noun = role.group(1)
            if (noun in _NOT_ROLES or noun.endswith(("ing", "ed", "ly", "maker"))
                    or noun in _BODY_NOUNS or noun in ORGANISATION_WORDS or noun in _WORK_NOUNS):
                return False
        return True

    def works_for_it(self, name: str) -> bool:
        """"director of product at Ask Jeeves", "an analyst at X": people work at the name,
        so it is a body (or a place), never a person."""
        key = ("works_for_it", name)
        if key not in self._memo:
            self._memo[key] = any(_MEMBER_BEFORE.search(before)
                                  for before, _ in self.contexts(name, width=60))
        return self._memo[key]

    def is_group_name(self, name: str) -> bool:
        """"Lib Dems", "Tories": a plural name the articles write after "the" ("the Lib
        Dems"), so a group, whatever the model labelled it ("Charles" and "Jones" never are)."""
        bare = strip_article(name).strip()
        last = bare.split()[-1] if bare.split() else ""
        if not last.endswith("s") or last.endswith("ss") or not last[:1].isupper():
            return False
        return any(re.search(r"\b[Tt]he $", before) for before, _ in self.contexts(bare))

    def is_plural_of_people(self, name: str) -> bool:
        """"MPs", "Lib Dems": a plural name whose singular the articles write of one person
        ("an MP", "Labour MP George Galloway", "Lib Dem leader"), so a group of people,
        not an organisation ("Reuters" has no "Reuter")."""
        bare = strip_article(name).strip()
        if not self.is_group_name(bare) or bare.endswith("ies"):
            return False
        return bool(self.contexts(bare[:-1]))

    def is_common_word(self, word: str) -> bool:
        """"Sprinter": the articles write the word in lower case at least twice as often as
        capitalised, so before a name it describes the person ("Sprinter Michelle Collins")."""
        self._starts(word)  # builds the word index
        lower = len(self._words.get(word.casefold(), ()))
        capital = len(self._words.get(word[:1].upper() + word[1:].casefold(), ()))
        return lower > 0 and lower >= 2 * capital

    def takes_the(self, name: str) -> bool:
        """See `_takes_the`; remembered per name (options ask again and again)."""
        key = ("takes_the", name)
        if key not in self._memo:
            self._memo[key] = self._takes_the(name)
        return self._memo[key]

    def _takes_the(self, name: str) -> bool:
        """"the US", "the Netherlands": the articles write "the" before the name where it
        stands alone ("in the US.", "the Netherlands and Belgium"), not only where it
        modifies a noun ("the Venice winner", "the Bafta awards")."""
        found = self.contexts(name)
        alone = sum(1 for before, after in found
                    if re.search(r"\b[Tt]he $", before) and _ALONE_AFTER.match(after))
        return alone > 0 and alone * 4 >= len(found)

    def is_kind_of_thing(self, name: str) -> bool:
        """See `_is_kind_of_thing`; remembered per name (options ask again and again)."""
        key = ("is_kind_of_thing", name)
        if key not in self._memo:
            self._memo[key] = self._is_kind_of_thing(name)
        return self._memo[key]

    def _is_kind_of_thing(self, name: str) -> bool:
        """"a Royal Marine", "a Bafta": the articles write it after "a" or "an" at least half
        the time, so it is a kind of person or thing, no name of one."""
        found = self.contexts(name)
        some = sum(1 for before, _ in found if re.search(r"\b(?:[Aa]|[Aa]n) $", before))
        return some > 0 and some * 2 >= len(found)

    def is_event(self, name: str) -> bool:
        """See `_is_event`; remembered per name (options ask again and again)."""
        key = ("is_event", name)
        if key not in self._memo:
            self._memo[key] = self._is_event(name)
        return self._memo[key]

    def _is_event(self, name: str) -> bool:
        """"next month's European Indoors.", "this year's Oscars and": a name dated by a
        possessive time and standing alone is an event, no body that could act. So is a
        name only ever written after "at", twice or more ("launched at CES", "chips at
        CES", "But at CES"): a show or a venue, never the doer of anything."""
        found = self.contexts(name)
        if len(found) >= 2 and all(_AT_BEFORE.search(before) for before, _ in found):
            return True
        return any(_TIME_POSSESSIVE.search(before) and _ALONE_AFTER.match(after)
                   for before, after in found)

    def stands_alone(self, name: str) -> bool:
        """See `_stands_alone`; remembered per name (options ask again and again)."""
        key = ("stands_alone", name)
        if key not in self._memo:
            self._memo[key] = self._stands_alone(name)
        return self._memo[key]

    def _stands_alone(self, name: str) -> bool:
        """A third of the name's mentions stand alone ("in London.", "London and Paris"),
        not as a modifier of another noun ("Windows programs", "Jupiter Research", "the Bafta
        awards"): a place is written so, a brand or an award the model called one is not."""
        found = self.contexts(name)
        alone = sum(1 for _, after in found if _ALONE_AFTER.match(after))
        return not found or alone * 3 >= len(found)

    def inside_longer_name(self, name: str) -> bool:
        """"Coal" of "UK Coal", "Information Society" of "World Summit on the Information
        Society": every mention follows another capitalised word or a name's "of the", so the
        name is a piece of a longer one; "EV" of "EV-DO": it is never written as a word."""
        found = self.contexts(name)
        if not found:
            return bool(self._starts(strip_article(name).strip()))
        several_words = " " in strip_article(name).strip()
        return all(_INSIDE_NAME_BEFORE.search(before)
                   or (several_words and self._joined_to_a_word(before))
                   for before, _ in found)

    def _joined_to_a_word(self, before: str) -> bool:
        joined = _JOINED_NAME_BEFORE.search(before)
        return joined is not None and self.is_common_word(joined.group(1))

    def region_not_town(self, name: str) -> bool | None:
        """True for a region or continent the model labels LOC ("Africa", "the Caribbean")
        and for a county ("Lancashire", labelled GPE like a town), False for a town or
        country it labels GPE, None when the labels say neither."""
        if is_county(name):
            return True
        votes = self.labels.get(name_key(name))
        if not votes:
            return None
        if votes["LOC"] * 2 > sum(votes.values()):
            return True
        if votes["GPE"] * 2 > sum(votes.values()):
            return False
        return None

    def looks_like_a_person(self, name: str) -> bool:
        """"Ulf Carlsson", "Alistair Cragg": two or three capitalised words opening with a
        given name the corpus gives people elsewhere, whatever label the model chose."""
        tokens = strip_article(name).split()
        return (2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens)
                and fold(tokens[0]) in self.given_names)

    def sex(self, names: list[str]) -> str | None:
        """"f" or "m" when the articles tell, else None: a title before a name ("Ms Kelly",
        "Sir Digby Jones") or the first "he"/"his" or "she"/"her" after it, before the end
        of its sentence or another name ("Cate Blanchett is tipped to win for her
        performance"; not "Mike Leigh's Vera Drake ... her"); only when one side has three
        votes to each of the other's. A bare surname may be another person's too ("Johnson"
        of Jade and of Michael, "Lord Butler" beside Kathy Butler), so it is heard only for
        a person the articles never name in full. When the articles do not tell, the given
        name may: first as the corpus's namesakes are told, then as the census's tables
        have it ("Martin Scorsese")."""
        key = ("sex", tuple(sorted(names)))
        if key not in self._memo:
            full = [name for name in names if " " in name.strip()]
            self._memo[key] = (self._told_sex(full or names) or self._namesakes_sex(full)
                               or _given_name_sex(full))
        return self._memo[key]

    def _told_sex(self, names: list[str]) -> str | None:
        votes = self._sex_votes(names)
        female, male = votes["f"], votes["m"]
        return "f" if female > 3 * male else "m" if male > 3 * female else None

    def _namesakes_sex(self, full: list[str]) -> str | None:
        """"Catherine Murphy", whom no article calls "she": the sex of the other people of
        her given name, when at least two of them are told and all agree (a given name says
        the sex in most cases; "Chris" or "Sam" says nothing, as the namesakes disagree)."""
        people = {" ".join(person_tokens(name)) for name in full}
        given = {person_tokens(name)[0] for name in full if person_tokens(name)}
        others = {other: written for first in given
                  for other, written in self._namesakes.get(first, {}).items()
                  if other not in people}
        told = [self._told_sex(sorted(others[other])) for other in sorted(others)]
        told = [sex for sex in told if sex is not None]
        return told[0] if len(told) >= 2 and len(set(told)) == 1 else None

    def _sex_votes(self, names: list[str]) -> Counter[str]:
        votes: Counter[str] = Counter()
        for name in names:
            for before, after in self.contexts(name, width=80):
                title = _SEX_TITLE_BEFORE.search(before)
                said = _first_sexed_word(_BEFORE_ANOTHER_NAME.split(after, 1)[0])
                if title:
                    votes[_TITLE_SEX[title.group(1).lower()]] += 1
                elif said:
                    votes[sex_said(said)] += 1
        return votes

    def titled(self, surname: str) -> bool:
        """"Ms Sturgeon", "Mr Negroponte": the articles give the name a person's title."""
        return any(_TITLE_BEFORE.search(before) for before, _ in self.contexts(surname))

    def is_description(self, word: str) -> bool:
        """See `_is_description`; remembered per name (options ask again and again)."""
        key = ("is_description", word)
        if key not in self._memo:
            self._memo[key] = self._is_description(word)
        return self._memo[key]

    def _is_description(self, word: str) -> bool:
        """"Briton", "Scot", "Kenyan": a capitalised word the articles write as a subject after
        "the" ("the Briton held off ...") or before a name ("Briton Hayley Yelling"), never
        mostly as an organisation or place (that is "the Taliban", "the Hague"): it describes
        someone, it names nobody."""
        if " " in word.strip() or not word[:1].isupper():
            return False
        votes = self.labels.get(name_key(word))
        if votes and sum(votes[label] for label in ("ORG", "GPE", "LOC", "FAC")) * 2 > sum(
                votes.values()):
            return False
        found = self.contexts(word)
        # "the Briton held", "the Scot, who": not "the Sept. 11 attacks", "the Indian economy".
        after_the = sum(1 for before, after in found
                        if re.search(r"\b[Tt]he $", before) and _VERB_AFTER.match(after))
        # ... and otherwise mostly before a name, as a description: "Briton Hayley Yelling".
        before_name = sum(1 for _, after in found if re.match(r"^ [A-Z][a-z]+ [A-Z]", after))
        return after_the >= 2 and (after_the + before_name) * 2 >= len(found)

    def is_people(self, name: str) -> bool:
        """See `_is_people`; remembered per name (options ask again and again)."""
        key = ("is_people", name)
        if key not in self._memo:
            self._memo[key] = self._is_people(name)
        return self._memo[key]

    def _is_people(self, name: str) -> bool:
        """"Tajiks", "Pakistanis": the plural of a nationality or people, not an organisation,
        whatever the model labelled it."""
        bare = strip_article(name).strip()
        if " " in bare or not bare.endswith("s") or bare.endswith("ss"):
            return False
        singular = fold(bare[:-1])
        if singular in self.demonyms:
            return True
        # "Tajik fighters", "Uzbek warlord": the singular describes a following noun.
        return any(re.search(r"[a-z,] $", before) and re.match(r"^ [a-z]+", after)
                   for before, after in self.contexts(bare[:-1]))

    def is_party(self, name: str) -> bool:
        """"the Tories", "Liberal Democrats", "Labour": a political party, which the articles
        write before a party word ("Tory MP", "Lib Dem peer", "Labour's manifesto") in any
        of its forms (the singular too: "Conservative Party"); a people ("Carib Indians")
        never is."""
        key = ("is_party", name)
        if key not in self._memo:
            bare = strip_article(name).strip()
            forms = {bare}
            if bare.endswith("ies"):
                forms.add(bare[:-3] + "y")  # "Tories" -> "Tory"
            elif bare.endswith("s") and not bare.endswith("ss"):
                forms.add(bare[:-1])  # "Conservatives" -> "Conservative"
            # "the Scottish National Party" says so itself.
            self._memo[key] = bare.endswith(" Party") or any(
                _PARTY_AFTER.match(after) for form in forms for _, after in self.contexts(form))
        return self._memo[key]

    def is_news_outlet(self, name: str) -> bool:
        """"BBC", "Reuters", "the Financial Times": a paper, broadcaster or agency people talk
        to ("told the BBC") or that reports ("Reuters reported"); offered only against
        another ("Which organisation overtook Boeing?" is no question for the BBC)."""
        key = ("is_news_outlet", name)
        if key not in self._memo:
            self._memo[key] = not self.is_party(name) and any(
                _OUTLET_BEFORE.search(before) or _OUTLET_AFTER.match(after)
                for before, after in self.contexts(name))
        return self._memo[key]

    def is_located(self, name: str) -> bool:
        """"Aybak in Samangan province", "Bethnal Green, in east London": a name the articles
        place inside a region or town, as only a place is (remembered per name)."""
        key = ("is_located", name)
        if key not in self._memo:
            self._memo[key] = any(_LOCATED_AFTER.match(after) for _, after in self.contexts(name))
        return self._memo[key]

    def is_site(self, name: str) -> bool:
        """"the Oxford factory", "its vast Cowley factory": where a company works, which the
        model may label an organisation: written before a site noun, and either mostly so
        or somewhere after "in" like any town ("students in Oxford")."""
        key = ("is_site", name)
        if key not in self._memo:
            found = self.contexts(name)
            sites = sum(1 for _, after in found if _SITE_AFTER.match(after))
            self._memo[key] = sites > 0 and (sites * 3 >= len(found) or any(
                _IN_BEFORE.search(before) for before, _ in found))
        return self._memo[key]

    def is_counted(self, name: str) -> bool:
        """See `_is_counted`; remembered per name (options ask again and again)."""
        key = ("is_counted", name)
        if key not in self._memo:
            self._memo[key] = self._is_counted(name)
        return self._memo[key]

    def _is_counted(self, name: str) -> bool:
        """"17,815 Buick Raniers": every mention follows a count, so the name is a product
        line, not an organisation; "1200 GMT": every mention follows a clock time, so the
        name is a time zone."""
        found = self.contexts(name, width=80)
        # Zones are written as capitals ("GMT"); "In 1750 Christopher Gist" is a year.
        zone = name.isupper() and len(name) <= 5
        return bool(found) and all(_COUNT_BEFORE.search(before) or _COUNTED_LIST.search(before)
                                   or (zone and _CLOCK_BEFORE.search(before))
                                   for before, _ in found)

    def is_modifier(self, name: str) -> bool:
        """See `_is_modifier`; remembered per name (options ask again and again)."""
        key = ("is_modifier", name)
        if key not in self._memo:
            self._memo[key] = self._is_modifier(name)
        return self._memo[key]

    def _is_modifier(self, name: str) -> bool:
        """"Chevrolet Avalanche", "Chevrolet Trailblazers": a one-word name the articles only
        write before another name is a brand of something, not an option of its own."""
        if " " in name.strip():
            return False
        found = self.contexts(name)
        return bool(found) and all(re.match(r"^ [A-Z][a-z]", after) for _, after in found)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def is_plural_people(phrase: str) -> bool:
    """A phrase naming several people: "Northern Alliance forces", "Pakistanis", "the
    Taliban"; not an adjective ("Pakistani", "Shiite Muslim", "Tory")."""
    tokens = strip_article(phrase).split()
    if not tokens:
        return False
    last = tokens[-1]
    if last.casefold() in PLURAL_PEOPLE:
        return True
    return last.endswith("s") and not last.endswith("ss") and len(last) > 3


def name_part(phrase: str) -> str:
    """"European Union finance ministers" -> "European Union": the words before the noun."""
    tokens = strip_article(phrase).split()
    while tokens and tokens[-1][:1].islower():
        tokens.pop()
    return " ".join(tokens)


def ends_in_common_noun(phrase: str) -> bool:
    """"European Union finance ministers": named by what the people do, not by a name."""
    tokens = strip_article(phrase).split()
    return bool(tokens) and tokens[-1][:1].islower()


def _from_first_name(words: list[str], known: frozenset[str]) -> list[str]:
    """The words from the first known name on: "Meanwhile US" -> "US"; [] without one."""
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if " ".join(words[i:j]) in known:
                return words[i:]
    return []


def group_phrases(text: str, heads: frozenset[str], known: frozenset[str]) -> list[str]:
    """Groups of people the article names by a name and a common noun: "Northern Alliance
    forces", "US special forces", "Pakistani volunteers"; `heads` are the nouns ("forces",
    "troops") that the corpus's own who-answers end in, `known` the article's names of
    groups, organisations and places. They are options for questions whose answer is such a
    group."""
    if not heads:
        return []
    alternatives = "|".join(sorted(re.escape(h) for h in heads))
    pattern = re.compile(
        rf"((?:[A-Z][\w'’-]*\s+)+)((?:[a-z][a-z-]+\s+)?)({alternatives})\b")
    found = []
    for match in pattern.finditer(text):
        names = _from_first_name(match.group(1).split(), known)
        if names and not any(n.endswith(("'s", "’s")) for n in names):
            found.append(" ".join([*names, *match.group(2).split(), match.group(3)]))
    return found

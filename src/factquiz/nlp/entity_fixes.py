"""Fixes for entities the small English model systematically misses or mislabels.

Three pieces, each general rather than a list of names from one article:

* the tokenizer keeps hyphenated place names (``Mazar-e-Sharif``, ``Pul-e-Kumri``,
  ``Stratford-upon-Avon``, ``al-Qaeda``) as one token, which also repairs the parse around them;
* an ``EntityRuler`` before ``ner`` labels those tokens (and the capitalised words that follow,
  so ``Pul-e-Imam Bukhri bridge`` becomes a facility);
* ``factquiz_relabel`` after ``ner`` corrects labels from context: a title ("Mr", "Gen",
  "warlord") or an apposition with a person noun makes a PERSON, "the town of X" makes a
  place, capitalised words before "mountains" / "river" make a LOC, and a person's name
  runs on over an "al-" or "el-" surname the ruler took for a place ("Rashid al-Din").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.vocabulary import NAME_TITLES

#: Name, lowercase particle, name: Mazar-e-Sharif, Pul-e-Kumri, Southend-on-Sea.
HYPHENATED_NAME = r"[A-Z][a-z]+(?:-[a-z]{1,4}-[A-Z][a-z]+)+"
#: Arabic article prefixes: al-Qaeda, el-Sisi, Abu al-Rahman.
ARTICLE_NAME = r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]z)-[A-Z][a-z]+"
NAME_TOKEN = re.compile(rf"^(?:{HYPHENATED_NAME}|{ARTICLE_NAME})$")

#: Words that make the capitalised words before them a facility.
FACILITY_NOUNS = (
    "bridge",
    "airport",
    "airfield",
    "airbase",
    "base",
    "mosque",
    "shrine",
    "stadium",
    "dam",
    "palace",
    "hospital",
    "barracks",
    "camp",
    "fort",
    "prison",
    "station",
    "tunnel",
    "road",
    "highway",
    "square",
    "university",
)
#: Words that make the capitalised words before them a natural location.
GEOGRAPHIC_NOUNS = (
    "mountains",
    "mountain",
    "mount",
    "river",
    "valley",
    "pass",
    "lake",
    "sea",
    "desert",
    "range",
    "plain",
    "plains",
    "island",
    "islands",
    "gulf",
    "bay",
    "coast",
    "peninsula",
)
#: Words that make the name they govern or follow a populated place.
PLACE_NOUNS = (
    "city",
    "town",
    "village",
    "province",
    "district",
    "region",
    "capital",
    "port",
    "county",
    "state",
    "suburb",
    "enclave",
    "stronghold",
    "oasis",
)
#: Titles and roles that, written before a name, make it a person.
PERSON_TITLES = (NAME_TITLES - {"prime"}) | frozenset(
    {
        # Roles that name a person in news copy, beyond the titles kept with a name.
        "admiral", "archbishop", "bishop", "captain", "chief", "cmdr", "coach", "commander",
        "defender", "father", "goalkeeper", "justice", "lieutenant", "major", "manager",
        "mayor", "midfielder", "minister", "prof", "professor", "rep", "reverend",
        "secretary", "sergeant", "striker", "warlord",
    }
)
#: Nouns for people; an apposition with one of these makes the name a person.
PERSON_NOUNS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "leader",
        "minister",
        "president",
        "general",
        "warlord",
        "chief",
        "official",
        "director",
        "chairman",
        "chairwoman",
        "secretary",
        "manager",
        "coach",
        "player",
        "actor",
        "actress",
        "singer",
        "star",
        "author",
        "writer",
        "founder",
        "executive",
        "analyst",
        "economist",
        "lawyer",
        "judge",
        "ambassador",
        "envoy",
        "governor",
        "mayor",
        "senator",
        "mp",
        "candidate",
        "champion",
        "captain",
        "midfielder",
        "striker",
        "defender",
        "goalkeeper",
        "winger",
        "boss",
        "head",
        "premier",
        "king",
        "queen",
        "prince",
    ]
)
#: Verbs whose object is a work, never a person: "published the bestselling Being Digital".
WORK_VERBS = frozenset({"publish", "write", "pen", "direct", "record", "compose", "film",
                        "premiere", "stage", "screen", "co-write", "co-direct"})
#: Nouns for works; beside a name (compound, apposition) they make it a work, not a person:
#: "political thriller Hotel Rwanda", "Strong Medicine, Hailey's blockbuster".
WORK_NOUNS = frozenset({"novel", "book", "film", "movie", "thriller", "comedy", "drama",
                        "album", "single", "song", "play", "musical", "sitcom", "documentary",
                        "blockbuster", "biopic", "memoir", "autobiography", "bestseller",
                        "soap", "animation", "epic", "western"})
#: Genre nouns that never begin a title's own name: "Comedy Meet The Fockers topped ..." is
#: the comedy "Meet The Fockers", however the model read the capital of the sentence's first word.
GENRE_NOUNS = frozenset({"comedy", "thriller", "drama", "film", "movie", "musical", "sitcom",
                         "documentary", "biopic", "novel", "album", "blockbuster", "memoir"})
#: Occupations written before a name ("Conductor Marcello Viotti"), never part of it, unlike
#: a title ("President Bush", "Judge Clark").
OCCUPATIONS = frozenset(
    """conductor director actor actress singer comedian author writer novelist poet artist
    designer producer composer presenter broadcaster journalist economist analyst
    sprinter athlete striker footballer cyclist playwright photographer olympian
    midfielder defender goalkeeper winger quarterback pitcher batsman jockey boxer golfer
    swimmer runner skier dancer drummer guitarist rapper painter sculptor filmmaker
    film-maker columnist commentator historian scientist physicist chemist mathematician
    philosopher astronaut architect engineer inventor explorer activist campaigner
    businessman businesswoman entrepreneur tycoon""".split()  # noqa: SIM905
)
#: Adjectives only works take: "the bestselling Being Digital".
WORK_ADJECTIVES = frozenset({"bestselling", "best-selling", "award-winning", "animated"})
#: Nouns for companies; beside a name they make it an organisation: "phone giant Pantech".
COMPANY_NOUNS = frozenset({"firm", "company", "group", "maker", "giant", "retailer",
                           "manufacturer", "bank", "brewer", "airline", "carrier", "operator",
                           "chain", "insurer", "conglomerate", "supermarket",
                           "broadcaster", "distributor", "corporation", "subsidiary",
                           "multinational", "telecoms", "carmaker", "automaker", "utility"})
#: What only a company buys or holds: "agreed to buy 33% of Changyu", "a stake in".
HOLDINGS = frozenset({"stake", "stakes", "share", "shares", "shareholding", "subsidiary"})
#: Sentence-initial capitals that are never names.
_NOT_NAMES = frozenset({"The", "A", "An", "But", "And", "In", "On", "At", "It", "This"})


def _keep_hyphenated_names(nlp: Language) -> None:
    """Make the tokenizer keep hyphenated names whole, before the tagger and parser see them."""
    tokenizer = nlp.tokenizer
    previous = tokenizer.token_match
    pattern = NAME_TOKEN.match

    def token_match(text: str):
        return pattern(text) or (previous(text) if previous is not None else None)

    tokenizer.token_match = token_match


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns for the hyphenated names the statistical model does not know."""
    name = {"TEXT": {"REGEX": NAME_TOKEN.pattern}}
    title_run = {"IS_TITLE": True, "OP": "*"}
    return [
        {
            "label": "FAC",
            "pattern": [name, title_run, {"LOWER": {"IN": list(FACILITY_NOUNS)}}],
            "id": "hyphenated-facility",
        },
        {
            "label": "LOC",
            "pattern": [name, title_run, {"LOWER": {"IN": list(GEOGRAPHIC_NOUNS)}}],
            "id": "hyphenated-location",
        },
        {
            "label": "GPE",
            "pattern": [name, {"IS_TITLE": True, "OP": "*"}],
            "id": "hyphenated-place",
        },
    ]


def _person_by_title(doc: Doc, ent: Span) -> bool:
    start = ent.start
    # "Mr" inside the entity ("Mr Dostum" tagged ORG) or just before it.
    if ent[0].lower_.rstrip(".") in PERSON_TITLES and len(ent) > 1:
        return True
    return start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES


def _person_by_apposition(ent: Span) -> bool:
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in PERSON_NOUNS:
        return True
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in PERSON_NOUNS:
            return True
        # "X, who said ..." is a person (or a group of people).
        if child.dep_ == "relcl" and any(
            g.lower_ == "who" and g.dep_.startswith("nsubj") for g in child.children
        ):
            return ent.label_ == "ORG" and len(ent) <= 3 and ent.root.tag_ == "NNP"
    return False


def _place_by_context(ent: Span) -> bool:
    root = ent.root
    head = root.head
    # "the town of Aybak"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return True
    # "Jacksonville had a population of 821,784": only a place has a population
    if root.dep_ == "nsubj" and lemma_of(root.head) == "have" and any(
            c.dep_ == "dobj" and c.lower_ in ("population", "inhabitants")
            for c in root.head.children):
        return True
    # "the northern town, Hairatan" / "Hairatan town"
    if root.dep_ == "appos" and head.lower_ in PLACE_NOUNS:
        return True
    if root.dep_ == "compound" and head.lower_ in PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in root.children)


def _beside(ent: Span, heads: tuple[str, ...] = ("appos",)) -> list[Token]:
    """Words describing the entity from outside it: compounds, adjectives and appositions of
    its root, and the noun it stands in apposition to (with `heads`, also the noun it is a
    compound of: "the Bertelsmann group", unlike "the Tennessee Williams drama")."""
    root = ent.root
    near = [c for c in root.children
            if c.dep_ in ("compound", "amod", "appos") and not ent.start <= c.i < ent.end]
    if root.dep_ in heads:
        near.append(root.head)
    return near


def _work_by_context(ent: Span) -> bool:
    """"published the bestselling Being Digital", "thriller Hotel Rwanda": a work the model
    took for a person."""
    root = ent.root
    if root.dep_ == "dobj" and lemma_of(root.head).lower() in WORK_VERBS:
        return True
    return any(t.lower_ in WORK_NOUNS or t.lower_ in WORK_ADJECTIVES for t in _beside(ent))


def _describes_a_work(noun: Token) -> bool:
    """"film-maker", "documentary maker": a person who makes works, not a company."""
    doc = noun.doc
    return (noun.i > 0 and doc[noun.i - 1].text == "-") or any(
        c.lower_ in WORK_NOUNS for c in noun.children if c.dep_ == "compound")


def _company_by_context(ent: Span) -> bool:
    """"phone giant Pantech", "X agreed to buy 33% of Y": a company the model took for a
    person or a place. (A place before a company noun stays a place: "the US firm".)"""
    heads = ("appos", "compound") if ent.label_ == "PERSON" else ("appos",)
    if any(t.lower_ in COMPANY_NOUNS and not _describes_a_work(t)
           for t in _beside(ent, heads)):
        return True
    root = ent.root
    if ent.label_ != "PERSON" or not root.dep_.startswith("nsubj"):
        return False
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
    return any(obj.dep_ == "dobj" and (obj.lower_ in HOLDINGS or obj.ent_type_ == "PERCENT")
               for verb in verbs for obj in verb.children)


def plural_name(ent: Span) -> bool:
    """"The Panthers finished the season", "the New England Patriots": a plural proper noun
    after "the" names a team, a band or a party, never one person or one product, whatever
    label the model gave it. A question asks "Who" of it, as of people."""
    root = ent[-1]  # (spaCy's root of "the Arizona Cardinals 49-15" is "the")
    if (root.pos_ != "PROPN" or not root.lower_.endswith("s") or root.lower_.endswith("ss")
            or root.is_upper or ent.root not in (root, ent[0])
            or (root.dep_ == "compound" and not SCORE.match(root.head.text))
            or any(c.dep_ == "nummod" for c in root.children)  # "two unused Saturn Vs"
            or root.lower_ in _PLURAL_INSTITUTIONS):
        return False
    # "the" right before the name: "the double Olympic champion Kelly Holmes" is one woman
    return (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the") or ent[0].lower_ == "the"


def _geographic_spans(doc: Doc) -> list[Span]:
    """Capitalised words before a geographic noun: 'Hindu Kush mountains' -> LOC 'Hindu Kush'."""
    spans = []
    for token in doc:
        if token.lower_ not in GEOGRAPHIC_NOUNS or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ in ("NNP", "NNPS"):
            start -= 1
        if start < token.i and doc[start].text not in _NOT_NAMES:
            spans.append(Span(doc, start, token.i, label="LOC"))
    return spans


def _titled_names(doc: Doc) -> list[Span]:
    """'Mr Nadeem' with no entity at all: the capitalised run after the title is a person."""
    spans = []
    for token in doc:
        if token.lower_.rstrip(".") not in {"mr", "mrs", "ms", "dr", "gen", "sir"}:
            continue
        if not token.is_title or token.ent_type_:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].tag_ in ("NNP", "NNPS"):
            end += 1
        if end > token.i + 1 and not any(t.ent_type_ for t in doc[token.i + 1 : end]):
            spans.append(Span(doc, token.i + 1, end, label="PERSON"))
    return spans


def _without_descriptor(doc: Doc, ent: Span) -> Span | None:
    """"Comedy Meet The Fockers" -> the work "Meet The Fockers" and "Conductor Marcello
    Viotti" or "Olympian Tomlinson" -> the person "Marcello Viotti" or "Tomlinson", the first
    word a common noun again (so a question lower-cases it: "Where did comedy Meet The
    Fockers top ...?"); a genre word labelled alone before a title ("Thriller" of "Thriller
    Hide and Seek") is no entity."""
    first = ent[0]
    if first.lower_ in OCCUPATIONS and ent.label_ == "PERSON" and len(ent) > 1 and all(
            t.is_title for t in ent[1:]):
        first.tag_, first.pos_ = "NN", "NOUN"  # "Conductor Marcello Viotti"
        return Span(doc, ent.start + 1, ent.end, label="PERSON")
    following = doc[ent.end] if ent.end < len(doc) else None
    alone = len(ent) == 1 and following is not None and following.is_title
    if first.lower_ not in GENRE_NOUNS or not (alone or (len(ent) > 1 and ent[1].is_title)):
        return ent
    first.tag_, first.pos_ = "NN", "NOUN"
    return None if alone else Span(doc, ent.start + 1, ent.end, label="WORK_OF_ART")


_ARTICLE_SURNAME = re.compile(rf"^{ARTICLE_NAME}$")


def _article_surname(previous: Span, ent: Span) -> str | None:
    """"Rashid al-Din", "Abu Musab al-Zarqawi": the ruler labels "al-Din" a place, so the
    model names "Rashid" alone. A one-word "al-"/"el-" name right after a person's is the
    rest of that name ("Shah Ala ad-Din Muhammad" with the names after it); after a place
    or no name ("Sharm el-Sheikh") it stays a place."""
    if (previous.label_ == "PERSON" and ent.label_ == "GPE"
            and _ARTICLE_SURNAME.match(ent[0].text) and all(t.is_title for t in ent[1:])):
        return "PERSON"
    return None


def _country_of_organisation(previous: Span, ent: Span) -> str | None:
    """"the US Anti-Doping Agency": the model names the country and the agency apart, but
    after "the" a one-word country the parser hangs on an organisation's name right after it
    is part of that name (the article belongs to the whole name; not "in the US Microsoft
    sells", where "the US" ends a phrase)."""
    if (previous.label_ == "GPE" and len(previous) == 1 and ent.label_ == "ORG"
            and previous.start > 0 and ent.doc[previous.start - 1].lower_ == "the"
            and previous.root.dep_ in ("compound", "nmod", "amod")
            and ent.start <= previous.root.head.i < ent.end):
        return "ORG"
    return None


def _body_of_organisation(previous: Span, ent: Span) -> str | None:
    """"The Board of Trustees of | the University of Chicago": a name the model ended on "of"
    runs on into the organisation after it, whose part it is."""
    if (previous.label_ == "ORG" and previous[-1].lower_ == "of" and len(previous) > 2
            and ent.label_ in ("ORG", "GPE")):
        return "ORG"
    return None


#: Rules that join an entity to the one right before it, each giving the joined label.
_JOINS = (_article_surname, _country_of_organisation, _body_of_organisation)


def _joined(ents: list[Span]) -> list[Span]:
    """Entities the model split in two, joined by the first of `_JOINS` that applies."""
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        label = None
        if previous is not None and previous.end == ent.start:
            label = next((found for join in _JOINS if (found := join(previous, ent))), None)
        if label is not None:
            out[-1] = Span(ent.doc, previous.start, ent.end, label=label)
            continue
        out.append(ent)
    return out


#: Plural names of institutions, which a question calls an organisation ("the United
#: Nations"), unlike a team or a band ("the Panthers").
_PLURAL_INSTITUTIONS = frozenset({"nations", "states", "emirates", "airways", "airlines",
                                  "industries", "holdings", "systems", "communications",
                                  "services", "games", "awards", "olympics", "times", "news"})

#: A result written as two numbers ("49–15", "3-1"), which never ends a name.
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")

#: Quotation marks and brackets, which open or close a phrase and are never a name's ends.
_ENCLOSING_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "``", "''", "(", ")", "[", "]"})


def _without_stray_ends(ent: Span) -> Span | None:
    """The entity without what the model took in at its ends that is never part of a name: a
    quotation mark or bracket (and an article before it), or a closing score: 'The "European
    Council' -> 'European Council', 'The University of Chicago (' -> 'The University of
    Chicago', 'the Arizona Cardinals 49–15' -> 'the Arizona Cardinals'. The same span when it
    has none, None when nothing is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].text in _ENCLOSING_MARKS or (
            doc[start].lower_ == "the" and start + 1 < end
            and doc[start + 1].text in _ENCLOSING_MARKS)):
        start += 1
    while end > start and doc[end - 1].text in _ENCLOSING_MARKS:
        end -= 1
    if end - start > 1 and SCORE.match(doc[end - 1].text) and ent.label_ != "EVENT":
        end -= 1  # "the Arizona Cardinals 49–15": the score is the game's, not the name's
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _capitalised_common_noun(ent: Span) -> bool:
    """One plural word opening a sentence, tagged a common noun, whose singular the text
    writes in lower case elsewhere ("Viruses were confirmed ... the yellow fever virus"):
    its capital is the sentence's, not a name's. (The tagger calls "Slater" or "Rosneft" a
    common noun too when it opens a sentence, so the tag alone is no evidence.)"""
    token = ent[0]
    if not (len(ent) == 1 and token.is_sent_start and token.tag_ == "NNS"
            and ent.label_ in ("ORG", "PERSON", "NORP", "GPE")):
        return False
    singular = lemma_of(token).lower()
    return singular != token.lower_ and any(
        t.text == singular for t in token.doc if t.i != token.i)


@Language.component("factquiz_relabel")
def relabel_entities(doc: Doc) -> Doc:
    """Correct entity labels from context the statistical model ignores (see module doc)."""
    changed = False
    ents: list[Span] = []
    for ent in doc.ents:
        bare = _without_stray_ends(ent)
        if bare is not ent:
            changed = True  # 'The "European Council"': the quote opens a phrase, not a name
            if bare is None:
                continue
            ent = bare
        if _capitalised_common_noun(ent):
            changed = True  # "Viruses were confirmed as pathogens": no organisation
            continue
        trimmed = _without_descriptor(doc, ent)
        if trimmed is not ent:
            changed = True
            if trimmed is not None:
                ents.append(trimmed)
            continue
        label = ent.label_
        if label in ("PERSON", "PRODUCT") and plural_name(ent):
            # a people-like name stays a group of people ("the Lib Dems"), a thing's a body
            label = "NORP" if label == "PERSON" else "ORG"
        elif label in ("ORG", "GPE", "NORP", "LOC", "PRODUCT", "WORK_OF_ART") and (
            _person_by_title(doc, ent) or _person_by_apposition(ent)
        ):
            label = "PERSON"
        elif label in ("ORG", "PERSON", "NORP") and _place_by_context(ent):
            label = "GPE"
        elif label in ("PERSON", "ORG") and _work_by_context(ent):
            label = "WORK_OF_ART"
        elif label in ("PERSON", "GPE") and _company_by_context(ent):
            label = "ORG"
        if label != ent.label_:
            changed = True
            ents.append(Span(doc, ent.start, ent.end, label=label))
        else:
            ents.append(ent)
    joined = _joined(ents)
    changed = changed or len(joined) < len(ents)
    ents = joined
    extra = _geographic_spans(doc) + _titled_names(doc)
    if extra:
        changed = True
        # New spans win over the model's overlapping ones ("Hindu" NORP in "Hindu Kush").
        ents = filter_spans(extra + ents)
    if changed:
        doc.ents = sorted(ents, key=lambda s: s.start)
    return doc


def install(nlp: Language) -> None:
    """Attach every fix to a loaded pipeline (idempotent)."""
    _keep_hyphenated_names(nlp)
    if "factquiz_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler", name="factquiz_ruler", before="ner", config={"validate": True}
        )
        ruler.add_patterns(ruler_patterns())
    if "factquiz_relabel" not in nlp.pipe_names:
        nlp.add_pipe("factquiz_relabel", after="ner")

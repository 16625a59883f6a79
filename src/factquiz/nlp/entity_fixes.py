"""Fixes for entities the small English model systematically misses or mislabels.

Three pieces, each general rather than a list of names from one article:

* the tokenizer keeps hyphenated place names (``Mazar-e-Sharif``, ``Pul-e-Kumri``,
  ``Stratford-upon-Avon``, ``al-Qaeda``) as one token, which also repairs the parse around them;
* an ``EntityRuler`` before ``ner`` labels those tokens (and the capitalised words that follow,
  so ``Pul-e-Imam Bukhri bridge`` becomes a facility);
* ``factquiz_relabel`` after ``ner`` corrects labels from context: a title ("Mr", "Gen",
  "warlord") or an apposition with a person noun makes a PERSON, "the town of X" makes a
  place, capitalised words before "mountains" / "river" make a LOC.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

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
    # "the northern town, Hairatan" / "Hairatan town"
    if root.dep_ == "appos" and head.lower_ in PLACE_NOUNS:
        return True
    if root.dep_ == "compound" and head.lower_ in PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in root.children)


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


@Language.component("factquiz_relabel")
def relabel_entities(doc: Doc) -> Doc:
    """Correct entity labels from context the statistical model ignores (see module doc)."""
    changed = False
    ents: list[Span] = []
    for ent in doc.ents:
        label = ent.label_
        if label in ("ORG", "GPE", "NORP", "LOC", "PRODUCT", "WORK_OF_ART") and (
            _person_by_title(doc, ent) or _person_by_apposition(ent)
        ):
            label = "PERSON"
        elif label in ("ORG", "PERSON", "NORP") and _place_by_context(ent):
            label = "GPE"
        if label != ent.label_:
            changed = True
            ents.append(Span(doc, ent.start, ent.end, label=label))
        else:
            ents.append(ent)
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

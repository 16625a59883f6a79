"""Drafts refused after resolution: misparses, answers given away by the prompt, and
questions that name nothing a student could pin down."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import AUX_DEPS, QUOTES
from factquiz.nlp.context import entity_of
from factquiz.nlp.facts.common import PLACE_LABELS, REFERRING_PEOPLE
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.numbers import parse_value
from factquiz.nlp.realise import Piece, noun_read_as_verb
from factquiz.nlp.vocabulary import COUNT_WH_PHRASES, LOCATIVE_PREPOSITIONS

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _broken_amount(pieces: list[Piece], answer: Span) -> bool:
    """'the Dome cost taxpayers m': an amount lost its number ("£28.7m" split by a bad
    parse), or a date or figure lost part of itself other than the answer."""
    kept = {p.token.i for p in pieces if p.token is not None}
    kept.update(range(answer.start, answer.end))  # "How many tonnes": the count is asked
    for p in pieces:
        token = p.token
        if token is None:
            continue
        doc = token.doc
        if token.tag_ == "$" and (token.i + 1 >= len(doc) or token.i + 1 not in kept):
            return True
        if token.lower_ in ("m", "bn", "million", "billion", "%") and token.i > 0:
            before = doc[token.i - 1]
            if before.like_num and before.i not in kept:
                return True
        if token.like_num and token.i + 1 < len(doc):
            after = doc[token.i + 1]
            if after.lower_ in ("m", "bn", "%") and after.i not in kept:
                return True  # "has taken $75 so far" from "$75m"
        if token.ent_type_ in AMOUNT_LABELS and token.ent_iob_:
            ent = entity_of(token)
            if ent is not None and any(t.i not in kept for t in ent):
                return True
    return False


AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME"})


WH_PHRASES = frozenset({"Who", "Which organisation", "Where", "When", *COUNT_WH_PHRASES})


def _misparsed(pieces: list[Piece], answer: Span) -> bool:
    """Two finite verbs in a row ("Who lied has no qualms"), an amount cut in two, or no
    verb at all ("Which organisation Stop Stansted Expansion?")."""
    if _broken_amount(pieces, answer):
        return True
    if not any(
        (p.token is not None and p.token.pos_ in ("VERB", "AUX"))
        or (p.token is None and p.text not in WH_PHRASES)  # do-support, 'Who said "..."'
        for p in pieces
    ):
        return True
    tokens = [p.token for p in pieces]
    for first, second in pairwise(tokens):
        if first is None or second is None or second.i <= first.i:
            continue
        if first.tag_ in FINITE and second.tag_ in FINITE and first.dep_ not in AUX_DEPS:
            return True
    if any(t is not None and t.dep_ == "conj" and t.tag_ in FINITE
           and t.head.pos_ in ("NOUN", "PROPN") for t in tokens):
        return True  # "attracted 500 responses and closes": a verb read as a noun's conjunct
    if any(t is not None and noun_read_as_verb(t) for t in tokens):
        return True  # "... papers to wife Angie": "to wife" is no infinitive
    if answer.root.pos_ == "PROPN" and answer.start > 0 and (
            answer.doc[answer.start - 1].lower_ in ("a", "an")):
        # "an O'Sullivan had been earmarked": one of a family, not one person ("an
        # exhausted Radcliffe" is the one named before)
        return True
    return (
        _listed_alternative(pieces, answer)
        or _second_place(pieces, answer)
        or _stranded_aside(pieces)
        or _count_of_a_list(answer)
        or _pointed_date(answer)
        or _answer_in_a_list(pieces, answer)
        or _year_of_a_present(pieces, answer)
        or _second_year(pieces, answer)
        or _label_without_its_name(pieces)
        or _counted_noun_left_out(pieces)
    )


def _counted_noun_left_out(pieces: list[Piece]) -> bool:
    """'Davis had seven despite playing two weeks after breaking his arm': seven what? A
    bare number as what someone has counts a noun an earlier clause named ("one of the
    UK's biggest miscarriages", "100 of the models" name theirs; "killed 50,000" and
    "listed 1 as the first prime" are whole)."""
    return any(
        p.token is not None and p.token.dep_ == "dobj" and p.token.pos_ == "NUM"
        and lemma_of(p.token.head) == "have"
        and p.token.ent_type_ in ("", "CARDINAL")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in p.token.children)
        for p in pieces
    )


def _label_without_its_name(pieces: list[Piece]) -> bool:
    """"a deal with energy drink company, Red Bull, who ...": a singular common noun with no
    article (or "the") is only a label for the name set off after it; a question that keeps
    the label and drops the name says "with energy drink company" and nothing more."""
    kept = {p.token.i for p in pieces if p.token is not None}
    for p in pieces:
        noun = p.token
        if noun is None or p.replaced or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        doc = noun.doc
        if noun.ent_type_ or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        name = doc[noun.i + 2]
        if any(ch.isdigit() for ch in name.text):
            # "in the divisional round, 23-16,": a score, not a name; kept, the aside is
            # cut in two ("in the semi-final, 23-16 at Wembley")
            if name.i in kept:
                return True
            continue
        if (name.ent_type_ and name.pos_ == "PROPN" and name.i not in kept
                and not any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ != "the")
                            for t in noun.lefts)):
            return True
    return False


def _second_year(pieces: list[Piece], answer: Span) -> bool:
    """'When did revenues slip 11% from £3.24bn to £2.89bn in 2004?' (2003): a year asked
    while another year stays in the question; which one the question means is a guess."""
    def years(tokens: list[Token]) -> set[str]:
        return {t.text for t in tokens if t.like_num and len(t.text) == 4 and t.text.isdigit()}

    asked = years(list(answer))
    if not asked or answer.root.ent_type_ != "DATE":
        return False
    inside = set(range(answer.start, answer.end))
    kept = [p.token for p in pieces if p.token is not None and p.token.i not in inside]
    return bool(years([t for t in kept if t.ent_type_ == "DATE"]) - asked)


def _year_of_a_present(pieces: list[Piece], answer: Span) -> bool:
    """'When does Jugnot play a music teacher?' (1949, the year the film is set in): a
    present tense with a past year as its time tells a story's plot, not an event."""
    if len(pieces) < 2 or pieces[0].text != "When" or pieces[1].text not in ("does", "do"):
        return False
    if any(p.token is not None and p.token.pos_ == "VERB" and lemma_of(p.token) == "date"
           for p in pieces):
        return False  # "When does the mosque date from?": a present that tells how old
    return len(answer) == 1 and answer[0].like_num and len(answer[0].text) == 4


def _answer_in_a_list(pieces: list[Piece], answer: Span) -> bool:
    """'joined on stage by Paul Rusesabagina, the hotel manager ..., his wife and his
    family' (Rusesabagina): the answer is one of several, each a right answer. A relative
    clause of its own ('singer Harry Belafonte, who gave the eulogy') is about it alone."""
    root = answer.root
    asked = {p.token for p in pieces if p.token is not None}
    if any(c.dep_ == "relcl" and c in asked for c in root.children):
        return False
    inside = set(range(answer.start, answer.end))
    if root.dep_ == "conj" and root.head.i not in inside:
        return True
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i not in inside]
    # "Hazel Gilbert, 23, an information manager": two descriptions of one person; "Peter
    # Mandelson, former minister and now a Commissioner": one description of two roles;
    # only a further apposition that is itself a list names other people.
    return any(c.dep_ == "conj" and c.i not in inside for c in root.children) or (
        len(appositions) > 1
        and any(g.dep_ == "cc" for a in appositions[1:] for g in a.children)
    )


def _list_gives_the_count(pieces: list[Piece], answer: Span) -> bool:
    """'won two awards - for best music and best sound': a question that keeps a list of as
    many things as it asks to count gives its answer away."""
    value, _hedge = parse_value(answer.text)
    if value is None or value[0] != value[1] or not 2 <= value[0] <= 10:
        return False
    kept = {p.token.i for p in pieces if p.token is not None}
    return any(
        p.token is not None and p.token.dep_ != "conj"
        and 1 + sum(1 for c in p.token.conjuncts if c.i in kept) == value[0]
        for p in pieces)


def _count_of_a_list(answer: Span) -> bool:
    """'17,815 Buick Raniers, Chevrolet Trailblazers and GMC Envoys': one number for the
    whole list; asked of the first item alone it is a wrong fact."""
    if not any(t.like_num for t in answer):
        return False
    counted = answer[-1].head
    if counted.i in range(answer.start, answer.end) or counted.pos_ not in ("NOUN", "PROPN"):
        return False
    listed = [c for c in counted.children if c.dep_ == "conj" and c.i > counted.i]
    between = {
        t.i for c in counted.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree
    }
    return any(
        not any(
            g.dep_ == "nummod" or g.like_num or g.tag_ == "CD" or g.ent_type_ == "CARDINAL"
            for g in c.children
        )
        # the items follow the counted noun directly ('vans, trucks and buses'), not after
        # a modifier of its own ('principles, including ..., rights of workers')
        and all(i in between for i in range(counted.i + 1, c.left_edge.i))
        for c in listed
    )


#: Words before a date that tie it to another date or to the article's day.
POINTING_WORDS = frozenset({"that", "this", "next", "last", "these", "those", "same"})


def _pointed_date(answer: Span) -> bool:
    """'on that Wednesday' answered 'Wednesday': which Wednesday only the article says."""
    if answer.root.ent_type_ not in ("DATE", "TIME") or answer.start == 0:
        return False
    return answer.doc[answer.start - 1].lower_ in POINTING_WORDS


def _second_place(pieces: list[Piece], answer: Span) -> bool:
    """'Where will the Queen lead the commemoration at a service in Westminster Hall?'
    (In Britain): a where-question that still names a place in a locative phrase has
    two right answers."""
    if answer[0].pos_ != "ADP" or answer.root.like_num or answer.root.ent_type_ in AMOUNT_LABELS:
        return False  # "over 1,000" opens with a preposition but is a count, not a place
    in_answer = set(range(answer.start, answer.end))
    return any(
        p.token is not None
        and p.token.i not in in_answer
        and p.token.dep_ == "pobj"
        and p.token.ent_type_ in PLACE_LABELS
        and p.token.head.lower_ in LOCATIVE_PREPOSITIONS
        for p in pieces
    )


def _stranded_aside(pieces: list[Piece]) -> bool:
    """'How many Americans has the rise of blogs spawned a new desire with?': the stranded
    preposition opened an aside after a comma (', with six million Americans now using
    ...'), not a complement of the verb."""
    last = pieces[-1].token if pieces else None
    if last is None or last.dep_ != "prep" or last.i == 0:
        return False
    return last.nbor(-1).text == ","


#: Answers that come in lists of their own kind: "in 1987 with X and in 1994 with Y".
LISTED_KINDS = ({"DATE", "TIME"}, PLACE_LABELS)


def _listed_alternative(pieces: list[Piece], answer: Span) -> bool:
    """'When did she win the category with X and in 1994 with Y?' (1987), 'Where will he see
    an orphanage and a credit union in Mozambique?' (in Tanzania): a date or place asked
    about while another of its kind stays in a coordination has two right answers."""
    labels = {t.ent_type_ for t in answer if t.ent_type_}
    kinds = [kind for kind in LISTED_KINDS if labels & kind]
    if not kinds:
        return False
    in_answer = set(range(answer.start, answer.end))
    for piece in pieces:
        token = piece.token
        if token is None or token.i in in_answer or token.ent_type_ not in kinds[0]:
            continue
        if any(a.dep_ == "conj" for a in _ancestors_in_clause(token)):
            return True
    return False


def _ancestors_in_clause(token: Token) -> Iterator[Token]:
    """The token and its heads below the nearest verb (a conjoined clause is no list)."""
    while token.pos_ not in ("VERB", "AUX"):
        yield token
        if token.head == token:
            return
        token = token.head


#: Things a reader knows without a name: "the police", not "the ban" or "the film".
UNIQUE_NOUNS = frozenset(
    """police public world internet weather economy media press sun moon earth universe
    government alliance army military opposition coalition navy""".split()  # noqa: SIM905
)


def _anchored(pieces: list[Piece]) -> bool:
    """The question names something: a name, a number, a date, a resolved pronoun, a quote."""
    return _names_something(pieces, numbers_count=True)


#: Entity labels of numbers and times: "When did the sale open on Friday?" still asks
#: about a sale nobody named.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _named(pieces: list[Piece]) -> bool:
    """The question names something other than a number or a time: a name, a resolved
    pronoun, a quote."""
    return _names_something(pieces, numbers_count=False)


def _names_something(pieces: list[Piece], numbers_count: bool) -> bool:
    for p in pieces:
        token = p.token
        if token is None:
            if any(q in p.text for q in QUOTES):
                return True
            continue
        if token.ent_type_ == "ORDINAL" and token.dep_ == "advmod":
            continue  # "Which organisation first gained influence?": "first" names nothing
            # ("the first modern geologist" does: one person)
        if not numbers_count and token.ent_type_ in NUMERIC_LABELS:
            continue
        if token.ent_type_ or token.tag_ in ("NNP", "NNPS") or (
            numbers_count and token.tag_ == "CD"
        ):
            return True
        if p.replaced and p.text.lower() != token.lower_ and token.tag_[:2] != "VB":
            return True
    return False


#: More words a report uses for someone it named before: "the bronze medallist".
DESCRIBED_PEOPLE = frozenset(
    """medallist medalist holder finalist veteran newcomer youngster teenager hopeful
    favourite favorite rival compatriot runner-up""".split()  # noqa: SIM905
)


#: Words that stand for people or things named earlier: "both", "all", "each of them".
PRONOMINAL_QUANTIFIERS = frozenset(
    {"both", "all", "each", "either", "neither", "some", "many", "most", "several", "others",
     "few"}
)


def _unnamed_referent(pieces: list[Piece]) -> bool:
    """'When does the ban come into force?': which ban? A bare 'the NOUN' as subject or
    object points back into the article; with no name elsewhere in the question (a number or
    date does not say which), the question is not answerable alone."""
    kept = {p.token.i for p in pieces if p.token is not None}
    for piece in pieces:
        token = piece.token
        if (
            token is not None
            and token.dep_ in ("nsubj", "nsubjpass")
            and (token.tag_ == "CD" or token.lower_ in PRONOMINAL_QUANTIFIERS)
            and not any(c.i in kept for c in token.children)
        ):
            return True  # "Where will nine be closed?", "Where will both jump?": of what?
        # "the winner", and "the winners" too: of what?
        if token is None or piece.replaced or token.tag_ not in ("NN", "NNS") or token.ent_type_:
            continue
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if lemma_of(token).lower() not in REFERRING_PEOPLE | DESCRIBED_PEOPLE:
            continue
        children = [c for c in token.children if c.i in kept]
        if children and children[0].lower_ == "the" and all(
            c.dep_ in ("det", "amod", "compound") and c.ent_type_ in ("", "NORP")
            for c in children
        ):
            return True  # "the American sprinter", "the winner": which one?
    if _named(pieces):
        return False  # "Who founded the Porto museum?": the name pins it down
    for piece in pieces:
        token = piece.token
        if token is None or token.tag_ != "NN":
            continue  # plural groups ("the rebels") name the side the article is about
        if piece.replaced and piece.text.lower() != token.lower_:
            continue  # a resolved "the city"; a word only lowered is still the same word
        if (
            token.text == "%"
            and token.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        ):
            return True  # "Which organisation were about 70% using?": 70% of whom?
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj") or token.ent_type_:
            continue
        if lemma_of(token).lower() in UNIQUE_NOUNS:
            continue
        children = [c for c in token.children if c.i in kept]
        if children and all(c.dep_ == "det" and c.lower_ == "the" for c in children):
            return True
        if token.dep_ not in ("nsubj", "nsubjpass") or any(
            a.dep_ == "ccomp" for a in token.ancestors
        ):
            continue  # "said that a ruling is normally given ...": the claim's own words
        if not children:
            return True  # "When did production drop 1.6%?": whose production?
        if all(
            c.dep_ in ("compound", "amod")
            and not c.ent_type_
            and (c.text.islower() or c.i == c.sent.start)  # "Consumer" opening a sentence
            for c in children
        ):
            return True  # "When did consumer confidence bounce back?": whose?
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children):
            return True  # "Where have a series of workshops been held?": which ones?
    return False

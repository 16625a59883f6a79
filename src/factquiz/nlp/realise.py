"""Turning a clause into a question, Heilman & Smith style.

Simplify first (drop appositives, non-restrictive relative clauses, parentheticals, leading
adverbials, quotation marks, conjoined clauses), then put the wh-phrase first with
subject-auxiliary inversion and do-support ("killed" -> "did ... kill"; "were killed" ->
"were ... killed"; "had thrown" -> "had ... thrown").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from lemminflect import getAllLemmas, getInflection, getLemma
from spacy.tokens import Doc, Token

from factquiz.nlp.clauses import AUX_DEPS, QUOTES, SUBJECT_DEPS, Clause
from factquiz.nlp.context import entity_of
from factquiz.nlp.entity_fixes import OCCUPATIONS
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.vocabulary import COUNT_WH_PHRASES, MONTHS, SPEECH_VERBS, WEEKDAYS

#: Dependents a question never needs; the question is about the clause's core.
DROPPED_FROM_CLAUSE = frozenset(
    {
        "punct",
        "cc",
        "conj",
        "mark",
        "advcl",
        "parataxis",
        "intj",
        "meta",
        "dep",
        "appos",
        "preconj",
        "neg",
        "discourse",
    }
)
#: Dependents dropped inside any phrase kept in a question.
DROPPED_FROM_PHRASE = frozenset({"appos", "parataxis", "meta", "advcl", "discourse"})

#: Entity labels written with capitals wherever they stand.
NAME_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "DATE",
    }
)

_DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do"}
_SINGULAR_AUX = {"are": "is", "were": "was", "have": "has", "do": "does", "'re": "is", "'ve": "has"}


_BRACKETED = "factquiz_bracketed"


class Unaskable(Exception):
    """This clause cannot become a good question; the caller drops the candidate."""


@dataclass
class Piece:
    """A word of a question: a token of the sentence, or new text (wh-word, do-support)."""

    text: str
    token: Token | None = None
    #: Replacement that keeps the token's identity (a resolved pronoun, an inflected verb).
    replaced: bool = False


@dataclass
class Question:
    pieces: list[Piece] = field(default_factory=list)

    def tokens(self) -> list[Token]:
        return [p.token for p in self.pieces if p.token is not None]


def _bracketed(doc: Doc) -> frozenset[int]:
    """Indices of tokens inside round brackets, computed once per Doc."""
    cached = doc.user_data.get(_BRACKETED)
    if cached is not None:
        return cached
    inside: set[int] = set()
    depth = 0
    for t in doc:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth or t.is_sent_start:
            if t.is_sent_start:
                depth = 0
            if depth:
                inside.add(t.i)
    result = frozenset(inside)
    doc.user_data[_BRACKETED] = result
    return result


def parenthetical(token: Token) -> bool:
    """Inside round brackets within its sentence."""
    return token.i in _bracketed(token.doc)


#: Dashes that set off an aside when spaced: "-", "--", en and em dashes.
DASHES = ("-", "--", "–", "—")


def _is_nonrestrictive(child: Token) -> bool:
    """A relative clause set off by a comma ("Mr Bush, who attempted ..."), or by a dash
    when it runs to the sentence's end ("... with Leonhard Euler -- who did not agree.");
    a dash aside closed by a second dash is left to the dash rules."""
    left = child.left_edge
    if left.i == 0:
        return False
    before = left.nbor(-1).text
    if before == ",":
        return True
    if before not in DASHES:
        return False
    rest = child.doc[child.right_edge.i + 1 : child.sent.end]
    inside = child.doc[left.i : child.right_edge.i + 1]
    return (all(t.is_punct and t.text not in DASHES for t in rest)
            and not any(t.text in DASHES and t.whitespace_ for t in inside))


def _close_apposition(child: Token) -> bool:
    """An apposition with no punctuation before it ("the film Saving Private Ryan", "chief
    Lamine Diack and ..."): written as one phrase, it is kept as one. Only below the
    phrase's own head: builders read the head's apposition as its name."""
    if child.dep_ != "appos" or child.i < child.head.i:
        return False
    return not child.left_edge.nbor(-1).is_punct or _after_a_closed_bracket(child)


def _after_a_closed_bracket(child: Token) -> bool:
    """'voted European Athletics (EAA) woman athlete of 2004': the bracket before the
    apposition closes the bracketed words, it does not set the apposition off; so the
    apposition is kept even at the phrase's own head. Only asked of `_close_apposition`s."""
    return child.left_edge.nbor(-1).text in (")", "]")


def _name_run_apposition(child: Token) -> bool:
    """'the NFL Most Valuable Player': a name written straight after a name, with no
    punctuation between, is one longer name the parser split; kept even at the phrase's own
    head, or 'Who was named the NFL?'. Only asked of `_close_apposition`s."""
    head = child.head
    return (
        head.pos_ == "PROPN"
        and child.pos_ == "PROPN"
        and child.left_edge.i == head.i + 1
    )


def _between_commas(child: Token) -> bool:
    left, right = child.left_edge, child.right_edge
    doc = child.doc
    return (
        left.i > 0
        and doc[left.i - 1].text == ","
        and right.i + 1 < len(doc)
        and doc[right.i + 1].text == ","
    )


def _verbal_conj(token: Token) -> bool:
    """A conjoined clause; 'the piano, cello and singing' lists a gerund with nouns."""
    return (
        token.dep_ == "conj"
        and token.pos_ in ("VERB", "AUX")
        and token.head.pos_ not in ("NOUN", "PROPN")
    )


def _shares_object(verb: Token, conj: Token) -> bool:
    """'convicted of making and planting the bombs': the object after the second verb
    belongs to both; the first verb alone ('of making') would be a fragment."""
    objects = ("dobj", "attr", "ccomp", "xcomp", "prep", "pobj", "dative")
    return not any(c.dep_ in objects and c.i > verb.i for c in verb.children) and any(
        c.dep_ == "dobj" for c in conj.children
    )


#: Dependents whose removal can strand the words after them: "by 1.45secs [as he ran ...
#: to beat Brannen] by almost 10secs", "IAAF chief [Lamine Diack and ...] Frankie Fredericks".
FUSING_DEPS = frozenset({"appos", "advcl", "parataxis", "conj", "relcl", "acl", "dep", "meta"})
#: Modifiers a phrase or clause can lose whole without what remains changing meaning.
OPTIONAL_MODIFIERS = frozenset({"prep", "agent", "advmod", "npadvmod", "acl", "relcl", "amod"})
#: What a clause can lose whole: not a passive's agent ("Who was joined on stage at Berlin?"
#: lost "by Paul Rusesabagina", who the sentence is about as much as the subject).
CLAUSE_OPTIONAL_MODIFIERS = OPTIONAL_MODIFIERS - {"agent"}
#: Punctuation that sets an aside off from its neighbours.
_INNER_SEPARATORS = frozenset({",", ";", ":", "-", "--", "—", "–"})
_LEFT_SEPARATORS = _INNER_SEPARATORS | {"(", "[", *QUOTES}
_RIGHT_SEPARATORS = _INNER_SEPARATORS | {")", "]", *QUOTES}
#: Adverbs that change what a phrase claims ("almost the entire city", "only the richest"):
#: never dropped as sentence adverbs.
FOCUS_ADVERBS = frozenset(
    """only almost nearly just about around roughly approximately barely hardly scarcely
    even also not never merely solely mostly largely partly mainly exactly precisely some
    over under well still too either both all alone""".split()  # noqa: SIM905
)
#: Adverbs true only on the article's day ("Cragg recently defeated ..."): dropped, since
#: the rest of the clause stays true without them.
DEICTIC_ADVERBS = frozenset(
    {"recently", "now", "currently", "already", "lately", "nowadays", "presently"}
)
#: Words that date a time phrase from the article's day ("last week", "this season").
DEICTIC_DETERMINERS = frozenset({"last", "this", "next", "past", "recent", "coming"})
DEICTIC_NOUNS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
TIME_NOUNS = frozenset(
    """day days week weeks weekend weekends month months year years season seasons summer
    winter spring autumn night morning afternoon evening decade decades century quarter
    term fortnight""".split()  # noqa: SIM905
)


class Fused(Unaskable):
    """Dropping a clause would glue the words on either side of it into a wrong phrase."""


def deictic_adverb(token: Token) -> bool:
    """'recently', 'now', 'once before', 'so far': relative to the day the article ran."""
    lower = token.lower_
    if token.dep_ not in ("advmod", "npadvmod") or token.pos_ != "ADV":
        return False
    if lower in DEICTIC_ADVERBS:
        return True
    if lower == "before":  # "has won once before"; "before the war" is a preposition
        return not any(c.dep_ == "pobj" for c in token.children)
    if lower == "far":
        return any(c.lower_ == "so" for c in token.children)
    return False


def _deictic_noun(noun: Token) -> bool:
    lower = noun.lower_
    if noun.dep_ == "compound" or noun.ent_type_ not in ("", "DATE", "TIME"):
        return False  # "BBC Radio 4's Today programme", "Suddenly Last Summer" are names
    if any(c.dep_ == "prep" and c.lower_ == "of" and _dated_year(c) for c in noun.children):
        return False  # "the last three months of 2004" is a fixed time
    if lower in DEICTIC_NOUNS:
        return True
    governor = noun.head.lower_ if noun.dep_ == "pobj" else ""
    if (lower, governor) in (("moment", "at"), ("present", "at"), ("date", "to")):
        return lower != "moment" or any(c.lower_ == "the" for c in noun.children)
    if lower == "past" and noun.pos_ == "NOUN":
        return any(c.lower_ == "the" for c in noun.children)  # "in the past"
    if lower in TIME_NOUNS or lower.rstrip(".") in MONTHS or lower in WEEKDAYS:
        return any(
            c.lower_ in DEICTIC_DETERMINERS and (c.is_lower or c.is_sent_start)
            for c in noun.children
        )  # "last August"; "Suddenly Last Summer" is a title
    return False


def _dated_year(of: Token) -> bool:
    return any(t.like_num and len(t.text) == 4 for t in of.subtree)


def deictic_time(token: Token) -> bool:
    """A time phrase dated from the article's day: 'last week', 'in the past four years',
    'last year's Olympics', 'six weeks ago', 'yesterday'."""
    if token.lower_ == "ago":
        return True
    if _deictic_noun(token):
        return True
    if token.dep_ in ("prep", "agent"):
        return any(c.dep_ == "pobj" and _deictic_noun(c) for c in token.children)
    return False


def phrase(
    token: Token, skip: frozenset[int] = frozenset(), strict: bool = False, reported: bool = False
) -> list[Token]:
    """The token's subtree, simplified: no appositions, asides, or non-restrictive clauses.

    Conjoined clauses ("... and would be spared") go too. With `strict`, dropping anything
    that carries meaning (an adverbial clause, a conjoined clause) raises Unaskable instead:
    a claim quoted in a question must be whole. A dropped clause that would glue the words
    around it together takes its enclosing modifier with it ("including IAAF chief Lamine
    Diack and ... Frankie Fredericks" goes whole), or raises `Fused` when there is none.
    Outside claims (`strict`, or `reported` speech: the speaker's "now" is the speaker's),
    time phrases dated from the article's day ("last year's Olympics") raise Unaskable, and
    adverbs such as "recently" go.
    """
    dated_ok = strict or reported
    kept: list[Token] = []
    fusing: list[Token] = []
    lists: list[Token] = []

    def walk(t: Token) -> None:
        if t.i in skip:
            return
        kept.append(t)
        verbal_conjs = [c for c in t.children if _verbal_conj(c)]
        shared = any(_shares_object(t, c) for c in verbal_conjs)
        for child in t.children:
            if shared and (child.dep_ == "cc" or _verbal_conj(child)):
                walk(child)  # "of making and planting the bombs" stays whole
                continue
            meaningful = child.dep_ in ("advcl", "parataxis") or _verbal_conj(child)
            if strict and meaningful:
                raise Unaskable(f"claim would lose its {child.dep_}")
            if not dated_ok and (
                deictic_adverb(child)
                or (child.dep_ == "amod" and any(deictic_adverb(c) for c in child.children))
            ):
                continue  # "recently", "recently-crowned"
            if not dated_ok and deictic_time(child):
                raise Unaskable("a time dated from the article's day ('last year's')")
            same_date = child.ent_iob_ == "I" and child.ent_type_ in ("DATE", "TIME")
            if _close_apposition(child) and (
                t != token or _after_a_closed_bracket(child) or _name_run_apposition(child)
            ):
                walk(child)  # "the film Saving Private Ryan": part of the name, not an aside
                continue
            if (child.dep_ in DROPPED_FROM_PHRASE and not same_date) or _verbal_conj(child):
                if _embedded_question(child):
                    raise Unaskable("'told the programme how ...' would lose what was told")
                if child.dep_ in FUSING_DEPS:
                    fusing.append(child)
                if _list_as_apposition(child) and not _close_apposition(child):
                    lists.append(child)
                continue  # "February 1, 2016": the year is no apposition to drop
            if child.dep_ == "cc" and verbal_conjs:
                continue
            if child.dep_ == "conj" and _person_listed_with_thing(t, child):
                raise Unaskable("a person coordinated with a place or event: a misparse")
            if child.dep_ in ("relcl", "acl") and _is_nonrestrictive(child):
                fusing.append(child)
                continue
            if child.dep_ in ("prep", "advmod", "npadvmod", "amod") and _between_commas(child):
                continue  # "the auction, at Sotheby's, will feature": an aside
            if child.dep_ == "prep" and child.i > t.i and _spaced(child.nbor(-1)) and (
                    child.nbor(-1).text in DASHES):
                continue  # "13 natural reserves – among others, Bielany Forest": an aside
            if (
                child.dep_ == "advmod"
                and child.lower_ not in FOCUS_ADVERBS
                and any(c.dep_ == "det" and c.i > child.i for c in t.children)
            ):
                continue  # "traditionally the driver for expansion": a sentence adverb
            walk(child)

    walk(token)
    kept = _unfuse(token, kept, fusing, lists)
    # Single quotes count by their tag: "'socialism in one country'" ("'" alone is ambiguous).
    enclosing = _enclosing_quotes(kept)
    kept = [t for t in kept if (t.text not in QUOTES or t.i in enclosing) and not _single_quote(t)
            and t.text not in "()" and not parenthetical(t)]
    kept.sort(key=lambda t: t.i)
    return _trim_punct(kept)


def _enclosing_quotes(kept: list[Token]) -> set[int]:
    """'the "50" will be designed by Tiffany': quote marks around a short name that the
    phrase keeps whole are part of how it is written ("the 50" alone means nothing).
    Other quote marks go: a claim's are the speaker's, and half a pair reads as a typo."""
    indices = {t.i for t in kept}
    marks = sorted((t for t in kept if t.text in QUOTES), key=lambda t: t.i)
    keep: set[int] = set()
    for opening, closing in pairwise(marks):
        inside = range(opening.i + 1, closing.i)
        if (opening.i in keep or not 0 < len(inside) <= 4
                or not all(i in indices for i in inside)
                or any(opening.doc[i].is_punct for i in inside)):
            continue
        keep |= {opening.i, closing.i}
    return keep


def _single_quote(token: Token) -> bool:
    """"'socialism in one country'": a single quotation mark, known by its tag ("'" is also
    an apostrophe, and the tagger gives "°" the same tags)."""
    return token.tag_ in ("``", "''") and token.text in ("'", "‘", "’", "`")


def _fused_run(kept: list[Token], fusing: list[Token]) -> list[int] | None:
    """The first stretch of dropped words with kept words on both sides and no punctuation
    setting it off: what stood either side of it would be read as one phrase."""
    if not kept or not fusing:
        return None
    doc = kept[0].doc
    present = {t.i for t in kept}
    dropped = {t.i for f in fusing for t in f.subtree}
    run: list[int] = []
    for i in range(min(present), max(present) + 1):
        if i not in present:
            run.append(i)
            continue
        if run and _stranding(run, dropped, doc):
            return run
        run = []
    return None


def _stranding(run: list[int], dropped: set[int], doc: Doc) -> bool:
    conjunction = any(i in dropped and doc[i].dep_ == "cc" for i in run)
    if not conjunction and sum(1 for i in run if i in dropped and not doc[i].is_punct) < 2:
        return False  # one stray word ("are both in prison") glues nothing together
    if doc[run[0]].text in ("(", "[") and doc[run[-1]].text in (")", "]"):
        return False  # a parenthesis
    if all(parenthetical(doc[i]) or doc[i].is_punct for i in run):
        return False  # "(£158.8bn; 230.9bn euros)": brackets go whole anyway
    before, after = doc[run[0] - 1], doc[run[-1] + 1]
    left_set_off = before.text in _LEFT_SEPARATORS or doc[run[0]].text in _INNER_SEPARATORS
    right_set_off = after.text in _RIGHT_SEPARATORS or doc[run[-1]].text in _INNER_SEPARATORS
    return not (left_set_off and right_set_off)


def _unfuse(
    root: Token, kept: list[Token], fusing: list[Token], lists: list[Token] = ()
) -> list[Token]:
    """Drop the whole modifier around each stranding gap or cut list, or raise `Fused`."""
    for cut in lists:
        if _list_set_off(cut, kept):
            # "two universities - Newcastle University and Northumbria University": the
            # list a colon or dash opens at the end names what was counted; it goes alone.
            gone = {t.i for t in cut.subtree}
            kept = [t for t in kept if t.i not in gone]
            continue
        # "places such as Virgin Megastores, the Travelodge chain and ...": a list read as
        # an apposition goes with the phrase that holds it, never down to its first item.
        kept = _drop_enclosing(root, kept, cut, OPTIONAL_MODIFIERS - {"amod"})
    for _ in range(4):
        run = _fused_run(kept, fusing)
        if run is None:
            return kept
        # A list cut in two ("chief [Diack and athlete] Fredericks") goes with the phrase
        # that introduces it, never by dropping a word of it: "Fredericks" alone is half.
        droppable = OPTIONAL_MODIFIERS
        if any(root.doc[i].dep_ == "cc" for i in run):
            droppable = OPTIONAL_MODIFIERS - {"amod"}
        kept = _drop_enclosing(root, kept, root.doc[run[0]], droppable)
    raise Fused("too many dropped clauses")


def _list_set_off(cut: Token, kept: list[Token]) -> bool:
    """A list opened by a colon or dash with nothing kept after it."""
    start = cut.left_edge.i
    if start == 0 or cut.doc[start - 1].text not in (":", *DASHES):
        return False
    return not any(t.i > cut.right_edge.i and not t.is_punct for t in kept)


def _drop_enclosing(
    root: Token, kept: list[Token], start: Token, droppable: frozenset[str]
) -> list[Token]:
    """Without the outermost kept modifier above `start` (below `root`), or raise `Fused`."""
    present = {t.i for t in kept}
    modifier = None
    ancestor = start
    while ancestor != root and ancestor.head != ancestor:
        if ancestor.i in present and ancestor.dep_ in droppable:
            modifier = ancestor  # the outermost one wins: "including ..." whole
        ancestor = ancestor.head
    if modifier is None:
        raise Fused("a dropped clause would leave a fragment")
    if root.dep_ in ("prep", "agent") and modifier.head.head == root:
        # "in places [such as ...]": the preposition's object alone says nothing; the
        # caller drops the whole prepositional phrase.
        raise Fused("the phrase would keep only a bare object")
    gone = {t.i for t in modifier.subtree}
    return [t for t in kept if t.i not in gone]


def _list_as_apposition(child: Token) -> bool:
    """'X, Y and Z' parsed as X with the apposition 'Y and Z': a list, not a renaming."""
    if child.dep_ != "appos" or parenthetical(child):
        return False  # "(most of South Asian origins and concentrated in ...)" goes whole
    if _indefinite_description(child):
        return False  # "Casimir Pulaski, a Polish general and hero of ..., was born"
    return any(c.dep_ == "cc" for c in child.children) and any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in child.children
    )


def _indefinite_description(appos: Token) -> bool:
    """'X, a general and hero of the war, was born': an apposition opened by "a" and closed
    by a comma describes X; a list of other things has no "a" before its second item."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children):
        return False
    after = appos.right_edge.i + 1
    return after < len(appos.doc) and appos.doc[after].text in (",", *DASHES)


def _comma_for_a_dropped_aside(tokens: list[Token], present: set[int]) -> set[int]:
    """'was 1.6%, after a year of contraction in 2003, down from 1.7%': where an aside
    between two kept commas went and words go on after it, one comma stays in its place
    ('was 1.6%, down from 1.7%'), so the words either side are not read as one phrase."""
    keep: set[int] = set()
    for comma in tokens:
        if comma.text != "," or comma.i - 1 not in present or comma.i + 1 in present:
            continue
        closing = next((t for t in comma.doc[comma.i + 1:comma.sent.end]
                        if t.text == "," and t.head == comma.head), None)
        if (closing is not None and closing.i + 1 in present and closing.nbor(1).dep_ != "cc"
                and all(i not in present for i in range(comma.i + 1, closing.i))):
            keep.add(comma.i)
    return keep


def _trim_punct(tokens: list[Token]) -> list[Token]:
    """Drop commas and dashes left at the edges of a phrase or next to removed words."""
    present = {t.i for t in tokens}
    kept_commas = _comma_for_a_dropped_aside(tokens, present)
    result = []
    for t in tokens:
        if t.i in kept_commas:
            result.append(t)
            continue
        if (
            t.is_punct
            and t.text in {",", ";", ":", "-", "--", "—", "–"}
            and not (t.i - 1 in present and t.i + 1 in present)
        ):
            continue
        result.append(t)
    paired = sum(t.text in QUOTES for t in result) % 2 == 0  # 'the "50"' keeps its marks
    while result and (
        (result[-1].is_punct and result[-1].text not in {"'", "’", "%"}
         and not (paired and result[-1].text in QUOTES)) or result[-1].dep_ == "cc"
    ):
        result.pop()
    while result and ((result[0].is_punct and not (paired and result[0].text in QUOTES))
                      or result[0].dep_ == "cc"):
        result.pop(0)
    return result


def base_form(verb: Token) -> str:
    """Infinitive for do-support; lemminflect knows verbs spaCy mislemmatises ("spared")."""
    lemmas = getLemma(verb.text.lower(), upos="VERB")
    lemma = lemmas[0] if lemmas else lemma_of(verb)
    return lemma


def noun_read_as_verb(token: Token) -> bool:
    """'hand divorce papers to wife Angie': the parser read 'to wife' as an infinitive clause;
    lemminflect knows 'wife' as a noun and not as a verb. ('assistant to sculptor Henry
    Moore', read as one phrase whatever the tag, is no clause.)"""
    lower = token.lower_
    return (token.tag_ == "VB" and token.dep_ in ("advcl", "xcomp", "ccomp", "conj", "acl")
            and not getAllLemmas(lower, upos="VERB")
            and bool(getAllLemmas(lower, upos="NOUN")))


def third_singular(verb: Token) -> str:
    forms = getInflection(base_form(verb), tag="VBZ")
    return forms[0] if forms else verb.text


def _dash_inside(head: Token) -> bool:
    """'Exports - traditionally the engine for growth - grew': a spaced dash between the
    words of one noun phrase ends an aside the parser took for the phrase's head."""
    inner = head.doc[head.left_edge.i + 1 : head.right_edge.i]
    return any(t.text in ("-", "--", "—", "–") and _spaced(t) for t in inner)


def _spaced(dash: Token) -> bool:
    """' - ' with spaces sets words off; '-' inside 'Mazar-e-Sharif' joins them."""
    return bool(dash.whitespace_) and dash.i > 0 and bool(dash.doc[dash.i - 1].whitespace_)


def _subject_phrase(clause: Clause) -> list[Token]:
    """The subject, simplified; "the architect, Antoni Gaudi," is asked as "Antoni Gaudi"."""
    subject = clause.subject
    assert subject is not None
    if _dash_inside(subject):
        raise Unaskable("a dash inside the subject: its aside was read as the subject")
    if not subject.ent_type_:
        for child in subject.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return phrase(child)
    # A relative clause is asked about its own noun: "the attacks that killed 4,500 people"
    # is the subject of "killed", without the clause itself or the nouns conjoined with it.
    if clause.verb.head != subject:
        return phrase(subject)
    own = [clause.verb, *(c for c in subject.children if c.dep_ in ("conj", "cc"))]
    return phrase(subject, frozenset(t.i for c in own for t in c.subtree))


def _lower_first(pieces: list[Piece]) -> None:
    """'The alliance' -> 'the alliance' once it no longer opens the sentence."""
    if not pieces or pieces[0].token is None or pieces[0].replaced:
        return
    token = pieces[0].token
    if token.text == "The":
        pieces[0] = Piece("the", token, replaced=True)  # "the Vienna Philharmonic"
        return
    if token.like_num and token.text.istitle():
        pieces[0] = Piece(token.text.lower(), token, replaced=True)  # "Two days of talks"
        return
    if token.tag_ in ("NNP", "NNPS") or token.ent_type_ in NAME_LABELS or token.text == "I":
        return
    if token.text.istitle() and not named_at_start(token):  # "MPs", "BBC" keep capitals
        pieces[0] = Piece(token.text.lower(), token, replaced=True)


def _infinitive(child: Token) -> bool:
    """'attempted to reassure Americans': an infinitive after the verb completes it; so does
    one with its own subject after "for" ("lobbied for the NFL to reimburse the city")."""
    if child.dep_ != "advcl" or child.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return False
    marks = [c for c in child.children if c.dep_ == "mark"]
    if not marks:
        return True
    return (len(marks) == 1 and marks[0].lower_ == "for" and marks[0].i == child.head.i + 1
            and any(c.dep_ == "nsubj" for c in child.children))


def clause_parts(
    clause: Clause, remove: set[int], counting: bool = False, dating: bool = True
) -> tuple[list[Token], list[Token]]:
    """(middle, post): adverbs between subject and verb, and the verb's complements after it.

    Time words dated from the article's day ("recently", "last week") go: the event stays
    true without them. A count is bounded by its time ("sold 95,000 cars last year"), so
    with `counting` such a time makes the clause unaskable instead. With `dating` (every
    question but "When"), a leading phrase that dates the event by its year or century
    ("In the late 17th century, Boyle proved ...") is asked after the verb: it says which
    event is meant.
    """
    verb = clause.verb
    subject_i = clause.subject.i if clause.subject is not None else -1
    middle: list[Token] = []
    after: list[tuple[Token, list[Token]]] = []
    scope: list[Token] = []
    fusing: list[Token] = []
    dated_dropped = False
    # "..., according to X": the attribution is added once, at the end, never inside.
    remove = remove | {t.i for a in verb.sent if a.lower_ == "according" for t in a.subtree}
    if any(a.dep_ == "auxpass" and a.head != verb for a in clause.auxes) and any(
        c.dep_ == "dobj" for c in verb.children
    ):
        # "was born in Switzerland and studied the piano": a passive auxiliary carried
        # over to an active verb would make "Where was Viotti studied the piano?" ("was
        # handed a ban" keeps its own auxiliary and its object).
        raise Unaskable("a passive auxiliary on a verb with an object")
    if any(_object_was_a_subject(verb, c) for c in verb.children):
        # "agreed the 1701 Act of Settlement, which ..., was discriminatory": the object
        # is the subject of what was agreed; "Who agreed the Act?" would be a wrong fact.
        raise Unaskable("the object is the subject of a clause the parser split off")
    if sum(1 for c in verb.children if c.dep_ in SUBJECT_DEPS) > 1:
        raise Unaskable("two subjects: the parse is wrong ('director Im Kwon-Taek' as 'I m')")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1 or any(
        o.left_edge.i > 0 and o.left_edge.nbor(-1).text == "," for o in objects
    ):
        raise Unaskable("two direct objects: the parse is wrong")
    for child in verb.children:
        if child.i in remove or child.dep_ in SUBJECT_DEPS or child.dep_ in AUX_DEPS:
            continue
        if child.dep_ == "expl" and clause.subject is not None and child == clause.subject:
            continue  # existential "there" is placed as the subject
        if deictic_adverb(child) or _relative_to_date(child) or _interval_after(child):
            continue  # "Cragg recently defeated Bekele": true without "recently"
        if (
            child.dep_ == "npadvmod"
            and child.i < subject_i
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ not in ("DATE", "TIME")
        ):
            # "Exports - traditionally the driver ... - grew": the true subject was read
            # as a bare adverbial noun, and the aside as the subject.
            raise Unaskable("a bare noun before the subject: the subject is misparsed")
        if deictic_time(child):
            if counting:
                raise Unaskable("a count bounded by a time dated from the article's day")
            dated_dropped = True
            continue  # "held a meeting last week"
        leading = child.i < verb.i and (clause.shares_subject or child.i < subject_i)
        dates_the_event = leading and dating and not counting and _dates_by_year(child)
        if leading and not counting and not dates_the_event:
            # "On Thursday, ...": a leading adverbial goes (before it is read); "At the end
            # of this year," still dates what the question keeps.
            dated_dropped = dated_dropped or any(_deictic_noun(t) for t in child.subtree)
            continue
        if child.dep_ in DROPPED_FROM_CLAUSE and child.tag_ != "HYPH" and not _infinitive(child):
            if child.dep_ in FUSING_DEPS or (child.dep_ == "cc" and child.i > verb.i):
                fusing.append(child)  # "wanted to keep control, and preferred GM's offer"
            continue
        if child.dep_ == "prep" and child.lower_ == "according":
            continue
        if _trailing_aside(child, verb):
            fusing.append(child)  # what follows it without a comma is part of it
            continue
        reported = child.dep_ == "ccomp" and lemma_of(verb) in SPEECH_VERBS
        try:
            kept = phrase(child, frozenset(remove), reported=reported)
        except Fused:
            if child.dep_ in CLAUSE_OPTIONAL_MODIFIERS:
                continue  # the modifier cannot be kept whole: it goes whole
            raise
        # "Oct. 7 ... alleged architect": the small parser sometimes hangs a whole clause
        # on a bare date; such a date goes, with what hangs on it.
        if (
            child.dep_ in ("npadvmod", "tmod")
            and child.ent_type_ in ("DATE", "TIME")
            and any(t.ent_type_ != child.ent_type_ for t in kept)
        ):
            continue
        if (
            child.i < verb.i
            and child.dep_ in ("prep", "advmod", "npadvmod")
            and _between_commas(child)
        ):
            continue  # "Spacey, who, as Darin, sings": an aside before the verb
        if child.i < verb.i:
            # Before the subject: a leading adverbial ("On Thursday, ..."); dropped, but a
            # count keeps the time or place it is a count of ("In 2003, production
            # totalled 11.49 million tonnes"): it is asked at the end.
            if clause.shares_subject or child.i < subject_i:
                if (counting and _scopes_count(child, kept)) or dates_the_event:
                    scope.extend(kept)
                continue
            middle.extend(kept)
        else:
            after.append((child, kept))
    if lemma_of(verb) in SPEECH_VERBS and any(_says_what(f) for f in fusing):
        raise Unaskable("what was said would be dropped ('told the programme how ...')")
    after = _unfuse_complements(verb, after, fusing)
    if dated_dropped and _states_amount(clause, [*middle, *(t for _, k in after for t in k)]):
        raise Unaskable("an amount bounded by a time dated from the article's day")
    post = [t for _, kept in after for t in kept if t.i not in remove]
    post.sort(key=lambda t: t.i)
    if any(t.tag_ in RELATIVIZERS and t.i - 1 in remove for t in post):
        raise Unaskable("a relative clause would lose its noun ('look where ...')")
    middle, post, scope = _trim_punct(middle), _trim_punct(post), _trim_punct(scope)
    claim = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if scope and not counting and claim is not None:
        if not any(c.dep_ == "mark" for c in claim.children):
            # "said in 2000 the area's economy ...": without "that" the date reads as the
            # claim's; at the end it would date the claim's last words. It goes.
            return middle, post
        # "Who proved in the late 17th century that air ...?": before what was proved.
        cut = next((n for n, t in enumerate(post) if t.i >= claim.left_edge.i), len(post))
        return middle, post[:cut] + scope + post[cut:]
    # "How many websites did the authorities shut down in August 2004?": after the rest.
    return middle, post + scope


#: Words that open a relative clause or an embedded question.
RELATIVIZERS = frozenset({"WDT", "WP", "WP$", "WRB"})


#: Words opening an embedded question ("how the charity works"): an argument of the verb,
#: never an adverbial to drop ("when" and "where" open adverbials too).
CONTENT_OPENERS = frozenset({"how", "what", "why", "whether", "who", "whom", "which"})


def _says_what(dropped: Token) -> bool:
    """'told the programme how the charity works': the dropped clause is what was said."""
    if dropped.dep_ not in ("advcl", "ccomp", "parataxis", "dep"):
        return False
    return dropped.left_edge.lower_ in CONTENT_OPENERS | {"that"}


def _embedded_question(dropped: Token) -> bool:
    return dropped.dep_ in ("advcl", "ccomp") and dropped.left_edge.lower_ in CONTENT_OPENERS


#: Entity labels of amounts a time phrase bounds ("sold 95,000 cars last year").
AMOUNT_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _states_amount(clause: Clause, kept: list[Token]) -> bool:
    """The question itself states an amount of the clause ('Which organisation sold nearly
    95,000 cars?'): without its time, the amount is wrong. Amounts inside a reported claim
    ('said last week it was offering redundancy to about 30 reporters') are the claim's."""
    reported = {
        t.i
        for c in clause.verb.children
        if c.dep_ == "ccomp" and lemma_of(clause.verb) in SPEECH_VERBS
        for t in c.subtree
    }
    subject = clause.subject
    counted = [c for c in subject.children if c.dep_ == "nummod"] if subject is not None else []
    return any(
        t.i not in reported
        and (t.ent_type_ in AMOUNT_LABELS or t.tag_ == "CD")
        and t.ent_type_ not in ("DATE", "TIME")
        for t in [*kept, *counted]
    )


def _object_was_a_subject(verb: Token, conj: Token) -> bool:
    """A 'be' conjoined to the verb with no subject and no 'and' before it."""
    be = lemma_of(conj) == "be" or conj.lower_ in ("is", "was", "are", "were")
    if conj.dep_ != "conj" or not be or conj.i < verb.i:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in conj.children):
        return False
    return not any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children)


def _interval_after(child: Token) -> bool:
    """'returned to Lagos two years later', 'three months earlier', 'one day after X
    happened': a time counted from an event the question does not name; the question is
    true without it."""
    if child.lower_ in ("later", "earlier", "afterwards") and child.dep_ == "advmod" and any(
            c.dep_ == "npadvmod" and c.i < child.i for c in child.children):
        return True
    # "was sentenced one day after an online campaign highlighted his case": the clause the
    # interval counts from goes (an adverbial clause), so the interval goes with it.
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return (child.dep_ == "npadvmod" and any(c.dep_ == "nummod" for c in child.children)
            and following is not None and following.lower_ in ("after", "before")
            and following.dep_ == "mark" and following.head.dep_ == "advcl")


def _relative_to_date(child: Token) -> bool:
    """'begin later on Wednesday', 'earlier this month': 'later' belongs to the date."""
    if child.lower_ not in ("later", "earlier") or child.dep_ != "advmod":
        return False
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    if following is None:
        return False
    if following.ent_type_ in ("DATE", "TIME"):
        return True
    return following.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in following.children
    )


def _scopes_count(child: Token, kept: list[Token]) -> bool:
    """A leading phrase naming a time or place: 'In 2003,', 'In the year to March 2004,',
    'In eastern Ethiopia,'."""
    if child.dep_ not in ("prep", "npadvmod") or not kept:
        return False
    return any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in kept)


#: "the 1950s", "the late 17th century", "2003": a time a quiz can name without the article.
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})s?\b|\bcentur(y|ies)\b")


def names_a_year(tokens: Iterable[Token]) -> bool:
    """A date among the tokens says its year, decade or century ("in the third quarter of
    2004", "the 1950s"): a time a reader can place without the article's date."""
    return bool(_YEAR.search(" ".join(t.lower_ for t in tokens if t.ent_type_ == "DATE")))


def _dates_by_year(child: Token) -> bool:
    """A leading 'In 1998,' or 'By the early 20th century,': one date entity with a year
    or a century, nothing dated from the article's day, nothing else in the phrase."""
    if child.dep_ not in ("prep", "npadvmod"):
        return False
    words = [t for t in child.subtree if not t.is_punct]
    if any(deictic_time(t) or t.ent_type_ == "TIME" for t in child.subtree):
        return False
    if not names_a_year(words):
        return False
    # "In 2003, after the merger," or "In its first year, 1998,": the phrase is a date only.
    return all(t.ent_type_ == "DATE" or t == child or t.lower_ == "the" for t in words)


def _person_listed_with_thing(head: Token, conj: Token) -> bool:
    """'at the Sydney Games and Thanou, 30, who won ...': a conjunct with its own age or
    'who' clause is a person; listed with an event, place or date, it was misattached."""
    if head.ent_type_ in ("", "PERSON", "NORP", "ORG"):
        return False
    return any(
        (c.dep_ == "relcl" and c.left_edge.lower_ == "who")
        or (c.dep_ == "appos" and c.like_num)
        for c in conj.children
    )


def _trailing_aside(child: Token, verb: Token) -> bool:
    """', 24% higher than in 2003': a comment set off by a comma after the verb's
    complements, not one of them; kept, it would be pasted into the question."""
    if child.i < verb.i:
        return False
    if child.dep_ not in ("npadvmod", "advmod", "amod", "acomp") and not _absolute(child):
        return False
    left = child.left_edge
    return left.i > verb.i + 1 and left.nbor(-1).text == ","


def _absolute(prep: Token) -> bool:
    """', with one voting to abstain': 'with' and a participle make a clause of their own."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("with", "without")
        and any(
            g.tag_ in ("VBG", "VBN") and g.dep_ in ("acl", "amod", "pobj", "pcomp")
            for c in prep.children
            for g in (c, *c.children)
        )
    )


def _unfuse_complements(
    verb: Token, after: list[tuple[Token, list[Token]]], fusing: list[Token]
) -> list[tuple[Token, list[Token]]]:
    """'missed out on the record by 1.45secs [as he ran ...] by almost 10secs': a
    modifier after a dropped clause usually belonged to it; it goes, or the clause is
    unaskable when it was a complement the verb needs."""
    for _ in range(4):
        kept = [verb, *(t for _, tokens in after for t in tokens)]
        run = _fused_run(sorted(kept, key=lambda t: t.i), fusing)
        if run is None:
            return after
        following = min(
            (pair for pair in after if pair[1] and min(t.i for t in pair[1]) > run[-1]),
            key=lambda pair: pair[0].i,
            default=None,
        )
        if following is None or following[0].dep_ not in CLAUSE_OPTIONAL_MODIFIERS:
            raise Fused("a dropped clause would leave a fragment")
        after = [pair for pair in after if pair is not following]
    raise Fused("too many dropped clauses")


def _counts(wh: list[Piece]) -> bool:
    return bool(wh) and wh[0].text.startswith(COUNT_WH_PHRASES)


def _dates(wh: list[Piece]) -> bool:
    """Every question but "When" keeps the year its event is dated by."""
    return not (wh and wh[0].text == "When")


def _pieces(tokens: Iterable[Token]) -> list[Piece]:
    return [Piece(t.text, t) for t in tokens]


def ask_subject(clause: Clause, wh: list[Piece], singular: bool) -> Question:
    """'Who killed 90 Taliban?': the wh-phrase replaces the subject, no inversion."""
    middle, post = clause_parts(clause, set(), counting=_counts(wh), dating=_dates(wh))
    auxes = list(clause.auxes)
    verb_piece = Piece(clause.verb.text, clause.verb)
    aux_pieces = _pieces(auxes)
    plural_subject = clause.subject is not None and (
        clause.subject.tag_ in ("NNS", "NNPS")
        or clause.verb.tag_ == "VBP"
        or (bool(clause.auxes) and clause.auxes[0].lower_ in _SINGULAR_AUX)
    )
    # "Who are becoming avid blog readers?" keeps the plural its predicate needs.
    plural_predicate = any(
        c.dep_ in ("attr", "oprd") and c.tag_ in ("NNS", "NNPS") for c in clause.verb.children
    )
    if not plural_predicate and (
        (singular and plural_subject)
        or (
            singular
            and clause.subject is not None
            and clause.subject.lower_ in ("they", "we", "i", "you")
        )
    ):
        if aux_pieces:
            first = aux_pieces[0]
            if first.text.lower() in _SINGULAR_AUX:
                aux_pieces[0] = Piece(_SINGULAR_AUX[first.text.lower()], first.token, True)
        elif clause.verb.tag_ == "VBP":
            if not getAllLemmas(clause.verb.lower_, upos="VERB"):
                # "The Panthers backfield featured ...": "backfield" is no verb to inflect.
                raise Unaskable(f"{clause.verb.text!r} read as a verb English does not know")
            verb_piece = Piece(third_singular(clause.verb), clause.verb, True)
        elif clause.verb.lower_ in _SINGULAR_AUX:
            verb_piece = Piece(_SINGULAR_AUX[clause.verb.lower_], clause.verb, True)
    if _dated_perfect(clause, post):
        # "Who has won the marathon in 2011?": a dated event takes the past simple.
        past = _simple_past(clause.verb)
        if past:
            aux_pieces, verb_piece = [], Piece(past, clause.verb, True)
    pieces = [*wh, *_in_order(aux_pieces, _pieces(middle)), verb_piece, *_pieces(post)]
    return Question(pieces)


def _in_order(auxes: list[Piece], adverbs: list[Piece]) -> list[Piece]:
    """Auxiliaries and the adverbs among them as the sentence has them: "has long been",
    not "has been long"."""
    return sorted([*auxes, *adverbs], key=lambda p: p.token.i if p.token is not None else -1)


def _simple_past(participle: Token) -> str | None:
    """'won' -> 'won', 'taken' -> 'took'; 'forecast' stays 'forecast' (lemminflect would
    regularise it to 'forecasted')."""
    base = base_form(participle)
    if participle.lower_ == base.lower():
        return participle.text
    forms = getInflection(base, tag="VBD")
    return forms[0] if forms else None


def _dated_perfect(clause: Clause, post: list[Token]) -> bool:
    """'has won ... in 2011': a present perfect whose complements name a past date."""
    auxes = clause.auxes
    if len(auxes) != 1 or lemma_of(auxes[0]) != "have" or clause.verb.tag_ not in ("VBN", "VBD"):
        return False
    return any(_point_in_time(t) for t in post)


#: Prepositions that make a date the start or span of a state ("has lived there since 1998").
SPAN_PREPOSITIONS = frozenset({"since", "for", "over", "until", "till", "throughout", "from"})


def _point_in_time(token: Token) -> bool:
    """A year or month naming when something happened, not how long it has lasted."""
    if token.ent_type_ != "DATE":
        return False
    year = token.like_num and len(token.text) == 4 and token.text.isdigit()
    if not (year or token.lower_.rstrip(".") in MONTHS):
        return False
    head = token
    while head.dep_ not in ("prep", "ROOT") and head.head != head:
        head = head.head
    return head.dep_ != "prep" or head.lower_ not in SPAN_PREPOSITIONS


def ask_agent(clause: Clause, wh: list[Piece], agent: Token) -> Question:
    """'The museum was founded by X in 1998' -> 'Who founded the museum in 1998?'.

    Only a plain passive ("was/were/is/are" + participle): the active verb takes the tense
    of the auxiliary, the passive subject becomes the object.
    """
    if clause.subject is None or len(clause.auxes) not in (1, 2):
        raise Unaskable("not a plain passive")
    if any(_controlled_by_subject(c) for c in clause.verb.children if c.i > clause.verb.i):
        raise Unaskable("an adjunct of the passive subject would be read as the agent's")
    if len(clause.auxes) == 2:
        return _ask_agent_compound(clause, wh, agent)
    aux = clause.auxes[0].lower_
    tag = {"was": "VBD", "were": "VBD", "is": "VBZ", "are": "VBZ"}.get(aux)
    if tag is None:
        raise Unaskable("passive with a complex auxiliary")
    forms = getInflection(base_form(clause.verb), tag=tag)
    if not forms:
        raise Unaskable("cannot inflect the verb")
    obj = _pieces(_subject_phrase(clause))
    _lower_first(obj)
    middle, post = _agent_parts(clause, agent)
    verb = Piece(forms[0], clause.verb, True)
    return Question([*wh, *_pieces(middle), verb, *obj, *_pieces(post)])


def _agent_parts(clause: Clause, agent: Token) -> tuple[list[Token], list[Token]]:
    """`clause_parts` without the agent. 'was proven first by Chebyshev' -> 'Who first
    proved ...?': an adverb between the participle and its agent goes before the active
    verb; after the object it would read as a ranking ("Who proved the postulate first?")."""
    middle, post = clause_parts(clause, {t.i for t in agent.subtree})
    moved = [t for t in post if t.dep_ == "advmod" and t.head == clause.verb
             and clause.verb.i < t.i < agent.i and t.tag_ == "RB" and not list(t.children)]
    if not moved:
        return middle, post
    return [*middle, *moved], [t for t in post if t not in moved]


def _controlled_by_subject(child: Token) -> bool:
    """'The amendment will be debated by the Lords without having been considered by MPs':
    a passive adjunct without a subject of its own is understood of the passive subject;
    made active, it would be read as the agent's ("Who will debate ... without having been
    considered?"). An active one ("..., beating the favourite") is the agent's already."""
    verbs = [child] if child.dep_ == "advcl" else [
        g for g in child.children if child.dep_ == "prep" and g.dep_ == "pcomp"]
    return any(
        v.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
        and any(c.dep_ == "auxpass" for c in v.children)
        for v in verbs
    )


#: First auxiliaries of a two-word passive, as the active keeps them for a singular "Who":
#: "had been elected by X" -> "Who had elected", "will be designed by X" -> "Who will design".
_PERFECT_AUXES = {"has": "has", "have": "has", "had": "had"}
_FUTURE_AUXES = frozenset({"will", "shall"})


def _ask_agent_compound(clause: Clause, wh: list[Piece], agent: Token) -> Question:
    """'The mayor had been elected by the council' -> 'Who had elected the mayor?'; 'The
    cup will be designed by X' -> 'Who will design the cup?'. The active keeps the first
    auxiliary and drops the passive one ("been", "be"); a present perfect with a past date
    takes the past simple, as in `ask_subject`."""
    first, second = clause.auxes
    if second.dep_ != "auxpass" or second.lower_ not in ("been", "be"):
        raise Unaskable("passive with a complex auxiliary")
    word = first.lower_
    obj = _pieces(_subject_phrase(clause))
    _lower_first(obj)
    middle, post = _agent_parts(clause, agent)
    if word in _PERFECT_AUXES and second.lower_ == "been":
        if word != "had" and any(_point_in_time(t) for t in post):
            past = _simple_past(clause.verb)
            if past is None:
                raise Unaskable("cannot inflect the verb")
            head = [Piece(past, clause.verb, True)]
        else:
            head = [Piece(_PERFECT_AUXES[word], first, True), Piece(clause.verb.text, clause.verb)]
    elif word in _FUTURE_AUXES and second.lower_ == "be":
        head = [Piece(word, first, True), Piece(base_form(clause.verb), clause.verb, True)]
    else:
        raise Unaskable("passive with a complex auxiliary")
    *auxes, verb = head
    return Question([*wh, *auxes, *_pieces(middle), verb, *obj, *_pieces(post)])


def ask_other(
    clause: Clause, wh: list[Piece], remove: set[int], simple_past: bool = False
) -> Question:
    """'How many soldiers had the alliance thrown ...?': wh-phrase first, then inversion.

    With `simple_past` a bare perfect becomes past simple: a dated event is asked "When did
    Carroll score ...?", never "When has Carroll scored ...?".
    """
    if clause.subject is None:
        raise Unaskable("no subject")
    subject = _pieces(_subject_phrase(clause))
    if any(p.token is not None and p.token.tag_ in ("WDT", "WP") for p in subject):
        raise Unaskable("relative pronoun as subject ('the sixth of which')")
    subject_text = "".join(p.token.text_with_ws for p in subject if p.token is not None)
    named = [p for p in subject if p.token is not None and p.token.ent_type_ == "PERSON"]
    if re.search(r"\d+\s*-\s*year\s*-\s*old", subject_text) and len(named) < 2:
        raise Unaskable("'the 31-year-old' names nobody")
    if not subject:
        raise Unaskable("empty subject")
    _lower_first(subject)
    middle, post = clause_parts(clause, remove, counting=_counts(wh), dating=_dates(wh))
    verb = clause.verb
    perfect = (
        len(clause.auxes) == 1 and lemma_of(clause.auxes[0]) == "have"
        and verb.tag_ in ("VBN", "VBD")
    )
    # "has been premiered" -> "was premiered", "have been shown" -> "were shown".
    passive_perfect = (
        len(clause.auxes) == 2 and clause.auxes[0].lower_ in ("has", "have")
        and clause.auxes[1].lower_ == "been" and clause.auxes[1].dep_ == "auxpass"
        and verb.tag_ == "VBN"
    )
    if simple_past and perfect:
        head = [Piece("did")]
        tail = [*_pieces(middle), Piece(base_form(verb), verb, True)]
    elif simple_past and passive_perfect:
        have = clause.auxes[0]
        head = [Piece("was" if have.lower_ == "has" else "were", have, True)]
        tail = [*_pieces(middle), Piece(verb.text, verb)]
    elif clause.auxes:
        first, rest = clause.auxes[0], clause.auxes[1:]
        head = [Piece(first.text, first)]
        tail = [*_in_order(_pieces(rest), _pieces(middle)), Piece(verb.text, verb)]
    elif lemma_of(verb) == "be":
        head = [Piece(verb.text, verb)]
        tail = _pieces(middle)
    else:
        do = _DO_FORMS.get(clause.tense or verb.tag_)  # "recording" stands for "recorded"
        if verb.tag_ == "VBN" and verb.dep_ == "ROOT":
            do = "did"  # "The Broncos practiced at ...": a past tense the tagger read as VBN
        if do is None:
            raise Unaskable(f"no do-support for {verb.tag_}")
        head = [Piece(do)]
        tail = [*_pieces(middle), Piece(base_form(verb), verb, True)]
    return Question([*wh, *head, *subject, *tail, *_pieces(post)])


#: Word classes never capitalised inside a sentence, even inside a date ("In 2003").
FUNCTION_POS = frozenset({"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PART", "PRON", "NUM", "AUX"})


def _midsentence(piece: Piece) -> str:
    """'In 2003, ...' asked at the end: 'in 2003'. Names and 'I' keep their capitals."""
    token, text = piece.token, piece.text
    if token is None or piece.replaced or not token.is_sent_start or not text[:1].isupper():
        return text
    if token.pos_ in FUNCTION_POS and token.tag_ not in ("NNP", "NNPS") and text != "I":
        return text.lower()  # "Between 1997 and 2002" is a date, "Between" no name
    if _capitalised_modifier(token):
        return text.lower()  # "Preview performances of The Glass Menagerie"
    if token.tag_ in ("NNP", "NNPS") or token.ent_type_ in NAME_LABELS or text == "I":
        return text
    if not text.istitle():
        return text  # "BBC", "MPs"
    return text if named_at_start(token) else text.lower()


def _capitalised_modifier(token: Token) -> bool:
    """"Preview performances ...", "Conductor Marcello Viotti": a sentence's first word the
    tagger took for a name only for its capital, when it is a dictionary word modifying a
    lower-case noun, or a role noun before a person's name that is no title of theirs. The
    model's label alone does not make a name of a word tagged as a common noun ("Athletics
    fans endured ...", one word it called an organisation)."""
    ent = entity_of(token)
    common_alone = ent is not None and len(ent) == 1 and token.tag_ in ("NN", "NNS")
    if ((ent is not None and not common_alone) or not getAllLemmas(token.lower_)
            or named_at_start(token)):
        return False
    head = token.head
    if token.dep_ in ("compound", "amod", "nmod") and head.i > token.i and head.tag_ in (
            "NN", "NNS") and head.text.islower():
        return True
    return token.lower_ in OCCUPATIONS and head.ent_type_ == "PERSON" and head.i > token.i


def named_at_start(token: Token) -> bool:
    """A sentence's capitalised first word the parser did not call a name, that still is one:
    "Burnout 3" (a title with its number), "Hargreaves" (written with its capital in the
    middle of a sentence of the same paragraph too)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.like_num and following.head == token:
        return True
    # After a word, not after a quote mark or a colon, which start a sentence of their own.
    return any(t.text == token.text and not t.is_sent_start and t.i > 0
               and token.doc[t.i - 1].is_alpha for t in token.doc)


def _hyphen_between(previous: Token | None, token: Token | None) -> bool:
    """The one word between two kept words is a hyphen written without spaces ("3-1",
    "Anglo-French"): a part of one word the phrase's edges dropped."""
    if previous is None or token is None or token.i != previous.i + 2:
        return False
    between = previous.nbor(1)
    return between.text in ("-", "–") and not previous.whitespace_ and not between.whitespace_


def render(pieces: list[Piece], attribution: str | None = None) -> str:
    """Join words with the sentence's own spacing where words were adjacent."""
    out: list[str] = []
    previous: Token | None = None
    for piece in pieces:
        token = piece.token
        if out:
            glued = (
                previous is not None
                and token is not None
                and token.i == previous.i + 1
                and not previous.whitespace_
                and not piece.replaced
            )
            if not glued and _hyphen_between(previous, token) and not piece.replaced:
                out.append(previous.nbor(1).text)  # "3-1": a hyphen inside a word, kept
            elif not glued:
                out.append(" ")
        out.append(_midsentence(piece) if out else piece.text)
        previous = token
    text = "".join(out)
    text = re.sub(r"\s+([,;:.?!%])", r"\1", text)
    text = re.sub(r"\s+('s|’s|n't)\b", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s{2,}", " ", text).strip().rstrip(",;:. ")
    if attribution:
        text = f"{text}, according to {attribution}"
    return text[:1].upper() + text[1:] + "?"

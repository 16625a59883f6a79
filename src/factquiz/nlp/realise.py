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

from lemminflect import getInflection, getLemma
from spacy.tokens import Doc, Token

from factquiz.nlp.clauses import AUX_DEPS, QUOTES, SUBJECT_DEPS, Clause

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


def _is_nonrestrictive(child: Token) -> bool:
    """A relative clause set off by a comma ("Mr Bush, who attempted ...")."""
    left = child.left_edge
    return left.i > 0 and left.nbor(-1).text == ","


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
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")


def phrase(token: Token, skip: frozenset[int] = frozenset(), strict: bool = False) -> list[Token]:
    """The token's subtree, simplified: no appositions, asides, or non-restrictive clauses.

    Conjoined clauses ("... and would be spared") go too. With `strict`, dropping anything
    that carries meaning (an adverbial clause, a conjoined clause) raises Unaskable instead:
    a claim quoted in a question must be whole.
    """
    kept: list[Token] = []

    def walk(t: Token) -> None:
        if t.i in skip:
            return
        kept.append(t)
        has_verbal_conj = any(_verbal_conj(c) for c in t.children)
        for child in t.children:
            meaningful = child.dep_ in ("advcl", "parataxis") or _verbal_conj(child)
            if strict and meaningful:
                raise Unaskable(f"claim would lose its {child.dep_}")
            same_date = child.ent_iob_ == "I" and child.ent_type_ in ("DATE", "TIME")
            if (child.dep_ in DROPPED_FROM_PHRASE and not same_date) or _verbal_conj(child):
                continue  # "February 1, 2016": the year is no apposition to drop
            if child.dep_ == "cc" and has_verbal_conj:
                continue
            if child.dep_ in ("relcl", "acl") and _is_nonrestrictive(child):
                continue
            if child.dep_ in ("prep", "advmod", "npadvmod", "amod") and _between_commas(child):
                continue  # "the auction, at Sotheby's, will feature": an aside
            if child.dep_ == "advmod" and any(
                c.dep_ == "det" and c.i > child.i for c in t.children
            ):
                continue  # "traditionally the driver for expansion": a sentence adverb
            walk(child)

    walk(token)
    kept = [t for t in kept if t.text not in QUOTES and t.text not in "()" and not parenthetical(t)]
    kept.sort(key=lambda t: t.i)
    return _trim_punct(kept)


def _trim_punct(tokens: list[Token]) -> list[Token]:
    """Drop commas and dashes left at the edges of a phrase or next to removed words."""
    present = {t.i for t in tokens}
    result = []
    for t in tokens:
        if (
            t.is_punct
            and t.text in {",", ";", ":", "-", "--", "—", "–"}
            and not (t.i - 1 in present and t.i + 1 in present)
        ):
            continue
        result.append(t)
    while result and (
        (result[-1].is_punct and result[-1].text not in {"'", "’", "%"}) or result[-1].dep_ == "cc"
    ):
        result.pop()
    while result and (result[0].is_punct or result[0].dep_ == "cc"):
        result.pop(0)
    return result


def base_form(verb: Token) -> str:
    """Infinitive for do-support; lemminflect knows verbs spaCy mislemmatises ("spared")."""
    lemmas = getLemma(verb.text.lower(), upos="VERB")
    lemma = lemmas[0] if lemmas else verb.lemma_
    return lemma


def third_singular(verb: Token) -> str:
    forms = getInflection(base_form(verb), tag="VBZ")
    return forms[0] if forms else verb.text


def _subject_phrase(clause: Clause) -> list[Token]:
    """The subject, simplified; "the architect, Antoni Gaudi," is asked as "Antoni Gaudi"."""
    subject = clause.subject
    assert subject is not None
    if not subject.ent_type_:
        for child in subject.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return phrase(child)
    # A relative clause is asked about its own noun: "the attacks that killed 4,500 people"
    # is the subject of "killed", without the clause itself.
    inside = clause.verb.head == subject
    return phrase(subject, frozenset(t.i for t in clause.verb.subtree) if inside else frozenset())


def _lower_first(pieces: list[Piece]) -> None:
    """'The alliance' -> 'the alliance' once it no longer opens the sentence."""
    if not pieces or pieces[0].token is None or pieces[0].replaced:
        return
    token = pieces[0].token
    if token.text == "The":
        pieces[0] = Piece("the", token, replaced=True)  # "the Vienna Philharmonic"
        return
    if token.tag_ in ("NNP", "NNPS") or token.ent_type_ in NAME_LABELS or token.text == "I":
        return
    if token.text.istitle():  # "MPs" and "BBC" keep their capitals
        pieces[0] = Piece(token.text.lower(), token, replaced=True)


def _infinitive(child: Token) -> bool:
    """'attempted to reassure Americans': an infinitive after the verb completes it."""
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and not any(c.dep_ == "mark" for c in child.children)
    )


def clause_parts(clause: Clause, remove: set[int]) -> tuple[list[Token], list[Token]]:
    """(middle, post): adverbs between subject and verb, and the verb's complements after it."""
    verb = clause.verb
    subject_i = clause.subject.i if clause.subject is not None else -1
    middle: list[Token] = []
    post: list[Token] = []
    # "..., according to X": the attribution is added once, at the end, never inside.
    remove = remove | {t.i for a in verb.sent if a.lower_ == "according" for t in a.subtree}
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
        if child.dep_ in DROPPED_FROM_CLAUSE and child.tag_ != "HYPH" and not _infinitive(child):
            continue
        if child.dep_ == "prep" and child.lower_ == "according":
            continue
        if child.dep_ == "npadvmod" and child.i > verb.i and child.nbor(-1).text == ",":
            continue
        kept = phrase(child, frozenset(remove))
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
            # Before the subject: a leading adverbial ("On Thursday, ..."); dropped.
            if clause.shares_subject or child.i < subject_i:
                continue
            middle.extend(kept)
        else:
            post.extend(kept)
    post = [t for t in post if t.i not in remove]
    post.sort(key=lambda t: t.i)
    return _trim_punct(middle), _trim_punct(post)


def _pieces(tokens: Iterable[Token]) -> list[Piece]:
    return [Piece(t.text, t) for t in tokens]


def ask_subject(clause: Clause, wh: list[Piece], singular: bool) -> Question:
    """'Who killed 90 Taliban?': the wh-phrase replaces the subject, no inversion."""
    middle, post = clause_parts(clause, set())
    auxes = list(clause.auxes)
    verb_piece = Piece(clause.verb.text, clause.verb)
    aux_pieces = _pieces(auxes)
    plural_subject = clause.subject is not None and (
        clause.subject.tag_ in ("NNS", "NNPS")
        or clause.verb.tag_ == "VBP"
        or (bool(clause.auxes) and clause.auxes[0].lower_ in _SINGULAR_AUX)
    )
    if (singular and plural_subject) or (
        singular
        and clause.subject is not None
        and clause.subject.lower_ in ("they", "we", "i", "you")
    ):
        if aux_pieces:
            first = aux_pieces[0]
            if first.text.lower() in _SINGULAR_AUX:
                aux_pieces[0] = Piece(_SINGULAR_AUX[first.text.lower()], first.token, True)
        elif clause.verb.tag_ == "VBP":
            verb_piece = Piece(third_singular(clause.verb), clause.verb, True)
        elif clause.verb.lower_ in _SINGULAR_AUX:
            verb_piece = Piece(_SINGULAR_AUX[clause.verb.lower_], clause.verb, True)
    pieces = [*wh, *aux_pieces, *_pieces(middle), verb_piece, *_pieces(post)]
    return Question(pieces)


def ask_agent(clause: Clause, wh: list[Piece], agent: Token) -> Question:
    """'The museum was founded by X in 1998' -> 'Who founded the museum in 1998?'.

    Only a plain passive ("was/were/is/are" + participle): the active verb takes the tense
    of the auxiliary, the passive subject becomes the object.
    """
    if clause.subject is None or len(clause.auxes) != 1:
        raise Unaskable("not a plain passive")
    aux = clause.auxes[0].lower_
    tag = {"was": "VBD", "were": "VBD", "is": "VBZ", "are": "VBZ"}.get(aux)
    if tag is None:
        raise Unaskable("passive with a complex auxiliary")
    forms = getInflection(base_form(clause.verb), tag=tag)
    if not forms:
        raise Unaskable("cannot inflect the verb")
    obj = _pieces(_subject_phrase(clause))
    _lower_first(obj)
    middle, post = clause_parts(clause, {t.i for t in agent.subtree})
    verb = Piece(forms[0], clause.verb, True)
    return Question([*wh, *_pieces(middle), verb, *obj, *_pieces(post)])


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
    middle, post = clause_parts(clause, remove)
    verb = clause.verb
    perfect = (
        len(clause.auxes) == 1 and clause.auxes[0].lemma_ == "have" and verb.tag_ in ("VBN", "VBD")
    )
    if simple_past and perfect:
        head = [Piece("did")]
        tail = [*_pieces(middle), Piece(base_form(verb), verb, True)]
    elif clause.auxes:
        first, rest = clause.auxes[0], clause.auxes[1:]
        head = [Piece(first.text, first)]
        tail = [*_pieces(rest), *_pieces(middle), Piece(verb.text, verb)]
    elif verb.lemma_ == "be":
        head = [Piece(verb.text, verb)]
        tail = _pieces(middle)
    else:
        do = _DO_FORMS.get(verb.tag_)
        if verb.tag_ == "VBN" and verb.dep_ == "ROOT":
            do = "did"  # "The Broncos practiced at ...": a past tense the tagger read as VBN
        if do is None:
            raise Unaskable(f"no do-support for {verb.tag_}")
        head = [Piece(do)]
        tail = [*_pieces(middle), Piece(base_form(verb), verb, True)]
    return Question([*wh, *head, *subject, *tail, *_pieces(post)])


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
            if not glued:
                out.append(" ")
        out.append(piece.text)
        previous = token
    text = "".join(out)
    text = re.sub(r"\s+([,;:.?!%])", r"\1", text)
    text = re.sub(r"\s+('s|’s|n't)\b", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s{2,}", " ", text).strip().rstrip(",;:. ")
    if attribution:
        text = f"{text}, according to {attribution}"
    return text[:1].upper() + text[1:] + "?"

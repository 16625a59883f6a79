"""How-much questions: sums of money and percentages, with what they are the sum of."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import Clause
from factquiz.nlp.context import entity_of
from factquiz.nlp.facts.common import Draft, _ask, _relower
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import Piece, Unaskable, ask_subject, phrase
from factquiz.nlp.vocabulary import ANAPHORIC_NOUNS, PERCENTAGE_WH

#: Words that make a number an amount: currency signs and names, percent.
CURRENCY_WORDS = frozenset({"$", "£", "€", "¥", "dollars", "pounds", "euros", "yen", "dollar"})

PERCENT_WORDS = frozenset({"%", "percent", "cent"})

#: Verbs of change whose size is asked "How much did sales rise?".
CHANGE_VERBS = frozenset(
    """rise fall grow drop increase decrease climb jump slip gain lose decline shrink
    slide plunge soar surge tumble dip rebound expand contract""".split()  # noqa: SIM905
)

#: Verbs of buying and selling whose price is asked with a stranded "for".
PRICE_VERBS = frozenset({"buy", "sell", "pay", "purchase", "acquire", "bid", "offer", "auction"})


def _amount_span(head: Token) -> Span | None:
    """'around $200 million', '5.2%', 'almost 12 per cent': the amount a token heads, with
    its hedge and currency sign, or None when the token is no sum of money or percentage."""
    if head.dep_ == "prt":
        return None  # the "over" of "took over roughly 80%"
    # The head's own words ("About $5m", "12 per cent"), not what hangs after it ("of X").
    tokens = [
        t
        for t in head.subtree
        if t.i <= head.i
        or (t.head == head and t.lower_ == "per")
        or (t.head.lower_ == "per" and t.head.head == head)
    ]
    ent = entity_of(head)
    if ent is not None and ent.label_ in ("MONEY", "PERCENT"):
        # Not the verb's particle the model took in: "took over roughly 80%" is no "over 80%".
        tokens += [t for t in ent if t.dep_ != "prt"]
    doc = head.doc
    start, end = min(t.i for t in tokens), max(t.i for t in tokens)
    while start < end and not (
        doc[start].like_num or doc[start].tag_ == "$" or doc[start].lower_ in HEDGE_WORDS
    ):
        start += 1  # "the $5m": the determiner is not part of the amount
    if start > 0 and doc[start - 1].tag_ == "$":
        start -= 1  # "£3.1bn" where the model left the sign outside
    while end > start and not (
        doc[end].like_num or doc[end].lower_ in CURRENCY_WORDS | PERCENT_WORDS | _SCALE_WORDS
    ):
        end -= 1  # "52% to": the range word is not part of the amount
    span = doc[start : end + 1]
    if not any(t.like_num for t in span) or head.i not in range(start, end + 1):
        return None
    if not any(t.lower_ in CURRENCY_WORDS | PERCENT_WORDS or t.tag_ == "$" for t in span):
        return None  # "almost 12" without its unit is no amount
    return span


#: First words of a hedged amount ("about $5m", "more than 10%"), kept with the answer.
HEDGE_WORDS = frozenset(
    """about around almost nearly roughly approximately some over under more less just up
    at an estimated""".split()  # noqa: SIM905
)


_SCALE_WORDS = frozenset({"m", "bn", "million", "billion", "trillion", "thousand", "k"})


def _amount_counted(span: Span) -> str:
    return "percent" if any(t.lower_ in PERCENT_WORDS for t in span) else "money"


def _other_amount(clause: Clause, answer: Span) -> bool:
    """Another sum, percentage or figure in the clause besides the answer: asked of one,
    the question would keep the other and read ambiguously. An aside the question drops
    does not count ("12% of Poland's income, which in 2008 was 305.1% of the average")."""
    for child in clause.verb.children:
        if child.dep_ in ("conj", "advcl", "ccomp", "parataxis", "punct", "prt"):
            continue  # "took over roughly 80%": the particle the model put in the amount
        try:
            kept = phrase(child)
        except Unaskable:
            kept = list(child.subtree)
        for t in kept:
            if t.i in range(answer.start, answer.end):
                continue
            if t.tag_ == "$" or t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ in PERCENT_WORDS:
                return True
            if (any(ch.isdigit() for ch in t.text) or (t.like_num and t.lower_ != "one")) and (
                    t.ent_type_ not in ("DATE", "TIME", "ORDINAL")):
                return True  # "rose 2.3% to 80,600", "four passes for 80 yards": which?
                # ("at least one mobile" is no second figure)
    return False


def _how_much(clause: Clause) -> Iterator[Draft]:
    """'The institute will cost around $200 million' -> 'How much will the institute cost?';
    'Sales rose 5.2% in January' -> 'How much did sales rise in January?'; 'The bureau owns
    55% of Changyu' -> 'How much of Changyu does the bureau own?'."""
    verb = clause.verb
    subject = clause.subject
    share = subject is not None and subject.lower_ in PERCENT_WORDS
    if lemma_of(verb) == "be" and not share:
        return  # "The cost was $5m": the question would need the noun the copula hides
    amounts = [(c, _amount_span(c)) for c in verb.children]
    amounts = [(c, span) for c, span in amounts if span is not None]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "for"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            span = _amount_span(obj) if obj is not None else None
            if span is not None:
                amounts.append((child, span))
    if len(amounts) != 1:
        return
    child, answer = amounts[0]
    if _other_amount(clause, answer):
        return  # "fell 5% to £3bn": the second figure would make the question ambiguous
    wh = [Piece("How much")]
    remove = {t.i for t in child.subtree}
    percent = _amount_counted(answer) == "percent"
    of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (percent and of is not None and child.dep_ == "nsubj" and child == subject
            and _opens_its_clause(child, verb)):
        # "About 80% of UK adults own a mobile" -> "What percentage of UK adults own a
        # mobile?": the share is the subject, and "How much of UK adults" is no English.
        wh = [Piece(PERCENTAGE_WH), *(Piece(t.text, t) for t in phrase(of))]
        wh[1:] = _relower(wh[1:])
        question = ask_subject(clause, wh, singular=False)
        if _names_someone(question.pieces):
            yield Draft("how-many", answer, "NUMBER", question, counted="percent")
        return
    if lemma_of(verb) == "be":
        return
    if of is not None:
        if not percent or child.dep_ not in ("dobj", "nsubjpass"):
            return  # "$5m of funding": ask "how much funding" only where it reads well
        group = next((g for g in of.children if g.dep_ == "pobj"), None)
        if group is None or not (
            group.tag_ in ("NNP", "NNPS")
            or any(c.dep_ in ("det", "poss", "nummod") or c.ent_type_ for c in group.children)
        ):
            return  # "How much of users ...?" reads wrong; "of the e-mail", "of Changyu",
            # "of Australian pears" do not
        wh += [Piece(t.text, t) for t in phrase(of)]
    if child.dep_ == "dobj":
        question = _ask(clause, wh, remove)
        held_in = _what_the_sum_is_in(child, answer)
        if held_in is not None:
            at = next((n + 1 for n, p in enumerate(question.pieces) if p.token == clause.verb),
                      None)
            if at is None:
                return
            question.pieces[at:at] = [Piece(t.text, t) for t in held_in.subtree]
    elif child.dep_ == "nsubjpass":
        if percent and of is None:
            return  # "The remaining 12% will be retained": 12% of what?
        group = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        plural = group is not None and group.tag_ in ("NNS", "NNPS")
        question = ask_subject(clause, wh, singular=not plural)  # "12% of users were"
    elif child.dep_ == "npadvmod" or (child.dep_ == "prep" and child.lower_ == "by"):
        if lemma_of(verb) not in CHANGE_VERBS:
            return
        question = _ask(clause, wh, remove)
    elif child.dep_ == "prep" and child.lower_ == "for" and lemma_of(verb) in PRICE_VERBS:
        if max(c.i for c in verb.children if c.dep_ != "punct") != child.i:
            return  # the stranded "for" must end the question
        question = _ask(clause, wh, remove)
        question.pieces.append(Piece("for", child, replaced=True))
    else:
        return
    if not _names_someone(question.pieces):
        return  # "How much did sales rise in December?": whose sales, where?
    yield Draft("how-many", answer, "NUMBER", question, counted=_amount_counted(answer))


def _opens_its_clause(subject: Token, verb: Token) -> bool:
    """'18% of downloaders were ...' after "said", or opening the sentence: the share is the
    subject the parser says it is; after a preposition ("accounts for just over 15% of all
    e-mail traffic analysis by the firm has found") it is a misparse."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is None or before.pos_ not in ("ADP", "VERB", "AUX") or (
        before == verb.head and verb.dep_ == "ccomp")


def _what_the_sum_is_in(child: Token, answer: Span) -> Token | None:
    """'had around $960 billion in annual revenue': the parser hung "in annual revenue" on
    the sum, yet the question needs it ("How much did the industry have in annual
    revenue?"); a common noun phrase only, not "in Lagos" or "in 2004"."""
    for prep in child.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < answer.end:
            continue
        words = [t for t in prep.subtree if t != prep]
        if words and all(t.pos_ in ("NOUN", "ADJ", "DET", "ADP") and t.ent_type_ in ("", "DATE")
                         and not t.like_num for t in words):
            return prep
    return None


def _names_someone(pieces: list[Piece]) -> bool:
    """A name in the question other than a date: the firm, country or group it is about."""
    return any(
        p.token is not None
        and p.token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
        and (
            p.token.ent_type_
            or p.token.tag_ in ("NNP", "NNPS")
            or p.token.lower_ in ANAPHORIC_NOUNS  # "the city" is named or the question dropped
        )
        for p in pieces
    )

"""When questions: dates and times of a clause or of an event a noun names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import Clause, until_date
from factquiz.nlp.context import entity_of
from factquiz.nlp.entity_fixes import SCORE
from factquiz.nlp.events import event_dates
from factquiz.nlp.facts.common import (
    DECADE,
    DURATION_UNITS,
    ORDINAL,
    STATIVE_VERBS,
    Draft,
    _ask,
    _strip_determiner,
)
from factquiz.nlp.facts.speech import _claim_is_whole
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import SPAN_PREPOSITIONS, Piece, Question
from factquiz.nlp.vocabulary import MONTHS, TEMPORAL_PREPOSITIONS, VERBS_TAKING_ON, WEEKDAYS


def _specific_date(ent: Span) -> bool:
    """A date a student can learn: has a number, a month or a weekday, not "recent days"."""
    words = {t.lower_.rstrip(".") for t in ent}
    if "age" in words or "aged" in words:
        return False  # "at the age of 10" is how old, not when
    if words & MONTHS or words & WEEKDAYS:
        return True
    if any(DECADE.fullmatch(t.lower_) for t in ent):
        return True  # "the 1960s", "the mid-2000s"
    if words & {"century", "centuries"}:
        # "the 17th century" is when; "two centuries" is how long.
        return any(ORDINAL.fullmatch(t.lower_) for t in ent)
    if words & DURATION_UNITS:
        return False  # "the past four days", "six hours": how long, not when
    if SCORE.match(ent.text):
        return False  # "beat the Chicago Bears 24-10": a score, not a date
    # "its first weekend", "its 15th week": counted from a start the question does not give;
    # "one evening", "one day": any evening.
    return any(t.like_num and not ORDINAL.fullmatch(t.lower_) and t.lower_ != "one"
               for t in ent)


def _described_thing(clause: Clause) -> bool:
    """'Pernod's last major purchase was a third of Seagram in 2000': a thing said to be
    another by the copula; "When was the purchase a third of Seagram?" dates no event. ("Mr
    Blair was prime minister in 1997" names whom it describes; "the performance was on 5
    February" has no complement.)"""
    verb, subject = clause.verb, clause.subject
    return (lemma_of(verb) == "be" and not clause.auxes and subject is not None
            and not subject.ent_type_ and subject.tag_ in ("NN", "NNS")
            and any(c.dep_ == "attr" for c in verb.children))


def _there_is_the(clause: Clause) -> bool:
    """'In October, there is the Design Event festival': "there" introduces something new,
    so with a known thing after it "When is there the Design Event festival?" is not English."""
    subject = clause.subject
    return subject is not None and subject.dep_ == "expl" and any(
        c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in clause.verb.children)


def _when(clause: Clause) -> Iterator[Draft]:
    verb = clause.verb
    if _described_thing(clause) or _there_is_the(clause):
        return
    # "won the election in 2005", "signed a deal in May": the parser often hangs the date on
    # the object; it still dates the event the verb names.
    hung = [
        p
        for o in verb.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.i > o.i and p.lower_ in ("in", "on", "during")
    ]
    # "During the First Sino-Japanese War in 1894, Japan absorbed Taiwan", "appeared at a
    # hearing on Saturday": the date of the event it happened at dates it too (the leading
    # phrase goes from the question whole, as leading phrases do).
    within = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("during", "at", "amid")
        for o in c.children
        if o.dep_ == "pobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in ("in", "on")
    ]
    candidates = [*verb.children, *hung, *within]
    if clause.not_until:
        # "did not speak to reporters until Monday": the "until" is the one date asked
        candidates = [until_date(verb, clause.auxes)]
    for child in candidates:
        if child.dep_ == "prep" and (child.lower_ in TEMPORAL_PREPOSITIONS
                                     or clause.not_until):
            if child.lower_ == "on" and lemma_of(verb) in VERBS_TAKING_ON and child.i > verb.i:
                continue  # "betting on 5 May": the date is what is bet on, not when (but
                # "On May 21, owners voted": a date before the verb dates it)
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ in ("npadvmod", "tmod") and child.i > verb.i:
            if lemma_of(verb) in NAMING_VERBS and _first_complement(verb) == child:
                continue  # "has deemed Tuesday 'Free Mojtaba Day'": the day is what is named
            obj = child
        else:
            continue
        if obj is None:
            continue
        ent = entity_of(obj)
        if ent is None or ent.label_ not in ("DATE", "TIME") or not _specific_date(ent):
            continue
        if ent.root != obj or (lemma_of(verb) in STATIVE_VERBS and not _made_part_of(clause)):
            continue  # "When do previous winners include X?" asks nothing
        answer = _strip_determiner(ent)
        if len(answer) > 4:
            continue  # "the quarter ending September 30": a period, not a date to learn
        if _dates_another_event(verb, answer):
            continue
        remove = {t.i for t in child.subtree}
        before = ent.start - 1
        if (
            child.dep_ != "prep"
            and before > verb.i
            and ent.doc[before].dep_ == "prep"
            and not any(True for _ in ent.doc[before].children)
        ):
            remove.add(before)  # "on" left without its object by the parser
        question = _ask(clause, [Piece("When")], remove, simple_past=True)
        yield Draft("when", answer, "DATE", question)


def _when_dated_from(clause: Clause) -> Iterator[Draft]:
    """'The Kano mosque dates from 1460' -> 'When does the Kano mosque date from?'; 'The
    seal is from the year 1390' -> 'When is the seal from?': how old a thing is, asked
    with its preposition left at the end (nothing may follow it)."""
    verb = clause.verb
    dating = lemma_of(verb) == "date"
    if not dating and (lemma_of(verb) != "be" or clause.auxes or any(
            c.dep_ in ("attr", "acomp", "expl") for c in verb.children)):
        return
    holders = [verb]  # "dates back to": the "to" hangs on "back"
    if dating:
        holders += [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
    preps = [c for h in holders for c in h.children
             if c.dep_ == "prep" and (c.lower_ == "from" or (dating and c.lower_ == "to"))]
    if len(preps) != 1:
        return
    prep = preps[0]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    ent = entity_of(obj) if obj is not None else None
    if ent is None or ent.label_ != "DATE" or ent.root != obj:
        return
    answer = _strip_determiner(ent)
    if len(answer) > 1 and answer[0].lower_ == "year":
        answer = answer[1:]  # "the year 1390" is 1390
    if not _specific_date(answer) or len(answer) > 4:
        return
    remove = {t.i for t in prep.subtree}
    for child in verb.children:
        if child.i < prep.right_edge.i or child.is_punct:
            continue
        if child.left_edge.i > 0 and child.left_edge.nbor(-1).text == "," and child.dep_ in (
                "prep", "advcl", "acl", "npadvmod"):
            # "..., at a time when Krakow was the capital", "..., consisting of ...": an
            # aside after the date goes, with its comma
            remove |= {t.i for t in child.subtree} | {child.left_edge.i - 1}
            continue
        return  # "dates from 1460 in its present form": the "from" must end the question
    question = _ask(clause, [Piece("When")], remove)
    question.pieces.append(Piece(prep.lower_, prep, replaced=True))
    yield Draft("when", answer, "DATE", question)


def _one_past_event(clause: Clause) -> bool:
    """'has died in Germany' -> "Where did X die?": a perfect that reports one finished
    event is asked in the past; not "has been" (a state) nor a perfect that spans time
    ("have arrived since 2002", "has lived there for ten years", "has already played")."""
    return lemma_of(clause.verb) != "be" and not any(
        (c.dep_ == "advmod" and c.lower_ in SPANNING_ADVERBS)
        or (c.dep_ == "prep" and (c.lower_ == "since" or (
            c.lower_ in SPAN_PREPOSITIONS
            and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))))
        for c in clause.verb.children)


#: Adverbs that make a perfect span time up to now: "has already played", "so far".
SPANNING_ADVERBS = frozenset({"already", "ever", "yet", "always", "never", "far", "since"})


#: Verbs whose first complement is the thing named or declared: "declared Friday a holiday".
NAMING_VERBS = frozenset("deem declare designate name call dub proclaim make".split())  # noqa: SIM905


def _first_complement(verb: Token) -> Token | None:
    """The verb's first dependent after it, punctuation aside."""
    return next((c for c in verb.children if c.i > verb.i and not c.is_punct), None)


def _made_part_of(clause: Clause) -> bool:
    """'In 1957 competition rules were included in the Treaty of Rome': the passive of
    "include" or "feature" is an act done on a day, not a state."""
    return lemma_of(clause.verb) in ("include", "feature") and any(
        a.dep_ == "auxpass" for a in clause.auxes)


_DAY_RANGE = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")


def _dates_another_event(verb: Token, answer: Span) -> bool:
    """'start his build-up for the European Indoors at Madrid on 4-6 March': an act done on
    one day is not dated by days in a row; they are the dates of the event it leads to
    ("will be held on 4-6 March" is dated by them)."""
    return _DAY_RANGE.search(answer.text) is not None and lemma_of(verb) in _ONE_DAY_ACTS


_ONE_DAY_ACTS = frozenset({"start", "begin", "launch", "announce", "sign", "unveil", "name",
                           "pick", "select", "choose", "confirm"})


def _when_said(clause: Clause) -> Iterator[Draft]:
    """'On June 4, 2014, the NFL announced that ...' -> 'When did the NFL announce that ...?'.

    Only when the claim can be quoted whole, as for "Who said ...?".
    """
    if lemma_of(clause.verb) not in ("announce", "confirm", "reveal", "declare", "report"):
        return
    if not _claim_is_whole(clause):
        return
    yield from _when(clause)


def _when_of_event(clause: Clause) -> Iterator[Draft]:
    """'After the defeat of the Khwarezmian Empire in 1220, ...' -> 'When was the defeat of
    the Khwarezmian Empire?': an event the sentence dates by its noun (see `events`)."""
    for event in event_dates(clause.verb.sent, _specific_date):
        plural = event.noun.tag_ == "NNS"
        pieces = [Piece("When were" if plural else "When was"),
                  *(Piece(t.text, t) for t in event.phrase)]
        pieces[1] = Piece("the", event.phrase[0], replaced=True)
        yield Draft("when", _strip_determiner(event.date), "DATE", Question(pieces))

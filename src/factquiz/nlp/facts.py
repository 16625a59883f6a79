"""Facts of one sentence -> candidate questions (who, what-org, where, how-many, when).

Each builder finds an answer phrase in an asserted clause (see `clauses`), asks about it with
`realise`, then resolves pronouns and "the city" against the paragraph (see `context`).
Anything that cannot be made answerable from the sentence alone is dropped, not emitted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from factquiz.generate.candidate import Candidate
from factquiz.generate.kinds import a_country, no_country
from factquiz.generate.names import INSTITUTION_NOUNS
from factquiz.nlp.appositions import role_facts
from factquiz.nlp.checks import violations
from factquiz.nlp.clauses import (
    AUX_DEPS,
    QUOTES,
    Clause,
    clauses,
    inside_quotes,
    is_asserted,
    own_auxes,
    own_subject,
    quoted_tokens,
    until_date,
)
from factquiz.nlp.context import (
    THING_LABELS,
    Antecedent,
    ParagraphContext,
    entity_key,
    entity_of,
    name_span,
    unlabelled_name,
)
from factquiz.nlp.entity_fixes import (
    FACILITY_NOUNS,
    GEOGRAPHIC_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
)
from factquiz.nlp.events import event_dates
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.numbers import HEDGES, parse_value
from factquiz.nlp.realise import (
    DASHES,
    NAME_LABELS,
    SPAN_PREPOSITIONS,
    Piece,
    Question,
    Unaskable,
    ask_agent,
    ask_other,
    ask_subject,
    base_form,
    clause_parts,
    deictic_time,
    named_at_start,
    names_a_year,
    noun_read_as_verb,
    parenthetical,
    phrase,
    render,
)
from factquiz.nlp.vocabulary import (
    ANAPHORIC_NOUNS,
    COLLECTIVE_SUBJECTS,
    COUNT_WH_PHRASES,
    DIRECTIONAL_PREPOSITIONS,
    FIRST_PERSON_PRONOUNS,
    LOCATIVE_PREPOSITIONS,
    MONTHS,
    MOTION_VERBS,
    PEOPLE_NOUNS,
    PERCENTAGE_WH,
    PERSONAL_PRONOUNS,
    PIED_PIPED_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    SPEECH_VERBS,
    TEMPORAL_PREPOSITIONS,
    UNRESOLVABLE_PRONOUNS,
    VAGUE_COUNTED,
    VERBS_OF_PARTS,
    VERBS_TAKING_ON,
    WEEKDAYS,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Last words of names the model calls people that are events, works or firms.
NOT_PERSON_HEADS = frozenset(
    """plc ltd inc corp group""".split()  # noqa: SIM905
) | frozenset(
    """awards award festival championships championship cup games prize show film movie
    series album tour trophy open marathon act treaty bill accord agreement protocol
    directive charter constitution declaration""".split()  # noqa: SIM905
)  # "the EC Treaty", "the National Highway Designation Act": a law, no organisation
#: ... of which the events and works are no organisation either.
EVENT_HEADS = NOT_PERSON_HEADS - {"plc", "ltd", "inc", "corp", "group"}
#: Last words of events the model may call places: "in the Bupa Great Ireland Run".
EVENT_LAST_WORDS = EVENT_HEADS | frozenset(
    """run race rally relay meeting prix gala concert ceremony summit conference
    parade""".split()  # noqa: SIM905
)
#: Verbs only people do: their subject is a person whatever the model labelled it.
PERSON_VERBS = frozenset({"bear", "die", "marry", "divorce", "retire", "graduate", "star", "live"})
#: Verbs whose passive only an institution undergoes: "Harvard was founded in 1636" is no
#: person, whatever the model labelled it.
FOUNDED_VERBS = frozenset({"found", "establish", "incorporate", "headquarter", "charter"})
#: Verbs whose passive only a building or monument undergoes: "the Warsaw Uprising Monument
#: was erected in 1989" asks no "Who", whatever the model labelled the name.
BUILT_VERBS = frozenset(
    {"erect", "build", "construct", "demolish", "unveil", "rebuild", "renovate", "refurbish"})
#: Last words of a named building or grounds: "Stanford University", "SAP Center".
VENUE_NOUNS = frozenset(FACILITY_NOUNS) | frozenset(
    """museum center centre college school library hall park theatre theater church
    cathedral monastery arena field hotel gallery abbey castle temple""".split()  # noqa: SIM905
)
#: Verbs that state a relation, not an event: a date near them is not when they happened.
#: Nouns for what a person is ("one of the first employees"): a copula may ask who.
ROLE_NOUNS = PERSON_NOUNS | frozenset(
    """person man woman employee member winner founder head chief leader minister president
    director chairman manager coach player captain champion spokesman spokeswoman author
    actor actress singer star boss owner officer executive editor presenter son daughter
    father mother wife husband brother sister""".split()  # noqa: SIM905
)
#: People named by what they do: "the American sprinter" is somebody the article named.
REFERRING_PEOPLE = ROLE_NOUNS | frozenset(
    """winner sprinter runner athlete driver victim suspect defendant judge model
    striker midfielder defender goalkeeper""".split()  # noqa: SIM905
)
#: Objects that are events or situations: "opposed the war in Iraq" did not happen in Iraq.
EVENT_NOUNS = frozenset(
    """war conflict crisis election elections attack attacks invasion fighting battle campaign
    violence market economy industry situation problem problems policy talks trade
    occupation presence role""".split()  # noqa: SIM905
)
STATIVE_VERBS = frozenset(
    {
        "have",
        "include",
        "contain",
        "comprise",
        "consist",
        "involve",
        "feature",
        "mean",
        "represent",
        "cost",
        "own",
        "belong",
        "resemble",
        "equal",
        "remain",
        "seem",
        "know",
    }
)
DURATION_UNITS = frozenset(
    {
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "quarter",
        "quarters",
        "century",
        "centuries",
        "sec",
        "secs",
        "min",
        "mins",
        "hr",
        "hrs",
    }
)
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY"})
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})
KIND_BASE = {"who": 0.6, "what-org": 0.5, "where": 0.55, "how-many": 0.6, "when": 0.5}


@dataclass
class Draft:
    """A question before pronoun resolution and checks."""

    kind: str
    answer: Span
    answer_type: str
    question: Question
    #: Key of the answer entity: a pronoun bound to it may stay ("Who told CNN his ...").
    answer_key: str | None = None
    counted: str | None = None
    features: dict[str, float] | None = None


def _span(tokens: list[Token]) -> Span | None:
    """The contiguous span from the first token up to the first gap."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    end = tokens[0].i
    for t in tokens[1:]:
        if t.i != end + 1:
            break
        end = t.i
    doc = tokens[0].doc
    while end > tokens[0].i and doc[end].is_punct:
        end -= 1
    return doc[tokens[0].i : end + 1]


def _strip_determiner(span: Span) -> Span:
    start = span.start
    while (
        start < span.end - 1
        and span.doc[start].dep_ in ("det", "predet")
        and span.doc[start].lower_ in ("the", "a", "an")
    ):
        start += 1
    return span.doc[start : span.end]


def _ask(clause: Clause, wh: list[Piece], remove: set[int], simple_past: bool = False) -> Question:
    """`ask_other`, refused when a spaced dash stays in the question: 'made the London
    gallery - which houses ... - the UK's most visited museum' is an aside the parser
    hung on the wrong word, and the question would keep half of it."""
    question = ask_other(clause, wh, remove, simple_past=simple_past)
    if any(p.token is not None and _spaced_dash(p.token) for p in question.pieces):
        raise Unaskable("a dash aside left in the question")
    if _dangling_aside(question.pieces):
        raise Unaskable("an aside kept without the comma or dash that set it off")
    return question


#: Adverbs on the asked verb that point back at what the article said before ("also",
#: "instead"): the reader of one question has not seen it, and the fact stands without them.
BACK_POINTING_ADVERBS = frozenset({"also", "instead", "likewise", "similarly", "meanwhile"})


def _without_back_pointers(clause: Clause, pieces: list[Piece]) -> list[Piece]:
    """"Who also edits a newspaper in northern Iran?", "Who instead hailed Labour's
    achievement ...?": the question reads whole without the adverb that points back."""
    return [p for p in pieces
            if not (p.token is not None and not p.replaced
                    and p.token.lower_ in BACK_POINTING_ADVERBS
                    and p.token.dep_ == "advmod" and p.token.head == clause.verb)]


def _closing_commas(pieces: list[Piece]) -> list[Piece]:
    """"Rank, formerly famous for the Carry On series will expose ...": an aside the question
    keeps with its opening comma keeps its closing one, where more of the question follows
    ("When will Rank, formerly famous for the Carry On series, expose ...?")."""
    kept = {p.token.i: n for n, p in enumerate(pieces) if p.token is not None}
    if not any(p.token is not None and p.token.text == "," for p in pieces):
        return pieces
    out = list(pieces)
    for opening in [p.token for p in pieces if p.token is not None and p.token.text == ","]:
        closing = next((t for t in opening.doc[opening.i + 1:opening.sent.end]
                        if t.text == "," and t.head == opening.head), None)
        if closing is None or closing.i in kept or closing.i - 1 not in kept:
            continue
        at = out.index(pieces[kept[closing.i - 1]]) + 1
        if at < len(out) and out[at].text not in (",", "?", "."):
            out.insert(at, Piece(",", closing))
    return out


def _whole_dash_asides(pieces: list[Piece]) -> list[Piece]:
    """"a season's best of 2.20m - just 3cm short of the standard - to claim the title":
    when the question kept one dash of a pair and lost the other, the aside goes whole
    ("... of 2.20m to claim the title"); an aside holding the wh-phrase cannot go."""
    kept = [p.token.i for p in pieces if p.token is not None and _spaced_dash(p.token)]
    if not kept:
        return pieces
    sent = next(p.token for p in pieces if p.token is not None).sent
    dashes = [t.i for t in sent if _spaced_dash(t)]
    for first, second in zip(dashes[::2], dashes[1::2], strict=False):
        if (first in kept) == (second in kept):
            continue
        if second in kept:
            # "the Liberal Democrats - the party ... - secured": an aside between a subject
            # and its verb that lost its opening dash is a misparse, not a trimmed aside.
            raise Unaskable("half of a dash aside left in the question")
        inside = [p for p in pieces if p.token is not None and first <= p.token.i <= second]
        if any(p.replaced for p in inside) or any(
                p.token is None for p in pieces[pieces.index(inside[0]):
                                                pieces.index(inside[-1]) + 1]):
            raise Unaskable("half of a dash aside left in the question")
        pieces = [p for p in pieces if p not in inside]
    return pieces


#: Words that open an aside after a comma or dash: "..., including X", "- all of whom ...".
ASIDE_OPENERS = frozenset({"including", "all", "which", "who", "whom", "whose"})


def _dangling_aside(pieces: list[Piece]) -> bool:
    """'attend Sunday's meeting including IAAF chief Lamine Diack': the comma before
    'including' went, so the list reads as part of the meeting's name."""
    kept = {p.token.i for p in pieces if p.token is not None}
    for p in pieces:
        token = p.token
        if token is None or token.lower_ not in ASIDE_OPENERS or token.i == 0:
            continue
        before = token.doc[token.i - 1]
        if (before.text == "," or _spaced_dash(before)) and before.i not in kept:
            return True
    return False


def _spaced_dash(token: Token) -> bool:
    return (
        token.text in DASHES
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


# --- who / what-org -------------------------------------------------------------------


def _named_phrase(head: Token) -> tuple[Span, str] | None:
    """(answer span, answer type) when a noun phrase names a person, group or organisation."""
    ent = entity_of(head)
    if (ent is not None and ent.root == head) or (ent is not None and head.dep_ == "compound"):
        if ent.label_ == "PERSON" and ent[-1].lower_ in NOT_PERSON_HEADS:
            return None  # "Orange British Academy Film Awards": an event, not a person
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1:
            return name_span(ent), "ORG"  # "BAA", "EMI": an acronym names an organisation
        if _title_read_as_a_name(ent):
            return None  # "the great Khan", "the King": a title, and no answer to type
        if ent.label_ == "PERSON":
            return name_span(ent), "PERSON"
        if ent.label_ == "NORP" and head.tag_ == "NNPS":
            return name_span(ent), "GROUP"  # "Americans", not "Scot"
        if ent.label_ == "ORG" and ent[-1].lower_ not in EVENT_HEADS:
            return name_span(ent), "ORG"
        return None
    # "The Uzbek warlord, Mr Abdul Rashid Dostam": the apposition names him. Never a
    # plural ("about 3,000 troupes de la marine"): one name is no answer for many.
    for child in () if head.tag_ in ("NNS", "NNPS") else head.children:
        if child.dep_ == "appos":
            ent = entity_of(child)
            if ent is not None and ent.label_ == "PERSON" and ent.root == child:
                return name_span(ent), "PERSON"
            # "the British rock group Coldplay", "the Japanese firm Sega": the name is the
            # group's, whatever label the model gave it.
            kind = NAMED_GROUP_NOUNS.get(head.lower_)
            if (kind is not None and ent is not None and ent.root == child
                    and ent.label_ in ("ORG", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART")
                    and child.i == head.i + 1):
                return name_span(ent), kind
    institution = _institution(head)
    if institution is not None:
        return institution
    # "US special forces", "Taliban fighters": a group of people named by an entity.
    if head.lower_ in PEOPLE_NOUNS:
        tokens = phrase(head)
        if any(t.ent_type_ in ("NORP", "ORG", "GPE") for t in tokens):
            span = _span(tokens)
            if span is not None and span.root == head:
                return _strip_determiner(span), "GROUP"
    return None


#: Nouns a name may follow in apposition ("the rock group Coldplay"): people who perform
#: together are asked "Who", firms "Which organisation".
NAMED_GROUP_NOUNS = {
    **dict.fromkeys(("group", "band", "duo", "trio", "quartet"), "GROUP"),
    **dict.fromkeys(("company", "firm", "carmaker", "retailer", "bank", "airline"), "ORG"),
}


def _institution(head: Token) -> tuple[Span, str] | None:
    """'the Florida legislature', 'the Russian government': a body named by the one place or
    people before it, and nothing else ("the new Russian government" is one of several)."""
    if head.lower_ not in INSTITUTION_NOUNS or head.ent_type_:
        return None
    before = [t for t in head.lefts if t.dep_ != "det"]
    if len(before) != 1 or before[0].i != head.i - 1:
        return None
    ent = entity_of(before[0])
    if ent is None or ent.label_ not in ("GPE", "NORP") or ent.end != head.i:
        return None
    if ent.start != before[0].left_edge.i:
        return None
    det = [t for t in head.lefts if t.dep_ == "det"]
    if det and det[0].lower_ != "the":
        return None  # "a Russian government": any one
    span = head.doc[ent.start : head.i + 1]
    # People under a command are asked "Who": "Who seized the town of Otrar?"
    people = head.lower_ in ("authorities", "army", "navy", "military")
    return span, ("GROUP" if people else "ORG")


def _title_read_as_a_name(ent: Span) -> bool:
    """One singular word after "the" with nothing naming it ("the great Khan", "the King"
    bestowed the motto) is a title; "the Mongols" are a people, and "the French philosopher
    Voltaire" a name with its description."""
    root = ent.root
    return (ent.label_ == "PERSON" and len(ent) == 1 and root.tag_ == "NNP"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
            and not any(c.dep_ in ("compound", "appos") for c in root.children))


def _is_speech(clause: Clause) -> bool:
    """A verb of saying with its claim: only "who said it" is asked of the verb itself."""
    return lemma_of(clause.verb) in SPEECH_VERBS and any(
        c.dep_ == "ccomp" for c in clause.verb.children
    )


#: Verbs of saying whose object, if any, is the listener, not what was said.
SAYING_VERBS = frozenset({"tell", "say", "add", "insist", "state", "explain", "claim"})


#: Verbs of asking and answering: without what was asked or answered they say nothing.
ASKING_VERBS = frozenset({"ask", "reply", "respond", "answer", "comment", "enquire", "inquire"})
#: Prepositions that carry what was asked or answered: "asked for a recount", "replied to",
#: "responded by accusing".
_ASKED_WHAT = frozenset({"for", "about", "after", "to", "on", "over", "if", "whether", "by",
                         "with"})


def _speech_cut(clause: Clause) -> bool:
    """'Who told BBC Radio 4's Today programme?': the content went to another sentence
    or a quotation; without it the question asks nothing. So does 'Who asked in the New
    Year?' of "Holmes asked in the New Year."."""
    verb = clause.verb
    if lemma_of(verb) in ASKING_VERBS:
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "advcl")
                       or (c.dep_ in ("prep", "mark") and c.lower_ in _ASKED_WHAT
                           and not _is_time_phrase(c))
                       for c in verb.children)
    if lemma_of(verb) not in SAYING_VERBS:
        return False
    # "Nestle said that the strength of the Swiss franc ...": a claim parsed as a noun
    # phrase lost its verb to the parser, and the question would end mid-claim.
    return not any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                   for c in verb.children)


def _verb_cut_from_its_prefix(verb: Token) -> bool:
    """"Mr Campbell then e-mailed Mr McFadyen": the tokenizer splits "e-mailed" and the
    parser hangs "e-" elsewhere, so the question would read "Who mailed Mr McFadyen?"."""
    if verb.i < 2:
        return False
    hyphen, prefix = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_
            and hyphen.head != verb and prefix.head != verb)


def _object_left_to_a_later_verb(verb: Token) -> bool:
    """"Genghis besieged, captured, and sacked the Jin capital": the first verbs of a comma
    list share the last one's object, so alone they would ask "When did Genghis besiege?"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return False
    listed = [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > verb.i
              and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")]
    return bool(listed) and any(c.dep_ == "dobj" for c in listed[-1].children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in listed[-1].children)


def _country_of_the_place_before(clause: Clause) -> bool:
    """"their service to Bergen and Stavanger, Norway was terminated": a place written after
    a place and a comma says where that one is; the parse took it for the subject."""
    subject = clause.subject
    if subject is None or subject.ent_type_ not in PLACE_LABELS or subject.i < 2:
        return False
    named = entity_of(subject)
    start = named.start if named is not None else subject.i
    comma, before = subject.doc[start - 1], subject.doc[start - 2]
    return comma.text == "," and before.ent_type_ in PLACE_LABELS


def _participle_aside(clause: Clause) -> bool:
    """"Newcastle store Bainbridge's, opened in 1838, is often cited as ...": a participle
    set off by a comma right after its noun describes it; the parse took it for the verb."""
    subject, verb = clause.subject, clause.verb
    if subject is None or verb.tag_ != "VBN" or clause.auxes or verb.i < 2:
        return False
    if any(c.dep_ == "appos" for c in subject.children):
        return False  # "Franco Frattini, the ... Commissioner, proposed": the verb, mistagged
    inside = {t.i for t in subject.subtree}
    return (verb.doc[verb.i - 1].text == "," and subject.i < verb.i
            and all(i in inside for i in range(subject.i, verb.i - 1)))


def _claim_is_whole(clause: Clause) -> bool:
    """'Who said X?' quotes the claim X: it must follow the verb, be asserted, and be whole."""
    claim = next((c for c in clause.verb.children if c.dep_ == "ccomp"), None)
    if claim is None or claim.i < clause.verb.i:
        return False
    if not is_asserted(claim, _without_backshifted_will(clause.verb, claim)):
        return False
    if any(t.text in QUOTES for t in claim.subtree) or any(
        t.text in QUOTES for t in clause.verb.doc[clause.verb.i + 1 : claim.left_edge.i]
    ):
        return False  # a quotation loses its quotation marks in a reported question
    phrase(claim, strict=True)  # raises Unaskable when simplifying would change the claim
    return True


def _without_backshifted_will(verb: Token, claim: Token) -> list[Token]:
    """'The NFL announced that the game would be renamed': after a past verb of saying,
    "would" is the reported "will" (sequence of tenses), no hypothesis; the question quotes
    the claim as it was said and states only that it was said."""
    auxes = own_auxes(claim)
    if verb.tag_ == "VBD" and auxes and auxes[0].lower_ == "would":
        return auxes[1:]
    return auxes


def _who_quoted(clause: Clause) -> Iterator[Draft]:
    """'"We have the airport," said Gen Hamidi.' -> 'Who said "We have the airport"?'.

    A first-person quote is a fact only with its speaker named; asking for the speaker of
    the quoted words keeps it one.
    """
    verb, subject = clause.verb, clause.subject
    claim = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if claim is None or subject is None or clause.shares_subject:
        return
    if lemma_of(verb) not in ("say", "add", "declare", "insist", "claim", "state"):
        return
    sent = verb.sent
    doc = sent.doc
    marks = [t.i for t in sent if t.text in QUOTES]
    if len(marks) != 2:
        return
    opening, closing = marks
    if claim.i < verb.i:
        # '"...," said X.' : the quote opens the sentence and closes before the verb.
        if opening != sent.start or closing > verb.i:
            return
    else:
        # 'X added: "..."' : the quote runs from after the verb to the end of the sentence.
        if opening < verb.i or any(not t.is_punct for t in doc[closing + 1 : sent.end]):
            return
    quote = doc[opening + 1 : closing]
    while len(quote) and quote[-1].is_punct:
        quote = quote[:-1]
    if not 3 <= len(quote) <= 20 or not (quote.start <= claim.left_edge.i <= claim.i < quote.end):
        return  # the quote must be the whole claim, not a fragment of it
    named = _named_phrase(subject)
    if named is None or named[1] != "PERSON":
        return
    answer, answer_type = named
    tense = verb.text.lower() if verb.tag_ in ("VBD", "VBZ") else "said"
    question = Question([Piece(f'Who {tense} "{quote.text}"')])
    yield Draft("who", answer, answer_type, question, answer_key=entity_key(answer))


#: Verbs of taking part: a race, a match or a meeting has many who did.
PARTICIPATION_VERBS = frozenset({"race", "compete", "run", "participate", "play", "line"})


def _takes_part(verb: Token) -> bool:
    """"Greene races in Birmingham on Friday", "Collins will compete in the 60m", "took part
    in the final": so did everyone else in the field, and "Who ...?" has many right answers.
    With an object the verb says something of the subject alone ("ran a tactically perfect
    race", "runs a dance school")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp")]
    if lemma_of(verb) == "take":
        return [c.lower_ for c in objects] == ["part"]
    if lemma_of(verb) == "line":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and not objects
    if lemma_of(verb) == "vote":
        # "Who will vote on 21 May?": every voter; "vote on the Bill", "voted 272-219 in
        # favour of it" is one body's own act.
        return not objects and not any(_what_a_vote_decides(c) for c in verb.children)
    if lemma_of(verb) == "represent":
        # "Who will represent the UK?": at talks, a ceremony, the Games, each with its own
        # delegates; only the occasion makes one of them the answer.
        country = any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "NORP") for c in objects)
        occasions = [c for c in verb.children
                     if c.dep_ == "prep" and c.lower_ in ("at", "in", "during", "for")]
        return country and not occasions
    return lemma_of(verb) in PARTICIPATION_VERBS and not objects


def _what_a_vote_decides(child: Token) -> bool:
    if child.dep_ in ("npadvmod", "advmod"):
        return any(t.like_num for t in child.subtree)  # "voted 272-219"
    if child.dep_ != "prep":
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    if child.lower_ == "in":
        return any(o.lower_ == "favour" or o.lower_ == "favor" for o in objects)
    return child.lower_ in ("on", "for", "against", "to") and any(
        o.ent_type_ not in ("DATE", "TIME") for o in objects)


def _who_subject(clause: Clause) -> Iterator[Draft]:
    subject = clause.subject
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return
    if _participle_aside(clause):
        return  # "Who opened in 1838?" -> a shop
    if clause.shares_subject and not _is_speech(clause):
        return  # "Lenin wrote ... and declared that X": who declared X is still a fact
    if any(c.dep_ == "conj" for c in subject.children):
        return  # "Bush and Musharraf urged ...": either alone would be half the answer
    if _is_speech(clause) and not _claim_is_whole(clause):
        return
    named = (_named_phrase(subject) or _unlabelled_speaker(subject, clause.verb)
             or _person_named_elsewhere(subject))
    if named is None:
        return
    answer, answer_type = named
    if answer_type == "GROUP" and any(t.like_num for t in answer):
        return  # "about 4,000 volunteers" is a how-many answer, not a who answer
    if answer_type == "GROUP" and not any(t.ent_type_ for t in answer):
        return  # "Groups include ...": a common noun names no group
    if lemma_of(clause.verb) in ("include", "comprise", "contain", "consist"):
        return  # "Who includes X?" asks nothing a reader would ask
    if lemma_of(clause.verb) in THING_ONLY_VERBS:
        return  # "Which organisation costs up to £15,690?": a car, a plan, a service
    if _takes_part(clause.verb):
        return  # "Who will race in the London Marathon?": the whole field did
    if _also(clause.verb):
        return  # "Tzekos was also banned by the IAAF": others were too, a second answer
    if _serves_as_a_place(clause.verb):
        return  # "Krakow served as the capital city": a place, whatever the model said
    if lemma_of(clause.verb) == "be" and not _names_a_role(clause.verb):
        # "Who is the market leader?" -> "Sky Plus": a copula only asks who when the
        # predicate is a role a person has ("the first employee at Apple").
        return
    if lemma_of(clause.verb) == "be" and _one_of_many(clause.verb):
        return  # "Who was one of the first employees at Apple?": many right answers
    if answer_type == "ORG" and base_form(clause.verb) in PERSON_VERBS:
        answer_type = "PERSON"  # "Tamara de Lempicka was born in Warsaw": no organisation
    passive = any(a.dep_ == "auxpass" for a in clause.auxes)
    if passive and base_form(clause.verb) in BUILT_VERBS:
        return  # "Who was erected in memory of the Uprising?": a monument
    if answer_type == "PERSON" and passive and base_form(clause.verb) in FOUNDED_VERBS:
        answer_type = "ORG"  # "Harvard was founded in 1636": no person
    if answer_type == "ORG":
        if lemma_of(clause.verb) == "be":
            return  # "Which organisation is 45 miles to the north?": likely a mislabelled place
        plural = clause.verb.tag_ == "VBP" or (
            clause.auxes and clause.auxes[0].lower_ in ("are", "were", "have", "do")
        )
        if plural:
            answer_type = "GROUP"  # "The Taliban have ...": people, not an organisation
    kind = "what-org" if answer_type == "ORG" else "who"
    wh = [Piece("Which organisation")] if kind == "what-org" else [Piece("Who")]
    question = ask_subject(clause, wh, singular=True)
    key = entity_key(answer)
    yield Draft(kind, answer, answer_type, question, answer_key=key)


#: What only a person does with words or thought: "Gasquet claimed", "Euclid showed".
_MINDFUL_VERBS = SPEECH_VERBS | frozenset(
    "believe think argue propose show demonstrate suggest conclude theorise theorize".split())  # noqa: SIM905


def _unlabelled_speaker(subject: Token, verb: Token) -> tuple[Span, str] | None:
    """'Gasquet claimed that the name first appeared in 1631': a one-word name the model left
    unlabelled, saying or reasoning, is a person (a firm would have been labelled, or is
    written with its kind: "the Stagecoach group")."""
    if (not _bare_unlabelled_name(subject) or lemma_of(verb) not in _MINDFUL_VERBS
            or subject.lower_ in ANAPHORIC_NOUNS):
        return None
    return subject.doc[subject.i : subject.i + 1], "PERSON"


def _bare_unlabelled_name(token: Token) -> bool:
    """One capitalised word the model left unlabelled, with nothing before it ("Gasquet",
    "Riley"; not "the Stagecoach group")."""
    return (token.tag_ == "NNP" and unlabelled_name(token) and len(token.text) >= 3
            and not any(c.dep_ in ("compound", "det", "amod", "poss") for c in token.children))


def _person_named_elsewhere(subject: Token) -> tuple[Span, str] | None:
    """'Riley moved away over the last two kilometres': a one-word name the model left
    unlabelled here is the person its paragraph names in full elsewhere ("Peter Riley"), as
    a reader takes it."""
    if not _bare_unlabelled_name(subject):
        return None
    # A full name ("Peter Riley" for "Riley"): a lone word labelled a person once may be a
    # film ("Primer") or an element ("Oxygen") the small model misread.
    people = [ent for ent in subject.doc.ents if ent.label_ == "PERSON" and len(ent) > 1]
    if not any(ent[-1].text == subject.text for ent in people):
        return None
    if any(ent[-1].text == subject.text for ent in subject.doc.ents if ent.label_ != "PERSON"):
        return None  # the model also calls it something else: no vote
    return subject.doc[subject.i : subject.i + 1], "PERSON"


def _serves_as_a_place(verb: Token) -> bool:
    """'... when Krakow served as the capital city': what an "as" phrase calls the subject
    is what the subject is; a city, port or region is no person or organisation. After an
    object ("ranked Warsaw as the most liveable city") it describes the object."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return any(
        g.dep_ == "pobj" and lemma_of(g).lower() in PLACE_NOUNS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
    )


def _one_of_many(verb: Token) -> bool:
    """'one of the first employees', 'a member of the team': the predicate fits others too."""
    for attr in verb.children:
        if attr.dep_ != "attr":
            continue
        if attr.lower_ == "one" or any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in attr.children
        ):
            return True
    return False


def _names_a_role(verb: Token) -> bool:
    for attr in verb.children:
        if attr.dep_ != "attr":
            continue
        heads = [attr] + [
            g
            for c in attr.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return any(lemma_of(h).lower() in ROLE_NOUNS for h in heads) or _unique_doer(attr)
    return False


#: Endings of nouns for someone who does something: "rusher", "receiver", "geologist".
_DOER_ENDINGS = ("er", "or", "ist", "ian")
#: Modifiers that leave one person in a role: "the team's leading rusher", "the first ...".
_ONE_HOLDER = frozenset({"first", "last", "leading", "top", "only", "sole"})


def _unique_doer(noun: Token) -> bool:
    """'the team's leading rusher', 'the first modern geologist': a noun for a doer that only
    one person can be; 'a fine singer' or 'the best player' of nothing named can be many."""
    if noun.tag_ != "NN" or noun.ent_type_ or not noun.lower_.endswith(_DOER_ENDINGS):
        return False
    # Never "his top receiver": the subject is not its own receiver, so "his" is someone
    # the question does not name.
    definite = any((c.dep_ == "det" and c.lower_ == "the")
                   or (c.dep_ == "poss" and c.tag_ != "PRP$") for c in noun.children)
    one = any(c.dep_ in ("amod", "compound") and (c.lower_ in _ONE_HOLDER or c.tag_ == "JJS")
              for c in noun.children)
    return definite and one


def _also(verb: Token) -> bool:
    """'also' or 'too' on the verb: what is asked is one of several right answers."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children)


def _who_object(clause: Clause) -> Iterator[Draft]:
    if lemma_of(clause.verb) in STATIVE_VERBS or any(a.dep_ == "auxpass" for a in clause.auxes):
        return  # "Who did other winners include?", "has been voted X athlete of the year"
    if _also(clause.verb):
        return  # "The university also operates the Press": one of the things it operates
    for child in clause.verb.children:
        if child.dep_ != "dobj" or any(c.dep_ in ("nummod", "conj") for c in child.children):
            continue
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in child.children):
            continue  # "deliver his Budget": a name with a possessive is rarely a name
        named = _named_phrase(child)
        if named is None or (named[1] == "GROUP" and not child.ent_type_):
            continue
        answer, answer_type = named
        if _maybe_a_place(clause.verb, answer, answer_type):
            continue  # "Who did President Obasanjo visit? -> Kano": a town read as a name
        kind = "what-org" if answer_type == "ORG" else "who"
        wh = [Piece("Which organisation")] if kind == "what-org" else [Piece("Who")]
        remove = {t.i for t in child.subtree}
        yield Draft(
            kind, answer, answer_type, _ask(clause, wh, remove), answer_key=entity_key(answer)
        )


#: Verbs whose object is as often a place as a person: "visited Kano", "left Arsenal".
PLACE_OBJECT_VERBS = MOTION_VERBS | frozenset(
    """visit tour reach enter leave invade occupy capture bomb storm seize liberate
    besiege raid evacuate""".split()  # noqa: SIM905
)


def _maybe_a_place(verb: Token, answer: Span, answer_type: str) -> bool:
    """The object of 'visit', 'leave', 'capture' is a place unless the name is plainly a
    person's: the model often labels a one-word town ('Kano') a person or an organisation.
    A name the paragraph also writes as a place, or after 'in', 'at', 'near', is one too."""
    text = answer.text
    for ent in answer.doc.ents:
        if ent.text == text and ent.label_ in PLACE_LABELS:
            return True
        head = ent.root.head
        if answer_type == "ORG":
            continue  # "a stake in Ferrari", "worked at Apple": firms are written so too
        if ent.text == text and ent.root.dep_ == "pobj" and head.lower_ in ("in", "at", "near"):
            return True
    if base_form(verb) not in PLACE_OBJECT_VERBS:
        return False
    return len(answer) == 1 and answer_type != "ORG"


#: Prepositions a who-question may leave at its end ("Who did Newton pass to?").
WHO_STRANDABLE = frozenset({"to", "with", "against", "for", "from"})


def _who_prep_object(clause: Clause) -> Iterator[Draft]:
    """'Newton completed a pass to Ted Ginn Jr.' -> 'Who did Newton complete a pass to?'.

    Only a named person at the very end of the clause, so the stranded preposition ends
    the question as it would in speech.
    """
    verb = clause.verb
    if lemma_of(verb) in STATIVE_VERBS or lemma_of(verb) == "be":
        return
    kept = [
        c
        for c in verb.children
        if c.i > verb.i and c.dep_ not in ("punct", "advcl", "conj", "cc", "parataxis")
    ]
    trailing = _trailing_settings(kept)
    kept = [c for c in kept if c not in trailing]
    if not kept:
        return
    last = max(kept, key=lambda c: c.i)
    if last.dep_ == "dobj":
        after = [c for c in last.children if c.i > last.i and c.dep_ == "prep"]
        last = max(after, key=lambda c: c.i) if after else last
    if last.dep_ != "prep" or last.lower_ not in WHO_STRANDABLE:
        return
    obj = next((c for c in last.children if c.dep_ == "pobj"), None)
    if obj is None or any(c.dep_ in ("conj", "prep", "relcl", "acl") for c in obj.children):
        return
    ent = entity_of(obj)
    if ent is None or ent.label_ != "PERSON" or ent.root != obj:
        return
    named = _named_phrase(obj)
    if named is None or named[1] != "PERSON":
        return
    answer = named[0]
    if last.lower_ in ("to", "from") and _maybe_a_place(verb, answer, "PERSON"):
        return  # "went to Kano": a town the model took for a person
    question = _ask(clause, [Piece("Who")], {t.i for t in last.subtree})
    # "Who did Newton pass to in the third quarter?": the preposition before the setting.
    at = next(
        (n for n, p in enumerate(question.pieces) if p.token is not None and p.token.i > obj.i),
        len(question.pieces),
    )
    if any(p.token is None or p.token.i < obj.i for p in question.pieces[at:]):
        return  # the setting was moved: no place for the preposition to strand
    question.pieces.insert(at, Piece(last.text.lower(), last, replaced=True))
    yield Draft("who", answer, "PERSON", question, answer_key=entity_key(answer))


def _trailing_settings(children: list[Token]) -> list[Token]:
    """The dates and places closing a clause ('... to Ted Ginn in the third quarter'),
    after which a stranded preposition may still stand."""
    found: list[Token] = []
    for child in sorted(children, key=lambda c: c.i, reverse=True):
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        setting = child.dep_ == "prep" and obj is not None and obj.ent_type_ in SETTING_LABELS
        dated = child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME")
        if not (setting or dated):
            break
        found.append(child)
    return found


SETTING_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _who_is(clause: Clause) -> Iterator[Draft]:
    """'The current Premier of Victoria is Daniel Andrews.' -> 'Who is the current Premier
    of Victoria?'. The subject must be a role; the name is the answer."""
    verb, subject = clause.verb, clause.subject
    if lemma_of(verb) != "be" or clause.auxes or subject is None or subject.ent_type_:
        return
    if lemma_of(subject).lower() not in ROLE_NOUNS:
        return
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    ent = entity_of(attr) if attr is not None else None
    if ent is None or ent.label_ != "PERSON" or ent.root != attr:
        return
    if any(c.dep_ in ("conj", "appos", "relcl") and not parenthetical(c) for c in attr.children):
        return  # "(1695-1696)" after the name is an aside, not a second answer
    answer = name_span(ent)
    tokens = phrase(subject)
    pieces = [Piece(t.text, t) for t in tokens]
    if pieces and pieces[0].token is not None and pieces[0].token.lower_ == "the":
        pieces[0] = Piece("the", pieces[0].token, replaced=True)
    yield Draft(
        "who",
        answer,
        "PERSON",
        Question([Piece("Who"), Piece(verb.text, verb), *pieces]),
        answer_key=entity_key(answer),
    )


def _who_agent(clause: Clause) -> Iterator[Draft]:
    """The doer of a passive: 'was founded by Maria Santos' -> 'Who founded ...?'."""
    for child in clause.verb.children:
        if child.dep_ != "agent":
            continue
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is None or any(c.dep_ == "conj" for c in obj.children):
            continue
        named = _named_phrase(obj)
        if named is None or (named[1] == "GROUP" and obj.lower_ not in NAMED_GROUP_NOUNS):
            continue  # "by Taliban fighters": some of them; "by the rock group Coldplay": it
        answer, answer_type = named
        kind = "what-org" if answer_type == "ORG" else "who"
        wh = [Piece("Which organisation")] if kind == "what-org" else [Piece("Who")]
        question = ask_agent(clause, wh, child)
        yield Draft(kind, answer, answer_type, question, answer_key=entity_key(answer))


# --- how many -------------------------------------------------------------------------


def _ends_number(token: Token) -> bool:
    return token.like_num or token.lower_ in {"so", "odd", "plus", "dozen", "dozens", "m", "bn"}


#: The words of each hedge kept with a count ("about", "at least", "in excess of").
_HEDGE_WORDS = tuple(h.split() for h in HEDGES)
#: Words that open a range before a number ("between 5 and 7", "from 5 to 7").
_RANGE_STARTS = frozenset({"between", "from"})
#: Words that open a hedge on their own: a range's first word, or "perhaps".
_LONE_HEDGE_STARTS = _RANGE_STARTS | {"perhaps"}


#: Singular nouns that count people or animals: "How many UK-based staff ...?".
COLLECTIVE_NOUNS = frozenset({"staff", "personnel", "crew", "cattle", "police", "livestock"})


def _hedge_word(token: Token) -> bool:
    """The first word of a hedge: not the particle of "gave up 308 points" (no "up to"),
    and "just" only in "just over 300" ("just 308" means only 308, said of the count).
    Other particles stay hedges: "handed over 300 guns" may be "over 300", and "offer
    around two megabits" is "around two"."""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if token.lower_ == "just":
        return after in ("over", "under")
    if token.lower_ == "up" and token.dep_ == "prt":
        return after == "to"
    if token.lower_ in _LONE_HEDGE_STARTS:
        return True
    # "in excess of", "at least": not the "in" of "operates in 40 countries".
    following = [t.lower_ for t in token.doc[token.i : token.i + 3]]
    return any(following[: len(words)] == words for words in _HEDGE_WORDS)


def _starts_number(token: Token) -> bool:
    return token.like_num or token.tag_ == "$" or _hedge_word(token)


def _number_span(number: Token) -> Span | None:
    tokens = list(number.subtree)
    ent = entity_of(number)
    if ent is not None:
        if ent.label_ not in NUMBER_LABELS:
            return None
        tokens.extend(ent)
    # "6,000 tonnes" is one QUANTITY entity; the answer is the number before the unit.
    tokens = [t for t in tokens if t.i < number.head.i]
    # "All the 100,000 or so": determiners before the number are not part of the count.
    while tokens and (
        min(tokens, key=lambda t: t.i).dep_ in ("det", "predet")
        or min(tokens, key=lambda t: t.i).lower_ in ("the", "all", "a", "an")
    ):
        first = min(tokens, key=lambda t: t.i)
        if first.lower_ in ("some", "about"):
            break
        tokens.remove(first)
    # ... and whatever the parser hung on the number after it ("100,000 or so net cafes").
    while tokens and not _ends_number(max(tokens, key=lambda t: t.i)):
        tokens.remove(max(tokens, key=lambda t: t.i))
    # "a career-high 77 passes": a description before the number is no part of the count.
    while tokens and not _starts_number(min(tokens, key=lambda t: t.i)):
        tokens.remove(min(tokens, key=lambda t: t.i))
    if not tokens:
        return None
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    if end >= number.head.i:
        return None
    span = number.doc[start : end + 1]
    if span[0].lower_ in _RANGE_STARTS and not any(
            t.lower_ in ("and", "to", "-", "–") for t in span):
        return None  # "between 250 euros (£173) and 600 euros": half a range
    return span


def _with_conjuncts(heads: list[Token]) -> list[tuple[Token, Token]]:
    """(clause-level noun, counted noun) pairs: each head, then the counts conjoined to it.

    "had 1,548 public schools, 489 Catholic schools and 214 independent schools" asks each
    count on its own ("How many Catholic schools did Victoria have?"); the clause-level noun
    says where the whole list sits in the clause, the counted noun what is counted.
    """
    pairs = []
    for head in heads:
        pairs.append((head, head))
        pending = [c for c in head.children if c.dep_ == "conj"]
        while pending:
            conj = pending.pop(0)
            if conj.is_alpha and len(conj.text) > 2:  # not the "m" of "800m and 1500m"
                pairs.append((head, conj))
            pending.extend(c for c in conj.children if c.dep_ == "conj")
    return pairs


def _how_many(clause: Clause) -> Iterator[Draft]:
    verb = clause.verb
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    existential = clause.subject is not None and clause.subject.dep_ == "expl"
    described = any(c.dep_ == "acomp" for c in verb.children) and not any(
        c.dep_ == "attr" for c in verb.children
    )  # "Only three divisions are necessary": how many have the quality is a count
    if lemma_of(verb) == "be" and not clause.auxes and not existential and not described:
        return  # "the two finalists were X and Y" counts nothing
    if clause.shares_subject:
        heads = [h for h in heads if h.dep_ == "dobj"]
    stranded = _stranded_objects(clause)
    heads.extend(stranded)
    if not existential:
        heads.extend(_pied_piped_objects(clause, stranded))
    for top, noun in _with_conjuncts(heads):
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun is not top and any(t.lower_ == "between" for t in top.subtree if t.i < top.i):
            continue  # "between 250 euros and 600 euros": one range, not two counts
        number = next((c for c in noun.children if c.dep_ == "nummod" and c.tag_ == "CD"), None)
        if number is None or number.ent_type_ in NOT_COUNTS:
            continue
        if described and any(c.dep_ in ("det", "poss") for c in noun.children):
            continue  # "The two men are due in court": the men already counted, no count
        if any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") and c.i < number.i
               for c in noun.children):
            continue  # "The two countries", "on all three fronts": the count is known
        if (lemma_of(noun).lower() in VAGUE_COUNTED and not _kinds_of_things(noun)) or (
                noun.ent_type_ in ("PERSON", "GPE", "DATE")):
            continue
        if noun.tag_ == "NNP" or len(noun.text) < 2:
            continue  # "the 1701 Act of Settlement", "800m": a name or a unit, not things
        hedge = _hedge_on_the_noun(number)
        if any(
            t.i < number.i and t.dep_ not in ("det", "predet") and t not in number.subtree
            and t.i not in hedge for t in noun.subtree
        ):
            continue  # "the weekend's top 12 films": the number is a rank, not a count
        answer = _number_span(number)
        if answer is None:
            continue
        if hedge and answer.start > min(hedge):
            answer = answer.doc[min(hedge) : answer.end]  # "an estimated 32,463": its hedge
        value, _hedge = parse_value(answer.text)
        if value is not None and value == (1.0, 1.0):
            continue
        if noun.tag_ == "NN" and noun.lower_ not in COLLECTIVE_NOUNS:
            continue  # "the 100,000 mark", "a 67.9 passer rating": no count of marks
        before = answer.doc[answer.start - 1] if answer.start > 0 else None
        if before is not None and _hedge_word(before):
            continue  # "offer around two megabits": the hedge would stay in the question
        in_answer = {t.i for t in answer}
        # "22 civilians and four soldiers": the question counts the civilians only.
        for child in noun.children:
            if child.dep_ in ("conj", "cc"):
                in_answer.update(t.i for t in child.subtree)
            elif child.dep_ == "prep" and child.i > noun.i and any(
                t.like_num for t in child.subtree
            ):
                in_answer.update(t.i for t in child.subtree)  # "77 passes for 1,104 yards"
            elif child.dep_ == "prep" and child.i > noun.i and (
                    child.nbor(-1).text == "," or child.lower_ == "including"):
                in_answer.update(t.i for t in child.subtree)  # ", including best game": aside
        counted = [
            t
            for t in phrase(noun, frozenset(in_answer))
            if not (t.head == noun and t.dep_ in ("det", "predet") and t.i < noun.i)
        ]
        if not counted or any(t.text == "," for t in counted):
            continue  # "six Bafta Awards, including best game and ...": a list, no count noun
        if any(
            t.head == noun and t.dep_ in ("acl", "amod") and t.i > noun.i and not t.n_rights
            for t in counted
        ):
            continue  # "left 2,000 commuters stranded": the state would go with the noun
        wh = [Piece("How many"), *(Piece(t.text, t) for t in counted)]
        wh[1:] = _relower(wh[1:])
        if existential:
            # "There are two major bus stations in the city."
            if top.dep_ not in ("attr", "nsubj") or clause.auxes:
                continue
            _, post = clause_parts(clause, {t.i for t in top.subtree})
            if noun == top:
                post = [*_shared_place(top), *post]
            if not any(t.ent_type_ or (t.lower_ in ANAPHORIC_NOUNS and t.nbor(-1).lower_ == "the")
                       for t in [*post, *counted]):
                continue  # "How many votes are there?": where, of what? ("in the city" is
                # named when the question is asked, or the question is dropped)
            there = [Piece(verb.text.lower(), verb, True), Piece("there", clause.subject, True)]
            # "How many stations are there in Lagos?": what follows the noun follows "there".
            # "How many kinds of networks were there?": an "of" complement stays with it.
            of = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  and c.i == noun.i + 1 for t in c.subtree}
            after = [p for p in wh[1:] if p.token is not None and p.token.i > noun.i
                     and p.token.i not in of]
            wh = [p for p in wh if p not in after]
            rest = [*after, *(Piece(t.text, t) for t in post)]
            question = Question([*wh, *there, *rest])
        elif top.dep_ in ("nsubj", "nsubjpass") and top == clause.subject:
            question = ask_subject(clause, wh, singular=False)
        elif top.dep_ in ("dobj", "attr"):
            question = _ask(clause, wh, {t.i for t in top.subtree} | _total_of_the_list(
                top, noun))
        elif top.dep_ == "pobj" and top in stranded:
            # "divided into three divisions" -> "How many divisions was the army divided into?"
            prep = top.head
            question = _ask(clause, wh, {t.i for t in prep.subtree})
            question.pieces.append(Piece(prep.text.lower(), prep, replaced=True))
        elif top.dep_ == "pobj":
            # "competes in 42 sports in the Ivy League" -> "In how many sports does Harvard
            # compete in the Ivy League?": the preposition goes first, as nothing may follow it.
            prep = top.head
            wh[0] = Piece(f"{prep.text.capitalize()} how many", prep, replaced=True)
            question = _ask(clause, wh, {t.i for t in prep.subtree})
            if not _names_someone(question.pieces):
                continue  # "In how many cases did customers report damage?": whose?
        else:
            continue
        if _names_nothing(question.pieces[len(wh) :]):
            continue  # "How many tonnes will be needed?": of what, where?
        if any(p.token is not None and _spaced_dash(p.token) for p in question.pieces):
            continue  # a dash aside cut in half ("made the gallery - which houses ...")
        if _dangling_aside(question.pieces):
            continue  # "in the line of succession all of who were eligible"
        if clause.subject is not None and _name_only_in_apposition(clause.subject):
            continue  # "PC first person shooter Half-Life 2": the name would be dropped
        yield Draft("how-many", answer, "NUMBER", question, counted=lemma_of(noun).lower())


#: Adverbs after a list of counts that qualify its last count or the whole list.
LIST_TOTALS = frozenset({"overall", "altogether", "combined", "total", "respectively"})


def _total_of_the_list(top: Token, noun: Token) -> set[int]:
    """'enrolls 5,000 students in the College and around 15,000 students overall': the
    adverb after the list is the last count's, so asking an earlier one leaves it out."""
    listed = [top]
    for item in listed:  # grows as it goes: "A, B and C" may chain B -> C
        listed.extend(c for c in item.children if c.dep_ == "conj")
    if noun == max(listed, key=lambda t: t.i):
        return set()
    return {c.i for c in top.head.children if c.dep_ == "advmod" and c.i > top.right_edge.i
            and c.lower_ in LIST_TOTALS}


def _hedge_on_the_noun(number: Token) -> set[int]:
    """'an estimated 32,463 farms': a hedge (one of `HEDGES`) written just before the number
    but hung by the parser on the counted noun is still the number's, not a description of
    the farms; the positions of its words, longest hedge first."""
    doc, noun = number.doc, number.head
    for words in sorted(_HEDGE_WORDS, key=len, reverse=True):
        start = number.i - len(words)
        span = doc[max(start, 0) : number.i]
        if start >= 0 and [t.lower_ for t in span] == words and all(
                t.head == noun or t.head.i in range(start, number.i) for t in span):
            return set(range(start, number.i))
    return set()


def _kinds_of_things(noun: Token) -> bool:
    """'two kinds of X.25 networks', 'three sorts of cells': a count of kinds is no vague
    count when it says what they are kinds of."""
    if noun.lower_ not in ("kinds", "sorts"):
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                                  for c in of.children)


def _name_only_in_apposition(noun: Token) -> bool:
    """'PC first person shooter Half-Life 2 has won ...': the apposition is the name and
    the head only describes it; a question drops appositions and would name nothing."""
    if noun.ent_type_ or noun.tag_ in ("NNP", "NNPS", "PRP"):
        return False
    return any(
        c.dep_ == "appos"
        and c.i > noun.i
        # no comma between: "shooter Half-Life 2", not "mayor, Ada Eze,"
        and not any(t.text == "," for t in noun.doc[noun.i + 1 : c.left_edge.i + 1])
        and any(t.ent_type_ or t.tag_ in ("NNP", "NNPS") for t in c.subtree)
        for c in noun.children
    )


def _shared_place(noun: Token) -> list[Token]:
    """'There are 15 fraternities and seven sororities at the University of Chicago': the
    place closing a list of counts is where each of them is, though the parser hangs it on
    the last one only."""
    conjuncts = [c for c in noun.subtree if c.dep_ == "conj" and c.head.i >= noun.i]
    if not conjuncts or any(c.dep_ == "prep" for c in noun.children):
        return []
    last = max(conjuncts, key=lambda c: c.i)
    places = [
        c for c in last.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS
    ]
    named = PLACE_LABELS | {"ORG"}
    if len(places) != 1 or not any(t.ent_type_ in named for t in places[0].subtree):
        return []
    return list(places[0].subtree)


def _names_nothing(pieces: list[Piece]) -> bool:
    """The rest of a question has no noun, name or number: only its verb is left."""
    return not any(
        p.token is not None and p.token.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for p in pieces
    )


def _how_many_of(clause: Clause) -> Iterator[Draft]:
    """'Two of the expeditions were successful' -> 'How many of the expeditions were
    successful?': a number standing for part of a group named after it."""
    for child in clause.verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.tag_ != "CD":
            continue
        if child.ent_type_ in NOT_COUNTS:
            continue
        of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if group is None or group.tag_ not in ("NNS", "NNPS") or group.i < child.i:
            continue
        if not any(c.dep_ in ("det", "poss", "nummod") for c in group.children):
            continue  # "£234m of cuts": an amount of something, not part of a group
        if _amount_span(child) is not None:
            continue
        tokens = [t for t in child.subtree if t.i <= child.i]
        while tokens and not _starts_number(tokens[0]):
            tokens.pop(0)
        if not tokens:
            continue
        answer = child.doc[tokens[0].i : child.i + 1]
        value, _hedge = parse_value(answer.text)
        if value is None or value == (1.0, 1.0):
            continue  # "one of the ..." is a who or what question, not a count
        wh = [Piece("How many"), *(Piece(t.text, t) for t in phrase(of))]
        if child == clause.subject:
            question = ask_subject(clause, wh, singular=False)
        elif child.dep_ == "dobj":
            question = _ask(clause, wh, {t.i for t in child.subtree})
        else:
            continue
        if not any(
            t.ent_type_ not in ("", "CARDINAL", "ORDINAL", "QUANTITY") or t.tag_ in ("NNP", "NNPS")
            for t in group.subtree
        ):
            continue  # "How many of the men ran out?", "... of the iconic models": which?
        yield Draft("how-many", answer, "NUMBER", question, counted=lemma_of(group).lower())


def _how_many_one_of(clause: Clause) -> Iterator[Draft]:
    """'Britain became one of only five countries to have signed the treaty', 'one of four
    teams that have made eight appearances in the Super Bowl': the group counts everything
    that did what its clause says -> 'How many teams have made eight appearances in the
    Super Bowl?' (four). Only a clause with its relative pronoun as subject, or a perfect
    infinitive, whose verb already agrees with the plural."""
    for one in clause.verb.subtree:
        if one.lower_ != "one" or one.tag_ != "CD" or _governing_verb(one) != clause.verb:
            continue
        of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if group is None or group.tag_ != "NNS":
            continue
        number = next((c for c in group.children if c.dep_ == "nummod" and c.like_num), None)
        predicate = _group_predicate(group)
        if number is None or predicate is None or number.ent_type_ in NOT_COUNTS:
            continue
        value, _hedge = parse_value(number.text)
        if value is None or value[0] < 2:
            continue
        verb, skipped = predicate
        counted = [t for t in group.subtree
                   if number.i < t.i <= group.i and t.dep_ not in ("punct",)]
        if any((not t.is_alpha and t.text != "-") or t.tag_ in ("JJS", "RBS") for t in counted):
            continue  # "one of the 2004-05 teams", "the 50 richest people": no plain count
        words = phrase(verb, frozenset(skipped))
        if not words or any(t.i in skipped for t in words) or words[0].i < group.i:
            continue
        wh = [Piece("How many"), *(Piece(t.text, t) for t in counted)]
        wh[1:] = _relower(wh[1:])
        question = Question([*wh, *(Piece(t.text, t) for t in words)])
        if any(p.token is not None and _spaced_dash(p.token) for p in question.pieces):
            continue
        yield Draft("how-many", number.doc[number.i : number.i + 1], "NUMBER", question,
                    counted=lemma_of(group).lower())


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token`: the clause it belongs to."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _group_predicate(group: Token) -> tuple[Token, set[int]] | None:
    """The verb of a restrictive clause saying what every member of `group` did, with the
    words the question leaves out ("that", "to"): "teams that have made ...", "countries
    to have signed ..."."""
    for clause_verb in group.children:
        if clause_verb.i < group.i or clause_verb.nbor(-1).text == ",":
            continue
        if clause_verb.dep_ == "relcl":
            pronoun = own_subject(clause_verb)
            if (pronoun is not None and pronoun.tag_ in ("WDT", "WP")
                    and pronoun.i == clause_verb.left_edge.i == group.i + 1
                    and clause_verb.tag_ != "VBZ"
                    and not any(a.tag_ == "VBZ" for a in own_auxes(clause_verb))):
                return clause_verb, {pronoun.i}
        if clause_verb.dep_ in ("acl", "relcl") and clause_verb.tag_ == "VBN":
            auxes = [c for c in clause_verb.children if c.dep_ == "aux" and c.i < clause_verb.i]
            if [a.lower_ for a in auxes] == ["to", "have"] and auxes[0].i == group.i + 1:
                return clause_verb, {auxes[0].i}
    return None


def _how_many_times(clause: Clause) -> Iterator[Draft]:
    """'The area has hosted the event 10 times' -> 'How many times has the area hosted the
    event?': how often the verb's event happened."""
    for child in clause.verb.children:
        if child.dep_ != "npadvmod" or child.lower_ != "times" or child.i < clause.verb.i:
            continue
        number = next((c for c in child.children if c.dep_ == "nummod" and c.tag_ == "CD"), None)
        if number is None or number.ent_type_ in NOT_COUNTS:
            continue
        if any(c.dep_ in ("prep", "amod", "advmod") for c in child.children):
            continue  # "three times more", "ten times as many": a ratio, not how often
        answer = _number_span(number)
        if answer is None:
            continue
        wh = [Piece("How many"), Piece("times", child)]
        question = _ask(clause, wh, {t.i for t in child.subtree})
        yield Draft("how-many", answer, "NUMBER", question, counted="time")


def _plain_count(noun: Token) -> tuple[Span, list[Piece]] | None:
    """'474,000 subscribers', 'over two million items': the count a plain plural noun
    carries, and the question's "How many subscribers"; None for anything more ("20
    members of staff", "a career-high 77 passes") or a vague noun ("times", "people")."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.ent_type_:
        return None
    if any(c.dep_ not in ("nummod", "amod", "compound") for c in noun.children):
        return None  # "with 20 members of staff": keep to the plain counted noun
    number = next((c for c in noun.children if c.dep_ == "nummod" and c.tag_ == "CD"), None)
    if number is None or number.ent_type_ in NOT_COUNTS or lemma_of(noun).lower() in VAGUE_COUNTED:
        return None
    answer = _number_span(number)
    if answer is None or any(t.i < answer.start for t in noun.subtree if t != noun):
        return None
    wh = [Piece("How many"), *(Piece(t.text, t) for t in noun.subtree if t.i >= answer.end)]
    wh[1:] = _relower(wh[1:])
    return answer, wh


def _named_subject(tokens: list[Token]) -> list[Piece]:
    """The subject as the question says it: "the University Library", lower-case "the"."""
    pieces = [Piece(t.text, t) for t in tokens]
    if pieces and pieces[0].token is not None and pieces[0].token.lower_ == "the":
        pieces[0] = Piece("the", pieces[0].token, replaced=True)
    return pieces


def _how_many_with(clause: Clause) -> Iterator[Draft]:
    """'Sky Plus is the market leader with 474,000 subscribers' -> 'How many subscribers
    does Sky Plus have?': a copula's subject has what follows its "with"."""
    verb, subject = clause.verb, clause.subject
    if lemma_of(verb) != "be" or clause.auxes or subject is None or verb.tag_ not in _HAVE_DO:
        return
    if not (subject.ent_type_ or subject.tag_ in ("NNP", "NNPS")):
        return  # "the leader has ...": whose?
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    places = [verb, *([attr] if attr is not None else [])]
    preps = [c for h in places for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    for prep in preps:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        count = _plain_count(noun) if noun is not None else None
        if count is None:
            continue
        answer, wh = count
        subject_tokens = phrase(subject)
        if any(t.i > verb.i for t in subject_tokens):
            continue
        question = Question([*wh, Piece(_HAVE_DO[verb.tag_]), *_named_subject(subject_tokens),
                             Piece("have")])
        yield Draft("how-many", answer, "NUMBER", question, counted=lemma_of(noun).lower())


_HAVE_DO = {"VBZ": "does", "VBP": "do", "VBD": "did"}


def _how_many_home_to(clause: Clause) -> Iterator[Draft]:
    """'The University Library is home to over two million items' -> 'How many items is the
    University Library home to?': a place or body "home to" a count of things."""
    verb, subject = clause.verb, clause.subject
    if lemma_of(verb) != "be" or clause.auxes or subject is None or subject.i > verb.i:
        return
    if not (subject.ent_type_ or subject.tag_ in ("NNP", "NNPS")):
        # "Another important library, the University Library, is ...": its name.
        subject = next((c for c in subject.children if c.dep_ == "appos"
                        and (c.ent_type_ or c.tag_ in ("NNP", "NNPS"))), None)
        if subject is None:
            return  # "the site is home to ...": which site?
    home = next((c for c in verb.children if c.dep_ in ("attr", "advmod")
                 and c.lower_ == "home" and not any(True for _ in c.lefts)), None)
    to = next((c for c in home.children if c.dep_ == "prep" and c.lower_ == "to"), None
              ) if home is not None else None
    noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    count = _plain_count(noun) if noun is not None else None
    if count is None:
        return
    if any(t.i > noun.i and not t.is_punct for t in clause.verb.subtree):
        return  # the count must close the clause: nothing left to strand after "to"
    answer, wh = count
    question = Question([*wh, Piece(verb.text, verb), *_named_subject(phrase(subject)),
                         Piece("home", home), Piece("to", to)])
    yield Draft("how-many", answer, "NUMBER", question, counted=lemma_of(noun).lower())


#: Prepositions a how-many question may leave at its end ("... divided into?").
STRANDABLE = frozenset({"with", "into", "to", "from", "by", "for", "against", "between", "in", "on",
                        "at"})
#: ... of which "in", "on" and "at" also take a time ("crossed the line in 6.67 secs"), which
#: is no count of things.
_TIME_TAKING = frozenset({"in", "on", "at"})


def _stranded_objects(clause: Clause) -> list[Token]:
    """Counted objects of the clause's last preposition ("launched with 474,000 subscribers").

    Only the last complement of the verb: a stranded preposition with words after it reads
    as a garbled sentence.
    """
    verb = clause.verb
    kept = [
        c
        for c in verb.children
        if c.i > verb.i and c.dep_ not in ("punct", "advcl", "conj", "cc", "parataxis")
    ]
    if not kept:
        return []
    last = max(kept, key=lambda c: c.i)
    if last.dep_ != "prep" or not (last.lower_ in STRANDABLE or _of_its_parts(verb, last)):
        return []
    if lemma_of(verb) == "be" and not clause.auxes:
        return []
    obj = next((c for c in last.children if c.dep_ == "pobj"), None)
    # "divided into eight electorates with each represented by five members": a phrase with
    # its own figure goes with the answer (see `_how_many`); any other would be stranded.
    if obj is None or any(c.dep_ == "prep" and not (
            c.lower_ == "with" and any(t.like_num for t in c.subtree)) for c in obj.children):
        return []
    if last.lower_ in _TIME_TAKING and obj.lower_ in DURATION_UNITS:
        return []
    if any(t.like_num for c in kept if c != last for t in c.subtree):
        return []  # "rose 7,000 in November to 4.464 million": two figures, one garbled ask
    if any(c.dep_ == "prep" and not _is_time_phrase(c) for c in kept if c != last):
        return []  # "talking in the Highlands to 100 teenagers": "... in the Highlands to?"
    return [obj]


def _pied_piped_objects(clause: Clause, stranded: list[Token]) -> list[Token]:
    """Counted objects of the verb's other prepositions, asked with the preposition first.

    Only a whole count, and the clause's only figure: "caught 25 passes for 183 yards"
    would ask "For how many yards did he catch 25 passes?", and "in 6.67 secs" is a time.
    """
    found = []
    for prep in clause.verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PIED_PIPED_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj in stranded:
            continue
        number = next((g for g in obj.children if g.dep_ == "nummod" and g.tag_ == "CD"), None)
        if number is None or "." in number.text or obj.lower_ in DURATION_UNITS:
            continue
        if _other_amount(clause, number.doc[number.i : number.i + 1]):
            continue
        found.append(obj)
    return found


def _of_its_parts(verb: Token, prep: Token) -> bool:
    """'consisted of 44 members', 'is composed of 50 members': "of" belongs to the verb, so
    "How many members did the council consist of?" strands it as speech does."""
    return prep.lower_ == "of" and lemma_of(verb) in VERBS_OF_PARTS


def _is_time_phrase(prep: Token) -> bool:
    """"on Tuesday", "in 2004": a date or time the question may keep before the end."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _relower(pieces: list[Piece]) -> list[Piece]:
    if pieces and pieces[0].token is not None:
        token = pieces[0].token
        if (
            token.text.istitle()
            and token.tag_ not in ("NNP", "NNPS")
            and token.ent_type_ not in NAME_LABELS
            and not named_at_start(token)
        ):
            pieces[0] = Piece(token.text.lower(), token, replaced=True)
    return pieces


# --- how much: sums of money and percentages --------------------------------------------

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
    the question would keep the other and read ambiguously."""
    for child in clause.verb.children:
        if child.dep_ in ("conj", "advcl", "ccomp", "parataxis", "punct", "prt"):
            continue  # "took over roughly 80%": the particle the model put in the amount
        for t in child.subtree:
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


# --- where / when ---------------------------------------------------------------------


def _name_the_model_misread(obj: Token, ent: Span | None, preposition: str,
                            prepositions: tuple[str, ...]) -> bool:
    """A capitalised name after a locative preposition that the model gave no label, or
    called a person, an organisation or a facility: it may still be a place."""
    if preposition not in prepositions or obj.tag_ != "NNP":
        return False
    return ent is None or (ent.label_ in ("ORG", "PERSON", "FAC") and ent.root == obj)


def _named_venue(obj: Token, ent: Span | None, preposition: str) -> bool:
    """'in Victory Square', 'in Pusey Library', 'near the Kalka River': a capitalised name
    ending in a word for a building or a feature of the land is a place, whatever label
    (none, PERSON, ORG) the model gave it."""
    if not _name_the_model_misread(obj, ent, preposition,
                                   ("at", "in", "near", "outside", "inside")):
        return False
    if ent is None and any(
        c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") for c in obj.children
    ):
        return True  # "at the Santa Clara Marriott": a named building in a named town
    if obj.lower_ not in VENUE_NOUNS and obj.lower_ not in GEOGRAPHIC_NOUNS:
        return False
    return any(c.dep_ == "compound" and c.tag_ == "NNP" for c in obj.children)


def _within_a_named_place(obj: Token, ent: Span | None, preposition: str) -> Token | None:
    """'defeated at Sainte Foy in Quebec': a name the model misread, followed by "in" and a
    town or country, is a place there; the "in" phrase (which this returns) stays in the
    answer, so the question names no second place."""
    if not _name_the_model_misread(obj, ent, preposition, ("at", "in", "near")):
        return None
    return next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                 and c.i == obj.i + 1 and any(g.dep_ == "pobj" and g.ent_type_ == "GPE"
                                              for g in c.children)), None)


def _where(clause: Clause) -> Iterator[Draft]:
    verb = clause.verb
    # "built a church in Paris": the place may hang on the object rather than the verb.
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    own = [c for c in verb.children if c.dep_ == "prep"]
    # "continues to live in Los Angeles": the place of what the subject goes on to do.
    own += [p for x in _infinitive_complements(verb) for p in x.children if p.dep_ == "prep"]
    hung = [
        p
        for o in objects
        if lemma_of(o).lower() not in EVENT_NOUNS
        for p in o.children
        if p.dep_ == "prep" and p.i > o.i
    ]
    # "held on February 1, 2016 at SAP Center": the place hung on the date.
    hung += [
        p
        for c in own
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
        for p in o.children
        if p.dep_ == "prep" and p.i > o.i
    ]
    for prep in own + hung:
        if prep.dep_ != "prep" or (prep in hung and prep.lower_ not in ("in", "at", "near")):
            continue
        if prep in hung and any(c.dep_ == "conj" for c in prep.head.children):
            continue  # "enrolls 5,000 students in the College and 15,000 overall": one's
        word = prep.lower_
        if word not in LOCATIVE_PREPOSITIONS and not (
            word in DIRECTIONAL_PREPOSITIONS and lemma_of(verb) in MOTION_VERBS
        ):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        ent = entity_of(obj)
        place_head = (
            ent is not None
            and ent.label_ in PLACE_LABELS
            and (ent.root == obj or obj.lower_ in FACILITY_NOUNS)
        )
        # "practised at Stanford University", "held at SAP Center": a named venue is a
        # place even when the model calls it an organisation.
        venue = (
            ent is not None
            and ent.label_ == "ORG"
            and ent.root == obj
            and obj.lower_ in VENUE_NOUNS
            and word in ("at", "in", "near", "outside", "inside")
        )
        venue = venue or _named_venue(obj, ent, word)
        place_head = place_head or venue
        within = None if place_head else _within_a_named_place(obj, ent, word)
        if within is not None:
            place_head = venue = True  # "at Sainte Foy in Quebec": a place in a place
        if not place_head:
            # "near the summit of Mount Kenya", "on the outskirts of Kabul"
            place_head = any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(
                    g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS and entity_of(g).root == g
                    for g in c.children
                )
                for c in obj.children
            )
        if not place_head and obj.lower_ in PLACE_NOUNS:
            # "in the northern city of Mazar-e-Sharif"
            place_head = any(t.ent_type_ in PLACE_LABELS for t in phrase(obj))
        if not place_head or (_event_name(ent) and word != "at"):
            continue  # "take part in the Great Ireland Run": an event ("at the Games" is where)
        if (word == "at" and ent is not None and ent.label_ == "GPE" and len(ent) == 1
                and obj.left_edge == obj):
            continue  # "joined on stage at Berlin": the city's festival, not the city
        # The place itself, without what follows it ("on the southern edge of the city").
        trailing = {
            t.i
            for c in obj.children
            if c.dep_ in ("prep", "acl", "relcl") and c.i > obj.i and c.lower_ != "of"
            and c != within
            for t in c.subtree
        }
        kept = [prep, *phrase(obj, frozenset(trailing))]
        answer = _span(kept)
        if (
            answer is None
            or len(answer) < len(kept)
            or not (venue or any(t.ent_type_ in PLACE_LABELS for t in answer))
        ):
            continue
        following = answer.doc[answer.end] if answer.end < len(answer.doc) else None
        if following is not None and following.is_title and following.pos_ in ("ADP", "DET"):
            continue  # "at the View" of "the View From Great Edinburgh Cross Country"
        question = _ask(clause, [Piece("Where")], {t.i for t in prep.subtree},
                        simple_past=_one_past_event(clause))
        key = entity_key(ent) if ent is not None else None
        yield Draft("where", answer, "PLACE", question, answer_key=key)


def _infinitive_complements(verb: Token) -> list[Token]:
    """'continues to live', 'plans to open': the infinitive the verb governs, whose own
    subject is the clause's."""
    return [x for x in verb.children
            if x.dep_ == "xcomp" and x.i > verb.i and x.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]


def _event_name(ent: Span | None) -> bool:
    return ent is not None and ent[-1].lower_ in EVENT_LAST_WORDS


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
    # "its first weekend", "its 15th week": counted from a start the question does not give;
    # "one evening", "one day": any evening.
    return any(t.like_num and not ORDINAL.fullmatch(t.lower_) and t.lower_ != "one"
               for t in ent)


#: A decade: "1960s", "mid-2000s", "late-1990s", "’60s" is too vague to learn.
DECADE = re.compile(r"(?:(?:early|mid|late)-)?\d{3}0s")
#: An ordinal in digits or words, as in "the 17th century", "the nineteenth century".
ORDINAL = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|twenty-first)"
)


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


BUILDERS = (
    _who_subject,
    _who_object,
    _who_prep_object,
    _who_is,
    _who_agent,
    _how_many,
    _how_many_of,
    _how_many_one_of,
    _how_many_times,
    _how_many_with,
    _how_many_home_to,
    _how_much,
    _where,
    _when,
)
#: Of a verb of saying itself only the speaker is asked ("When did X say?" asks nothing).
SPEECH_BUILDERS = (_who_subject, _who_quoted, _when_said)


# --- pronouns, attribution, checks ----------------------------------------------------


def _speaker_text(clause: Clause, ctx: ParagraphContext) -> tuple[str | None, str | None]:
    """(speaker as written in the question, its entity key); raises when it is a pronoun."""
    speaker = clause.speaker
    if speaker is None:
        return None, None
    if speaker.tag_ in ("PRP", "PRP$"):
        labels = PERSONAL_PRONOUNS.get(speaker.lower_)
        found = ctx.resolve(speaker.i, labels) if labels else None
        if found is None:
            raise Unaskable("speaker is an unresolved pronoun")
        return found.text, found.key
    ent = entity_of(speaker)
    named = next((c for c in speaker.children if c.dep_ == "appos" and c.i == speaker.i + 1
                  and entity_of(c) is not None and entity_of(c).root == c), None)
    if ent is None and named is not None:
        speaker, ent = named, entity_of(named)  # "Web tracking company Envisional said"
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
        span = name_span(ent)
        if speaker.i in range(span.start, span.end) or ent.root == speaker:
            text = span.text
            before = span.start - 1
            if ent.label_ in ("ORG", "NORP") and before >= 0 and span.doc[before].lower_ == "the":
                text = "the " + text  # "according to the Tories"
            return text, entity_key(ent)
    tokens = phrase(speaker)
    if any(t.tag_ in ("PRP", "PRP$") for t in tokens):
        raise Unaskable("pronoun inside the speaker")
    labels = ANAPHORIC_NOUNS.get(speaker.lower_)
    if labels is not None and speaker.tag_ == "NN" and tokens[0].lower_ == "the":
        # "according to the mining group": the reader needs the group's name ("UK Coal").
        found = ctx.resolve(speaker.i, labels)
        if found is None:
            raise Unaskable(f"'the {speaker.lower_}' as the speaker names nobody")
        return found.text, found.key
    span = _span(tokens)
    if span is None:
        raise Unaskable("no speaker text")
    text = span.text
    first = span[0]
    if first.tag_ not in ("NNP", "NNPS") and not first.ent_type_:
        text = text[:1].lower() + text[1:]
    if first.lower_ == "another":
        text = "an" + text[len("another") :] if text.lower().startswith("another") else text
    return text, None


def _ambiguous_plural(token: Token) -> bool:
    """'their' after a plural noun in the same sentence may mean either; do not guess."""
    return any(t.tag_ in ("NNS", "NNPS") and not t.ent_type_ for t in token.sent if t.i < token.i)


def _object_carried_over(token: Token) -> str | None:
    """'Miller knocked the ball out of Newton's hands, and Jackson recovered it': the "it"
    that is the object of a verb conjoined to one whose object is "the" and a singular
    thing is that thing ("Who recovered the ball ...?"). Only words before the noun go
    with it ("the ball", not "the ball out of Newton's hands")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if first is None or first.tag_ != "NN" or first.ent_type_:
        return None
    words = [t for t in first.subtree if t.i <= first.i]
    if (words[0].lower_ != "the" or first.i - words[0].i > 2
            or any(t.tag_ in ("PRP$", "POS") or t.ent_type_ for t in words)):
        return None
    return " ".join(t.text for t in words)


#: Reflexive pronouns: English binds each to the subject of its own clause.
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def _bound_to_its_subject(token: Token) -> bool:
    """'Kony Ealy tipped the pass to himself': the reflexive is its clause's subject, a name
    written before it that can be one (a person for "himself"), which the question keeps or
    asks for ("Who tipped a Manning pass to himself?")."""
    subject = _subject_before(token)
    if subject is None:
        return False
    labels = ({"PERSON"} if token.lower_ in ("himself", "herself")
              else {"PERSON", "ORG", "NORP", "GPE"})
    return subject.ent_type_ in labels  # not "the race would be between himself"


def _subject_before(token: Token) -> Token | None:
    """The subject of the clause a pronoun stands in, when written before it: what English
    binds a reflexive or a "their" to."""
    verb = _governing_verb(token)
    subject = own_subject(verb) if verb is not None else None
    return subject if subject is not None and subject.i < token.i else None


def _bound_to_the_plural_subject(token: Token) -> bool:
    """'About 12% of the workers in Kano lost their jobs': a "their" whose clause's subject
    holds every plural noun before it is the subject's, as English binds it; the question
    keeps it where the article has it."""
    subject = _subject_before(token)
    if subject is None or subject.tag_ in ("PRP", "WP", "WDT"):
        return False
    inside = {t.i for t in subject.subtree}
    plurals = [t for t in token.sent if t.i < token.i and t.tag_ in ("NNS", "NNPS")]
    return bool(plurals) and all(t.i in inside for t in plurals)


def _plural_subject_before(token: Token) -> Token | None:
    """The subject nearest before a "they": a plural noun phrase there is what a reader takes
    it for ("The Broncos defeated the Pittsburgh Steelers ... They then beat ..."), as is a
    singular noun for a body of people ("the government")."""
    doc = token.doc
    for t in reversed(doc[: token.i]):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ in ("PRP", "WP", "WDT", "EX"):
            continue
        plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children) or (
            t.tag_ == "NNP" and t.lower_.endswith("s")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children))
        # "the government of the Duke of Newcastle decided ... They chose": the body itself
        collective = t.tag_ == "NN" and t.lower_ in COLLECTIVE_SUBJECTS
        return t if plural or collective else None
    return None


def _bound_to_the_only_person(token: Token, subject_key: str | None,
                              labels: frozenset[str] = frozenset({"PERSON"})) -> bool:
    """"Carroll has stepped up his form", "Armstrong said he expected ...": the paragraph
    names several people, but this sentence names one, its clause's subject, before the
    pronoun (or one organisation or place, for "its": "Airbus is keeping its options open",
    "Leeds first built its ring road in 1970"); English
    binds "he", "his" or "its" to that subject, and a question keeps the pronoun as the
    article does ("Who has stepped up his form ...?"). A possessive meant for
    someone named sentences earlier ("listen to his sermons") reads as the subject's, so the
    answer stays right even then."""
    pronouns = ("he", "she", "his", "her") if "PERSON" in labels else ("its",)
    if subject_key is None or token.lower_ not in pronouns:
        return False
    if labels == PLACE_LABELS:
        # "Leeds ... its": any firm or place named between the subject and "its" could be
        # what it means; one in a phrase before the subject ("Following guidelines set in
        # the National Cycling strategy, Newcastle first developed its ...") is not.
        subjects = [ent.start for ent in token.sent.ents if ent.label_ in PLACE_LABELS
                    and ent.end <= token.i and entity_key(ent) == subject_key]
        first = min(subjects, default=token.sent.start)
        people = [ent for ent in token.sent.ents
                  if ent.label_ in PLACE_LABELS | {"ORG"} and first <= ent.start
                  and ent.end <= token.i]
    else:
        people = [ent for ent in token.sent.ents if ent.label_ in labels]
        # Only the people from the subject to the pronoun count: "Due to its location
        # between Krakow and Vilnius, Warsaw became the capital when Sigismund III moved his
        # court from Krakow" binds "his" to Sigismund whoever else the sentence names (the
        # model calls both cities people); a name after the pronoun is not what it points to.
        # Never "its": in "Goldman Sachs valued its Deluxe unit" the unit is Rank's, named
        # before; firms act for one another where people's "his" is their own.
        subjects = [ent.start for ent in people
                    if ent.end <= token.i and entity_key(ent) == subject_key]
        if subjects and "PERSON" in labels:
            people = [ent for ent in people if max(subjects) <= ent.start < token.i]
    return (any(ent.end <= token.i for ent in people)
            and all(entity_key(ent) == subject_key for ent in people))


def _object_of_the_main_subject(token: Token, ctx: ParagraphContext) -> Antecedent | None:
    """'Newton was limited by Denver's defense, which sacked him seven times': "him" in a
    clause whose own subject is no person is the one person the sentence has named, when
    that person is the sentence's subject; the paragraph may name others earlier."""
    if token.lower_ != "him" or token.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = _governing_verb(token)
    if verb is None or verb == token.sent.root:
        return None
    own = own_subject(verb)
    if own is not None and own.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        own = verb.head  # "the defense, which sacked him": the defense did
    if own is None or own.lower_ in ("he", "she") or own.tag_ in ("WP", "WDT"):
        return None  # "he told him": two men, one of them named earlier
    main = own_subject(token.sent.root)
    if main is None or main.ent_type_ != "PERSON" or main.i > token.i:
        return None
    sent = token.sent
    people = {entity_key(ent) for ent in sent.ents if ent.label_ == "PERSON" and ent.end <= token.i}
    suspects = [m for m in ctx.suspect_subjects if sent.start < m.end <= token.i]
    main_ent = entity_of(main)
    if main_ent is None or people != {entity_key(main_ent)} or any(
            m.key != entity_key(main_ent) for m in suspects):
        return None
    return ctx.fullest(entity_key(main_ent), token.i, frozenset({"PERSON"}))


def _plural_named_subject(clause: Clause) -> Token | None:
    """'The Broncos defeated the Carolina Panthers to earn their third title': a plural named
    subject (a team, a party, a people) that a "their" after it in its clause belongs to, as a
    reader takes it; the question keeps the pronoun where the article has it."""
    subject, verb = clause.subject, clause.verb
    if subject is None:
        return None
    ent = entity_of(subject)
    if ent is None or ent.label_ not in ("ORG", "NORP") or ent.root != subject:
        return None
    if not (subject.tag_ == "NNPS" or subject.lower_.endswith("s")):
        return None
    finite = clause.auxes[0] if clause.auxes else verb
    if finite.tag_ == "VBP" or finite.lower_ == "were":
        return subject  # "The Conservatives have pledged"
    if finite.tag_ == "VBD" and subject.tag_ == "NNPS":
        return subject  # "The Broncos defeated": the past tense does not agree
    return None


def _complementiser_read_as_det(token: Token) -> bool:
    """'Brownlee argues that disobedience ... can be justified': the parser made "that" the
    determiner of the claim's subject, right after the verb whose claim it opens."""
    noun = token.head
    clause = noun.head
    return (token.dep_ == "det" and token.i > 0 and noun.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ == "ccomp" and clause.head == token.nbor(-1))


def _resolve(
    draft: Draft, ctx: ParagraphContext, speaker_key: str | None, subject_key: str | None = None,
    subject_org_key: str | None = None, subject_place_key: str | None = None,
    subject_group: Token | None = None, verb: Token | None = None,
) -> list[Piece]:
    """Replace pronouns and "the city" with names, or raise Unaskable. `verb` is the clause's,
    which may hang on a noun the question names ("The university, established in 1890")."""
    pieces = draft.question.pieces
    asked = {p.token.i for p in pieces if p.token is not None}
    out: list[Piece] = []
    skip: set[int] = set()
    for index, piece in enumerate(pieces):
        token = piece.token
        if index in skip:
            continue
        if token is None or (piece.replaced and piece.text.lower() != token.lower_):
            out.append(piece)  # new words (wh-phrase, do-support, inflected verb)
            continue
        lower = token.lower_
        if lower in ("there", "here") and token.dep_ == "advmod":
            raise Unaskable(f"{lower!r} points at a place the question does not name")
        if token.tag_ in ("WP", "WDT", "WP$"):
            out.append(piece)  # a relative pronoun inside a kept restrictive clause
            continue
        if token.text == "I" and token.dep_ in _NO_PLACE_FOR_I:
            out.append(piece)  # "listed grade I": a numeral, not the pronoun
            continue
        capitalised_name = token.tag_ in ("NNP", "NNPS") and token.text.isupper()
        if token.tag_ in ("PRP", "PRP$") or (
            lower in UNRESOLVABLE_PRONOUNS and not capitalised_name  # "US firms" is no "us"
            and not _mine_the_pit(token)
        ):
            if token.tag_ not in ("PRP", "PRP$"):
                if lower == "that" and (token.dep_ == "mark" or _complementiser_read_as_det(token)):
                    out.append(piece)  # "said that ...": a conjunction, not a pointer
                    continue
                if lower in ("this", "these", "those", "that"):
                    # "this report", "those groups": the reader cannot see what is meant.
                    raise Unaskable(f"demonstrative {lower!r}")
                if lower not in ("that", "this", "these", "those", "one"):
                    raise Unaskable(f"pronoun {lower!r}")
                out.append(piece)
                continue
            if lower in REFLEXIVES and _bound_to_its_subject(token):
                out.append(piece)  # "Ealy tipped the pass to himself": Ealy
                continue
            labels = PERSONAL_PRONOUNS.get(lower)
            if lower == "its" and (
                _bound_to_the_only_person(token, subject_org_key, frozenset({"ORG"}))
                or _bound_to_the_only_person(token, subject_place_key, PLACE_LABELS)
            ):
                out.append(piece)  # "Airbus is keeping its options open": Airbus's
                continue
            if labels is None and lower == "it":
                named = _continued_subject(token, ctx)
                if named is not None and named.key != draft.answer_key:
                    out.append(Piece(named.text, token, replaced=True))
                    continue
                thing = _object_carried_over(token)
                if thing is not None:
                    out.append(Piece(thing, token, replaced=True))
                    continue
            if labels is None:
                raise Unaskable(f"pronoun {lower!r}")
            if lower == "their" and _bound_to_the_plural_subject(token):
                out.append(piece)  # "About 12% of the workers lost their jobs": theirs
                continue
            if lower in ("they", "them", "their") and _ambiguous_plural(token):
                raise Unaskable("plural pronoun with two possible antecedents")
            found = ctx.resolve(token.i, labels)
            if (found is None and lower == "their" and subject_group is not None
                    and subject_group.i < token.i):
                out.append(piece)  # "The Broncos beat Carolina to earn their third title"
                continue
            if found is None and _bound_to_the_only_person(token, subject_key):
                out.append(piece)  # "Carroll has stepped up his form": his is Carroll's
                continue
            if found is None:
                found = _object_of_the_main_subject(token, ctx)
            if found is None:
                raise Unaskable(f"unresolved pronoun {lower!r}")
            if lower in ("they", "them", "their"):
                nearest = _plural_subject_before(token)
                names = [] if nearest is None else [entity_of(t) for t in (nearest, *(
                    c for c in nearest.children if c.dep_ == "appos"))]  # "rivals, Polonia"
                if nearest is not None and found.key not in {
                        entity_key(ent) for ent in names if ent is not None}:
                    raise Unaskable(f"{lower!r} may mean {nearest.text!r}, not {found.text!r}")
            possessive = token.tag_ == "PRP$" or lower in ("his", "their")
            if possessive and found.key in (draft.answer_key, speaker_key, subject_key):
                out.append(piece)  # bound: "Who told CNN his forces ...", "..., according to X"
                continue
            if found.key == draft.answer_key:
                raise Unaskable("pronoun stands for the answer")
            text = found.text + ("'s" if possessive else "")
            if possessive and lower not in POSSESSIVE_PRONOUNS:
                raise Unaskable("ambiguous 'her'")
            out.append(Piece(text, token, replaced=True))
            continue
        labels = ANAPHORIC_NOUNS.get(lower)
        bare_definite = (
            token.tag_ == "NN"
            and out
            and out[-1].token is not None
            and out[-1].token.lower_ == "the"
            and out[-1].token.head == token
            # "The university, established in 1890": the participle is the clause asked
            and all(c.dep_ == "det" or c.i not in asked or c == verb for c in token.children)
        )
        if labels and bare_definite:
            found = ctx.resolve(token.i, labels, _ANAPHOR_FITS.get(lower))
            if found is None:
                raise Unaskable(f"'the {lower}' names no single place or organisation")
            out[-1] = Piece(found.text, token, replaced=True)
            continue
        if bare_definite and token.ent_type_ == "" and not token.is_sent_start:
            named = _named_by_its_head(token, ctx)
            if named is not None:  # "the airport" after "Newcastle Airport": that airport
                out[-1] = Piece(named, token, replaced=True)
                continue
        out.append(piece)
    return out


def _continued_subject(token: Token, ctx: ParagraphContext) -> Antecedent | None:
    """'The Warsaw Stock Exchange was founded in 1817. It was re-established in 1991': "it"
    opening a sentence as its subject continues the subject of the sentence before, when
    that was a name of one thing (a reader's first choice, the centre of attention). Not
    the "it" of "it is", "it seems that", "it was decided to": that points at nothing."""
    sent = token.sent
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb != sent.root or sent.start == 0:
        return None
    if any(t.i < token.i and not (t.is_punct or t.dep_ in ("cc", "advmod") or _dating_word(t))
           for t in sent):
        return None  # "After the merger it ...": the sentence opens with something else
    if lemma_of(verb) in ("be", "seem", "appear", "take", "rain", "matter", "remain") or any(
            c.dep_ in ("ccomp", "xcomp", "csubj", "expl", "attr", "acomp") for c in verb.children):
        return None  # "It is thought that ...", "It took three years to ..."
    previous = token.doc[sent.start - 1].sent
    subject = own_subject(previous.root) if previous.root.pos_ in ("VERB", "AUX") else None
    ent = entity_of(subject) if subject is not None else None
    if ent is None or ent.label_ not in THING_LABELS or ent.root != subject:
        return None
    if subject.tag_ not in ("NNP", "NN") or any(c.dep_ == "conj" for c in subject.children):
        return None  # "The Broncos", "Airbus and Boeing": no "it"
    main_verbs = {previous.root.i} | {c.i for c in previous.root.children if c.dep_ == "conj"}
    if any(t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
           and t.head.i in main_verbs for t in previous if t.i != subject.i):
        return None  # "CBC bought Flight into Danger ... It was later spoofed": the film
    return ctx.ending_at(ent.end)


def _dating_word(token: Token) -> bool:
    """A word of a leading date ("From 2000 to 2007", "In 1991,"): it names nothing "it"
    could point at instead."""
    return token.ent_type_ in ("DATE", "TIME") or (
        token.pos_ == "ADP" and token.dep_ in ("prep", "pobj", "pcomp")
        and any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)
        and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "PUNCT")
                for t in token.subtree))


def _mine_the_pit(token: Token) -> bool:
    """'A fire at a mine in Ghana': with an article or a number, "mine" is a pit, not "my"."""
    return token.lower_ in ("mine", "mines") and token.tag_ in ("NN", "NNS") and any(
        c.dep_ in ("det", "nummod", "amod", "compound", "poss") for c in token.children)


def _named_by_its_head(token: Token, ctx: ParagraphContext) -> str | None:
    """'Newcastle Airport handles five million passengers. The airport ...': "the airport"
    is the one name before it in the paragraph whose own head noun is "Airport", written as
    English writes it: "Levi's Stadium", but "the University of Chicago" (a name opening
    with its head noun keeps its article). "The film" is no "Berlin Film Festival". None
    when no name, or several, fit."""
    word = token.text.capitalize()

    def headed_by(name: str) -> bool:
        words = _name_words(name)
        if not words:
            return False
        return words[-1] == word or (len(words) > 2 and words[:2] == [word, "of"])

    found = ctx.resolve(token.i, THING_LABELS, headed_by) or _shortest_of_its_family(
        token, ctx, headed_by)
    if found is None:
        return None
    first, _, rest = found.text.partition(" ")
    if first.lower() in ("a", "an"):  # "for a Launch Operations Center": now the one named
        return f"the {rest}"
    return f"the {found.text}" if first == word else found.text  # "the Bank of Lagos"


def _shortest_of_its_family(token: Token, ctx: ParagraphContext,
                            fits: Callable[[str], bool]) -> Antecedent | None:
    """'the University of Chicago ... the University of Chicago Press, ... The university
    is accredited by ...': names that all begin with one of them are that one's own parts,
    so "the university" is the name the others extend."""
    prior = ctx.named_before(token.i, THING_LABELS, fits)
    if not prior:
        return None
    base = min((_name_words(m.text) for m in prior), key=len)
    if not all(_name_words(m.text)[: len(base)] == base for m in prior):
        return None
    same = [m for m in prior if _name_words(m.text) == base]
    return same[-1] if len({m.key for m in same}) == 1 else None


def _name_words(name: str) -> list[str]:
    """A name's words without its article: "the University of Chicago" -> University ..."""
    return [w for w in name.split() if w.lower() not in ("the", "a", "an")]


#: What "the country" and "the city" may stand for: "Baghdad" is no country (by ISO 3166-2),
#: "Iraq" no city.
_ANAPHOR_FITS: dict[str, Callable[[str], bool]] = {
    "country": lambda name: not no_country(name),
    **{noun: lambda name: not a_country(name) for noun in ("city", "town", "village",
                                                            "capital")},
}


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


def _subject_key(clause: Clause, labels: frozenset[str] = frozenset({"PERSON"})) -> str | None:
    """'Mr Bush ... his campaign', 'Airbus is keeping its options open': a possessive bound
    to the named subject may stay."""
    subject = clause.subject
    if subject is None:
        return None
    ent = entity_of(subject)
    if ("PERSON" in labels and subject.tag_ == "NNP" and (ent is None or len(ent) == 1)
            and not any(c.dep_ == "compound" for c in subject.children)):
        # "McIlroy ... will now start his build-up", a surname the model left unlabelled or
        # called a firm: keyed as a person's surname is, so that "his" stays his (not "James
        # McIlroy's"); only a person of that surname can match the key.
        return entity_key(Span(subject.doc, subject.i, subject.i + 1, label="PERSON"))
    return entity_key(ent) if ent is not None and ent.label_ in labels else None


def _features(
    draft: Draft, prompt: str, speaker: str | None, resolved: bool, clause: Clause
) -> dict[str, float]:
    words = len(prompt.split())
    features = {
        "kind_prior": KIND_BASE[draft.kind],
        "named_answer": 1.0 if any(t.ent_type_ for t in draft.answer) else 0.0,
        "attributed": 1.0 if speaker else 0.0,
        "pronoun_resolved": 1.0 if resolved else 0.0,
        "prompt_words": float(words),
        "shared_subject": 1.0 if clause.shares_subject else 0.0,
        "quoted": 1.0 if any(t.text in ('"', "“") for t in draft.answer.sent) else 0.0,
    }
    return features


def _quality(features: dict[str, float]) -> float:
    score = features["kind_prior"]
    score += 0.15 * features["named_answer"]
    score -= 0.1 * features["pronoun_resolved"]
    score -= 0.05 * features["shared_subject"]
    score -= 0.05 * features["quoted"]
    words = features["prompt_words"]
    if words > 22:
        score -= 0.1
    elif 8 <= words <= 18:
        score += 0.1
    return round(max(0.0, min(1.0, score)), 3)


def _quoted(token: Token) -> bool:
    """Inside a quotation, counted over the paragraph (a quote may run over several
    sentences, so its sentence alone cannot tell)."""
    return token.i in inside_quotes(token.doc)


#: Words before a title that are no part of its name, capitalised only to open a sentence.
TITLE_ADJECTIVES = frozenset(
    """new former ex acting then current outgoing incoming interim deputy""".split()  # noqa: SIM905
)


def _when_of_event(clause: Clause) -> Iterator[Draft]:
    """'After the defeat of the Khwarezmian Empire in 1220, ...' -> 'When was the defeat of
    the Khwarezmian Empire?': an event the sentence dates by its noun (see `events`)."""
    for event in event_dates(clause.verb.sent, _specific_date):
        plural = event.noun.tag_ == "NNS"
        pieces = [Piece("When were" if plural else "When was"),
                  *(Piece(t.text, t) for t in event.phrase)]
        pieces[1] = Piece("the", event.phrase[0], replaced=True)
        yield Draft("when", _strip_determiner(event.date), "DATE", Question(pieces))


def _who_by_role(clause: Clause) -> Iterator[Draft]:
    """'Mr Nadeem, the spokesman for commander Atta Mohammad, said ...'
    -> 'Who is the spokesman for commander Atta Mohammad?' (the journalist's own description);
    'NFL commissioner Roger Goodell' -> 'Who is the NFL commissioner?'.
    """
    for fact in role_facts(clause.verb.sent):
        if any(t.tag_ in ("PRP", "PRP$") for t in fact.role):
            continue
        if _quoted(fact.head) or _quoted(fact.name.root):
            continue  # the speaker's words ("our chairman, Mr X"), not the article's
        pieces = [Piece(t.text, t) for t in fact.role]
        first = fact.role[0]
        if first.lower_ == "the":
            pieces[0] = Piece("the", first, replaced=True)
        elif not any(t.dep_ in ("det", "poss") and t.head.i == fact.head.i for t in fact.role):
            if first.is_sent_start and first.lower_ in TITLE_ADJECTIVES:
                pieces[0] = Piece(first.lower_, first, replaced=True)  # "New Home Secretary"
            pieces.insert(0, Piece("the"))  # "NFL commissioner" -> "the NFL commissioner"
        answer = name_span(fact.name)
        if any(t.i in range(answer.start, answer.end) for t in fact.role):
            continue  # the title is part of the name as the model read it
        verb = "Who was" if fact.past else "Who is"
        question = Question([Piece(verb), *pieces])
        yield Draft("who", answer, "PERSON", question, answer_key=entity_key(answer))


#: "left 5,000 dead": adjectives after "leave" that count people.
LEFT_STATES = frozenset({"dead", "injured", "wounded", "homeless", "missing"})


def _how_many_left(clause: Clause) -> Iterator[Draft]:
    """'the attacks, which left 5,000 dead' -> 'How many people did the attacks leave dead?'.

    The counted state ("dead") ends the question, so it must end the clause too.
    """
    verb = clause.verb
    if lemma_of(verb) != "leave" or clause.subject is None:
        return
    state = next((c for c in verb.children if c.lower_ in LEFT_STATES and c.i > verb.i), None)
    if state is None or state.dep_ not in ("oprd", "dobj", "ccomp", "acomp"):
        return
    # "left 5,000 dead" counts the state; "left 30 people dead" counts its object.
    people = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "people"), None)
    counted = people if people is not None and people.i < state.i else state
    number = next((c for c in counted.children if c.dep_ == "nummod" and c.tag_ == "CD"), None)
    if number is None or number.ent_type_ in NOT_COUNTS:
        return
    if any(c.i > state.i and c.dep_ not in ("punct", "cc", "conj") for c in verb.children):
        return  # "left 30 dead in the north": the state would not end the question
    answer = _number_span(number)
    if answer is None:
        return
    remove = {t.i for t in state.subtree} | {t.i for t in counted.subtree}
    question = _ask(clause, [Piece("How many people")], remove)
    question.pieces.append(Piece(state.lower_, state, replaced=True))
    yield Draft("how-many", answer, "NUMBER", question, counted=state.lower_)


#: What is asked of a means ("by clearing 4.89 metres in Lievin").
MEANS_BUILDERS = (_how_many, _how_many_of, _how_much, _where, _when)
#: Builders of the clause sources R2 added (relative clauses, participles), run with the rest.
CLAUSE_BUILDERS = (_how_many_left,)
#: "The library, founded in 1816, ..." is about the library: never "Which organisation was
#: founded in 1816?", only what the participle says about it.
PARTICIPLE_BUILDERS = tuple(b for b in (*BUILDERS, *CLAUSE_BUILDERS) if b is not _who_subject)


#: What films, books and events do: "Boogeyman, which cost $7m", "Arc of Justice, which
#: focuses on ...", "E3, which takes place in May". Their noun is no organisation to ask for.
THING_VERBS = frozenset(
    """cost focus feature star tell follow premiere last describe chart explore
    depict""".split()  # noqa: SIM905
)


#: ... of which these have only things for subjects, in any clause.
THING_ONLY_VERBS = frozenset({"cost", "depict", "premiere"})


def _thing_verb(verb: Token) -> bool:
    if lemma_of(verb) == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma_of(verb) in THING_VERBS


def _builders_for(clause: Clause) -> tuple:
    if clause.not_until:
        return (_when,)
    if clause.verb.dep_ == "pcomp" and clause.verb.head.lower_ == "by":
        # "ended its search by appointing Dave Collins": the how many, where and when of the
        # means are facts; "Who did UK Athletics appoint?" would lose what for.
        return MEANS_BUILDERS
    if clause.participle or clause.tense:
        # "..., recording five tackles": asked "did ... record", never "Who recording".
        return PARTICIPLE_BUILDERS
    if clause.relative and _thing_verb(clause.verb):
        return PARTICIPLE_BUILDERS  # the how much, when and where of it are still asked
    if _is_speech(clause):
        return SPEECH_BUILDERS
    return (*BUILDERS, *CLAUSE_BUILDERS)


def _first_person(sent: Span) -> set[int]:
    """Where a sentence speaks in somebody's own voice ("I", "we", "our") outside quotation
    marks: a columnist's view, or a speaker's words whose quotation opened earlier. A
    capitalised "We" inside a sentence is a title ("Are We There Yet?"), not a voice."""
    quoted = quoted_tokens(sent)
    return {
        t.i for t in sent
        if t.lower_ in FIRST_PERSON_PRONOUNS and t.tag_ in ("PRP", "PRP$") and t.text != "US"
        and t.i not in quoted and not t.ent_type_
        and not (t.i > sent.start and t.text[:1].isupper() and t.lower_ != "i")
        and not (t.lower_ == "i" and (t.dep_ in _NO_PLACE_FOR_I or _numbered_i(t)))
    }


#: Words a Roman numeral follows: "grade I", "Part I", "World War I", "Richard I".
_NUMBERED = frozenset({"grade", "class", "part", "type", "phase", "war", "division", "league",
                       "stage", "tier", "category", "volume", "chapter", "book", "act"})


def _numbered_i(token: Token) -> bool:
    """'either grade I or II listed': an "I" after a word that takes a numeral, or listed
    with "II", is the numeral, however the parser hung it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.lower_ in _NUMBERED) or any(
        t.text in ("II", "III", "IV") for t in token.doc[token.i + 1 : token.i + 3])


#: Where "I" cannot be the pronoun, which would be "me": "was listed grade I" is a numeral.
_NO_PLACE_FOR_I = frozenset({"dobj", "pobj", "compound", "nummod", "appos", "npadvmod"})


def _in_voice(clause: Clause, first_person: set[int]) -> bool:
    """The clause is the voice's own claim: anything in its sentence, except a relative or
    participle clause about a name that holds no first person itself ("the only person who
    backed my plan was Ada Obi, who has won the race six times")."""
    if not first_person or clause.speaker is not None:
        return False
    if clause.relative or clause.participle:
        return any(t.i in first_person for t in clause.verb.subtree)
    return True


def sentence_candidates(
    sent: Span, ctx: ParagraphContext, doc_id: str, sentence_index: int
) -> list[Candidate]:
    """Every question one sentence supports, each passing the hard checks."""
    end = _true_end(sent)
    text = sent.doc[sent.start : end].text.strip()
    if text.endswith("?") or len(sent) < 5:
        return []
    if not (text[0].isalnum() or text[0] in "\"“'‘"):
        return []  # "- Michael Howard: No More Mr Nasty is ...": a listing, not prose
    found: list[Candidate] = []
    seen: set[str] = set()
    work: list[tuple[Clause, tuple]] = [
        (clause, _builders_for(clause)) for clause in clauses(sent)
    ]
    if sent.root.pos_ in ("VERB", "AUX"):
        work.append((Clause(sent.root, None), (_who_by_role,)))
        work.append((Clause(sent.root, None), (_when_of_event,)))
    first_person = _first_person(sent)
    for clause, builders in work:
        if _speech_cut(clause) or _verb_cut_from_its_prefix(clause.verb):
            continue
        if _object_left_to_a_later_verb(clause.verb) or _country_of_the_place_before(clause):
            continue
        if _background_dated_from_today(clause):
            continue
        # A role stated beside a name ("X, T-Mobile's chief executive") is the article's
        # own wording even in a speaker's sentence; every other claim follows the voice.
        if builders != (_who_by_role,) and _in_voice(clause, first_person):
            continue  # "Apparently, Isinbayeva has cleared five metres ... and I would love"
        try:
            speaker, speaker_key = _speaker_text(clause, ctx)
        except Unaskable:
            continue
        for builder in builders:
            try:
                drafts = list(builder(clause))
            except Unaskable:
                continue
            for draft in drafts:
                try:
                    pieces = _without_back_pointers(clause, _closing_commas(_whole_dash_asides(
                        _resolve(draft, ctx, speaker_key, _subject_key(clause),
                                 _subject_key(clause, frozenset({"ORG"})),
                                 _subject_key(clause, PLACE_LABELS),
                                 _plural_named_subject(clause), clause.verb))))
                except Unaskable:
                    continue
                if draft.answer.end > end:
                    continue  # the answer is the next sentence's, run on into this one
                pieces = [p for p in pieces if p.token is None or p.token.i < end]
                if _misparsed(pieces, draft.answer) or _unnamed_referent(pieces):
                    continue
                if draft.kind == "how-many" and _list_gives_the_count(pieces, draft.answer):
                    continue  # "How many awards did it win for best music and best sound?"
                if draft.kind in ("who", "what-org") and not _anchored(pieces):
                    continue  # "Who set a fast early pace?": anyone, anywhere
                if draft.kind == "how-many" and not (_named(pieces) or speaker or names_a_year(
                        p.token for p in pieces if p.token is not None)):
                    continue  # "How many raids were carried out in August?": whose, where?
                if draft.kind == "when" and not (_named(pieces) or speaker):
                    continue  # "When were six raids carried out?": whose? (A where-answer
                    # names its place: "Where are beer and spirits heavily taxed?" is whole.)
                resolved = any(
                    p.replaced and p.token is not None and p.token.tag_ in ("PRP", "PRP$")
                    for p in pieces
                )
                # Asking who said it needs no "according to": the answer is the speaker.
                attribution = speaker
                if draft.answer_key is not None and draft.answer_key == speaker_key:
                    continue
                prompt = render(pieces, attribution)
                candidate = _candidate(
                    draft, prompt, text, doc_id, sentence_index, speaker, clause, resolved
                )
                if violations(candidate):
                    continue
                if candidate.prompt in seen:
                    continue
                seen.add(candidate.prompt)
                found.append(candidate)
    return found


def _true_end(sent: Span) -> int:
    """Where a sentence the model ran on into the next one really ends: "... is held in
    late May. EAT! NewcastleGateshead ..." ends at "May."; the words after it are no part
    of a question about it."""
    for token in sent[:-1]:
        following = token.nbor(1)
        if (token.text in (".", "!", "?") and token.dep_ == "punct"
                and token.head.pos_ in ("VERB", "AUX") and token.whitespace_
                and following.text[:1].isupper() and following.i < sent.end - 1):
            return token.i + 1  # not the "." of "Col. Zia Hauddin", part of the name
    return sent.end


def _background_dated_from_today(clause: Clause) -> bool:
    """'..., who controlled Mazar-e-Sharif until the Taliban captured the city three years
    ago': an event told as background, dated only from the article's day; without that date
    "Which organisation captured Mazar-e-Sharif?" reads as the article's own event."""
    return clause.verb.dep_ == "advcl" and any(deictic_time(c) for c in clause.verb.children)


def _answer_text(draft: Draft) -> str:
    """The answer as written, but "In London" or "About 280,000" opening its sentence is
    "in London" or "about 280,000" (a name keeps its capital)."""
    text = draft.answer.text
    first = draft.answer[0]
    number_word = draft.kind == "how-many" and first.pos_ != "PROPN" and not first.is_upper
    if first.is_sent_start and (draft.kind == "where" or number_word):
        return text[:1].lower() + text[1:]
    return text


def _candidate(
    draft: Draft,
    prompt: str,
    sentence: str,
    doc_id: str,
    sentence_index: int,
    speaker: str | None,
    clause: Clause,
    resolved: bool,
) -> Candidate:
    value = hedge = None
    if draft.kind == "how-many":
        value, hedge = parse_value(draft.answer.text)
    features = _features(draft, prompt, speaker, resolved, clause)
    return Candidate(
        kind=draft.kind,
        prompt=prompt,
        answer=_answer_text(draft),
        answer_type=draft.answer_type,
        doc_id=doc_id,
        sentence=sentence,
        sentence_index=sentence_index,
        speaker=speaker,
        counted=draft.counted,
        predicate=base_form(clause.verb).lower(),
        value=value,
        hedge=hedge,
        quality=_quality(features),
        features=features,
    )

"""Who and which-organisation questions: the doer, the person something was done to, the
agent of a passive, the holder of a role, and who said a quoted claim."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factquiz.generate.names import INSTITUTION_NOUNS
from factquiz.nlp.appositions import role_facts
from factquiz.nlp.clauses import QUOTES, Clause
from factquiz.nlp.context import entity_key, entity_of, name_span, unlabelled_name
from factquiz.nlp.entity_fixes import PLACE_NOUNS, SCORE, plural_name
from factquiz.nlp.facts.common import (
    BUILT_VERBS,
    EVENT_HEADS,
    FOUNDED_VERBS,
    NOT_PERSON_HEADS,
    PERSON_VERBS,
    PLACE_LABELS,
    ROLE_NOUNS,
    STATIVE_VERBS,
    THING_ONLY_VERBS,
    Draft,
    _ask,
    _coordinated,
    _quoted,
    _span,
    _strip_determiner,
)
from factquiz.nlp.facts.speech import _claim_is_whole, _is_speech
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import (
    Piece,
    Question,
    ask_agent,
    ask_subject,
    base_form,
    parenthetical,
    phrase,
)
from factquiz.nlp.vocabulary import ANAPHORIC_NOUNS, MOTION_VERBS, PEOPLE_NOUNS, SPEECH_VERBS


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
            # "Who defeated the Arizona Cardinals?": a team is asked for as people are
            return name_span(ent), "GROUP" if plural_name(ent) else "ORG"
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
    if _coordinated(subject):
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
        if child.dep_ != "dobj" or _coordinated(child) or any(
                c.dep_ == "nummod" for c in child.children):
            continue
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in child.children):
            continue  # "deliver his Budget": a name with a possessive is rarely a name
        beaten = _name_before_a_score(child)
        if beaten is not None:
            named = _named_phrase(beaten.root)
            remove = {t.i for t in beaten} | {c.i for c in child.children if c.dep_ == "det"}
        else:
            named = _named_phrase(child)
            remove = {t.i for t in child.subtree}
        if named is None or (named[1] == "GROUP" and not child.ent_type_ and beaten is None):
            continue
        answer, answer_type = named
        if _maybe_a_place(clause.verb, answer, answer_type):
            continue  # "Who did President Obasanjo visit? -> Kano": a town read as a name
        kind = "what-org" if answer_type == "ORG" else "who"
        wh = [Piece("Which organisation")] if kind == "what-org" else [Piece("Who")]
        yield Draft(
            kind, answer, answer_type, _ask(clause, wh, remove), answer_key=entity_key(answer)
        )


def _name_before_a_score(obj: Token) -> Span | None:
    """'defeated the Arizona Cardinals 49–15 in the NFC Championship Game': the parser makes
    the score the object and the team its modifier; the team is who was beaten, and the
    score stays in the question."""
    if not SCORE.match(obj.text) or obj.i == 0:
        return None
    ent = entity_of(obj.nbor(-1))
    if ent is None or ent.end != obj.i or ent.root.head != obj:
        return None
    return ent


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
        if obj is None or _coordinated(obj):
            continue
        named = _named_phrase(obj)
        if named is None or (named[1] == "GROUP" and obj.lower_ not in NAMED_GROUP_NOUNS
                             and not plural_name(named[0])):
            continue  # "by Taliban fighters": some of them; "by the rock group Coldplay" or
            # "by the Merkits": all of it
        answer, answer_type = named
        kind = "what-org" if answer_type == "ORG" else "who"
        wh = [Piece("Which organisation")] if kind == "what-org" else [Piece("Who")]
        question = ask_agent(clause, wh, child)
        yield Draft(kind, answer, answer_type, question, answer_key=entity_key(answer))


#: Words before a title that are no part of its name, capitalised only to open a sentence.
TITLE_ADJECTIVES = frozenset(
    """new former ex acting then current outgoing incoming interim deputy""".split()  # noqa: SIM905
)


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

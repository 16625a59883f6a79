"""How-many questions: a number with the noun it counts, its hedge and range, and the
verb or preposition the count hangs on."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import Clause, own_auxes, own_subject
from factquiz.nlp.context import entity_of
from factquiz.nlp.facts.common import (
    DURATION_UNITS,
    NOT_COUNTS,
    NUMBER_LABELS,
    PLACE_LABELS,
    Draft,
    _ask,
    _dangling_aside,
    _governing_verb,
    _is_time_phrase,
    _relower,
    _spaced_dash,
)
from factquiz.nlp.facts.how_much import _amount_span, _names_someone, _other_amount
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.numbers import HEDGES, parse_value
from factquiz.nlp.realise import Piece, Question, ask_subject, clause_parts, phrase
from factquiz.nlp.vocabulary import (
    ANAPHORIC_NOUNS,
    LOCATIVE_PREPOSITIONS,
    PIED_PIPED_PREPOSITIONS,
    VAGUE_COUNTED,
    VERBS_OF_PARTS,
)


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
                    child.nbor(-1).text == "," or _spaced_dash(child.nbor(-1))
                    or child.lower_ == "including"):
                # ", including best game", "– among others, ...": an aside
                in_answer.update(t.i for t in child.subtree)
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

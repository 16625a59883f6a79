"""Reading a parsed sentence as clauses: verb, subject, auxiliaries, and who claims it.

A clause is a fact a question may be asked about only when it is asserted: not negated, not
hypothetical ("would", "could"), not a condition, not under a verb of hoping or denying, and
not an unattributed quotation. Claims under verbs of saying and "according to" keep their
speaker, so a quiz never states a claim as fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from factquiz.nlp.entity_fixes import PERSON_NOUNS
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.vocabulary import (
    CONDITIONS,
    HYPOTHETICAL_MODALS,
    NON_FACTIVE_VERBS,
    PEOPLE_NOUNS,
    SPEECH_VERBS,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AUX_DEPS = frozenset({"aux", "auxpass"})
#: Conjunctions whose clause states something that happened ("after", not "if").
FACTUAL_MARKS = frozenset({"after", "before", "when", "while", "because", "as", "since", "until"})
AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "shall", "can", "to", "get"})
QUOTES = frozenset({'"', "“", "”", "``", "''"})
#: Entity labels of names (not numbers, dates or ordinals: "the first structure" is no name).
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Nouns for people, whom "who" can point at ("the fans who ...", "a spokesman who ...").
PERSON_WORDS = PERSON_NOUNS | PEOPLE_NOUNS | frozenset(
    """person man woman men women child children player players founder leader leaders
    member members official officials worker workers student students""".split()  # noqa: SIM905
)


@dataclass
class Clause:
    verb: Token
    subject: Token | None
    #: Auxiliaries in sentence order ("had", "were"); inherited by a conjoined verb.
    auxes: list[Token] = field(default_factory=list)
    #: Head token of the phrase naming who claims this clause, if anyone.
    speaker: Token | None = None
    #: The verb of saying that introduces this clause, if any.
    speech_verb: Token | None = None
    #: Subject and auxiliaries come from the first verb of "entered the city and killed 90".
    shares_subject: bool = False
    #: A non-restrictive relative clause: "Jones, who won five medals, ..." (subject: Jones).
    relative: bool = False
    #: A participle after its noun ("the library, founded in 1816"): the auxiliary is implied
    #: and the noun is the topic, so the question asks about the participle's complements.
    participle: bool = False
    #: The finite tag a participle stands for: "was named MVP, recording five tackles" is
    #: "recorded" (VBD), asked "How many tackles did he record?".
    tense: str | None = None
    #: "The law will not come into force until 2006": negated, yet it says when the act
    #: happens; only "When will the law come into force?" is asked of it.
    not_until: bool = False


def own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def own_auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in AUX_DEPS and c.i < verb.i]


def negations(verb: Token, auxes: list[Token]) -> list[Token]:
    """The "not"s and "never"s on a verb or its auxiliaries."""
    return [c for t in (verb, *auxes) for c in t.children if c.dep_ == "neg"]


def is_negated(verb: Token, auxes: list[Token]) -> bool:
    return bool(negations(verb, auxes))


def is_asserted(verb: Token, auxes: list[Token], negation_ok: bool = False) -> bool:
    """Not negated, not hypothetical, not conditional, not a question."""
    if is_negated(verb, auxes) and not negation_ok:
        return False
    if any(lemma_of(a).lower() not in AUXILIARY_LEMMAS and a.tag_ != "MD" for a in auxes):
        return False  # "helped boost" parsed as an auxiliary: inversion would be nonsense
    if any(a.lower_ in HYPOTHETICAL_MODALS for a in auxes):
        return False
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITIONS for m in child.children
        ):
            return False
        if child.dep_ == "mark" and child.lower_ in CONDITIONS:
            return False
    return True


def until_date(verb: Token, auxes: list[Token]) -> Token | None:
    """The "until" of 'did not recover until the 17th century' when it holds a date, and the
    negation is the verb's one "not" (not "never", not "no longer")."""
    found = negations(verb, auxes)
    if len(found) != 1 or found[0].lower_ not in ("not", "n't"):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("until", "till") and child.i > verb.i:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("DATE", "TIME"):
                return child
    return None


def according_to(sent: Span) -> Token | None:
    """The object of "according to X" anywhere in the sentence."""
    for token in sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


_QUOTED = "factquiz_quoted"


def _opens(token: Token) -> bool | None:
    """True for a quotation mark that opens, False for one that closes, None when its shape
    does not tell: a straight quote glued to the word after it and not to the one before
    opens ("He said: "This ..."), one glued to the word before closes."""
    if token.text == "“":
        return True
    if token.text == "”":
        return False
    doc = token.doc
    glued_after = bool(token.i + 1 < len(doc) and not token.whitespace_
                       and not doc[token.i + 1].is_punct)
    glued_before = token.i > 0 and not doc[token.i - 1].whitespace_
    if glued_after and not glued_before:
        return True
    if glued_before and not glued_after:
        return False
    return None


def inside_quotes(doc: Doc) -> frozenset[int]:
    """Indices of a paragraph's tokens inside quotation marks, computed once per Doc. A quote
    running over several paragraphs-worth of sentences reopens without closing ('...
    Democrats. "In southern seats ...'), so a mark's shape says whether it opens or closes;
    only a mark whose shape does not tell toggles."""
    cached = doc.user_data.get(_QUOTED)
    if cached is not None:
        return cached
    inside = False
    found: set[int] = set()
    for token in doc:
        if token.text in QUOTES:
            opens = _opens(token)
            inside = (not inside) if opens is None else opens
        elif inside:
            found.add(token.i)
    result = frozenset(found)
    doc.user_data[_QUOTED] = result
    return result


def quoted_tokens(sent: Span) -> set[int]:
    """Indices of a sentence's tokens inside quotation marks (a quote may open in an earlier
    sentence)."""
    return {i for i in inside_quotes(sent.doc) if sent.start <= i < sent.end}


def clauses(sent: Span) -> list[Clause]:
    """Every asserted clause of a sentence with its subject, auxiliaries and speaker."""
    found: list[Clause] = []
    quoted = quoted_tokens(sent)
    attribution = according_to(sent)

    def visit(
        verb: Token,
        speaker: Token | None,
        speech_verb: Token | None,
        inherited: Clause | None,
        tense: str | None = None,
    ) -> None:
        subject = own_subject(verb) or _existential_there(verb)
        auxes = own_auxes(verb)
        shares = False
        if (subject is None and inherited is not None and inherited.subject is not None
                and not _subject_read_as_object(auxes)):
            subject, shares = inherited.subject, True
            # "had entered ... and killed": the auxiliary carries over only to the same form
            # ("is taking ... but contacted" does not make "is contacted").
            forms = {verb.tag_, inherited.verb.tag_}
            same_form = len(forms) == 1 or forms == {"VBN", "VBD"}
            # "was diagnosed ... and died": the tagger read a simple past after a passive, and
            # "was died" is no English; "had entered ... and killed" shares its "had".
            passive_then_past = verb.tag_ == "VBD" and any(
                a.dep_ == "auxpass" for a in inherited.auxes)
            if passive_then_past and tense is None:
                tense = "VBD"
            elif not auxes and same_form:
                auxes = list(inherited.auxes)
            if tense is None and verb.tag_ == inherited.verb.tag_:
                tense = inherited.tense  # "throwing for 3,837 yards and rushing for 636"
            elif _past_read_as_participle(verb, inherited, auxes):
                tense = "VBD"  # "sacked Caffa and overwintered near the Black Sea"
        asserted = is_asserted(verb, auxes)
        # A quotation is a claim only with its speaker named in the same sentence.
        unattributed_quote = verb.i in quoted and speaker is None
        clause = Clause(verb, subject, auxes, speaker, speech_verb, shares, tense=tense)
        # A bare base form with a subject and no auxiliary ("Groups including Stop Stansted
        # Expansion oppose ...", parsed with "Stop" as the verb) is a misparse.
        bare_base = verb.tag_ == "VB" and (not auxes or all(a.tag_ == "TO" for a in auxes))
        # ... and so is a subject with only "to" ("Robert Seamans to reorganize the Office",
        # a sentence the splitter cut after "Dr."): an infinitive asserts nothing.
        untensed = verb.tag_ == "VBG" and not auxes and tense is None
        askable = (
            not unattributed_quote and subject is not None and not bare_base and not untensed
        )
        if askable and asserted:
            found.append(clause)
        elif (askable and until_date(verb, auxes) is not None
              and is_asserted(verb, auxes, negation_ok=True)):
            clause.not_until = True  # "did not speak until Monday": asked only when
            found.append(clause)
        if not asserted:
            return
        for child in verb.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                if _continues_a_claim(verb, child):
                    continue
                visit(child, speaker, speech_verb, clause)
            elif child.dep_ == "ccomp" and lemma_of(verb) in SPEECH_VERBS and subject is not None:
                # "X said (that) Y": Y is X's claim.
                visit(child, subject, verb, None)
            elif child.dep_ in ("ccomp", "xcomp") and lemma_of(verb) in NON_FACTIVE_VERBS:
                continue
            elif child.dep_ == "advcl" and _subordinate_fact(child, verb):
                # "after the Taliban refused to surrender him": a fact of its own.
                visit(child, speaker, speech_verb, None)
            elif _participle_of(child, verb) and subject is not None and not _only(subject):
                # "Miller was named MVP, recording five tackles": Miller recorded them.
                finite = _finite_tense(verb, auxes)
                if finite is not None:
                    visit(child, speaker, speech_verb, clause, finite)
            elif (means := _means_of(child, verb)) is not None and subject is not None:
                # "defeated the Steelers by scoring 11 points": the Broncos scored them.
                finite = _finite_tense(verb, auxes)
                if finite is not None and not _only(subject):
                    visit(means, speaker, speech_verb, clause, finite)

    root = sent.root
    if root.pos_ in ("VERB", "AUX"):
        visit(root, attribution, None, None)
    found.extend(_relative_clauses(sent, quoted, attribution))
    found.extend(_subordinate_facts(sent, quoted, attribution, {c.verb.i for c in found}))
    found.extend(_participle_clauses(sent, quoted, attribution))
    return found


#: Participles that describe a thing rather than tell what the subject did: "the film,
#: starring X", "exports, representing 45% of output"; "being" asks nothing.
DESCRIBING_PARTICIPLES = frozenset(
    """be star feature include represent comprise involve contain mean affect cost make
    show""".split()  # noqa: SIM905
)


#: Conjunctions that open a leading clause stating a fact: "After Mr Eze was elected in
#: 1999, ...", "Although three pads were planned, ..." ("since" and "as" also give reasons
#: and are read only after the verb, where the parse is surer).
LEADING_MARKS = frozenset({"after", "before", "when", "while", "although", "though", "once"})


def _subject_read_as_object(auxes: list[Token]) -> bool:
    """'Leigh was presented with it by Timothy Spall and Staunton's award was announced by
    Patrick Stewart': a conjoined verb with its own auxiliary right after a noun has that
    noun for its subject, whatever the parser hung it on; the first verb's subject is not
    its own ("was born in Y and was educated in Z" has "and" before its auxiliary)."""
    if not auxes:
        return False
    first = min(auxes, key=lambda a: a.i)
    return first.i > 0 and first.nbor(-1).pos_ in ("NOUN", "PROPN")


def _past_read_as_participle(verb: Token, inherited: Clause, auxes: list[Token]) -> bool:
    """'The Mongols sacked Caffa and overwintered near the Black Sea': a verb conjoined to a
    plain past, without an auxiliary of either, tagged as a participle is a past too."""
    return (
        verb.tag_ == "VBN"
        and inherited.verb.tag_ == "VBD"
        and not auxes
        and not inherited.auxes
        and inherited.tense is None
    )


def _continues_a_claim(verb: Token, conj: Token) -> bool:
    """'The book claims Jesus was not crucified, but married Mary Magdalene': after a claim,
    a conjoined verb with no subject of its own most likely continues the claim (the parser
    hangs it on "claims"); a second verb of saying ("said ... and added") is its own fact."""
    if lemma_of(verb) not in SPEECH_VERBS or lemma_of(conj) in SPEECH_VERBS:
        return False
    if own_subject(conj) is not None:
        return False
    return any(c.dep_ == "ccomp" and c.i < conj.i for c in verb.children)


def _subordinate_fact(child: Token, verb: Token) -> bool:
    """An adverbial clause with its own subject under a factual conjunction: after the verb
    ("..., after the Taliban refused to ..."), or before the main clause's subject ("After
    Mr Eze was elected in 1999, ..."); "when" may be parsed as an adverb."""
    if own_subject(child) is None:
        return False
    marks = {
        c.lower_
        for c in child.children
        if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when" and c.i < child.i)
    }
    if child.i > verb.i:
        return bool(marks & FACTUAL_MARKS)
    subject = own_subject(verb)
    leading = subject is not None and child.right_edge.i < subject.left_edge.i
    # It must open the sentence ("But after ..."): in "In 1999, when BMW still owned Rover,"
    # the clause leans on the date before it.
    before = child.doc[child.sent.start : child.left_edge.i]
    opening = all(t.dep_ in ("cc", "advmod", "punct") for t in before)
    return leading and opening and bool(marks) and marks <= LEADING_MARKS


def _means_of(child: Token, verb: Token) -> Token | None:
    """'..., by scoring 11 points in the final three minutes': the gerund after "by" that
    says how the clause's subject did it, done by that subject; None for anything else."""
    if child.dep_ != "prep" or child.lower_ != "by" or child.i < verb.i:
        return None
    if sum(1 for c in verb.children if c.dep_ in SUBJECT_DEPS) != 1:
        return None  # "Outraged, Genghis Khan planned ...": two subjects, a misparse
    gerund = next((c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if (gerund is None or own_subject(gerund) is not None or own_auxes(gerund)
            or lemma_of(gerund) in DESCRIBING_PARTICIPLES):
        return None
    return gerund


def _participle_of(child: Token, verb: Token) -> bool:
    """'..., recording five solo tackles' after a clause: the clause's subject did it too.

    Only after the verb ("Recording five tackles, ..." misparses often), without a subject
    of its own, and not "being" (nothing to ask of it).
    """
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.i > verb.i
        and lemma_of(child) not in DESCRIBING_PARTICIPLES
        and own_subject(child) is None
        and not own_auxes(child)
        and all(m.lower_ in FACTUAL_MARKS for m in child.children if m.dep_ == "mark")
    )


def _only(subject: Token) -> bool:
    """'Only Johnson has gone quicker, setting ...': the subject is a contrast, not a doer."""
    first = subject.left_edge
    before = subject.doc[first.i - 1] if first.i > 0 else None
    return first.lower_ in ("only", "even") or (
        before is not None and before.lower_ in ("only", "even")
    )


def _finite_tense(verb: Token, auxes: list[Token]) -> str | None:
    """The finite tag of a clause: past, or present singular or plural; None after a modal."""
    if auxes:
        first = auxes[0]
        if first.tag_ == "MD":
            return None
        if first.lower_ in ("was", "were", "did", "had", "has", "have", "'s", "'ve"):
            return "VBD"  # "has won the title, beating X": asked "did ... beat"
        return {"is": "VBZ", "does": "VBZ", "are": "VBP", "do": "VBP"}.get(first.lower_)
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return verb.tag_
    return "VBD" if verb.tag_ == "VBN" and verb.dep_ == "ROOT" else None


def _existential_there(verb: Token) -> Token | None:
    """'There are two bus stations in the city': "there" stands in the subject's place."""
    if lemma_of(verb) != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"), None)


def _relative_clauses(sent: Span, quoted: set[int], attribution: Token | None) -> list[Clause]:
    """'Jones, who won five medals, ...' is the fact 'Jones won five medals'; so is 'the
    Sept. 11 attacks that killed 4,500 people' the fact 'the attacks killed 4,500 people'.

    Only subject relatives ("who won", not "whom he met"), on a noun that names something,
    and only when the clause surely belongs to that noun: the pronoun must suit it ("which"
    is never a person) and no other noun it hangs on could take the clause instead.
    """
    found = []
    for verb in sent:
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
            continue
        head = verb.head
        left = verb.left_edge
        pronoun = own_subject(verb)
        if pronoun is None or pronoun.tag_ not in ("WP", "WDT") or pronoun.i != left.i:
            continue
        aside = left.i > 0 and left.nbor(-1).text == ","
        described = None if aside else _described_subject(head, left)
        if described is not None:
            # "Findlay is a Londoner who has chosen to run for Trinidad": Findlay has.
            if not (_suits_pronoun(described, pronoun) and _suits_pronoun(head, pronoun)):
                continue
            head = described
        elif aside:
            if not _names_something(head) or _ambiguous_antecedent(head, pronoun):
                continue
        elif not _restrictive_on_named(head, left):
            continue
        if not _suits_pronoun(head, pronoun):
            continue  # "the novel ... by S Hussain Zaidi, which looks at": not Zaidi
        # A clause inside somebody's claim belongs to the claim; leave it to them.
        if any(a.dep_ == "ccomp" and lemma_of(a.head) in SPEECH_VERBS for a in verb.ancestors):
            continue
        if _misparsed_clause(verb):
            continue
        auxes = own_auxes(verb)
        if is_asserted(verb, auxes):
            found.append(Clause(verb, head, auxes, attribution, None, relative=True))
    return found


#: Conjunctions after which a clause states a fact wherever it hangs ("as" also compares).
STRANDED_MARKS = FACTUAL_MARKS - {"as"}


def _opened_by_when(verb: Token) -> bool:
    """'... in the third quarter when Newton completed a pass': a "when" clause the parser
    hung on a noun as a relative clause."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "when" and c.i == verb.left_edge.i
        for c in verb.children)


def _stranded_subordinate(verb: Token) -> bool:
    """'..., and the first in California since Super Bowl XXXVII took place in San Diego in
    2003', 'found to have abused their offices, particularly since the Commission was
    censured in 1999': a factual adverbial clause the parser hung on a noun or an infinitive,
    where `clauses` does not walk; after what it hangs on, where the parse is surer."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i and any(
        c.dep_ == "mark" and c.lower_ in STRANDED_MARKS for c in verb.children)


def _subordinate_facts(
    sent: Span, quoted: set[int], attribution: Token | None, seen: set[int]
) -> list[Clause]:
    """'The Panthers were set to score in the third quarter when Newton completed a pass to
    Ted Ginn': a "when" clause, or a factual adverbial clause (see `_stranded_subordinate`),
    with its own subject states an event as surely as the clause it hangs on, wherever the
    parser hung it.

    Only under clauses that are themselves asserted, outside anybody's claim (a claim keeps
    its speaker, which this clause would lose) and outside quotation marks.
    """
    found = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in quoted or verb.i in seen:
            continue
        if not (_opened_by_when(verb) or _stranded_subordinate(verb)):
            continue
        subject = own_subject(verb)
        if subject is None or subject.tag_ in ("WP", "WDT", "EX"):
            continue
        if not all(_asserted_above(a) for a in verb.ancestors if a.pos_ in ("VERB", "AUX")):
            continue
        if any(a.dep_ == "ccomp" for a in verb.ancestors) or _misparsed_clause(verb):
            continue
        auxes = own_auxes(verb)
        if is_asserted(verb, auxes):
            found.append(Clause(verb, subject, auxes, attribution, None))
    return found


def _asserted_above(verb: Token) -> bool:
    """A verb a 'when' clause hangs under: asserted, and no verb of hoping or denying."""
    return is_asserted(verb, own_auxes(verb)) and lemma_of(verb) not in NON_FACTIVE_VERBS


def _misparsed_clause(verb: Token) -> bool:
    """'who stars in and co-wrote Shaun of the Dead', read with "wrote" as an adjective of
    the film: a finite verb as a modifier, or a preposition without its object."""
    if any(c.dep_ == "prep" and not any(True for _ in c.children) for c in verb.children):
        return True
    return any(
        t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("amod", "compound", "nmod")
        for t in verb.subtree
    )


def _names_something(noun: Token) -> bool:
    """A name, or a noun a name pins down: "the September 11th attacks", "Apple's shares"."""
    if noun.ent_type_ in NAME_LABELS or noun.tag_ in ("NNP", "NNPS"):
        return True
    return any(
        c.dep_ in ("compound", "nmod", "amod", "poss")
        and (c.ent_type_ in NAME_LABELS or c.tag_ == "NNP")
        for c in noun.children
    )


def _the_thing_named_before(noun: Token) -> bool:
    """'The university, established in 1890, ...': "the" and a singular common noun, which
    the question names from the paragraph ("the University of Chicago") or is not asked.
    Nothing else may follow the noun: in "the capital of Ghana, founded in 1877" the
    participle may be Ghana's."""
    return (noun.tag_ == "NN" and not noun.ent_type_
            and [c.lower_ for c in noun.children if c.i < noun.i] == ["the"]
            and all(c.is_punct or c.dep_ == "acl" for c in noun.children if c.i > noun.i))


def _restrictive_on_named(head: Token, left: Token) -> bool:
    """'the Sept. 11 terrorist attacks that killed ...': a clause right after a definite
    common noun that a name pins down. After "a" or "some" the noun is any one of many;
    after a proper name ("a deal with AOL that lets ...") the clause is usually the phrase's
    and the parser hung it on the name."""
    if left.i != head.i + 1 or head.tag_ not in ("NN", "NNS") or head.ent_type_:
        return False
    if not _names_something(head):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in head.children
    )


def _is_person(noun: Token) -> bool:
    if noun.ent_type_ in ("PERSON", "NORP"):
        return True
    return lemma_of(noun).lower() in PERSON_WORDS or noun.lower_ in PERSON_WORDS


def _suits_pronoun(head: Token, pronoun: Token) -> bool:
    """'who' points at people, 'which' at anything else; 'that' at either."""
    if pronoun.lower_ in ("who", "whom"):
        return _is_person(head)
    if pronoun.lower_ == "which":
        return not _is_person(head)
    return True


def _ambiguous_antecedent(head: Token, pronoun: Token) -> bool:
    """'the capital of France, which ...': the aside may belong to either noun; do not guess.

    Walks up the noun phrase the head sits in (through prepositions and participles) and
    finds another noun the pronoun would suit. Appositions and conjuncts are skipped: "Greg
    Olsen, ..., and Ted Ginn, who caught 44 passes" is about Ginn.
    """
    while head.dep_ in ("appos", "conj"):
        head = head.head
    for ancestor in head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ != "acl":
            return False
        if ancestor.pos_ in ("NOUN", "PROPN") and _suits_pronoun(ancestor, pronoun):
            return True
    return False


#: Participles of states, not events: "located in Kabul" still is, "founded in 1816" was.
STATE_PARTICIPLES = frozenset(
    """locate situate base headquarter house know call own run compose surround border
    list station lead head chair manage control""".split()  # noqa: SIM905
)


def _participle_clauses(sent: Span, quoted: set[int], attribution: Token | None) -> list[Clause]:
    """'The Oba Library, founded in 1816, ...' is the fact 'the Oba Library was founded in
    1816'; 'Mr Eze, born in Enugu, ...' is 'Mr Eze was born in Enugu'.

    A past participle after a noun is a passive clause without its auxiliary; the auxiliary
    is supplied ("was", "is", "were", "are") so every builder can ask about the clause.
    Only on a noun that names something, set off by a comma or right after a definite name,
    and never when the noun sits inside another noun's phrase the participle could describe.
    """
    found = []
    for verb in sent:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.pos_ != "VERB" or verb.i in quoted:
            continue
        head = verb.head
        if head.pos_ not in ("NOUN", "PROPN") or own_subject(verb) is not None:
            continue
        if verb.lower_ == lemma_of(verb) and not any(c.dep_ == "agent" for c in verb.children):
            continue  # "the biggest movie hit in Japan": "hit" may be a noun
        left = verb.left_edge
        # "Bertrand's postulate (proven first by Chebyshev)": a bracket sets it off as a comma does.
        aside = (left.i > 0 and left.nbor(-1).text in (",", "(")
                 and left.i - 2 <= head.right_edge.i)
        described = _described_subject(head, left)
        if described is not None:
            # "Tamara de Lempicka was a famous artist born in Warsaw": she was born there.
            if any(c.dep_ in AUX_DEPS or c.dep_ == "prt" for c in verb.children):
                continue
            form = _aux_form(verb, described, head.head)
            auxes = [_implied_auxiliary(sent.doc.vocab, form)]
            if is_asserted(verb, auxes):
                found.append(Clause(verb, described, auxes, attribution, None, participle=True))
            continue
        if aside:
            if left.i != verb.i or _inside_other_noun(head) or not (
                    _names_something(head) or _the_thing_named_before(head)):
                continue
        elif not _restrictive_on_named(head, left) or _inside_other_noun(head):
            continue
        if any(c.dep_ in AUX_DEPS or c.dep_ == "prt" for c in verb.children):
            continue  # "carried out by": the particle would stray from its verb
        if any(a.dep_ == "ccomp" and lemma_of(a.head) in SPEECH_VERBS for a in verb.ancestors):
            continue
        auxes = [_implied_auxiliary(sent.doc.vocab, _aux_form(verb, head, sent.root))]
        if is_asserted(verb, auxes):
            found.append(Clause(verb, head, auxes, attribution, None, participle=True))
    return found


def _described_subject(head: Token, left: Token) -> Token | None:
    """'X was a famous artist born in Warsaw', 'X is a Londoner who chose to ...': a clause
    right after the predicate noun of "be" tells about the named subject of "be"."""
    if head.dep_ != "attr" or lemma_of(head.head) != "be" or left.i != head.i + 1:
        return None
    copula = head.head
    subject = own_subject(copula)
    if subject is None or not _names_something(subject) or subject.tag_ in ("PRP", "WDT"):
        return None
    if not is_asserted(copula, own_auxes(copula)):
        return None
    return subject


def _inside_other_noun(noun: Token) -> bool:
    """'the capital of Ghana, founded in 1877': the capital or Ghana? Appositions are the
    same thing under two names and do not count."""
    while noun.dep_ in ("appos", "conj"):
        noun = noun.head
    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ != "acl":
            return False
        if ancestor.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _aux_form(verb: Token, head: Token, root: Token) -> str:
    """'was' for an event, 'is' for a state that still holds; plural for plural nouns."""
    plural = (
        head.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in head.children)
        or _plural_name(head)
    )
    state = lemma_of(verb).lower() in STATE_PARTICIPLES and root.tag_ != "VBD"
    if state:
        return "are" if plural else "is"
    return "were" if plural else "was"


def _plural_name(head: Token) -> bool:
    """'the Broncos', 'the Taliban'-like team names the tagger calls singular NNP."""
    if head.tag_ != "NNP" or head.ent_type_ in ("GPE", "LOC"):
        return False
    text = head.text
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return the and text.endswith("s") and not text.endswith(("ss", "us", "is"))


_IMPLIED: dict[tuple[int, str], Token] = {}


def _implied_auxiliary(vocab: Vocab, form: str) -> Token:
    """A passive auxiliary the sentence leaves out, as a token of a one-word Doc."""
    key = (id(vocab), form)
    token = _IMPLIED.get(key)
    if token is None:
        tag = "VBD" if form in ("was", "were") else ("VBZ" if form == "is" else "VBP")
        doc = Doc(
            vocab,
            words=[form],
            spaces=[True],
            tags=[tag],
            lemmas=["be"],
            deps=["auxpass"],
            heads=[0],
            pos=["AUX"],
        )
        token = doc[0]
        _IMPLIED[key] = token
    return token

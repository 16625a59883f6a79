"""Speech clauses: which verbs report a claim, which claims can be quoted whole, and which
clauses under a speech verb are cut from their speaker."""

from __future__ import annotations

from spacy.tokens import Token

from factquiz.nlp.clauses import QUOTES, Clause, is_asserted, own_auxes
from factquiz.nlp.facts.common import _is_time_phrase
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import phrase
from factquiz.nlp.vocabulary import SPEECH_VERBS


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

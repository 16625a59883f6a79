"""Verbless facts: a person and the role the article gives them.

"Mr Nadeem, a spokesman for commander Atta Mohammad, said ..." and "NFL commissioner Roger
Goodell announced ..." both state who holds a role without a verb to say so. Each becomes a
`RoleFact` (the name, the role phrase as written, and whether the role is told in the past);
`facts.who._who_by_role` asks it as "Who is the commissioner of the NFL?".

A role is asked only when it has one right answer from the article: a role with an
"of"/"for" complement, a possessive owner ("the university's fifth president") or a
named organisation or place ("the NFL commissioner"); never "Who is a player?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factquiz.nlp.entity_fixes import PERSON_NOUNS
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import phrase

#: Roles an organisation or place has one of at a time: "the NFL commissioner" is one man,
#: "the Denver linebacker" is one of many.
UNIQUE_ROLES = frozenset(
    """president chairman chairwoman chair chief commissioner director manager coach captain
    founder secretary minister governor mayor premier chancellor leader head owner editor
    ceo administrator ambassador king queen principal dean boss chairperson headteacher
    archbishop pope emir sultan emperor empress monarch bishop""".split()  # noqa: SIM905
)
#: ... of which a nation has one: "the Turkish premier" (but "the British director" is
#: one of thousands).
NATIONAL_ROLES = frozenset(
    """president premier minister secretary chancellor king queen""".split()  # noqa: SIM905
)
#: Nouns for what a person is: an apposition with a complement may ask who.
APPOSITION_ROLES = PERSON_NOUNS | UNIQUE_ROLES | frozenset(
    """person man woman employee member winner player champion author actor actress singer
    star officer executive presenter son daughter father mother wife husband brother
    sister creator inventor discoverer designer architect ideologue""".split()  # noqa: SIM905
)
#: Roles many people hold at once at one employer or team: "Paul Sheard, economist at
#: Lehman Brothers" does not make him "the economist at Lehman Brothers" (unless "chief").
SHARED_ROLES = frozenset(
    """analyst economist strategist consultant researcher expert professor lecturer trader
    lawyer official player actor actress singer star writer mp candidate midfielder striker
    defender goalkeeper winger member employee correspondent reporter""".split()  # noqa: SIM905
)
#: ... and ministries have several ministers: "Home Office minister X" is one of them; a
#: nation's minister is named by its office ("Kenyan Foreign Minister"), so only a national
#: owner makes "minister" one person.
MINISTRY_ROLES = frozenset({"minister"})
_YEAR = re.compile(r"(1[5-9]|20)\d\d")


@dataclass
class RoleFact:
    """'Roger Goodell' holds 'the NFL commissioner' (tokens of the sentence, in order)."""

    name: Span
    #: The role noun itself ("commissioner"), head of `role`.
    head: Token
    role: list[Token]
    past: bool


def role_facts(sent: Span) -> list[RoleFact]:
    """Every person-and-role pair a sentence states without a verb."""
    found = [*_appositive_roles(sent), *_title_roles(sent)]
    if found and _told_in_the_past(sent):
        for fact in found:
            fact.past = True
    return found


def _person(token: Token) -> Span | None:
    """The PERSON entity whose last word is this token."""
    if token.ent_type_ != "PERSON":
        return None
    for ent in token.sent.ents:
        if ent.label_ == "PERSON" and ent.end - 1 == token.i:
            return ent
    return None


def _told_in_the_past(sent: Span) -> bool:
    """'In 1929, the university's fifth president, ..., took office': a role held then."""
    return sent.root.tag_ == "VBD" and any(
        ent.label_ == "DATE" and _YEAR.search(ent.text) for ent in sent.ents
    )


def _specific(tokens: list[Token], role: Token) -> bool:
    """The role phrase pins one holder: a complement, a possessive owner, or a name."""
    return any(
        (t.dep_ == "prep" and t.head == role and t.lower_ in ("of", "for", "at"))
        or (t.dep_ == "poss" and t.head == role and (t.tag_ == "NNP" or t.ent_type_))
        or (t != role and (t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("ORG", "GPE", "NORP")))
        for t in tokens
    )


def _appositive_roles(sent: Span) -> list[RoleFact]:
    """'Mr X, a spokesman for Y,' and 'the Shia Hazara leader, Mr Z,' (either order)."""
    found = []
    for token in sent:
        if token.dep_ != "appos":
            continue
        name, role = token.head, token
        if not name.ent_type_ and role.ent_type_ == "PERSON":
            name, role = role, name  # "the Shia Hazara leader, Mr Haji Mohammad Muhaqiq"
        ent = _person(name)
        if ent is None or role.ent_type_:
            continue
        if role.lower_ not in APPOSITION_ROLES and lemma_of(role).lower() not in APPOSITION_ROLES:
            continue
        if role.tag_ != "NN" and not (role.tag_ == "NNP" and role.lower_ in UNIQUE_ROLES):
            continue  # "the President of the Kano Chamber of Commerce" is capitalised
        if role.lower_ in SHARED_ROLES and not (_chief(role) or _top(role)):
            continue  # "economist at Deutsche Bank": one of many ("the top official": one)
        if role.i > name.i and not any(t.is_punct for t in sent.doc[ent.end : role.left_edge.i]):
            continue  # "William the Conqueror's eldest son": an epithet, then his son
        if role.i < name.i:
            # The role comes first: its phrase is everything before the name.
            tokens = [t for t in phrase(role) if t.i < ent.start and not t.is_punct]
        else:
            tokens = phrase(role)
        if not tokens or not _specific(tokens, role):
            continue  # "a spokesman" alone could be anyone
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children):
            continue  # "a member of the commission", "a security manager at X": one of many
        if _unnamed_owner(role):
            continue  # "the party's Treasury spokesman": which party?
        if tokens[-1].i - tokens[0].i + 1 != len(tokens):
            continue  # "Darin's wife - real life Hollywood actress": two phrases
        if role.i > name.i and _cut_apposition(tokens):
            continue  # "founder of Jewish human rights group the Simon Wiesenthal Center"
        if role.dep_ == "pobj" and role.head.lower_ == "as":
            continue  # "his predecessor as Cabinet Secretary, Lord A": held it before, not now
        if any(_another_person(t, role) for t in tokens):
            continue  # "Kelli White and Olympic relay star": another person inside
        found.append(RoleFact(ent, role, tokens, False))
    return found


def _title_roles(sent: Span) -> list[RoleFact]:
    """'NFL commissioner Roger Goodell', 'Labour leader Ed Ola': a role written before the
    name, asked only when the role is one an organisation or place has one of."""
    found = []
    for ent in sent.ents:
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        role = sent.doc[ent.start - 1]
        inside = ent.start <= role.head.i < ent.end
        if not inside or role.dep_ != "compound" or role.ent_type_:
            continue
        if role.lower_ not in UNIQUE_ROLES and not _chief(role):
            continue
        tokens = sorted(role.subtree, key=lambda t: t.i)
        if tokens[-1] != role or any(_not_in_a_role(t) for t in tokens):
            continue  # "Kelli White and Olympic relay star Alvin Harrison": two people
        if _unnamed_owner(role):
            continue
        owners = {t.ent_type_ for t in tokens} & {"ORG", "GPE", "NORP"}
        if not owners or (owners == {"NORP"} and role.lower_ not in NATIONAL_ROLES):
            continue  # "President Obasanjo": of what? "British director": one of many
        if role.lower_ in MINISTRY_ROLES and not owners & {"GPE", "NORP"}:
            continue  # "Home Office minister X": the Home Office has several
        # "the then Home Secretary": a role held at the time, asked in the past.
        then = [
            t
            for t in [*tokens, *ent.root.children]
            if t.lower_ == "then" and t.dep_ == "advmod" and t.i < role.i
        ]
        tokens = [t for t in tokens if t not in then]
        found.append(RoleFact(ent, role, tokens, bool(then)))
    return found


#: Nouns that name one holder only after "chief": "chief executive", "chief economist".
CHIEF_ROLES = frozenset(
    """executive officer economist constable inspector scientist engineer""".split()  # noqa: SIM905
)


def _chief(role: Token) -> bool:
    """'chief executive', 'chief constable': one holder, though 'an executive' is many."""
    return role.lower_ in CHIEF_ROLES and any(
        c.lower_ == "chief" and c.i == role.i - 1 for c in role.children
    )


def _top(role: Token) -> bool:
    """'the top opposition official', 'the most senior analyst': a rank only one holds."""
    return any(
        c.dep_ == "amod" and (c.lower_ == "top" or c.tag_ == "JJS") for c in role.children
    ) or any(c.dep_ == "advmod" and c.lower_ == "most" for a in role.children for c in a.children)


def _cut_apposition(tokens: list[Token]) -> bool:
    """The role runs on into a phrase the parse hung elsewhere ('founder of Jewish human
    rights group the Simon Wiesenthal Center'): after the name, a role ends at a comma, a
    verb ('..., said') or the sentence's end, else it was cut mid-phrase."""
    after = tokens[-1].i + 1
    if after >= tokens[-1].sent.end:
        return False
    following = tokens[-1].doc[after]
    if following.is_punct or following.pos_ in ("VERB", "AUX"):
        return False
    # "the Uzbek warlord who controlled X until ...": the phrase left out its own clause.
    return not any(a.i in {t.i for t in tokens} for a in following.ancestors)


def _not_in_a_role(token: Token) -> bool:
    """Punctuation, numbers, lists and other people's names break a written-out title."""
    return (
        token.is_punct
        or token.tag_ in ("PRP$", "CD")
        or token.dep_ in ("cc", "conj")
        or token.ent_type_ == "PERSON"
    )


def _another_person(token: Token, role: Token) -> bool:
    """A person named inside the role other than as its owner or complement ("Darin's
    wife", "spokesman for commander Atta Mohammad" are fine)."""
    if token.ent_type_ != "PERSON":
        return False
    while token != role and token.dep_ not in ("poss", "pobj"):
        if token.head == token or token.dep_ == "conj":
            return True  # "the dean of X and Dan Gillmor": a second person listed
        token = token.head
    if token.dep_ == "pobj" and any(a.dep_ == "conj" for a in token.ancestors if a != role):
        return True
    return token == role


def _unnamed_owner(role: Token) -> bool:
    """'the party's spokesman', 'the firm's boss': an owner the question cannot name."""
    return any(
        c.dep_ == "poss" and c.tag_ in ("NN", "NNS") and not c.ent_type_ for c in role.children
    )

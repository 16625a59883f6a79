"""Pronouns and attribution: who said a claim, and what "he", "they" or "the city" stand for in
the paragraph, or Unaskable when that is not certain."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factquiz.generate.kinds import a_country, no_country
from factquiz.nlp.clauses import Clause, own_subject
from factquiz.nlp.context import (
    THING_LABELS,
    Antecedent,
    ParagraphContext,
    entity_key,
    entity_of,
    name_span,
)
from factquiz.nlp.facts.common import PLACE_LABELS, Draft, _governing_verb, _span
from factquiz.nlp.facts.skips import _NO_PLACE_FOR_I
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import Piece, Unaskable, phrase
from factquiz.nlp.vocabulary import (
    ANAPHORIC_NOUNS,
    COLLECTIVE_SUBJECTS,
    MOTION_VERBS,
    PERSONAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    UNRESOLVABLE_PRONOUNS,
)


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


def _reads_as_plural(noun: Token) -> bool:
    """A plural noun, or a name a reader takes for one ("the Broncos", tagged singular)."""
    return noun.tag_ in ("NNS", "NNPS") or (
        noun.tag_ == "NNP" and noun.lower_.endswith("s")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _plural_subject_before(token: Token) -> Token | None:
    """The subject nearest before a "they": a plural noun phrase there is what a reader takes
    it for ("The Broncos defeated the Pittsburgh Steelers ... They then beat ..."), as is a
    singular noun for a body of people ("the government")."""
    doc = token.doc
    for t in reversed(doc[: token.i]):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ in ("PRP", "WP", "WDT", "EX"):
            continue
        plural = _reads_as_plural(t) or any(c.dep_ == "conj" for c in t.children)
        # "the government of the Duke of Newcastle decided ... They chose": the body itself
        collective = t.tag_ == "NN" and t.lower_ in COLLECTIVE_SUBJECTS
        return t if plural or collective else None
    return None


def _plural_name_continued(token: Token, ctx: ParagraphContext) -> Antecedent | None:
    """'The Panthers finished the season with a 15-1 record, and quarterback Cam Newton was
    named MVP. They defeated the Arizona Cardinals': a "they" opening its sentence as its
    subject continues the last plural name that was a subject (a team, a party), when no
    other plural noun stands between them for it to mean."""
    sent = token.sent
    if token.dep_ != "nsubj" or any(t.pos_ not in ("ADV", "PUNCT") for t in sent[: token.i
                                                                            - sent.start]):
        return None
    for t in reversed(token.doc[: sent.start]):
        if not _reads_as_plural(t):
            continue  # "quarterback Cam Newton was named": one person, not what "they" is
        if not t.dep_.startswith("nsubj"):
            return None  # "denied the New England Patriots a chance ... They": which?
        ent = entity_of(t)
        if ent is None or ent.label_ not in ("ORG", "NORP") or ent.root != t:
            return None  # "the players": plural, but no name to write in
        return ctx.fullest(entity_key(ent), token.i, frozenset({"ORG", "NORP"}))
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
            if (lower == "here" and draft.kind == "when" and verb is not None
                    and token.head == verb and lemma_of(verb) not in MOTION_VERBS):
                continue  # "When was Casimir Pulaski born?": true wherever "here" is
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
            if found is None and lower == "they":
                found = _plural_name_continued(token, ctx)
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
            if lower in ("team", "club", "band") and any(
                    m.key != found.key and m.text.endswith("s")
                    for m in ctx.named_before(token.i, frozenset({"NORP"}))):
                # "The Panthers defense ... led the NFL ... led the team in sacks": the
                # model calls the team a people, and the league is no team
                raise Unaskable(f"'the {lower}' may be a team the model took for a people")
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

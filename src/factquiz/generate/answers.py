"""Answers a teacher would not accept as they stand, found with the corpus's names.

Extraction reads one sentence; these rules read the article around it. An answer that is one
member of a list ("Jason Gardener, Marlon Devonish and Mark Lewis-Francis were rewarded")
leaves the others as second right answers; a bare given name ("Sandra", "Paula") names
nobody a student could know; "Fewer children in the UK" is no group of people; "Kenyan
Bernard Lagat" carries a description into the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factquiz.generate.aliases import LABEL_TYPES
from factquiz.generate.candidate import Candidate, Mention
from factquiz.generate.kinds import KindEvidence
from factquiz.generate.names import HONORIFICS, fold, person_tokens

#: Answer types that may stand in one list with each other ("Heineken and Scottish & Newcastle").
_LIST_TYPES = {"PERSON": {"PERSON"}, "ORG": {"ORG", "GROUP"}, "GROUP": {"ORG", "GROUP"},
               "PLACE": {"PLACE"}}
_AFTER_SEPARATOR = re.compile(r"^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")
_BEFORE_SEPARATOR = re.compile(r"(?:,|\s+and|\s+or|\s+&)\s+(?:the\s+)?$")
_AS_DOES = re.compile(r"\bas (?:do|does|did|will|has|have|had|is|are|was|were|can|could|"
                      r"would|should)\b")
#: Words that open a phrase about how many people, not who: "Fewer children", "Most fans".
_QUANTIFIERS = frozenset({"fewer", "more", "many", "most", "some", "several", "few", "all",
                          "other", "both", "half", "no", "any"})


@dataclass
class ArticleNames:
    """The names each article mentions, by answer type, for reading an answer in context."""

    #: (document, answer type) -> names as written.
    by_type: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: document -> person names of two or more words, as token lists (titles dropped).
    full_people: dict[str, list[list[str]]] = field(default_factory=dict)
    #: One-word nationalities and peoples ("Kenyan", "Briton").
    demonyms: frozenset[str] = frozenset()
    #: First and last words of the corpus's full person names: given names and surnames.
    given_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()

    @classmethod
    def build(cls, mentions: list[Mention]) -> ArticleNames:
        names = cls()
        demonyms = set()
        for m in mentions:
            kind = LABEL_TYPES.get(m.label)
            if kind is None or kind == "DATE":
                continue
            names.by_type.setdefault((m.doc_id, kind), set()).add(m.text)
            if kind == "PERSON" and len(person_tokens(m.text)) > 1:
                names.full_people.setdefault(m.doc_id, []).append(person_tokens(m.text))
            if m.label == "NORP" and len(m.text.split()) == 1:
                demonyms.add(fold(m.text))
        names.demonyms = frozenset(demonyms)
        full = [tokens for people in names.full_people.values() for tokens in people]
        names.given_names = frozenset(tokens[0] for tokens in full)
        names.surnames = frozenset(tokens[-1] for tokens in full)
        return names

    def _ends_with_name(self, text: str, doc_id: str, kinds: set[str]) -> bool:
        return any(text.endswith(name) for kind in kinds
                   for name in self.by_type.get((doc_id, kind), ()))

    def list_member(self, candidate: Candidate) -> bool:
        """The answer stands in a list with another name of its kind: each of them is right,
        so the question has no one answer ("team-mates Jason Gardener, Marlon Devonish and
        Mark Lewis-Francis were rewarded")."""
        kinds = _LIST_TYPES.get(candidate.answer_type)
        if kinds is None:
            return False
        sentence = " ".join(candidate.sentence.split())
        answer = " ".join(candidate.answer.split())
        at = sentence.find(answer)
        doc_id = candidate.doc_id
        # "X also competes in Edinburgh, as does Kathy Butler": a second right answer.
        for also in _AS_DOES.finditer(sentence):
            rest = sentence[also.end():also.end() + 80]
            if any(name in rest for kind in kinds for name in self.by_type.get((doc_id, kind), ())
                   if name != answer and name not in answer):
                return True
        while at >= 0:
            after = sentence[at + len(answer):]
            before = sentence[:at]
            follows = _AFTER_SEPARATOR.match(after)
            sibling_after = follows is not None and self._sibling(
                after[follows.end():], doc_id, kinds)
            if sibling_after:
                return True
            precedes = _BEFORE_SEPARATOR.search(before)
            # "Besides Dee, Davis is survived": a comma alone before the answer is a list only
            # in its middle; "and" or "or" closes one.
            if precedes and (follows is not None or precedes.group(0).strip(", ")) and (
                    self._ends_with_name(before[:precedes.start()].rstrip(), doc_id, kinds)):
                return True
            at = sentence.find(answer, at + 1)
        return False

    def _sibling(self, text: str, doc_id: str, kinds: set[str]) -> bool:
        """`text` opens with another name of the kinds, not a possessive ("Burt Reynolds,
        Davis's co-star" is one person described)."""
        for kind in kinds:
            for name in self.by_type.get((doc_id, kind), ()):
                if text.startswith(name) and not re.match(r"['’]s?\b|\s+(?:who|which)\b",
                                                          text[len(name):]):
                    return True
        return False

    def bare_given_name(self, candidate: Candidate) -> bool:
        """"Sandra", "Paula": one word, no title, the first word of full names in the corpus
        and never the last of one (so not a surname): nobody a student can name."""
        if candidate.answer_type != "PERSON":
            return False
        words = candidate.answer.split()
        if len(words) != 1 or words[0].rstrip(".").casefold() in HONORIFICS:
            return False
        name = fold(words[0])
        return name in self.given_names and name not in self.surnames

    def named_person(self, candidate: Candidate) -> bool:
        """A one-word answer that is the surname of a full name in the corpus: a person,
        however often the model labelled the bare surname an organisation ("Viotti")."""
        words = person_tokens(candidate.answer)
        return len(words) == 1 and words[0] in self.surnames

    def without_nationality(self, answer: str, kinds: KindEvidence | None = None) -> str:
        """"Kenyan Bernard Lagat", "Briton Hayley Yelling" -> the person, not the
        description."""
        words = answer.split()
        if len(words) > 2 and words[0].rstrip(".").casefold() not in HONORIFICS and (
                fold(words[0]) in self.demonyms
                or (kinds is not None and (kinds.is_description(words[0])
                                           or kinds.is_common_word(words[0])))):
            return " ".join(words[1:])  # also "Sprinter Michelle Collins"
        return answer


def names_a_crowd(answer: str) -> bool:
    """"Fewer children in the UK", "Many fans": how many people, not which ones."""
    first = answer.split()[0].casefold() if answer.split() else ""
    return first in _QUANTIFIERS


#: Last words of events ("the Electronic Entertainment Expo"): nobody who did something.
EVENT_WORDS = frozenset({"expo", "summit", "conference", "convention", "exhibition", "festival",
                         "awards", "championships", "games", "olympics", "marathon", "show",
                         "fair", "week", "tournament", "cup", "prix"})
#: Verbs of events: "Which organisation takes place in May?" asks about an event.
_EVENT_PROMPT = re.compile(
    r"\b(?:takes?|took|taking) place\b|\b(?:is|was|are|were|be) held\b"
    # "Which organisation was developed by Xerox PARC?": made things, not makers.
    r"|^(?:Who|Which organi[sz]ation) (?:is|was|are|were|has been|have been|had been) "
    r"(?:\w+ly )?"
    r"(?:developed|designed|built|made|manufactured|released|launched|invented|produced|"
    r"written|published|directed|created)\b")
_WORK_WORDS = frozenset({"comedy", "film", "movie", "drama", "thriller", "novel", "book",
                         "album", "musical", "biopic", "documentary", "sitcom"})


#: "... adopt as the mobile TV broadcasting standard?": the answer is what it is adopted as.
_AS_A_THING = re.compile(
    r"\bas (?:the|a|an|its) (?:[\w-]+ ){0,4}(?:standard|format|technology|system|platform|"
    r"product|brand|model|currency)\b")


def not_an_agent(candidate: Candidate) -> bool:
    """An event or a work asked with who or "Which organisation": "the Electronic
    Entertainment Expo takes place in May", "Comedy Meet The Fockers topped the box office",
    "Who breaks that rule in two? Spider-Man 2"."""
    words = re.sub(r"\s*\([^)]*\)?$", "", candidate.answer).split()
    if not words:
        return False
    if _AS_A_THING.search(candidate.prompt) and re.search(
            re.escape(candidate.answer) + r"(?: \([^)]*\))? as ", candidate.sentence):
        return True  # "adopted X as the mobile TV broadcasting standard": X is a standard
    if candidate.kind == "who" and len(words) > 1 and words[-1].isdigit():
        return True  # "Spider-Man 2", "Burnout 3": a sequel or a game, nobody's name
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in ("for", "of", "on")),
                None)
    if head is not None and head.casefold() in EVENT_WORDS:
        return True  # "World Summit for the Information Society": an event by its head
    return (words[-1].casefold() in EVENT_WORDS or words[0].casefold() in _WORK_WORDS
            or _EVENT_PROMPT.search(candidate.prompt) is not None)


_THE_WORD = re.compile(r"\bthe ([A-Z][a-z]+)(?=\s+[a-z]|\?|,)")


def describes_only(prompt: str, kinds: KindEvidence) -> bool:
    """"Who did the Briton hold off?": the question's subject is a description the article
    named earlier; out of its article it names nobody."""
    return any(kinds.is_description(m.group(1)) for m in _THE_WORD.finditer(prompt))

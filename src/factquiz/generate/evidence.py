"""What the whole corpus says about a name, beyond one entity label: the evidence that keeps
wrong-typed and common-noun options out of multiple choice.

The small model labels "Santa Claus" a place once and a person five times, "Budget" an
organisation where the corpus mostly writes "the budget", and cuts "the US" to "US". One
label decides nothing; counting every mention of a name, and how the articles write it,
does.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from factquiz.generate.candidate import Mention
from factquiz.generate.names import fold, name_key, strip_article

#: spaCy labels as answer types; labels outside these (PRODUCT, WORK_OF_ART, EVENT, LAW...)
#: count as evidence against every answer type.
_TYPES = {"PERSON": "PERSON", "NORP": "GROUP", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
          "ORG": "ORG"}
_IGNORED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})

_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b")
_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z]+)\b")
#: What surrounds a fragment of a longer name: "Department of <...>", "<...> Secretary".
_INSIDE_BEFORE = re.compile(r"[A-Z][\w-]* (?:of|for) (?:the )?$")
_INSIDE_AFTER = re.compile(r" [A-Z]")
_LOWER_ONLY = re.compile(r"[a-z][a-z]+")
_WITH_THE = re.compile(r"\b[Tt]he ((?:[A-Z][\w.'’-]*)(?: (?:of |and )?[A-Z][\w.'’-]*)*)")


@dataclass
class NameEvidence:
    """Label votes per name, common words, and names the articles write with "the"."""

    #: folded name (no "the") -> answer type (or "OTHER") -> mentions with that label.
    votes: dict[str, Counter[str]] = field(default_factory=dict)
    #: Words the articles write in lower case at least as often as capitalised mid-sentence.
    common_words: frozenset[str] = frozenset()
    #: Every word the articles write in lower case.
    lower_words: frozenset[str] = frozenset()
    #: The corpus text, spaces normalised; `lower_text` is the same, searched for phrases the
    #: articles write in lower case ("white paper").
    text: str = ""
    lower_text: str = ""
    #: folded name -> how often the articles write "the <name>".
    with_the: Counter[str] = field(default_factory=Counter)
    #: folded name -> how often the name occurs at all as a mention.
    mentioned: Counter[str] = field(default_factory=Counter)
    _fragments: dict[str, bool] = field(default_factory=dict, repr=False)
    _common_nouns: dict[str, bool] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, texts: list[str], mentions: list[Mention]) -> NameEvidence:
        votes: dict[str, Counter[str]] = {}
        mentioned: Counter[str] = Counter()
        for m in mentions:
            if m.label in _IGNORED:
                continue
            key = name_key(m.text)
            votes.setdefault(key, Counter())[_TYPES.get(m.label, "OTHER")] += 1
            mentioned[key] += 1
        lower: Counter[str] = Counter()
        capital: Counter[str] = Counter()
        with_the: Counter[str] = Counter()
        for text in texts:
            lower.update(_LOWER_WORD.findall(text))
            capital.update(w.casefold() for w in _CAPITALISED_INSIDE.findall(text))
            for found in _WITH_THE.findall(text):
                # "the Netherlands and Belgium" is also "the Netherlands" (but "the Sheffield
                # Hallam" is no "the Sheffield").
                with_the.update({fold(found), fold(found.split(" and ")[0])})
        common = frozenset(w for w, n in lower.items() if n >= capital.get(w, 0))
        joined = " " + " ".join(" ".join(texts).split()) + " "
        return cls(votes=votes, common_words=common, lower_words=frozenset(lower),
                   text=joined, lower_text=joined,
                   with_the=with_the, mentioned=mentioned)

    def type_share(self, names: list[str], kind: str) -> float | None:
        """The share of the names' labelled mentions that carry type `kind`; None unseen."""
        total = 0
        agree = 0
        for name in names:
            found = self.votes.get(name_key(name))
            if found:
                total += sum(found.values())
                agree += found[kind]
        return agree / total if total else None

    def is_group_word(self, word: str) -> bool:
        """"Tory", "Australian", "Lib Dem": labelled a group (NORP) more often than not."""
        found = self.votes.get(name_key(word))
        return bool(found) and found["GROUP"] * 2 > sum(found.values())

    def is_common_noun(self, name: str) -> bool:
        """"Budget", "Skills", "Groups", "White Paper": words, not names. A one-word name the
        articles write in lower case as often as capitalised mid-sentence; a longer one whose
        whole phrase the articles also write in lower case."""
        if name not in self._common_nouns:
            self._common_nouns[name] = self._is_common_noun(name)
        return self._common_nouns[name]

    def _is_common_noun(self, name: str) -> bool:
        bare = strip_article(name).strip()
        tokens = bare.split()
        if not tokens:
            return True
        if len(tokens) == 1:
            return bare.casefold() in self.common_words
        phrase = bare.casefold()
        if not (phrase.islower() and phrase.replace(" ", "").isalpha()):
            return False
        # Each word must occur in lower case somewhere before the phrase can: a set lookup
        # spares most names a scan of the whole corpus.
        words = phrase.split()
        if any(_LOWER_ONLY.fullmatch(w) and w not in self.lower_words
               and not (i == len(words) - 1 and f"{w}s" in self.lower_words)
               for i, w in enumerate(words)):
            return False
        return f" {phrase} " in self.lower_text or f" {phrase}s " in self.lower_text

    def is_fragment(self, name: str) -> bool:
        """"Trade and Industry": the articles only ever write it inside a longer name
        ("Department of Trade and Industry", "Trade and Industry Secretary"), so it is no
        name of its own."""
        bare = strip_article(name).strip()
        if len(bare.split()) < 2 or not self.text:
            return False
        if bare in self._fragments:
            return self._fragments[bare]
        total = inside = 0
        at = self.text.find(bare)
        while at >= 0:
            end = at + len(bare)
            before, after = self.text[max(0, at - 40):at], self.text[end:end + 40]
            if not (before[-1:].isalnum() or before[-1:] == "-" or after[:1].isalnum()
                    or after[:1] == "-"):
                total += 1
                if _INSIDE_BEFORE.search(before) or _INSIDE_AFTER.match(after):
                    inside += 1
            at = self.text.find(bare, at + 1)
        self._fragments[bare] = total > 0 and inside == total
        return self._fragments[bare]

    def takes_the(self, name: str) -> bool:
        """The articles write "the US", "the Netherlands": the name often follows "the" (a
        third of its mentions; names without one almost never do)."""
        key = name_key(name)
        return self.with_the[key] > 0 and self.with_the[key] * 3 >= max(1, self.mentioned[key])

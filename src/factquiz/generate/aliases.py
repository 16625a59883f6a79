"""One entity under many spellings: clustering names across documents.

"Abdul Rashid Dostam", "Mr Dostam", "Rashid Dostum" and "Dostum" are one person; "Atta Mohammad"
and "Mohammad Ashraf Nadeem" are two people who share a name. People are matched on their
surname (exactly, or by a transliteration skeleton) and then on their given names, which must
agree; a surname alone joins a person only when exactly one person in the corpus fits it.
Groups, organisations and places are matched on their folded text and close spellings.
When in doubt the names stay apart: a wrong merge would mark a student's right answer wrong
and turn a second right answer into a distractor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from factquiz.generate.evidence import NameEvidence
from factquiz.generate.kinds import KindEvidence
from factquiz.generate.names import (
    display_without_honorifics,
    fold,
    person_tokens,
    place_name,
    skeleton,
    strip_article,
    strip_possessive,
    words,
)

#: spaCy labels grouped into the answer types of `candidate.ANSWER_TYPES`.
LABEL_TYPES: dict[str, str] = {
    "PERSON": "PERSON",
    "NORP": "GROUP",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "ORG": "ORG",
    "DATE": "DATE",
    "TIME": "DATE",
}


@dataclass
class Entity:
    """A cluster of names for one real thing, with how often each name was seen."""

    type: str
    names: Counter[str] = field(default_factory=Counter)
    #: Documents the entity is mentioned in, for choosing distractors close to a question.
    documents: set[str] = field(default_factory=set)
    #: Some question has this entity as its answer: it reads as a noun phrase, not an adjective.
    used_as_answer: bool = False
    #: Cached by `distractors`: whether the name reads well as an option on its own.
    good_option: bool | None = None

    @property
    def count(self) -> int:
        return sum(self.names.values())

    #: Words that, leading a person's name, describe rather than name ("Novelist", "Kenyan").
    descriptors: frozenset[str] = frozenset()

    def _plain(self, name: str) -> str:
        """A written name minus titles, and minus a leading descriptor when two words remain."""
        bare = display_without_honorifics(strip_article(name))
        parts = bare.split()
        if self.type == "PERSON" and len(parts) > 2 and parts[0].casefold() in self.descriptors:
            return " ".join(parts[1:])
        return bare

    @property
    def canonical(self) -> str:
        """The most complete name: most tokens, then most frequent, then alphabetical."""
        return min(self.names, key=lambda n: (-len(person_tokens(self._plain(n))),
                                              -self.names[n], n))

    @property
    def display(self) -> str:
        """How a multiple-choice option shows the entity.

        People: the fullest name without titles ("Abdul Rashid Dostam"), unless only a surname
        is known, which keeps its title ("President Bush"). Others: the most frequent form.
        Kept until the names change: options ask for it thousands of times.
        """
        state = (len(self.names), self.count)
        cached = self.__dict__.get("_display")
        if cached is not None and cached[0] == state:
            return cached[1]
        value = self._display()
        self.__dict__["_display"] = (state, value)
        return value

    def _display(self) -> str:
        if self.type != "PERSON":
            return min(self.names, key=lambda n: (-self.names[n], n))
        bare = self._plain(self.canonical)
        if len(bare.split()) > 1:
            return bare
        titled = [n for n in self.names if len(n.split()) > 1]
        return min(titled, key=lambda n: (-self.names[n], n)) if titled else bare

    @property
    def is_full_name(self) -> bool:
        return any(len(person_tokens(n)) > 1 for n in self.names)

    def forms(self) -> list[str]:
        """Distinct written forms, titles dropped, each once (case-insensitively), sorted."""
        seen: dict[str, str] = {}
        for name in sorted(self.names, key=lambda n: (-self.names[n], n)):
            form = self._plain(name)
            seen.setdefault(fold(form), form)
        return sorted(seen.values())


def _surname_match(a: str, b: str, *, fuzzy: bool = True) -> bool:
    if a == b:
        return True
    if not fuzzy or min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    return skeleton(a) == skeleton(b) or (
        min(len(a), len(b)) >= 7 and fuzz.ratio(a, b) >= 88
    )


def _given_match(a: str, b: str) -> bool:
    """Given names agree: equal, an initial of the other, or the same name respelt."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    # Respellings only (Mohammad, Mohammed); a skeleton would join Michael and Michelle.
    return a[0] == b[0] and min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85


def _given_compatible(x: list[str], y: list[str]) -> bool:
    """Every given name of the shorter list appears (respelt at most) in the longer one."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return all(any(_given_match(s, t) for t in long) for s in short)


class _PersonCluster:
    def __init__(self, tokens: list[str]) -> None:
        self.surname = tokens[-1]
        self.given_lists: list[list[str]] = [tokens[:-1]] if len(tokens) > 1 else []
        self.names: Counter[str] = Counter()
        self.documents: set[str] = set()
        #: Articles that give this person's full name (for settling bare surnames there).
        self.full_documents: set[str] = set()

    def accepts(self, tokens: list[str], *, fuzzy: bool) -> bool:
        if not _surname_match(tokens[-1], self.surname, fuzzy=fuzzy):
            return False
        given = tokens[:-1]
        return all(_given_compatible(given, other) for other in self.given_lists)


def _cluster_people(counts: Counter[str], docs: dict[str, set[str]]
                    ) -> tuple[list[Entity], dict[tuple[str, str], Entity]]:
    """People clusters, plus where a bare surname means a person only in one article.

    "Ms Cooper" in the article that names "Cynthia Cooper" is Cynthia Cooper, even when the
    corpus has other Coopers elsewhere; the second value maps (name key, document) to her.
    """
    forms = sorted(counts, key=lambda n: (-len(person_tokens(n)), -counts[n], n))
    clusters: list[_PersonCluster] = []
    #: Clusters by exact surname, and by first letter for respelt surnames (speed only).
    by_surname: dict[str, list[_PersonCluster]] = {}
    by_initial: dict[str, list[_PersonCluster]] = {}
    local: dict[tuple[str, str], _PersonCluster] = {}

    def fitting(tokens: list[str], name_docs: set[str]) -> list[_PersonCluster]:
        exact = [c for c in by_surname.get(tokens[-1], []) if c.accepts(tokens, fuzzy=False)]
        if exact:
            return exact
        fuzzy = [c for c in by_initial.get(tokens[-1][0], []) if c.accepts(tokens, fuzzy=True)]
        if len(tokens) == 1:
            # A respelt bare surname only where its article gives the full name: "Briton"
            # in one story is not "Fionnualla Britton" from another.
            fuzzy = [c for c in fuzzy if c.full_documents & name_docs]
        return fuzzy

    for name in forms:
        tokens = person_tokens(name)
        if not tokens:
            continue
        surname = tokens[-1]
        name_docs = set(docs[name])
        candidates = fitting(tokens, name_docs)
        if len(tokens) == 1 and candidates:
            # A bare surname means the person its own article names in full ("Mini" in a car
            # story is not the "Mac Mini" of a computer story); settle it article by article.
            for doc_id in sorted(name_docs):
                here = [c for c in candidates if doc_id in c.full_documents]
                if len(here) == 1:
                    local[(" ".join(tokens), doc_id)] = here[0]
                    here[0].names[name] += 1
                    here[0].documents.add(doc_id)
                    name_docs.discard(doc_id)
            if not name_docs:
                continue
            candidates = []  # elsewhere it stays a name of its own
        target = candidates[0] if len(candidates) == 1 else None
        # Several people fit (two Browns): the name stays on its own, merged with nobody.
        if target is None:
            target = _PersonCluster(tokens)
            clusters.append(target)
            by_initial.setdefault(surname[0], []).append(target)
        elif len(tokens) > 1:
            target.given_lists.append(tokens[:-1])
        if len(tokens) > 1:
            target.full_documents |= name_docs
        if target not in by_surname.setdefault(surname, []):
            by_surname[surname].append(target)
        target.names[name] += max(1, counts[name] - (len(docs[name]) - len(name_docs)))
        target.documents |= name_docs
    entities = {id(c): Entity("PERSON", c.names, c.documents) for c in clusters}
    return list(entities.values()), {k: entities[id(c)] for k, c in local.items()}


#: Everyday second names of countries, which no spelling rule finds: offering "Britain" as
#: wrong when the answer is "the UK" would give a second right answer.
COUNTRY_NAMES: dict[str, str] = {
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "us": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states", "holland": "netherlands",
    # Parties by their everyday names: "Conservatives" offered against "Tories" is also right.
    "tories": "conservatives", "tory": "conservatives", "conservative party": "conservatives",
    "tory party": "conservatives", "lib dems": "liberal democrats",
    "lib dem": "liberal democrats", "labour party": "labour",
}


def _other_key(name: str) -> str:
    key = " ".join(words(strip_article(name)))
    return COUNTRY_NAMES.get(key, key)


def _cluster_others(kind: str, counts: Counter[str], docs: dict[str, set[str]]) -> list[Entity]:
    """Groups, places, organisations: same folded text, or a close respelling of a long name."""
    by_key: dict[str, Entity] = {}
    #: Keys of clusters by first letter, for finding respellings quickly.
    keys_by_initial: dict[str, list[str]] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        key = _other_key(name)
        if not key:
            continue
        entity = by_key.get(key)
        if entity is None and len(key) >= 8 and not any(ch.isdigit() for ch in key):
            similar = process.extractOne(key, keys_by_initial.get(key[0], []),
                                         scorer=fuzz.ratio, score_cutoff=90)
            if similar is not None:
                entity = by_key[similar[0]]
        if entity is None:
            entity = Entity(kind)
        if key not in by_key:
            by_key[key] = entity
            keys_by_initial.setdefault(key[0], []).append(key)
        entity.names[name] += counts[name]
        entity.documents |= docs[name]
    unique: dict[int, Entity] = {}
    for entity in by_key.values():
        unique.setdefault(id(entity), entity)
    return _merge_acronyms(list(unique.values()))


def _initials(name: str) -> str:
    """"the European Union" -> "EU"; an all-capitals word keeps all its letters
    ("US Anti-Doping Agency" -> "USADA")."""
    words_ = [w for w in strip_article(name).replace("-", " ").split()
              if w[:1].isupper() and w.casefold() not in ("of", "and", "for", "the")]
    if len(words_) < 2:
        return ""
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words_)


def _acronym(name: str) -> str:
    """"NUJ", "U.S." -> "US", "BoE" -> "BE", "S&P" -> "SP": the capitals of one short word."""
    bare = strip_article(name).replace(".", "").replace("&", "")
    if not (2 <= len(bare) <= 6 and bare.isalpha() and bare[0].isupper()):
        return ""
    capitals = "".join(ch for ch in bare if ch.isupper())
    return capitals if len(capitals) >= 2 and (bare.isupper() or len(bare) <= 4) else ""


def _merge_acronyms(entities: list[Entity]) -> list[Entity]:
    """"NUJ" joins "National Union of Journalists" when an article names both and no other long
    name in those articles has the same initials ("GM" in a car story is not "Grassroots
    Media" from a music story)."""
    by_initials: dict[str, list[Entity]] = {}
    for entity in entities:
        for initials in {_initials(n) for n in entity.names} - {""}:
            by_initials.setdefault(initials, []).append(entity)
    merged: set[int] = set()
    for entity in entities:
        acronyms = {_acronym(n) for n in entity.names} - {""}
        if len(acronyms) != 1 or any(_initials(n) for n in entity.names):
            continue
        acronym = acronyms.pop()
        targets = [t for t in by_initials.get(acronym, [])
                   if t.documents & entity.documents and t is not entity]
        if not targets:
            # "USADA" beside "Anti-Doping Agency": the long name lost its first word.
            targets = [t for initials, found in by_initials.items()
                       if len(initials) >= 3 and acronym.endswith(initials)
                       for t in found if t.documents & entity.documents and t is not entity]
        if len(targets) == 1:
            targets[0].names.update(entity.names)
            targets[0].documents |= entity.documents
            merged.add(id(entity))
    return [e for e in entities if id(e) not in merged]


class EntityIndex:
    """Every entity of the corpus, and a lookup from any written name to its entity."""

    def __init__(self, entities: list[Entity],
                 local: dict[tuple[str, str], Entity] | None = None) -> None:
        self.entities = sorted(entities, key=lambda e: (e.type, -e.count, e.canonical))
        #: (surname key, document) -> the person a bare surname means in that article.
        self._local = local or {}
        #: Verdicts on an entity as an option, whatever the question (see `distractors`):
        #: the same few hundred names are weighed for nearly every question. They rest on
        #: `evidence` and `kinds`, so setting either forgets them.
        self.option_verdicts: dict[tuple, bool | None] = {}
        self._evidence: NameEvidence | None = None
        self._kinds: KindEvidence | None = None
        self._by_name: dict[tuple[str, str], Entity] = {}
        self._by_type: dict[str, list[Entity]] = {}
        self._by_type_doc: dict[tuple[str, str], list[Entity]] = {}
        for entity in self.entities:
            self._by_type.setdefault(entity.type, []).append(entity)
            for doc_id in sorted(entity.documents):
                self._by_type_doc.setdefault((entity.type, doc_id), []).append(entity)
        # A bare surname settled per article also keeps its own entity for other articles;
        # the name lookup without a document goes to that one (the ambiguous reading).
        settled = {id(e) for e in self._local.values()}
        for entity in sorted(self.entities, key=lambda e: id(e) in settled):
            for name in entity.names:
                self._by_name.setdefault((entity.type, _lookup_key(entity.type, name)), entity)

    @property
    def evidence(self) -> NameEvidence | None:
        """Corpus-wide label votes and spellings (`evidence.NameEvidence`), set by the pipeline."""
        return self._evidence

    @evidence.setter
    def evidence(self, value: NameEvidence | None) -> None:
        self._evidence = value
        self.option_verdicts.clear()

    @property
    def kinds(self) -> KindEvidence | None:
        """How the corpus writes each name (`kinds.KindEvidence`), set by the pipeline."""
        return self._kinds

    @kinds.setter
    def kinds(self, value: KindEvidence | None) -> None:
        self._kinds = value
        self.option_verdicts.clear()

    @classmethod
    def build(cls, names: list[tuple[str, str, str]],
              descriptors: frozenset[str] = frozenset()) -> EntityIndex:
        """Cluster (text, answer type, document id) triples into entities.

        `descriptors` are lower-case words known not to be names (the corpus writes them in
        lower case, or they name a nationality); leading a person's name, they are dropped
        from what options and accepted answers show.
        """
        counts: dict[str, Counter[str]] = {}
        docs: dict[str, dict[str, set[str]]] = {}
        for text, kind, doc_id in names:
            text = strip_possessive(" ".join(text.split()).strip(" -–—,;:."))
            if kind == "PLACE":
                text = place_name(text)  # "in the southern city of Kandahar": Kandahar
            if not text or not any(ch.isalpha() for ch in text):
                continue
            counts.setdefault(kind, Counter())[text] += 1
            docs.setdefault(kind, {}).setdefault(text, set()).add(doc_id)
        entities: list[Entity] = []
        local: dict[tuple[str, str], Entity] = {}
        for kind in sorted(counts):
            if kind == "PERSON":
                people, local = _cluster_people(counts[kind], docs[kind])
                for person in people:
                    person.descriptors = descriptors
                entities.extend(people)
            else:
                entities.extend(_cluster_others(kind, counts[kind], docs[kind]))
        return cls(entities, local)

    def find(self, name: str, kind: str, doc_id: str | None = None) -> Entity | None:
        """The entity a written name belongs to (in article `doc_id`, when given)."""
        if kind == "PLACE":
            name = place_name(name)
        if kind == "PERSON" and doc_id is not None:
            entity = self._local.get((_lookup_key(kind, name), doc_id))
            if entity is not None:
                return entity
        entity = self._by_name.get((kind, _lookup_key(kind, name)))
        if entity is None and kind == "GROUP":
            entity = self._by_name.get(("ORG", _lookup_key("ORG", name)))
        return entity

    def of_type(self, kind: str) -> list[Entity]:
        """Entities of one type, most mentioned first."""
        return self._by_type.get(kind, [])

    def nearby(self, kind: str, doc_id: str, neighbours: list[str] = ()
               ) -> Iterator[tuple[int, Entity]]:
        """(tier, entity) for one type: tier 0 in document `doc_id`, 1 in its three nearest
        neighbours, 2 in further neighbours, 3 anywhere else; nearest first."""
        seen: set[int] = set()
        for rank, near in enumerate((doc_id, *neighbours)):
            tier = 0 if rank == 0 else 1 if rank <= 3 else 2
            for entity in self._by_type_doc.get((kind, near), []):
                if id(entity) not in seen:
                    seen.add(id(entity))
                    yield tier, entity
        yield from ((3, e) for e in self.of_type(kind) if id(e) not in seen)


def _lookup_key(kind: str, name: str) -> str:
    if kind == "PERSON":
        return " ".join(person_tokens(name))
    return _other_key(name)

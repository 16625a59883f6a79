"""The hard guarantees every emitted candidate meets, as one reusable check.

Plain string work (no spaCy), so benchmarks and tests can apply the same rules to any output.
"""

from __future__ import annotations

import re

from factquiz.generate.candidate import Candidate
from factquiz.generate.checks import (
    ONE_OF_MANY_PROBLEM,
    asks_for_one_of_many,
    contains_phrase,
    result_without_event,
    team_event,
    unquoted_prompt,
)
from factquiz.nlp.vocabulary import COUNT_WH_PHRASES, VERBS_OF_PARTS

MAX_WORDS = 30
WH_OPENINGS = {
    "who": ("Who ",),
    "what-org": ("Which organisation ",),
    "where": ("Where ",),
    "how-many": tuple(f"{wh} " for wh in COUNT_WH_PHRASES),
    "when": ("When ",),
}
#: Words that, as the whole answer or attribution, name nobody in particular.
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "which",
        "one",
        "someone",
    ]
)
#: Pronouns no question may contain (possessives bound to a named word are allowed).
BANNED_IN_PROMPT = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "she",
        "they",
        "them",
        "it",
        "itself",
    ]
)
_WORD = re.compile(r"[\w'’-]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


#: The one four-word question that is whole: a named person or place and what happened
#: to it ("When was Zia-ul-Haq killed?", "Where was Bolt born?").
_SHORT_PASSIVE = re.compile(r"^(?:When|Where) (?:was|were) [A-Z][\w'-]+ [a-z]+(?:ed|en|wn|rn)\?$")
#: And the doer of a deed done to a name ("Who created the Yassa?", "Which organisation
#: developed DATAPAC?"): the name makes it specific, as a common noun would not ("Who lost a
#: fumble?"), and so does a name's thing ("Who proved Bertrand's postulate?"). Never a copula
#: or "have": "Who is the Chancellor?" is a role, asked elsewhere.
_SHORT_DEED = re.compile(
    r"^(?:Who|Which organisation) (?!(?:is|was|are|were|has|had|have)\b)[a-z]+ "
    r"(?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?:'s? [a-z]+)?\?$"
)


_MINE = re.compile(r"(\S+)\s+mines?\b", re.IGNORECASE)
#: Words before "mine" that make it the noun: an article, a number, a mineral.
_BEFORE_A_PIT = frozenset(
    "a an the one two three coal gold copper tin iron salt diamond zinc uranium opencast".split()  # noqa: SIM905
)


def _mine_is_a_pit(text: str) -> bool:
    """Every "mine" in the text follows a word that makes it a noun ("a mine", "coal mine")."""
    mines = re.findall(r"\bmines?\b", text, re.IGNORECASE)
    pits = [m for m in _MINE.findall(text) if m.lower() in _BEFORE_A_PIT or m[:1].isdigit()]
    return len(pits) == len(mines)


#: "and, in Kano?": a conjunction and a comma open an aside that must be followed by more.
_OPEN_ASIDE_AT_END = re.compile(r"\b(?:and|but|or|while), [^,?]+\?$")


def violations(candidate: Candidate) -> list[str]:
    """Why this candidate must not be emitted; empty when it meets every guarantee."""
    problems = []
    prompt, answer = candidate.prompt, candidate.answer
    if not prompt.endswith("?") or prompt.count("?") != 1:
        problems.append("prompt does not end with a single '?'")
    if len(prompt.split()) > MAX_WORDS:
        problems.append(f"prompt longer than {MAX_WORDS} words")
    if len(prompt.split()) < 5 and not (_SHORT_PASSIVE.match(prompt) or _SHORT_DEED.match(prompt)):
        problems.append("prompt too short to be a real question")
    if not prompt.startswith(WH_OPENINGS.get(candidate.kind, ("\0",))):
        problems.append(f"prompt does not open with the wh-word for {candidate.kind}")
    if _two_sentences(prompt):
        problems.append("prompt runs over two sentences")
    if "  " in prompt or " ," in prompt or ",," in prompt or " ?" in prompt:
        problems.append("prompt has broken spacing or punctuation")
    if _OPEN_ASIDE_AT_END.search(prompt):
        # "Who said there had been a rise in Lagos and, in Kano?": what was said of Kano is gone
        problems.append("prompt ends inside an aside its clause lost")
    if not answer.strip() or not any(ch.isalnum() for ch in answer):
        problems.append("empty answer")
    if answer.casefold() not in candidate.sentence.casefold():
        # Case aside: "In London" opening its sentence is answered "in London".
        problems.append("answer is not verbatim in the sentence")
    if answer.lower() in PRONOUNS:
        problems.append("answer is a pronoun")
    if contains_phrase(prompt, answer):
        problems.append("answer appears in the prompt")
    answer_words = [w for w in _words(answer) if len(w) > 2 and w not in STOP_WORDS]
    # "Who wrote Ravel's Bolero?" gives away "Maurice Ravel" as surely as "Ravel" would.
    prompt_words = {re.sub(r"['’]s?$", "", w) for w in _words(prompt)} | set(_words(prompt))
    if answer_words and answer_words[-1] in prompt_words and candidate.kind != "how-many":
        problems.append("answer's head word appears in the prompt")
    if (
        candidate.kind == "how-many"
        and not any(ch.isdigit() for ch in answer)
        and candidate.value is None
    ):
        problems.append("how-many answer is not a number")
    if candidate.kind == "who" and result_without_event(prompt):
        problems.append("a result without its event ('Who came fourth in the 1500m?')")
    if candidate.kind == "who" and team_event(prompt):
        problems.append("a team's event: its other members are right too")
    if candidate.kind == "how-many" and _RATE.search(answer):
        problems.append("how-many answer is a rate ('one in 10,000'), not a count")
    if candidate.speaker is not None:
        if candidate.speaker.lower() in PRONOUNS:
            problems.append("attribution is a pronoun")
        elif not contains_phrase(prompt, f"according to {candidate.speaker}"):
            problems.append("attributed claim stated without its speaker")
    # Words inside quotation marks are the speaker's own; "we" there is not a loose pronoun.
    unquoted = unquoted_prompt(prompt)
    # "US" in capitals is the country, not the pronoun "us".
    words = _WORD.findall(unquoted)
    spoken = [w.lower() for n, w in enumerate(words) if not (w.isupper() and len(w) > 1)
              and not (w == "I" and n > 1 and _numeral_before(words[n - 1]))]
    banned = set(spoken) & BANNED_IN_PROMPT
    if "mine" in banned and _mine_is_a_pit(unquoted):
        banned.discard("mine")  # "a fire at a mine in Ghana": the pit, not "my"
    if banned:
        problems.append(f"prompt has pronoun(s) {sorted(banned)}")
    if dated(answer):
        problems.append("answer is dated from the article's day ('last year')")
    if dated(unquoted) and not REPORTED.match(prompt):
        problems.append("prompt is dated from the article's day ('last week', 'recently')")
    fragment = fragment_reason(unquoted)
    if fragment:
        problems.append(f"prompt is a fragment: {fragment}")
    if asks_for_one_of_many(prompt):
        problems.append(ONE_OF_MANY_PROBLEM)
    if candidate.kind in ("who", "what-org") and _TOGETHER.search(unquoted):
        problems.append("'together' asks for one of several ('who created X together?')")
    if _SAME.search(unquoted):
        problems.append("prompt points back into the article ('the same quarter')")
    for name, what in ((answer, "answer"), (candidate.speaker, "attribution")):
        if name and _cut_word(name, candidate.sentence):
            problems.append(f"{what} is cut from a longer word ('Tory co' of 'co-chairman')")
    return problems


#: "fewer than one in 10,000", "two in five": a share of something, which "how many" misreads.
_RATE = re.compile(r"\b(?:one|two|three|four|five|\d+) (?:in|out of) (?:every )?[\d,]+\b|"
                   r"\b(?:one|two|three|four|five|\d+) in (?:every )?(?:two|three|four|five|"
                   r"six|seven|eight|nine|ten|\d+)\b")
_TOGETHER = re.compile(r"\btogether\b(?! with\b)")
#: "during the same quarter", "at the same meeting": the same as what the article said before.
_SAME = re.compile(r"\bthe same\b(?!(?: [\w-]+){0,3} as\b)")


def _numeral_before(word: str) -> bool:
    """'Grade I', 'World War I', 'Elizabeth I', 'phase I': after a name or a word that
    numbers things, "I" is a Roman numeral, not the pronoun."""
    return word[:1].isupper() or word.lower() in _NUMBERED_WORDS


_NUMBERED_WORDS = frozenset({"grade", "class", "type", "phase", "part", "stage", "category",
                             "division", "tier", "level"})


def _cut_word(name: str, sentence: str) -> bool:
    """The name occurs in the sentence only as the start or end of a longer word."""
    found = [m.start() for m in re.finditer(re.escape(name), sentence)]
    if not found:
        return False
    def whole(start: int) -> bool:
        end = start + len(name)
        before = sentence[start - 1] if start > 0 else " "
        after = sentence[end] if end < len(sentence) else " "
        return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")
    return not any(whole(start) for start in found)


#: Times true only on the day the article ran: a question keeping one is wrong later.
_DATED = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|ago|recently|currently|nowadays"
    r"|(?:last|this|next|coming|past) (?:\w+ )?(?:day|week|weekend|month|year|season|summer"
    r"|winter|spring|autumn|night|morning|afternoon|evening|decade|century|quarter"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
    r"(?! of \d{4})"  # "the last three months of 2004" is a fixed time
    r"|in the past|in recent (?:days|weeks|months|years)|at the moment|at present|to date)\b"
)
#: "Who said the deficit last year ...": reported speech keeps the speaker's own time words.
REPORTED = re.compile(
    r"^(?:Who|Which organisation) (?:has |have |had )?(?:said|says|told|tells|added|adds|"
    r"claimed|claims|warned|warns|reported|reports|announced|announces|confirmed|stated|"
    r"insisted|revealed|argued|admitted|estimated|noted|wrote|explained|believes|believed) "
)
#: Endings no whole question has: a conjunction, an article or "of" with nothing after it.
_DANGLING_END = re.compile(
    r"(?:\b(?:and|or|but|nor|the|a|an|of|than|as|whose|its|their)|['’]s)\?$"
)
#: "How many members did the council consist of?": the verb's own "of", stranded as in speech
#: (any form of the verb: "consist", "consisted", "composed").
_PARTS_OF = re.compile(rf"\b(?:{'|'.join(sorted(VERBS_OF_PARTS))})[a-z]* of\?$")
_DOUBLED = re.compile(r"\b(the|a|an|of|in|on|at|to|by|and|for|with|from) \1\b", re.IGNORECASE)


#: "the other" standing for a noun ("... and the other from IATA"), not "the other countries".
_PRONOMINAL_OTHER = re.compile(
    r"\bthe other(?= (?:from|of|in|at|on|to|with|by|for|was|is|has|had)\b|\?|,)"
)


#: Words written with a full stop that ends no sentence ("Gen. Dostum", "Oct. 7").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen col lt sgt capt rev prof jr sr inc ltd co corp vs no jan feb mar
    apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905
)
_SENTENCE_END = re.compile(r"\b([A-Za-z0-9]*[a-z0-9])\. [A-Z][a-z]")


def _two_sentences(prompt: str) -> bool:
    """'... two throws of 13.77m. In the absence of ...': a full stop, then a new sentence."""
    return any(
        len(m.group(1)) >= 2 and m.group(1).lower() not in ABBREVIATIONS
        for m in _SENTENCE_END.finditer(prompt)
    )


def dated(text: str) -> bool:
    """Does the text keep a time word dated from the article's day? (lower case only, so
    'BBC Radio 4's Today programme' is a name)."""
    return _DATED.search(text) is not None


def fragment_reason(prompt: str) -> str | None:
    """Shapes of a question left broken by clause surgery, reliable enough to drop on."""
    if _DANGLING_END.search(prompt) and not _PARTS_OF.search(prompt):
        return "ends with a word that needs what follows it"
    doubled = _DOUBLED.search(prompt)
    if doubled:
        return f"'{doubled.group(0)}'"
    other = _PRONOMINAL_OTHER.search(prompt)
    if other and not re.search(r"\bone\b", prompt[: other.start()]):
        return "'the other' without the one before it"
    if _repeated_name(prompt):
        # "... over an injury Bruce Willis said Bruce Willis suffered": pronouns resolved
        # into one name again and again read as nonsense.
        return "a name repeated"
    if len(_SAID.findall(prompt)) >= 2:
        # "Who said the alliance had ... another official said ...": two claims run together.
        return "two claims run together"
    return None


_SAID = re.compile(r"\b(?:said|says|told|claimed)\b", re.IGNORECASE)
_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+) [A-Z][a-z]+\b")


def _repeated_name(prompt: str) -> bool:
    """A two-word name written twice after the opening word ("Mr Raskin ... Mr Raskin's")."""
    found = _NAME.findall(prompt.split(" ", 1)[1] if " " in prompt else "")
    return len(found) != len(set(found))


STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "at",
        "on",
        "to",
        "for",
        "from",
        "by",
        "with",
        "near",
        "and",
        "or",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
    ]
)

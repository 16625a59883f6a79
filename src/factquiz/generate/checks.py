"""Automatic checks every emitted question must pass; the pipeline drops what fails.

These are the mechanical parts of the teacher's rubric (GUIDE.md section 4): the answer is in
its source sentence, not in the prompt, not a pronoun; the prompt is a question of at most 30
words and never attributes a claim to a bare pronoun. `benchmarks/quality.py` reports the share
passing them, and the tests use them on generated packs.
"""

from __future__ import annotations

import re

from factquiz.generate.names import ORGANISATION_WORDS
from factquiz.model import Question

MAX_PROMPT_WORDS = 30
#: Answers a student can type: a name, a place, a date, a figure; not a clause.
MAX_ANSWER_WORDS: dict[str, int] = {"who": 6, "what-org": 6, "where": 8, "when": 6,
                                    "how-many": 6}

PRONOUNS: frozenset[str] = frozenset(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves
    this that these those who whom whose which what someone somebody anyone anybody
    everyone everybody one ones
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

_PRONOUN_ALT = "|".join(sorted(PRONOUNS - {"one", "ones", "which", "what", "who"}))
#: A claim attributed to a pronoun: "according to he", "did they say", ", she said".
_PRONOUN_ATTRIBUTION = re.compile(
    rf"\baccording to (?:{_PRONOUN_ALT})\b"
    rf"|\b(?:did|does|do|had|has|have) (?:{_PRONOUN_ALT}) (?:say|claim|tell|report|confirm)\b"
    rf"|\b(?:{_PRONOUN_ALT}) (?:said|says|claimed|told|reported|confirmed)\?",
    re.IGNORECASE,
)


#: "When did the admiral say?": a speech verb with its content cut away.
#: Lower case only: "the US Secretary of State?", "his debut Garden State?" end on names.
_UNFINISHED = re.compile(r"\b(?:say|said|saying|tell|told|add|added|state|stated)\s*\?$")


_COUNT_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                "forty|fifty|hundred|a few|several|many|a|an|\\d[\\d,.]*")
#: "eight minutes", "the past four days": how long, not when; a when-question cannot ask it.
_DURATION = re.compile(
    r"^(?:(?:about|some|nearly|almost|over|more than|less than|the past|past|the last|"
    rf"the next|for)\s+)?(?:{_COUNT_WORDS})\s+(?:seconds?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|decades?)$", re.IGNORECASE)


#: "Which organisation always has?", "Who spoke to the?": the question stops mid-clause.
#: (A final preposition is English: "Where did the convoy come from?"; lower case only, as
#: "shown from May?" ends on a month.)
_HANGING_END = re.compile(
    r"\b(?:has|is|are|was|were|will|would|can|could|does|did|should|"
    r"may|might|must|shall|the|a|an|and|or|but|than|that|"
    r"which|whose|his|her|their|its|our|my|your|very|more|most|been)\s*\?$")

#: "early 2001 and", "of the": an answer that stops (or starts) in the middle of a phrase.
_DANGLING = re.compile(r"(?:^|\s)(?:and|or|but|of|the|a|an|to|in|on|at|for|with|by|from|"
                       r"than|as)$|^(?:and|or|but|of)\s|[,;:(\[-]$|^[,;:)\]-]", re.IGNORECASE)


#: "Jesse Owens Awards - named": a name that runs on into the dash aside after it.
_INTO_AN_ASIDE = re.compile(r"\s[-–—]\s")


#: "When did part of an alliance agree?": "X, part of an alliance agreed in 2000" misread.
_BARE_PART = re.compile(
    r"^(?:When|Where|How many|How much|Who|Which organisation) (?:[a-z]+ )?"
    r"(?:did|does|do|was|were|is|are|has|have|will) part of\b")
#: "Will have now have": a source's slip the question would repeat as "have have".
_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


#: "the film", "the idea", "the 31-year-old Scot": something the article named earlier and the
#: question does not, so it cannot be answered without the article. A name right after
#: ("the film Alexander", "the deal with Peugeot", "the law firm Tods Murray"; not a place:
#: "released the film in the US" names no film), a possessive
#: ("the firm's software") or an attribution ("according to the report") makes it fine, and
#: so does a longer word ("the star-struck crowds").
_UNNAMED = re.compile(
    r"(?<!according to )\bthe (?:\d+-year-old \w+|(?:(?:big|new|latest|same|\$[\d.]+m) )?"
    r"(?:film|movie|book|novel|album|song|show|"
    r"play|idea|issue|matter|plan|plans|proposal|scheme|project|deal|move|decision|case|incident|incidents|"
    r"company|firm|group|club|team|city|town|country|man|woman|boy|girl|player|singer|actor|"
    r"actress|star|couple|pair|teacher|student|pupil|doctor|lawyer|officer|policeman|driver|"
    r"pilot|victim|suspect|businessman|businesswoman|band|job|post|collection|exhibition|"
    r"SUV|"
    r"report|study|survey|figure|statistic|result|finding|data|bill|law|"
    # "the ban on hunting with dogs" says which ban; "the ban on Tuesday" does not
    r"ban(?! on (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\w)|"
    r"device|product|service|site|"
    r"website|programme|program|event|race|match|game|claim|allegation|remark|comment|"
    r"Cardinal|Bishop|Archbishop|Chancellor|Minister|Secretary|President|Judge|Prince|Princess|"
    r"Committee|Commission|Council|Board|Ministry|Department|Agency|Institute)"
    r"s?)\b"
    r"(?! [A-Z0-9\"“]|['’]s| world| of | that | (?:with|for|about|between|from|by) "
    r"(?:the )?[A-Z]| on (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:the )?[A-Z]|-| (?!(?:in|on|at|of|for|with|by|from|to|and|or|as)\b)[a-z]+ [A-Z0-9])")


#: "the Bedford star", "the German-based firm", "the Italian liqueur maker", "the South
#: Yorkshire company", "the AAA indoor and outdoor champion": a person or firm described by
#: where it comes from and what it is, never named. (After "Who is" the phrase
#: describes the answer and is fine.)
_DESCRIBED_ONLY = re.compile(
    r"(?<!according to )(?<!\bWho is )(?<!\bWho was )\bthe (?:[A-Z][\w'’]+|[A-Za-z]+-[a-z]+)"
    r"(?: [A-Z][\w'’]+)*(?: (?:[a-z]+|\d[\w.,]*m|and)){0,4} (?<!best )"
    r"(?:star|firm|company|group|maker|giant|side|team|club|champion|player|"
    r"medallist|winner|runner-up|holder|skipper|captain|coach|"
    r"runner|athlete|sprinter|singer|actor|actress|director|minister|leader|official|man|"
    r"woman|striker|veteran|youngster|teacher|student|doctor|lawyer|carmaker|retailer|bank|"
    r"broadcaster|airline|MSP|MP|MEP|"
    r"AM)\b"
    r"(?! [A-Z0-9\"“]| of | (?:with|for|about|on|between|from|in|at|by) (?:the )?[A-Z])"
    # "the Slovenian's runaway victory", "the Briton's career": a person by nationality.
    r"|(?<!according to )\bthe (?:[A-Z][a-z]+(?:ian|an|ese|ish|i)|Briton|Scot|Dane|Swede|"
    r"Finn|Pole|Czech|Greek|Frenchman|Welshman|Irishman|Dutchman)['’]s\b")


#: "one of Japan's best-known businessmen", "800,000 units", "both companies": people or
#: things the article names elsewhere, described here by what many share.
_ONE_OF_MANY = re.compile(
    r"(?<!\bWho is )(?<!\bWho was )\b(?:[Oo]ne|[Tt]wo|[Ss]ome) of (?:the |[A-Z][\w'’]*['’]s? )"
    r"(?:[a-z][\w-]* ){0,3}(?:businessm[ae]n|businesswom[ae]n|m[ae]n|wom[ae]n|people|players|"
    r"stars|executives|officials|figures|leaders|bosses|athletes|actors|actresses|directors|"
    r"politicians|companies|firms)\b"
    r"|\b\d[\d,.]*(?: (?:million|billion|m|bn))? units\b"
    r"|\bthe role\b(?! of\b)"
    r"|\b[Bb]oth (?:the )?(?:[a-z][\w-]* )?(?:companies|firms|men|women|sides|teams|"
    r"countries|parties|players|groups)\b")


def names_nothing(prompt: str) -> bool:
    """"When does the ban come into force?": a question that names nothing (no name, no
    number, no quote) yet points at "the" something cannot be answered without its article:
    which ban? On the BBC set nearly every such question was vague ("When are the awards
    held?", "Who led from the end of the first lap?")."""
    body = re.sub(r'"[^"]*"|“[^”]*”', " 0 ", prompt)
    tokens = body.split()[1:]  # the wh-word is capitalised anyway
    if any(t[:1].isupper() or any(ch.isdigit() for ch in t) for t in tokens):
        return False
    return re.search(r"\bthe [a-z]", body) is not None


def contains_phrase(haystack: str, needle: str) -> bool:
    """Case-insensitive containment on word boundaries ("Bush" is not in "Bushehr")."""
    needle = needle.strip()
    if not needle:
        return False
    hay, pin = haystack.lower(), needle.lower()
    if len(hay) != len(haystack) or len(pin) != len(needle):  # "İ": lowering changed lengths
        pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
        return re.search(pattern, haystack, flags=re.IGNORECASE) is not None
    # str.find, not a regex built per call: this runs for every name of every candidate.
    at = hay.find(pin)
    while at >= 0:
        end = at + len(pin)
        if not _word_char(hay[at - 1:at]) and not _word_char(hay[end:end + 1]):
            return True
        at = hay.find(pin, at + 1)
    return False


def _word_char(char: str) -> bool:
    """What the regex `\\w` matches, for one character or none."""
    return char.isalnum() or char == "_"


def answer_in_sentence(answer: str, sentence: str) -> bool:
    """The answer is a verbatim span of the sentence (case and spacing aside)."""
    return contains_phrase(" ".join(sentence.split()), " ".join(answer.split()))


#: Words that make a phrase point back to someone unnamed ("his men", "their commander").
_REFERRING = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                        "we", "our", "us", "i", "my", "me", "you", "your"})


def is_pronoun(text: str) -> bool:
    """A pronoun, or a phrase headed by one ("his forces"): it names nobody on its own."""
    if re.match(r"(?:the )?[A-Z]{2,}\b", text):
        return False  # "US Federal Communications Commission": the country, not "us"
    tokens = re.findall(r"[\w']+", text.casefold())
    if not tokens:
        return False
    return tokens[0] in _REFERRING or all(t in PRONOUNS or t in {"the", "a", "an"}
                                          for t in tokens)


#: "Heathrow, Gatwick, Edinburgh and Glasgow": names separated by commas, then "and".
_PLACE_LIST = re.compile(r"[A-Z][\w'’.-]*, (?:[\w'’.-]+ )*?[A-Z][\w'’.-]*,? and [A-Z]")


def problems(question: Question) -> list[str]:
    """Why a question fails the automatic checks; empty when it passes."""
    found: list[str] = []
    prompt = question.prompt.strip()
    answer = question.answer.strip()
    if not answer:
        found.append("empty answer")
    if not question.citations:
        found.append("no source sentence")
    elif answer and not answer_in_sentence(answer, question.citations[0].sentence):
        found.append("answer not in its source sentence")
    for citation in question.citations[1:]:
        names = [answer, *question.accept]
        if not any(answer_in_sentence(n, citation.sentence) for n in names if n):
            found.append(f"answer not in the sentence cited from {citation.source}")
    if not prompt.endswith("?"):
        found.append('prompt does not end with "?"')
    for name in [answer, *question.accept]:
        if name and contains_phrase(prompt, name):
            found.append(f"answer {name!r} appears in the prompt")
            break
    if question.kind == "how-many":
        for number in re.findall(r"\d[\d,.]*\d|\d", answer):
            if contains_phrase(prompt, number):
                found.append(f"the number {number} appears in the prompt")
                break
    if _DANGLING.search(answer) or (
            question.kind != "how-many" and _INTO_AN_ASIDE.search(answer)):
        found.append("answer is cut off mid-phrase")
    if question.kind == "where" and _PLACE_LIST.search(answer):
        # "at Heathrow, Gatwick, Edinburgh and Glasgow": four answers in one, and single
        # towns as options give it away.
        found.append("answer is a list of three or more places")
    if question.kind == "where" and not re.search(r"[A-Z][a-z]|[a-z]{3}", re.sub(
            r"^\w+\s+", "", answer)):
        found.append("a where-answer names no place")  # "in 7:39.89"
    if answer.count("(") != answer.count(")"):
        found.append("answer cuts a bracket in half")  # "Entertainment Expo (E3"
    if question.kind == "when" and _DURATION.match(answer):
        found.append("a duration is not an answer to when")
    if question.kind == "when" and re.fullmatch(r"\d+", answer) and not 1000 <= int(answer) <= 2100:
        found.append("a bare number other than a year is not an answer to when")
    if answer and is_pronoun(answer):
        found.append("answer is a pronoun")
    if _PRONOUN_ATTRIBUTION.search(prompt):
        found.append("claim attributed to a bare pronoun")
    doubled = _DOUBLED.search(prompt)
    if doubled and question.citations and not _DOUBLED.search(
            " ".join(question.citations[0].sentence.split())):
        found.append(f"a word doubled: {doubled.group(0)!r}")
    if _BARE_PART.search(prompt):
        found.append("'part of an alliance' as a subject: an aside the parser read as one")
    if _HANGING_END.search(prompt):
        found.append("prompt stops on a word that needs more after it")
    if question.kind == "what-org" and answer.strip().casefold() in ORGANISATION_WORDS:
        found.append(f"answer is a bare {answer.strip()!r}: the piece of a longer name")
    limit = MAX_ANSWER_WORDS.get(question.kind, 8)
    if len(answer.split()) > limit:
        found.append(f"answer longer than {limit} words: a {question.kind} answer is a name")
    unquoted = re.sub(r'"[^"]*"|“[^”]*”', '""', prompt)  # quotes are verbatim
    # The attribution names its speaker as the article does ("according to a spokesman for
    # the Harakat Jehadi Islami militant group"): only the claim must name what it is about.
    claim = unquoted.split(", according to ")[0]
    unnamed = (_UNNAMED.search(unquoted) or _DESCRIBED_ONLY.search(claim)
               or _ONE_OF_MANY.search(claim))
    if unnamed:
        found.append(f'"{unnamed.group(0)}" is not named in the question')
    if not unnamed and names_nothing(prompt):
        found.append("the question names nothing it asks about")
    if _UNFINISHED.search(prompt):
        found.append("prompt ends before saying what was said")
    if asks_for_one_of_many(prompt):
        found.append(ONE_OF_MANY_PROBLEM)
    if question.kind == "who" and result_without_event(prompt):
        found.append("a result without its event ('Who came fourth in the 1500m?')")
    if question.kind == "who" and team_event(prompt):
        found.append("a team's event: its other members are right too ('Who won relay gold?')")
    if len(prompt.split()) > MAX_PROMPT_WORDS:
        found.append(f"prompt longer than {MAX_PROMPT_WORDS} words")
    return found


#: Roles many people have held or hold: a former chairman, a man, an analyst; "Who was
#: named a Hans Christian Andersen ambassador?" of one ambassador among several; and an
#: organisation named one of several ("Which organisation was named a finalist?").
_ROLE_OF_MANY = re.compile(r"^Who (?:is|was|are|were|has been|have been)"
                           r"(?: (?:named|appointed|made|elected|chosen))?"
                           r" (?:an?|the former|the ex-?|a former) "
                           r"|^Which organisation (?:is|was|are|were|has been|have been)"
                           r" (?:named|appointed|made|elected|chosen) an? ")
ONE_OF_MANY_PROBLEM = "'Who is the former X?', 'Who is a man ...?': one of many"


def asks_for_one_of_many(prompt: str) -> bool:
    """The prompt asks who holds a role many hold; checked at extraction and again on the
    corpus stage's final wording, which may turn "Which organisation" into "Who"."""
    return bool(_ROLE_OF_MANY.match(prompt))


def unquoted_prompt(prompt: str) -> str:
    """The prompt without its quotations, whose words are the speaker's own."""
    return re.sub(r'"[^"]*"|“[^”]*”', " ", prompt)


#: A finishing place, a medal, a win by a time: "came fourth", "won silver", "won in 7:39.89",
#: "win in two hours, 23 minutes",
#: "his second international victory" (not "the third time", "a second doping offence").
_RESULT = re.compile(
    r"\btop spot\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?=[?.,]|$| (?:place|spot|position|in|behind|ahead|with|after|at|to|as|on|for|and|"
    r"international|overall)\b)"
    r"|\b(?:silver|bronze|gold|runner-up|victory)\b"
    r"|\bthe (?:world|British|European|national|indoor|outdoor|course) record\b"
    r"|\b(?:season|personal)(?:'s|’s)? best\b"
    r"|\bw[oi]n in (?:[\d:.]+|(?:one|two|three|four|five) hours?)")
#: Events a team wins together: each member would answer "Who won relay gold?".
_TEAM_EVENT = re.compile(r"\b(?:relays?|4 ?x ?\d+m?|doubles|team (?:gold|silver|bronze|event|"
                         r"pursuit|sprint))\b", re.IGNORECASE)
#: What makes a result one event: a year, a named competition ("the 2000 Olympics", "the
#: Norwich Union International", "the British indoor high jump title").
_EVENT = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:Olympics?|Games|Championships?|Cup|Marathon|Trials|"
    r"Invitational|International|Grand Prix|Open|League|Cross|Classic|Series|Indoors?|Award|"
    r"Prize|Festival|Tour|Oscars?|Baftas?|Globes?|Grammys?)\b"
    r"|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*(?: [a-z0-9][\w-]*){0,3} (?:race|meeting|final|"
    r"event|title|championship|marathon|trials|election|poll|vote|contest|tournament|awards?|"
    r"prize|ceremony)\b")


#: A contest still to come, known by its opponents: "Who will face Olympic champion Stefano
#: Baldini ...?" names no race either.
_CONTEST = re.compile(
    r"\b(?:will|is to|are to)(?: [A-Z][\w'’-]*)* (?:be )?(?:fac|rac|meet|tak)(?:e|es|ing) "
    r"(?:on )?"
    r"(?=[A-Z]|(?:(?:stiff|tough|strong) )?(?:competition|opposition)|(?:his|her|their) "
    r"(?:arch-)?rivals?|world|arch-rival|reigning)|\bwill (?:compete|line up) against\b")
#: An opponent's title names no event: "Olympic champion Stefano Baldini" was won elsewhere.
_TITLE = re.compile(
    r"\b(?:[A-Z][\w'’-]*|\d[\w,.]*m?)(?: (?:[A-Z][\w'’-]*|\d[\w,.]*m?|indoor|outdoor))*"
    r" (?:champion|record holder|medallist|winner)s?\b")


def team_event(prompt: str) -> bool:
    """"Who won Olympic 4x100m relay gold?": every member of the team did."""
    return bool(_TEAM_EVENT.search(unquoted_prompt(prompt)))


def result_without_event(prompt: str) -> bool:
    """"Who came fourth in the 1500m?", "Who will face Olympic champion Stefano Baldini?": a
    place, a medal, a win or a contest, but no race to know it by (no year, no named
    competition; an opponent's title is none)."""
    unquoted = unquoted_prompt(prompt)
    if _CONTEST.search(unquoted):
        return not _EVENT.search(_TITLE.sub("", unquoted))
    return bool(_RESULT.search(unquoted)) and not _EVENT.search(unquoted)



def passes(question: Question) -> bool:
    return not problems(question)

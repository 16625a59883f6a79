"""Word lists that decide how a clause is read: verbs of saying, prepositions of place, ...

Closed-class and near-closed-class words only; no names of people or places live here.
"""

from __future__ import annotations

#: Verbs whose clausal complement is a claim made by their subject.
SPEECH_VERBS = frozenset(
    [
        "say",
        "claim",
        "tell",
        "report",
        "confirm",
        "admit",
        "add",
        "declare",
        "announce",
        "insist",
        "state",
        "reveal",
        "acknowledge",
        "explain",
        "estimate",
        "note",
        "write",
        "stress",
        "argue",
        "allege",
        "concede",
        "disclose",
        "testify",
        "assert",
        "maintain",
        "warn",
    ]
)
#: Verbs whose complement is not a fact at all (hopes, fears, denials, plans, guesses).
NON_FACTIVE_VERBS = frozenset(
    [
        "deny",
        "doubt",
        "question",
        "reject",
        "dispute",
        "hope",
        "fear",
        "expect",
        "believe",
        "think",
        "suspect",
        "predict",
        "want",
        "plan",
        "intend",
        "wish",
        "consider",
        "suggest",
        "propose",
        "urge",
        "ask",
        "wonder",
        "guess",
        "imagine",
        "pretend",
        "speculate",
        "threaten",
    ]
)
#: Modals that make a clause hypothetical; facts never come from them.
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "'d"})
#: Conjunctions that make an adverbial clause a condition the main clause depends on.
CONDITIONS = frozenset({"if", "unless", "whether", "provided"})

#: Prepositions that put a place after them; "to"/"into" only after verbs of motion.
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "throughout",
        "around",
        "within",
        "off",
        "along",
        "beside",
        "behind",
        "beyond",
    }
)
DIRECTIONAL_PREPOSITIONS = frozenset({"to", "into", "towards", "toward"})
MOTION_VERBS = frozenset(
    [
        "go",
        "travel",
        "fly",
        "move",
        "return",
        "come",
        "flee",
        "head",
        "march",
        "advance",
        "retreat",
        "send",
        "deploy",
        "arrive",
        "drive",
        "sail",
        "escape",
        "relocate",
        "transfer",
        "evacuate",
        "walk",
        "run",
        "ride",
        "rush",
        "withdraw",
        "migrate",
        "emigrate",
    ]
)
#: Singular nouns for bodies of people that English calls "they": "the government ...
#: They chose Major General Edward Braddock" means the government.
COLLECTIVE_SUBJECTS = frozenset(
    """government administration council committee commission team club side squad party
    company firm board army navy family band group union league federation parliament
    congress ministry department court jury crowd public management""".split()  # noqa: SIM905
)
#: Prepositions a count question may open with: "In how many sports ...?", "For how many
#: plays ...?". Not "with", "of", "by" or "as", whose phrases describe rather than count, nor
#: "to" and "at", which give a level reached ("rose to 4.4 million", "at 0.22 litres").
PIED_PIPED_PREPOSITIONS = frozenset({"in", "into", "on", "for", "from", "across", "among",
                                     "over"})
#: The wh-phrase of a share that is its clause's subject ("What percentage of voters ...?").
PERCENTAGE_WH = "What percentage"
#: Every wh-phrase a count or amount question may open with.
COUNT_WH_PHRASES: tuple[str, ...] = (
    "How many", "How much", PERCENTAGE_WH,
    *sorted(f"{p.capitalize()} how many" for p in PIED_PIPED_PREPOSITIONS))


#: Verbs whose "of" names their parts, so a count question may end on it: "How many members
#: did the council consist of?", "... is the board composed of?".
VERBS_OF_PARTS = frozenset({"consist", "compose"})
#: Verbs whose "on" introduces what they are about, not a date: "bet on 5 May".
VERBS_TAKING_ON = frozenset(
    [
        "bet",
        "focus",
        "depend",
        "rely",
        "agree",
        "decide",
        "vote",
        "comment",
        "insist",
        "concentrate",
        "count",
        "call",
        "wait",
        "plan",
        "settle",
        "fix",
        "touch",
        "reflect",
        "dwell",
        "act",
    ]
)
TEMPORAL_PREPOSITIONS = frozenset({"on", "in", "at", "during"})

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

#: Nouns that make a group of people (answers of "who" without a proper name as head).
PEOPLE_NOUNS = frozenset(
    [
        "people",
        "fighters",
        "soldiers",
        "troops",
        "forces",
        "rebels",
        "militants",
        "civilians",
        "officials",
        "police",
        "volunteers",
        "guerrillas",
        "commanders",
        "leaders",
        "workers",
        "voters",
        "fans",
        "players",
        "members",
        "students",
        "protesters",
        "demonstrators",
        "refugees",
        "residents",
        "villagers",
        "citizens",
        "men",
        "women",
        "children",
        "staff",
        "employees",
        "experts",
        "scientists",
        "ministers",
        "mps",
    ]
)
#: Counted nouns too vague to ask about on their own.
VAGUE_COUNTED = frozenset(
    [
        "other",
        "others",
        "thing",
        "things",
        "one",
        "ones",
        "time",
        "times",
        "way",
        "ways",
        "part",
        "parts",
        "lot",
        "lots",
        "kind",
        "kinds",
        "sort",
        "sorts",
        "bit",
        "bits",
        "number",
        "numbers",
        "unit",
        "units",
        "per",
        "cent",
        "percent",
    ]
)

#: Definite noun phrases that stand for a named antecedent ("the city" -> Mazar-e-Sharif).
ANAPHORIC_NOUNS: dict[str, frozenset[str]] = {
    "city": frozenset({"GPE"}),
    "town": frozenset({"GPE"}),
    "capital": frozenset({"GPE"}),
    "country": frozenset({"GPE"}),
    "village": frozenset({"GPE"}),
    "province": frozenset({"GPE"}),
    "company": frozenset({"ORG"}),
    "firm": frozenset({"ORG"}),
    "group": frozenset({"ORG"}),
    "club": frozenset({"ORG"}),
    "team": frozenset({"ORG"}),
    "party": frozenset({"ORG"}),
    "band": frozenset({"ORG"}),
}

#: Pronouns and the entity labels they may stand for.
PERSONAL_PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}),
    "him": frozenset({"PERSON"}),
    "his": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
    "they": frozenset({"NORP", "ORG"}),
    "them": frozenset({"NORP", "ORG"}),
    "their": frozenset({"NORP", "ORG"}),
}
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: Pronouns a question can never contain: the reader cannot know who they mean.
#: The writer's or a speaker's own voice: a sentence using them outside quotation marks states
#: what somebody thinks or saw, a fact only with that somebody named.
FIRST_PERSON_PRONOUNS = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)

UNRESOLVABLE_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "it",
        "its",
        "itself",
        "this",
        "that",
        "these",
        "those",
        "himself",
        "herself",
        "themselves",
        "one",
        "someone",
        "anyone",
        "somebody",
        "anybody",
        "everyone",
        "everybody",
    ]
)

#: Titles that belong with a name in an answer or attribution ("Mr Dostam").
NAME_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "capt",
        "maj",
        "sgt",
        "adm",
        "sir",
        "lord",
        "lady",
        "dame",
        "president",
        "prime",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "mullah",
        "ayatollah",
        "pope",
        "rev",
        "senator",
        "sen",
        "gov",
        "governor",
        "judge",
    ]
)

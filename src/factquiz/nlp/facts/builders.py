"""Which builders run on which clause: all of them on a main clause, fewer on participles,
speech and means ("by appointing ...")."""

from __future__ import annotations

from factquiz.nlp.clauses import Clause
from factquiz.nlp.facts.common import _thing_verb
from factquiz.nlp.facts.how_many import (
    _how_many,
    _how_many_home_to,
    _how_many_left,
    _how_many_of,
    _how_many_one_of,
    _how_many_times,
    _how_many_with,
)
from factquiz.nlp.facts.how_much import _how_much
from factquiz.nlp.facts.speech import _is_speech
from factquiz.nlp.facts.when import _when, _when_dated_from, _when_said
from factquiz.nlp.facts.where import _where
from factquiz.nlp.facts.who import (
    _who_agent,
    _who_is,
    _who_object,
    _who_prep_object,
    _who_quoted,
    _who_subject,
)

BUILDERS = (
    _who_subject,
    _who_object,
    _who_prep_object,
    _who_is,
    _who_agent,
    _how_many,
    _how_many_of,
    _how_many_one_of,
    _how_many_times,
    _how_many_with,
    _how_many_home_to,
    _how_much,
    _where,
    _when,
    _when_dated_from,
)

#: Of a verb of saying itself only the speaker is asked ("When did X say?" asks nothing).
SPEECH_BUILDERS = (_who_subject, _who_quoted, _when_said)


#: What is asked of a means ("by clearing 4.89 metres in Lievin").
MEANS_BUILDERS = (_how_many, _how_many_of, _how_much, _where, _when)

#: Builders of the clause sources R2 added (relative clauses, participles), run with the rest.
CLAUSE_BUILDERS = (_how_many_left,)

#: "The library, founded in 1816, ..." is about the library: never "Which organisation was
#: founded in 1816?", only what the participle says about it.
PARTICIPLE_BUILDERS = tuple(b for b in (*BUILDERS, *CLAUSE_BUILDERS) if b is not _who_subject)


def _builders_for(clause: Clause) -> tuple:
    if clause.not_until:
        return (_when,)
    if clause.verb.dep_ == "pcomp" and clause.verb.head.lower_ == "by":
        # "ended its search by appointing Dave Collins": the how many, where and when of the
        # means are facts; "Who did UK Athletics appoint?" would lose what for.
        return MEANS_BUILDERS
    if clause.participle or clause.tense:
        # "..., recording five tackles": asked "did ... record", never "Who recording".
        return PARTICIPLE_BUILDERS
    if clause.relative and _thing_verb(clause.verb):
        return PARTICIPLE_BUILDERS  # the how much, when and where of it are still asked
    if _is_speech(clause):
        return SPEECH_BUILDERS
    return (*BUILDERS, *CLAUSE_BUILDERS)

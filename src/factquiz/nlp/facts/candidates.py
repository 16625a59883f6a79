"""One sentence -> its candidate questions: runs the builders over its clauses, resolves and
checks each draft, and scores what survives."""

from __future__ import annotations

from spacy.tokens import Span

from factquiz.generate.candidate import Candidate
from factquiz.nlp.checks import violations
from factquiz.nlp.clauses import Clause, clauses
from factquiz.nlp.context import ParagraphContext
from factquiz.nlp.facts.builders import _builders_for
from factquiz.nlp.facts.common import (
    KIND_BASE,
    PLACE_LABELS,
    Draft,
    _closing_commas,
    _whole_dash_asides,
    _without_back_pointers,
)
from factquiz.nlp.facts.refusals import (
    _anchored,
    _list_gives_the_count,
    _misparsed,
    _named,
    _unnamed_referent,
)
from factquiz.nlp.facts.resolution import (
    _plural_named_subject,
    _resolve,
    _speaker_text,
    _subject_key,
)
from factquiz.nlp.facts.skips import (
    _background_dated_from_today,
    _country_of_the_place_before,
    _first_person,
    _in_voice,
    _object_left_to_a_later_verb,
    _subject_inside_an_opening_attribution,
    _verb_cut_from_its_prefix,
)
from factquiz.nlp.facts.speech import _speech_cut
from factquiz.nlp.facts.when import _when_of_event
from factquiz.nlp.facts.who import _who_by_role
from factquiz.nlp.numbers import parse_value
from factquiz.nlp.realise import Unaskable, base_form, names_a_year, render


def _features(
    draft: Draft, prompt: str, speaker: str | None, resolved: bool, clause: Clause
) -> dict[str, float]:
    words = len(prompt.split())
    features = {
        "kind_prior": KIND_BASE[draft.kind],
        "named_answer": 1.0 if any(t.ent_type_ for t in draft.answer) else 0.0,
        "attributed": 1.0 if speaker else 0.0,
        "pronoun_resolved": 1.0 if resolved else 0.0,
        "prompt_words": float(words),
        "shared_subject": 1.0 if clause.shares_subject else 0.0,
        "quoted": 1.0 if any(t.text in ('"', "“") for t in draft.answer.sent) else 0.0,
    }
    return features


def _quality(features: dict[str, float]) -> float:
    score = features["kind_prior"]
    score += 0.15 * features["named_answer"]
    score -= 0.1 * features["pronoun_resolved"]
    score -= 0.05 * features["shared_subject"]
    score -= 0.05 * features["quoted"]
    words = features["prompt_words"]
    if words > 22:
        score -= 0.1
    elif 8 <= words <= 18:
        score += 0.1
    return round(max(0.0, min(1.0, score)), 3)


def sentence_candidates(
    sent: Span, ctx: ParagraphContext, doc_id: str, sentence_index: int
) -> list[Candidate]:
    """Every question one sentence supports, each passing the hard checks."""
    end = _true_end(sent)
    text = sent.doc[sent.start : end].text.strip()
    if text.endswith("?") or len(sent) < 5:
        return []
    if not (text[0].isalnum() or text[0] in "\"“'‘"):
        return []  # "- Michael Howard: No More Mr Nasty is ...": a listing, not prose
    found: list[Candidate] = []
    seen: set[str] = set()
    work: list[tuple[Clause, tuple]] = [
        (clause, _builders_for(clause)) for clause in clauses(sent)
    ]
    if sent.root.pos_ in ("VERB", "AUX"):
        work.append((Clause(sent.root, None), (_who_by_role,)))
        work.append((Clause(sent.root, None), (_when_of_event,)))
    first_person = _first_person(sent)
    for clause, builders in work:
        if _speech_cut(clause) or _verb_cut_from_its_prefix(clause.verb):
            continue
        if _object_left_to_a_later_verb(clause.verb) or _country_of_the_place_before(clause):
            continue
        if _background_dated_from_today(clause) or _subject_inside_an_opening_attribution(
                clause):
            continue
        # A role stated beside a name ("X, T-Mobile's chief executive") is the article's
        # own wording even in a speaker's sentence; every other claim follows the voice.
        if builders != (_who_by_role,) and _in_voice(clause, first_person):
            continue  # "Apparently, Isinbayeva has cleared five metres ... and I would love"
        try:
            speaker, speaker_key = _speaker_text(clause, ctx)
        except Unaskable:
            continue
        for builder in builders:
            try:
                drafts = list(builder(clause))
            except Unaskable:
                continue
            for draft in drafts:
                try:
                    pieces = _without_back_pointers(clause, _closing_commas(_whole_dash_asides(
                        _resolve(draft, ctx, speaker_key, _subject_key(clause),
                                 _subject_key(clause, frozenset({"ORG"})),
                                 _subject_key(clause, PLACE_LABELS),
                                 _plural_named_subject(clause), clause.verb))))
                except Unaskable:
                    continue
                if draft.answer.end > end:
                    continue  # the answer is the next sentence's, run on into this one
                pieces = [p for p in pieces if p.token is None or p.token.i < end]
                if _misparsed(pieces, draft.answer) or _unnamed_referent(pieces):
                    continue
                if draft.kind == "how-many" and _list_gives_the_count(pieces, draft.answer):
                    continue  # "How many awards did it win for best music and best sound?"
                if draft.kind in ("who", "what-org") and not _anchored(pieces):
                    continue  # "Who set a fast early pace?": anyone, anywhere
                if draft.kind == "how-many" and not (_named(pieces) or speaker or names_a_year(
                        p.token for p in pieces if p.token is not None)):
                    continue  # "How many raids were carried out in August?": whose, where?
                if draft.kind == "when" and not (_named(pieces) or speaker):
                    continue  # "When were six raids carried out?": whose? (A where-answer
                    # names its place: "Where are beer and spirits heavily taxed?" is whole.)
                resolved = any(
                    p.replaced and p.token is not None and p.token.tag_ in ("PRP", "PRP$")
                    for p in pieces
                )
                # Asking who said it needs no "according to": the answer is the speaker.
                attribution = speaker
                if draft.answer_key is not None and draft.answer_key == speaker_key:
                    continue
                prompt = render(pieces, attribution)
                candidate = _candidate(
                    draft, prompt, text, doc_id, sentence_index, speaker, clause, resolved
                )
                if violations(candidate):
                    continue
                if candidate.prompt in seen:
                    continue
                seen.add(candidate.prompt)
                found.append(candidate)
    return found


def _true_end(sent: Span) -> int:
    """Where a sentence the model ran on into the next one really ends: "... is held in
    late May. EAT! NewcastleGateshead ..." ends at "May."; the words after it are no part
    of a question about it."""
    for token in sent[:-1]:
        following = token.nbor(1)
        if (token.text in (".", "!", "?") and token.dep_ == "punct"
                and token.head.pos_ in ("VERB", "AUX") and token.whitespace_
                and following.text[:1].isupper() and following.i < sent.end - 1):
            return token.i + 1  # not the "." of "Col. Zia Hauddin", part of the name
    return sent.end


def _answer_text(draft: Draft) -> str:
    """The answer as written, but "In London" or "About 280,000" opening its sentence is
    "in London" or "about 280,000" (a name keeps its capital)."""
    text = draft.answer.text
    first = draft.answer[0]
    number_word = draft.kind == "how-many" and first.pos_ != "PROPN" and not first.is_upper
    if first.is_sent_start and (draft.kind == "where" or number_word):
        return text[:1].lower() + text[1:]
    return text


def _candidate(
    draft: Draft,
    prompt: str,
    sentence: str,
    doc_id: str,
    sentence_index: int,
    speaker: str | None,
    clause: Clause,
    resolved: bool,
) -> Candidate:
    value = hedge = None
    if draft.kind == "how-many":
        value, hedge = parse_value(draft.answer.text)
    features = _features(draft, prompt, speaker, resolved, clause)
    return Candidate(
        kind=draft.kind,
        prompt=prompt,
        answer=_answer_text(draft),
        answer_type=draft.answer_type,
        doc_id=doc_id,
        sentence=sentence,
        sentence_index=sentence_index,
        speaker=speaker,
        counted=draft.counted,
        predicate=base_form(clause.verb).lower(),
        value=value,
        hedge=hedge,
        quality=_quality(features),
        features=features,
    )

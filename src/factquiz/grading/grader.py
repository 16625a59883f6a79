"""Grade a typed answer against one question of a pack: lenient on form, strict on meaning.

Everything that depends only on the pack (normalised answers, the entity index, unique surnames,
parsed numbers) is computed once in `Grader.__init__`, so `grade` stays in the tens of
microseconds. The order of checks is what makes grading fair: an exact or listed answer first,
then "is this another answer of the pack?", and only then the forgiving rules (surnames, typos),
each of which is refused when another answer is at least as close.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz.distance import DamerauLevenshtein

from factquiz.grading import variants, verdicts
from factquiz.grading.common import is_common
from factquiz.grading.dates import date_key, digits_in_words
from factquiz.grading.index import NumericValue, PackIndex, list_items
from factquiz.grading.normalise import digits_of, is_blank, key, letters, normalise, squash
from factquiz.grading.numbers import Quantity, format_number, parse_quantity
from factquiz.grading.policy import (
    STRICT,
    allowed_difference,
    max_edits,
    policy_of,
    tolerance_of,
)
from factquiz.model import Pack, Question, Tolerance, Verdict

#: Typed text beyond this many characters is cut before grading: no answer is that long, and
#: the cap keeps grading fast on pasted essays.
MAX_TYPED = 300


@dataclass(frozen=True)
class _Form:
    """One spelling the question accepts, ready for typo matching."""

    key: str
    display: str
    edits: int
    digits: tuple[str, ...]
    #: "surname" or "first name and surname" when this is a short way to name a person.
    short: str = ""


@dataclass
class _Target:
    """Everything needed to grade one question, precomputed."""

    question: Question
    policy: str
    entity: int | None
    exact: set[str] = field(default_factory=set)
    #: Short ways to name the person (key -> what the note calls it): "surname" ...
    surnames: dict[str, str] = field(default_factory=dict)
    forms: list[_Form] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    tolerance: Tolerance | None = None
    items: list[list[_Form]] = field(default_factory=list)
    #: Entities of the list items, which a partial answer may name without being "another".
    item_entities: set[int] = field(default_factory=set)
    #: Order-free keys of date answers ("11 September" = "September 11th").
    date_keys: set[str] = field(default_factory=set)
    #: What other sources say for this fact, when they disagree.
    conflict_keys: set[str] = field(default_factory=set)
    conflict_values: list[NumericValue] = field(default_factory=list)


def _form(text: str, display: str, policy: str, short: str = "") -> _Form | None:
    normalised = normalise(text)
    if not normalised:
        return None
    return _Form(
        squash(normalised),
        display,
        max_edits(letters(normalised), policy),
        digits_of(squash(normalised)),
        short,
    )


#: Names longer than this (after titles) are not split into partial names.
_MAX_NAME_WORDS = 6


def _partial_names(tokens: list[str], surname: str) -> list[tuple[str, str]]:
    """Shorter ways to write a full name that keep its surname: "Abdul Dostum", "Rashid Dostum".

    Each is made only of words of the right name, so it says no less than the surname alone.
    """
    if not 3 <= len(tokens) <= _MAX_NAME_WORDS or tokens[-1] != surname:
        return []
    names = []
    for size in range(1, len(tokens) - 1):
        for chosen in combinations(tokens[:-1], size):
            label = "first name and surname" if chosen == (tokens[0],) else "part of the name"
            names.append((" ".join([*chosen, surname]), label))
    return names


def display_form(text: str) -> str:
    """The pack's spelling without the titles normalisation drops: "General Dostum" -> "Dostum"."""
    words = text.split()
    target = normalise(text)
    while len(words) > 1 and normalise(" ".join(words[1:])) == target:
        words.pop(0)
    return " ".join(words)


def _best(forms: list[_Form], k: str) -> tuple[int, _Form] | None:
    """The accepted spelling closest to `k` within its typo budget; digits must match exactly."""
    best: tuple[int, _Form] | None = None
    digits = None
    for form in forms:
        if form.key == k:
            return 0, form
        if form.edits == 0:
            continue
        if digits is None:
            digits = digits_of(k)
        if form.digits != digits:
            continue
        distance = DamerauLevenshtein.distance(k, form.key, score_cutoff=form.edits)
        if distance <= form.edits and (best is None or distance < best[0]):
            best = (distance, form)
    return best


class Grader:
    """Grades typed answers for the questions of one pack."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.index = PackIndex(pack)
        longest = max(
            (len(text) for q in pack.questions for text in (q.answer, *q.accept)), default=0
        )
        #: Typed text is cut here; never shorter than the longest right answer of the pack.
        self.max_typed = max(MAX_TYPED, longest + 20)
        self._targets: dict[str, _Target] = {}
        for question in pack.questions:
            self._targets[question.id] = self._target(question)

    # -- public API -------------------------------------------------------------------------

    @staticmethod
    def is_blank(typed: str) -> bool:
        """Empty, white space only, or no letter or digit: the game asks again instead."""
        return is_blank(typed)

    def grade(self, question: Question, typed: str) -> Verdict:
        """The verdict on `typed` as an answer to `question`. Never raises on any text."""
        target = self._targets.get(question.id)
        if target is None or target.question is not question:
            target = self._target(question)
        expected = question.answer
        typed = typed.strip()[: self.max_typed]
        if is_blank(typed):
            return verdicts.blank(expected)
        if target.quantities:
            return self._grade_number(target, typed)
        normalised = normalise(typed)
        return self._grade_text(target, typed, normalised, squash(normalised))

    # -- precomputation -----------------------------------------------------------------------

    @staticmethod
    def _add_short_name(target: _Target, name: str, display: str, label: str) -> None:
        form = _form(name, display, target.policy, short=label)
        if form is not None and form.key not in target.surnames:
            target.surnames[form.key] = label
            target.forms.append(form)

    def _target(self, question: Question) -> _Target:
        policy = policy_of(question, self.pack)
        texts = [question.answer, *question.accept]
        kind = question.kind
        target = _Target(question, policy, self.index.entity_of(question.answer, kind))
        normalised_texts = [(text, normalise(text)) for text in texts]
        target.exact = {
            squash(form) for _, n in normalised_texts for form in variants.forms(n, kind)
        } - {""}
        if question.kind == "how-many":
            target.quantities = [q for q in map(parse_quantity, texts) if q is not None]
            if target.quantities:
                target.tolerance = tolerance_of(question, self.pack)
                target.conflict_values = [
                    value
                    for value in self.index.values
                    if value.question_id == question.id and value.role == "conflict"
                ]
                return target
        for text, normalised in normalised_texts:
            form = _form(text, display_form(text), policy)
            if form is not None:
                target.forms.append(form)
            reduced = variants.core(normalised, kind)
            if reduced and reduced != normalised:
                shown = variants.display(text, reduced, normalise)
                form = _form(reduced, shown, policy)
                if form is not None:
                    target.forms.append(form)
        if policy != STRICT:
            for k, display in self.index.initials_of(target.entity):
                self._add_short_name(target, k, display, "initials")
            for k, display in self.index.surnames_of(target.entity):
                self._add_short_name(target, k, display, "surname")
                for form in self.index.entities[target.entity].forms:
                    for short, label in _partial_names(form.split(), k):
                        shown = self.index.spelling(short, target.entity)
                        self._add_short_name(target, short, shown, label)
        for item in list_items(question.answer, question.kind):
            form = _form(item, display_form(item), policy)
            if form is None:
                continue
            item_forms = [form]
            entity = self.index.entity_of(item, kind)
            if entity is not None:
                # An item may be typed any way the pack names it elsewhere.
                target.item_entities.add(entity)
                for text in self.index.entities[entity].texts:
                    other = _form(text, display_form(text), policy)
                    if other is not None and other.key != form.key:
                        item_forms.append(other)
                if policy != STRICT:
                    for k, display in self.index.surnames_of(entity):
                        short = _form(k, display, policy, short="surname")
                        if short is not None:
                            item_forms.append(short)
            target.items.append(item_forms)
        if question.conflict is not None:
            values = {key(value.value) for value in question.conflict.values}
            target.conflict_keys = values - target.exact - {""}
        if question.kind == "when":
            target.date_keys = {date_key(normalise(text)) for text in texts} - {""}
        return target

    # -- text answers ---------------------------------------------------------------------------

    def _grade_text(self, target: _Target, typed: str, normalised: str, k: str) -> Verdict:
        expected = target.question.answer
        if k not in target.exact:
            normalised = variants.core(normalised, target.question.kind)
            k = squash(normalised)
        if k in target.exact:
            return verdicts.right(expected)
        if k in target.conflict_keys:
            return verdicts.not_quite(expected, "that is what another source says")
        if target.date_keys and date_key(normalised) in target.date_keys:
            return verdicts.right(expected)
        if target.date_keys:
            spelled = normalise(digits_in_words(typed))
            if date_key(spelled) in target.date_keys:
                return verdicts.right(expected)
        owner = self.index.owner(k)
        if owner is not None and owner != target.entity and owner not in target.item_entities:
            noun = self.index.entities[owner].noun
            return verdicts.not_quite(expected, f"that is another {noun} in this quiz")
        if target.items:
            verdict = self._grade_list(target, typed)
            if verdict is not None:
                return verdict
        if k in target.surnames:
            return verdicts.close(expected, target.surnames[k])
        shared = self.index.shared_tokens.get(k)
        if shared and target.entity in shared:
            return verdicts.not_quite(expected, "more than one person in this quiz has that name")
        if is_common(normalised):
            return verdicts.wrong(expected)
        best = _best(target.forms, k) if target.policy != STRICT else None
        if best is None:
            return self._near_miss(target, k)
        distance, form = best
        rival = self.index.nearest_other(k, distance, target.entity)
        if rival is not None:
            reason = f"that is closer to another {rival.noun} in this quiz"
            return verdicts.not_quite(expected, reason)
        return verdicts.typo(expected, distance, form.display, form.short)

    def _near_miss(self, target: _Target, k: str) -> Verdict:
        """Wrong, but tell a student who was close that spelling is what failed."""
        expected = target.question.answer
        digits = digits_of(k)
        for form in target.forms:
            if form.short or form.digits != digits or letters(form.key) <= 3:
                continue
            allowed = form.edits + 1
            if DamerauLevenshtein.distance(k, form.key, score_cutoff=allowed) <= allowed:
                if target.policy == STRICT:
                    return verdicts.not_quite(expected, "this quiz wants the exact spelling")
                return verdicts.not_quite(expected, "close, but more than a small typo")
        return verdicts.wrong(expected)

    def _grade_list(self, target: _Target, typed: str) -> Verdict | None:
        """Items in any order; a partial list is wrong but says how many were right."""
        expected = target.question.answer
        pieces = list_items(typed, "where") or [typed]
        typed_items = [key(piece) for piece in pieces]
        if len(pieces) == 1 and all(" " not in normalise(i[0].display) for i in target.items):
            # "Aybak Maimana Shibarghan": single-word items typed with spaces only.
            typed_items = normalise(typed).split()
        typed_items = [item for item in typed_items if item]
        unused = list(range(len(target.items)))
        right = 0
        exact = True
        extra = 0
        for item in typed_items:
            match = None
            for position in unused:
                found = _best(target.items[position], item)
                if found is not None and (match is None or found[0] < match[1]):
                    match = (position, found[0])
            if match is None or is_common(item):
                extra += 1
                continue
            unused.remove(match[0])
            right += 1
            exact = exact and match[1] == 0
        total = len(target.items)
        if right == 0:
            return None
        if right == total and extra == 0:
            if exact:
                return verdicts.right(expected)
            return verdicts.close(expected, f"all {total}, with small typos")
        note = f"{right} of {total} right"
        if extra:
            note += f", and {extra} that {'is' if extra == 1 else 'are'} not in the answer"
        return verdicts.not_quite(expected, note)

    # -- numbers --------------------------------------------------------------------------------

    def _grade_number(self, target: _Target, typed: str) -> Verdict:
        question = target.question
        expected = question.answer
        typed_key = key(typed)
        quantity = parse_quantity(typed)
        if quantity is None:
            if typed_key in target.exact:
                return verdicts.right(expected)
            return verdicts.wrong(expected, "wrong: the answer is a number")
        other_unit = _other_unit(target.quantities, quantity)
        if other_unit:
            return verdicts.wrong(expected, other_unit)
        accepted: str | None = None
        for answer in target.quantities:
            if (quantity.low, quantity.high) == (answer.low, answer.high):
                return verdicts.right(expected)
        for answer in target.quantities:
            accepted = _within(answer, quantity, target.tolerance)
            if accepted:
                break
        if accepted:
            rival = self._rival_value(target, quantity)
            if rival is None:
                return verdicts.close(expected, accepted)
            return self._other_value_verdict(target, rival)
        for value in target.conflict_values:
            if (value.quantity.low, value.quantity.high) == (quantity.low, quantity.high):
                return self._other_value_verdict(target, value)
        if quantity.is_range and not target.quantities[0].is_range:
            return verdicts.not_quite(expected, "the answer is one number")
        return verdicts.wrong(expected, f"wrong: {quantity} is not {target.quantities[0]}")

    def _rival_value(self, target: _Target, quantity: Quantity) -> NumericValue | None:
        """Another number of the pack that the typed value is closer to than to the answer."""
        value = quantity.low if not quantity.is_range else (quantity.low + quantity.high) / 2
        own = min(answer.distance(value) for answer in target.quantities)
        own_spans = {(answer.low, answer.high) for answer in target.quantities}
        for other in self.index.values:
            if (other.quantity.low, other.quantity.high) in own_spans:
                continue
            if other.question_id == target.question.id and other.role in ("answer", "accept"):
                continue
            distance = other.quantity.distance(value)
            if distance < own or (distance == 0 and own > 0):
                return other
        return None

    def _other_value_verdict(self, target: _Target, other: NumericValue) -> Verdict:
        expected = target.question.answer
        if other.question_id == target.question.id and other.role == "conflict":
            return verdicts.not_quite(expected, f"{other.quantity} is what another source says")
        return verdicts.not_quite(expected, "that is closer to another number in this quiz")


_UNIT_NAMES = {"USD": "dollars", "GBP": "pounds", "EUR": "euros", "JPY": "yen", "%": "percent"}


def _other_unit(answers: list[Quantity], typed: Quantity) -> str | None:
    """Why a typed amount in another unit is wrong ("£1.2bn" for "$1.2bn"), or None.

    A bare number is no other unit: "12" for "12%" and "1.2 billion" for "$1.2bn" are the
    figure asked for."""
    units = {answer.unit for answer in answers}
    if not typed.unit or typed.unit in units or not all(units):
        return None
    wanted = _UNIT_NAMES.get(sorted(units)[0], sorted(units)[0])
    return f"wrong: the answer is in {wanted}, not {_UNIT_NAMES.get(typed.unit, typed.unit)}"


def _within(answer: Quantity, typed: Quantity, tolerance: Tolerance | None) -> str | None:
    """Why `typed` counts for `answer` without being equal to it, or None."""
    if answer.is_range and not typed.is_range and answer.low <= typed.low <= answer.high:
        return f"within the range {answer}"
    if tolerance is None:
        return None
    low_slack = allowed_difference(tolerance, answer.low)
    high_slack = allowed_difference(tolerance, answer.high)
    inside = (
        answer.low - low_slack <= typed.low <= answer.high + high_slack
        and answer.low - low_slack <= typed.high <= answer.high + high_slack
    )
    if typed.is_range and not answer.is_range:
        return None
    if not inside:
        return None
    amount = f"{tolerance.amount:g}%" if tolerance.percent else format_number(tolerance.amount)
    return f"within {amount} of {answer}"


__all__ = ["MAX_TYPED", "Grader"]

"""Words too common to stand for an answer on their own.

A name is never accepted from one of these alone: "forces" is not "Opposition forces", "city" is
not "Mazar-e-Sharif". The list is short on purpose: function words plus the generic nouns that
news answers are built from (groups, places, ranks). Real surnames such as "Bush" stay usable;
when they clash, a teacher lists the short form in `accept`.
"""

from __future__ import annotations

COMMON_WORDS = frozenset(
    """
    the a an and or of in on at to for from by with without into onto over under about after
    before between against during through near far up down out off than then this that these
    those it its he she they them his her their we us our you your i me my who whom whose what
    which where when why how not no yes all any some many much more most few less least other
    another one two three first second third last new old big small great high low
    is are was were be been being has have had do does did will would can could may might must
    city cities town towns village villages capital province provinces region regions district
    country countries state states nation nations area areas border borders valley river
    mountain mountains north south east west northern southern eastern western central
    upper lower greater
    force forces troops troop army armies soldiers soldier fighters fighter rebels rebel
    militia militias alliance alliances coalition front party parties group groups movement
    government governments council ministry union league people men women leader leaders
    commander commanders official officials opposition police guard guards
    world day days year years time week month months
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def is_common(word: str) -> bool:
    """True for a normalised word that says nothing on its own."""
    return word in COMMON_WORDS

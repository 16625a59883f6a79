"""The sex a given name says, from the US census's first-name tables.

Options for "Who won best actress?" must all be women, but the articles call many people
neither "he" nor "she" ("Martin Scorsese", "Michael Johnson"). A given name tells in most
cases; where it does not ("Chris", "Terry", "Kelly"), this says nothing. Read only for
options, never shown to anyone: a wrong reading costs an option, not a right answer.

The tables ship with the `names` package (MIT; the census's 1990 lists of first names with
the share of men or women who bear each one).
"""

from __future__ import annotations

from functools import cache

import names

#: How many times more common among one sex a name must be before it says that sex:
#: "Michael" (2.629% of men, 0.012% of women) says "m"; "Chris" (0.197%, 0.024%) nothing.
MIN_RATIO = 20.0


@cache
def _shares(table: str) -> dict[str, float]:
    """Name (upper case) -> the share, in percent, of that sex who bear it."""
    shares: dict[str, float] = {}
    with open(names.FILES[table], encoding="ascii") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2:
                shares[fields[0]] = float(fields[1])
    return shares


def sex_of_given_name(given: str) -> str | None:
    """"m" or "f" when a given name is borne almost only by men or by women, else None."""
    key = given.strip().upper()
    if not key.isalpha():
        return None
    male = _shares("first:male").get(key, 0.0)
    female = _shares("first:female").get(key, 0.0)
    # A name missing from one table ("Dick" among women) is rarer there than its last line.
    if male > 0 and (female == 0 or male >= MIN_RATIO * female):
        return "m"
    if female > 0 and (male == 0 or female >= MIN_RATIO * male):
        return "f"
    return None

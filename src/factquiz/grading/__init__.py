"""Fair answer checking: lenient on form, strict on meaning, and it says why.

The game grades only through `Grader(pack).grade(question, typed) -> Verdict`. Nothing in this
package imports spaCy, so the play path stays fast to start.
"""

from factquiz.grading.grader import MAX_TYPED, Grader
from factquiz.grading.normalise import is_blank, normalise
from factquiz.grading.numbers import Quantity, parse_quantity

__all__ = ["MAX_TYPED", "Grader", "Quantity", "is_blank", "normalise", "parse_quantity"]

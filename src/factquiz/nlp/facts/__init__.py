"""Facts of one sentence -> candidate questions (who, what-org, where, how-many, when).

Each builder finds an answer phrase in an asserted clause (see `clauses`), asks about it with
`realise`, then resolves pronouns and "the city" against the paragraph (see `context`).
Anything that cannot be made answerable from the sentence alone is dropped, not emitted.

The package splits the work by job; the modules share private helpers among themselves.
"""

from factquiz.nlp.facts.candidates import sentence_candidates

__all__ = ["sentence_candidates"]

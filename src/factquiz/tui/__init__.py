"""The Textual game: pack picker, modes, questions, results. Never imports spaCy."""

"""Self-study: the progress store (SQLite), spaced-repetition scheduling (fsrs) and stats.

Nothing in this package imports spaCy or Textual, so the game can record answers cheaply.
"""

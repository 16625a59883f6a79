"""Fact extraction with spaCy: the only package in factquiz that imports spaCy.

The play path (packs, grading, the game, study) must never import this package; spaCy alone
costs most of a second to import.
"""

from factquiz.nlp.extract import extract
from factquiz.nlp.model import load_model

__all__ = ["extract", "load_model"]

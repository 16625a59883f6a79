"""What a student reads after answering: the verdict, why, the right answer, and the sentence it
came from with the answer highlighted, so every answer teaches something."""

from __future__ import annotations

from rich.text import Text

from factquiz.scoring import Outcome
from factquiz.tui.quiz import AnswerRecord
from factquiz.tui.text import highlight_answer, literal

VERDICT_TEXT: dict[Outcome, tuple[str, str]] = {
    Outcome.RIGHT: ("✔ Right!", "bold green"),
    Outcome.CLOSE: ("≈ Close enough", "bold yellow"),
    Outcome.WRONG: ("✘ Wrong", "bold red"),
    Outcome.SKIPPED: ("↷ Skipped", "bold magenta"),
    Outcome.TIMEOUT: ("⏱ Time's up", "bold red"),
}

#: One-word labels for the results table.
SHORT_LABEL: dict[Outcome, str] = {
    Outcome.RIGHT: "Right",
    Outcome.CLOSE: "Close",
    Outcome.WRONG: "Wrong",
    Outcome.SKIPPED: "Skipped",
    Outcome.TIMEOUT: "Time up",
}

#: Grader notes that only repeat the verdict label.
_PLAIN_NOTES = {"correct", "wrong"}


def verdict_line(record: AnswerRecord) -> Text:
    label, style = VERDICT_TEXT[record.outcome]
    text = Text(label, style=style)
    if record.award.total:
        text.append(f"  {record.award.describe()}", style="bold")
    note = _without_label(record.verdict.note or "")
    if note and note.casefold() not in _PLAIN_NOTES:
        text.append("  ")
        text.append(literal(note, "italic"))
    return text


def _without_label(note: str) -> str:
    """ "wrong: 500 is not 600" after "✘ Wrong" would say wrong twice."""
    head, colon, rest = note.partition(": ")
    return rest if colon and head.casefold() in _PLAIN_NOTES else note


def answer_block(record: AnswerRecord) -> Text:
    """Typed and expected answers, then the cited sentence and its source's title."""
    question = record.item.question
    pack = record.item.pack
    text = Text()
    if record.typed:
        text.append("You answered: ", style="bold")
        text.append(literal(record.typed))
        text.append("\n")
    text.append("Answer: ", style="bold")
    text.append(literal(record.verdict.expected or question.answer))
    if question.accept:
        text.append("  (also: ", style="dim")
        text.append(literal(", ".join(question.accept), "dim"))
        text.append(")", style="dim")
    if question.conflict is not None:
        text.append("\n⚠ ", style="yellow")
        text.append(literal(question.conflict.note, "yellow"))
    for citation in question.citations:
        text.append("\n\n“")
        text.append(highlight_answer(citation.sentence, [question.answer, *question.accept]))
        text.append("”")
        source = pack.source(citation.source)
        text.append("\n  — ", style="dim")
        text.append(literal(source.title if source else citation.source, "dim italic"))
    return text

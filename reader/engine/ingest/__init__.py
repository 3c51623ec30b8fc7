"""Readers that turn one kind of source into :class:`~reader.engine.models.Draft` objects."""

from __future__ import annotations


class IngestError(Exception):
    """One input that cannot be ingested; the message names the reason in a few words.

    ``source`` names the record when the failure is one entry of a larger input (a feed entry,
    a JSON Lines record), so the report can point at it.
    """

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


MAX_BYTES = 20 * 1024 * 1024
"""Largest file or response accepted: beyond this a page is not an article."""

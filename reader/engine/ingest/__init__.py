"""Readers that turn one kind of source into :class:`~reader.engine.models.Draft` objects."""

from __future__ import annotations


class IngestError(Exception):
    """One input that cannot be ingested; the message names the reason in a few words."""


MAX_BYTES = 20 * 1024 * 1024
"""Largest file or response accepted: beyond this a page is not an article."""

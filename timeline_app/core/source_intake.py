"""Taking many sources into a document: files, folders, feeds and web addresses captured
(``core/capture``), their bytes kept in an evidence store, and any whose SHA-256 the document
already holds left out, so nothing is read twice.

A local file is hashed before it is read as an article (hashing is cheap; reading a page's
text is not); a web page can only be told apart once fetched. Progress goes to ``report``,
which may raise to stop the intake between two sources.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from timeline_app.core.capture import (
    Captured,
    CaptureError,
    Input,
    SourceSpec,
    capture_source,
    resolve_input,
)
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import EvidenceStore
from timeline_app.core.http_fetch import new_client

Report = Callable[[float], None]
_RESOLVING = 0.05  # about the share of an intake spent finding what the inputs hold


@dataclass
class Intake:
    """What an intake brought: the new captures, how many were already held, the problems
    (one line each, naming the file, entry or address)."""

    captured: list[Captured] = field(default_factory=list)
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def take_in(
    specs: list[str],
    store: EvidenceStore,
    held: Mapping[str, Article],
    *,
    report: Report | None = None,
    client: httpx.Client | None = None,
) -> Intake:
    """Capture what ``specs`` name (files, folders, feed files, web addresses), keep each new
    capture's bytes in ``store``, and leave out those whose SHA-256 an article of ``held``
    (the document's, by id) or an earlier one of this intake already has."""
    intake = Intake()
    known = {article.sha256 for article in held.values() if article.sha256}
    taken_ids = dict(held)
    with _client(client) as http:
        inputs = _resolve(specs, http, intake, report)
        total = sum(found.count for found in inputs) or 1
        done = 0
        for found in inputs:
            for source in found.sources():
                if report is not None:
                    report(_RESOLVING + (1 - _RESOLVING) * done / total)
                done += 1
                if _held_file(source, known):
                    intake.skipped += 1
                    continue
                try:
                    captured = capture_source(source, http)
                except CaptureError as error:
                    intake.problems.append(str(error))
                    continue
                sha = captured.article.sha256
                if sha in known:
                    intake.skipped += 1
                    continue
                store.put(captured.raw)
                known.add(sha)
                captured = _with_free_id(captured, taken_ids)
                taken_ids[captured.article.id] = captured.article
                intake.captured.append(captured)
    if report is not None:
        report(1.0)
    return intake


def _resolve(
    specs: list[str], client: httpx.Client, intake: Intake, report: Report | None
) -> list[Input]:
    inputs = []
    for number, spec in enumerate(specs):
        if report is not None:
            report(_RESOLVING * number / max(len(specs), 1))
        try:
            found = resolve_input(spec, client)
        except CaptureError as error:
            intake.problems.append(str(error))
            continue
        intake.problems.extend(found.problems)
        if found.count == 0:
            intake.problems.append(f"{found.name}: there is no article in it")
        inputs.append(found)
    return inputs


def _held_file(source: SourceSpec, known: Collection[str]) -> bool:
    if source.is_web or not known:
        return False
    try:
        with Path(source.location).open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest() in known
    except OSError:
        return False  # capturing it says what is wrong


def _with_free_id(captured: Captured, taken: Mapping[str, Article]) -> Captured:
    """The capture, under an id of its own when another source has its id (an id comes from
    the text: the same wire story fetched from another page). The same text is a copy."""
    article = captured.article
    other = taken.get(article.id)
    if other is None:
        return captured
    copy_of = other.id if other.text == article.text and not article.copy_of else article.copy_of
    article = dataclasses.replace(article, id="c" + article.sha256[:11], copy_of=copy_of)
    return dataclasses.replace(captured, article=article)


def _client(given: httpx.Client | None) -> contextlib.AbstractContextManager[httpx.Client]:
    """The given client (left open), or a new one closed on leaving."""
    return contextlib.nullcontext(given) if given is not None else new_client()

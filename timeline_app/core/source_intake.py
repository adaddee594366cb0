"""Taking many sources into a document: files, folders, feeds and web addresses captured
(``core/capture``), their bytes kept in an evidence store, and any whose SHA-256 the document
already holds left out, so nothing is read twice.

A local file is hashed before it is read as an article (hashing is cheap; reading a page's
text is not); a web page can only be told apart once fetched, so each address is fetched once
an intake and not at all when a held capture was asked for at it. Progress goes to ``report``,
which may raise to stop the intake between two sources.

``take_in_article_files`` and ``take_in_pasted`` do the same for the window's quick ways in
(File ▸ Open of an article, Import Article, a dropped article, a pasted one): the article is
read as those always read it, and kept as captured like any other source.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from timeline_app.core.article_files import ArticleError, valid_text
from timeline_app.core.capture import (
    PASTED_ADDRESS,
    Captured,
    CaptureError,
    Input,
    SourceSpec,
    capture_article_file,
    capture_pasted,
    capture_source,
    resolve_input,
)
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import EvidenceError, EvidenceStore, sha256_of
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
    left_out: list[str] = field(default_factory=list)  # the names of those skipped


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
    # Every address is fetched once: one a held capture was read from is left out unfetched
    # (as ``ingest`` does), and one given twice, or by a feed too, is fetched the first time.
    fetched = _held_addresses(held.values())
    taken_ids = dict(held)
    with _client(client) as http:
        inputs = _resolve(specs, http, intake, report, fetched)
        total = sum(found.count for found in inputs) or 1
        done = 0
        for found in inputs:
            for source in found.sources():
                if report is not None:
                    report(_RESOLVING + (1 - _RESOLVING) * done / total)
                done += 1
                if _held_file(source, known) or _fetched_before(source, fetched):
                    _left_out(intake, _name_of(source.location))
                    continue
                try:
                    captured = capture_source(source, http)
                except CaptureError as error:
                    intake.problems.append(str(error))
                    continue
                _keep(captured, store, known, taken_ids, intake, _name_of(source.location))
    if report is not None:
        report(1.0)
    return intake


def take_in_article_files(
    paths: Iterable[str | Path], store: EvidenceStore, held: Mapping[str, Article]
) -> Intake:
    """Capture article files (``capture_article_file``) and keep each new one's bytes in
    ``store``, leaving out unread a file whose SHA-256 an article of ``held`` (the document's
    and those waiting for review, by id) or an earlier one of these has. A file that cannot
    be read, or kept, is a problem naming it."""
    intake = Intake()
    known = {article.sha256 for article in held.values() if article.sha256}
    taken_ids = dict(held)
    for path in paths:
        name = Path(path).name
        if _held_file(SourceSpec(str(path)), known):
            _left_out(intake, name)
            continue
        try:
            captured = capture_article_file(path)
            _keep(captured, store, known, taken_ids, intake, name)
        except (ArticleError, EvidenceError) as error:
            intake.problems.append(_named(error, name))
    return intake


def take_in_pasted(text: str, store: EvidenceStore, held: Mapping[str, Article]) -> Intake:
    """Capture a pasted article (``capture_pasted``) as ``take_in_article_files`` captures
    a file. ArticleError when the text is empty; a capture that cannot be kept is a problem."""
    intake = Intake()
    known = {article.sha256 for article in held.values() if article.sha256}
    if sha256_of(valid_text(text).encode("utf-8")) in known:
        _left_out(intake, PASTED_ADDRESS)
        return intake
    captured = capture_pasted(text)
    try:
        _keep(captured, store, known, dict(held), intake, PASTED_ADDRESS)
    except EvidenceError as error:
        intake.problems.append(str(error))
    return intake


def _keep(
    captured: Captured,
    store: EvidenceStore,
    known: set[str],
    taken_ids: dict[str, Article],
    intake: Intake,
    name: str,
) -> None:
    """Keep a new capture's bytes and take it in, or count it as held already.
    EvidenceError when the bytes cannot be kept."""
    sha = captured.article.sha256
    if sha in known:
        _left_out(intake, name)
        return
    store.put(captured.raw)
    known.add(sha)
    captured = _with_free_id(captured, taken_ids)
    taken_ids[captured.article.id] = captured.article
    intake.captured.append(captured)


def _left_out(intake: Intake, name: str) -> None:
    intake.skipped += 1
    intake.left_out.append(name)


def _name_of(location: str) -> str:
    return location if "://" in location else Path(location).name


def _named(error: Exception, name: str) -> str:
    message = str(error)
    return message if name in message else f"{name}: {message}"


def _resolve(
    specs: list[str],
    client: httpx.Client,
    intake: Intake,
    report: Report | None,
    fetched: set[str],
) -> list[Input]:
    inputs = []
    for number, spec in enumerate(specs):
        if report is not None:
            report(_RESOLVING * number / max(len(specs), 1))
        if _fetched_before(SourceSpec(spec), fetched):
            _left_out(intake, _name_of(spec.strip()))
            continue
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


def _held_addresses(articles: Iterable[Article]) -> set[str]:
    """The addresses the captures among ``articles`` were asked for."""
    return {
        article.requested_url for article in articles if article.sha256 and article.requested_url
    }


def _fetched_before(source: SourceSpec, fetched: set[str]) -> bool:
    """Whether the web address ``source`` names was fetched already (and note it if not);
    a page fetched while resolving, whose answer the spec carries, is not fetched again."""
    if not source.is_web:
        return False
    address = source.location.strip()
    if source.fetched is not None:
        fetched.add(address)
        return False
    if address in fetched:
        return True
    fetched.add(address)
    return False


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
    if other is None or (not other.sha256 and other.text == article.text):
        # Nothing else has its id, or an article read before without a capture (an older
        # document, the example) has: the same article, which gains its custody record.
        return captured
    copy_of = other.id if other.text == article.text and not article.copy_of else article.copy_of
    article = dataclasses.replace(article, id="c" + article.sha256[:11], copy_of=copy_of)
    return dataclasses.replace(captured, article=article)


def _client(given: httpx.Client | None) -> contextlib.AbstractContextManager[httpx.Client]:
    """The given client (left open), or a new one closed on leaving."""
    return contextlib.nullcontext(given) if given is not None else new_client()

"""The main text of a web page, read by trafilatura (the story without menus, teasers, comment
threads and the like), in the app's shape: one paragraph per block, blank lines between.

Trafilatura is told to favour precision: a line of boilerplate in an article becomes a wrong
event, a sentence lost costs less. Where it finds no text (a page too short or too unusual for
it), the caller keeps the app's own reading of the page (``core/html_article.py``).
"""

from __future__ import annotations

import logging

# Trafilatura reports pages it cannot read through logging, which would print on stderr
# beside the command's own one-line messages: the caller says what happened instead.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("trafilatura").propagate = False


def main_text(html: str) -> str | None:
    """The story's text, or None when trafilatura finds none."""
    import trafilatura

    try:
        text = trafilatura.extract(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=False,
            deduplicate=False,
        )
    except (ValueError, RecursionError):  # a page trafilatura's tree cannot hold
        return None
    if not text:
        return None
    paragraphs = (" ".join(line.split()) for line in text.split("\n"))
    return "\n\n".join(p for p in paragraphs if p) or None

"""Kinds a reader expects of police work told through its source, a hunt for a fugitive, and
a person shot with nothing else said.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

from datetime import date

import pytest

from .extraction_checks import kind_of_event

PUBLISHED = date(2024, 3, 8)


def _kind(text: str) -> str:
    return kind_of_event(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what the police say they found is police work
        ("A grey van was found in a Tulsa parking lot on Monday, police said.", "legal"),
        ("The stolen truck was found near Enid on Monday, the FBI said.", "legal"),
        # ... but a survivor found is still rescued, whoever says so
        ("Two survivors were found in the rubble on Monday, officials said.", "humanitarian"),
        # a hunt for an escaped inmate is police work; a search for survivors is aid
        ("The hunt for the escaped inmate was extended to Ohio on Monday.", "legal"),
        ("Rescuers searched the rubble for survivors on Monday.", "humanitarian"),
        # a second verb shares the first's subject: the police questioned him
        ("Police detained and questioned the courier on Monday.", "legal"),
        # a person named as shot was attacked; one who shot to fame was not
        ("Marta Ilves was shot in Riga on Sunday.", "violence against civilians"),
        ("Lena Brandt shot to fame in 2010.", "other"),
    ],
)
def test_kind(text: str, kind: str):
    assert _kind(text) == kind

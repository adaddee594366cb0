"""A month name typed with a slip is named in the editor's refusal: "12 Janaury 2022" said only
that "12 Janaury" was not read, and a person looking at it sees "January" and wonders why."""

from __future__ import annotations

import pytest

from tests.ui.test_editor import make_editor, type_into
from timeline_app.core.date_reader import read_when
from timeline_app.core.dates import DateError


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("12 Janaury 2022", "January"),
        ("Febuary 2023", "February"),
        ("3 Agust 2019", "August"),
        ("Marhc 2014", "March"),
    ],
)
def test_a_misspelt_month_is_refused_with_the_month_it_looks_like(qtbot, typed, hint):
    editor = make_editor(qtbot)
    type_into(qtbot, editor.title_edit, "Ferry service resumes")
    type_into(qtbot, editor.start_field.edit, typed)
    feedback = editor.start_field.feedback.text()
    assert feedback.startswith("✗ read ")
    assert feedback.endswith(f'(did you mean "{hint}"?)')
    assert not editor.ok_button.isEnabled()


@pytest.mark.parametrize("typed", ["1 March 2022 blah", "2014 mayor", "junk 2020"])
def test_words_that_are_no_month_get_no_hint(typed):
    with pytest.raises(DateError) as refused:
        read_when(typed)
    assert "did you mean" not in str(refused.value)

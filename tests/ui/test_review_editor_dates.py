"""Editing a candidate under review: relative dates count from the article's publication date,
as the extractor counts them (issue 12)."""

from __future__ import annotations

import datetime as dt

from tests.ui import test_article_workspace as workspace_tests
from tests.ui.test_article_workspace import ap_article, candidate_with, fake_extract, wait_idle
from timeline_app.core.dates import FuzzyDate, When

make_workspace = workspace_tests.make_workspace  # the article workspace tests' fixture


def test_yesterday_in_a_candidates_editor_is_the_day_before_publication(make_workspace, qtbot):
    workspace, _model, _selection, _stack = make_workspace(extract=fake_extract)
    article = ap_article()
    assert article.published is not None
    workspace.review_article(article)
    wait_idle(qtbot, workspace)
    panel = workspace.review_panel
    panel.select_candidate(candidate_with(panel, "Sept. 2").event.id)
    editor = panel.edit_selected()
    assert editor is not None
    editor.start_field.setText("yesterday")
    day = article.published - dt.timedelta(days=1)
    assert editor.when() == When(FuzzyDate(day.year, day.month, day.day))
    assert "counted from the article's date" in editor.start_field.feedback.text()
    editor.reject()

"""Any bytes as an article or as its metadata: an Article, or an ArticleError naming the file.

What is read must also be writable: no lone surrogates reach the article (they would stop
the save's and the autosave's UTF-8 encoding).
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_reading import (
    read_any_article,
    read_article_file,
    read_html_article,
)

SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW_OK
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".htm", ".dat", ""]))
@example(b"<html><script type='application/ld+json'>" + b"[" * 5000 + b"</script><p>x</p>", ".html")
@example(b"\xff\xfe\x00\xd8", ".txt")  # UTF-16 with a lone surrogate
@example(b"<html><p>&#xd800; &#0; &#x110000;</p></html>", ".html")
def test_arbitrary_bytes_as_an_article_only_raise_article_error(data, suffix):
    handle, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        try:
            article = read_any_article(name)
        except ArticleError as error:
            assert Path(name).name in str(error)
            return
        assert isinstance(article.text, str) and article.text
        article.text.encode("utf-8")  # the text can be saved
    finally:
        os.unlink(name)


@SLOW_OK
@given(st.binary(max_size=500))
@example(b"[" * 100_000)
@example(b'{"title": "\\ud800", "published": "2022-13-01"}')
@example(b'{"published": 20220101}')
@example(b'{"title": {"a": 1}, "published": null}')
def test_arbitrary_bytes_as_an_article_s_metadata_only_raise_article_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("meta")
    (folder / "story.txt").write_text("Talks began on 3 March 2022.", encoding="utf-8")
    (folder / "story.json").write_bytes(data)
    try:
        article = read_any_article(folder / "story.txt")
    except ArticleError as error:
        assert "story" in str(error)
        return
    for text in (article.title, article.publisher, article.url, article.language):
        text.encode("utf-8")  # what was read can be saved and autosaved


def test_deeply_nested_json_ld_is_ignored_not_fatal():
    page = (
        "<html><head><script type='application/ld+json'>"
        + "[" * 50_000
        + "]" * 50_000
        + "</script></head><body><p>Talks began on 3 March 2022.</p></body></html>"
    )
    article = read_html_article(page, "deep.html")
    assert article.text == "Talks began on 3 March 2022."


def test_lone_surrogates_in_article_metadata_do_not_reach_the_article(tmp_path):
    (tmp_path / "story.txt").write_text("Talks began.", encoding="utf-8")
    (tmp_path / "story.json").write_text(
        '{"title": "Talks \\ud800 begin", "publisher": "\\udfff News"}', encoding="utf-8"
    )
    article = read_any_article(tmp_path / "story.txt")
    assert article.title.encode("utf-8") and article.publisher.encode("utf-8")
    assert article.title.startswith("Talks") and article.title.endswith("begin")
    page = (
        '<html><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Talks \\ud800 begin"}</script><p>Talks began.</p></html>'
    )
    assert read_html_article(page, "story.html").title.encode("utf-8")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf\n", b"\xff\xfe \x00"])
def test_an_article_file_without_text_is_refused_like_an_empty_page(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=r"^blank\.txt: the file holds no text"):
        read_any_article(path)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_an_article_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, suffix):
    from timeline_app.core import article_files

    assert article_files.MAX_ARTICLE_BYTES == 32 * 2**20
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as stream:  # sparse: 33 MiB on paper, nothing on disk
        stream.truncate(article_files.MAX_ARTICLE_BYTES + 2**20)
    with pytest.raises(
        ArticleError, match=rf"^huge\{suffix}: the file is 33 MiB, larger than the 32 MiB limit"
    ):
        read_any_article(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("suffix", [".txt", ".html", ""])
def test_an_endless_device_is_refused_unread(tmp_path, suffix):
    path = tmp_path / f"story{suffix}"
    path.symlink_to("/dev/zero")  # read whole, it would fill the memory
    with pytest.raises(ArticleError, match=r"this is a device, not an article file"):
        read_any_article(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_article_from_a_pipe_is_read_when_asked_for(tmp_path):
    path = tmp_path / "story.txt"  # as the command line's <(curl ...) gives one
    os.mkfifo(path)
    writer = threading.Thread(target=path.write_bytes, args=(b"Talks began on 3 March.",))
    writer.start()
    try:
        assert read_article_file(path, pipes=True).article.text == "Talks began on 3 March."
    finally:
        writer.join(timeout=5)


@pytest.mark.parametrize("suffix", [".txt", ".html", ""])
def test_a_folder_is_not_an_article(tmp_path, suffix):
    (tmp_path / f"story{suffix}").mkdir()
    with pytest.raises(ArticleError, match="this is a folder, not an article file"):
        read_any_article(tmp_path / f"story{suffix}")

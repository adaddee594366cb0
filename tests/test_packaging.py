"""Packaging: the desktop files validate, the icon renders, the PNGs exist, --version works."""

from __future__ import annotations

import os

# tests/conftest.py sets this too; repeated here so the module also runs on its own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from timeline_app import __version__  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.crisistimeline.CrisisTimeline"
SVG = ROOT / "resources" / "icons" / "crisis-timeline.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_entry_validates():
    tool = _validator("desktop-file-validate")
    result = subprocess.run(
        [tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


def test_desktop_entry_opens_documents_with_the_command():
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=crisis-timeline %f" in text.splitlines()
    assert f"Icon={APP_ID}" in text.splitlines()
    assert "application/x-crisis-timeline;" in text


def test_metainfo_validates():
    tool = _validator("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_its_launcher_and_its_release():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("provides/mediatype").text == "application/x-crisis-timeline"
    assert __version__ in [r.get("version") for r in root.iter("release")]


def test_mime_type_is_the_document_extension():
    from timeline_app.core.document import EXTENSION

    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "crisis-timeline-mime.xml").getroot()
    mime = root.find("m:mime-type", namespace)
    assert mime.get("type") == "application/x-crisis-timeline"
    assert mime.find("m:glob", namespace).get("pattern") == f"*{EXTENSION}"
    assert mime.find("m:sub-class-of", namespace).get("type") == "application/json"


def test_mime_magic_matches_a_saved_document(tmp_path):
    from timeline_app.core.document import TimelineDocument, save_document

    path = tmp_path / "t.ctimeline"
    save_document(TimelineDocument(title="t"), path)
    head = path.read_bytes()[:256].decode("utf-8")
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "crisis-timeline-mime.xml").getroot()
    values = [m.get("value") for m in root.iterfind(".//m:match", namespace)]
    assert any(value in head for value in values)


def test_svg_icon_is_xml_and_renders_not_blank(qapp):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    assert ET.parse(SVG).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 64, 64))
    painter.end()
    colours = {image.pixel(x, y) for x in range(64) for y in range(64)}
    assert len(colours) >= 3  # background, axis, accent at least
    assert image.pixelColor(32, 32).alpha() == 255  # the tile is opaque in the middle


@pytest.mark.parametrize("size", SIZES)
def test_png_icon_exists_at_each_size(size, qapp):
    from PySide6.QtGui import QImage

    path = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is missing: run python packaging/make_icons.py"
    assert (image.width(), image.height()) == (size, size)


def test_python_m_timeline_app_prints_the_version():
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"crisis-timeline {__version__}"


def test_pyinstaller_spec_bundles_resources_and_seeds():
    spec = (ROOT / "packaging" / "crisis-timeline.spec").read_text(encoding="utf-8")
    assert '"resources"), "resources")' in spec and '"seeds"), "seeds")' in spec
    compile(spec, "crisis-timeline.spec", "exec")  # at least valid Python

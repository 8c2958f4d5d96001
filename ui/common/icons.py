"""The workstation's icons: Tabler Icons bundled as SVG in resources/icons (see the README
there for the origin and the licence), drawn in the theme's colour at the sizes asked."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.common import theme

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
SIZES = (16, 20, 24, 32, 48)

CHANNEL_ICONS = {"phone": "phone", "chat": "message-circle", "email": "mail",
                 "callback": "phone-outgoing", "walk_in": "walk"}


@cache
def _svg(name: str) -> bytes:
    return (ICON_DIR / f"{name}.svg").read_bytes()


@cache
def _icon(name: str, colour: str, selected: str, ratio: float) -> QIcon:
    icon = QIcon()
    # A selected row or item is drawn on the selection colour: the icon in its text colour.
    for mode, paint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Selected, selected)):
        renderer = QSvgRenderer(QByteArray(_svg(name).replace(b"currentColor",
                                                              paint.encode("ascii"))))
        for size in SIZES:
            side = round(size * ratio)
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, side, side))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap, mode)
    return icon


def icon(name: str, colour: str | None = None) -> QIcon:
    """The named icon (a file name in resources/icons without .svg), in ``colour`` or the
    theme's icon colour."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return QIcon()   # no pixmaps without a GUI (a model tested on its own)
    palette = theme.current()
    return _icon(name, colour or palette.icon, palette.on_selection, app.devicePixelRatio())


def channel_icon(channel: str) -> QIcon | None:
    name = CHANNEL_ICONS.get(channel)
    return icon(name) if name else None

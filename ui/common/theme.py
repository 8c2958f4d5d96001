"""The workstation's one look: a palette (the citizen chat's colours, server/static/chat/
chat.css) and the stylesheet made from it, or the high-contrast palette instead (View ▸
High contrast, Ctrl+Shift+H, remembered in the settings).

Widgets do not hard-code colours: they name a role the stylesheet knows (an object name,
or the ``tone`` and ``role`` properties set by ``set_tone`` / ``set_role``), and what is
drawn by code (the queue's cells, the transcript's names, the icons) asks ``current()``.
``changed`` tells those to draw again when the palette is switched."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Palette:
    name: str
    text: str
    muted: str
    window: str          # the window's background
    card: str            # panels, lists, text fields
    alt_row: str
    border: str          # fields and buttons
    border_soft: str     # cards and grid lines
    primary: str         # headings, the menu bar, default buttons, focus
    on_primary: str      # text on primary
    accent: str          # the stripe under the menu bar, the offer's edge
    selection: str
    on_selection: str
    offer_bg: str
    warn_bg: str         # waiting past the target
    warn: str
    error_bg: str        # waiting past twice the target, errors
    error: str
    ok: str
    info_bg: str
    mine: str            # the counsellor's name in a transcript
    citizen: str         # the citizen's name in a transcript
    icon: str


STANDARD = Palette(
    name="standard", text="#1b1b1b", muted="#454b52", window="#f3f5f7", card="#ffffff",
    alt_row="#f4f7fb", border="#5f6a75", border_soft="#c6cdd4", primary="#0a3d7a",
    on_primary="#ffffff", accent="#f0b400", selection="#0a3d7a", on_selection="#ffffff",
    offer_bg="#fff6d6", warn_bg="#ffe2b3", warn="#5c3a00", error_bg="#fdecee",
    error="#8a0019", ok="#14532d", info_bg="#e8f1fb", mine="#0a3d7a", citizen="#14532d",
    icon="#0a3d7a")

# White on black with yellow and cyan accents, like the operating systems' own
# high-contrast schemes; every pair here is at least 7:1.
HIGH_CONTRAST = Palette(
    name="high_contrast", text="#ffffff", muted="#ffffff", window="#000000", card="#000000",
    alt_row="#141414", border="#ffffff", border_soft="#ffffff", primary="#ffff00",
    on_primary="#000000", accent="#ffff00", selection="#1aebff", on_selection="#000000",
    offer_bg="#2b2600", warn_bg="#000000", warn="#ffd84d", error_bg="#000000",
    error="#ff9e9e", ok="#7dff9b", info_bg="#000000", mine="#ffff00", citizen="#7dff9b",
    icon="#ffffff")


class _Notifier(QObject):
    changed = Signal()


_state: dict[str, Palette] = {"palette": STANDARD}


@cache
def notifier() -> _Notifier:
    return _Notifier()


def current() -> Palette:
    return _state["palette"]


def is_high_contrast() -> bool:
    return current() is HIGH_CONTRAST


@dataclass(frozen=True)
class Brushes:
    """The queue's cell colours as brushes, made once per palette (the queue asks for them
    on every repaint of every cell)."""

    offer_bg: QBrush
    muted: QBrush
    warn_bg: QBrush
    warn: QBrush
    error_bg: QBrush
    error: QBrush


@cache
def _brushes(palette: Palette) -> Brushes:
    return Brushes(*(QBrush(QColor(getattr(palette, f)))
                     for f in ("offer_bg", "muted", "warn_bg", "warn", "error_bg", "error")))


def brushes() -> Brushes:
    return _brushes(current())


def qpalette(p: Palette) -> QPalette:
    """Qt's palette for what the stylesheet leaves to the style (message boxes, menus)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, p.window), (roles.WindowText, p.text),
                         (roles.Base, p.card), (roles.AlternateBase, p.alt_row),
                         (roles.Text, p.text), (roles.Button, p.card),
                         (roles.ButtonText, p.text), (roles.Highlight, p.selection),
                         (roles.HighlightedText, p.on_selection),
                         (roles.ToolTipBase, p.card), (roles.ToolTipText, p.text),
                         (roles.PlaceholderText, p.muted), (roles.Link, p.primary),
                         (roles.BrightText, p.error)):
        pal.setColor(role, QColor(colour))
    return pal


def stylesheet(p: Palette) -> str:
    hc = p is HIGH_CONTRAST
    line = 2 if hc else 1
    return f"""
QMainWindow, QDialog {{ background: {p.window}; color: {p.text}; }}
QToolTip {{ background: {p.card}; color: {p.text}; border: 1px solid {p.border}; padding: 4px; }}
QMenuBar {{ background: {p.primary}; color: {p.on_primary}; border-bottom: 3px solid {p.accent};
  padding: 2px 4px; }}
QMenuBar::item {{ background: transparent; padding: 5px 10px; border-radius: 4px; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{ background: {p.on_primary}; color: {p.primary}; }}
QMenu {{ background: {p.card}; color: {p.text}; border: 1px solid {p.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 20px; }}
QMenu::item:selected {{ background: {p.selection}; color: {p.on_selection}; }}
QMenu::separator {{ height: 1px; background: {p.border_soft}; margin: 4px 8px; }}
QDockWidget {{ color: {p.primary}; font-weight: bold; }}
QDockWidget::title {{ background: {p.window}; padding: 8px 6px 4px 8px;
  border-bottom: 2px solid {p.primary}; }}
QStatusBar {{ background: {p.card}; color: {p.text}; border-top: {line}px solid {p.border_soft}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QTabWidget::pane {{ border: none; border-top: {line}px solid {p.border_soft}; background: {p.window}; }}
QTabBar::tab {{ background: transparent; color: {p.muted}; padding: 7px 14px; margin-right: 2px;
  border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ color: {p.primary}; border-bottom: 3px solid {p.primary}; font-weight: bold; }}
QTabBar::tab:hover {{ color: {p.text}; border-bottom: 3px solid {p.border_soft}; }}
QTableView, QTableWidget, QListView, QListWidget, QTreeView {{ background: {p.card};
  alternate-background-color: {p.alt_row}; color: {p.text}; border: {line}px solid {p.border_soft};
  border-radius: 4px; gridline-color: {p.border_soft};
  selection-background-color: {p.selection}; selection-color: {p.on_selection}; }}
QTableView::item, QTableWidget::item {{ padding: 2px 4px; }}
QHeaderView::section {{ background: {p.window}; color: {p.text}; font-weight: bold; padding: 5px 6px;
  border: none; border-bottom: 2px solid {p.border_soft}; border-right: 1px solid {p.border_soft}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QSpinBox, QDateEdit, QTimeEdit, QComboBox {{
  background: {p.card}; color: {p.text}; border: {line + 1 if hc else 1}px solid {p.border};
  border-radius: 4px; padding: 4px 6px; selection-background-color: {p.selection};
  selection-color: {p.on_selection}; }}
QComboBox QAbstractItemView {{ background: {p.card}; color: {p.text};
  selection-background-color: {p.selection}; selection-color: {p.on_selection}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QSpinBox:focus,
QDateEdit:focus, QTimeEdit:focus, QComboBox:focus, QTableView:focus, QTableWidget:focus,
QListWidget:focus {{ border: 2px solid {p.primary}; }}
QPushButton {{ background: {p.card}; color: {p.primary}; border: {line + 1 if hc else 1}px solid {p.primary};
  border-radius: 4px; padding: 6px 14px; font-weight: bold; min-height: 18px; }}
QPushButton:hover {{ background: {p.info_bg}; }}
QPushButton:focus {{ border: 3px solid {p.accent if hc else p.primary}; padding: 4px 12px; }}
QPushButton:default, QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary}; }}
QPushButton:disabled {{ color: {p.muted}; border-color: {p.border_soft}; }}
QCheckBox, QRadioButton {{ color: {p.text}; spacing: 6px; }}
QScrollArea#homePage, QWidget#homeBody {{ background: {p.window}; border: none; }}
QLabel {{ color: {p.text}; }}
QLabel[role="heading"] {{ color: {p.primary}; font-size: 13pt; font-weight: bold; }}
QLabel[role="title"] {{ color: {p.primary}; font-size: 17pt; font-weight: bold; }}
QLabel[role="subtitle"] {{ color: {p.muted}; font-size: 11pt; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="figure"] {{ color: {p.text}; font-size: 15pt; font-weight: bold; }}
QLabel[tone="ok"] {{ color: {p.ok}; font-weight: bold; }}
QLabel[tone="warn"] {{ color: {p.warn}; background: {p.warn_bg}; font-weight: bold;
  border-radius: 3px; padding: 0 4px; }}
QLabel[tone="error"] {{ color: {p.error}; font-weight: bold; }}
QLabel[tone="late"] {{ color: {p.error}; background: {p.error_bg}; font-weight: bold;
  border-radius: 3px; padding: 0 4px; }}
QLabel[tone="note"] {{ background: {p.offer_bg}; color: {p.text}; padding: 6px;
  border-left: 4px solid {p.accent}; }}
QLabel[tone="hint"] {{ color: {p.muted}; font-style: italic; }}
QFrame#card {{ background: {p.card}; border: {line}px solid {p.border_soft}; border-radius: 6px; }}
QFrame#offerBar, QFrame#homeOffer[offered="true"] {{ background: {p.offer_bg};
  border: {line}px solid {p.accent}; border-left: 6px solid {p.accent}; border-radius: 6px; }}
QLabel#offerText {{ font-weight: bold; }}
QLabel#chatHeader {{ color: {p.primary}; font-size: 12pt; font-weight: bold; padding: 2px 0 4px 0; }}
QLabel#queueSummary {{ color: {p.muted}; padding: 2px 2px 4px 2px; }}
QLabel#emptyWorkArea {{ color: {p.muted}; font-size: 12pt; }}
"""


def app_font(base: QFont) -> QFont:
    """The application's font: the system's, but never under 10 pt (Finnish words are
    long and a counsellor reads the screen all day)."""
    font = QFont(base)
    if font.pointSizeF() > 0 and font.pointSizeF() < 10:
        font.setPointSizeF(10)
    return font


def apply(app: QApplication, *, high_contrast: bool) -> None:
    """Put the standard or the high-contrast look on the whole application."""
    palette = HIGH_CONTRAST if high_contrast else STANDARD
    first = not app.property("neuvoThemed")
    if first:
        app.setStyle("Fusion")   # the same look on every platform; the palette colours it
        app.setFont(app_font(app.font()))
        app.setProperty("neuvoThemed", True)
    elif palette is current() and app.styleSheet():
        return
    _state["palette"] = palette
    app.setPalette(qpalette(palette))
    app.setStyleSheet(stylesheet(palette))
    notifier().changed.emit()


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label by what it says: "ok", "warn", "error", "late", "note", "hint" or ""
    (plain)."""
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        _repolish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """A label's place in the hierarchy: "title", "heading", "subtitle", "figure",
    "muted"; a button's "primary"."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        _repolish(widget)

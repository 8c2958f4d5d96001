"""The workstation's look, as a counsellor meets it: the start tab is their day (the offer,
today's appointments, the queue at a glance), the high-contrast look is one key away and
stays chosen, and the window opens with the docks where they were left."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.common import prefs, theme
from ui.home.feature import read_today
from ui.shell.startup import build_main_window
from workstation.login import login
from workstation.session import TokenVault

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def standard_look_after(qapp):
    """The look is the whole application's: put the standard one back whatever happens."""
    yield
    theme.apply(qapp, high_contrast=False)


def window_color() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_the_start_tab_is_the_counsellors_day(qtbot, fresh_server, languages):
    window = build_main_window(login(fresh_server.url, "anna", "demo", TokenVault()), languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status.state == "online", timeout=15000)
    page = window.home.page
    tabs = window.contacts.tabs
    assert tabs.currentWidget() is page and tabs.tabText(0) == "Päiväni"

    # Today's appointments at Anna's guidance point (Turku), as the store has them.
    qtbot.waitUntil(lambda: page.appointments is not None and page.day_list.count() > 0,
                    timeout=10000)
    point, rows = read_today(window.reader, "853", date.today())
    assert point is not None and page.day_point.text() == point["name"]
    booked = [a for a in rows if a["status"] != "cancelled"]
    shown = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    assert len(shown) == len(booked) > 0
    for appointment, text in zip(booked, shown, strict=True):
        assert appointment["citizen_name"] in text

    # The queue at a glance agrees with the queue.
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: page.glance.total == window.queue.model.rowCount(), timeout=5000)
    chats = sum(1 for r in window.queue.model.rows if r["channel"] == "chat")
    assert page.channel_rows["chat"][2].text() == str(chats)

    # My offer, with its keys; accepting from the page opens the contact, and the day stays.
    assert not page.accept_button.isVisible() and "F2" in page.offer_text.text()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)                      # available
    qtbot.waitUntil(lambda: page.offer is not None and page.accept_button.isVisible(),
                    timeout=10000)
    offer = page.offer
    assert page.offer_text.text().startswith("Tarjotaan sinulle: ")
    assert page.accept_button.text() == "Ota vastaan (F2)"
    assert page.decline_button.text() == "Hylkää (F3)"
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offer["id"] in window.contacts.chats, timeout=5000)
    assert tabs.indexOf(page) == 0, "the day stays the first tab while contacts are open"
    assert tabs.currentWidget() is not page

    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.mine_list.count() == 1, timeout=10000)
    assert page.mine_list.item(0).data(Qt.ItemDataRole.UserRole) == offer["id"]
    assert page.isAncestorOf(QApplication.focusWidget()), "Alt+Home puts the focus there"
    window.close()


def test_high_contrast_is_one_key_away_and_stays_chosen(qtbot, main_window,
                                                         standard_look_after):
    window = main_window()
    standard = window_color()
    assert not window.act_high_contrast.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL_SHIFT)
    assert window.act_high_contrast.isChecked()
    assert window_color() == theme.HIGH_CONTRAST.window != standard
    assert "#000000" in QApplication.instance().styleSheet()
    assert prefs.high_contrast()
    # The queue's cells follow: a colleague's offer is drawn in the high-contrast text.
    assert theme.brushes().muted.color().name() == theme.HIGH_CONTRAST.muted

    window.close()
    window.worker.thread.wait(5000)
    theme.apply(QApplication.instance(), high_contrast=False)   # as a fresh start would be
    again = main_window()
    assert again.act_high_contrast.isChecked(), "remembered between sessions"
    assert window_color() == theme.HIGH_CONTRAST.window

    again.act_high_contrast.trigger()
    assert window_color() == theme.STANDARD.window and not prefs.high_contrast()


def test_the_window_opens_with_the_docks_where_they_were_left(qtbot, main_window):
    window = main_window()
    assert window.dockWidgetArea(window.queue.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not window.walkin.dock.isVisible(), "a counsellor starts without the day view"
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.queue.dock)
    window.walkin.dock.show()
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.height() == 700, timeout=3000)
    window.close()
    window.worker.thread.wait(5000)

    again = main_window()
    assert again.dockWidgetArea(again.queue.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.walkin.dock.isVisible()
    # (The headless test screen is 800 px wide: the restored width is kept within it.)
    assert again.height() == 700

    again.act_reset_layout.trigger()                                 # View ▸ reset
    assert again.dockWidgetArea(again.queue.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not again.walkin.dock.isVisible()
    assert prefs.window_layout("anna") == (None, None)


@pytest.mark.parametrize("width", [600, 1000])
def test_the_day_page_makes_room_for_what_arrives_after_it_shows(qtbot, width):
    """One column in a narrow work area, two in a wide one; a card grows with its rows
    (the appointments arrive after the page is up, as in a real window)."""
    from datetime import datetime, timedelta

    from ui.home.page import DayPage

    page = DayPage("Anna Virtanen")
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    start = datetime.now().astimezone()
    page.set_appointments({"name": "Seniori-info Turku"}, [
        {"id": str(n), "starts_at": (start + timedelta(hours=n)).isoformat(),
         "ends_at": (start + timedelta(hours=n, minutes=30)).isoformat(),
         "citizen_name": f"Visitor {n}", "topic": "housing", "status": "booked"}
        for n in range(3)])
    card = page.day_card
    qtbot.waitUntil(lambda: card.height() >= card.minimumSizeHint().height() > 100,
                    timeout=3000)
    assert page.day_list.count() == 3 and page.day_list.isVisible()
    assert page.two_columns == (width >= page.TWO_COLUMNS_FROM)

"""A supervisor's team view: presence of each person, and their languages and client
groups changed with the keyboard alone, confirmed by the real server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.status import presence_name

CTRL = Qt.KeyboardModifier.ControlModifier


def active_dialog(name: str):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def confirmed_user(window, user_id: str) -> dict | None:
    user = window.reader.get("user", user_id)
    return user if user and not user["_pending"] else None


def test_a_supervisor_changes_a_persons_languages_with_the_keyboard(qtbot, main_window):
    window = main_window("paivi")
    assert window.act_team.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: active_dialog("teamDialog") is not None, timeout=3000)
    dialog = active_dialog("teamDialog")
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    # The team's people who take contacts, by name: not the professional, not the admin
    # (other tests on this shared server may have added colleagues).
    assert names == sorted(names, key=str.casefold)
    assert {"Anna Virtanen", "Erik Lindholm", "Liisa Mäkinen", "Mikko Laine",
            "Päivi Salminen", "Sari Heikkilä"} <= set(names)
    assert not {"Helena Nieminen", "Ylläpitäjä"} & set(names)
    qtbot.waitUntil(dialog.table.hasFocus, timeout=3000)
    erik = next(m for m in dialog.members if m["display_name"] == "Erik Lindholm")
    try:
        row = names.index("Erik Lindholm")
        for _ in range(row):
            qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        assert dialog.current_member()["id"] == erik["id"]
        assert "Erik Lindholm" in dialog.editor.title()
        assert dialog.table.item(row, 3).text() == "FI, SV"
        finnish, swedish = dialog.language_boxes["fi"], dialog.language_boxes["sv"]
        assert finnish.isChecked() and swedish.isChecked()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)          # to Finnish
        assert finnish.hasFocus()
        qtbot.keyClick(finnish, Qt.Key.Key_Tab)               # to Swedish
        qtbot.keyClick(swedish, Qt.Key.Key_Space)             # untick
        qtbot.keyClick(swedish, Qt.Key.Key_S, CTRL)           # save
        qtbot.waitUntil(lambda: (confirmed_user(window, erik["id"]) or {}).get("languages")
                        == ["fi"], timeout=10000)
        qtbot.waitUntil(lambda: dialog.table.item(row, 3).text() == "FI", timeout=3000)
        assert not swedish.isChecked(), "the editor shows what was saved"

        # Without any language the person would be offered nothing: refused on the spot.
        finnish.setFocus()
        qtbot.keyClick(finnish, Qt.Key.Key_Space)
        qtbot.keyClick(finnish, Qt.Key.Key_S, CTRL)
        assert dialog.error.text(), "the supervisor is told why"
        assert confirmed_user(window, erik["id"])["languages"] == ["fi"], "nothing sent"
        assert not window.worker.engine.awaiting_write("user", erik["id"])

        # A client group: the table says which; none means every group.
        qtbot.keyClick(finnish, Qt.Key.Key_Space)
        dialog.group_boxes["families"].setChecked(True)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: (confirmed_user(window, erik["id"]) or {}).get(
            "client_groups") == ["families"], timeout=10000)
        qtbot.waitUntil(lambda: dialog.table.item(row, 4).text() != dialog.tr("All groups"),
                        timeout=3000)
    finally:
        window.worker.engine.submit("user.set_skills", {
            "user_id": erik["id"], "languages": ["fi", "sv"], "client_groups": []})
        qtbot.waitUntil(lambda: (confirmed_user(window, erik["id"]) or {}).get("languages")
                        == ["fi", "sv"], timeout=10000)
        dialog.close()


def test_the_team_view_shows_presence_as_it_changes(qtbot, main_window):
    supervisor = main_window("paivi")
    counsellor = main_window("liisa")
    supervisor.show_team()
    qtbot.waitUntil(lambda: active_dialog("teamDialog") is not None, timeout=3000)
    dialog = active_dialog("teamDialog")
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == "Liisa Mäkinen")
    counsellor.set_presence("away")
    qtbot.waitUntil(lambda: dialog.table.item(row, 1).text() == presence_name("away"), timeout=10000)
    counsellor.set_presence("available")
    qtbot.waitUntil(lambda: dialog.table.item(row, 1).text() == presence_name("available"), timeout=10000)
    assert dialog.table.item(row, 2).text().startswith("0:0"), "just changed"
    dialog.close()


def test_only_a_supervisor_has_the_team_view(main_window):
    window = main_window("anna")
    assert not window.act_team.isVisible()
    window.show_team()
    assert active_dialog("teamDialog") is None


def test_skills_being_edited_survive_a_refresh_of_the_team(qtbot, languages):
    """Presence changes arrive all the time; they must not wipe what the supervisor ticked."""
    from ui.queue.team import TeamDialog

    people = [{"id": "u1", "display_name": "Anna", "languages": ["fi"], "client_groups": [],
               "presence": "available", "presence_since": None},
              {"id": "u2", "display_name": "Erik", "languages": ["fi", "sv"],
               "client_groups": [], "presence": "away", "presence_since": None}]
    dialog = TeamDialog(people, {}, None)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(1, 0)
    dialog.group_boxes["families"].setChecked(True)
    dialog.set_members([people[0] | {"presence": "busy"}, people[1]])
    assert dialog.current_member()["id"] == "u2", "the same person stays chosen"
    assert dialog.group_boxes["families"].isChecked(), "the unsaved tick is kept"
    assert dialog.table.item(0, 1).text() == presence_name("busy")
    saved = []
    dialog.save_requested.connect(lambda *args: saved.append(args))
    dialog.save()
    assert saved == [("u2", ["fi", "sv"], ["families"])]
    # Another person: their own skills, not the ones ticked for Erik.
    dialog.table.setCurrentCell(0, 0)
    assert dialog.chosen_languages() == ["fi"] and dialog.chosen_groups() == []

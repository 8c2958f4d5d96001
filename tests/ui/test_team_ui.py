"""A supervisor's team view: presence of each person, and their languages and client
groups changed with the keyboard alone, confirmed by the real server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.qt import active_dialog
from ui.common.labels import presence_name

CTRL = Qt.KeyboardModifier.ControlModifier


def confirmed_user(window, user_id: str) -> dict | None:
    user = window.reader.get("user", user_id)
    return user if user and not user["_pending"] else None


def test_a_supervisor_changes_a_persons_languages_with_the_keyboard(qtbot, main_window):
    window = main_window("paivi")
    assert window.team.act_team.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: active_dialog("teamDialog") is not None, timeout=3000)
    dialog = active_dialog("teamDialog")
    assert not dialog.isModal(), "an offer stays answerable while the team view is open"
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


def test_the_team_view_shows_presence_as_it_changes(qtbot, main_window, live_server):
    from tests.support.desk import quiet_queue

    # No wrap-up left unsaved by an earlier test on this server: with one, going away is
    # refused (the wrap-up comes first).
    for desk in quiet_queue(live_server).values():
        desk.close()
    supervisor = main_window("paivi")
    counsellor = main_window("liisa")
    supervisor.team.show_team()
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
    assert not window.team.act_team.isVisible()
    window.team.show_team()
    assert active_dialog("teamDialog") is None


def test_skills_being_edited_survive_a_refresh_of_the_team(qtbot, languages):
    """Presence changes arrive all the time; they must not wipe what the supervisor ticked."""
    from ui.team.dialog import TeamDialog

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


PEOPLE = [{"id": f"u{i}", "display_name": name, "languages": ["fi"], "client_groups": [],
           "presence": "available", "presence_since": None}
          for i, name in enumerate(["Aino", "Bertta", "Cecilia"])]


def test_a_row_going_away_does_not_wipe_the_ticks_being_edited(qtbot, languages):
    from ui.team.dialog import TeamDialog

    dialog = TeamDialog(PEOPLE, {}, None)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(2, 0)
    dialog.group_boxes["families"].setChecked(True)
    dialog.set_members(PEOPLE[1:])          # Aino moved to another team meanwhile
    assert dialog.current_member()["id"] == "u2"
    assert dialog.chosen_groups() == ["families"], "the unsaved tick is still there"


def test_choosing_another_person_with_unsaved_skills_asks_first(qtbot, languages,
                                                                monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.team.dialog import TeamDialog

    dialog = TeamDialog(PEOPLE, {}, None)
    qtbot.addWidget(dialog)
    saved = []
    dialog.save_requested.connect(lambda *args: saved.append(args))
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return next(answers)

    monkeypatch.setattr("ui.team.dialog.QMessageBox.question", question)
    dialog.table.setCurrentCell(0, 0)
    dialog.language_boxes["sv"].setChecked(True)
    dialog.table.setCurrentCell(1, 0)                 # Cancel: stay with Aino
    assert dialog.current_member()["id"] == "u0" and dialog.chosen_languages() == ["fi", "sv"]
    assert "Aino" in asked[0]
    dialog.table.setCurrentCell(1, 0)                 # Save, then Bertta
    assert saved == [("u0", ["fi", "sv"], [])]
    assert dialog.current_member()["id"] == "u1" and dialog.chosen_languages() == ["fi"]


def test_the_summary_counts_the_queue_as_the_queue_shows_it(qtbot, languages):
    from datetime import UTC, datetime, timedelta

    from ui.team.dialog import TeamDialog

    now = datetime.now(UTC)
    dialog = TeamDialog(PEOPLE, {}, None)
    qtbot.addWidget(dialog)
    dialog.set_queue([
        {"id": "a", "channel": "chat", "language": "fi",
         "created_at": (now - timedelta(minutes=3)).isoformat()},
        {"id": "b", "channel": "callback", "language": "sv",
         "created_at": (now - timedelta(hours=4)).isoformat(),
         "window_start": (now + timedelta(hours=1)).isoformat()}])
    text = dialog.summary.text()
    assert text.startswith("Jono: 1 yhteydenotto jonossa · pisin 3:0"), text
    assert "SV" not in text, "the afternoon's callback is not waiting yet"
    assert "Vapaa 3" in text

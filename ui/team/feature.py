"""A supervisor's team: the team view (Ctrl+T) with presence, languages and client groups,
and whether the server offers the team's contacts or the team picks from the queue."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ui.common.feature import Desk, Feature, set_action_text
from ui.team.dialog import TeamDialog
from workstation.team import usecases as team


class TeamFeature(Feature):
    def __init__(self, desk: Desk):
        super().__init__(desk)
        self.dialog: TeamDialog | None = None
        self.waiting: list[dict] = []   # the queue as last read, for the team's summary
        leads_team = desk.user.role == "supervisor" and bool(desk.user.team_id)
        # Supervisors: whether the server offers the team's contacts or the team picks.
        self.act_pick_mode = self.action("teamPicks", None, self._toggle_pick_mode,
                                         visible=leads_team)
        self.act_pick_mode.setCheckable(True)
        # Supervisors: the team's presence, and each person's languages and client groups.
        self.act_team = self.action("teamView", "Ctrl+T", self.show_team, visible=leads_team)
        if leads_team:
            # A supervisor's first screen is the team: it opens beside the window (not
            # modal) once the window is up, and fills in as the first sync arrives.
            QTimer.singleShot(0, self, self.show_team)

    def retranslate(self) -> None:
        set_action_text(self.act_pick_mode, self.tr("Team picks from the q&ueue (no offers)"))
        set_action_text(self.act_team, self.tr("My t&eam…"))

    def records_changed(self, entities: set[str]) -> None:
        if "team" in entities:
            self.refresh()
        if entities & {"user", "presence"} and self.dialog is not None:
            self.dialog.set_members(team.team_members(self.desk.reader, self.user))

    def refresh(self) -> None:
        self.act_pick_mode.blockSignals(True)
        self.act_pick_mode.setChecked(team.routing_mode(self.desk.reader,
                                                        self.user.team_id) == "pick")
        self.act_pick_mode.blockSignals(False)

    def set_queue(self, waiting: list[dict]) -> None:
        """The queue as the store reader read it (the team view's summary)."""
        self.waiting = waiting
        if self.dialog is not None:
            self.dialog.set_queue(waiting)

    def _toggle_pick_mode(self, checked: bool) -> None:
        if self.user.team_id:
            team.set_routing_mode(self.desk.core, self.desk.reader, self.user.team_id,
                                  "pick" if checked else "offer")
            self.desk.say(self.tr("The team now picks contacts from the queue.") if checked
                          else self.tr("The server now offers the team's contacts."), 6000)

    def show_team(self) -> None:
        if self.user.role != "supervisor" or not self.user.team_id:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = TeamDialog(team.team_members(self.desk.reader, self.user),
                            self.desk.municipality_names, self.desk.window)
        dialog.set_queue(self.waiting)   # then with each read of the queue

        def save(user_id: str, languages: list, groups: list) -> None:
            try:
                team.set_skills(self.desk.core, self.desk.reader, user_id, languages, groups)
            except team.InvalidSkills as exc:
                dialog.show_error(exc.code)
                return
            self.desk.say(self.tr("Skills saved; the router offers contacts by them."), 5000)

        dialog.save_requested.connect(save)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        # Not modal: a supervisor takes contacts too, and an offer must stay answerable
        # (F2) while the team view is open beside the queue.
        dialog.setModal(False)
        dialog.show()

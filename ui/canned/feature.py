"""Canned replies: Ctrl+K inserts one of the team's into the reply being written (its
placeholders filled in); Ctrl+Shift+K manages the team's replies."""

from __future__ import annotations

from ui.canned.dialogs import CannedManager, CannedPicker, fill_placeholders
from ui.chat.feature import ContactsFeature
from ui.common.feature import Desk, Feature, set_action_text
from workstation.canned import usecases as canned


class CannedFeature(Feature):
    def __init__(self, desk: Desk, contacts: ContactsFeature):
        super().__init__(desk)
        self.contacts = contacts
        self.manager: CannedManager | None = None
        self.act_insert = self.action("cannedReply", "Ctrl+K", self.insert_canned_reply)
        self.act_manage = self.action("manageCanned", "Ctrl+Shift+K", self.manage_canned_replies)

    def retranslate(self) -> None:
        set_action_text(self.act_insert, self.tr("Insert &canned reply…"))
        set_action_text(self.act_manage, self.tr("&Manage canned replies…"))

    def records_changed(self, entities: set[str]) -> None:
        if "canned_reply" in entities and self.manager is not None:
            self.manager.set_replies(canned.canned_replies(self.desk.reader, self.user))

    def insert_canned_reply(self) -> None:
        view = self.contacts.current_chat()
        if view is None or not view.reply.isVisible() or view.reply.isReadOnly():
            self.desk.say(self.tr("Open a chat or an email to insert a canned reply."), 5000)
            return
        language = view.contact.get("language") or "fi"
        picker = CannedPicker(canned.canned_replies(self.desk.reader, self.user, language),
                              self.desk.window)

        def insert(text: str) -> None:
            view.reply.insertPlainText(fill_placeholders(
                text, citizen_name=view.contact.get("citizen_name") or "",
                counsellor_name=self.user.display_name))
            view.focus_reply()

        picker.chosen.connect(insert)
        picker.open()

    def manage_canned_replies(self) -> None:
        if not self.user.team_id:
            self.desk.say(self.tr("You are not in a team."), 5000)
            return
        manager = CannedManager(canned.canned_replies(self.desk.reader, self.user),
                                self.desk.window)

        def save(values: dict) -> None:
            reply_id = canned.save_canned_reply(
                self.desk.core, self.user, reply_id=values["id"] or None,
                language=values["language"], title=values["title"], text=values["text"])
            manager.current_id = reply_id

        manager.save_requested.connect(save)
        manager.delete_requested.connect(
            lambda reply_id: canned.delete_canned_reply(self.desk.core, self.desk.reader,
                                                        reply_id))
        self.manager = manager
        manager.finished.connect(lambda _r: setattr(self, "manager", None))
        manager.open()

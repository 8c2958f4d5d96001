"""An email in the workstation: the thread in the transcript, the reply and its delivery."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt

from tests.support.live_server import free_port, launch
from ui.shell.startup import build_main_window
from workstation.login import login
from workstation.session import TokenVault


@pytest.fixture
def mail_server(tmp_path):
    port = free_port()
    # A relay address where nothing listens: replies wait and say why.
    s = launch(tmp_path / "mail", extra_env={"NEUVO_SMTP_LISTEN": f"127.0.0.1:{port}",
                                             "NEUVO_SMTP_RELAY": f"127.0.0.1:{free_port()}"})
    s.smtp_port = port  # type: ignore[attr-defined]
    yield s
    s.cleanup()


def test_an_email_is_answered_like_a_chat_and_the_delivery_is_shown(qtbot, mail_server,
                                                                   languages, monkeypatch):
    m = EmailMessage()
    m["From"] = "Ulla Lindqvist <ulla@example.com>"
    m["To"] = "seniorradgivning@turku.example"
    m["Subject"] = "Färdtjänst"
    m.set_content("Hej! Hur ansöker jag om färdtjänst för min mamma?")
    m.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf",
                     filename="intyg.pdf")
    m.add_attachment(b"MZ...", maintype="application", subtype="octet-stream",
                     filename="blankett.pdf.exe")
    with smtplib.SMTP("127.0.0.1", mail_server.smtp_port, timeout=30) as smtp:
        smtp.send_message(m)

    window = build_main_window(login(mail_server.url, "anna", "demo", TokenVault()), languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any(r.get("channel") == "email" for r in window.queue.model.rows),
                    timeout=15000)
    contact = next(r for r in window.queue.model.rows if r["channel"] == "email")
    assert contact["language"] == "sv"
    window.queue.accept_contact(contact["id"])
    view = window.contacts.chats[contact["id"]]
    assert "ulla@example.com" in view.header.text() and "Färdtjänst" in view.header.text()
    qtbot.waitUntil(lambda: "färdtjänst för min mamma" in view.transcript.toPlainText(),
                    timeout=10000)
    assert view.reply.isVisible() and view.reply.hasFocus()
    # The server's note on the attachment, in the counsellor's language (Finnish here),
    # and the attachment opens from the keyboard: Tab to its link, Enter.
    assert "Liitteet (sarkaimella liitteeseen, Enter avaa): intyg.pdf, blankett.pdf.exe" in \
        view.transcript.toPlainText()
    opened = []

    class Desktop:   # the computer's PDF viewer is not part of this product
        @staticmethod
        def openUrl(url):
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr("ui.chat.feature.QDesktopServices", Desktop)
    view.transcript.setFocus()
    qtbot.keyClick(view.transcript, Qt.Key.Key_Tab)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    from pathlib import Path

    assert Path(opened[0]).name == "intyg.pdf"
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 ...", "the file as the citizen sent it"
    # A program is never started from a mail: saved, and its folder shown, with a warning.
    qtbot.keyClick(view.transcript, Qt.Key.Key_Tab)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert Path(opened[1]).is_dir() and (Path(opened[1]) / "blankett.pdf.exe").exists()
    assert "blankett.pdf.exe" in window.statusBar().currentMessage()
    view.reply.setFocus()
    view.reply.insertPlainText("Hej Ulla, du kan ansöka om färdtjänst hos kommunen.")
    qtbot.keyClick(view.reply, Qt.Key.Key_Return)
    retrying = view.tr("not emailed yet: the mail server does not answer; trying again")
    qtbot.waitUntil(lambda: retrying in view.transcript.toPlainText(), timeout=15000)
    assert "ei vastaa" in view.transcript.toPlainText(), "said in the user's language"
    window.close()
    window.worker.thread.wait(5000)

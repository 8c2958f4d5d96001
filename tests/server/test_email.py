"""Email end to end with real SMTP on loopback: the server's SMTP endpoint receives, a
relay in the test receives the counsellors' replies."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller

from tests.support.desk import quiet_queue
from tests.support.live_server import free_port, launch
from tests.support.workstation import wait_until
from workstation.ids import new_id

FI_ADDRESS = "seniorineuvonta@turku.example"
SV_ADDRESS = "seniorradgivning@turku.example"


class Relay:
    """A real SMTP server that keeps what it is given (the outside world's mail relay)."""

    def __init__(self):
        self.received: list[EmailMessage] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):
        self.received.append(BytesParser(policy=default_policy).parsebytes(envelope.content))
        return "250 OK"


@pytest.fixture(scope="module")
def relay():
    r = Relay()
    r.controller.start()
    yield r
    r.controller.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory, relay):
    smtp_port = free_port()
    s = launch(tmp_path_factory.mktemp("email"), extra_env={
        "NEUVO_SMTP_LISTEN": f"127.0.0.1:{smtp_port}",
        "NEUVO_SMTP_RELAY": f"127.0.0.1:{relay.port}",
        "NEUVO_MAIL_DOMAIN": "neuvo.test"})
    s.smtp_port = smtp_port  # type: ignore[attr-defined]
    yield s
    s.cleanup()


@pytest.fixture
def desks(server, people):
    return quiet_queue(server, people)


def mail(subject: str, text: str, *, sender: str = "marja.m@example.com",
         to: str = FI_ADDRESS, reply_to_id: str | None = None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"Marja Mäkelä <{sender}>"
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = f"<{new_id()}@example.com>"
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    m.set_content(text)
    return m


def send(server, message: EmailMessage | bytes, *, sender="marja.m@example.com",
         to=FI_ADDRESS):
    with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
        if isinstance(message, bytes):
            return smtp.sendmail(sender, [to], message)
        return smtp.send_message(message)


def email_contacts(desk) -> list[dict]:
    return [c for c in desk.records("contact").values() if c["channel"] == "email"]


def messages_of(desk, contact_ids: set[str]) -> list[dict]:
    return sorted((m for m in desk.records("chat_message").values()
                   if m["contact_id"] in contact_ids), key=lambda m: m["created_at"])


def test_a_mail_becomes_a_contact_and_the_reply_goes_out_threaded(server, relay, desks):
    anna = desks["anna"]
    first = mail("Kotiapu isälle", "Hei, isäni tarvitsisi apua kotiin. Mitä vaihtoehtoja on?")
    send(server, first)
    contact = wait_until(lambda: next((c for c in email_contacts(anna)
                                       if c["subject"] == "Kotiapu isälle"), None))
    assert contact["status"] == "waiting" and contact["language"] == "fi"
    assert contact["municipality_code"] == "853"
    assert contact["email_address"] == "marja.m@example.com"
    assert contact["citizen_name"] == "Marja Mäkelä"
    # The mail itself reaches only whoever takes the contact.
    assert messages_of(anna, {contact["id"]}) == []

    assert anna.push("contact.accept", contact_id=contact["id"])["status"] == "applied"
    texts = [m["text"] for m in messages_of(anna, {contact["id"]})]
    assert texts == ["Hei, isäni tarvitsisi apua kotiin. Mitä vaihtoehtoja on?"]
    reply_id = new_id()
    r = anna.push("chat.send", id=reply_id, contact_id=contact["id"],
                  text="Hei Marja, Turussa on kotihoidon tukipalveluja.")
    assert r["status"] == "applied", r
    out = wait_until(lambda: next((m for m in relay.received
                                   if "Kotiapu isälle" in m["Subject"]), None))
    assert out["To"].addresses[0].addr_spec == "marja.m@example.com"
    assert out["From"].addresses[0].addr_spec == FI_ADDRESS
    assert out["Subject"] == "Re: Kotiapu isälle"
    assert out["In-Reply-To"] == first["Message-ID"]
    assert "Turussa on kotihoidon tukipalveluja." in out.get_content()
    wait_until(lambda: anna.records("chat_message")[reply_id]["delivery"] == "sent")

    # The citizen answers the reply: it joins the open contact, not a new one.
    send(server, mail("Re: Kotiapu isälle", "Kiitos! Entä ateriapalvelu?",
                      reply_to_id=out["Message-ID"]))
    wait_until(lambda: len(messages_of(anna, {contact["id"]})) == 3)
    assert len([c for c in email_contacts(anna) if c["thread_id"] == contact["thread_id"]]) == 1

    # After the contact ends, the next mail of the thread is a new contact of the thread,
    # and whoever takes it sees the whole conversation.
    anna.push("contact.close", contact_id=contact["id"])
    send(server, mail("VS: Kotiapu isälle", "Vielä yksi kysymys turvarannekkeesta."))
    later = wait_until(lambda: next((c for c in email_contacts(anna)
                                     if c["thread_id"] == contact["thread_id"]
                                     and c["id"] != contact["id"]), None))
    liisa = desks["liisa"]
    assert liisa.push("contact.accept", contact_id=later["id"])["status"] == "applied"
    thread = {c["id"] for c in email_contacts(liisa) if c["thread_id"] == contact["thread_id"]}
    seen = [m["text"] for m in messages_of(liisa, thread)]
    assert "Hei Marja, Turussa on kotihoidon tukipalveluja." in seen
    assert seen[-1] == "Vielä yksi kysymys turvarannekkeesta."


def test_unknown_mailboxes_are_refused_in_the_smtp_conversation(server):
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(server, mail("Hei", "testi", to="nobody@turku.example"), to="nobody@turku.example")
    code, text = refused.value.recipients["nobody@turku.example"]
    assert code == 550 and b"No such mailbox" in text


def test_a_25_mb_mail_is_refused_with_a_reason_and_nothing_changes(server, desks):
    before = len(email_contacts(desks["paivi"]))
    big = mail("Liitteet", "Kuvat liitteenä")
    big.add_attachment(b"x" * (25 * 1024 * 1024), maintype="application",
                       subtype="octet-stream", filename="kuvat.zip")
    with pytest.raises((smtplib.SMTPSenderRefused, smtplib.SMTPDataError)) as refused:
        send(server, big)
    assert refused.value.smtp_code == 552, "552: the sender's server bounces it with a reason"
    assert len(email_contacts(desks["paivi"])) == before
    # The endpoint still works.
    send(server, mail("Pieni viesti", "Tämä menee perille."))
    wait_until(lambda: len(email_contacts(desks["paivi"])) == before + 1)


def test_a_malformed_mime_mail_still_reaches_a_counsellor(server, desks):
    raw = (b"From: Pekka <pekka@example.com>\r\nTo: " + FI_ADDRESS.encode() +
           b"\r\nSubject: =?utf-8?b?broken base64?=\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n"
           b"--zzz\r\nContent-Type: text/plain; charset=klingon-8\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
           b"--zzz\r\nContent-Type: application/pdf; name=\"hakemus.pdf\"\r\n"
           b"Content-Disposition: attachment; filename=\"hakemus.pdf\"\r\n\r\n%PDF-1.4\r\n")
    send(server, raw, sender="pekka@example.com")
    contact = wait_until(lambda: next((c for c in email_contacts(desks["paivi"])
                                       if c["email_address"] == "pekka@example.com"), None))
    assert contact["status"] == "waiting"
    assert desks["paivi"].push("contact.accept", contact_id=contact["id"])["status"] == "applied"
    message = messages_of(desks["paivi"], {contact["id"]})[0]
    # Said as data, so each counsellor reads it in their own language.
    kinds = {n["kind"]: n for n in message["notes"]}
    assert kinds["attachments"]["names"] == ["hakemus.pdf"], "named even when not shown"
    assert "[" not in message["text"], "no English note inside the citizen's text"


def test_a_mail_with_no_sender_to_answer_is_refused(server, desks):
    raw = b"To: " + FI_ADDRESS.encode() + b"\r\nSubject: anonymous\r\n\r\nhello\r\n"
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(server, raw, sender="")
    assert refused.value.smtp_code == 550 and b"no sender" in refused.value.smtp_error


def test_a_reply_waits_while_the_relay_is_down(tmp_path, desks):
    dead = free_port()   # nothing listens here
    smtp_port = free_port()
    s = launch(tmp_path / "no-relay", extra_env={
        "NEUVO_SMTP_LISTEN": f"127.0.0.1:{smtp_port}", "NEUVO_SMTP_RELAY": f"127.0.0.1:{dead}"})
    s.smtp_port = smtp_port  # type: ignore[attr-defined]
    try:
        own = quiet_queue(s)
        send(s, mail("Asunto", "Haen palveluasuntoa."))
        contact = wait_until(lambda: next(iter(email_contacts(own["anna"])), None))
        own["anna"].push("contact.accept", contact_id=contact["id"])
        reply_id = new_id()
        own["anna"].push("chat.send", id=reply_id, contact_id=contact["id"], text="Kiitos.")
        stored = wait_until(lambda: (own["anna"].records("chat_message")[reply_id]
                                     if own["anna"].records("chat_message")[reply_id]
                                     .get("delivery_error") else None))
        assert stored["delivery"] == "pending", "kept for the next try, not lost"
        assert "could not be reached" in stored["delivery_error"]
    finally:
        s.cleanup()


def test_a_counsellor_opens_an_attachment_and_other_roles_may_not(server, desks):
    import httpx

    from tests.conftest import auth_headers

    pdf = b"%PDF-1.4\n% a doctor's certificate\n" + bytes(range(256))
    m = mail("Lääkärintodistus", "Liitteenä todistus.", sender="todistus@example.com")
    m.add_attachment(pdf, maintype="application", subtype="pdf",
                     filename="lääkärintodistus.pdf")
    send(server, m, sender="todistus@example.com")
    contact = wait_until(lambda: next((c for c in email_contacts(desks["paivi"])
                                       if c["email_address"] == "todistus@example.com"), None))
    # The mail and so its attachments' address reach only whoever takes the contact.
    assert messages_of(desks["paivi"], {contact["id"]}) == []
    assert desks["anna"].push("contact.accept", contact_id=contact["id"])["status"] == "applied"
    note = next(n for n in messages_of(desks["anna"], {contact["id"]})[0]["notes"]
                if n["kind"] == "attachments")
    url = f"{server.url}/mail/inbound/{note['inbound_id']}/attachments/0"
    got = httpx.get(url, headers=auth_headers(server, "anna"))
    assert got.status_code == 200 and got.content == pdf, "byte for byte as sent"
    assert "attachment;" in got.headers["content-disposition"], "a download, never inline"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers=auth_headers(server, "helena")).status_code == 403, \
        "a professional does not work the queue"
    missing = httpx.get(url[:-1] + "5", headers=auth_headers(server, "anna"))
    assert missing.status_code == 404 and missing.json()["detail"]
    # Anna has taken the contact: its attachments are hers (and her supervisor's), like
    # its messages, not every desk's in the region.
    assert httpx.get(url, headers=auth_headers(server, "liisa")).status_code == 403
    assert httpx.get(url, headers=auth_headers(server, "anna")).content == pdf
    assert httpx.get(url, headers=auth_headers(server, "paivi")).status_code == 200
    desks["anna"].push("contact.close", contact_id=contact["id"])
    desks["anna"].push("contact.wrap_up", contact_id=contact["id"], topics=["other"],
                       client_group="older_people", outcome="resolved")

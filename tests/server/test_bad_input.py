"""A corpus of bad input through every intake, on one real server (SMTP on): the citizen
chat, the callback form, the telephony webhook, mail over SMTP and the sync push.

Whatever is sent, the answer is a clear 4xx, an accepted (cleaned) value, or, for a
mutation, a recorded rejection; never a 5xx or a temporary SMTP failure, nothing stored
half-way, and no control character stored anywhere (other than line breaks and tabs in
multi-line text), on SQLite and PostgreSQL alike (workstation/text.py)."""

from __future__ import annotations

import itertools
import json
import smtplib
import unicodedata
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from tests.support.desk import Desk
from tests.support.live_server import TELEPHONY_SECRET, free_port, launch
from workstation.ids import new_id

# Free text people paste, and text made to hurt: control characters (NUL above all, which
# PostgreSQL refuses), line breaks of every kind, overlong, markup and injections, odd
# Unicode. Each is sent as a JSON string, so lone surrogates arrive as "\ud800" escapes.
HOSTILE = [
    "pasted\x00text", "\x00", "a\x00" * 40, "\x00leading", "trailing\x00",
    "".join(chr(c) for c in range(32)), "bell\x07", "esc\x1b[31mred\x1b[0m", "del\x7f",
    "c1\x85next\x9bcsi", "vt\x0bff\x0c", "fs\x1cgs\x1d", "tab\there", "line\nbreak",
    "windows\r\nline", "old mac\rline", "cr at end\r", "\r\n\r\n", "   ", "",
    "zero\u200bwidth", "rtl\u202eoverride", "bom\ufeffinside", "\ufffd", "lone \ud800 high",
    "lone \udfff low", "pair 😀 emoji", "e\u0301\u0301\u0301 combining", "𝕏 math",
    "<script>alert(1)</script>", "1 OR 1=1", "'; DROP TABLE contact; --", "${jndi:ldap://x}",
    "{{7*7}}", "../../etc/passwd", "%00", "\\u0000", "null", "ä" * 1001, "x" * 5000,
]
WRONG_TYPES = [None, 0, -1, 1.5, True, [], {}, ["x"], {"text": "x"}]
IMPOSSIBLE_TIMES = ["1899-12-31", "1899-12-31T10:00:00+00:00", "-1", -1, 0, "0",
                    "1970-01-01T00:00:00Z", "0000-00-00", "2026-02-30T10:00:00+02:00",
                    "2026-13-01T10:00:00Z", "2026-01-01T25:00:00Z", "9999-12-31T23:59:59Z",
                    "yesterday", 1e20, "", None]

FI_MAILBOX = "seniorineuvonta@turku.example"
TURKU_LINE = "+358 2 262 6000"
CHAT_CASES = [(f, v) for f in ("text", "name") for v in HOSTILE + WRONG_TYPES]
CALLBACK_CASES = [(f, v) for f in ("name", "phone", "message") for v in HOSTILE + WRONG_TYPES] \
    + [(f, v) for f in ("window_start", "window_end") for v in IMPOSSIBLE_TIMES]
TELEPHONY_CASES = [(f, v) for f in ("call_id", "caller", "service_line", "agent")
                   for v in HOSTILE + WRONG_TYPES] + [("at", v) for v in IMPOSSIBLE_TIMES] \
    + [("event", v) for v in ("rang", "offered\x00", "", None, 1)]
BOOKING_CASES = [(f, v) for f in ("citizen_name", "phone", "note") for v in HOSTILE + WRONG_TYPES] \
    + [("starts_at", v) for v in IMPOSSIBLE_TIMES] \
    + [("phone", v) for v in ("abc", "1 OR 1=1", "<script>", "040 123\x00 4567",
                              "+358 40 123 4567\n", "12")]
OTHER_PUSH_CASES = [(n, v) for n in ("client.viewed", "canned_reply.save")
                    for v in HOSTILE + WRONG_TYPES]
JUNK_NAMES = ["appointment.book\x00", "\x00", "chat.send\n", "a\x00b", "presence.set\x7f",
              "\x1b[31m", "<script>", "x" * 100]


def junk(value, multiline: bool = False) -> str | None:
    """The first character that must never be stored, or None."""
    if isinstance(value, dict):
        return next((j for v in value.values() if (j := junk(v, multiline))), None)
    if isinstance(value, list):
        return next((j for v in value if (j := junk(v, multiline))), None)
    if not isinstance(value, str):
        return None
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cs") and not (multiline and ch in "\n\t"):
            return repr(ch)
    return None


def strip_junk_free(text: str) -> bool:
    return junk(text, multiline=True) is None and "\r" not in text


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    smtp_port = free_port()
    s = launch(tmp_path_factory.mktemp("bad-input"),
               extra_env={"NEUVO_SMTP_LISTEN": f"127.0.0.1:{smtp_port}"})
    s.smtp_port = smtp_port  # type: ignore[attr-defined]
    yield s
    s.cleanup()


@pytest.fixture(scope="module")
def db(server):
    from server.db import Database

    database = Database(server.database_url)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def post(client: httpx.Client, url: str, body, headers: dict | None = None) -> httpx.Response:
    """JSON as json.dumps writes it: lone surrogates as "\\ud800" escapes (httpx's own
    encoder cannot encode them at all)."""
    return client.post(url, content=json.dumps(body),
                       headers={"Content-Type": "application/json"} | (headers or {}))


def answered_clearly(r: httpx.Response) -> str | None:
    """None when the answer is a success or a 4xx that says why; else what was wrong."""
    if r.status_code < 300:
        return None
    if not 400 <= r.status_code < 500:
        return f"{r.status_code} {r.text[:200]}"
    try:
        detail = r.json().get("detail")
    except ValueError:
        return f"{r.status_code} without a JSON body"
    return None if detail else f"{r.status_code} without a detail"


def test_the_citizen_chat(http, db):
    from server.queue.models import ChatMessage, Contact

    sent: dict[str, tuple[str, object, bool]] = {}   # marker -> (field, value, accepted)
    problems = []
    for field, value in CHAT_CASES:
        marker = f"m{uuid.uuid4().hex[:10]}"
        body = {"language": "fi", "municipality_code": "853", "text": f"Hei {marker}",
                "name": marker} | {field: value}
        r = post(http, "/api/public/chats", body)
        if (why := answered_clearly(r)) is not None:
            problems.append((field, value, why))
        sent[marker] = (field, value, r.status_code == 201)
    assert problems == []
    with db.read_session() as s:
        for marker, (field, value, accepted) in sent.items():
            # The marker is in the field not under test: the name, or the text (and so
            # the subject).
            where = Contact.citizen_name if field == "text" else Contact.subject
            rows = s.scalars(select(Contact).where(where.contains(marker))).all()
            assert len(rows) == (1 if accepted else 0), (field, value, accepted, len(rows))
            if accepted:
                contact = rows[0]
                text = s.scalars(select(ChatMessage.text).where(
                    ChatMessage.contact_id == contact.id)).one()
                assert strip_junk_free(text) and junk(contact.citizen_name) is None
                assert junk(contact.subject) is None
                if field == "text" and isinstance(value, str) and junk(value, True) is None \
                        and "\r" not in value:
                    assert text == value.strip(), "clean text arrives as written"
                if field == "text" and value == "windows\r\nline":
                    assert text == "windows\nline", "a CR LF line break is kept as a line break"


def test_the_callback_form(http, db):
    from server.queue.models import Contact

    now = datetime.now(UTC)
    window = {"window_start": (now + timedelta(hours=1)).isoformat(),
              "window_end": (now + timedelta(hours=3)).isoformat()}
    sent = {}
    problems = []
    for field, value in CALLBACK_CASES:
        marker = f"m{uuid.uuid4().hex[:10]}"
        body = {"name": f"Maija {marker}", "phone": "040 123 4567", "language": "fi",
                "municipality_code": "853", "topic": "housing",
                "message": f"Soittakaa {marker}"} | window | {field: value}
        if field == "name":
            body["message"] = f"Soittakaa {marker}"
        r = post(http, "/api/public/callbacks", body)
        if (why := answered_clearly(r)) is not None:
            problems.append((field, value, why))
        sent[marker] = (field, value, r.status_code == 201)
    assert problems == []
    with db.read_session() as s:
        for marker, (field, value, accepted) in sent.items():
            rows = s.scalars(select(Contact).where(Contact.channel == "callback", (
                Contact.citizen_name if field not in ("name",) else Contact.subject)
                .contains(marker))).all()
            assert len(rows) == (1 if accepted else 0), (field, value, accepted)
            if accepted:
                c = rows[0]
                assert junk(c.citizen_name) is None and junk(c.subject) is None
                assert c.caller_number and c.caller_number.startswith("+") \
                    and c.caller_number[1:].isdigit(), "a phone number that can be called"
                assert now - timedelta(minutes=5) < c.due_at < now + timedelta(days=31)


def test_the_telephony_webhook(http, db):
    from server.queue.models import Contact, TelephonyEvent

    headers = {"X-Telephony-Secret": TELEPHONY_SECRET}
    with db.read_session() as s:
        before = len(s.scalars(select(TelephonyEvent.id)).all())
    problems = []
    contacts = []
    cases = TELEPHONY_CASES
    for field, value in cases:
        event = "answered" if field == "agent" else "offered"
        body = {"event": event, "call_id": f"bad-{uuid.uuid4().hex}", "caller": "040 100 0001",
                "service_line": TURKU_LINE} | {field: value}
        if field == "call_id" and isinstance(value, str):
            body["call_id"] = f"bad-{uuid.uuid4().hex[:8]}-{value}"[:100]
        r = post(http, "/api/telephony/events", body, headers)
        if (why := answered_clearly(r)) is not None:
            problems.append((field, value, why))
        elif r.status_code == 200:
            contacts.append((field, value, r.json()["contact_id"]))
    assert problems == []
    with db.read_session() as s:
        kept = s.scalars(select(TelephonyEvent)).all()
        assert len(kept) - before == len(cases), "every event is kept, processed or refused"
        for e in kept:
            assert junk(e.call_id) is None and junk(e.event) is None
            assert junk(e.payload, multiline=True) is None and junk(e.error, True) is None
        day_ago = datetime.now(UTC) - timedelta(hours=25)
        for field, value, contact_id in contacts:
            c = s.get(Contact, contact_id)
            assert c is not None
            for column in ("external_id", "caller_number", "service_line", "citizen_name"):
                assert junk(getattr(c, column)) is None, (field, value, column)
            assert day_ago < c.created_at <= datetime.now(UTC), \
                f"an event dated {value!r} would skew the answer times and reports"


def _mails() -> list[tuple[str, bytes]]:
    def message(subject: bytes = b"Kotiapu", body: bytes = b"Hei, tarvitsen apua.",
                sender: bytes = b"Marja <marja@example.com>", extra: bytes = b"",
                ctype: bytes = b"text/plain; charset=utf-8") -> bytes:
        return (b"From: " + sender + b"\r\nTo: " + FI_MAILBOX.encode() + b"\r\nSubject: "
                + subject + b"\r\nMessage-ID: <" + uuid.uuid4().hex.encode()
                + b"@example.com>\r\n" + extra + b"Content-Type: " + ctype + b"\r\n\r\n" + body)

    mails = [
        ("NUL in the body", message(body=b"pasted\x00text\r\nnext line")),
        ("NUL in the subject", message(subject=b"Apua\x00 kotiin")),
        ("NUL in the name", message(sender=b"Mar\x00ja <marja@example.com>")),
        ("NUL in the address", message(sender=b"<mar\x00ja@example.com>")),
        ("NUL in the Message-ID", message(extra=b"In-Reply-To: <a\x00b@example.com>\r\n")),
        ("every C0 control in the body", message(body=bytes(range(1, 32)) + b"text")),
        ("controls in the subject", message(subject=b"\x1b[31mred\x07\x7f")),
        ("broken UTF-8 in the body", message(body=b"caf\xc3 \xff\xfe broken")),
        ("broken UTF-8 in the subject", message(subject=b"caf\xc3\x28 \xff")),
        ("broken UTF-8 in the name", message(sender=b"\xff\xfe <marja@example.com>")),
        ("encoded NUL in the subject", message(subject=b"=?utf-8?q?Apua=00kotiin?=")),
        ("encoded controls in the name",
         message(sender=b"=?utf-8?b?" + __import__("base64").b64encode(b"Ma\x00\x1bja")
                 + b"?= <marja@example.com>")),
        ("base64 body with NUL", message(
            body=__import__("base64").b64encode(b"hei\x00\x01 kaikki\r\n"),
            extra=b"Content-Transfer-Encoding: base64\r\n")),
        ("a charset nobody knows", message(ctype=b"text/plain; charset=x-unknown-42")),
        ("HTML with script", message(body=b"<p>Hei<script>alert(1)</script>\x00</p>",
                                     ctype=b"text/html; charset=utf-8")),
        ("a subject of 900 characters", message(subject=b"x" * 900)),
        ("a header line over the SMTP limit", message(subject=b"x" * 5000)),
        ("a long Message-ID", message(extra=b"References: <" + b"r" * 900 + b"@x>\r\n")),
        ("no headers at all", b"\x00\x01\x02 just bytes"),
        ("CR alone as line ends", message(body=b"one\rtwo\rthree")),
        ("injection text", message(body=b"'; DROP TABLE contact; -- ${jndi:ldap://x}")),
    ]
    return mails


def test_mail_over_smtp(server, db):
    from server.mail.models import InboundMail
    from server.queue.models import ChatMessage, Contact

    answers = []
    with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=60) as smtp:
        for what, raw in _mails():
            try:
                smtp.sendmail("marja@example.com", [FI_MAILBOX], raw)
                answers.append((what, 250))
            except smtplib.SMTPResponseException as exc:
                answers.append((what, exc.smtp_code))
                smtp.rset()
    temporary = [(what, code) for what, code in answers if 400 <= code < 500]
    assert temporary == [], "a sender retries a 4xx for days: accept or refuse for good"
    # Accepted with the junk removed; only a line over SMTP's own limit is refused (5xx).
    assert [(w, c) for w, c in answers if c != 250 and "over the SMTP limit" not in w] == []
    with db.read_session() as s:
        for m in s.scalars(select(InboundMail)).all():
            assert junk(m.mail_from) is None and junk(m.rcpt_to) is None
        for c in s.scalars(select(Contact).where(Contact.channel == "email")).all():
            for column in ("subject", "citizen_name", "email_address", "service_address"):
                assert junk(getattr(c, column)) is None, (column, getattr(c, column))
        for msg in s.scalars(select(ChatMessage).join(Contact).where(
                Contact.channel == "email")).all():
            assert strip_junk_free(msg.text), repr(msg.text)
            assert junk(msg.author_name) is None and junk(msg.email_message_id) is None
            assert junk(msg.notes, multiline=True) is None


@pytest.fixture(scope="module")
def desks(server):
    desks = {name: Desk(server, name) for name in ("sari", "anna")}
    yield desks
    for desk in desks.values():
        desk.close()


def _push(desk, mutations: list[dict]) -> httpx.Response:
    return post(desk.http, "/sync/push", {"client_id": desk.client_id, "mutations": mutations})


def test_sync_push_mutations(server, desks, db):
    from server.clients.models import Client, ClientAccessLog
    from server.directory.models import GuidancePoint
    from server.walkin.models import Appointment

    sari, anna = desks["sari"], desks["anna"]
    with db.read_session() as s:
        point = s.scalars(select(GuidancePoint.id).where(
            GuidancePoint.name == "Seniori-info Turku")).one()
        client = s.scalars(select(Client.id).where(Client.municipality_code
                                                   == anna.user["municipality_code"])
                           .limit(1)).one()
    start = (datetime.now(UTC) + timedelta(days=20)).replace(minute=0, second=0, microsecond=0)
    slots = itertools.count()
    mutations, expect = [], []
    ids = itertools.count(1)
    for field, value in BOOKING_CASES:
        appointment_id = new_id()
        args = {"id": appointment_id, "guidance_point_id": point,
                "starts_at": (start + timedelta(minutes=15 * next(slots))).isoformat(),
                "minutes": 10, "citizen_name": "Aili Laaksonen", "phone": "040 555 1234",
                "topic": "housing", "language": "fi", "note": "Tulee tyttären kanssa"}
        args[field] = value
        mutations.append({"mutation_id": next(ids), "name": "appointment.book", "args": args})
        expect.append((field, value, appointment_id))
    results = []
    for i in range(0, len(mutations), 200):
        r = _push(sari, mutations[i:i + 200])
        assert r.status_code == 200, r.text[:500]
        results += r.json()["results"]
    assert [x["mutation_id"] for x in results] == [m["mutation_id"] for m in mutations]
    again = _push(sari, mutations[:200])
    assert [x["status"] for x in again.json()["results"]] == \
        [x["status"] for x in results[:200]], "each outcome is recorded, rejections too"
    with db.read_session() as s:
        for (field, value, appointment_id), result in zip(expect, results, strict=True):
            row = s.get(Appointment, appointment_id)
            assert result["status"] in ("applied", "rejected"), result
            assert (row is not None) == (result["status"] == "applied"), (field, value, result)
            if row is None:
                continue
            assert junk(row.citizen_name) is None and row.citizen_name
            assert strip_junk_free(row.note), repr(row.note)
            assert row.phone == "" or (row.phone.startswith("+") and row.phone[1:].isdigit()), \
                f"phone {value!r} stored as {row.phone!r}"
            if field == "note" and value == "windows\r\nline":
                assert row.note == "windows\nline", "the note keeps its line break, not the CR"
            assert datetime(2000, 1, 1, tzinfo=UTC) < row.starts_at
    for bad in ("abc", "1 OR 1=1", "<script>"):
        i = next(i for i, (f, v, _a) in enumerate(expect) if f == "phone" and v == bad)
        assert results[i]["status"] == "rejected" and results[i]["code"] == "invalid"

    # The audit purpose of a read from the cache, and the chat and canned-reply texts.
    other = []
    for name, value in OTHER_PUSH_CASES:
        other.append((name, {"client_id": client, "purpose": value}
                      if name == "client.viewed" else
                      {"id": new_id(), "team_id": anna.user["team_id"], "language": "fi",
                       "title": value,
                       "text": f"Teksti {value}" if isinstance(value, str) else value}))
    mutations = [{"mutation_id": next(ids) + 1000, "name": n, "args": a} for n, a in other]
    r = _push(anna, mutations[:200])
    assert r.status_code == 200, r.text[:500]
    statuses = {x["status"] for x in r.json()["results"]}
    assert statuses <= {"applied", "rejected"} and "applied" in statuses
    with db.read_session() as s:
        for row in s.scalars(select(ClientAccessLog).where(ClientAccessLog.client_id == client)):
            assert junk(row.purpose) is None and row.purpose


NAME_IDS = itertools.count(20_000)   # after the ids the push test used, rising


@pytest.mark.parametrize("name", JUNK_NAMES)
def test_a_junk_mutation_name_is_a_recorded_rejection(desks, name):
    anna = desks["anna"]
    m = {"mutation_id": next(NAME_IDS), "name": name,
         "args": {"state": "away"}}
    r = _push(anna, [m])
    assert r.status_code == 200, r.text[:300]
    result = r.json()["results"][0]
    assert result["status"] == "rejected" and result["code"] in ("invalid", "unknown_mutation")


ENVELOPES = [
    {"client_id": "client\x00id-1", "mutations": []},
    {"client_id": "client id with spaces", "mutations": []},
    {"client_id": "short", "mutations": []},
    {"client_id": None, "mutations": []},
    {"client_id": "x" * 65, "mutations": []},
    {"mutations": []},
    {"client_id": "desk-envelope-1", "mutations": "all"},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": "one", "name": "x"}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": -1, "name": "x"}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 2 ** 64, "name": "x"}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 1, "name": ""}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 1, "name": "x" * 101}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 1, "name": "x",
                                                    "args": "not an object"}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 1, "name": "x",
                                                    "args": {}, "extra": 1}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 1, "name": "x",
                                                    "base_version": "v1"}]},
    {"client_id": "desk-envelope-1", "mutations": [{"mutation_id": 1, "name": None}]},
]


@pytest.mark.parametrize("envelope", ENVELOPES)
def test_a_malformed_push_is_refused_whole(desks, envelope):
    r = post(desks["anna"].http, "/sync/push", envelope)
    assert r.status_code == 422 and r.json()["detail"], r.text[:300]


def test_nothing_anywhere_holds_a_control_character(db):
    """The sweep after the intakes above: every text column of the tables they write."""
    from server.canned.models import CannedReply
    from server.clients.models import ClientAccessLog
    from server.mail.models import InboundMail
    from server.queue.models import ChatMessage, Contact, TelephonyEvent
    from server.sync.models import MutationOutcome, SyncClient
    from server.walkin.models import Appointment

    multiline = {("chat_message", "text"), ("appointment", "note"), ("canned_reply", "text"),
                 ("contact", "handover_note"), ("mutation_outcome", "error"),
                 ("telephony_event", "payload"), ("telephony_event", "error"),
                 ("inbound_mail", "error"), ("chat_message", "notes")}
    found = []
    with db.read_session() as s:
        for model in (Contact, ChatMessage, TelephonyEvent, InboundMail, Appointment,
                      MutationOutcome, SyncClient, ClientAccessLog, CannedReply):
            table = model.__table__
            columns = [c for c in table.columns if c.name != "raw"]
            for row in s.execute(select(*columns)).all():
                for column, value in zip(columns, row, strict=True):
                    ml = (table.name, column.name) in multiline
                    if (j := junk(value, ml)) or (ml and isinstance(value, str)
                                                  and "\r" in value):
                        found.append((table.name, column.name, j, str(value)[:80]))
    assert found == []


def test_the_corpus_is_large_enough():
    cases = (CHAT_CASES + CALLBACK_CASES + TELEPHONY_CASES + _mails() + BOOKING_CASES
             + OTHER_PUSH_CASES + JUNK_NAMES + ENVELOPES)
    assert len(cases) >= 200
    json.dumps(HOSTILE)   # every case is sendable as JSON

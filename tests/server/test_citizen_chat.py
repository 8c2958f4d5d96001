"""The citizen's web chat API over real HTTP: starting, writing, limits, tokens and the
stream, as the citizen page and the counsellor's workstation see it."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import auth_headers
from tests.support.workstation import make_core, start_citizen_chat
from workstation.ids import new_id

LIMIT = 4000
PER_MINUTE = 20  # server.config.Settings.citizen_messages_per_minute


# --- helpers -------------------------------------------------------------------------------

def chats_url(server) -> str:
    return f"{server.url}/api/public/chats"


def post_message(server, chat: dict, text, token: str | None = None) -> httpx.Response:
    return httpx.post(f"{chats_url(server)}/{chat['chat_id']}/messages", json={"text": text},
                      headers={"X-Chat-Token": token if token is not None else chat["token"]})


def stream_events(server, chat: dict, *, until, last_event_id: int | None = None,
                  timeout: float = 10.0) -> list[tuple[int | None, str, dict]]:
    """Read the citizen stream as (id, event, data) until ``until(events)`` holds.

    Fails (rather than returning a short list) when the condition is not met in time."""
    headers = {"Accept": "text/event-stream"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = str(last_event_id)
    events: list[tuple[int | None, str, dict]] = []
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=httpx.Timeout(5, read=timeout)) as client:
        with client.stream("GET", f"{chats_url(server)}/{chat['chat_id']}/stream",
                           params={"token": chat["token"]}, headers=headers) as r:
            assert r.status_code == 200, r.read()
            assert r.headers["content-type"].startswith("text/event-stream")
            event_id, event, data = None, None, []
            for line in r.iter_lines():
                if line == "":
                    if event is not None:
                        events.append((event_id, event, json.loads("\n".join(data))))
                        if until(events):
                            return events
                    event_id, event, data = None, None, []
                elif line.startswith("id:"):
                    event_id = int(line[3:].strip())
                elif line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].removeprefix(" "))
                if time.monotonic() > deadline:
                    break
    raise AssertionError(f"the stream did not deliver what was expected; got {events}")


def messages(events) -> list[dict]:
    return [data for _id, kind, data in events if kind == "message"]


def n_messages(n: int):
    return lambda events: len(messages(events)) >= n


def queue_head(server, headers: dict) -> int:
    cursor = 0
    while True:
        page = httpx.get(f"{server.url}/sync/pull", headers=headers,
                         params={"scope": "queue", "cursor": cursor, "limit": 1000}).json()
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor


def assert_readable_error(r: httpx.Response, status: int, *words: str) -> str:
    assert r.status_code == status, (r.status_code, r.text)
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail.strip()
    for word in words:
        assert word.lower() in detail.lower(), detail
    return detail


# --- starting a chat -----------------------------------------------------------------------

def test_a_new_chat_waits_in_the_counsellors_queue(live_server):
    anna = auth_headers(live_server, "anna")
    cursor = queue_head(live_server, anna)
    text = f"Äitini tarvitsee kotihoitoa {uuid.uuid4().hex[:8]}"
    r = httpx.post(chats_url(live_server), json={"language": "fi", "municipality_code": "853",
                                                 "text": f"  {text}\n", "name": "Maija"})
    assert r.status_code == 201, r.text
    started = r.json()
    assert started["status"] == "waiting"
    assert started["chat_id"] and len(started["token"]) >= 32

    page = httpx.get(f"{live_server.url}/sync/pull", headers=anna,
                     params={"scope": "queue", "cursor": cursor}).json()
    # The router may offer it (or an older contact) meanwhile: those are changes too.
    contacts = [c for c in page["changes"]
                if c["entity"] == "contact" and c["id"] == started["chat_id"]]
    assert contacts, "the new chat reached the queue"
    contact = contacts[0]["data"]
    assert contact["status"] == "waiting" and contact["channel"] == "chat"
    assert contact["municipality_code"] == "853" and contact["language"] == "fi"
    assert contact["subject"] == text and contact["citizen_name"] == "Maija"
    assert contact["accepted_by"] is None
    # What the citizen wrote reaches only whoever takes the chat (tests/server/
    # test_need_to_know.py): the queue has the preview.
    assert [c for c in page["changes"] if c["entity"] == "chat_message"] == []
    # The token is the citizen's secret: it is never part of what counsellors receive.
    assert started["token"] not in json.dumps(page)


@pytest.mark.parametrize("body, field", [
    ({"language": "fi", "municipality_code": "999", "text": "Hei"}, "municipality"),
    ({"language": "fi", "municipality_code": "Turku", "text": "Hei"}, "municipality_code"),
    ({"language": "de", "municipality_code": "853", "text": "Hallo"}, "language"),
    ({"language": "", "municipality_code": "853", "text": "Hei"}, "language"),
    ({"language": "fi", "municipality_code": "853", "text": "   \n\t "}, "empty"),
    ({"language": "fi", "municipality_code": "853", "text": "x" * (LIMIT + 1)}, str(LIMIT)),
    ({"language": "fi", "municipality_code": "853", "text": "Hei", "name": "n" * 101}, "name"),
])
def test_starting_with_bad_input_is_refused_with_a_message(live_server, body, field):
    r = httpx.post(chats_url(live_server), json=body)
    assert_readable_error(r, 422, field)


# --- writing ---------------------------------------------------------------------------------

def test_the_message_limit_is_4000_characters(live_server):
    chat = start_citizen_chat(live_server.url)
    r = post_message(live_server, chat, "ä" * (LIMIT + 1))
    detail = assert_readable_error(r, 422, str(LIMIT))
    assert "4001" in detail, "the citizen is told how long the message was"
    # Exactly at the limit is fine, also counted in characters, not bytes or UTF-16 units.
    assert post_message(live_server, chat, "ä" * LIMIT).status_code == 201
    assert post_message(live_server, chat, "😀" * LIMIT).status_code == 201
    # Surrounding whitespace does not count.
    assert post_message(live_server, chat, "\n  " + "a" * LIMIT + "  \n").status_code == 201
    texts = [m["text"] for m in messages(stream_events(live_server, chat, until=n_messages(4)))]
    assert texts[1:] == ["ä" * LIMIT, "😀" * LIMIT, "a" * LIMIT]


def test_a_very_long_message_is_also_told_the_real_limit(live_server):
    chat = start_citizen_chat(live_server.url)
    detail = assert_readable_error(post_message(live_server, chat, "x" * 10_000), 422)
    assert str(LIMIT) in detail and "8000" not in detail


def test_control_characters_in_the_name_are_removed(live_server):
    r = httpx.post(chats_url(live_server), json={
        "language": "fi", "municipality_code": "853", "text": "Hei", "name": "Ma\x00ija\x1b[31m"})
    assert r.status_code == 201, r.text
    [first] = messages(stream_events(live_server, r.json(), until=n_messages(1)))
    assert first["author_name"] == "Maija[31m"


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\x00\x01\x1b", " \x7f "])
def test_an_empty_message_is_refused(live_server, text):
    chat = start_citizen_chat(live_server.url)
    assert_readable_error(post_message(live_server, chat, text), 422, "empty")


@pytest.mark.parametrize("body", [{}, {"text": None}, {"text": 5}, {"text": ["a"]}])
def test_a_message_that_is_not_text_is_refused(live_server, body):
    chat = start_citizen_chat(live_server.url)
    r = httpx.post(f"{chats_url(live_server)}/{chat['chat_id']}/messages", json=body,
                   headers={"X-Chat-Token": chat["token"]})
    assert_readable_error(r, 422, "text")


def test_someone_elses_chat_is_refused(live_server):
    mine = start_citizen_chat(live_server.url)
    theirs = start_citizen_chat(live_server.url, "Toinen keskustelu")
    for token in (theirs["token"], "", "x" * 43):
        r = post_message(live_server, mine, "Hei", token=token)
        assert_readable_error(r, 403)
    r = httpx.post(f"{chats_url(live_server)}/{mine['chat_id']}/messages", json={"text": "Hei"})
    assert_readable_error(r, 403)
    # Nor can the stream be read with the wrong token.
    r = httpx.get(f"{chats_url(live_server)}/{mine['chat_id']}/stream",
                  params={"token": theirs["token"]})
    assert_readable_error(r, 403)
    r = httpx.get(f"{chats_url(live_server)}/{mine['chat_id']}/stream")
    assert_readable_error(r, 403)
    # Nothing was added to the conversation: the next message of the owner follows the first.
    assert post_message(live_server, mine, "Oma viesti").status_code == 201
    texts = [m["text"] for m in messages(stream_events(live_server, mine, until=n_messages(2)))]
    assert texts == ["Tarvitsen apua kotiin", "Oma viesti"]


def test_an_unknown_chat_is_404(live_server):
    unknown = {"chat_id": str(uuid.uuid4()), "token": start_citizen_chat(live_server.url)["token"]}
    assert_readable_error(post_message(live_server, unknown, "Hei"), 404)
    r = httpx.get(f"{chats_url(live_server)}/{unknown['chat_id']}/stream",
                  params={"token": unknown["token"]})
    assert_readable_error(r, 404)


def test_html_is_stored_and_returned_as_the_text_it_is(live_server):
    html = "<script>alert(1)</script><b>x</b>"
    anna = auth_headers(live_server, "anna")
    cursor = queue_head(live_server, anna)
    chat = start_citizen_chat(live_server.url, html)
    r = post_message(live_server, chat, f'{html} & "quotes" <img src=x onerror=alert(1)>')
    assert r.status_code == 201
    texts = [m["text"] for m in messages(stream_events(live_server, chat, until=n_messages(2)))]
    assert texts == [html, f'{html} & "quotes" <img src=x onerror=alert(1)>']
    # The counsellor who takes it receives the same characters, neither stripped nor
    # escaped.
    r = httpx.post(f"{live_server.url}/sync/push", headers=anna, json={
        "client_id": f"html-{uuid.uuid4().hex}", "mutations": [{
            "mutation_id": 1, "name": "contact.accept",
            "args": {"contact_id": chat["chat_id"]}}]})
    assert r.json()["results"][0]["status"] == "applied", r.text
    page = httpx.get(f"{live_server.url}/sync/pull", headers=anna,
                     params={"scope": "queue", "cursor": cursor}).json()
    mine = [c["data"] for c in page["changes"] if c["data"] and (
        c["data"].get("contact_id") == chat["chat_id"] or c["id"] == chat["chat_id"])]
    assert [m["text"] for m in mine if "text" in m] == texts
    assert {c["subject"] for c in mine if "subject" in c} == {html}


@pytest.mark.parametrize("path", ["", "/messages"])
@pytest.mark.parametrize("body", [
    b'{"text": "\xff\xfe hei"}',
    b'\xc3\x28{"language": "fi"}',
    b'{"text": "caf\xe9"}',
    b'{"text": "unterminated',
])
def test_a_body_that_is_not_valid_utf8_json_gets_a_4xx_with_a_message(live_server, path, body):
    chat = start_citizen_chat(live_server.url)
    url = chats_url(live_server) + (f"/{chat['chat_id']}{path}" if path else "")
    r = httpx.post(url, content=body, headers={"Content-Type": "application/json",
                                               "X-Chat-Token": chat["token"]})
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    assert isinstance(r.json()["detail"], str) and r.json()["detail"].strip()


def test_a_flood_is_slowed_down_and_nothing_already_sent_is_lost(live_server):
    chat = start_citizen_chat(live_server.url, "viesti 0")
    codes = [post_message(live_server, chat, f"viesti {i}").status_code for i in range(1, 26)]
    # The first message of the chat counts: 20 citizen messages a minute, then 429.
    assert codes[:PER_MINUTE - 1] == [201] * (PER_MINUTE - 1)
    assert codes[PER_MINUTE - 1:] == [429] * (len(codes) - PER_MINUTE + 1)
    r = post_message(live_server, chat, "vielä yksi")
    assert_readable_error(r, 429, "too fast")
    texts = [m["text"] for m in messages(stream_events(live_server, chat,
                                                       until=n_messages(PER_MINUTE)))]
    assert texts == [f"viesti {i}" for i in range(PER_MINUTE)]
    # Another citizen is not held back by this one.
    other = start_citizen_chat(live_server.url, "eri ihminen")
    assert post_message(live_server, other, "minä saan kirjoittaa").status_code == 201


# --- the stream -------------------------------------------------------------------------------

def test_the_stream_replays_the_chat_and_resumes_after_last_event_id(live_server):
    chat = start_citizen_chat(live_server.url, "ensimmäinen")
    for text in ("toinen", "kolmas"):
        assert post_message(live_server, chat, text).status_code == 201
    events = stream_events(live_server, chat, until=n_messages(3))
    kind, status = events[0][1:]
    assert kind == "status" and status == {"status": "waiting", "counsellor_name": None}
    replay = [(i, d) for i, k, d in events if k == "message"]
    assert [d["text"] for _, d in replay] == ["ensimmäinen", "toinen", "kolmas"]
    assert all(d["sender"] == "citizen" and d["author_name"] == "Testi" for _, d in replay)
    ids = [i for i, _ in replay]
    assert all(isinstance(i, int) for i in ids) and ids == sorted(set(ids))

    # The browser reconnects with the id of the last event it saw: only what is newer comes.
    resumed = stream_events(live_server, chat, last_event_id=ids[0], until=n_messages(2))
    assert [d["text"] for d in messages(resumed)] == ["toinen", "kolmas"]
    assert post_message(live_server, chat, "neljäs").status_code == 201
    resumed = stream_events(live_server, chat, last_event_id=ids[2], until=n_messages(1))
    assert [d["text"] for d in messages(resumed)] == ["neljäs"]


def answer_as(server, username: str, folder, chat: dict, text: str) -> None:
    core = make_core(server.url, username, folder, stream=False)
    try:
        core.engine.record_local("contact.accept", {"contact_id": chat["chat_id"]})
        core.engine.record_local("chat.send", {"id": new_id(), "contact_id": chat["chat_id"],
                                               "text": text})
        core.engine.push()
        assert core.store.pending_count() == 0 and not core.listener.rejections
    finally:
        core.stop()


def test_the_counsellors_answer_and_status_reach_the_citizen(live_server, tmp_path):
    chat = start_citizen_chat(live_server.url, "Hei")
    answer_as(live_server, "anna", tmp_path / "ws", chat, "<b>Hei!</b> Miten voin auttaa?")
    events = stream_events(live_server, chat, until=n_messages(2))
    statuses = [d for _, k, d in events if k == "status"]
    assert statuses[-1] == {"status": "accepted", "counsellor_name": "Anna"}
    answer = messages(events)[1]
    assert answer["sender"] == "counsellor" and answer["text"] == "<b>Hei!</b> Miten voin auttaa?"


def test_the_citizen_sees_only_the_counsellors_first_name(live_server, tmp_path):
    chat = start_citizen_chat(live_server.url, "Hei")
    answer_as(live_server, "anna", tmp_path / "ws", chat, "Hei, Anna täällä.")
    answer = messages(stream_events(live_server, chat, until=n_messages(2)))[1]
    assert answer["author_name"] == "Anna"


def test_a_bad_last_event_id_is_a_4xx_not_a_crash(live_server):
    chat = start_citizen_chat(live_server.url)
    for value in ("abc", "-1"):
        r = httpx.get(f"{chats_url(live_server)}/{chat['chat_id']}/stream",
                      params={"token": chat["token"]}, headers={"Last-Event-ID": value})
        assert_readable_error(r, 422, "Last-Event-ID")


# --- property: what the citizen writes is what comes back --------------------------------------

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t") + "\x7f"


def expected_after_cleaning(text: str) -> str:
    """The documented rule (workstation/queue/rules.py), written out independently."""
    return "".join(ch for ch in text if ch not in CONTROL).strip()


printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t <>&\"'\\"),
    min_size=1, max_size=LIMIT)
noise = st.text(alphabet=st.sampled_from(CONTROL + " \n\t"), max_size=4)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=printable, before=noise, after=noise)
@example(body="x" * LIMIT, before="", after="")
@example(body="🇫🇮 ääkköset ÅÄÖ " * 250, before="\r\n", after="\x00 ")
@example(body="<script>alert(1)</script>\n\n<b>x</b>", before="\x1b", after="\t")
@example(body="data: x\n\nevent: status\nid: 999999", before="", after="")
@example(body="\u2028\u2029\ufeff\u200b", before="", after="")
def test_any_printable_text_round_trips_exactly(live_server, body, before, after):
    expected = expected_after_cleaning(before + body + after)
    chat = start_citizen_chat(live_server.url, "alku")
    r = post_message(live_server, chat, before + body + after)
    if not expected:
        assert_readable_error(r, 422, "empty")
        return
    assert r.status_code == 201, r.text
    created = r.json()
    [first, echoed] = messages(stream_events(live_server, chat, until=n_messages(2)))
    assert first["text"] == "alku"
    assert echoed["id"] == created["id"]
    assert echoed["text"] == expected


@pytest.mark.parametrize("raw", [b"\xed\xa0\x80", b"lone \\ud800 surrogate", b"\\udfff"])
def test_lone_surrogates_are_kept_as_replacement_characters(live_server, raw):
    """Invalid UTF-8 that JSON decoding lets through is shown as text (U+FFFD), not lost."""
    body = b'{"language": "fi", "municipality_code": "853", "text": "' + raw + b'"}'
    r = httpx.post(chats_url(live_server), content=body,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 201, r.text
    [first] = messages(stream_events(live_server, r.json(), until=n_messages(1)))
    assert "\ufffd" in first["text"]


def test_one_address_cannot_fill_the_queue_with_chats(tmp_path):
    """A script starting chats from one address is stopped after the hourly allowance with
    a clear 429; the chats it started stay in the queue, and other addresses are not
    affected (each server here has its own limiter)."""
    from tests.support.live_server import launch

    s = launch(tmp_path / "limited", extra_env={"NEUVO_CHATS_PER_HOUR": "2"})
    try:
        body = {"language": "fi", "municipality_code": "853", "text": "Hei, tarvitsen apua"}
        answers = [httpx.post(chats_url(s), json=body) for _ in range(3)]
        assert [a.status_code for a in answers] == [201, 201, 429]
        assert "Try again later" in answers[2].json()["detail"]
        assert answers[2].headers["retry-after"]
        started = [a.json()["chat_id"] for a in answers[:2]]
        headers, cursor, waiting = auth_headers(s, "anna"), 0, set()
        while True:
            page = httpx.get(f"{s.url}/sync/pull", params={"scope": "queue", "cursor": cursor},
                             headers=headers).json()
            waiting |= {c["id"] for c in page["changes"] if c["entity"] == "contact"}
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        assert set(started) <= waiting
    finally:
        s.cleanup()

"""The citizen web chat in a real browser, with a real counsellor workstation core on the
other end: what the citizen sees, in their language, and that nothing they or the counsellor
write is ever run as HTML."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.support.live_server import ROOT
from tests.support.workstation import make_core, wait_until
from workstation.ids import new_id
from workstation.sync import SyncState

pytestmark = pytest.mark.browser

SCREENSHOT = ROOT / "docs" / "screenshots" / "citizen-chat.png"
SESSION_JS = "JSON.parse(sessionStorage.getItem('citizenChat.session') || 'null')"


def session_of(page: Page) -> dict:
    session = page.evaluate(SESSION_JS)
    assert session and session["chat_id"] and session["token"], "the page keeps its chat"
    return session


def start_chat(page: Page, url: str, municipality: str, text: str, name: str = "",
               group: str = "") -> dict:
    page.goto(url)
    page.select_option("#municipality", municipality)
    if group:
        page.select_option("#group", group)
    if name:
        page.fill("#name", name)
    page.fill("#message", text)
    page.click("#send")
    mine = page.locator("#conversation li.msg-citizen")
    expect(mine).to_have_count(1)
    expect(mine.locator(".msg-text")).to_have_text(text)
    expect(page.locator("#start-view")).to_be_hidden()
    expect(page.locator("#message")).to_have_value("")
    return session_of(page)


def accept_and_reply(core, contact: dict, text: str, *, threaded: bool) -> str:
    """What the counsellor's workstation does when they accept and answer."""
    cid = contact["id"]
    mid = new_id()
    edits = [
        ("contact.accept", {"contact_id": cid},
         [("contact", cid, {k: v for k, v in contact.items() if k != "_pending"}
           | {"status": "accepted"})]),
        ("chat.send", {"id": mid, "contact_id": cid, "text": text},
         [("chat_message", mid, {"id": mid, "contact_id": cid, "text": text,
                                 "sender": "counsellor"})]),
    ]
    for name, args, optimistic in edits:
        if threaded:  # the engine loop owns the store: hand the edit to it
            core.engine.submit(name, args, optimistic)
        else:
            core.engine.record_local(name, args, optimistic)
    if not threaded:
        core.engine.push()
    return mid


def save_screenshot(page: Page, tmp_path: Path) -> None:
    """Always taken; copied into docs/ when missing or when NEUVO_UPDATE_SCREENSHOTS=1, so an
    ordinary test run does not rewrite a tracked file."""
    shot = tmp_path / "citizen-chat.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("NEUVO_UPDATE_SCREENSHOTS") == "1" or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_a_citizen_asks_and_a_counsellor_answers_live(live_server, page, tmp_path):
    core = make_core(live_server.url, "anna", tmp_path / "ws")
    core.start()
    try:
        wait_until(lambda: core.engine.state == SyncState.ONLINE, timeout=15)

        page.goto(f"{live_server.url}/chat/")
        expect(page.locator("html")).to_have_attribute("lang", "fi")
        expect(page.locator("#language")).to_have_value("fi")
        expect(page.locator("#start-heading")).to_have_text("Kysy neuvoa chatissa")
        expect(page.locator("#send")).to_have_text("Lähetä")

        question = "Äitini tarvitsee apua kotiin. Mistä saan kotihoitoa?"
        expect(page.locator("#group option").first).to_have_text("En halua sanoa")
        session = start_chat(page, f"{live_server.url}/chat/", "853", question, name="Maija",
                             group="older_people")
        status = page.locator("#status")
        expect(status).to_have_attribute("data-status", "waiting")
        # The citizen learns where they are in the queue (others wait too on this server).
        expect(status).to_have_text(re.compile(
            r"^Olet jonossa(\. Ennen sinua on (\d+ yhteydenottoa|yksi yhteydenotto)\."
            r"| seuraavana\. Ohjaaja vastaa pian\.)$"))

        # The counsellor's workstation shows the waiting chat within seconds, pushed by the
        # event stream (no polling: the fallback poll is 60 s while the stream is up).
        chat_id = session["chat_id"]
        contact = wait_until(lambda: core.store.get("contact", chat_id), timeout=5)
        assert contact["status"] == "waiting" and contact["channel"] == "chat"
        assert contact["subject"] == question and contact["citizen_name"] == "Maija"
        assert contact["municipality_code"] == "853" and contact["language"] == "fi"
        assert contact["client_group"] == "older_people", "the citizen said who it is about"
        # What the citizen wrote reaches the workstation only once Anna takes the chat.
        assert core.store.messages_of(chat_id) == []

        answer = "Hei Maija! Autan mielelläni. Missä kaupunginosassa äitisi asuu?"
        accept_and_reply(core, contact, answer, threaded=True)
        wait_until(lambda: question in [m["text"] for m in core.store.messages_of(chat_id)],
                   timeout=5)

        theirs = page.locator("#conversation li.msg-counsellor")
        expect(theirs).to_have_count(1)
        expect(theirs.locator(".msg-text")).to_have_text(answer)
        expect(status).to_have_attribute("data-status", "accepted")
        expect(status).to_have_text("Anna vastaa sinulle.")
        wait_until(lambda: core.store.pending_count() == 0, timeout=5)
        assert core.store.get("contact", chat_id)["accepted_by_name"] == "Anna Virtanen"

        # Typing shows on the other side: the counsellor's on the page, the citizen's in
        # the workstation's store (where the chat view shows "… is writing").
        core.engine.submit("chat.typing", {"contact_id": chat_id})
        expect(status).to_have_text("Anna kirjoittaa…")
        expect(status).to_have_text("Anna vastaa sinulle.", timeout=10_000)
        page.fill("#reply", "Hetki, ")
        page.type("#reply", "mietin")
        wait_until(lambda: (core.store.get("typing", chat_id) or {}).get("citizen_at"),
                   timeout=5)

        # The citizen answers with Enter; the counsellor gets it.
        follow_up = "Kiitos! Hän asuu Martissa."
        page.fill("#reply", follow_up)
        page.press("#reply", "Enter")
        expect(page.locator("#conversation li.msg-citizen")).to_have_count(2)
        expect(page.locator("#reply")).to_have_value("")
        wait_until(lambda: any(m["text"] == follow_up for m in core.store.messages_of(chat_id)), timeout=5)
        order = page.eval_on_selector_all(
            "#conversation li.msg", "els => els.map(e => [e.className, e.querySelector('.msg-text').textContent])")
        assert order == [["msg msg-citizen", question], ["msg msg-counsellor", answer],
                         ["msg msg-citizen", follow_up]]
        expect(page.locator("#error")).to_have_text("")
        save_screenshot(page, tmp_path)

        # A reload keeps the conversation (the session lives in sessionStorage).
        page.reload()
        expect(page.locator("#conversation li.msg")).to_have_count(3)
        expect(status).to_have_attribute("data-status", "accepted")
    finally:
        core.stop()


def test_swedish_page_shows_html_as_plain_text(live_server, page, tmp_path):
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(f"{live_server.url}/chat/?lang=sv")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.locator("#language")).to_have_value("sv")
    expect(page.locator("#start-heading")).to_have_text("Fråga om råd i chatten")
    expect(page.locator("label[for=municipality] span").first).to_have_text("Kommun")
    expect(page.locator("#send")).to_have_text("Skicka")
    expect(page.locator("#message")).to_have_attribute(
        "placeholder", "Skriv här vad du behöver hjälp med.")
    expect(page.locator("#municipality option[value='853']")).to_have_text("Åbo")
    assert page.title() == "Chatt – Klient- och servicehandledning"

    # Sending without a municipality is explained in Swedish.
    page.fill("#message", "Hej")
    page.click("#send")
    expect(page.locator("#error")).to_have_text("Välj kommun.")

    html = 'Hej! <img src=x onerror=alert(1)> <script>alert(2)</script><b>fet</b> & "citat"'
    session = start_chat(page, f"{live_server.url}/chat/?lang=sv", "445", html)
    expect(page.locator("#status")).to_have_text(re.compile(
        r"^Du står (i kö\. Före dig finns (\d+ kontakter|en kontakt)\.|först i kön\. .*)$"))

    # A counsellor answering in HTML is shown as text too.
    core = make_core(live_server.url, "erik", tmp_path / "ws", stream=False)
    try:
        assert core.engine.try_sync()
        contact = core.store.get("contact", session["chat_id"])
        assert contact and contact["municipality_code"] == "445" and contact["language"] == "sv"
        assert contact["subject"] == html
        answer = "<i>Hej</i> <img src=y onerror=alert(3)><iframe src=javascript:alert(4)>"
        accept_and_reply(core, contact, answer, threaded=False)
    finally:
        core.stop()
    theirs = page.locator("#conversation li.msg-counsellor .msg-text")
    expect(theirs).to_have_text(answer)
    expect(page.locator("#status")).to_have_text("Erik svarar dig.")

    mine = page.locator("#conversation li.msg-citizen .msg-text")
    assert mine.text_content() == html
    assert theirs.text_content() == answer
    for tag in ("img", "script", "b", "i", "iframe"):
        assert page.locator(f"#conversation {tag}").count() == 0, f"a <{tag}> was created"
    assert "&lt;img src=x onerror=alert(1)&gt;" in mine.inner_html()
    # Give a broken image's onerror time to run, had one been created.
    page.wait_for_timeout(500)
    assert dialogs == []


def test_an_over_long_message_is_refused_and_kept(live_server, page):
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if r.method == "POST" else None)
    page.goto(f"{live_server.url}/chat/")
    page.select_option("#municipality", "853")
    box, counter, error = page.locator("#message"), page.locator("#message-counter"), page.locator("#error")

    too_long = "Pitkä kertomus. " * 250 + "!"  # 4001 characters, pasted in one go
    assert len(too_long) == 4001
    box.fill(too_long)
    expect(box).to_have_value(too_long)  # the browser did not cut it off
    expect(counter).to_have_text("4001 / 4000 merkkiä")
    expect(counter).to_have_class("counter counter-over")
    page.click("#send")
    expect(error).to_have_text("Viesti on liian pitkä. Enimmäispituus on 4000 merkkiä.")
    expect(error).to_be_visible()
    expect(box).to_have_value(too_long)
    expect(box).to_be_focused()
    expect(page.locator("#start-view")).to_be_visible()
    assert not any("/api/public/chats" in url for url in sent), "nothing was sent"

    # Removing one character is enough.
    box.press("End")
    box.press("Backspace")
    expect(counter).to_have_text("4000 / 4000 merkkiä")
    expect(counter).to_have_class("counter counter-near")
    page.click("#send")
    mine = page.locator("#conversation li.msg-citizen .msg-text")
    expect(mine).to_have_text(too_long[:-1].strip())
    expect(error).to_have_text("")

    # The same in the conversation's reply box; emoji count as one character each.
    reply = page.locator("#reply")
    reply.fill("😀" * 4001)
    page.click("#reply-send")
    expect(error).to_have_text("Viesti on liian pitkä. Enimmäispituus on 4000 merkkiä.")
    expect(reply).to_have_value("😀" * 4001)
    reply.press("End")
    reply.press("Backspace")
    expect(page.locator("#reply-counter")).to_have_text("4000 / 4000 merkkiä")
    page.click("#reply-send")
    expect(mine).to_have_count(2)
    expect(mine.nth(1)).to_have_text("😀" * 4000)
    expect(reply).to_have_value("")
    expect(error).to_have_text("")


def test_a_citizen_writing_too_fast_is_told_so_in_their_language(live_server, page):
    session = start_chat(page, f"{live_server.url}/chat/", "853", "Hei, kysyisin yhtä asiaa")
    # Nineteen more messages within the minute reach the limit of twenty.
    for i in range(19):
        r = httpx.post(f"{live_server.url}/api/public/chats/{session['chat_id']}/messages",
                       json={"text": f"lisää {i}"}, headers={"X-Chat-Token": session["token"]})
        assert r.status_code == 201
    expect(page.locator("#conversation li.msg-citizen")).to_have_count(20)
    page.fill("#reply", "Vielä yksi asia")
    page.press("#reply", "Enter")
    expect(page.locator("#error")).to_have_text(
        "Lähetät viestejä liian nopeasti. Odota hetki ja yritä uudelleen.")
    expect(page.locator("#reply")).to_have_value("Vielä yksi asia")
    expect(page.locator("#conversation li.msg-citizen")).to_have_count(20)


@pytest.mark.parametrize(("path", "table"), [("/chat/", "CHAT_STRINGS"),
                                             ("/request/", "REQUEST_STRINGS")])
def test_the_citizen_pages_have_every_string_in_all_three_languages(live_server, page, path,
                                                                    table):
    """A key missing in Swedish or English would show the Finnish text instead."""
    page.goto(f"{live_server.url}{path}")
    keys = page.evaluate(f"""() => {{
        const t = window.{table};
        return Object.fromEntries(Object.entries(t).map(([lang, s]) =>
            [lang, Object.keys(s).filter(k => typeof s[k] === "string" && s[k].trim())]));
    }}""")
    assert set(keys) == {"fi", "sv", "en"}
    used = set(page.evaluate("""() => [...document.querySelectorAll(
        "[data-i18n], [data-i18n-placeholder], [data-i18n-aria-label]")].map(e =>
        e.getAttribute("data-i18n") || e.getAttribute("data-i18n-placeholder")
        || e.getAttribute("data-i18n-aria-label"))"""))
    for lang in ("fi", "sv", "en"):
        assert set(keys[lang]) == set(keys["fi"]), (lang, set(keys["fi"]) ^ set(keys[lang]))
        assert used <= set(keys[lang]), (lang, used - set(keys[lang]))

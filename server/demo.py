"""Demo data: a believable region of counsellors, clients, relatives and waiting contacts.

Faker's ``fi_FI`` gives Finnish names, addresses and valid identity codes. Faker has no
``sv_FI`` locale, so Swedish-speaking people get ``sv_SE`` names (Finland-Swedish first and
last names are largely the same) with Finnish addresses. Municipalities are the real 27 of
Varsinais-Suomi; populations are the real 2020 figures."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from faker import Faker
from sqlalchemy import select
from stdnum.fi import hetu as hetu_lib

from server.auth.service import hash_password
from server.canned.models import CannedReply
from server.clients.models import Client, Relative
from server.db import Database, new_id, utcnow
from server.directory.models import GuidancePoint, Team, User
from server.directory.service import ensure_municipalities
from server.mail.service import add_mail_address
from server.queue.models import ChatMessage, Contact, PresenceState
from server.sync.changelog import record_change
from server.telephony.service import add_service_line, screen_pop
from server.telephony.simulate import KNOWN_CALLERS
from server.walkin.models import Appointment
from workstation.queue.rules import preview

DEMO_PASSWORD = "demo"
# username, display name, role, municipality, languages
DEMO_USERS = [
    ("anna", "Anna Virtanen", "counsellor", "853", ["fi", "sv"]),
    ("liisa", "Liisa Mäkinen", "counsellor", "734", ["fi"]),
    ("erik", "Erik Lindholm", "counsellor", "445", ["sv", "fi"]),
    ("mikko", "Mikko Laine", "counsellor", "202", ["fi"]),
    ("sari", "Sari Heikkilä", "walk_in_adviser", "680", ["fi"]),
    ("helena", "Helena Nieminen", "professional", "853", ["fi"]),
    ("paivi", "Päivi Salminen", "supervisor", "853", ["fi", "sv"]),
    ("admin", "Ylläpitäjä", "administrator", "853", ["fi"]),
]
DEMO_APPOINTMENTS = [
    ("Seniori-info Turku", 9, 0, "Aili Laaksonen", "housing", "fi"),
    ("Seniori-info Turku", 10, 30, "Veikko Salo", "home_help", "fi"),
    ("Seniori-info Turku", 13, 0, "Margareta Holm", "home_safety", "sv"),
    ("Salon neuvontapiste", 11, 0, "Tuula Niemi", "food", "fi"),
]
DEMO_CANNED_REPLIES = [
    ("fi", "Tervehdys", "Hei {name}, olen {counsellor} asiakasohjauksesta. Miten voin auttaa?"),
    ("fi", "Kotihoidon hakeminen",
     "Kotihoitoa haetaan oman kunnan kotihoidosta. Voin tehdä yhteydenoton puolestasi, jos "
     "annat luvan."),
    ("fi", "Lopetus", "Kiitos yhteydenotosta, {name}. Voit ottaa yhteyttä uudelleen milloin "
                      "vain arkisin klo 9–15."),
    ("sv", "Hälsning", "Hej {name}, jag heter {counsellor} och arbetar med klienthandledning. "
                       "Hur kan jag hjälpa dig?"),
    ("sv", "Ansökan om hemvård",
     "Hemvård söks hos hemvården i din kommun. Jag kan ta kontakt för din räkning om du "
     "ger lov."),
    ("sv", "Avslutning", "Tack för att du tog kontakt, {name}. Du kan höra av dig igen "
                         "vardagar kl. 9–15."),
]
DEMO_MAIL_ADDRESSES = [
    ("seniorineuvonta@turku.example", "Seniorineuvonta", "fi", "853"),
    ("seniorradgivning@turku.example", "Seniorrådgivning", "sv", "853"),
]
DEMO_SERVICE_LINES = [
    ("+358 2 262 6000", "Seniorineuvonta", "fi", "853"),
    ("+358 2 262 6001", "Seniorrådgivning", "sv", "853"),
    ("+358 2 778 1000", "Salon seniorineuvonta", "fi", "734"),
    ("+358 2 458 5000", "Pargas seniorrådgivning", "sv", "445"),
    ("+358 2 434 0000", "Kaarinan ikäneuvonta", "fi", "202"),
]
TOPICS_FI = [
    "Kotiin annettava apu ja palvelut",
    "Ruoka ja ravitsemus",
    "Seura, vapaa-aika ja harrastukset",
    "Asuminen",
    "Kodin turvallisuus ja apuvälineet",
]
# A phone call carries no name, only the number, as the platform gives it (the screen pop
# suggests who it may be; the counsellor confirms). A callback request carries the name
# its citizen typed; when its number belongs to a client or relative, that person's.
WAITING = [
    ("chat", "fi", "853", "Äitini tarvitsisi apua kotiin, mistä aloitan?", "Marja", None),
    ("phone", "fi", "734", "Kotiin annettava apu ja palvelut", "", "+358401000003"),
    ("chat", "sv", "445", "Min pappa behöver hjälp med matlagning, finns det matservice?", "Ulla",
     None),
    ("callback", "fi", "202", "Turvaranneke ja apuvälineet", "Eila", "+358501234567"),
]


def seed_demo(db: Database, *, clients: int = 60, seed: int = 2018) -> str:
    """Idempotent: a database that already has the demo users is left as it is."""
    rng = random.Random(seed)
    fi = Faker("fi_FI")
    sv = Faker("sv_SE")
    fi.seed_instance(seed)
    sv.seed_instance(seed)
    with db.session() as s:
        added_m = ensure_municipalities(s)
        if s.scalar(select(User).where(User.username == "anna")) is not None:
            s.commit()
            return "demo data already present"
        points: dict[str, GuidancePoint] = {}
        team = Team(id=new_id(), name="Varsinais-Suomen asiakasohjaus", municipality_code="853")
        s.add(team)
        record_change(s, "team", team)
        for name, code, address in [
            ("Seniori-info Turku", "853", "Aurakatu 8, 20100 Turku"),
            ("Salon neuvontapiste", "734", "Horninkatu 13, 24100 Salo"),
            ("Pargas rådgivning", "445", "Strandvägen 28, 21600 Parainen"),
            # Sari's desk: a point's staff are the queue workers of its municipality.
            ("Raision neuvontapiste", "680", "Raisiontori 5, 21200 Raisio"),
        ]:
            gp = GuidancePoint(id=new_id(), name=name, municipality_code=code, address=address)
            points[name] = gp
            s.add(gp)
            record_change(s, "guidance_point", gp)
        password = hash_password(DEMO_PASSWORD)
        users = {}
        for username, display, role, muni, langs in DEMO_USERS:
            u = User(id=new_id(), username=username, display_name=display, role=role,
                     municipality_code=muni, team_id=team.id, languages=langs,
                     password_hash=password)
            s.add(u)
            record_change(s, "user", u)
            users[username] = u
            if role in ("counsellor", "walk_in_adviser", "supervisor"):
                p = PresenceState(user_id=u.id, state="offline")
                s.add(p)
                record_change(s, "presence", p)
        for number, name, lang, muni in DEMO_SERVICE_LINES:
            # The demo's lines and addresses are all seniors' advice.
            add_service_line(s, number=number, name=name, language=lang,
                             municipality_code=muni, client_group="older_people")
        # Today's appointments at the Turku and Salo guidance points, in the local time of
        # the machine the demo runs on (Finnish time on a counsellor's computer).
        today = datetime.now().astimezone()
        for point_name, hour, minute, name, topic, lang in DEMO_APPOINTMENTS:
            point = points[point_name]
            start = today.replace(hour=hour, minute=minute, second=0, microsecond=0)
            a = Appointment(id=new_id(), guidance_point_id=point.id, starts_at=start,
                            ends_at=start + timedelta(minutes=30), citizen_name=name,
                            phone="", topic=topic, language=lang, note="", status="booked")
            s.add(a)
            record_change(s, "appointment", a)
        for lang, title, text in DEMO_CANNED_REPLIES:
            reply = CannedReply(id=new_id(), team_id=team.id, language=lang, title=title,
                                text=text)
            s.add(reply)
            record_change(s, "canned_reply", reply)
        for address, name, lang, muni in DEMO_MAIL_ADDRESSES:
            add_mail_address(s, address=address, name=name, language=lang,
                             municipality_code=muni, client_group="older_people")
        codes = ["853", "734", "445", "202", "680", "529", "423", "895", "322", "577"]
        known = iter(KNOWN_CALLERS)
        for _ in range(clients):
            swedish = rng.random() < 0.15
            faker = sv if swedish else fi
            hetu_code: str | None = (fi.ssn(min_age=70, max_age=98)  # type: ignore[call-arg]
                                if rng.random() < 0.7 else None)
            birth = hetu_lib.compact(hetu_code) if hetu_code else None
            c = Client(
                id=new_id(), first_name=faker.first_name(), last_name=faker.last_name(),
                hetu=hetu_code, municipality_code=rng.choice(codes), language="sv" if swedish else "fi",
                # The first clients have the simulator's known numbers (screen pop).
                phone=next(known, f"+35840{rng.randrange(1000000, 9999999)}"),
                address=fi.street_address(),
                birth_date=_birth_date(birth) if birth else None,
            )
            s.add(c)
            record_change(s, "client", c)
            for _ in range(rng.choice([0, 1, 1, 2])):
                r = Relative(id=new_id(), client_id=c.id,
                             name=f"{faker.first_name()} {c.last_name}",
                             relation=rng.choice(["tytär", "poika", "puoliso", "sisar", "naapuri"]),
                             phone=f"+35850{rng.randrange(1000000, 9999999)}",
                             is_contact_person=rng.random() < 0.5)
                s.add(r)
                record_change(s, "relative", r)
        now = utcnow()
        for minutes, (channel, lang, muni, text, name, phone) in zip([6, 4, 2, 1], WAITING,
                                                                     strict=True):
            candidates = screen_pop(s, phone) if phone else []
            if channel == "callback" and candidates:
                # The demo's callers are who their numbers say they are.
                name = candidates[0].get("relative_name") or candidates[0]["name"]
            contact = Contact(id=new_id(), channel=channel, status="waiting", language=lang,
                              municipality_code=muni, subject=preview(text), citizen_name=name,
                              caller_number=phone, created_at=now - timedelta(minutes=minutes),
                              candidates=candidates,
                              client_group="older_people")   # each about an elderly parent
            if channel == "callback":
                # Asked to be called within the next hour.
                contact.window_start = contact.created_at
                contact.due_at = now + timedelta(minutes=50)
            s.add(contact)
            record_change(s, "contact", contact)
            if channel == "chat":
                m = ChatMessage(id=new_id(), contact_id=contact.id, sender="citizen",
                                author_name=name, text=text, created_at=contact.created_at)
                s.add(m)
                record_change(s, "chat_message", m)
        s.commit()
    return (f"demo data: {added_m} municipalities, {len(DEMO_USERS)} users "
            f"(password '{DEMO_PASSWORD}'), {clients} clients, {len(WAITING)} waiting contacts")


def _birth_date(code: str):
    from datetime import date

    century = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
               "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}[code[6]]
    return date(century + int(code[4:6]), int(code[2:4]), int(code[0:2]))

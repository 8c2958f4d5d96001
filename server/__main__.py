"""Command line of the central server.

    python -m server [--host H] [--port P] [--database-url URL]   run the API
    python -m server seed-demo [--database-url URL]                  load demo data
    python -m server create-user USERNAME --role ROLE ...            add a user
    python -m server add-service-line NUMBER --name N --language L   a telephony line
    python -m server add-mail-address ADDRESS --name N --language L  a service mail address
    python -m server compact [--database-url URL]                    compact the change log
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from workstation.queue.rules import ClientGroup


def _common(p: argparse.ArgumentParser, *, sub: bool = False) -> None:
    # On a subcommand the option must not overwrite one given before the subcommand.
    p.add_argument("--database-url", default=argparse.SUPPRESS if sub else "",
                   help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db "
                        "(default: SQLite file in the user data directory)")


GROUP_CHOICES = [str(g) for g in ClientGroup]


def _known_municipality(db, code: str | None) -> bool:
    """No code, or one in the directory; says so on stderr when not."""
    if not code:
        return True
    from server.directory.models import Municipality

    with db.session() as s:
        if s.get(Municipality, code) is not None:
            return True
    print(f"Unknown municipality code {code!r}; the region's codes are three digits, "
          "e.g. 853 for Turku.", file=sys.stderr)
    return False


def _bare_address(text: str) -> bool:
    """A plain local@domain address: what the SMTP intake matches recipients against."""
    import re
    from email.utils import parseaddr

    name, address = parseaddr(text)
    return (not name and address == text.strip()
            and re.fullmatch(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[A-Za-z]{2,}", address)
            is not None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m server", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (0.0.0.0: every interface)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on")
    parser.add_argument("--log-level", default="info",
                        help="debug, info, warning or error")
    parser.add_argument("--forwarded-allow-ips", default=None,
                        help="proxies whose X-Forwarded-For is trusted (comma-separated, or *)")
    sub = parser.add_subparsers(dest="command")
    seed = sub.add_parser("seed-demo", help="load the demo data (idempotent)")
    _common(seed, sub=True)
    user = sub.add_parser("create-user", help="add a user")
    _common(user, sub=True)
    user.add_argument("username")
    user.add_argument("--role", required=True)
    user.add_argument("--name", required=True)
    user.add_argument("--municipality", default=None, help="3-digit municipality code")
    user.add_argument("--languages", default="fi", help="service languages, e.g. fi,sv")
    user.add_argument("--team", default=None,
                      help="the team's name; its counsellors are offered contacts")
    user.add_argument("--client-groups", default="",
                      help="client groups served, e.g. older_people,families (default: all)")
    line = sub.add_parser("add-service-line", help="add or change a telephony service line")
    _common(line, sub=True)
    line.add_argument("number", help="the number citizens dial, e.g. +358 2 262 6000")
    line.add_argument("--name", required=True)
    line.add_argument("--language", required=True, choices=["fi", "sv"])
    line.add_argument("--municipality", default=None, help="3-digit municipality code")
    line.add_argument("--client-group", default=None, choices=GROUP_CHOICES,
                      help="the client group its callers belong to (a seniors' line)")
    mail = sub.add_parser("add-mail-address", help="add or change a service mail address")
    _common(mail, sub=True)
    mail.add_argument("address", help="the address citizens write to")
    mail.add_argument("--name", required=True, help="shown as the sender of replies")
    mail.add_argument("--language", required=True, choices=["fi", "sv"])
    mail.add_argument("--municipality", default=None, help="3-digit municipality code")
    mail.add_argument("--client-group", default=None, choices=GROUP_CHOICES,
                      help="the client group its writers belong to")
    compact_cmd = sub.add_parser("compact", help="drop superseded change-log rows")
    _common(compact_cmd, sub=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper() if hasattr(args, "log_level") else "INFO")
    if args.command:
        # A one-off command prints its one-line result, not the migrations' chatter.
        logging.getLogger("alembic").setLevel(logging.WARNING)

    from server.config import Settings

    settings = Settings(database_url=args.database_url)
    if args.command == "seed-demo":
        from server.app import create_app
        from server.demo import seed_demo

        app = create_app(settings)
        summary = seed_demo(app.state.db)
        print(summary)
        return 0
    if args.command == "create-user":
        from server.app import create_app
        from server.auth.service import hash_password
        from server.directory.models import User
        from workstation.domain import Role

        if args.role not in set(Role):
            print(f"Unknown role {args.role!r}; use one of {', '.join(Role)}", file=sys.stderr)
            return 2
        from sqlalchemy import select

        from server.directory.models import Municipality
        from server.sync.changelog import record_change

        languages = [x.strip() for x in args.languages.split(",") if x.strip()]
        if not set(languages) <= {"fi", "sv"} or not languages:
            print("--languages takes fi, sv or fi,sv", file=sys.stderr)
            return 2
        groups = [x.strip() for x in args.client_groups.split(",") if x.strip()]
        if not set(groups) <= set(ClientGroup):
            print(f"--client-groups takes {', '.join(ClientGroup)}", file=sys.stderr)
            return 2
        db = create_app(settings).state.db
        from server.directory.models import Team

        # Checked, and the session closed, before the password is asked: no transaction
        # (on SQLite, the write lock) stays open while the operator types.
        with db.read_session() as s:
            team_id = None
            if args.team:
                team_id = s.scalar(select(Team.id).where(Team.name == args.team))
                if team_id is None:
                    print(f"No team called {args.team!r}.", file=sys.stderr)
                    return 2
            if s.scalar(select(User.id).where(User.username == args.username)) is not None:
                print(f"The user {args.username!r} already exists.", file=sys.stderr)
                return 2
            if args.municipality and s.get(Municipality, args.municipality) is None:
                print(f"Unknown municipality code {args.municipality!r}.", file=sys.stderr)
                return 2
        password = getpass.getpass("Password: ")
        if len(password) < 10:
            print("The password must be at least 10 characters.", file=sys.stderr)
            return 2
        password_hash = hash_password(password)
        from sqlalchemy.exc import IntegrityError

        try:
            with db.session() as s:
                new_user = User(username=args.username, display_name=args.name,
                                role=args.role, municipality_code=args.municipality,
                                languages=languages, client_groups=groups, team_id=team_id,
                                password_hash=password_hash)
                s.add(new_user)
                record_change(s, "user", new_user)  # workstations learn of the colleague
                s.commit()
        except IntegrityError:
            print(f"The user {args.username!r} was created meanwhile by someone else.",
                  file=sys.stderr)
            return 2
        print(f"Created {args.username}")
        return 0
    if args.command == "add-service-line":
        from server.app import create_app
        from server.telephony.service import add_service_line
        from workstation.queue.rules import InvalidPhoneNumber

        db = create_app(settings).state.db
        if not _known_municipality(db, args.municipality):
            return 2
        try:
            with db.session() as s:
                line_row = add_service_line(s, number=args.number, name=args.name,
                                            language=args.language,
                                            municipality_code=args.municipality,
                                            client_group=args.client_group)
                s.commit()
        except InvalidPhoneNumber as exc:
            print(exc, file=sys.stderr)
            return 2
        print(f"Service line {line_row.number}: {args.name} ({args.language})")
        return 0
    if args.command == "add-mail-address":
        from server.app import create_app
        from server.mail.service import add_mail_address

        if not _bare_address(args.address):
            print(f"'{args.address}' is not a mail address: give it as name@domain.fi, "
                  "without a display name or brackets.", file=sys.stderr)
            return 2
        db = create_app(settings).state.db
        if not _known_municipality(db, args.municipality):
            return 2
        with db.session() as s:
            row = add_mail_address(s, address=args.address, name=args.name,
                                   language=args.language, municipality_code=args.municipality,
                                   client_group=args.client_group)
            s.commit()
        print(f"Mail address {row.address}: {args.name} ({args.language})")
        return 0
    if args.command == "compact":
        from server.app import create_app
        from server.sync.service import compact

        print(f"Removed {compact(create_app(settings).state.db)} superseded change-log rows")
        return 0

    import uvicorn

    from server.app import create_app

    app = create_app(settings)
    # The event loop thread serves every stream and hands requests to worker threads; with
    # the default 5 ms GIL switch interval a thread that could run (the loop, or a request
    # whose database call just returned) waited behind a busy one for whole slices.
    sys.setswitchinterval(0.001)
    from server.config import SHUTDOWN_GRACE_SECONDS

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            # The streams end their responses first, so the stop does not wait out the
            # grace period and cut them (which logs an error for each).
            app.state.feed.close_streams()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level,
                            forwarded_allow_ips=args.forwarded_allow_ips, proxy_headers=True,
                            timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS)
    Server(config).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())

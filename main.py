"""Entry point: ``python main.py`` opens the counsellor workstation; ``--demo`` first starts
an embedded central server with demo data on loopback and logs in as one of its demo users
(``--user sari``; without it a login dialog lists them).

Starting the server lives here, at the top, so that ``ui`` depends only on ``workstation``."""

import sys


def run() -> int:
    argv = sys.argv[1:]
    # Before Qt loads and before the demo server starts: a Linux desktop without the
    # libraries of Qt's X11 platform gets the packages to install, not Qt's abort.
    from ui.shell.platform_check import exit_unless_qt_can_start

    exit_unless_qt_can_start()
    embedded = None
    demo_users: list[tuple[str, str, str]] = []
    if "--demo" in argv:
        from server.demo import DEMO_USERS
        from server.embedded import start_embedded_server

        demo_users = [(username, name, role) for username, name, role, *_ in DEMO_USERS]
        embedded = start_embedded_server()
        print(f"Demo server at {embedded.url} — citizen chat: {embedded.url}/chat/", flush=True)
    from ui.shell.app import main

    try:
        return main(argv, demo_server=embedded.url if embedded else None,
                    demo_users=demo_users)
    finally:
        if embedded is not None:
            embedded.stop()


if __name__ == "__main__":
    sys.exit(run())

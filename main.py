"""Entry point: ``python main.py`` opens the counsellor workstation; ``--demo`` first starts
an embedded central server with demo data on loopback and logs in as a demo counsellor.

Starting the server lives here, at the top, so that ``ui`` depends only on ``workstation``."""

import sys


def run() -> int:
    argv = sys.argv[1:]
    embedded = None
    if "--demo" in argv:
        from server.embedded import start_embedded_server

        embedded = start_embedded_server()
        print(f"Demo server at {embedded.url} — citizen chat: {embedded.url}/chat/", flush=True)
    from ui.shell.app import main

    try:
        return main(argv, demo_server=embedded.url if embedded else None)
    finally:
        if embedded is not None:
            embedded.stop()


if __name__ == "__main__":
    sys.exit(run())

"""Entry point: ``python main.py`` opens the counsellor workstation; ``--demo`` starts an
embedded central server with demo data and logs in as a demo counsellor."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())

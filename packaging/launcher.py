"""PyInstaller's entry script: the ``crisis-timeline`` command, GUI or subcommand."""

import sys

from timeline_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

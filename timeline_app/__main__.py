"""``python -m timeline_app`` runs the same command as ``crisis-timeline``."""

import sys

from timeline_app.cli import main

sys.exit(main())

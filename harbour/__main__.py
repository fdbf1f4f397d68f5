"""``python -m harbour staff add NAME``: Harbour's command line (staff accounts for the dashboard)."""
import sys

from harbour.dashboard.cli import main

sys.exit(main())

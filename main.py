"""Start Anfragen-Desk's window (same as `desk` without a verb)."""

import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

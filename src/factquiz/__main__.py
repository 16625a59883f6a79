"""`python -m factquiz` runs the command line."""

import sys

from factquiz.cli import main

sys.exit(main())

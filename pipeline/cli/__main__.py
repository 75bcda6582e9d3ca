"""`python -m newsbeam.pipeline.cli ...` runs the `newsbeam` command (where no console script is on PATH)."""
import sys

from newsbeam.pipeline.cli.main import main

sys.exit(main())

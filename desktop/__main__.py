"""`python -m desktop` is the same as the `partnership-atlas` command."""
import sys

from desktop.app.launcher import main

sys.exit(main())

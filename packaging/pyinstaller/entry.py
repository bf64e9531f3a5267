"""The bundle's entry point: the same `assistant.cli:main` as the pip-installed command.

No arguments open the window; arguments run the command line (`doctor`, ...).
"""

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())

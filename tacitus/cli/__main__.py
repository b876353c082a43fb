"""`python -m tacitus.cli`: the `tacitus` command."""
from tacitus.cli import main

main()

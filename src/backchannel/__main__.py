"""``python -m backchannel``: the same command line as the ``backchannel`` script."""

from backchannel.cli import main

main()

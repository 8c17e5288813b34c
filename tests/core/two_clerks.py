"""One clerk of the two-clerks test, run as its own process.

    python two_clerks.py DATABASE PARTICIPANT_ID CLERK FIELD VALUE MEETING_FOLDER

Opens the database, loads the participant as a form would, waits in
MEETING_FOLDER until the other clerk has loaded it too, then saves FIELD=VALUE.
Prints one JSON line: {"clerk", "outcome": "saved"|"refused", "fields", "saved_by",
"message"}; any other failure ends the process with a traceback and a non-zero code.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from lpks_desktop.core.auth.session import CLERK, Principal, signed_in
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.models import Participant
from lpks_desktop.core.record_changes import RecordChanged
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.core.store import Store

CLERKS = 2
# How long to wait for the other clerk before giving up: a partner that died must
# not leave this one waiting for ever.
PATIENCE_S = 120


def meet(folder: Path, clerk: str) -> None:
    """Say this clerk is ready, then wait until every clerk is."""
    (folder / f"{clerk}.ready").touch()
    deadline = time.monotonic() + PATIENCE_S
    while len(list(folder.glob("*.ready"))) < CLERKS:
        if time.monotonic() > deadline:
            raise SystemExit(f"{clerk}: the other clerk never came")
        time.sleep(0.002)


def main(argv: list[str]) -> int:
    database, participant_id, clerk, field, value, meeting = argv
    store = Store.open(parse_location(database))
    try:
        with signed_in(Principal(clerk, CLERK)):
            opened = Participant.get_by_id(int(participant_id))
            meet(Path(meeting), clerk)
            try:
                save_participant(store, {field: value}, opened)
                result = {"outcome": "saved"}
            except RecordChanged as refused:
                result = {"outcome": "refused", "fields": [f.field for f in refused.fields],
                          "saved_by": refused.saved_by, "message": refused.render("en")}
    finally:
        store.close()
    print(json.dumps({"clerk": clerk, **result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

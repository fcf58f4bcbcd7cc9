"""The e2e tests' build slots: at most two `next build`s at a time, whichever process asks."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.e2e.helpers import BUILD_SLOTS, REPO, build_slot

HOLD_A_SLOT = """
import sys, time
from pathlib import Path
from tests.e2e.helpers import build_slot
with build_slot(Path(sys.argv[1])):
    print("holding", flush=True)
    time.sleep(60)
"""


def test_a_third_build_waits_until_another_process_frees_a_slot(tmp_path: Path) -> None:
    assert BUILD_SLOTS == 2
    holders = [
        subprocess.Popen(
            [sys.executable, "-c", HOLD_A_SLOT, str(tmp_path)], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        for _ in range(BUILD_SLOTS)
    ]
    try:
        for holder in holders:
            assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        got_one = threading.Event()

        def third() -> None:
            with build_slot(tmp_path):
                got_one.set()

        waiter = threading.Thread(target=third, daemon=True)
        waiter.start()
        assert not got_one.wait(2), "a third build got a slot while two were held"
        holders[0].kill()  # a killed holder's lock goes with its process
        holders[0].wait()
        started = time.monotonic()
        assert got_one.wait(10)
        assert time.monotonic() - started < 5
        waiter.join(5)
    finally:
        for holder in holders:
            holder.kill()
            holder.wait()

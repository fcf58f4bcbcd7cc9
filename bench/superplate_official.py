"""Regenerate ``bench/fixtures/refine-official-app`` the way refine's own tool makes it.

``python -m bench.superplate_official SUPERPLATE_BIN CORE_PLUGINS_CHECKOUT TARGET_PARENT``
drives superplate-cli (the engine behind the npm create-refine-app) through its prompts
against a local checkout of ``pankod/superplate-core-plugins``. superplate asks through
enquirer and insists on a TTY, so the answers are typed into a pseudo-terminal (pexpect),
as a person would: arrow keys and Enter. ``--debug`` skips superplate's own
``npm install`` (the benchmark installs from the committed lockfile);
``--disable-telemetry`` is passed, though it still tries one POST and fails offline.

The answers are those of the npm create-refine-app's Next.js default path a user picks
for an antd admin: REST API, Ant Design, example pages, custom auth, and an empty e-mail.
Not run by CI; bench/fixtures/README.md says how the committed tree was made with it.
"""

from __future__ import annotations

import sys
import time

import pexpect  # type: ignore[import-untyped]  # no stubs; a dev-only driver

DOWN = "\x1b[B"
ANSWERS: tuple[tuple[str, str], ...] = (
    ("name your project", ""),  # keep the directory name
    ("backend service", ""),  # REST API (first choice)
    ("use a UI Framework", DOWN),  # Headless -> Ant Design
    ("add example pages", DOWN),  # No -> Yes (Recommended)
    ("Authentication logic", DOWN),  # None -> Custom
    ("sharing your email", ""),  # empty answer
)


def generate(superplate: str, source: str, cwd: str, name: str = "refine-official-app") -> int:
    """Run superplate in ``cwd``; returns its exit status."""
    args = [name, "--source", source, "--project", "refine-nextjs", "--disable-telemetry", "--debug"]
    child = pexpect.spawn(superplate, args, cwd=cwd, encoding="utf-8", timeout=180, dimensions=(40, 200))
    child.logfile_read = sys.stdout
    for prompt, keys in ANSWERS:
        child.expect(prompt)
        time.sleep(0.5)  # enquirer draws the choices after the question
        child.send(keys)
        time.sleep(0.3)
        child.send("\r")
    child.expect(pexpect.EOF, timeout=300)
    child.close()
    return int(child.exitstatus or 0)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(generate(sys.argv[1], sys.argv[2], sys.argv[3]))

"""The real CLI and the real refine-nextjs template offer `data=strapi-v4`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_list_json_offers_strapi_v4_as_a_data_value(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CREATE_REFINE_APP_TEMPLATES"}
    result = subprocess.run(
        [sys.executable, "-m", "create_refine_app", "--list", "--json"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    preset = next(p for p in json.loads(result.stdout)["presets"] if p["name"] == "refine-nextjs")
    data = next(q for q in preset["questions"] if q["name"] == "data")
    strapi = [c for c in data["choices"] if c["value"] == "strapi-v4"]
    assert len(strapi) == 1 and "@refinedev/strapi-v4" in strapi[0]["label"], data["choices"]
    assert not strapi[0]["unavailable_with_defaults"]

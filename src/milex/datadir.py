"""Where milex keeps the user's own files: the user data directory (platformdirs), which
`MILEX_DATA_DIR` overrides. It holds a dataset installed by `milex data update` (in
``dataset/``) beside the packaged one, which stays as the fallback, and the server's files.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path

PACKAGED = Path(__file__).parent / "data"
INSTALLED_NAME = "dataset"


def user_data_dir() -> Path:
    folder = os.environ.get("MILEX_DATA_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("milex", appauthor=False)
    return Path(folder)


def installed_dataset() -> Path:
    """Where `milex data update` installs a dataset (it may not exist)."""
    return user_data_dir() / INSTALLED_NAME


def problem_with(folder: Path) -> str:
    """Why a dataset folder cannot be used ("" when every file matches its checksum)."""
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        for res in package["resources"]:
            digest = hashlib.sha256((folder / res["path"]).read_bytes()).hexdigest()
            if f"sha256:{digest}" != res["hash"]:
                return f"{res['path']} does not match its checksum"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"unreadable ({exc})"
    return ""


@cache
def active() -> tuple[Path, str]:
    """(the dataset folder in use, why the installed one is not used or "").

    The installed dataset when there is one and every file matches its checksum, else the
    packaged dataset.
    """
    installed = installed_dataset()
    if not (installed / "datapackage.json").is_file():
        return PACKAGED, ""
    problem = problem_with(installed)
    if problem:
        return PACKAGED, f"the dataset installed at {installed} is not used: {problem}"
    return installed, ""

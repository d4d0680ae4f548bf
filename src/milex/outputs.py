"""Where a command writes: never over a user's file, never half a file.

Every `--out` goes through here. An existing file, or a folder that is not empty, is refused
unless `force` is given; the result is written under a temporary name beside the target and
renamed into place, so a reader never sees half a file and an interrupted write leaves the
target as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from milex.errors import BadParameter


def target(
    out: str | Path, force: bool = False, folder: bool = False, option: str = "--out"
) -> Path:
    """The path to write, once it is safe to: refuses what would destroy a user's work.

    folder: the output is a folder (else one file). option: its name in messages.
    """
    out = Path(out)
    if str(out).strip() == "":
        raise BadParameter(f"{option}: give a file or folder name")
    parent = out.parent
    if not parent.is_dir():
        raise BadParameter(f"{option}: folder {parent} does not exist")
    if out.is_dir() and not folder:
        raise BadParameter(f"{option}: {out} is a folder; give a file name")
    if out.exists() and not out.is_dir() and folder:
        raise BadParameter(f"{option}: {out} is a file; give a folder name")
    if not force:
        if out.is_dir() and any(out.iterdir()):
            raise BadParameter(
                f"{option}: folder {out} is not empty; choose another or pass --force to replace it"
            )
        if out.exists() and not out.is_dir():
            raise BadParameter(
                f"{option}: {out} already exists; choose another path or pass --force to replace it"
            )
    if not os.access(parent, os.W_OK):
        raise BadParameter(f"{option}: cannot write in {parent} (permission denied)")
    return out


@contextmanager
def replacing(
    out: str | Path, force: bool = False, folder: bool = False, option: str = "--out"
) -> Iterator[Path]:
    """A temporary path beside `out` to write into; renamed to `out` when the block ends.

    If the block raises, the temporary path is removed and `out` is left as it was.
    """
    out = target(out, force, folder, option)
    if folder:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    else:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(handle)
        tmp = Path(name)
    try:
        yield tmp
        _move_into_place(tmp, out)
    except BaseException:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
        raise


def write_text(out: str | Path, text: str, force: bool = False) -> Path:
    """Write a text file atomically (see `replacing`)."""
    with replacing(out, force) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(out)


def _move_into_place(tmp: Path, out: Path) -> None:
    # mkstemp and mkdtemp make owner-only paths; what a command writes is meant to be shared.
    tmp.chmod(0o755 if tmp.is_dir() else 0o644)
    if out.is_dir() and not out.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
        os.replace(out, old / out.name)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
        return
    os.replace(tmp, out)

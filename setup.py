"""Optional native build: the claim checker's modules compiled with mypyc (about 1.6x faster).

Everything else about the package is in pyproject.toml. The compiled modules are the same
Python source (src/milex/claims/*.py); when compilation is not possible (no mypyc, no C
compiler, a type error, MILEX_PURE_PYTHON=1) the package installs as pure Python and works the
same, only slower. Editable installs (pip install -e) stay pure Python unless
MILEX_COMPILE=1, so that an edited .py file is never shadowed by a stale compiled module.
MILEX_REQUIRE_COMPILED=1 (CI) turns a failed compilation into a failed install, so that a type
error only mypyc sees cannot quietly make the shipped checker the slower pure-Python one.
"""

from __future__ import annotations

import glob
import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext


def _wanted() -> bool:
    if os.environ.get("MILEX_PURE_PYTHON"):
        return False
    if os.environ.get("MILEX_COMPILE"):
        return True
    return "editable_wheel" not in sys.argv and "develop" not in sys.argv


def _give_up(message: str) -> None:
    if os.environ.get("MILEX_REQUIRE_COMPILED"):
        raise SystemExit(f"milex: {message}, and MILEX_REQUIRE_COMPILED is set")
    print(f"milex: {message}: installing pure Python", file=sys.stderr)


def _ext_modules() -> list:
    if not _wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _give_up("mypyc is not available")
        return []
    paths = sorted(p for p in glob.glob("src/milex/claims/*.py") if not p.endswith("__init__.py"))
    try:
        return mypycify(paths, opt_level="3", group_name="milex_claims")
    except (SystemExit, Exception) as e:  # mypyc exits on a type error it cannot compile
        _give_up(f"mypyc could not compile the claims modules ({e})")
        return []


class _OptionalBuildExt(build_ext):
    """All or nothing: if any compiled module fails to build, none is installed."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as e:  # no C compiler, no Python headers, ...
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            self.extensions = []
            _give_up(f"the native build failed ({e})")


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": _OptionalBuildExt})

"""The claims modules are compiled with mypyc, which checks types at run time: a variable that
is given values of two types (an int in one place and a float in another; a list, then None)
makes the compiled build raise TypeError on every sentence that reaches it, where pure Python
runs on. Such an assignment broke CI's compiled run twice; mypy finds it in seconds, before a
compiled build does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api", reason="mypy (the test extras) is not installed")

CLAIMS = Path(__file__).resolve().parents[1] / "src" / "milex" / "claims"


def test_no_variable_of_the_claims_modules_is_given_another_type(tmp_path):
    out, err, _ = api.run([
        "--config-file", "",  # not pyproject's, which leaves the claims modules unchecked
        "--ignore-missing-imports", "--follow-imports=silent",
        "--disable-error-code=annotation-unchecked", f"--cache-dir={tmp_path}", str(CLAIMS),
    ])  # fmt: skip
    assert not err, err
    mixed = [line for line in out.splitlines() if line.endswith("[assignment]")]
    assert mixed == [], "\n".join(mixed)

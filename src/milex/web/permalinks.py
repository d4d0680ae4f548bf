"""Permalinks of checked articles: the article's text kept in the server's own SQLite file.

A check is a pure function of the article and its date, so the text and the date are all
that is kept, keyed by a hash of both; opening `/check/{key}` checks the text again. Nothing
else about a visitor is stored. The file lives in the user's data directory
(platformdirs; `MILEX_DATA_DIR` overrides it), created on first use.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from milex.datadir import user_data_dir

FILE_NAME = "checked-articles.sqlite"
SCHEMA = """CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,   -- sha256 of the date line and the text
    date TEXT,              -- the article's date as given (YYYY-MM-DD), or NULL
    text TEXT NOT NULL,
    stored TEXT NOT NULL    -- the day it was first stored
)"""


def store_path() -> Path:
    return user_data_dir() / FILE_NAME


def key_of(text: str, day: date | None) -> str:
    """The key of an article: the same text and date always give the same permalink."""
    stamp = day.isoformat() if day else ""
    return hashlib.sha256(f"{stamp}\n{text}".encode()).hexdigest()


def _connect() -> sqlite3.Connection:
    path = store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=5)
    db.execute(SCHEMA)
    return db


def keep(text: str, day: date | None) -> str:
    """Store an article (once) and return its key."""
    key = key_of(text, day)
    with closing(_connect()) as db, db:
        db.execute(
            "INSERT OR IGNORE INTO articles (key, date, text, stored) VALUES (?, ?, ?, ?)",
            (key, day.isoformat() if day else None, text, date.today().isoformat()),
        )
    return key


def find(key: str) -> tuple[str, date | None] | None:
    """The text and date stored under a key, or None."""
    if not store_path().exists():
        return None
    with closing(_connect()) as db:
        row = db.execute("SELECT text, date FROM articles WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    text, day = row
    return text, date.fromisoformat(day) if day else None

"""`milex data update`: fetch the publishers' latest workbooks and install them, or nothing.

The NATO and SIPRI pages are read for their workbook links; each workbook is downloaded
within a time and size budget, from the publisher's own host only, and read by the same
readers as the build. Anything that does not read cleanly is refused, naming the file, sheet
and cell. Only when every step succeeds is a new dataset written, beside the old one, and
swapped in; otherwise nothing in the user's data directory changes. The packaged dataset
stays as the fallback.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pandas as pd

from milex import datadir
from milex.dataset import build
from milex.errors import MilexError
from milex.reference import publications as pubs

NATO_PAGE = "https://www.nato.int/cps/en/natohq/topics_49198.htm"
SIPRI_PAGE = "https://www.sipri.org/databases/milex"
# The publishers' hosts: a page, a link or a redirect anywhere else is refused.
PUBLISHER_HOSTS = {"www.nato.int", "nato.int", "www.sipri.org", "sipri.org"}
# NATO: "def-exp-2025-en.xlsx", "240617-def-exp-2024-TABLES-en.xlsx"; SIPRI's data to 2024
# ("SIPRI-Milex-data-1949-2024_2.xlsx") are its April 2025 release.
NATO_FILE = re.compile(r"def-exp-(?P<year>\d{4})(?:-tables)?-en\.xlsx", re.IGNORECASE)
SIPRI_FILE = re.compile(r"SIPRI-Milex-data-1949-(?P<year>\d{4})[\w.-]*?\.xlsx", re.IGNORECASE)
XLSX_MAGIC = b"PK\x03\x04"


class UpdateError(MilexError):
    """An update refused: what was wrong, and that nothing was changed."""


@dataclass(frozen=True)
class Budget:
    seconds: float = 120.0  # per download, from the request to the last byte
    page_bytes: int = 2_000_000
    file_bytes: int = 40_000_000
    redirects: int = 5


@dataclass(frozen=True)
class Download:
    source: str
    url: str
    name: str
    content: bytes
    edition: int


def fetch(url: str, hosts: set[str], budget: Budget, limit: int) -> bytes:
    """The body of a URL, following redirects only within `hosts`, within the budget."""
    import httpx

    deadline = time.monotonic() + budget.seconds
    with httpx.Client(follow_redirects=False, timeout=min(budget.seconds, 30.0)) as client:
        for _ in range(budget.redirects + 1):
            _check_host(url, hosts)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code != 200:
                        raise UpdateError(f"{url}: HTTP {response.status_code}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > limit:
                            raise UpdateError(f"{url}: larger than {limit:,} bytes; refused")
                        if time.monotonic() > deadline:
                            raise UpdateError(f"{url}: took longer than {budget.seconds:g} s")
                    return bytes(body)
            except httpx.HTTPError as exc:
                raise UpdateError(f"{url}: {type(exc).__name__} ({exc})") from None
    raise UpdateError(f"{url}: more than {budget.redirects} redirects")


def _check_host(url: str, hosts: set[str]) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or (parts.hostname or "") not in hosts:
        raise UpdateError(f"{url}: not on the publisher's site ({', '.join(sorted(hosts))})")


def find_link(html: str, base: str, pattern: re.Pattern) -> tuple[str, int]:
    """The workbook link with the highest year in its file name, and that year."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    found = []
    for node in HTMLParser(html).css("a[href]"):
        href = node.attributes.get("href") or ""
        name = urlsplit(href).path.rsplit("/", 1)[-1]
        match = pattern.fullmatch(name)
        if match:
            found.append((int(match["year"]), urljoin(base, href)))
    if not found:
        raise UpdateError(f"{base}: no workbook link matching {pattern.pattern}")
    year, url = max(found)
    return url, year


def download(source: str, page: str, hosts: set[str], budget: Budget) -> Download:
    html = fetch(page, hosts, budget, budget.page_bytes).decode("utf-8", "replace")
    url, year = find_link(html, page, NATO_FILE if source == "NATO" else SIPRI_FILE)
    content = fetch(url, hosts, budget, budget.file_bytes)
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if not content.startswith(XLSX_MAGIC):
        raise UpdateError(f"{name}: not an Excel workbook (from {url})")
    return Download(source, url, name, content, year if source == "NATO" else year + 1)


def _read(d: Download, folder: Path) -> tuple[pubs.Publication, pd.DataFrame]:
    """The publication a workbook is, and its rows; refused unless it reads cleanly."""
    from milex.sources.nato import read_nato_workbook, workbook_basis
    from milex.sources.sipri import read_sipri_workbook

    path = folder / d.name
    path.write_bytes(d.content)
    label = f"sources/{d.name}"
    try:
        if d.source == "NATO":
            basis = workbook_basis(path)
            rows = read_nato_workbook(path, edition=d.edition, file_label=label)
        else:
            basis = "military expenditure"
            rows = read_sipri_workbook(path, edition=d.edition, file_label=label)
    except MilexError as exc:
        raise UpdateError(f"refused: {exc}") from None
    except Exception as exc:  # a damaged zip or XML inside the workbook
        problem = f"{type(exc).__name__}: {exc}"
        raise UpdateError(f"refused: {d.name} cannot be read ({problem})") from None
    return _publication(d, basis, rows, path), rows


def _publication(d: Download, basis: str, rows: pd.DataFrame, path: Path) -> pubs.Publication:
    same = [p for p in pubs.registry(d.source) if p.edition == d.edition and p.kind in
            ("annual edition", "database release")]  # fmt: skip
    held = next((p for p in pubs.publications(d.source) if p.edition == d.edition), None)
    if held is not None and held.basis != basis:
        raise UpdateError(f"refused: {d.name} measures {basis}, the {d.edition} edition held "
                          f"measures {held.basis}")  # fmt: skip
    today = date.today().isoformat()
    known = held or (same[0] if same and same[0].published else None)
    if known is not None:
        published, verified = known.published, known.date_verified
    else:
        published = _saved_on(path)
        verified = (f"not verified: the day the workbook was last saved, from its metadata; "
                    f"downloaded on {today}")  # fmt: skip
    years = sorted(set(rows["year"]))
    base = known or (same[0] if same else None)
    return pubs.Publication(
        id=base.id if base else f"{d.source.lower()}-{d.edition}-workbook",
        source=d.source, edition=d.edition,
        kind="annual edition" if d.source == "NATO" else "database release",
        published=published, title=base.title if base else d.name,
        first_year=int(years[0]), last_year=int(years[-1]), url=d.url, held=True,
        path=f"sources/{d.name}", reader="nato_workbook" if d.source == "NATO" else "sipri_workbook",
        basis=basis, constant_prices=_constant_base(rows),
        covers=f"the publisher's workbook, downloaded from {d.url} on {today}",
        note="Installed by `milex data update`.", date_verified=verified,
    )  # fmt: skip


def _saved_on(path: Path) -> date:
    import openpyxl

    props = openpyxl.load_workbook(path, read_only=True).properties
    stamp = props.modified or props.created
    if stamp is None:
        raise UpdateError(f"refused: {path.name} says nowhere when it was made")
    return stamp.date()


def _constant_base(rows: pd.DataFrame) -> int | None:
    bases = {b.split()[-1] for b in rows["price_base"] if b.startswith("constant")}
    return int(bases.pop()) if len(bases) == 1 else None


def _unchanged(pub: pubs.Publication, content: bytes, package: dict) -> bool:
    digest = "sha256:" + hashlib.sha256(content).hexdigest()
    entry = next((s for s in package.get("sources", []) if s.get("id") == pub.id), None)
    return entry is not None and [f["hash"] for f in entry.get("files", [])] == [digest]


def update(
    nato_page: str = NATO_PAGE,
    sipri_page: str = SIPRI_PAGE,
    budget: Budget = Budget(),
    progress=lambda message: None,
) -> list[str]:
    """Download, check and install the latest NATO and SIPRI workbooks; say what changed.

    The pages' own hosts (and the publishers') are the only ones allowed. Raises UpdateError
    (nothing changed) unless every file reads cleanly and the combined data pass the build's
    sanity checks.
    """
    from milex.dataset import load

    target = datadir.installed_dataset()
    target.parent.mkdir(parents=True, exist_ok=True)
    current = load.package()
    said: list[str] = []
    fresh: list[tuple[pubs.Publication, pd.DataFrame, Download]] = []
    with tempfile.TemporaryDirectory(prefix=".milex-update-", dir=target.parent) as tmp:
        for source, page in (("NATO", nato_page), ("SIPRI", sipri_page)):
            hosts = PUBLISHER_HOSTS | {urlsplit(page).hostname or ""}
            progress(f"{source}: reading {page}")
            d = download(source, page, hosts, budget)
            progress(f"{source}: checking {d.name}")
            pub, rows = _read(d, Path(tmp))
            if _unchanged(pub, d.content, current):
                said.append(f"{source} {pub.edition}: {d.name} is the file already installed")
                continue
            fresh.append((pub, rows, d))
        if not fresh:
            return said + ["nothing to install"]
        obs, held, inputs = _combined(fresh, current, load.table("observations"))
        try:
            build.check(obs, held)
        except MilexError as exc:
            raise UpdateError(f"refused: the data would break the sanity checks: {exc}") from None
        new_ids = {f[0].id for f in fresh}
        rows = [p for p in held if p.id in new_ids or p.note.startswith("Installed")]
        extra = {f"sources/{d.name}": d.content for _, _, d in fresh}
        extra["publications.csv"] = _registry_csv(rows)
        progress(f"installing {len(obs):,} observations into {target}")
        build.save(obs, target, held, inputs, extra)
    load.clear_cache()
    for pub, _, d in fresh:
        said.append(f"{pub.source} {pub.edition} ({pub.basis}): installed from {d.url}")
    return said


def _combined(fresh, package: dict, base: pd.DataFrame):
    """The observations with the fresh editions in place of any held before, and their pubs."""
    replaced = {(p.source, p.edition) for p, _, _ in fresh}
    keep = base[
        [(s, int(e)) not in replaced for s, e in zip(base["source"], base["edition"], strict=True)]
    ]
    new = [build.process(build.stamped(rows, pub)) for pub, rows, _ in fresh]
    obs = pd.concat([keep, *new], ignore_index=True)
    obs = obs.sort_values(list(build.KEY), kind="stable").reset_index(drop=True)
    by_id = {p.id: p for p in pubs.publications()}
    by_id.update({p.id: p for p, _, _ in fresh})
    by_id = {k: p for k, p in by_id.items()
             if (p.source, p.edition) not in replaced or any(p is f[0] for f in fresh)}  # fmt: skip
    held = sorted(by_id.values(), key=lambda p: (p.source != "NATO", p.published))
    inputs = {s["id"]: s["files"] for s in package.get("sources", []) if "id" in s}
    for pub, _, d in fresh:
        digest = "sha256:" + hashlib.sha256(d.content).hexdigest()
        inputs[pub.id] = [{"path": pub.path, "hash": digest, "url": d.url}]
    missing = [p.id for p in held if p.id not in inputs]
    if missing:
        raise UpdateError(f"the dataset in use does not say which files {missing} came from")
    return obs, held, inputs


def _registry_csv(rows: list[pubs.Publication]) -> bytes:
    out = io.StringIO()
    fields = list(pubs.REGISTRY[0].as_csv_row())
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(p.as_csv_row() for p in rows)
    return out.getvalue().encode("utf-8")


def origins() -> tuple[pd.DataFrame, str]:
    """Each edition in the dataset in use: basis, observations and where it comes from;
    and a sentence saying which dataset is in use (and why, when not the installed one)."""
    from milex.dataset import load

    folder, problem = datadir.active()
    obs = load.table("observations")
    counts = obs.groupby(["source", "edition"], observed=True).size()
    rows = []
    for entry in load.package().get("sources", []):
        pub = next((p for p in pubs.publications() if p.id == entry.get("id")), None)
        if pub is None:
            continue
        urls = [f["url"] for f in entry.get("files", []) if "url" in f]
        rows.append({
            "source": pub.source, "edition": pub.edition, "published": pub.published.isoformat(),
            "basis": pub.basis, "observations": int(counts.get((pub.source, pub.edition), 0)),
            "comes_from": f"downloaded from {urls[0]}" if urls else "packaged with milex",
        })  # fmt: skip
    where = (
        f"In use: the dataset installed by `milex data update` at {folder}."
        if folder != datadir.PACKAGED
        else "In use: the dataset packaged with milex."
    )
    if problem:
        where += f" ({problem[0].upper()}{problem[1:]}.)"
    return pd.DataFrame(rows), where

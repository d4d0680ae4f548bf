"""Claim checks on the web run in worker processes, each with a deadline it cannot outlive.

A check is the one request whose cost depends on what is sent. It runs in a worker process
at a lower CPU priority than the server, so pages and the API keep answering while checks
run. When a check passes its deadline, or its client goes away, its worker is killed (and
replaced on the next check), so no abandoned check keeps a CPU busy. Workers are forked from
a process that loaded the checker's data once (multiprocessing's forkserver), so they share
that memory; the server starts it, with a first worker, when it starts. When every worker is busy a check waits for one, within its deadline; past
MAX_WAITING waiting checks the server answers 503 at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from datetime import date

from milex.errors import MilexError
from milex.web.errors import WebError

DEADLINE = 15.0  # seconds from the request's arrival to its answer
MAX_WAITING = 64
_POLL = 0.1  # seconds between looks at the deadline and the client while a check runs
_WARM_FLAG = "MILEX_CHECK_POOL_WARM"
_PRELOAD = "milex.web.check_pool"


class CheckFailed(MilexError):
    """A check ended without a report; the message says why, for the user."""


def _warm() -> None:
    """Load what every check needs, once, in the process the workers are forked from."""
    import milex
    from milex.claims import evidence, patterns

    patterns.load()
    evidence.warm()
    milex.check("NATO has 32 members. Poland spends 4.1% of GDP.", date="2025-09-15")


if os.environ.get(_WARM_FLAG):  # imported in the forkserver: warm it, the workers inherit
    _warm()


def _serve(conn, deadline: float) -> None:
    """A worker: read (text, date) requests from the pipe, answer reports, until it closes."""
    import milex

    with contextlib.suppress(OSError):
        os.nice(10)  # the server answers pages first; checks take the CPU left over
    while True:
        try:
            text, day = conn.recv()
        except (EOFError, OSError):
            return
        try:
            report = milex.check(text, date=day, deadline=deadline)
            for sentence in report.sentences:
                sentence.tokens = []  # not shown, and most of a long report's weight
            conn.send(("ok", report))
        except MilexError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # the server logs it; the user sees "internal error"
            conn.send(("crash", f"{type(exc).__name__}: {exc}"))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)


@dataclass
class CheckPool:
    """At most `size` checks at a time, each in its own worker, each within `deadline`."""

    size: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))
    deadline: float = DEADLINE
    _idle: list[_Worker] = field(default_factory=list)
    _slots: asyncio.Semaphore | None = None
    _waiting: int = 0
    warming: asyncio.Future | None = None

    def warm(self) -> asyncio.Future:
        """Start one worker now, in the background (the server does at start-up): the
        forkserver loads the checker's data then, and the first check finds a worker ready
        instead of waiting seconds for it."""

        async def start() -> None:
            worker = await asyncio.get_running_loop().run_in_executor(None, self._start)
            self._idle.append(worker)

        self.warming = asyncio.ensure_future(start())
        return self.warming

    def _context(self):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([_PRELOAD])
        return ctx

    def _start(self) -> _Worker:
        ctx = self._context()
        ours, theirs = ctx.Pipe()
        # the flag reaches the forkserver when it starts (on the first worker) and only then
        os.environ[_WARM_FLAG] = "1"
        try:
            process = ctx.Process(target=_serve, args=(theirs, self.deadline), daemon=True,
                                  name="milex-check")  # fmt: skip
            process.start()
        finally:
            os.environ.pop(_WARM_FLAG, None)
        theirs.close()
        return _Worker(process, ours)

    async def check(self, text: str | bytes, day: date | None, is_gone=None):
        """The report of one article, or an error the user can read (WebError/MilexError).

        is_gone: an async callable saying whether the client has left (then the check stops).
        """
        started = time.monotonic()
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.size)
        if self._waiting >= MAX_WAITING:
            raise WebError(503, "the checker is busy: try again in a minute", kind="busy")
        self._waiting += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), self.deadline)
        except TimeoutError:
            raise self._late() from None
        finally:
            self._waiting -= 1
        try:
            return await self._run(text, day, started, is_gone)
        finally:
            self._slots.release()

    async def _run(self, text, day, started: float, is_gone):
        loop = asyncio.get_running_loop()
        worker = self._idle.pop() if self._idle else await loop.run_in_executor(None, self._start)
        remaining = self.deadline - (time.monotonic() - started)
        ready = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        keep = False
        try:
            # a long text fills the pipe: sent from a thread, so the event loop never waits
            request = (text, day.isoformat() if day else None)
            await loop.run_in_executor(None, worker.conn.send, request)
            ends = time.monotonic() + remaining
            while not ready.done():
                await asyncio.wait({ready}, timeout=max(0.0, min(_POLL, ends - time.monotonic())))
                if ready.done():
                    break
                if time.monotonic() > ends:
                    raise self._late()
                if is_gone is not None and await is_gone():
                    raise CheckFailed("the client went away; the check was stopped")
            loop.remove_reader(fd)
            status, payload = await loop.run_in_executor(None, worker.conn.recv)
            keep = True
        except (EOFError, OSError):  # the worker died (out of memory, killed)
            raise WebError(500, "the check stopped unexpectedly; try a shorter text") from None
        finally:
            with contextlib.suppress(Exception):
                loop.remove_reader(fd)
            if keep and worker.process.is_alive():
                self._idle.append(worker)
            else:
                worker.stop()  # killed mid-check: its CPU is free at once
        if status == "ok":
            return payload
        if status == "error":
            raise CheckFailed(payload)
        raise RuntimeError(f"claim check failed in a worker: {payload}")

    def _late(self) -> WebError:
        return WebError(
            503,
            f"the check did not finish within {self.deadline:g} s (the server is busy or the "
            "text is very long): try again, or send a shorter text",
            kind="timeout",
        )

    def close(self) -> None:
        while self._idle:
            self._idle.pop().stop()

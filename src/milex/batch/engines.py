"""Running partitions: the driver loop shared by both engines, and the local engine.

Both engines run the same task (`partition.check_partition`) on partitions described by a
few numbers, so each worker reads its own rows and the results do not depend on the engine
(the Dask one is in cluster.py). The driver polls the tasks, hands each finished one to
`on_done` and calls `tick` in between.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from milex.batch.partition import check_partition, prepare_worker
from milex.errors import MilexError


class EngineError(MilexError):
    """The engine could not run (scheduler unreachable, workers dying at start-up)."""


def drive(futures: dict, on_done: Callable[[dict], None], tick: Callable[[], None]) -> None:
    """Wait for every future (concurrent.futures or Dask), handing results over as they come."""
    pending = set(futures)
    while pending:
        finished = [f for f in pending if f.done()]
        for future in finished:
            pending.discard(future)
            on_done(future.result())
        tick()
        if not finished:
            time.sleep(0.2)


def run_local(parts, args: tuple, workers: int, on_done, tick) -> None:
    """Partitions on `workers` processes of this machine; a pool broken by a dying process
    is started again for the partitions left (their spools keep what was done)."""
    left = {p.id: p for p in parts}

    def finished(summary: dict) -> None:
        left.pop(summary["partition"], None)
        on_done(summary)

    breaks = 0
    context = multiprocessing.get_context("spawn")  # no fork of a driver running threads
    while left:
        pool = ProcessPoolExecutor(min(workers, len(left)), mp_context=context,
                                   initializer=prepare_worker)  # fmt: skip
        try:
            futures = {pool.submit(check_partition, p, *args): p for p in left.values()}
            drive(futures, finished, tick)
        except BrokenProcessPool:
            breaks += 1
            if breaks > len(parts) + 2:
                raise EngineError("worker processes keep dying; see the messages above") from None
        except BaseException:
            for child in multiprocessing.active_children():
                child.terminate()  # an interrupted run stops now, not after its partitions
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

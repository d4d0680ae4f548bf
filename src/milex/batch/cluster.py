"""The Dask engine: partitions as tasks of a Dask cluster, each read where it lives.

Point it at a running scheduler (`dask scheduler` on one machine, `dask worker ADDRESS
--nthreads 1` on the others, with milex installed and the archive and output folder at the
same path on every machine), or let it start a LocalCluster on this one.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from distributed import Client, KilledWorker, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from milex.batch.engines import EngineError, drive
from milex.batch.partition import check_partition, prepare_worker


def run_dask(parts, args: tuple, scheduler: str | None, workers: int, on_done, tick,
             announce: Callable[[str], None]) -> None:  # fmt: skip
    """Partitions as tasks of a Dask cluster at `scheduler`, or of a LocalCluster of
    `workers` single-threaded processes (the checker is pure Python: threads would share
    one interpreter lock)."""
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                   silence_logs=logging.ERROR)  # fmt: skip
        client = Client(cluster or scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        announce(f"Dask dashboard: {client.dashboard_link}")
        client.register_plugin(WarmWorker(), name="milex-warm")
        run = uuid.uuid4().hex[:12]
        futures = {client.submit(check_partition, p, *args, key=f"milex-{p.id}-{run}",
                                 pure=False): p for p in parts}  # fmt: skip
        drive(futures, on_done, tick)
    except KilledWorker as exc:  # a partition took its workers down again and again
        raise EngineError(f"Dask gave up on a partition: {exc}") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class WarmWorker(WorkerPlugin):
    """Loads the dataset once on each Dask worker, before its first partition."""

    def setup(self, worker) -> None:
        prepare_worker()

"""`milex serve`: the HTTP API and web dashboard on the embedded data."""

from __future__ import annotations

from typing import Annotated

import typer

from milex.cli.base import command
from milex.cli.plain import fail


@command("serve")
def serve(
    host: Annotated[str, typer.Option(help="address to listen on (localhost by default)")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=16, help="worker processes (each loads the data once)")
    ] = 1,
    access_log: Annotated[bool, typer.Option(help="log every request")] = False,
) -> None:
    """Serve the web dashboard and the HTTP API (read-only, offline) on the embedded data.

    Pages at /, the API under /api, its description at /openapi.json.

    Example: milex serve --port 8000
    """
    import socket

    import uvicorn

    try:  # say plainly when the port is taken, before uvicorn starts its workers
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, port))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port")
    typer.echo(f"milex: serving on http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(
        "milex.web.app:app",
        host=host,
        port=port,
        workers=workers,
        access_log=access_log,
        log_level="warning",
        server_header=False,
        proxy_headers=False,
    )

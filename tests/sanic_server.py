"""Serve a Sanic app in the test's own event loop on a free loopback port (no subprocess)."""
from __future__ import annotations

import contextlib
from typing import AsyncIterator

from sanic import Sanic


@contextlib.asynccontextmanager
async def serving(app: Sanic) -> AsyncIterator[str]:
    """Runs ``app`` until the block ends; yields its base URL."""
    from tests.conftest import free_port

    Sanic.test_mode = True  # lets Sanic start several apps in one process (as sanic-testing does)
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
    await server.startup()
    await server.before_start()
    await server.after_start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await server.before_stop()
        for connection in list(server.connections):
            connection.close_if_idle()
        await server.close()
        await server.after_stop()

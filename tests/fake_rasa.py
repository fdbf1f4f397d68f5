"""A stand-in for Rasa's socket.io channel, for widget tests Rasa can't stage.

It speaks the same events as harbour.channels.socketio (``user_uttered`` → ``bot_uttered``, with
an acknowledgement; ``forget``) and answers from a script the test gives it, so a test can send
the widget hostile HTML, every number in the directory, or drop the connection and come back.
It runs in a background thread on a fixed loopback port and can be stopped and started again.
"""
from __future__ import annotations

import asyncio
import threading
from typing import Any, Dict, List, Optional

import socketio
from aiohttp import web


GREETING = "Hi, I'm Harbour, an automated helper (not a person)."
KEY = "ab" * 32  # what the real channel's acknowledgements carry: the conversation's forget key


class FakeRasa:
    """``replies[text]`` is the list of bot messages sent for that text (default: an echo-free "ok")."""

    def __init__(self, port: int, allowed_origin: str, socket_path: str = "socket.io") -> None:
        self.port = port
        self.allowed_origin = allowed_origin
        self.socket_path = socket_path.strip("/")
        self.beacons: List[Dict[str, Any]] = []  # POST /webhooks/socketio/forget: path, origin, body
        self.forget_data: List[Any] = []
        self.replies: Dict[str, List[Dict[str, Any]]] = {"/greet": [{"text": GREETING}]}
        self.received: List[Any] = []
        self.forgotten: List[str] = []
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._runner: Optional[web.AppRunner] = None
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _app(self) -> web.Application:
        sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins=[self.allowed_origin])
        app = web.Application()
        sio.attach(app, socketio_path=self.socket_path)

        async def beacon(request: web.Request) -> web.Response:
            self.beacons.append({"path": request.path, "origin": request.headers.get("Origin"),
                                 "body": await request.text()})
            return web.Response(status=204)

        app.router.add_post("/webhooks/socketio/forget", beacon)

        @sio.on("user_uttered")
        async def user_uttered(sid: str, data: Any) -> Dict[str, bool]:
            self.received.append(data)
            text = data.get("message") if isinstance(data, dict) else None
            for message in self.replies.get(text, [{"text": "ok"}]):
                await sio.emit("bot_uttered", message, room=sid)
            return {"ok": True, "key": KEY}

        @sio.on("forget")
        async def forget(sid: str, data: Any = None) -> Dict[str, bool]:
            self.forgotten.append(sid)
            self.forget_data.append(data)
            return {"forgotten": True}

        return app

    def start(self) -> "FakeRasa":
        ready = threading.Event()
        failed: list = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            self._runner = web.AppRunner(self._app())
            loop.run_until_complete(self._runner.setup())
            # The port is the session's: the previous test's fake may still be letting it go
            # ("address already in use" was seen once in a full run), so wait for it a little.
            for attempt in range(40):
                try:
                    loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start())
                    break
                except OSError as error:
                    if attempt == 39:
                        failed.append(error)
                        ready.set()
                        return
                    loop.run_until_complete(asyncio.sleep(0.25))
            ready.set()
            loop.run_forever()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-rasa", daemon=True)
        self._thread.start()
        if not ready.wait(20) or failed:
            raise RuntimeError(f"the fake Rasa server did not start on port {self.port}: {failed or 'no answer'}")
        return self

    async def _drop(self) -> None:
        """Cuts every open connection (as a crash would), then closes the port."""
        for handler in list(getattr(self._runner.server, "connections", [])):
            if handler.transport is not None:
                handler.transport.abort()
        await asyncio.wait_for(self._runner.cleanup(), 10)

    def stop(self) -> None:
        """Closes the port and every connection (the widget sees the server vanish)."""
        if self._loop is None or self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._drop(), self._loop).result(timeout=15)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=15)
        self._loop = self._thread = self._runner = None

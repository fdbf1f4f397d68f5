"""Driving the web widget in real Chromium: open it, talk, read what it shows, watch the network.

The widget lives in an open shadow root; Playwright's role and CSS locators reach into it.
"""
from __future__ import annotations

import re
import subprocess
import sys
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Set
from urllib.parse import urlsplit

from harbour.stack import ROOT, _wait_http

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "artifacts" / "widget"
TIMEOUT_MS = 60_000  # a reply from a busy 2-core machine; never a speed assertion
_SESSION = re.compile(r'40\{"session_id":"([A-Za-z0-9_-]{16,128})"\}')


def origin(url: str) -> str:
    parts = urlsplit(url)
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    return f"{scheme}://{parts.netloc}"


class Network:
    """Every request and WebSocket the page opens, and the session ids it announced."""

    def __init__(self, page) -> None:  # noqa: ANN001 - Playwright Page
        self.urls: List[str] = []
        self.session_ids: List[str] = []
        page.on("request", self._request)
        page.on("websocket", self._websocket)

    def _request(self, request) -> None:  # noqa: ANN001
        self.urls.append(request.url)
        self._look_for_session(request.post_data)

    def _websocket(self, socket) -> None:  # noqa: ANN001
        self.urls.append(socket.url)
        socket.on("framesent", self._look_for_session)

    def _look_for_session(self, data: Optional[str]) -> None:
        for session_id in _SESSION.findall(data or ""):
            if session_id not in self.session_ids:
                self.session_ids.append(session_id)

    def origins(self) -> Set[str]:
        return {origin(url) for url in self.urls if not url.startswith(("data:", "about:"))}


class Widget:
    """The widget on one page."""

    def __init__(self, page) -> None:  # noqa: ANN001
        self.page = page
        self.network = Network(page)

    def goto(self, url: str, ready: str = ".hw-launcher") -> "Widget":
        """Loads a page with the widget; waits until ``ready`` (inside the widget) is visible."""
        self.page.goto(url)
        self.page.wait_for_selector("harbour-widget", state="attached")
        self.page.locator(f"harbour-widget {ready}").wait_for(state="visible")
        return self

    @property
    def launcher(self):  # noqa: ANN201
        return self.page.locator("harbour-widget .hw-launcher")

    @property
    def input(self):  # noqa: ANN201
        return self.page.get_by_role("textbox", name="Type your message")

    @property
    def leave(self):  # noqa: ANN201
        return self.page.locator("harbour-widget .hw-panel .hw-exit")

    @property
    def notice(self):  # noqa: ANN201
        return self.page.locator("harbour-widget .hw-notice")

    def open(self, greeting: bool = True) -> "Widget":
        """Opens the chat; with ``greeting``, waits for the server's greeting (connected)."""
        self.launcher.click()
        self.input.wait_for(state="visible")
        if greeting:
            self.wait_for_bot("automated helper (not a person)")
        return self

    def bot_messages(self) -> List[str]:
        return self.page.locator("harbour-widget .hw-bot .hw-bubble").all_inner_texts()

    def user_messages(self) -> List[str]:
        return self.page.locator("harbour-widget .hw-user .hw-bubble").all_inner_texts()

    def wait_for_bot(self, text: str, after: int = 0) -> str:
        """Waits until a bot message after the first ``after`` contains ``text``; returns it."""
        self.page.wait_for_function(
            """([text, after]) => {
                const root = document.querySelector("harbour-widget").shadowRoot;
                return [...root.querySelectorAll(".hw-bot .hw-bubble")].slice(after)
                    .some((node) => node.textContent.includes(text));
            }""",
            arg=[text, after],
            timeout=TIMEOUT_MS,
        )
        return next(m for m in self.bot_messages()[after:] if text in m)

    def wait_until_idle(self) -> None:
        """Waits until no reply is pending (the typing indicator is hidden)."""
        self.page.locator("harbour-widget .hw-typing").wait_for(state="hidden", timeout=TIMEOUT_MS)

    def say(self, text: str, expect: str) -> str:
        """Types a message, presses Enter and waits for a reply containing ``expect``."""
        before = len(self.bot_messages())
        self.input.fill(text)
        self.input.press("Enter")
        reply = self.wait_for_bot(expect, after=before)
        self.wait_until_idle()
        return reply

    def session_id(self) -> str:
        assert len(self.network.session_ids) == 1, self.network.session_ids
        return self.network.session_ids[0]

    def browser_storage(self) -> Dict[str, object]:
        """Everything the page's origin could have kept: cookies, storage, databases, workers, caches."""
        return self.page.evaluate(
            """async () => ({
                cookie: document.cookie,
                localStorage: localStorage.length,
                sessionStorage: sessionStorage.length,
                indexedDB: (await indexedDB.databases()).length,
                serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
                caches: (await caches.keys()).length,
            })"""
        )

    def axe(self) -> List[Dict[str, object]]:
        """axe-core (from node_modules) on the whole page: WCAG 2.2 A and AA rules (``wcag22aa``
        included) and best practice; the violations."""
        from tests.a11y import axe_violations

        return axe_violations(self.page)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), full_page=False)
        return path


def layout(page, selectors: List[str]) -> Dict[str, Any]:  # noqa: ANN001 - Playwright Page
    """The page's scroll width, the panel's left and right edges, each selector's left and right
    edges (inside the widget), and the conversation log's scroll and client widths."""
    return page.evaluate(
        """(selectors) => {
            const root = document.querySelector("harbour-widget").shadowRoot;
            const box = (s) => root.querySelector(s).getBoundingClientRect();
            const log = root.querySelector(".hw-log");
            return {
                page: document.documentElement.scrollWidth,
                panel: [box(".hw-panel").left, box(".hw-panel").right],
                controls: selectors.map((s) => [box(s).left, box(s).right]),
                log: [log.scrollWidth, log.clientWidth],
            };
        }""",
        selectors,
    )


def watch_blanking(page, secret: str = "") -> List[Dict[str, Any]]:  # noqa: ANN001 - Playwright Page
    """What the page looks like the moment the quick exit blanks it (before it navigates): the
    overlay's text and lang, whether the page and overlay are visible, whether the chat is still
    there, whether ``secret`` (something typed) is still on the page, and the URL. Filled once."""
    seen: List[Dict[str, Any]] = []
    page.expose_function("harbourTestBlanked", lambda report: seen.append(report))
    page.evaluate(
        """(secret) => new MutationObserver((_, observer) => {
            const overlay = [...document.documentElement.children].find((n) => n.getAttribute("role") === "alert");
            if (!overlay || !overlay.textContent) return;
            observer.disconnect();
            harbourTestBlanked({ text: overlay.textContent, lang: overlay.lang,
                      page: getComputedStyle(document.documentElement).visibility,
                      overlay: getComputedStyle(overlay).visibility, chat: document.querySelector("harbour-widget") !== null,
                      said: Boolean(secret) && document.documentElement.textContent.includes(secret), url: location.href });
        }).observe(document.documentElement, { childList: true, subtree: true, characterData: true })""",
        secret,
    )
    return seen


@contextmanager
def web_server(rasa_url: str, port: int, log: Path, exit_url: Optional[str] = None) -> Iterator[str]:
    """Harbour's web server (``python -m harbour.serve web``) pointed at any Rasa URL."""
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "HARBOUR_HOST": "127.0.0.1",
        "HARBOUR_WEB_PORT": str(port),
        "HARBOUR_RASA_PUBLIC_URL": rasa_url,
        **({"HARBOUR_EXIT_URL": exit_url} if exit_url else {}),
    }
    with log.open("ab") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "harbour.serve", "web"], cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_http(f"{url}/health", process, 60, "The web server")
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


@contextmanager
def embedding_site(page_html: str) -> Iterator[str]:
    """Someone else's website on its own loopback origin, serving one page that embeds the widget."""
    body = page_html.encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="embedding-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

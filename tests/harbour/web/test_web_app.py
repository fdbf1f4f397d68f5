"""The widget's web server: fixed files only, strict headers on every response, a safe demo page."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Dict, List, Tuple

import httpx
import pytest
import pytest_asyncio

from harbour.web import WebConfig, WebConfigError, create_app
from harbour.web import widget as widget_module
from harbour.web.app import MissingAssetError
from tests.sanic_server import serving

CONFIG = WebConfig(rasa_url="http://127.0.0.1:5999", port=8999, exit_url="https://www.example.org/weather")


@pytest_asyncio.fixture
async def client():
    async with serving(create_app(CONFIG)) as url:
        async with httpx.AsyncClient(base_url=url, timeout=10) as http:
            yield http


class Tags(HTMLParser):
    """Every start tag with its attributes, and whether any script has inline content."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: List[Tuple[str, Dict[str, str]]] = []
        self.inline_script = False
        self._in_script = False

    def handle_starttag(self, tag, attrs):  # noqa: ANN001 - HTMLParser's signature
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_data(self, data):  # noqa: ANN001
        if self._in_script and data.strip():
            self.inline_script = True

    def handle_endtag(self, tag):  # noqa: ANN001
        self._in_script = False


@pytest.mark.asyncio
async def test_demo_page_embeds_the_widget_with_one_tag_and_no_inline_script(client):
    reply = await client.get("/")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/html")
    page = Tags()
    page.feed(reply.text)
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [
        {
            "src": "/widget/harbour-widget.js",
            "data-server": "http://127.0.0.1:5999",
            "data-exit-url": "https://www.example.org/weather",
            "defer": None,
        }
    ]
    assert not page.inline_script
    assert not [attrs for _, attrs in page.tags if any(name.startswith("on") or name == "style" for name in attrs)]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path, content_type",
    [
        ("/", "text/html"),
        ("/widget/harbour-widget.js", "text/javascript"),
        ("/widget/harbour-widget.css", "text/css"),
        ("/widget/socket.io.min.js", "text/javascript"),
        ("/demo/demo.css", "text/css"),
        ("/health", "application/json"),
        ("/nothing-here", None),
    ],
)
async def test_every_response_carries_the_security_headers(client, path, content_type):
    reply = await client.get(path)
    if content_type:
        assert reply.status_code == 200 and reply.headers["content-type"].startswith(content_type)
    else:
        assert reply.status_code == 404
    headers = reply.headers
    csp = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
    assert csp["connect-src"] == "http://127.0.0.1:5999 ws://127.0.0.1:5999"
    assert csp["frame-ancestors"] == "'none'" and csp["base-uri"] == "'none'"
    assert "unsafe" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "no-store" in headers["cache-control"]
    assert headers["x-frame-options"] == "DENY"
    assert "set-cookie" not in headers
    # Other sites' pages may load the widget's files, never the demo page.
    expected = "cross-origin" if path.startswith("/widget/") else "same-origin"
    assert headers["cross-origin-resource-policy"] == expected


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/widget/../harbour/serve.py",
        "/widget/%2e%2e%2fharbour%2fserve.py",
        "/widget/socket.io.min.js.map",
        "/widget/index.html",
        "/demo/index.html",
        "/demo/../../credentials.yml",
        "/node_modules/socket.io-client/dist/socket.io.min.js",
        "/credentials.yml",
    ],
)
async def test_only_the_listed_files_are_served(client, path):
    reply = await client.get(path)
    assert reply.status_code == 404
    assert "cors_allowed_origins" not in reply.text and "import" not in reply.text


@pytest.mark.asyncio
async def test_the_socket_io_client_is_the_pinned_one_from_node_modules(client):
    served = (await client.get("/widget/socket.io.min.js")).content
    pinned = widget_module.ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
    assert served == pinned.read_bytes()
    assert b"4.8.1" in served[:200]


def test_settings_with_quotes_or_markup_are_refused():
    with pytest.raises(WebConfigError):
        WebConfig(rasa_url='http://x.example"><script>')
    with pytest.raises(WebConfigError):
        WebConfig(rasa_url="http://x.example", exit_url="javascript:alert(1)")
    with pytest.raises(WebConfigError):
        WebConfig(rasa_url="http://x.example", exit_url='https://a.example/"onload=x')


def test_the_demo_page_escapes_whatever_it_is_given():
    config = WebConfig(rasa_url="http://x.example", exit_url="https://a.example/?a=1&b=2")
    page = widget_module.render_demo('<script data-server="$server" data-exit-url="$exit_url">', config)
    assert 'data-exit-url="https://a.example/?a=1&amp;b=2"' in page


def test_settings_from_the_environment():
    config = WebConfig.from_env({"HARBOUR_HOST": "127.0.0.1", "HARBOUR_WEB_PORT": "8123", "HARBOUR_RASA_PORT": "5123"})
    assert (config.port, config.rasa_url, config.origin) == (8123, "http://127.0.0.1:5123", "http://127.0.0.1:8123")
    public = WebConfig.from_env({"HARBOUR_RASA_PUBLIC_URL": "https://chat.example.org/", "HARBOUR_EXIT_URL": "https://x.org/"})
    assert public.rasa_url == "https://chat.example.org" and public.exit_url == "https://x.org/"
    assert "wss://chat.example.org" in public.content_security_policy
    with pytest.raises(WebConfigError, match="HARBOUR_WEB_PORT"):
        WebConfig.from_env({"HARBOUR_WEB_PORT": "eighty"})


def test_missing_widget_files_stop_start_up(monkeypatch, tmp_path):
    assets = dict(widget_module.ASSETS)
    assets["widget/socket.io.min.js"] = (tmp_path / "socket.io.min.js", "text/javascript")
    monkeypatch.setattr("harbour.web.app.ASSETS", assets)
    with pytest.raises(MissingAssetError, match="make setup"):
        create_app(CONFIG)


def test_the_widget_and_demo_page_reach_nothing_outside_harbour():
    """No CDN, font or analytics address anywhere in what the web server serves."""
    for key, (path, _) in widget_module.ASSETS.items():
        if key.startswith("widget/socket.io"):
            continue
        text = path.read_text(encoding="utf-8")
        urls = set(re.findall(r"https?://[^\s\"'<>)]+", text))
        allowed = {"https://www.bbc.co.uk/weather", "https://harbour.example.org/widget/harbour-widget.js",
                   "https://chat.harbour.example.org",
                   # links in the accessibility statement (followed only if the person chooses to)
                   "https://www.w3.org/TR/WCAG22/", "https://mcmw.abilitynet.org.uk/"}
        assert urls <= allowed, (key, urls - allowed)
        assert "@import" not in text and "url(" not in text


def test_head_is_answered_like_get_by_the_real_server(tmp_path):
    """Sanic 21.12 answered HEAD with 405; ``harbour.serve web`` installs the fix."""
    from tests.conftest import free_port
    from tests.widget import web_server

    with web_server("http://127.0.0.1:5999", free_port(), tmp_path / "web.log") as url:
        for path in ("/", "/health", "/widget/harbour-widget.js"):
            head, get = httpx.head(url + path, timeout=10), httpx.get(url + path, timeout=10)
            assert head.status_code == 200 and head.content == b"", path
            assert head.headers["content-type"] == get.headers["content-type"]
            assert head.headers["content-security-policy"] == get.headers["content-security-policy"]
        assert httpx.head(url + "/widget/nothing.js", timeout=10).status_code == 404


STATEMENT_HEADINGS = [  # the GOV.UK model accessibility statement's sections, in its order
    "Accessibility statement for the Harbour chat",
    "How accessible this chat is",
    "Feedback and contact information",
    "Reporting accessibility problems with this chat",
    "Enforcement procedure",
    "Technical information about this chat's accessibility",
    "Compliance status",
    "Non-accessible content",
    "Non-compliance with the accessibility regulations",
    "Disproportionate burden",
    "Content that's not within the scope of the accessibility regulations",
    "What we're doing to improve accessibility",
    "Preparation of this accessibility statement",
]


@pytest.mark.asyncio
async def test_the_accessibility_statement_is_served_in_the_gov_uk_model_form(client):
    reply = await client.get("/accessibility")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/html")
    headings = [re.sub(r"<[^>]+>", "", h).replace("&#x27;", "'").replace("'", "'")
                for h in re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", reply.text)]
    assert [h.replace("\u2019", "'") for h in headings] == STATEMENT_HEADINGS
    text = " ".join(reply.text.replace("\u2019", "'").split())
    assert "partially compliant" in text and "WCAG22" in text and "Equality and Human Rights Commission" in text
    assert "Equality Advisory and Support Service" in text and "Equality Commission for Northern Ireland" in text
    assert "press Shift 3 times" in text and "999" in text and "$" not in text
    assert "Example Council" in text and "accessibility@example.org" in text
    parser = Tags()
    parser.feed(reply.text)
    assert not parser.inline_script and not [a for t, a in parser.tags if t == "script"]
    demo = (await client.get("/")).text
    assert 'href="/accessibility"' in demo


def test_the_statement_names_the_deployer_and_escapes_what_it_is_given():
    config = WebConfig(rasa_url="http://127.0.0.1:5999", organisation="Police <Scotland>",
                       accessibility_contact="a11y@police.example & 0300 000 0000")
    page = widget_module.render_statement(widget_module.ASSETS["demo/accessibility.html"][0].read_text(), config)
    assert "Police &lt;Scotland&gt;" in page and "a11y@police.example &amp; 0300" in page and "<Scotland>" not in page

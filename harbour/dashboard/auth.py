"""Logging in and out, and the checks every request passes before it reaches a page.

Every request but ``/health`` must name this dashboard in its Host header (a page on another
site that rebinds its DNS name to the dashboard's address sends its own name, and is refused).
Every path needs a staff session except the login page, ``/health`` and static files.
Every request that could change state (anything but GET/HEAD) needs the session's CSRF
token and, when the browser sends an Origin header, this site's origin. Wrong names and
wrong passwords get the same message; repeated failures slow further tries for that name
and that address (see `harbour.dashboard.security.LoginLimiter`), whether or not the name
exists, but never for a browser that has signed in as that name before.

Every request is answered in the language ``?lang=`` or the language cookie chose (see
`harbour.dashboard.i18n`); the messages below are English keys, shown through ``say``.
"""
from __future__ import annotations

import urllib.parse
from typing import Optional

from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from harbour.dashboard import i18n
from harbour.dashboard.pages import in_thread, language_of, render, safe_next, unavailable
from harbour.dashboard.security import (
    client_address,
    client_key,
    cookie_name,
    csrf_ok,
    device_cookie_name,
    host_allowed,
    same_origin,
    security_headers,
)
from harbour.language import say

PUBLIC = ("/login", "/health")
PUBLIC_PREFIXES = ("/static/", "/vendor/")
SAFE_METHODS = ("GET", "HEAD")
LOGIN_FAILED = "That name and password don't match an account. Check both and try again."
TOO_MANY = "Too many attempts. Wait a few minutes, then try again."
WRONG_HOST = "This dashboard doesn't answer to that name."
DEVICE_COOKIE_DAYS = 90
EXPIRED = "This form has expired. Reload the page and try again."


def blueprint() -> Blueprint:
    """The login and logout routes."""
    bp = Blueprint("auth")

    @bp.get("/login")
    async def login_form(request: Request) -> HTTPResponse:
        if request.ctx.session is None:
            _start_session(request)
        return render(request, "login.html", title="Sign in", error=None, next=safe_next(request.args.get("next")))

    @bp.post("/login")
    async def login(request: Request) -> HTTPResponse:
        ctx = request.app.ctx
        name = (request.form.get("name") or "")[:64]
        password = request.form.get("password") or ""
        target = safe_next(request.form.get("next"))
        address = client_key(client_address(request.ip, request.headers.get("x-forwarded-for"), ctx.trusted_proxies))
        device = request.cookies.get(device_cookie_name(ctx.config.secure_cookies))
        if ctx.limiter.blocked(name, address, device):
            message = say(language_of(request), TOO_MANY)
            return render(request, "login.html", 429, title="Sign in", error=message, next=target)
        try:
            stamp = await in_thread(ctx.accounts.verify, name, password)
        except Exception as error:  # noqa: BLE001 - the database is down: say so, never a traceback
            return unavailable(request, "login.html", error, {"title": "Sign in", "next": target})
        if stamp is None:
            ctx.limiter.failed(name, address, device)
            message = say(language_of(request), LOGIN_FAILED)
            return render(request, "login.html", 401, title="Sign in", error=message, next=target)
        request.ctx.device_token = ctx.limiter.succeeded(name)
        ctx.sessions.drop(request.ctx.token)  # a new token at login: no session fixation
        _start_session(request, user=name, stamp=stamp)
        return response.redirect(target, status=303)

    @bp.post("/logout")
    async def logout(request: Request) -> HTTPResponse:
        request.app.ctx.sessions.drop(request.ctx.token)
        request.ctx.token, request.ctx.session = None, None
        request.ctx.clear_cookie = True
        return response.redirect("/login", status=303)

    @bp.get("/health")
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    return bp


def install(app: Sanic) -> None:
    """Registers the session check (every request) and the headers (every response)."""
    app.register_middleware(check_request, "request")
    app.register_middleware(finish_response, "response")


async def check_request(request: Request) -> Optional[HTTPResponse]:
    """Chooses the language; loads the session; sends anonymous visitors to the login page; enforces CSRF."""
    ctx = request.app.ctx
    request.ctx.new_token, request.ctx.clear_cookie, request.ctx.device_token = None, False, None
    request.ctx.token, request.ctx.session, request.ctx.new_language = None, None, None
    asked = i18n.valid(request.args.get(i18n.PARAMETER))
    kept = i18n.valid(request.cookies.get(i18n.cookie_name(ctx.config.secure_cookies)))
    request.ctx.language = i18n.choose(asked, kept)
    if request.path != "/health" and not host_allowed(request.headers.get("host"), ctx.config.host_names):
        return response.text(say(request.ctx.language, WRONG_HOST), status=400)
    if asked and asked != kept:
        request.ctx.new_language = asked  # kept for this browser session (finish_response)
    token = request.cookies.get(cookie_name(ctx.config.secure_cookies))
    session = ctx.sessions.get(token)
    request.ctx.token, request.ctx.session = (token, session) if session else (None, None)
    path = request.path
    if path.startswith(PUBLIC_PREFIXES) or (path in PUBLIC and request.method in SAFE_METHODS):
        return None
    if request.method not in SAFE_METHODS:
        if not same_origin(request.headers.get("origin"), request.headers.get("host")) or not csrf_ok(
            session, request.form.get("csrf") if request.form else None
        ):
            message = say(request.ctx.language, EXPIRED)
            return render(request, "login.html", 403, title="Sign in", error=message, next="/")
    if path in PUBLIC:
        return None
    if session is not None and session.user is not None:
        try:
            current = await in_thread(ctx.accounts.stamp, session.user)
        except Exception as error:  # noqa: BLE001 - the database is down: say so, never a traceback
            return unavailable(request, "login.html", error, {"title": "Sign in", "next": "/"})
        if current == session.stamp:
            return None
        ctx.sessions.drop(token)  # the account was removed or re-created
        request.ctx.token, request.ctx.session = None, None
    target = request.path + (f"?{request.query_string}" if request.query_string else "")
    return response.redirect("/login?" + urllib.parse.urlencode({"next": target}), status=303)


async def finish_response(request: Request, reply: HTTPResponse) -> None:
    """Security headers on everything; the session and language cookies set or cleared when they changed."""
    for name, value in security_headers(request.path).items():
        reply.headers[name] = value
    config = request.app.ctx.config
    if getattr(request.ctx, "new_token", None):
        _set_cookie(reply, cookie_name(config.secure_cookies), request.ctx.new_token, config.secure_cookies)
    elif getattr(request.ctx, "clear_cookie", False):
        _set_cookie(reply, cookie_name(config.secure_cookies), "", config.secure_cookies, expire=True)
    if getattr(request.ctx, "new_language", None):
        _set_cookie(reply, i18n.cookie_name(config.secure_cookies), request.ctx.new_language, config.secure_cookies)
    if getattr(request.ctx, "device_token", None):
        _set_cookie(reply, device_cookie_name(config.secure_cookies), request.ctx.device_token,
                    config.secure_cookies, max_age=DEVICE_COOKIE_DAYS * 86400)


def _start_session(request: Request, user: Optional[str] = None, stamp: Optional[str] = None) -> None:
    token, session = request.app.ctx.sessions.create(user, stamp)
    request.ctx.token, request.ctx.session, request.ctx.new_token = token, session, token


def _set_cookie(
    reply: HTTPResponse, name: str, value: str, secure: bool, expire: bool = False, max_age: int = 0
) -> None:
    """HttpOnly, SameSite=Strict, Path=/, Secure when configured; a browser-session cookie unless
    ``max_age`` is given."""
    reply.cookies[name] = value
    cookie = reply.cookies[name]
    cookie["path"] = "/"
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    if secure:
        cookie["secure"] = True
    if expire:
        cookie["max-age"] = 0
    elif max_age:
        cookie["max-age"] = max_age

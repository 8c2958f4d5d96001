"""Assembles the FastAPI application: routers, error shapes, static citizen pages."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import re
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

# Importing the entity and mutation modules registers them with the sync registry.
import server.callbacks.service  # noqa: F401
import server.canned.entities  # noqa: F401
import server.canned.service  # noqa: F401
import server.clients.entities  # noqa: F401
import server.clients.service  # noqa: F401
import server.directory.entities  # noqa: F401
import server.mail.models  # noqa: F401
import server.queue.entities  # noqa: F401
import server.queue.service  # noqa: F401
import server.team.service  # noqa: F401
import server.walkin.entities  # noqa: F401
import server.walkin.service  # noqa: F401
from server import __version__
from server.auth.views import router as auth_router
from server.callbacks.views import router as callbacks_router
from server.clients.views import router as clients_router
from server.config import Settings
from server.db import Database
from server.deps import Gate, access, require_access
from server.directory.views import router as directory_router
from server.mail.delivery import deliver
from server.mail.smtp import MailServer
from server.mail.views import router as mail_router
from server.migrate import upgrade
from server.openapi import document
from server.queue.citizen import router as citizen_router
from server.queue.limits import limiter_for
from server.queue.routing import Router, install_routing_hook, sweep
from server.sync import service as sync_service
from server.sync.batch import PushBatcher
from server.sync.changelog import PG_CHANNEL, install_commit_hook
from server.sync.feed import ChangeFeed, StreamAudit
from server.sync.notifier import ChangeNotifier
from server.sync.views import router as sync_router
from server.telephony.views import router as telephony_router
from workstation.contract import Health

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
# The largest legitimate body is a push of 200 mutations; anything bigger is refused early.
MAX_BODY_BYTES = 2 * 1024 * 1024
INTERNAL_ERROR = "Internal error; it has been logged."


def _field_errors(exc: RequestValidationError) -> tuple[str, list[dict]]:
    errors = []
    if any(err.get("type") == "json_invalid" for err in exc.errors()):
        return "The body is not valid JSON.", [{"field": "", "message": "not valid JSON"}]
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        errors.append({"field": ".".join(loc), "message": str(err.get("msg", ""))})
    summary = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"]
                        for e in errors[:5])
    return f"Invalid request: {summary}", errors


def _unreadable_body(exc: StarletteHTTPException) -> tuple[str, str] | None:
    """FastAPI answers a JSON body it could not decode (not UTF-8, nested too deeply for
    the parser) with a bare 400; the API promises 422 for any body that is not JSON it can
    take. Its 400 is raised ``from`` the decoding error; this code raises no 400 itself."""
    if exc.status_code != 400 or exc.__cause__ is None:
        return None
    if isinstance(exc.__cause__, UnicodeDecodeError):
        return "The body is not valid JSON: it is not UTF-8.", "not valid UTF-8"
    if isinstance(exc.__cause__, RecursionError):
        return "The body is not valid JSON: it is nested too deeply.", "nested too deeply"
    return "The body is not valid JSON.", "not valid JSON"


class _RedactTokens(logging.Filter):
    """Access logs must not carry a citizen's chat token (it opens the conversation)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(re.sub(r"token=[^&\s]+", "token=[redacted]", a)
                                if isinstance(a, str) else a for a in record.args)
        return True


logging.getLogger("uvicorn.access").addFilter(_RedactTokens())


class RequestGuard:
    """The outermost layer of our own, in plain ASGI (an ``@app.middleware("http")``
    function costs a task and a queue per request):

    - Refuses bodies over ``limit`` bytes with a JSON 413: by Content-Length before
      reading, and by counting for chunked bodies that carry none.
    - Answers an unexpected error with a JSON 500 and keeps the connection. Starlette's
      ServerErrorMiddleware, outside this one, would send its 500 and then re-raise, and
      uvicorn closes the connection of an application that raised after starting its
      answer: the client's next request on that keep-alive connection failed too. Only an
      answer that had already begun (an event stream that broke) is left to the server to
      cut off, since that connection really is broken."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    @staticmethod
    async def _answer(send, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def _refuse(self, send) -> None:
        await self._answer(send, 413, f"The request is too large; the limit is "
                                      f"{self.limit // 1024} KiB.")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self._refuse(send)
        # A declared length was checked; no length and not chunked means no body (an event
        # stream's GET): nothing to count.
        counting = length is None and b"transfer-encoding" in headers
        seen = 0
        started = refused = False

        async def counted_receive():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit and not refused:
                    # Answer now; the application sees the client gone and its own
                    # answer is dropped.
                    refused = True
                    if not started:
                        await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        async def tracked_send(message):
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive if counting else receive, tracked_send)
        except ClientDisconnect:
            return   # the client went away mid-body: nobody to answer
        except Exception:
            if started or refused:
                raise   # the answer had begun: the server ends the broken connection
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            await self._answer(send, 500, INTERNAL_ERROR)


def create_app(settings: Settings | None = None, *, migrate: bool = True) -> FastAPI:
    settings = settings or Settings()
    db = Database(settings.database_url)
    if migrate:
        upgrade(db.engine)
    notifier = ChangeNotifier()
    install_commit_hook(db.sessions, notifier.notify)
    offer_router = Router(db)
    install_routing_hook(db.sessions, offer_router.wanted)
    feed = ChangeFeed(db, notifier, tick_seconds=min(1.0, settings.heartbeat_seconds / 2))

    def sweep_once() -> None:
        try:
            with db.session() as session:
                sweep(session, settings.offer_seconds)
                session.commit()
        finally:
            # Mail goes out even when the sweep lost a race with another server process.
            deliver(db, settings.smtp_relay, settings.mail_domain)

    async def sweeper() -> None:
        """Withdraws unanswered offers and raises callbacks nearing their due time."""
        while True:
            await asyncio.sleep(settings.sweep_seconds)
            try:
                await asyncio.to_thread(sweep_once)
            except RuntimeError as exc:
                if "shutdown" in str(exc):  # the embedded server's process is quitting
                    return
                log.exception("routing sweep failed")
            except Exception:  # the database may be briefly away; try again next tick
                log.exception("routing sweep failed")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        notifier.bind(asyncio.get_running_loop())
        if db.is_postgres:
            notifier.listen_postgres(
                db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False),
                PG_CHANNEL)
        feed.start()
        offer_router.start()
        sweep_task = asyncio.create_task(sweeper())
        mail_server = None
        if settings.smtp_listen:
            host, _, port = settings.smtp_listen.rpartition(":")
            mail_server = MailServer(db, host or "127.0.0.1", int(port),
                                     settings.max_mail_bytes)
            mail_server.start()
        yield
        if mail_server is not None:
            mail_server.stop()
        sweep_task.cancel()
        offer_router.stop()
        feed.stop()
        notifier.stop()
        db.dispose()

    app = FastAPI(title="Neuvo central server", version=__version__, lifespan=lifespan,
                  description="Regional client and service guidance: sync API, citizen chat.")
    app.state.settings = settings
    app.state.db = db
    app.state.notifier = notifier
    app.state.feed = feed
    app.state.stream_audit = StreamAudit(db)
    # push(user, client_id, mutations). One writer at a time on SQLite: pushes queued
    # together commit together. PostgreSQL runs pushes side by side (and several server
    # processes), so there each has its own transactions.
    app.state.push = (PushBatcher(db).push if db.is_sqlite
                      else functools.partial(sync_service.push, db))
    app.state.callback_limiter = limiter_for(settings.callback_requests_per_hour)
    app.state.chat_limiter = limiter_for(settings.chats_per_hour)

    app.add_middleware(RequestGuard, limit=MAX_BODY_BYTES)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        detail, errors = _field_errors(exc)
        return JSONResponse({"detail": detail, "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        unreadable = _unreadable_body(exc)
        if unreadable is not None:
            return JSONResponse({"detail": unreadable[0],
                                 "errors": [{"field": "", "message": unreadable[1]}]},
                                status_code=422)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.get("/health", response_model=Health, tags=["operations"])
    @access(Gate.PUBLIC, "a load balancer's probe; says nothing about any record")
    def health() -> Health:
        try:
            # The read engine: a probe must not queue behind writers (SQLite's write lock).
            with db.read_engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            up = True
        except Exception:
            up = False
        return Health(status="ok" if up else "degraded", version=__version__,
                      database="ok" if up else "unavailable",
                      database_backend=db.engine.dialect.name)

    for router in (auth_router, sync_router, directory_router, citizen_router, clients_router,
                   telephony_router, callbacks_router, mail_router):
        app.include_router(router)
    document(app)

    @app.get("/chat", include_in_schema=False)
    @access(Gate.PUBLIC, "a redirect to the citizen chat page")
    def _chat_slash():
        return RedirectResponse("/chat/")

    @app.get("/request", include_in_schema=False)
    @access(Gate.PUBLIC, "a redirect to the citizen callback form")
    def _request_slash():
        return RedirectResponse("/request/")

    require_access(app.routes)
    app.mount("/chat/", StaticFiles(directory=STATIC / "chat", html=True), name="chat")
    app.mount("/request/", StaticFiles(directory=STATIC / "request", html=True),
              name="request")
    return app

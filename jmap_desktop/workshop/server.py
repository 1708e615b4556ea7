"""The HTTP side of a workshop: the participant page, a small JSON API and Server-Sent Events.

Built on the standard library's ThreadingHTTPServer, one thread per connection, off the GUI
thread. Everything lives under ``/j/<session token>/``; any other path, or a wrong token,
gets a bare 403 (no listing, no file names, no server version). Guards against broken or
hostile clients: a cap on open connections, on body size, and a reaper that closes any
connection whose request line and headers (or body) take longer than the limits allow, so a
slowloris cannot hold a thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlsplit

from .session import Refused, WorkshopSession

logger = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the join URL carries the token
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": ("default-src 'none'; script-src 'unsafe-inline'; "
                                "style-src 'unsafe-inline'; connect-src 'self'; img-src data:; "
                                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
}


PAGE_LANGUAGES = ("en", "de")  # the page's own table of words has these


def participant_page(language: str = "en") -> bytes:
    """The one self-contained page participants load (package data beside the fonts), in
    ``language``: its ``<html lang>`` picks the page's words (English for a language it lacks)."""
    page = resources.files("jmap_desktop").joinpath("data", "workshop", "participant.html").read_bytes()
    if language in PAGE_LANGUAGES and language != "en":
        page = page.replace(b'<html lang="en">', f'<html lang="{language}">'.encode(), 1)
    return page


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a phone reuses its connection
    server_version = "JMap"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version
    server: _HTTPServer

    # -- plumbing -----------------------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.limits.read_timeout)
        # Headers and body go out as two writes; without this, Nagle and the client's delayed
        # ACK make every small reply wait ~40 ms.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle_one_request(self) -> None:
        self.server.set_deadline(self.connection, self.server.limits.header_timeout)
        try:
            super().handle_one_request()
        except (OSError, ValueError):  # the reaper closed us, or the client went away
            self.close_connection = True
        finally:
            self.server.set_deadline(self.connection, None)

    def parse_request(self) -> bool:
        ok = super().parse_request()
        self.server.set_deadline(self.connection, None)  # the headers are in: no more hurry
        return ok

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base's name)
        pass  # participants' requests are not the facilitator's business on stderr

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The base class's error page names the server and echoes the request; ours is bare.
        self.close_connection = True
        with contextlib.suppress(OSError):
            self._reply(code, {"error": message or "refused"} if code != 403 else {"error": "forbidden"})

    def _reply(self, status: int, payload: dict | None = None, body: bytes | None = None,
               content_type: str = "application/json; charset=utf-8") -> None:
        data = body if body is not None else json.dumps(payload or {}, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _route(self) -> tuple[str, dict[str, list[str]]] | None:
        """The path after ``/j/<token>`` when the token is right, else None."""
        parts = urlsplit(self.path)
        segments = parts.path.split("/")
        if len(segments) < 3 or segments[1] != "j" or not self.server.session.token_matches(segments[2]):
            return None
        return "/".join(segments[3:]), parse_qs(parts.query)

    def _forbidden(self) -> None:
        self.close_connection = True
        self._reply(403, {"error": "forbidden"})

    def _body(self) -> dict:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise Refused(411, "a body needs its length")
        if int(length) > self.server.limits.max_body_bytes:
            self.close_connection = True  # the rest of the body is not worth reading
            raise Refused(413, "the request is too large")
        self.server.set_deadline(self.connection, self.server.limits.read_timeout)
        raw = self.rfile.read(int(length))
        self._consumed = True
        self.server.set_deadline(self.connection, None)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "the request is not valid JSON") from None
        if not isinstance(data, dict):
            raise Refused(400, "the request is not a JSON object")
        return data

    # -- requests -------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 (the base's name)
        route = self._route()
        if route is None:
            return self._forbidden()
        path, query = route
        try:
            if path == "":
                return self._reply(200, body=participant_page(self.server.language), content_type="text/html; charset=utf-8")
            token = (query.get("p") or [""])[0]
            if path == "state":
                return self._reply(200, self._state(token))
            if path == "events" and self.command == "GET":  # a stream has no HEAD
                return self._events(token)
            raise Refused(404, "not found")
        except Refused as refused:
            self._refuse(refused)
        except (OSError, ValueError):
            raise  # the connection itself failed: handle_one_request closes it
        except Exception:  # a bug must cost one request, never the server or the open map
            self._failed()

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        route = self._route()
        if route is None:
            return self._forbidden()
        path, _ = route
        session = self.server.session
        self._consumed = False
        try:
            if path not in ("join", "notes", "votes"):
                raise Refused(404, "not found")
            data = self._body()
            if path == "join":
                participant = session.join(data.get("name", ""))
                return self._reply(201, {"participant": participant.token, "id": participant.id})
            if path == "notes":
                note = session.submit_note(data.get("p"), data.get("text"), data.get("stage_id"),
                                           data.get("lane_id"), data.get("client_id"))
                return self._reply(201, {"note": note})
            remaining = session.cast(data.get("p"), data.get("card_id"), data.get("delta"))
            return self._reply(200, {"remaining": remaining})
        except Refused as refused:
            self._refuse(refused)
        except (OSError, ValueError):
            raise  # the connection itself failed: handle_one_request closes it
        except Exception:  # a bug must cost one request, never the server or the open map
            self._failed()

    def _failed(self) -> None:
        logger.exception("workshop request failed: %s", self.path.split("?")[0][:80])
        self.close_connection = True
        self._reply(500, {"error": "the facilitator's app could not handle this; try again"})

    def _refuse(self, refused: Refused) -> None:
        if refused.status == 403:
            return self._forbidden()
        if self.command == "POST" and not getattr(self, "_consumed", False):
            self.close_connection = True  # an unread body would be taken for the next request
        self._reply(refused.status, {"error": refused.message})

    def _state(self, token: str) -> dict:
        session = self.server.session
        return {"me": session.personal_state(token), "session": session.session_state(),
                "view": json.loads(session.view_json())}

    def _events(self, token: str) -> None:
        """A Server-Sent Events stream: the parts of the state that changed, as they change."""
        session = self.server.session
        session.participant(token)  # refuse before any header is sent
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        seen = (-1, -1, -1)
        self.wfile.write(b"retry: 1500\n\n")
        while not session.closed and not self.server.stopping:
            try:
                participant = session.participant(token)
            except Refused:
                return
            marks = session.marks(participant)  # read first: a change while we send wakes the wait
            chunks = [f"event: {part}\ndata: {self._part(part, token)}\n\n"
                      for part, now, before in zip(("view", "session", "me"), marks, seen, strict=True)
                      if now != before]
            seen = marks
            self.wfile.write(("".join(chunks) or ": ping\n\n").encode())
            self.wfile.flush()
            session.wait(participant, seen, self.server.limits.heartbeat)

    def _part(self, part: str, token: str) -> str:
        session = self.server.session
        if part == "view":
            return session.view_json()
        state = session.session_state() if part == "session" else session.personal_state(token)
        return json.dumps(state, ensure_ascii=False)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 128  # a room joining at once after the QR code goes up

    def __init__(self, address, session: WorkshopSession, family: int) -> None:
        self.address_family = family
        self.session = session
        self.limits = session.limits
        self.stopping = False
        self.language = "en"
        self._lock = threading.Lock()
        self._deadlines: dict[socket.socket, float | None] = {}
        super().__init__(address, _Handler)

    def handle_error(self, request, client_address) -> None:
        # socketserver prints a traceback to stderr; a participant's broken connection is not news.
        logger.debug("workshop connection from %s failed", client_address, exc_info=True)

    def verify_request(self, request, client_address) -> bool:
        with self._lock:
            if self.stopping or len(self._deadlines) >= self.limits.max_connections:
                return False  # the socket is closed without a word
            self._deadlines[request] = time.monotonic() + self.limits.header_timeout
        return True

    def shutdown_request(self, request) -> None:
        with self._lock:
            self._deadlines.pop(request, None)
        super().shutdown_request(request)

    def set_deadline(self, sock: socket.socket, seconds: float | None) -> None:
        with self._lock:
            if sock in self._deadlines:
                self._deadlines[sock] = None if seconds is None else time.monotonic() + seconds

    def connection_count(self) -> int:
        with self._lock:
            return len(self._deadlines)

    def reap(self, everything: bool = False) -> None:
        """Cut connections past their deadline (all of them when ``everything``)."""
        now = time.monotonic()
        with self._lock:
            late = [s for s, d in self._deadlines.items() if everything or (d is not None and d < now)]
        for sock in late:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class WorkshopServer:
    """Serves one session on one address; ``start`` returns once it listens."""

    def __init__(self, session: WorkshopSession, host: str = "127.0.0.1", port: int = 0,
                 language: str = "en") -> None:
        """``language``: the facilitator's, which the participant page then speaks."""
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.session = session
        self.host = host
        self._httpd = _HTTPServer((host, port), session, family)  # binds only to ``host``
        self._httpd.language = language
        self.port = self._httpd.server_address[1]
        self._threads: list[threading.Thread] = []

    @property
    def bound_address(self) -> str:
        """The address the listening socket is bound to (only ever the one chosen)."""
        return str(self._httpd.socket.getsockname()[0])

    @property
    def join_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/j/{self.session.token}"

    def start(self) -> None:
        serve = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                 name="workshop-http", daemon=True)
        reaper = threading.Thread(target=self._reap, name="workshop-reaper", daemon=True)
        self._threads = [serve, reaper]
        for thread in self._threads:
            thread.start()

    def _reap(self) -> None:
        while not self._httpd.stopping:
            self._httpd.reap()
            time.sleep(min(0.2, self.session.limits.header_timeout / 4))

    def connection_count(self) -> int:
        return self._httpd.connection_count()

    def stop(self) -> None:
        """Stop listening, end every event stream and close every connection."""
        if self._httpd.stopping:
            return
        self._httpd.stopping = True
        self.session.close()
        self._httpd.shutdown()
        self._httpd.reap(everything=True)
        self._httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=2)

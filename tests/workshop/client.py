"""A participant for tests: plain http.client against a server on 127.0.0.1, never elsewhere."""

from __future__ import annotations

import http.client
import json

LOOPBACK = "127.0.0.1"


class Client:
    def __init__(self, port: int, token: str, host: str = LOOPBACK, timeout: float = 5.0) -> None:
        assert host in (LOOPBACK, "::1"), "tests talk to loopback only"
        self.base = f"/j/{token}"
        self.conn = http.client.HTTPConnection(host, port, timeout=timeout)
        self.participant: str | None = None

    def request(self, method: str, path: str, body=None, raw: bytes | None = None,
                headers: dict | None = None) -> tuple[int, dict | bytes]:
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, data, headers or {"Content-Type": "application/json"})
                response = self.conn.getresponse()
                payload = response.read()
                break
            except (ConnectionError, http.client.HTTPException):
                # The server closes a kept-alive connection that stays idle past its header
                # timeout; like a browser, send again on a new one (notes carry a client id,
                # so a resend is never counted twice).
                self.conn.close()
                if attempt == 2:
                    raise
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
        try:
            return response.status, json.loads(payload)
        except ValueError:
            return response.status, payload

    def join(self, name: str = "") -> str:
        status, data = self.request("POST", f"{self.base}/join", {"name": name})
        assert status == 201, data
        self.participant = data["participant"]
        return self.participant

    def note(self, text: str, cell=(None, None), client_id: str | None = None) -> tuple[int, dict]:
        body = {"p": self.participant, "text": text, "stage_id": cell[0], "lane_id": cell[1]}
        if client_id:
            body["client_id"] = client_id
        return self.request("POST", f"{self.base}/notes", body)

    def vote(self, card_id: str, delta: int = 1) -> tuple[int, dict]:
        return self.request("POST", f"{self.base}/votes", {"p": self.participant, "card_id": card_id,
                                                            "delta": delta})

    def state(self) -> tuple[int, dict]:
        return self.request("GET", f"{self.base}/state?p={self.participant}")

    def close(self) -> None:
        self.conn.close()

"""Which addresses this machine could serve a workshop on, and the one a room would use.

The standard library cannot list interfaces portably; the machine's host name resolves to
its LAN addresses on most systems, and loopback is always offered (for a demo on one laptop,
and for tests, which only ever use loopback).
"""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"


def local_addresses() -> list[str]:
    """IPv4 addresses of this machine, LAN ones first, loopback last."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and not ipaddress.ip_address(address).is_loopback:
            found.append(address)
    return [*found, LOOPBACK]


def default_address() -> str:
    """The first LAN address, or loopback when the machine has none."""
    return local_addresses()[0]

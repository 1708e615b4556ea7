"""Stable identifiers: random UUIDs stored as strings in the file."""

import uuid


def new_id() -> str:
    return uuid.uuid4().hex

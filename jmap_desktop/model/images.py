"""Embedded images (persona photos, logo): PNG or JPEG, checked by content, size-limited.

Images live inside the document as base64 so that a map never makes the program read other
paths on the machine (PRODUCT.md §4).
"""

from __future__ import annotations

import base64
import binascii
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from .limits import MAX_IMAGE_BYTES
from .messages import say

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

MediaType = Literal["image/png", "image/jpeg"]


def sniff_media_type(data: bytes) -> MediaType | None:
    """The media type the bytes really are, or None when they are neither PNG nor JPEG."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None


class EmbeddedImage(BaseModel):
    """A PNG or JPEG image stored base64 in the document."""

    model_config = ConfigDict(extra="allow")

    media_type: MediaType
    data: str

    @field_validator("data")
    @classmethod
    def _decodable(cls, value: str) -> str:
        # base64 of 2 MB is ~2.8 MB of text; refuse before decoding anything larger.
        if len(value) > MAX_IMAGE_BYTES * 4 // 3 + 8:
            raise ValueError(say("image is larger than {limit} MB", limit=MAX_IMAGE_BYTES // (1024 * 1024)))
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(say("image data is not valid base64")) from None
        if len(raw) > MAX_IMAGE_BYTES:
            raise ValueError(say("image is larger than {limit} MB", limit=MAX_IMAGE_BYTES // (1024 * 1024)))
        if sniff_media_type(raw) is None:
            raise ValueError(say("image is neither PNG nor JPEG"))
        return value

    @model_validator(mode="after")
    def _type_matches_content(self) -> EmbeddedImage:
        actual = sniff_media_type(self.raw())
        if actual != self.media_type:
            raise ValueError(say("image says {declared} but its content is {actual}", declared=self.media_type,
                                 actual=actual))
        return self

    def raw(self) -> bytes:
        return base64.b64decode(self.data)

    @classmethod
    def from_bytes(cls, raw: bytes) -> EmbeddedImage:
        """Wrap raw PNG/JPEG bytes; raises ValueError for anything else or anything too large."""
        media = sniff_media_type(raw)
        if media is None:
            raise ValueError(say("image is neither PNG nor JPEG"))
        if len(raw) > MAX_IMAGE_BYTES:
            raise ValueError(say("image is larger than {limit} MB", limit=MAX_IMAGE_BYTES // (1024 * 1024)))
        return cls(media_type=media, data=base64.b64encode(raw).decode("ascii"))

"""What the Qt-free layers say (``model.messages``), translated for the window.

``MESSAGES`` lists, literally for ``make translations``, every template the model, io, analysis
and export layers pass to ``say``: why a file cannot be opened or saved, what the structure
checks found. ``share`` hands the installed translation over; ``translations.install`` calls it,
so these messages follow the window's language (English: nothing handed over). A test checks
that every ``say`` in those layers is listed here and translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import messages

MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", 'emotion_scale: min must be below max'),
    QT_TRANSLATE_NOOP("Messages", 'emotion_scale: a span above {limit} steps'),
    QT_TRANSLATE_NOOP("Messages", 'no persona has the id {id}'),
    QT_TRANSLATE_NOOP("Messages", 'duplicate id {id} (also {other})'),
    QT_TRANSLATE_NOOP("Messages", 'no stage has the id {id}'),
    QT_TRANSLATE_NOOP("Messages", 'no lane has the id {id}'),
    QT_TRANSLATE_NOOP("Messages", "emotion {emotion} is outside the map's scale {min}..{max}"),
    QT_TRANSLATE_NOOP("Messages", 'a connection cannot link a card to itself'),
    QT_TRANSLATE_NOOP("Messages", 'no card has the id {id}'),
    QT_TRANSLATE_NOOP("Messages", 'image is larger than {limit} MB'),
    QT_TRANSLATE_NOOP("Messages", 'image is neither PNG nor JPEG'),
    QT_TRANSLATE_NOOP("Messages", 'image says {declared} but its content is {actual}'),
    QT_TRANSLATE_NOOP("Messages", 'image data is not valid base64'),
    QT_TRANSLATE_NOOP("Messages", 'Touchpoint “{text}” has no channel'),
    QT_TRANSLATE_NOOP("Messages", '“{text}” is still a hypothesis but has sources: validate or invalidate it'),
    QT_TRANSLATE_NOOP("Messages", 'Opportunity “{text}” is not linked to a pain point'),
    QT_TRANSLATE_NOOP("Messages", 'Lane “{name}” is empty'),
    QT_TRANSLATE_NOOP("Messages", 'Stage “{name}” has no customer action'),
    QT_TRANSLATE_NOOP("Messages", 'the image cannot be decoded ({reason})'),
    QT_TRANSLATE_NOOP("Messages", 'the image claims {width} x {height} pixels; the limit is {limit} megapixels'),
    QT_TRANSLATE_NOOP("Messages", 'the file is {size} MB or more; the limit is {limit} MB'),
    QT_TRANSLATE_NOOP("Messages", '{name} is not a number JSON allows'),
    QT_TRANSLATE_NOOP("Messages", 'a list'),
    QT_TRANSLATE_NOOP("Messages", 'a string'),
    QT_TRANSLATE_NOOP("Messages", 'a number'),
    QT_TRANSLATE_NOOP("Messages", 'file'),
    QT_TRANSLATE_NOOP("Messages", 'the file is empty'),
    QT_TRANSLATE_NOOP("Messages", 'line {line}, column {column}'),
    QT_TRANSLATE_NOOP("Messages", 'nested more than {depth} levels deep'),
    QT_TRANSLATE_NOOP("Messages", '(top level)'),
    QT_TRANSLATE_NOOP("Messages", 'expected a JSON object, found {found}'),
    QT_TRANSLATE_NOOP("Messages", 'no format marker'),
    QT_TRANSLATE_NOOP("Messages", 'not a journey map: expected "format": "jmap", found {found}'),
    QT_TRANSLATE_NOOP("Messages", 'expected a whole number, found {found}'),
    QT_TRANSLATE_NOOP("Messages", 'the file uses schema version {version}, but this program reads up to version {newest}; open it with a newer JMap Desktop'),
    QT_TRANSLATE_NOOP("Messages", 'no such file'),
    QT_TRANSLATE_NOOP("Messages", 'this is a folder, not a .jmap file'),
    QT_TRANSLATE_NOOP("Messages", 'cannot be read ({reason})'),
    QT_TRANSLATE_NOOP("Messages", 'this is not a regular file (a pipe, a device or a socket); a journey map is an ordinary file'),
    QT_TRANSLATE_NOOP("Messages", 'not valid JSON: {detail} (the file may be truncated)'),
    QT_TRANSLATE_NOOP("Messages", 'not valid JSON: {detail}'),
    QT_TRANSLATE_NOOP("Messages", 'a number has far too many digits'),
    QT_TRANSLATE_NOOP("Messages", 'the JSON is nested far too deeply'),
    QT_TRANSLATE_NOOP("Messages", 'and {count} more problem(s)'),
    QT_TRANSLATE_NOOP("Messages", 'cannot be read: a symbolic link that leads back to itself'),
    QT_TRANSLATE_NOOP("Messages", 'line {line}'),
    QT_TRANSLATE_NOOP("Messages", 'the file is not UTF-8 text (is it really a .jmap file?)'),
    QT_TRANSLATE_NOOP("Messages", 'no migration from schema version {version}'),
    QT_TRANSLATE_NOOP("Messages", 'the step from version {version} produced version {new_version}'),
    QT_TRANSLATE_NOOP("Messages", 'the file could not be written ({reason}); it was not changed'),
    QT_TRANSLATE_NOOP("Messages", 'another window or program is saving this file right now; try again'),
    QT_TRANSLATE_NOOP("Messages", 'the disk is full; the file was not changed. Free some space and save again'),
    QT_TRANSLATE_NOOP("Messages", 'no permission to write here; the file was not changed. Use Save As elsewhere'),
    QT_TRANSLATE_NOOP("Messages", 'this is a folder; choose a file name'),
    QT_TRANSLATE_NOOP("Messages", 'the folder {folder} does not exist'),
    QT_TRANSLATE_NOOP("Messages", 'the map could not be written as JSON ({reason})'),
    QT_TRANSLATE_NOOP("Messages", 'the file is read-only; it was not changed. Use Save As to keep your changes in another file'),
    QT_TRANSLATE_NOOP("Messages", 'the file was changed by another window or program since it was opened; it was not changed'),
    QT_TRANSLATE_NOOP("Messages", '{choices} or {last}'),
    # pydantic's messages for a hand-edited file (io.load.PYDANTIC_MESSAGES)
    QT_TRANSLATE_NOOP("Messages", 'field required'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid string'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid integer'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid integer, unable to parse string as an integer'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid integer, got a number with a fractional part'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid number'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid number, unable to parse string as a number'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a finite number'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid boolean'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid boolean, unable to interpret input'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid list'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid dictionary'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid dictionary or instance of {class_name}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be {expected}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be {expected}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be greater than or equal to {ge}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be greater than {gt}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be less than or equal to {le}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be less than {lt}'),
    QT_TRANSLATE_NOOP("Messages", 'string should have at most {max_length} characters'),
    QT_TRANSLATE_NOOP("Messages", 'string should have at least {min_length} characters'),
    QT_TRANSLATE_NOOP("Messages", '{field_type} should have at most {max_length} items after validation, not {actual_length}'),
    QT_TRANSLATE_NOOP("Messages", 'extra inputs are not permitted'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid date in the format YYYY-MM-DD, {error}'),
    QT_TRANSLATE_NOOP("Messages", 'input should be a valid datetime, {error}'),
)


def share() -> None:
    """The Qt-free layers speak the installed language from now on."""
    messages.use({text: QCoreApplication.translate("Messages", text) for text in MESSAGES})

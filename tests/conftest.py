"""Suite-wide safety: autosave copies go to a temporary folder, never the user's state folder."""

import pytest


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path, monkeypatch):
    folder = tmp_path / "state"
    monkeypatch.setenv("JMAP_DESKTOP_STATE_DIR", str(folder))
    return folder

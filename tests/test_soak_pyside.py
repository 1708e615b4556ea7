"""Guards the PySide6 pin: 6.12.0 crashes CPython 3.11 after ~5,000 void-returning calls."""

import subprocess
import sys

SOAK = """
from PySide6.QtCore import QObject
obj = QObject()
for i in range(20_000):
    obj.setObjectName("x")
    QObject().setObjectName("y")
print("survived", i + 1)
"""


def test_twenty_thousand_void_binding_calls_do_not_crash():
    # A subprocess, so that a fatal error is reported as a failure instead of killing pytest.
    result = subprocess.run([sys.executable, "-c", SOAK], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 20000" in result.stdout

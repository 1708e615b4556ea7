"""Pointer gestures as small state machines, one module per gesture (after tldraw's tools).

``pointer.begin_gesture`` is the idle state: it looks at what is under the pointer and starts
the matching gesture. Each gesture previews in the scene while it runs, pushes one undo command
on release, and on ``cancel`` (Escape) puts everything back without recording anything.
"""

"""Dock panels around the canvas. Each reads the store and edits only through undo commands."""

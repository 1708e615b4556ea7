"""Reading and writing .jmap files (no Qt): validation, migrations, atomic saves."""

from .errors import LoadError, LoadProblem, SaveError
from .jsonfile import dumps_map
from .load import load_data, load_map, loads_map
from .save import save_map

__all__ = ["LoadError", "LoadProblem", "SaveError", "dumps_map", "load_data", "load_map",
           "loads_map", "save_map"]

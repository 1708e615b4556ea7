"""Reading and writing .jmap files (no Qt): validation, migrations, atomic saves."""

from .errors import ChangedOnDiskError, LoadError, LoadProblem, ReadOnlyError, SaveError
from .jsonfile import dumps_map
from .load import load_data, load_map, loads_map
from .save import backup_paths, file_digest, save_map

__all__ = ["ChangedOnDiskError", "LoadError", "LoadProblem", "ReadOnlyError", "SaveError",
           "backup_paths", "dumps_map", "file_digest", "load_data", "load_map", "loads_map",
           "save_map"]

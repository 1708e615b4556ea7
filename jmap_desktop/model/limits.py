"""Sane limits on sizes and counts, so a hostile or broken file cannot exhaust the machine."""

MAX_NAME = 200  # titles, stage and lane names, persona names
MAX_TEXT = 5_000  # card text, descriptions, scenario
MAX_SHORT = 500  # labels, link texts, owners, units
MAX_TAGS = 50
MAX_TAG = 60
MAX_LIST_ITEMS = 100  # goals, needs, frustrations, sources, authors
MAX_STAGES = 500
MAX_LANES = 200
MAX_CARDS = 100_000
MAX_CONNECTIONS = 200_000
MAX_PERSONAS = 200
MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_COMMENTS = 1_000  # per card
MAX_PHOTOS = 12  # per card
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_SCALE_SPAN = 20  # emotion scale: max - min

STAGE_MIN_WIDTH = 160.0
STAGE_MAX_WIDTH = 2_000.0
STAGE_DEFAULT_WIDTH = 260.0

# Importing tables (CSV, TSV, XLSX, pasted cells): a hostile or mistaken file is refused with a
# message instead of filling the memory. A map holds at most MAX_CARDS cards anyway.
MAX_IMPORT_BYTES = 50 * 1024 * 1024  # the file as it is on disk
MAX_IMPORT_ROWS = 50_000
MAX_IMPORT_COLUMNS = 200
MAX_IMPORT_ROWS_SCANNED = 1_048_576  # Excel's last row: blank rows past the data stop the scan
MAX_XLSX_UNCOMPRESSED = 150 * 1024 * 1024  # what the members of an .xlsx zip declare, together;
# zipfile never inflates past a declared size, so this bounds what a zip bomb can unpack
MAX_METRIC_HISTORY = 1_000  # dated values kept per metric card

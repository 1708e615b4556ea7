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
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_SCALE_SPAN = 20  # emotion scale: max - min

STAGE_MIN_WIDTH = 160.0
STAGE_MAX_WIDTH = 2_000.0
STAGE_DEFAULT_WIDTH = 260.0

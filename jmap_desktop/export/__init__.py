"""Exports (no Qt): vector PDF posters and tiled sheets with ReportLab, SVG, CSV and one
self-contained interactive HTML page.

PNG is rendered by the canvas (Qt) and reached through the CLI, which sits above both layers.
"""

from .csv_export import COLUMNS, card_rows, export_csv
from .html_export import export_hidden, export_html, map_html
from .pages import PRESETS, ROLLS, PageError, paper, parse_length, preset_names
from .plan import PosterPlan, SheetGrid, plan_poster
from .poster import ExportError, ExportResult, PosterOptions, export_pdf, hidden_lane_ids
from .svg_export import export_svg, map_svg

__all__ = ["COLUMNS", "card_rows", "export_csv", "PRESETS", "ROLLS", "PageError", "paper",
           "parse_length", "preset_names", "ExportError", "ExportResult", "PosterOptions",
           "export_pdf", "hidden_lane_ids", "export_svg", "map_svg", "export_hidden",
           "export_html", "map_html", "PosterPlan", "SheetGrid", "plan_poster"]

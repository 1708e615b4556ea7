"""Graphics items of the canvas: cards, the grid, arrows, curves and gesture previews."""

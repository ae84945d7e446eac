"""English, the reference catalogue: one module per area, each STRINGS = {key: text}."""

"""Translation tables: one module per area, each defining STRINGS = {key: {"en": ..., "zh": ...}}."""

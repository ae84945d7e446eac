"""简体中文: the same areas and keys as English, each module's STRINGS = {key: text}."""

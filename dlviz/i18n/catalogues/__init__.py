"""One catalogue per language: catalogues/<lang>/<area>.py, each defining STRINGS = {key: text}.

English (en) is the reference: its keys are the keys of the app, and a text missing in another
language falls back to English. `python -m dlviz.i18n.check` lists what each language lacks.
"""

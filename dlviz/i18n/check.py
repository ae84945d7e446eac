"""What each language's catalogue lacks or has too many, against English: python -m dlviz.i18n.check."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from dataclasses import dataclass, field

from dlviz.i18n import CATALOGUES, DEFAULT_LANGUAGE, LANGUAGES, language_areas, language_texts, placeholders

# A text this short may stay as in English in another language (a name such as "Adam", "MNIST" or "ReLU").
MAX_SAME_AS_ENGLISH = 24


@dataclass(frozen=True)
class LanguageReport:
    """The problems of one language's catalogue, each a sorted list of keys."""

    lang: str
    keys: int
    missing: list[str] = field(default_factory=list)  # in English, absent or blank here
    stale: list[str] = field(default_factory=list)  # here, not in English
    placeholder_mismatches: list[str] = field(default_factory=list)  # other {names} than English's
    untranslated: list[str] = field(default_factory=list)  # a long text copied from English

    @property
    def ok(self) -> bool:
        """Return whether the catalogue has no problem."""
        return not (self.missing or self.stale or self.placeholder_mismatches or self.untranslated)


def check_language(lang: str, texts: dict[str, str], reference: dict[str, str]) -> LanguageReport:
    """Return the problems of the catalogue texts of lang measured against the reference (English) texts."""
    shared = [key for key in reference if key in texts]
    return LanguageReport(
        lang=lang,
        keys=len(texts),
        missing=sorted(key for key in reference if not texts.get(key, "").strip()),
        stale=sorted(key for key in texts if key not in reference),
        placeholder_mismatches=sorted(
            key for key in shared if placeholders(texts[key]) != placeholders(reference[key])
        ),
        untranslated=sorted(
            key
            for key in shared
            if lang != DEFAULT_LANGUAGE
            and texts[key] == reference[key]
            and len(texts[key]) > MAX_SAME_AS_ENGLISH
            and any(c.isalpha() for c in texts[key])
        ),
    )


def check_catalogues() -> list[LanguageReport]:
    """Return one report per language of LANGUAGES, English (the reference) first."""
    reference = language_texts(DEFAULT_LANGUAGE)
    return [check_language(lang, language_texts(lang), reference) for lang in LANGUAGES]


def _area(lang: str, key: str) -> str:
    """Return the catalogue module of lang that holds key, e.g. 'zh/tensors.py', or '' when none does."""
    return next((f"{lang}/{area}.py" for area, strings in language_areas(lang).items() if key in strings), "")


def unlisted_catalogues() -> list[str]:
    """Return the catalogue folders that have no entry in LANGUAGES (they would never be shown)."""
    package = importlib.import_module(CATALOGUES)
    return sorted(info.name for info in pkgutil.iter_modules(package.__path__) if info.name not in LANGUAGES)


PROBLEMS = {
    "missing": "missing",
    "stale": "stale",
    "placeholder_mismatches": "placeholders differ",
    "untranslated": "same as English",
}


def report_lines(reports: list[LanguageReport], unlisted: list[str]) -> list[str]:
    """Return the check's printout: a line per language with its counts, then one line per problem."""
    lines = []
    for report in reports:
        problems = [(label, getattr(report, name)) for name, label in PROBLEMS.items()]
        counts = ", ".join(f"{len(keys)} {label}" for label, keys in problems)
        lines.append(f"{report.lang} ({LANGUAGES[report.lang]}): {report.keys} keys; {counts}")
        for label, keys in problems:
            where = DEFAULT_LANGUAGE if label == PROBLEMS["missing"] else report.lang
            lines += [f"  {label}: {key} ({_area(where, key)})" for key in keys]
    lines += [f"catalogue without an entry in LANGUAGES: {name}" for name in unlisted]
    return lines


def main() -> int:
    """Print the report of every catalogue; return 1 when any has a problem."""
    reports = check_catalogues()
    unlisted = unlisted_catalogues()
    print("\n".join(report_lines(reports, unlisted)))
    return 0 if all(report.ok for report in reports) and not unlisted else 1


if __name__ == "__main__":
    sys.exit(main())

"""Errors that carry a translation key, so the UI can show them in the user's language."""


class UserFacingError(Exception):
    """An error whose message is an i18n key plus format parameters."""

    def __init__(self, key: str, **params):
        super().__init__(f"{key} {params}" if params else key)
        self.key = key
        self.params = params

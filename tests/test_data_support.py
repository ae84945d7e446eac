"""Helper for the Data lab tests: run a code panel's text and return its variables."""


def run_code(code: str) -> dict:
    """Execute the plain PyTorch code a panel shows (trusted: the app generated it) and return its namespace."""
    namespace: dict = {}
    exec(compile(code, "<code panel>", "exec"), namespace)  # noqa: S102 - the test runs the code we show
    return namespace

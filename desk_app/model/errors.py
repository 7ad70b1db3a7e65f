"""The one error type whose message a user may read."""


class DeskError(Exception):
    """Report bad input or a failed operation in one clear sentence for the user."""

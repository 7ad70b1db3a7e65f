"""Documentation systems of the parliaments as sources: what the desk may look up there.

Only the service uses a source; the faces reach it through the desk. A source
is Qt-free and stores nothing: it reads, and every failure is a DeskError in
one sentence.
"""

from desk_app.sources.base import DocumentSource, Paper, Process

__all__ = ["DocumentSource", "Paper", "Process"]

"""Typed errors. Each message says what went wrong, where, and what to do.

The CLI turns any TacitusError into a one-line message and a non-zero exit code;
library callers can catch the specific class.
"""


class TacitusError(Exception):
    """Base class of every error Tacitus raises on purpose."""

    exit_code = 1


class InputError(TacitusError):
    """An input file or record cannot be read (whole input unusable)."""

    exit_code = 2


class RecordError(TacitusError):
    """One record of an otherwise readable input is bad; it is skipped and counted."""


class DataFileError(TacitusError):
    """A bundled or user-supplied data table (lexicon, dictionary) is malformed."""

    exit_code = 3

    def __init__(self, path, line, problem):
        self.path, self.line, self.problem = str(path), line, problem
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


class ModelError(TacitusError):
    """The spaCy model cannot be loaded."""

    exit_code = 4


class StoreError(TacitusError):
    """The database cannot be opened, written or queried."""

    exit_code = 5


class ConfigError(TacitusError):
    """A setting has an invalid value."""

    exit_code = 2


class OutputError(TacitusError):
    """An output file or folder cannot be written."""

    exit_code = 6


class SourceError(TacitusError):
    """A watched source (feed, page, folder) cannot be fetched or read safely."""

    exit_code = 7


class BusyError(StoreError):
    """The database is held by another process (an ingest) and no snapshot can be served yet."""


class QueryTimeoutError(StoreError):
    """A query ran longer than the configured time cap and was interrupted."""

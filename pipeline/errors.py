"""The errors a job raises for its user, importable without Beam (the quick commands raise and catch them too)."""
from __future__ import annotations

__all__ = ["JobError", "JobFailed"]


class JobError(RuntimeError):
    """A job that cannot start; the message is for the user."""


class JobFailed(JobError):
    """A job that started and did not finish."""

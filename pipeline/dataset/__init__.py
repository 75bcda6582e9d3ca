"""The output dataset's lifecycle: staging, commit, lock, records, ingest, schedule."""

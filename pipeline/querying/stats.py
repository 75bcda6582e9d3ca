"""`newsbeam stats`: a few standard questions about a dataset, each one SQL query over the views."""
from __future__ import annotations

import duckdb
import pyarrow as pa

from newsbeam.pipeline.querying.query import query

__all__ = ["STATS_QUERIES", "collect_stats"]

# Section title -> SQL. Plain SQL on purpose: each one is also an example of querying the views.
STATS_QUERIES: dict[str, str] = {
    "Totals": """
        SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM paragraphs) AS paragraphs,
               (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM dates) AS dates,
               (SELECT count(*) FROM errors) AS errors,
               (SELECT count(DISTINCT run_id)
                FROM (SELECT run_id FROM articles_all UNION ALL SELECT run_id FROM errors_all)) AS runs""",
    "Articles by language": """
        SELECT language, count(*) AS articles, round(100 * count(*) / sum(count(*)) OVER (), 1) AS pct
        FROM articles GROUP BY language ORDER BY articles DESC, language""",
    "Articles by month (published_at)": """
        SELECT coalesce(strftime(published_at, '%Y-%m'), 'unknown') AS month, count(*) AS articles
        FROM articles GROUP BY month ORDER BY month""",
    "Top speakers": """
        SELECT speaker_name, count(*) AS quotes, count(DISTINCT article_id) AS articles
        FROM quotes WHERE speaker_name IS NOT NULL
        GROUP BY speaker_name ORDER BY quotes DESC, speaker_name LIMIT 10""",
    "Quotes and dates per article": """
        SELECT round(avg(n_quotes), 2) AS avg_quotes, max(n_quotes) AS max_quotes,
               round(100 * avg((n_quotes > 0)::int), 1) AS pct_with_quotes,
               round(avg(n_dates), 2) AS avg_dates, max(n_dates) AS max_dates
        FROM articles""",
    "Errors by type": """
        SELECT stage, error_type, count(*) AS errors, count(DISTINCT source_uri) AS files
        FROM errors GROUP BY stage, error_type ORDER BY errors DESC, stage, error_type""",
}


def collect_stats(con: duckdb.DuckDBPyConnection) -> dict[str, pa.Table]:
    """Every section of STATS_QUERIES, answered on a connection from `newsbeam.pipeline.querying.query.connect`."""
    return {title: query(con, sql) for title, sql in STATS_QUERIES.items()}

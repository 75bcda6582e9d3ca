"""Reading a dataset: SQL views, statistics, the HTML report."""

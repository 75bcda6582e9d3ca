"""The Beam graph, the runners and their workers: one run of the job."""

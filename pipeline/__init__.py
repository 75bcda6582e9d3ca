"""newsbeam.pipeline: the application around the stages of `newsbeam.transforms`.

run/ (the Beam graph, runners, workers), dataset/ (an output dataset's lifecycle), querying/ (SQL,
stats, the report), cli/ (the `newsbeam` command); config and errors are shared by all four.
"""

"""Spanish: the language profile (one module per stage, each defining `PROFILE`)."""

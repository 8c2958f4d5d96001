"""Callback requests: the citizen's form and the counsellor's attempts."""

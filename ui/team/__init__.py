"""The team view of a supervisor, and how the team's contacts are routed."""

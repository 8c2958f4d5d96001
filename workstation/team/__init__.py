"""The team: presence, skills and how its contacts are routed."""

"""Who and where: municipalities, teams, guidance points and users."""

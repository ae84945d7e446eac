"""Models for the labs: the seeds' networks and a configurable MLP, in a registry."""

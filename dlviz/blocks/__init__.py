"""Building blocks lab: module anatomy, a Sequential builder, layers, activations and losses."""

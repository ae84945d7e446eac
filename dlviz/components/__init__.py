"""The building blocks every lab names the same way: activations, losses and optimizers (one registry each)."""

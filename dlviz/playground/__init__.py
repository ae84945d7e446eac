"""The Playground: a 2-D dataset, a small network and its decision boundary, trained live."""

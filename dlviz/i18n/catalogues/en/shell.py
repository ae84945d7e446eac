"""Strings of the app shell: navigation, home page, sidebar, limits and common labels — English."""

STRINGS = {
    "nav.start": "Start",
    "nav.labs": "Labs",
    "home.nav": "Home",
    "home.title": "dlviz — see what PyTorch does",
    "home.intro": (
        "Tutorials print tensors, gradients and losses; here you **see** them. Every lab is a "
        "live experiment: move a slider and the tensor, the graph or the training curve changes, "
        "with the plain PyTorch code that reproduces what is on screen."
    ),
    "home.path_title": "A suggested path",
    "home.footer": "Language, device and random seed are in the sidebar and apply to every lab.",
    "lab.tensors.title": "Tensor Lab",
    "lab.tensors.summary": (
        "Create tensors and watch indexing, joining, arithmetic, broadcasting, reshaping and "
        "in-place operations act on them — with shapes, strides and shared memory always visible."
    ),
    "lab.autograd.title": "Autograd Lab",
    "lab.autograd.summary": (
        "Type a computation, see the graph autograd records for it (a directed acyclic graph), and walk the backward pass node by node, "
        "with every gradient checked against finite differences."
    ),
    "lab.graphs.title": "Dynamic vs static graphs",
    "lab.graphs.summary": (
        "The same control flow in eager mode, torch.jit.script, torch.jit.trace and torch.export, "
        "side by side — and honest timings of what compiling buys."
    ),
    "lab.blocks.title": "Building blocks",
    "lab.blocks.summary": (
        "nn.Module anatomy, layers, activations and losses on real data: what each layer does to "
        "an image, with shapes and numbers."
    ),
    "lab.data.title": "Data lab",
    "lab.data.summary": (
        "Dataset, DataLoader and transforms you can see: batches, shuffling and normalization on real images."
    ),
    "lab.optimizers.title": "Optimizer arena",
    "lab.optimizers.summary": (
        "SGD, momentum, Adam and RMSprop racing on loss surfaces, and how learning-rate schedules "
        "shape the rate."
    ),
    "lab.training.title": "Training Lab",
    "lab.training.summary": (
        "Pick a dataset and a model, press Train and watch live loss and accuracy curves on GPU or "
        "CPU; then look inside the result."
    ),
    "lab.playground.title": "Playground",
    "lab.playground.summary": (
        "The TensorFlow Playground experience in PyTorch: a 2-D dataset, a small network and the "
        "decision boundary changing live as it trains."
    ),
    "sidebar.language": "Language",
    "sidebar.device": "Device",
    "sidebar.device_auto": "auto (CUDA → MPS → CPU)",
    "sidebar.device_in_use": "In use: {name}",
    "sidebar.cpu_only": "No CUDA GPU on this machine: everything runs on the CPU.",
    "sidebar.seed": "Random seed",
    "common.show_code": "Show the PyTorch code",
    "common.coming_soon": "This lab is being built. It will appear here soon.",
    "limits.exceeded": "{what} is {requested}, above this server's cap of {cap}. Choose a smaller value.",
    "limits.max_tensor_elements": "The number of tensor elements",
    "limits.max_tensor_dims": "The number of dimensions",
    "limits.max_heatmap_cells": "The number of heatmap cells",
    "limits.max_text_input_chars": "The length of the text",
    "limits.max_exponent": "The exponent",
    "limits.max_graph_nodes": "The number of graph nodes",
    "limits.max_samples": "The number of samples",
    "limits.max_toy_samples": "The number of generated points",
    "limits.max_epochs": "The number of epochs",
    "limits.max_playground_epochs": "The number of playground epochs",
    "limits.max_train_seconds": "The training time in seconds",
    "limits.max_layer_width": "The layer width",
    "limits.max_depth": "The number of layers",
    "limits.max_batch_size": "The batch size",
    "limits.max_optimizer_steps": "The number of optimizer steps",
    "limits.max_loop_iterations": "The number of loop iterations",
    "limits.max_image_side": "The image side in pixels",
    "tutorials.heading": "The tutorials behind the labs",
    "tutorials.intro": (
        "The labs run, check and sometimes correct the examples of four PyTorch tutorials (written in "
        "Chinese). Every lab names them like this:"
    ),
    "tutorials.used_in": "Used in: {labs}.",
    "tutorials.lab_separator": ", ",
    "tutorials.quickstart.title": "PyTorch Quickstart",
    "tutorials.quickstart.summary": (
        "Tensors, datasets and data loaders, transforms, and a network that classifies FashionMNIST."
    ),
    "tutorials.kitchen.title": "Deep Learning in the Kitchen",
    "tutorials.kitchen.summary": (
        "Deep-learning basics told as cooking: tensors, layers, activations, losses, optimizers, the "
        "SimpleNN network and the DigitRecognizer CNN on MNIST."
    ),
    "tutorials.graphs.title": "Autograd and Computational Graphs",
    "tutorials.graphs.summary": (
        "How autograd records a directed acyclic graph, a custom autograd Function, dynamic versus static "
        "graphs, and a two-layer network trained by hand."
    ),
    "tutorials.byhand.title": "PyTorch by Hand",
    "tutorials.byhand.summary": (
        "Basic tensor operations, gradients by hand, weight updates written out and then handed to an "
        "optimizer, the MyModel module, and the GPU."
    ),
}

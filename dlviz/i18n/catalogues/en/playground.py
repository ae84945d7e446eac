"""Texts of the Playground lab — English."""

STRINGS = {
    "playground.intro": (
        "Pick a dataset and a network, press **Play**, and watch the decision boundary form. "
        "Every change starts a fresh network; the address bar always holds a link to this exact experiment."
    ),
    "playground.play": "▶ Play",
    "playground.pause": "⏸ Pause",
    "playground.step": "⏭ Step",
    "playground.reset": "↺ Reset",
    "playground.step_size": "Epochs per step",
    "playground.data": "Data",
    "playground.dataset": "Dataset",
    "playground.opt.dataset.spiral": "Spiral",
    "playground.opt.dataset.moons": "Moons",
    "playground.opt.dataset.circles": "Circles",
    "playground.opt.dataset.xor": "XOR",
    "playground.opt.dataset.gaussian": "Gaussian blobs",
    "playground.opt.dataset.plane": "Plane (regression)",
    "playground.classes": "Classes",
    "playground.classes_help": "Only spiral and Gaussian blobs take more than two classes.",
    "playground.noise": "Noise",
    "playground.train_percent": "Training data (%)",
    "playground.samples": "Points",
    "playground.features": "Input features",
    "playground.features_help": "Each ticked feature is one input neuron, computed from the point's coordinates.",
    "playground.network": "Network",
    "playground.hidden_layers": "Hidden layers",
    "playground.neurons_in_layer": "Layer {n}",
    "playground.neurons_help": "Neurons in this hidden layer",
    "playground.activation": "Activation",
    "playground.opt.activation.relu": "ReLU",
    "playground.opt.activation.tanh": "Tanh",
    "playground.opt.activation.sigmoid": "Sigmoid",
    "playground.opt.activation.leaky_relu": "LeakyReLU (0.1)",
    "playground.opt.activation.gelu": "GELU",
    "playground.optimizer": "Optimizer",
    "playground.opt.optimizer.sgd": "SGD",
    "playground.opt.optimizer.momentum": "SGD + momentum 0.9",
    "playground.opt.optimizer.adam": "Adam",
    "playground.opt.optimizer.rmsprop": "RMSprop",
    "playground.opt.optimizer.adamw": "AdamW",
    "playground.learning_rate": "Learning rate",
    "playground.regularization": "Regularization",
    "playground.opt.reg.none": "None",
    "playground.opt.reg.l1": "L1",
    "playground.opt.reg.l2": "L2",
    "playground.reg_rate": "Regularization rate",
    "playground.reg_rate_help": "Multiplies the L1 or L2 penalty; no effect while regularization is None.",
    "playground.batch_size": "Batch size",
    "playground.batch_full": "full batch",
    "playground.dropout": "Dropout",
    "playground.epoch": "Epoch",
    "playground.train_loss": "Train loss",
    "playground.test_loss": "Test loss",
    "playground.test_accuracy": "Test accuracy",
    "playground.show_test": "Show test points",
    "playground.output": "Output",
    "playground.boundary_caption_2": (
        "Background: p(blue) − p(orange) at each point of the plane. Points with a white rim are "
        "training data, black rim test data."
    ),
    "playground.boundary_caption_k": (
        "Background: the predicted class at each point, paler where the network is less sure. "
        "White rim: training data; black rim: test data."
    ),
    "playground.boundary_caption_regression": "Background: the network's predicted value (orange −1 … blue +1); points are coloured by their target.",
    "playground.legend_train": "train",
    "playground.legend_test": "test",
    "playground.diagram": "The network, neuron by neuron",
    "playground.diagram_caption": (
        "Each square is one neuron: its output over the input plane (orange negative, blue positive). "
        "Lines are weights: blue positive, orange negative, thicker is larger. Hover a line for its value."
    ),
    "playground.column_inputs": "inputs",
    "playground.column_layer": "layer {n} ({width})",
    "playground.column_output": "output",
    "playground.neuron_name": "layer {layer}, neuron {index}",
    "playground.input_name": "input {name}",
    "playground.output_name": "output {index}",
    "playground.enlarge": "Enlarge a neuron",
    "playground.enlarge_none": "(none)",
    "playground.loss_axis": "loss",
    "playground.epoch_axis": "epoch",
    "playground.grad_title": "Gradient norm per layer",
    "playground.grad_caption": (
        "The L2 norm of each Linear layer's gradient (weights and bias), measured on every epoch the "
        "picture shows while playing and on the last epoch of each step. Vanishing gradients show as early "
        "layers far below the last one."
    ),
    "playground.grad_layer": "Linear {n}",
    "playground.grad_norm_axis": "‖gradient‖",
    "playground.grad_empty": "Train for a few epochs to see the gradient norms.",
    "playground.url_rejected": "These link parameters were not understood and kept their defaults: {names}",
    "playground.seed_from_url": "Seed {seed} comes from the link; changing the sidebar's seed replaces it.",
    "playground.at_cap": "Training stopped at {cap} epochs, the cap on this server. Press Reset to start again.",
    "playground.err.no_features": "Tick at least one input feature: the network needs an input.",
    "playground.details_when_paused": "The gradient norms and the code of this run appear here when it is paused.",
    "playground.code_note": (
        "This script trains the network on screen for the epochs done so far and prints the "
        "same losses as above. It uses the app's data generator (pasted in) and the same seeds."
    ),
    "playground.waiting": (
        "Waiting for a free place on this shared server: you are number {place} in line ({running} "
        "training now), about {seconds} s to wait. Pause leaves the line."
    ),
    "playground.step_budget": (
        "Step stopped at this server's limit of {seconds} s per step: {ran} of {asked} epochs ran. "
        "Press Step again to go on, or choose fewer epochs per step or a smaller network."
    ),
    "playground.play_budget": (
        "Play stopped after {seconds} s of training, this shared server's limit per press of Play. "
        "Press Play to go on."
    ),
    "limits.max_playground_step_seconds": "The seconds of training per playground step",
    "limits.max_playground_play_seconds": "The seconds of training per press of Play",
    "limits.max_playground_turn_seconds": "The seconds a player keeps a shared place while others wait",
}

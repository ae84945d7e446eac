"""Strings of the Training Lab's presets and of its hint when a run diverges or is stuck — English."""

STRINGS = {
    "presets.picker": "Start from a tutorial's setup",
    "presets.placeholder": "Choose a preset…",
    "presets.picker_help": (
        "Sets every setting below to a tutorial's own choices: its data, model, loss, optimizer, learning "
        "rate, batch size and epochs. The tutorials train on all 60,000 images; these presets take a "
        "subset so that a run takes seconds."
    ),
    "presets.name.spiral": "Lab default: spiral · MLP · Adam 0.03",
    "presets.name.simple_nn": "{tutorial_kitchen}: SimpleNN (784→128→10) on MNIST · Adam 0.001",
    "presets.name.neural_network": "{tutorial_quickstart}: NeuralNetwork on FashionMNIST · SGD 0.001",
    "presets.name.digit_recognizer": "{tutorial_kitchen}: DigitRecognizer CNN on MNIST · Adam 0.001",
    "presets.matches": "These are the settings of the preset “{name}”.",
    "presets.rejected": "This server's limits do not allow some of the preset's values; these settings kept theirs: {names}",
    "presets.known_bad": (
        "{model} is known not to train with {optimizer} at learning rate {lr}: above {limit} its loss "
        "jumps in the first steps and validation accuracy stays at chance level. Its tutorial uses "
        "learning rate {recipe_lr}."
    ),
    "presets.fix.use_recipe": "Use the training settings of “{preset}”",
    "presets.fix.lower_lr": "Lower the learning rate to {lr}",
    "presets.fix.raise_lr": "Raise the learning rate to {lr}",
    "presets.fix.applied": "The settings are changed: press **Train** to try them.",
    "presets.hint.diverging": "**This run diverged.**",
    "presets.hint.stuck": "**This run is stuck.**",
    "presets.hint.cause.not_finite": "The loss became NaN or infinite: the updates grew without bound.",
    "presets.hint.cause.rising": "The loss rose from {start} at the first step to {last} in the last epoch.",
    "presets.hint.cause.spike": (
        "The loss jumped from {start} to {peak} at step {step} and the network never recovered "
        "(last epoch: {last})."
    ),
    "presets.hint.cause.chance": "After {epochs} epochs the network is still guessing.",
    "presets.hint.cause.flat": "The loss did not go down: from {start} at the first step to {last} after {epochs} epochs.",
    "presets.hint.accuracy": "Validation accuracy is {accuracy}; guessing gets {chance}.",
    "presets.hint.lr.lower": "The learning rate ({lr}) is most likely too high: each step overshoots the minimum.",
    "presets.hint.lr.raise": "The learning rate ({lr}) may be too low to get anywhere in this many epochs.",
    "presets.hint.lr.other": "Try more epochs, a wider model or another activation.",
}

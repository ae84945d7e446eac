"""Strings of the shared data setting: the data folder, the image datasets it holds, downloads — English."""

STRINGS = {
    "images.folder": "Data folder",
    "images.folder_help": (
        "The folder every lab reads MNIST and FashionMNIST from, in torchvision's layout "
        "(MNIST/raw/…, FashionMNIST/raw/…)."
    ),
    "images.folder_hosted": "Images are read from this server's data folder (set by whoever runs the server).",
    "images.state": "{name}: {state}",
    "images.found.True": "found",
    "images.found.False": "not found here",
    "images.name.mnist": "MNIST (handwritten digits)",
    "images.name.fashion_mnist": "FashionMNIST (clothing)",
    "images.dataset": "Images",
    "images.missing": (
        "{name} is not in the data folder ({folder}). Download it there (about 30 MB, needs the network), "
        "or set the data folder in the sidebar."
    ),
    "images.download": "Download {name}",
    "images.downloading": "Downloading…",
    "images.fallback": (
        "{name} is not in the data folder, so these images are scikit-learn's 8×8 digits scaled up to 28×28."
    ),
    "images.source.mnist": "Images: real MNIST test digits.",
    "images.source.fashion_mnist": "Images: real FashionMNIST test images (clothing, 10 classes).",
    "images.source.digits": "Images: scikit-learn's 8×8 digits scaled up to 28×28.",
}

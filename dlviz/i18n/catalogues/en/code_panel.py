"""Strings of the code panels: their downloads and the notebooks built from them — English."""

STRINGS = {
    "code_panel.note": (
        "Plain PyTorch that runs on its own: copy it with the button at the top right of the code, "
        "or download it as a script or as a notebook for Jupyter or Google Colab."
    ),
    "code_panel.download_py": "Download .py",
    "code_panel.download_ipynb": "Download notebook (.ipynb)",
    "code_panel.notebook_title": (
        "# {name}\n\nPlain PyTorch code from dlviz that reproduces the numbers the page showed. "
        "Run the cells in order; it needs torch, torchvision, numpy and scikit-learn."
    ),
}

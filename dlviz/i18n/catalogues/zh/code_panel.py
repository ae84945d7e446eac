"""Strings of the code panels: their downloads and the notebooks built from them — 简体中文."""

STRINGS = {
    "code_panel.note": (
        "这是可以独立运行的纯 PyTorch 代码：点击代码右上角的按钮复制，"
        "或下载为 Python 脚本，或下载为可在 Jupyter、Google Colab 中打开的笔记本。"
    ),
    "code_panel.download_py": "下载 .py 脚本",
    "code_panel.download_ipynb": "下载笔记本（.ipynb）",
    "code_panel.notebook_title": (
        "# {name}\n\n这段来自 dlviz 的纯 PyTorch 代码可以复现页面上显示的数值。"
        "请按顺序运行各个单元格；需要安装 torch、torchvision、numpy 和 scikit-learn。"
    ),
}

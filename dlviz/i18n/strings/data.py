"""Strings of the Data lab: Dataset, DataLoader, transforms and the dataset gallery."""

STRINGS = {
    "data.err.unknown_dataset": {
        "en": "Unknown dataset “{name}”. Choose MNIST or FashionMNIST.",
        "zh": "未知的数据集“{name}”。请选择 MNIST 或 FashionMNIST。",
    },
    "data.err.missing": {
        "en": "The {name} files are not in the data folder `{folder}`. Put torchvision's raw files "
        "there (or set DLVIZ_DATA_DIR), or press the download button when this server is online.",
        "zh": "数据文件夹 `{folder}` 中没有 {name} 的文件。请把 torchvision 的原始文件放到那里"
        "（或设置 DLVIZ_DATA_DIR），或在服务器联网时点击下载按钮。",
    },
    "data.err.download_failed": {
        "en": "Could not download {name} into `{folder}`: this server seems to be offline or the "
        "mirrors are unreachable ({reason}). The offline datasets (digits, toys, FakeData) still work.",
        "zh": "无法把 {name} 下载到 `{folder}`：服务器似乎没有联网，或无法访问镜像（{reason}）。"
        "离线数据集（digits、玩具数据、FakeData）仍然可用。",
    },
}

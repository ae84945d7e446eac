"""Strings of the shared data setting: the data folder, the image datasets it holds, downloads — 简体中文."""

STRINGS = {
    "images.folder": "数据文件夹",
    "images.folder_help": "各个实验室读取 MNIST 和 FashionMNIST 的文件夹，按 torchvision 的目录结构存放（MNIST/raw/…、FashionMNIST/raw/…）。",
    "images.folder_hosted": "图像从本服务器的数据文件夹读取（由服务器的管理者设置）。",
    "images.state": "{name}：{state}",
    "images.found.True": "已找到",
    "images.found.False": "此处未找到",
    "images.name.mnist": "MNIST（手写数字）",
    "images.name.fashion_mnist": "FashionMNIST（服饰）",
    "images.dataset": "图像",
    "images.missing": "数据文件夹（{folder}）中没有 {name}。可以把它下载到那里（约 30 MB，需要联网），或在侧边栏中设置数据文件夹。",
    "images.download": "下载 {name}",
    "images.downloading": "正在下载……",
    "images.fallback": "数据文件夹中没有 {name}，因此这里的图像是 scikit-learn 的 8×8 手写数字，放大到了 28×28。",
    "images.source.mnist": "图像：真实的 MNIST 测试集手写数字。",
    "images.source.fashion_mnist": "图像：真实的 FashionMNIST 测试集图像（服饰，共 10 类）。",
    "images.source.digits": "图像：scikit-learn 的 8×8 手写数字，放大到 28×28。",
}

"""The exported script runs on its own and reproduces the run's final training loss."""

import ast
import os
import subprocess
import sys

import pytest

from dlviz.models.registry import ModelSpec
from dlviz.training.components import OptimizerSpec
from dlviz.training.datasets import DataSpec
from dlviz.training.experiment import ExperimentConfig, build_experiment
from dlviz.training.export import export_script

CONFIGS = {
    "spiral_sgd_nesterov_step": ExperimentConfig(
        data=DataSpec("spiral", samples=200, classes=3),
        model=ModelSpec(depth=2, width=8, dropout=0.2, batch_norm=True, activation="tanh"),
        optimizer=OptimizerSpec("sgd", lr=0.1, momentum=0.9, nesterov=True, scheduler="step", step_size=1),
        epochs=3,
        batch_size=16,
        seed=4,
    ),
    "curve_mse_plateau": ExperimentConfig(
        data=DataSpec("curve", samples=150),
        loss="mse",
        optimizer=OptimizerSpec("rmsprop", lr=0.01, scheduler="plateau"),
        epochs=3,
        batch_size=32,
    ),
    "digits_cnn_nll_cosine": ExperimentConfig(
        data=DataSpec("digits", samples=200),
        model=ModelSpec("digit_recognizer"),
        loss="nll",
        optimizer=OptimizerSpec("adamw", lr=0.001, scheduler="cosine"),
        epochs=1,
        batch_size=64,
        shuffle=False,
    ),
}


def final_loss_of_script(code: str, cwd) -> float:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=cwd, env=env
    )
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("final train loss ")
    return float(last.split()[-1])


def engine_final_loss(config: ExperimentConfig) -> tuple[float, str]:
    experiment = build_experiment(config)
    experiment.trainer.fit(config.epochs)
    code = export_script(config, experiment.data.input_shape, experiment.data.outputs)
    return experiment.trainer.history[-1].train_loss, code


@pytest.mark.parametrize("name", list(CONFIGS))
def test_exported_script_reproduces_the_final_loss(name, tmp_path):
    expected, code = engine_final_loss(CONFIGS[name])
    assert final_loss_of_script(code, tmp_path) == pytest.approx(expected, rel=1e-6, abs=1e-7)


def test_exported_script_reproduces_mnist_with_torchvision(mnist_root, tmp_path):
    config = ExperimentConfig(
        data=DataSpec("mnist", samples=400, root=str(mnist_root)),
        model=ModelSpec("simple_nn", width=32),
        epochs=2,
        batch_size=64,
    )
    expected, code = engine_final_loss(config)
    assert "datasets.MNIST(" in code and "transforms.Normalize((0.1307,), (0.3081,))" in code
    assert final_loss_of_script(code, tmp_path) == pytest.approx(expected, rel=1e-6)


def test_exported_script_is_plain_python_importing_only_public_libraries():
    _, code = engine_final_loss(CONFIGS["curve_mse_plateau"])
    modules = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module.split(".")[0])
    assert modules <= {"math", "numpy", "torch", "torchvision", "sklearn", "PIL"}

"""A finished run's model, rebuilt in the server from the weights its worker sent back, for the analysis."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import torch
from torch import nn

from dlviz.components.losses import NEEDS_LOG_SOFTMAX, build_loss
from dlviz.models.registry import build_model
from dlviz.training.checkpoint import check_matches
from dlviz.training.datasets import PreparedData
from dlviz.training.engine import evaluate_model, tensor_batches
from dlviz.training.experiment import ExperimentConfig


def model_from_state(
    config: ExperimentConfig, input_shape: tuple[int, ...], outputs: int, state: dict[str, torch.Tensor]
) -> nn.Module:
    """Return config's model holding state's weights, built on the meta device (no random draws, no init)."""
    with torch.device("meta"):
        model = build_model(config.model, input_shape, outputs, log_softmax=config.loss in NEEDS_LOG_SOFTMAX)
    check_matches(state, model)
    model.load_state_dict(state, assign=True)
    if any(t.is_meta for t in chain(model.parameters(), model.buffers())):
        raise ValueError("the state did not fill every parameter and buffer")
    return model.eval()


@dataclass
class TrainedModel:
    """A run's settings, data and trained model (on the CPU), and the device it trained on."""

    config: ExperimentConfig
    data: PreparedData
    model: nn.Module
    device: str
    known_outputs: torch.Tensor | None = None  # the worker's validation outputs of these weights

    @classmethod
    def from_state(
        cls,
        config: ExperimentConfig,
        data: PreparedData,
        state: dict[str, torch.Tensor],
        device: str,
        outputs: torch.Tensor | None = None,
    ) -> TrainedModel:
        """Return the trained model rebuilt from a state_dict (with its validation outputs, when known)."""
        model = model_from_state(config, data.input_shape, data.outputs, state)
        return cls(config, data, model, device, outputs)

    def load_state(self, state: dict[str, torch.Tensor]) -> None:
        """Replace the weights with a checked state_dict of the same model."""
        self.model = model_from_state(self.config, self.data.input_shape, self.data.outputs, state)
        self.known_outputs = None

    def validation_outputs(self) -> torch.Tensor:
        """Return the model's outputs on the validation samples: the worker's, else computed here in chunks."""
        if self.known_outputs is not None:
            return self.known_outputs
        self.model.eval()
        with torch.no_grad():
            chunks = [self.model(x) for x, _ in tensor_batches(self._validation(), self._transform())]
        return torch.cat(chunks) if chunks else torch.empty(0)

    def evaluate(self) -> tuple[float, dict[str, float]]:
        """Return the validation loss and metrics of the current weights."""
        loss_fn = build_loss(self.config.loss)
        return evaluate_model(self.model, loss_fn, tensor_batches(self._validation(), self._transform()))

    def _validation(self) -> tuple[torch.Tensor, torch.Tensor]:
        return self.data.val_x, self.data.val_y

    def _transform(self):
        return self.data.inputs if self.data.needs_transform else None

"""Eager vs static, summed up: TensorFlow 1.x graphs and sessions beside PyTorch eager, torch.jit.script and torch.export."""

from __future__ import annotations

STYLES = ("tf1", "eager", "script", "export")
ASPECTS = ("built", "control_flow", "debugging", "deployment")
RUNNABLE = ("eager", "script", "export")  # the TensorFlow 1.x code is shown as text only, never run

# One small computation in each style: tutorial 002's dynamic_model, y = x * 2 if x.sum() > threshold else x / 2.
CODE = {
    "tf1": """\
# TensorFlow 1.x code (shown as text, not run; dlviz has no TensorFlow)
import tensorflow as tf

x = tf.placeholder(tf.float32, shape=[3])      # 1. define the graph: nothing is computed yet
threshold = tf.placeholder(tf.float32, shape=[])
y = tf.cond(tf.reduce_sum(x) > threshold,       # a Python `if` would run once, while building;
            lambda: x * 2, lambda: x / 2)       # the branch must be a graph op, tf.cond
grad = tf.gradients(tf.reduce_sum(y), x)[0]    # the backward graph is built ahead too

with tf.Session() as session:                   # 2. run the graph, feeding the placeholders
    y_value, grad_value = session.run([y, grad], feed_dict={x: [1.0, 2.0, 3.0], threshold: 5.0})
print(y_value, grad_value)                      # [2. 4. 6.] [2. 2. 2.]
""",
    "eager": """\
import torch


def dynamic_model(x, threshold):
    if x.sum() > threshold:  # plain Python: the graph is recorded while this line runs
        return x * 2
    return x / 2


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = dynamic_model(x, 5.0)
y.sum().backward()
print(y, x.grad)  # tensor([2., 4., 6.]) tensor([2., 2., 2.])
""",
    "script": """\
import torch


@torch.jit.script  # compiles the Python source, `if` included, into one static TorchScript graph
def dynamic_model(x, threshold: float):
    if bool(x.sum() > threshold):
        return x * 2
    return x / 2


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = dynamic_model(x, 5.0)
y.sum().backward()
print(y, x.grad)  # tensor([2., 4., 6.]) tensor([2., 2., 2.])
print(dynamic_model.graph)  # prim::If holds both branches
""",
    "export": """\
import torch


class DynamicModel(torch.nn.Module):
    def forward(self, x, threshold):
        # torch.export traces one path: a data-dependent `if` must become torch.cond
        return torch.cond(x.sum() > threshold, lambda x: x * 2, lambda x: x / 2, (x,))


x = torch.tensor([1.0, 2.0, 3.0])
program = torch.export.export(DynamicModel(), (x, torch.tensor(5.0)))  # a whole-graph, ahead-of-time program
y = program.module()(x, torch.tensor(5.0))
print(y)  # tensor([2., 4., 6.])
print(program.graph_module.code)  # the captured graph, both branches as subgraphs
""",
}

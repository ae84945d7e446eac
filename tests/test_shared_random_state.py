"""No page draws from torch's process-wide generator in the server: seeded work runs in dlviz.rng.seeded
(which restores the state) or in a worker process, so one visitor can never shift another's numbers."""

import pytest
import torch

from tests.conftest import open_page

PAGES = [
    "pages/home.py",
    "pages/tensor_lab.py",
    "pages/autograd_lab.py",
    "pages/graphs_lab.py",
    "pages/building_blocks.py",
    "pages/data_lab.py",
    "pages/optimizer_arena.py",
    "pages/training_lab.py",
    "pages/playground.py",
]


def section_radios(at):
    return [radio for radio in at.radio if radio.key and radio.key.endswith("_section")]


@pytest.mark.parametrize("page", PAGES)
def test_every_section_of_a_page_leaves_the_global_generator_untouched(page):
    before = torch.default_generator.get_state()
    at = open_page(page)
    assert not at.exception
    for radio in section_radios(at):
        for option in radio.options:
            at.radio(key=radio.key).set_value(option).run()
            assert not at.exception, option
            assert torch.equal(before, torch.default_generator.get_state()), f"{page}: {option}"
    assert torch.equal(before, torch.default_generator.get_state()), page

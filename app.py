"""dlviz entry point: draw the frame (page config, navigation, shared sidebar), then the page."""

from dlviz.ui.frame import draw_frame
from dlviz.ui.heap import freeze_imported

draw_frame().run()
freeze_imported()  # the page's first run in this process imported its modules: out of the collector's way

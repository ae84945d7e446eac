"""dlviz entry point: draw the frame (page config, navigation, shared sidebar), then the page."""

from dlviz.ui.frame import draw_frame

draw_frame().run()

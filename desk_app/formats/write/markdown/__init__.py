"""Write the Markdown form of an inquiry and the readable view of its answer."""

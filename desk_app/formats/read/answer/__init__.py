"""Read the government's answer and match it to the inquiry's questions."""

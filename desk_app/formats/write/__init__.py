"""Writers: a render plan in, the bytes of a file out."""

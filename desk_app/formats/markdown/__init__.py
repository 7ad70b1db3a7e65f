"""The Markdown syntax both directions share: inline runs, blocks, front matter."""

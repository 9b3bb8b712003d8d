"""LibCST edits that carry out a plan. Pure: nodes in, nodes out, no I/O."""

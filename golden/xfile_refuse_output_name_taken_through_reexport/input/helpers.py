"""Re-exports the shared block: train.py imports it from here, not from blocks.py."""

from blocks import block

__all__ = ["block"]

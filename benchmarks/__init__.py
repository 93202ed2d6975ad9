"""The performance suite: each benchmark prints its figures beside a raw floor measured in the same run."""

"""Answers computed from the dataset: the scorecard (guidelines met), burden sharing, revisions
between editions, NATO beside SIPRI, projections and trajectories, and the ReArm Europe arithmetic.

Each module reads the dataset through `milex.dataset` and the reference data through
`milex.reference`; none of them reads another interface (CLI or web).
"""

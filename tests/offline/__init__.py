"""Tests that stage a real offline bundle from the registries (cached between runs)."""

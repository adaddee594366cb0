"""The pure core: no Qt import may appear anywhere below this package."""

"""create-refine-app: scaffold server-side-rendered refine + Next.js admin apps, offline."""

__version__ = "0.1.0"

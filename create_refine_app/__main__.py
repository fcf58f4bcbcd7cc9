"""Allows ``python -m create_refine_app``, the same entry point as the console script."""

from create_refine_app.cli import main

if __name__ == "__main__":
    main()

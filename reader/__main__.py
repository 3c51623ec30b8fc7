"""``python -m reader`` runs the ``newsroom`` command."""

from reader.cli import main

if __name__ == "__main__":
    main()

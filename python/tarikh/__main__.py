"""`tarikh` on the command line, from the wheel: runs the program installed
inside the package (tarikh/bin/tarikh, which finds tarikh/data/ beside it)."""
import os
import sys

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bin", "tarikh")


def main():
    if not os.access(PROGRAM, os.X_OK):
        sys.exit(f"tarikh: {PROGRAM}: the program is not installed with this package")
    os.execv(PROGRAM, [PROGRAM] + sys.argv[1:])


if __name__ == "__main__":
    main()

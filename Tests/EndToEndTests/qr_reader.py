"""Reads a QR code off a captured terminal screen: the half blocks (█ ▀ ▄ and
space) turned back into modules, written as a PBM image, decoded by zbarimg."""
import subprocess
import tempfile

BLOCKS = {"█": (1, 1), "▀": (1, 0), "▄": (0, 1)}


def modules(screen, columns):
    """Module rows from the first `columns` columns of every screen line."""
    rows = []
    for line in screen.splitlines():
        cells = line[:columns].ljust(columns)
        rows.append([BLOCKS.get(c, (0, 0))[0] for c in cells])
        rows.append([BLOCKS.get(c, (0, 0))[1] for c in cells])
    return rows


def decode(screen, columns=46, scale=6):
    grid = modules(screen, columns)
    width, height = len(grid[0]) * scale, len(grid) * scale
    lines = [f"P1\n{width} {height}"]
    for row in grid:
        line = " ".join(str(bit) for bit in row for _ in range(scale))
        lines.extend([line] * scale)
    with tempfile.NamedTemporaryFile("w", suffix=".pbm", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    result = subprocess.run(["zbarimg", "--raw", "-q", path], capture_output=True, text=True)
    return result.stdout.strip()

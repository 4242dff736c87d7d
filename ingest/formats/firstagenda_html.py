"""(stub)"""
from pathlib import Path

NAME = "firstagenda_html"
def sniff(raw: bytes, path: Path) -> bool:
    return False
def parse(raw, path, municipality=None):
    return []

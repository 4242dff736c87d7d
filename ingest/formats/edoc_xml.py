"""(stub)"""
from pathlib import Path

NAME = "edoc_xml"
def sniff(raw: bytes, path: Path) -> bool:
    return False
def parse(raw, path, municipality=None):
    return []

"""(stub)"""
from pathlib import Path

NAME = "acadre_xml"
def sniff(raw: bytes, path: Path) -> bool:
    return False
def parse(raw, path, municipality=None):
    return []

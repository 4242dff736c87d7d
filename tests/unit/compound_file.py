"""A minimal writer of compound files ([MS-CFB], version 3) for test fixtures: the
Outlook messages (.msg) the tests read are built here, since no tool on this machine
writes them (olefile only reads and overwrites). Streams under 4096 bytes go to the mini
stream as the format requires; each storage's children are a chain of right siblings in
the format's name order (a valid, unbalanced red-black tree)."""

from __future__ import annotations

import struct

_SECTOR, _MINI, _CUTOFF = 512, 64, 4096
_FREE, _END, _FAT_SECT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

# A tree of names: bytes for a stream, a dict for a storage
Tree = dict[str, "bytes | Tree"]


def compound_file(tree: Tree) -> bytes:
    """The compound file holding `tree` (storage and stream names as in the file)."""
    entries: list[dict] = [{"name": "Root Entry", "type": 5, "children": []}]

    def add(node: Tree, parent: int) -> None:
        for name, value in node.items():
            index = len(entries)
            entries.append({"name": name, "type": 1 if isinstance(value, dict) else 2,
                            "children": [], "data": b"" if isinstance(value, dict) else value})
            entries[parent]["children"].append(index)
            if isinstance(value, dict):
                add(value, index)

    add(tree, 0)
    sectors: list[bytes] = []  # regular sectors, in order
    fat: list[int] = []
    mini = bytearray()
    minifat: list[int] = []

    def chain(data: bytes, size: int, table: list[int], out: list[bytes] | bytearray) -> int:
        count = max(1, -(-len(data) // size))
        first = len(table)
        for k in range(count):
            table.append(first + k + 1 if k < count - 1 else _END)
            piece = data[k * size:(k + 1) * size].ljust(size, b"\0")
            if isinstance(out, bytearray):
                out.extend(piece)
            else:
                out.append(piece)
        return first

    for entry in entries[1:]:
        data = entry.get("data", b"")
        if entry["type"] != 2 or not data:
            entry["start"], entry["size"] = _END, 0
        elif len(data) < _CUTOFF:
            entry["start"], entry["size"] = chain(data, _MINI, minifat, mini), len(data)
        else:
            entry["start"], entry["size"] = chain(data, _SECTOR, fat, sectors), len(data)
    root = entries[0]
    root["start"], root["size"] = (chain(bytes(mini), _SECTOR, fat, sectors), len(mini)
                                   ) if mini else (_END, 0)
    minifat_bytes = b"".join(struct.pack("<I", x) for x in minifat)
    minifat_start = chain(minifat_bytes, _SECTOR, fat, sectors) if minifat else _END
    for entry in entries:  # children: a chain of right siblings in the format's order
        kids = sorted(entry["children"], key=lambda i: (len(entries[i]["name"]),
                                                       entries[i]["name"].upper()))
        entry["child"] = kids[0] if kids else _NONE
        for a, b in zip(kids, [*kids[1:], _NONE], strict=False):
            entries[a]["right"] = b
    directory = b"".join(_entry(e) for e in entries)
    directory += b"\0" * (-len(directory) % _SECTOR)
    dir_start = chain(directory, _SECTOR, fat, sectors)
    fat_count = 1
    while len(fat) + fat_count > fat_count * (_SECTOR // 4):
        fat_count += 1
    fat_start = len(fat)
    fat += [_FAT_SECT] * fat_count
    fat += [_FREE] * (fat_count * (_SECTOR // 4) - len(fat))
    fat_bytes = b"".join(struct.pack("<I", x) for x in fat)
    difat = list(range(fat_start, fat_start + fat_count)) + [_FREE] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_count, dir_start, 0, _CUTOFF, minifat_start,
                            -(-len(minifat_bytes) // _SECTOR), _END, 0)
              + b"".join(struct.pack("<I", x) for x in difat))
    return header + b"".join(sectors) + fat_bytes


def _entry(e: dict) -> bytes:
    name = e["name"].encode("utf-16-le") + b"\0\0"
    return (name.ljust(64, b"\0") + struct.pack("<HBB", len(name), e["type"], 1)
            + struct.pack("<III", _NONE, e.get("right", _NONE), e.get("child", _NONE))
            + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
            + struct.pack("<IQ", e["start"], e["size"]))

#!/usr/bin/env python3
"""What each crate costs in a wasm module: code bytes per crate (from the function names
rustc leaves in the `name` section), plus the data segments (tables, strings) as one line.

    cargo build --release --target wasm32-unknown-unknown --bin lede-web
    scripts/wasm_cost.py target/wasm32-unknown-unknown/release/lede-web.wasm

Sizes are of the module before wasm-bindgen and wasm-opt (which shrink everything by about a
third); the shares are what to read. Generic code is charged to the crate that defines it
(a `Vec<regex::…>` method counts as `alloc`).
"""
import re
import sys
from collections import Counter


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        yield sid, data[i:i + size]
        i += size


def imported_functions(body):
    count, i = leb(body, 0)
    funcs = 0
    for _ in range(count):
        for _ in range(2):  # module, field
            n, i = leb(body, i)
            i += n
        kind = body[i]
        i += 1
        if kind == 0:
            _, i = leb(body, i)
            funcs += 1
        elif kind == 1:
            i += 1
            flags, i = leb(body, i)
            _, i = leb(body, i)
            if flags & 1:
                _, i = leb(body, i)
        elif kind == 2:
            flags, i = leb(body, i)
            _, i = leb(body, i)
            if flags & 1:
                _, i = leb(body, i)
        elif kind == 3:
            i += 2
    return funcs


def crate_of(name):
    """The defining crate of a legacy-mangled or plain Rust symbol."""
    v0 = re.match(r"_R\w*?C[sh]\w*?_(\d+)", name)
    if name.startswith("_R") and v0:
        n = int(v0.group(1))
        return name[v0.end():v0.end() + n]
    if "core..fmt..Debug" in name or "core..fmt..Display" in name:
        return "core::fmt (Debug/Display impls)"
    m = re.match(r"_ZN(\d+)", name)
    if m:
        n = int(m.group(1))
        start = m.end()
        crate = name[start:start + n]
    else:
        crate = re.split(r"::|<|\s", name.lstrip("<&*"), maxsplit=1)[0] or name
    crate = crate.split("[")[0]
    if crate.startswith("_$LT$"):
        inner = re.search(r"_\$LT\$(?:\$u5b\$)?(?:[a-z]+\$u20\$)?([A-Za-z_][A-Za-z0-9_]*)", crate)
        crate = inner.group(1) if inner else crate
    return crate


def main():
    data = open(sys.argv[1], "rb").read()
    imports, code_sizes, names, data_bytes = 0, [], {}, 0
    for sid, body in sections(data):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, i)
                code_sizes.append(size + (j - i))
                i = j + size
        elif sid == 11:
            data_bytes = len(body)
        elif sid == 0:
            n, i = leb(body, 0)
            if body[i:i + n] != b"name":
                continue
            i += n
            while i < len(body):
                sub = body[i]
                size, i = leb(body, i + 1)
                end = i + size
                if sub == 1:
                    count, k = leb(body, i)
                    for _ in range(count):
                        idx, k = leb(body, k)
                        ln, k = leb(body, k)
                        names[idx] = body[k:k + ln].decode("utf-8", "replace")
                        k += ln
                i = end
    by_crate = Counter()
    for local, size in enumerate(code_sizes):
        by_crate[crate_of(names.get(imports + local, "?"))] += size
    total = sum(code_sizes) + data_bytes
    print(f"{sys.argv[1]}: {total / 1024:.0f} KB ({sum(code_sizes) / 1024:.0f} KB code in {len(code_sizes)} functions, {data_bytes / 1024:.0f} KB data)")
    for crate, size in by_crate.most_common(25):
        print(f"  {size / 1024:8.1f} KB  {100 * size / total:5.1f}%  {crate}")
    print(f"  {data_bytes / 1024:8.1f} KB  {100 * data_bytes / total:5.1f}%  (data segments: Unicode and word tables, strings)")


if __name__ == "__main__":
    main()

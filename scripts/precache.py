#!/usr/bin/env python3
"""Writes the built files and a content version into the service worker (Trunk post_build hook).

Trunk runs this with TRUNK_STAGING_DIR set; run by hand it takes the folder as its argument.
"""
import hashlib
import json
import os
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
sw_path = os.path.join(staging, "sw.js")
files, digest = ["./"], hashlib.sha256()
for root, _, names in sorted(os.walk(staging)):
    for name in sorted(names):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, staging).replace(os.sep, "/")
        if rel in ("sw.js", ".stage") or rel.startswith("."):
            continue
        files.append("./" + rel)
        with open(path, "rb") as f:
            digest.update(rel.encode() + f.read())
with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
sw = sw.replace("__LEDE_VERSION__", digest.hexdigest()[:16]).replace("__LEDE_FILES__", json.dumps(sorted(set(files))))
with open(sw_path, "w", encoding="utf-8") as f:
    f.write(sw)
print(f"precache: {len(files)} files in sw.js")

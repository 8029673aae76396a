#!/usr/bin/env python3
"""The shared libraries a static build of skincare needs (readelf -d) include
no C++ library: libstdc++ and libgcc are linked in, and simdjson is used by
the tests only. Loading and relocating libstdc++.so cost more than all else
`skincare --version` does (bench/README.md). Registered by tests/CMakeLists.txt
for builds with SKINCARE_STATIC_DEPS only (the asan preset links shared
libraries on purpose).

Usage: needed_libraries.py BINARY"""

import re
import subprocess
import sys

binary = sys.argv[1]
dynamic = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
print("NEEDED:", " ".join(needed))
if not needed or not any(name.startswith("libc.so") for name in needed):
    sys.exit(f"{binary}: readelf found no NEEDED entries, or no libc:\n{dynamic}")
unwanted = [name for name in needed if re.match(r"lib(stdc\+\+|simdjson|gcc_s)\.so", name)]
if unwanted:
    sys.exit(f"{binary} needs {', '.join(unwanted)}; a static build must need none of libstdc++, libgcc_s, libsimdjson")

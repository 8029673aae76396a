"""The library's layers point one way.

README.md's design notes give a table of layers ("layer N  folder/ ...").
A file under src/ may include files of its own folder and of lower layers
only: never a higher layer, never another folder of its own layer. This test
reads the table from the README (so the two cannot disagree) and every
`#include "..."` under src/, and fails on each edge that breaks it, naming
the file, the line and the include."""

import os
import re
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import SOURCE_DIR  # noqa: E402

LAYER_LINE = re.compile(r"^\s*layer (\d+)\s+(.+?)\s*$")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def read_layers(readme_text):
    """{unit: layer}: a unit is a folder of src/ ("base") or a top-level file ("main.cpp")."""
    layers = {}
    for line in readme_text.splitlines():
        match = LAYER_LINE.match(line)
        if match:
            for unit in match.group(2).split():
                layers[unit.rstrip("/")] = int(match.group(1))
    return layers


def unit_of(relative_path):
    """The unit of a path relative to src/: its first folder, or the file itself."""
    parts = relative_path.split("/")
    return parts[0] if len(parts) > 1 else parts[0]


def violations(src_root, layers):
    """Every include that breaks the layers, as 'file:line: message'."""
    found = []
    for folder, _, files in os.walk(src_root):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, src_root).replace(os.sep, "/")
            unit = unit_of(relative)
            if unit not in layers:
                found.append(f"{relative}: '{unit}' is in no layer of the README's table")
                continue
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    match = INCLUDE.match(line)
                    if not match:
                        continue
                    target = match.group(1)
                    if "/" not in target and not os.path.exists(os.path.join(src_root, target)):
                        continue  # a header of the same folder included without its folder: not ours to judge
                    target_unit = unit_of(target)
                    if target_unit == unit:
                        continue
                    where = f"{relative}:{number}: includes \"{target}\""
                    if target_unit not in layers:
                        found.append(f"{where}, and '{target_unit}' is in no layer")
                    elif layers[target_unit] > layers[unit]:
                        found.append(f"{where}: up from layer {layers[unit]} ({unit}) to layer "
                                     f"{layers[target_unit]} ({target_unit})")
                    elif layers[target_unit] == layers[unit]:
                        found.append(f"{where}: across layer {layers[unit]}, from {unit} to {target_unit}")
    return found


class LayerTest(unittest.TestCase):
    def test_the_readme_gives_a_layer_for_every_folder_of_src(self):
        with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as f:
            layers = read_layers(f.read())
        self.assertGreaterEqual(len(set(layers.values())), 4, layers)
        src = os.path.join(SOURCE_DIR, "src")
        for entry in sorted(os.listdir(src)):
            self.assertIn(entry, layers, f"src/{entry} is in no layer of README.md's table")

    def test_every_include_under_src_points_down_the_layers(self):
        with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as f:
            layers = read_layers(f.read())
        self.assertEqual(violations(os.path.join(SOURCE_DIR, "src"), layers), [])

    def test_an_include_up_or_across_a_layer_is_reported_with_its_place(self):
        layers = read_layers("layer 0  base/\nlayer 1  questionnaire/ content/\nlayer 2  render/\n")
        with tempfile.TemporaryDirectory() as root:
            files = {
                "base/limits.h": '#pragma once\n',
                "questionnaire/engine.cpp": '#include "base/limits.h"\n#include "render/view.h"\n',
                "content/topic.cpp": '#include "questionnaire/engine.h"\n',
                "render/view.h": '#include "content/topic.h"\n#include "questionnaire/engine.h"\n',
                "extra/thing.cpp": '#include "base/limits.h"\n',
            }
            for name, text in files.items():
                os.makedirs(os.path.join(root, os.path.dirname(name)), exist_ok=True)
                with open(os.path.join(root, name), "w", encoding="utf-8") as f:
                    f.write(text)
            found = violations(root, layers)
        self.assertIn('questionnaire/engine.cpp:2: includes "render/view.h": up from layer 1 (questionnaire) '
                      'to layer 2 (render)', found)
        self.assertIn('content/topic.cpp:1: includes "questionnaire/engine.h": across layer 1, from content '
                      'to questionnaire', found)
        self.assertIn("extra/thing.cpp: 'extra' is in no layer of the README's table", found)
        self.assertEqual(len(found), 3, found)  # render may include both layer-1 folders; base is below all


if __name__ == "__main__":
    unittest.main()

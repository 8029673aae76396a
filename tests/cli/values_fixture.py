"""A content tree whose questionnaire has a `what_matters` values question,
for testing the "What matters to you" summary independently of the shipped
questionnaire's other questions: content/ copied into a temporary folder,
with tests/fixtures/values-questionnaire.yaml as its questionnaire."""

import os
import shutil

from harness import CONTENT_DIR, FIXTURES


def content_with_values(folder):
    """content/ copied to `folder`/content with the pinned questionnaire."""
    target = os.path.join(folder, "content")
    shutil.copytree(CONTENT_DIR, target)
    shutil.copyfile(os.path.join(FIXTURES, "values-questionnaire.yaml"),
                    os.path.join(target, "questionnaire", "assessment.yaml"))
    return target

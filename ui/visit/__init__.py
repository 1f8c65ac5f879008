"""The visit workspace: checklist, repeatable sections, participants, findings."""

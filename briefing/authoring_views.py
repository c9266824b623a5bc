"""Instructors write lessons: the editor with live preview, the citation picker and version history."""

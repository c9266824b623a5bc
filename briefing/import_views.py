"""Instructors import sources in the browser and correct passages."""

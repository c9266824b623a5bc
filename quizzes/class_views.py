"""Classes: instructors create them and set assignments; students join with a code."""

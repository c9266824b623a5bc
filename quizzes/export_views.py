"""Downloads: Anki decks, question banks for Moodle and others, and printable quizzes."""

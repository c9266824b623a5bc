"""Questions, quizzes, cards and classes arrive here with the question-generation issue."""

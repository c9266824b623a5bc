"""Item analysis: how each question performs across a class's attempts or everyone's."""

"""factquiz: turn news articles into quizzes and play them in the terminal."""

__version__ = "0.1.0"

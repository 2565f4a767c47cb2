"""Property-based fuzzing of the query parser, the front-matter parser and pack loading.

    python -m pytest tests/fuzz -q                                    quick (100 examples a test)
    HYPOTHESIS_PROFILE=long python -m pytest tests/fuzz -q --hypothesis-show-statistics
                                                                      10,000 examples a test
"""

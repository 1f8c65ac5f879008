"""Headquarters pages: the Overview and the register of requests (issue 13)."""

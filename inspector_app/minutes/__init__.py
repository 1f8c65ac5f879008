"""Minutes (biên bản kiểm tra): rendering, signing, verification."""
